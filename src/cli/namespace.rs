//! `storectl namespace`: Errbot-style namespaced key/value storage.

use crate::output::to_doc;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{json, Value};

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::merge::ArrayMode;
use crate::faces::namespaces::{MergeStrategy, Tags};
use crate::faces::namespaces_opaque::{self as opaque, Opaque};
use crate::input::{self, RecordReader};
use crate::ops::namespaces as ops;
use crate::output::{Output, Progress, Shape, Unit};
use crate::plural::count;
use crate::settings::Format;

#[derive(Debug, Subcommand)]
pub enum NamespaceCommand {
    /// List namespaces with their key counts and total value bytes
    List,
    /// Print the keys of a namespace, sorted
    Keys {
        /// Namespace name
        ns: String,
        /// Only keys starting with this prefix
        #[arg(long, value_name = "P")]
        prefix: Option<String>,
    },
    /// Print the number of keys (0 for a namespace that does not exist)
    Len {
        /// Namespace name
        ns: String,
    },
    /// Print the JSON value of a key (exit 3 when missing, unless --default)
    #[command(
        long_about = "Print the JSON value of a key (exit 3 when missing, unless --default).\n\n\
                      An opaque value (bytes JSON cannot carry, e.g. a Python pickle stored by the \
                      Errbot plugin) prints as its tag, {\"$opaque\": {\"type\": T, \"bytes\": N, \
                      \"base64\": B}}, in JSON; at a terminal and in tsv as <opaque T, N bytes>."
    )]
    Get {
        /// Namespace name
        ns: String,
        /// Key
        key: String,
        /// Print this JSON value instead of failing when the key is missing
        #[arg(long, value_name = "JSON")]
        default: Option<String>,
        /// Write an opaque value's bytes exactly (e.g. the pickle, for `python -m pickletools`);
        /// a JSON value's stored text
        #[arg(long)]
        raw: bool,
    },
    /// Set a key to a JSON value
    #[command(
        after_help = "Examples:\n  storectl namespace set core configs '{\"Webserver\": {\"PORT\": 8888}}'\n  \
                            storectl namespace set --string core motd 'plain text, stored as a JSON string'\n  \
                            storectl namespace set core blob --file value.json\n  \
                            storectl namespace set Plugin state --opaque python-pickle --file state.pickle\n  \
                            storectl namespace set --opaque-tags Plugin state \
                            '{\"$opaque\": {\"type\": \"python-pickle\", \"base64\": \"gARLAS4=\"}}'"
    )]
    Set(SetArgs),
    /// Remove keys, all or nothing (exit 3 and nothing removed if one is missing)
    Rm {
        /// Namespace name
        ns: String,
        /// Keys to remove
        #[arg(required = true)]
        keys: Vec<String>,
        /// Skip keys that do not exist instead of failing
        #[arg(long)]
        ignore_missing: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Print the whole namespace as one JSON object (errbot --storage-get)
    #[command(
        long_about = "Print the whole namespace as one JSON object (errbot --storage-get).\n\n\
                             With --format ndjson, one {\"key\": ..., \"value\": ...} line per key, streamed. \
                             Opaque values print as their tag in JSON (read it back with --opaque-tags) \
                             and as <opaque T, N bytes> in a table or tsv."
    )]
    Dump {
        /// Namespace name
        ns: String,
    },
    /// Replace the namespace's content with a JSON object, atomically (errbot --storage-set)
    #[command(
        long_about = "Replace the namespace's content with a JSON object, atomically \
                             (errbot --storage-set).\n\nThe whole input is parsed first; anything but a \
                             JSON object is refused (exit 65) and the namespace is left unchanged. \
                             Keys not in the input are removed."
    )]
    Replace {
        /// Namespace name
        ns: String,
        /// JSON object to read (- or nothing for stdin)
        input: Option<PathBuf>,
        #[command(flatten)]
        tags: OpaqueTagsArg,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Merge a JSON object into the namespace (errbot --storage-merge, done consistently)
    #[command(
        long_about = "Merge a JSON object into the namespace (errbot --storage-merge).\n\n\
                             At every level, the top level included: objects merge recursively, arrays \
                             concatenate (duplicates kept; --arrays replace to replace them), anything \
                             else is replaced by the new value. --strategy json-merge-patch applies \
                             RFC 7386 instead (null deletes a key). One transaction: all keys or none."
    )]
    Merge {
        /// Namespace name
        ns: String,
        /// JSON object to read (- or nothing for stdin)
        input: Option<PathBuf>,
        /// What happens when both sides hold an array
        #[arg(long, value_enum, default_value = "append")]
        arrays: ArraysArg,
        /// How values are combined
        #[arg(long, value_enum, default_value = "deep")]
        strategy: StrategyArg,
        #[command(flatten)]
        tags: OpaqueTagsArg,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Create an empty namespace (listed with 0 keys until dropped)
    Create {
        /// Namespace name
        ns: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove a namespace and all its keys
    Drop {
        /// Namespace name
        ns: String,
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Copy a whole namespace (refuses a non-empty destination without --force)
    Copy(TransferArgs),
    /// Rename a whole namespace (refuses a non-empty destination without --force)
    Rename(TransferArgs),
    /// Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)
    Export {
        /// Namespaces to export (default: all)
        namespaces: Vec<String>,
    },
    /// Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)
    #[command(
        long_about = "Read {\"namespace\", \"key\", \"value\"} records: NDJSON (as written by \
                             export), a JSON array, or one object. One transaction: a bad record stops \
                             the import and nothing is stored, unless --batch-size commits chunks (the \
                             error then says how many records were committed)."
    )]
    Import {
        /// File to read (- or nothing for stdin)
        input: Option<PathBuf>,
        /// Commit every N records instead of once at the end
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        batch_size: Option<u64>,
        #[command(flatten)]
        tags: OpaqueTagsArg,
        #[command(flatten)]
        dry: DryRun,
    },
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Namespace name
    ns: String,
    /// Key
    key: String,
    /// JSON value (or text with --string); omit with --file
    // Any JSON number (-2.5e-3 too, which clap's negative-number rule does not cover) and any
    // text starting with '-' is the value; the options of `set` still take precedence.
    #[arg(
        required_unless_present = "file",
        conflicts_with = "file",
        allow_hyphen_values = true
    )]
    value: Option<String>,
    /// Store VALUE (or the file's content) as a JSON string, as-is
    #[arg(long, conflicts_with = "opaque")]
    string: bool,
    /// Read the value from FILE (- for stdin)
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)
    #[arg(long, value_name = "TYPE", requires = "file", conflicts_with_all = ["value", "opaque_tags"])]
    opaque: Option<String>,
    #[command(flatten)]
    tags: OpaqueTagsArg,
    #[command(flatten)]
    dry: DryRun,
}

/// `--opaque-tags`: read `{"$opaque": ...}` values of the input as opaque values.
#[derive(Debug, Args)]
pub struct OpaqueTagsArg {
    /// Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get,
    /// dump and export print them); without it such a value is refused (exit 65)
    #[arg(long)]
    opaque_tags: bool,
}

impl OpaqueTagsArg {
    fn tags(&self) -> Tags {
        if self.opaque_tags {
            Tags::Read
        } else {
            Tags::Refuse
        }
    }
}

#[derive(Debug, Args)]
pub struct TransferArgs {
    /// Source namespace
    src: String,
    /// Destination namespace
    dst: String,
    /// Replace a destination that already has keys
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    dry: DryRun,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ArraysArg {
    /// Concatenate, duplicates kept (errbot)
    Append,
    /// The new array replaces the old
    Replace,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StrategyArg {
    /// Recursive merge at every level
    Deep,
    /// RFC 7386 JSON merge patch (null deletes)
    JsonMergePatch,
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: NamespaceCommand) -> Result<Output> {
    store.open(&ctx.settings)?;
    let actor = ctx.actor();
    let printer = &mut ctx.printer;
    match cmd {
        NamespaceCommand::List => {
            let list = ops::list(store)?;
            let mut records = printer.records(&["namespace", "keys", "value_bytes"], Shape::Array);
            for listed in list {
                records.row(&to_doc(&listed)?)?;
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        NamespaceCommand::Keys { ns, prefix } => {
            let mut records = printer.records(&["key"], Shape::Array);
            ops::keys(store, &ops::Keys { ns, prefix }, &mut |key| {
                records.row(&Value::String(key.to_string()))
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        NamespaceCommand::Len { ns } => Ok(Output::Doc(json!(ops::len(store, &ns)?))),
        NamespaceCommand::Get {
            ns,
            key,
            default,
            raw,
        } => {
            let default = default
                .map(|d| parse_json_arg(&d, "--default"))
                .transpose()?;
            let text = ops::get(store, &ops::Get { ns, key, default })?;
            if raw {
                let out = printer.raw();
                if opaque::is_stored_opaque(&text) {
                    let value: Value = serde_json::from_str(&text).map_err(|e| {
                        Error::internal(format!("stored opaque value is not JSON: {e}"))
                    })?;
                    out.write_all(&Opaque::from_tag(&value)?.bytes)?;
                } else {
                    out.write_all(text.as_bytes())?;
                }
                return Ok(Output::Nothing);
            }
            match printer.format() {
                Format::Table | Format::Tsv if opaque::is_stored_opaque(&text) => {
                    let value: Value = serde_json::from_str(&text).map_err(|e| {
                        Error::internal(format!("stored opaque value is not JSON: {e}"))
                    })?;
                    // A placeholder, not a JSON string: it must not read as the value "<...>".
                    let shown = opaque::placeholder(&value).unwrap_or(text);
                    writeln!(printer.raw(), "{shown}")?;
                }
                _ => printer.json_text(&text)?,
            }
            Ok(Output::Nothing)
        }
        NamespaceCommand::Set(args) => {
            let (value, tags) = set_value(ctx, &args)?;
            let req = ops::Set {
                ns: args.ns,
                key: args.key,
                value,
                tags,
                dry_run: args.dry.dry_run,
            };
            report(ops::set(store, &actor, &req)?)
        }
        NamespaceCommand::Rm {
            ns,
            keys,
            ignore_missing,
            dry,
        } => {
            let req = ops::Remove {
                ns,
                keys,
                ignore_missing,
                dry_run: dry.dry_run,
            };
            report(ops::remove(store, &actor, &req)?)
        }
        NamespaceCommand::Dump { ns } => {
            let readable = matches!(printer.format(), Format::Table | Format::Tsv);
            let mut records = printer.records(
                &["key", "value"],
                Shape::Object {
                    key: "key",
                    value: "value",
                },
            );
            ops::dump(store, &ns, &mut |key, value| {
                let mut row = json!({"key": key, "value": null});
                // Moved in, not through json!, which would rewrite numbers (1E5 as 1e+5).
                row["value"] = match opaque::placeholder(&value) {
                    Some(shown) if readable => Value::String(shown),
                    _ => value,
                };
                records.row(&row)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        NamespaceCommand::Replace {
            ns,
            input,
            tags,
            dry,
        } => {
            let doc = input::read_document(ctx.open_input(input.as_deref())?)?;
            let req = ops::Replace {
                ns,
                doc,
                tags: tags.tags(),
                dry_run: dry.dry_run,
            };
            report(ops::replace(store, &actor, &req)?)
        }
        NamespaceCommand::Merge {
            ns,
            input,
            arrays,
            strategy,
            tags,
            dry,
        } => {
            let strategy = match (strategy, arrays) {
                (StrategyArg::JsonMergePatch, _) => MergeStrategy::JsonMergePatch,
                (StrategyArg::Deep, ArraysArg::Append) => MergeStrategy::Deep(ArrayMode::Append),
                (StrategyArg::Deep, ArraysArg::Replace) => MergeStrategy::Deep(ArrayMode::Replace),
            };
            let doc = input::read_document(ctx.open_input(input.as_deref())?)?;
            let req = ops::Merge {
                ns,
                doc,
                strategy,
                tags: tags.tags(),
                dry_run: dry.dry_run,
            };
            report(ops::merge(store, &actor, &req)?)
        }
        NamespaceCommand::Create { ns, dry } => {
            let done = ops::create(
                store,
                &actor,
                &ops::Create {
                    ns,
                    dry_run: dry.dry_run,
                },
            )?;
            let ns = &done.namespace;
            let text = match (done.created, done.dry_run) {
                (true, false) => format!("namespace {ns:?} created"),
                (true, true) => {
                    format!("namespace {ns:?} would be created (dry run: nothing written)")
                }
                (false, _) => format!("namespace {ns:?} already exists"),
            };
            Ok(Output::Report {
                doc: to_doc(&done)?,
                text,
            })
        }
        NamespaceCommand::Drop { ns, yes, dry } => {
            if !dry.dry_run {
                let keys = ops::len(store, &ns)?;
                ctx.confirm(
                    yes,
                    &format!("Drop namespace {ns:?} and its {}?", count(keys, "key")),
                )?;
            }
            let req = ops::Drop {
                ns,
                dry_run: dry.dry_run,
            };
            let done = ops::drop(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "namespace {:?} {} ({}){}",
                    done.namespace,
                    if done.dry_run {
                        "would be dropped"
                    } else {
                        "dropped"
                    },
                    count(done.keys, "key"),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        NamespaceCommand::Copy(args) => {
            let done = ops::copy(store, &actor, &transfer_request(args))?;
            transferred(done, "copied")
        }
        NamespaceCommand::Rename(args) => {
            let done = ops::rename(store, &actor, &transfer_request(args))?;
            transferred(done, "renamed")
        }
        NamespaceCommand::Export { namespaces } => {
            if !ctx.settings.format_explicit {
                printer.set_format(Format::Ndjson);
            }
            let mut records = printer.records(&["namespace", "key", "value"], Shape::Array);
            ops::export(store, &namespaces, &mut |ns, key, value| {
                let mut row = json!({"namespace": ns, "key": key, "value": null});
                row["value"] = value;
                records.row(&row)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        NamespaceCommand::Import {
            input,
            batch_size,
            tags,
            dry,
        } => {
            let mut reader = RecordReader::new(ctx.open_input(input.as_deref())?);
            let progress = Progress::new(&ctx.settings, reader.size(), "importing", Unit::Bytes);
            reader.observe(progress.observer());
            let req = ops::Import {
                reader,
                batch_size,
                tags: tags.tags(),
                dry_run: dry.dry_run,
            };
            let done = ops::import(store, &actor, req)?;
            progress.finish();
            Ok(Output::Report {
                text: format!(
                    "imported {}: {} added, {} updated{}",
                    count(done.records, "record"),
                    count(done.added, "key"),
                    done.updated,
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
    }
}

fn transfer_request(args: TransferArgs) -> ops::Transfer {
    ops::Transfer {
        src: args.src,
        dst: args.dst,
        force: args.force,
        dry_run: args.dry.dry_run,
    }
}

/// `copy` and `rename`'s sentence: `verb` is the past participle.
fn transferred(t: ops::Transferred, verb: &str) -> Result<Output> {
    Ok(Output::Report {
        text: format!(
            "namespace {:?} {} to {:?} ({}{}){}",
            t.source,
            if t.dry_run {
                format!("would be {verb}")
            } else {
                verb.to_string()
            },
            t.destination,
            count(t.keys, "key"),
            if t.replaced > 0 {
                format!(", replacing {}", count(t.replaced, "key"))
            } else {
                String::new()
            },
            if t.dry_run {
                " (dry run: nothing written)"
            } else {
                ""
            }
        ),
        doc: to_doc(&t)?,
    })
}

fn report(changes: ops::Changed) -> Result<Output> {
    Ok(Output::Report {
        text: summary(&changes),
        doc: to_doc(&changes)?,
    })
}

/// What changed, for a person at a terminal: one line, then each key.
fn summary(changes: &ops::Changed) -> String {
    if changes.is_empty() {
        let verb = if changes.dry_run {
            "would change"
        } else {
            "changed"
        };
        return format!("namespace {:?}: nothing {verb}", changes.namespace);
    }
    let mut text = format!(
        "namespace {:?}: {} added, {} changed, {} removed{}",
        changes.namespace,
        changes.added.len(),
        changes.changed.len(),
        changes.removed.len(),
        if changes.dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    );
    for (mark, keys) in [
        ("+", &changes.added),
        ("~", &changes.changed),
        ("-", &changes.removed),
    ] {
        for key in keys {
            text.push_str(&format!("\n  {mark} {key}"));
        }
    }
    text
}

fn parse_json_arg(text: &str, what: &str) -> Result<Value> {
    crate::exact_json::from_str(text).map_err(|e| {
        Error::bad_input(format!(
            "{what} is not valid JSON (at {}): {}",
            input::position(&e),
            input::serde_message(&e)
        ))
        .hint(format!(
            "quote strings as JSON, e.g. '\"{}\"', or use --string",
            text.escape_default()
        ))
    })
}

/// The value of `namespace set`: VALUE, or the content of --file, as JSON or (--string) text,
/// or (--opaque TYPE) the file's bytes as an opaque value; with how to read opaque tags.
fn set_value(ctx: &Ctx, args: &SetArgs) -> Result<(Value, Tags)> {
    let read_file = |path: &PathBuf| -> Result<(String, Vec<u8>)> {
        let mut input = ctx.open_input(Some(path))?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut input.reader, &mut bytes)
            .map_err(|e| Error::input_missing(format!("cannot read {}: {e}", input.name)))?;
        Ok((input.name, bytes))
    };
    if let (Some(type_name), Some(path)) = (&args.opaque, &args.file) {
        let (_, bytes) = read_file(path)?;
        // The tag is how an opaque value travels into the face: built here, so it is read.
        return Ok((Opaque::new(type_name, bytes)?.to_value(), Tags::Read));
    }
    let text = match (&args.value, &args.file) {
        (Some(v), _) => v.clone(),
        (None, Some(path)) => {
            let (name, bytes) = read_file(path)?;
            String::from_utf8(bytes).map_err(|_| {
                Error::bad_input(format!("{name} is not UTF-8 text; values are JSON"))
                    .hint("store bytes as an opaque value: --opaque TYPE --file FILE")
            })?
        }
        (None, None) => return Err(Error::usage("give a VALUE or --file FILE")),
    };
    if args.string {
        return Ok((Value::String(text), Tags::Refuse));
    }
    let tags = args.tags.tags();
    let value = crate::exact_json::from_str(&text).map_err(|e| {
        Error::bad_input(format!(
            "value for key {:?} is not valid JSON (at {}): {}",
            args.key,
            input::position(&e),
            input::serde_message(&e)
        ))
        .hint(if text.starts_with("--") {
            // VALUE takes anything starting with '-' (negative numbers); this was likely meant
            // as an option.
            format!("{text} is not an option of `namespace set` (see --help); to store it as text add --string")
        } else {
            "to store text as a string add --string, or quote it as JSON: '\"text\"'".to_string()
        })
    })?;
    Ok((value, tags))
}
