//! `storectl item`: revisioned items with MoinMoin ACLs (the MoinMoin storage design).

use crate::output::to_doc;
use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

use super::{Ctx, DryRun, Runner};
use crate::engine::items::{ItemKind, ItemQuery};
use crate::error::{Error, Result};
use crate::faces::acl::Right;
use crate::faces::items::PutOptions;
use crate::ops::items as ops;
use crate::output::{Output, Shape};
use crate::plural::count;
use crate::timestamp::{format_rfc3339, parse_rfc3339};

#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    /// The query interface: items with their current revision, size, mtime and kind
    List(ListArgs),
    /// One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)
    Show {
        /// Item name
        name: String,
        /// Revision number (default: the current one)
        #[arg(long, value_name = "N")]
        rev: Option<u64>,
        /// Metadata only; the data is not read
        #[arg(long, conflicts_with = "raw")]
        meta_only: bool,
        /// Write the exact bytes of the data to stdout, and nothing else
        #[arg(long)]
        raw: bool,
    },
    /// Store a new revision from FILE or stdin
    #[command(
        after_help = "Examples:\n  storectl --as alice item put FrontPage page.txt --comment 'typo'\n  \
                            storectl item put FrontPage/logo.png logo.png --kind attachment\n  \
                            storectl item put FrontPage - --rev-expected 3 < page.txt   # fails (exit 4) if someone saved meanwhile\n\n\
                            A page's #acl, #format and #language lines become metadata; its text is stored exactly. \
                            Changing a page's #acl needs the admin right."
    )]
    Put(PutArgs),
    /// Revisions, newest first
    History {
        /// Item name
        name: String,
    },
    /// The edit-log of one item, or of all items, newest first
    Log {
        /// Item name (default: every item)
        name: Option<String>,
        /// Only lines from this time on (RFC 3339)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// At most N lines
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Show or change item-level metadata
    Meta {
        /// Item name
        name: String,
        /// Set KEY to VALUE (JSON if it parses, else a string)
        #[arg(long, value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Remove KEY
        #[arg(long, value_name = "KEY")]
        unset: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Mark an item deleted (a revision without data; history stays; put revives it)
    Delete {
        /// Item name
        name: String,
        /// Edit-log comment
        #[arg(long)]
        comment: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Rename an item with its history (a page's attachments move too)
    Rename {
        /// Current name
        old: String,
        /// New name
        new: String,
        /// Edit-log comment
        #[arg(long)]
        comment: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Copy an item with all its revisions (and a page's attachments)
    Copy {
        /// Source item
        src: String,
        /// New item
        dst: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Store revision N's data as a new revision (SAVE/REVERT)
    Revert {
        /// Item name
        name: String,
        /// The revision to go back to
        #[arg(long, value_name = "N")]
        to: u64,
        /// Edit-log comment
        #[arg(long)]
        comment: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove an item and all its history for good (admin right)
    Destroy {
        /// Item name
        name: String,
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// The ACL that governs an item, and your rights on it (--as USER); for an item that does
    /// not exist yet, what a new one would get
    Acl {
        /// Item name
        name: String,
        /// For an item that does not exist yet: the kind it would be created as
        #[arg(long, value_enum, default_value = "page")]
        kind: KindArg,
    },
    /// Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not
    /// exist yet, whether a new one would give you RIGHT (write: whether you may create it)
    Can {
        /// Item name
        name: String,
        /// read, write, delete, revert or admin
        right: String,
        /// For an item that does not exist yet: the kind it would be created as
        #[arg(long, value_enum, default_value = "page")]
        kind: KindArg,
    },
    /// User profiles (a profile makes its name Known to ACLs)
    Users,
    /// Add, show or remove a user profile
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only names starting with P
    #[arg(long, value_name = "P")]
    prefix: Option<String>,
    /// Only items of this kind
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    /// Only items whose item-level metadata has KEY = VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    meta: Vec<String>,
    /// Only pages whose current text has every word of TEXT, as whole words, in any order
    ///
    /// Text is lower-cased, then a word is a run of letters and digits of any script; every
    /// other character separates words, so `well-known` is two words and `alice@example.org`
    /// three. No stemming, diacritics kept (`cafe` does not find `café`), no query syntax; the
    /// same on SQLite, PostgreSQL and moin16 stores. TEXT without a word matches nothing; a word of more than
    /// 255 bytes is refused (exit 65): longer words are not indexed, nor are a page's words past
    /// its first 1,000,000 bytes of distinct words.
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Include deleted items
    #[arg(long)]
    include_deleted: bool,
    /// Only items changed at or after TIME (RFC 3339)
    #[arg(long, value_name = "TIME")]
    changed_since: Option<String>,
}

#[derive(Debug, Args)]
pub struct PutArgs {
    /// Item name (pages: HelpOnEditing/SubPages; attachments: Page/file.png)
    name: String,
    /// File to read (- or nothing for stdin)
    input: Option<PathBuf>,
    /// Edit-log comment
    #[arg(long)]
    comment: Option<String>,
    /// Extra revision metadata KEY=VALUE (JSON if it parses, else a string; repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    meta: Vec<String>,
    /// Mime type (default: from #format for pages, from the extension for attachments)
    #[arg(long)]
    mimetype: Option<String>,
    /// Fail with exit 4, writing nothing, unless the current revision is N (0: a new item)
    #[arg(long, value_name = "N")]
    rev_expected: Option<u64>,
    /// Kind of a new item
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    #[command(flatten)]
    dry: DryRun,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Page,
    Attachment,
}

impl From<KindArg> for ItemKind {
    fn from(k: KindArg) -> ItemKind {
        match k {
            KindArg::Page => ItemKind::Page,
            KindArg::Attachment => ItemKind::Attachment,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user profile
    Add {
        /// User name (no ':' or ',')
        name: String,
        /// E-mail address
        #[arg(long)]
        email: Option<String>,
        /// Another name of the user (repeatable)
        #[arg(long)]
        alias: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Show a user profile
    Show {
        /// User name
        name: String,
    },
    /// Remove a user profile
    Rm {
        /// User name
        name: String,
        #[command(flatten)]
        dry: DryRun,
    },
}

/// `KEY=VALUE`, the value as JSON when it parses, else as a string.
pub fn parse_pair(text: &str) -> Result<(String, Value)> {
    let (key, value) = text
        .split_once('=')
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| Error::usage(format!("{text:?} is not KEY=VALUE")))?;
    let value =
        crate::exact_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
    Ok((key.to_string(), value))
}

fn parse_pairs(pairs: &[String]) -> Result<Vec<(String, Value)>> {
    pairs.iter().map(|m| parse_pair(m)).collect()
}

fn saved_report(saved: ops::Saved) -> Result<Output> {
    Ok(Output::Report {
        text: format!(
            "{:?}: revision {} ({}){}",
            saved.name,
            saved.revision,
            saved.action,
            dry_note(saved.dry_run)
        ),
        doc: to_doc(&saved)?,
    })
}

fn dry_note(dry_run: bool) -> &'static str {
    DryRun { dry_run }.note()
}

/// `item show`'s sentence: which revision, when, by whom, then the text.
fn shown_text(shown: &ops::Shown) -> String {
    let mut text = format!(
        "{} ({}), revision {} of {}, {} by {}{}",
        shown.name,
        shown.kind.name(),
        shown.revision,
        shown.current,
        format_rfc3339(shown.mtime_us),
        shown.by.as_deref().unwrap_or("?"),
        if shown.deleted { " (deleted)" } else { "" }
    );
    if let Some(data) = &shown.data {
        if let Some(t) = data.text() {
            text.push_str("\n\n");
            text.push_str(t);
        } else if data.0.is_some() {
            text.push_str("\n\n(binary data: use --raw)");
        }
    }
    text
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: ItemCommand) -> Result<Output> {
    let rules = ops::ItemRules::from_settings(&ctx.settings)?;
    store.open(&ctx.settings)?;
    let actor = ctx.actor();
    match cmd {
        ItemCommand::List(args) => {
            let req = ops::List {
                query: ItemQuery {
                    prefix: args.prefix,
                    kind: args.kind.map(Into::into),
                    include_deleted: args.include_deleted,
                    changed_since_us: args
                        .changed_since
                        .as_deref()
                        .map(|t| parse_rfc3339(t, "--changed-since"))
                        .transpose()?,
                    search: args.search,
                },
                meta: parse_pairs(&args.meta)?,
            };
            let mut records = ctx.printer.records(
                &["name", "kind", "revision", "size", "mtime", "deleted"],
                Shape::Array,
            );
            ops::list(store, &rules, &actor, &req, &mut |item| {
                records.row(&to_doc(&item)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        ItemCommand::Show {
            name,
            rev,
            meta_only,
            raw,
        } => {
            if raw {
                ops::show_raw(store, &rules, &actor, &name, rev, ctx.printer.raw())?;
                return Ok(Output::Nothing);
            }
            let req = ops::Show {
                name,
                rev,
                with_data: !meta_only,
            };
            let shown = ops::show(store, &rules, &actor, &req)?;
            Ok(Output::Report {
                text: shown_text(&shown),
                doc: to_doc(&shown)?,
            })
        }
        ItemCommand::Put(args) => {
            let mut data = Vec::new();
            ctx.open_input(args.input.as_deref())?
                .reader
                .read_to_end(&mut data)
                .map_err(|e| Error::input_missing(format!("cannot read the input: {e}")))?;
            let req = ops::Put {
                name: args.name,
                data,
                options: PutOptions {
                    comment: args.comment,
                    meta: parse_pairs(&args.meta)?,
                    mimetype: args.mimetype,
                    rev_expected: args.rev_expected,
                    kind: args.kind.map(Into::into),
                },
                dry_run: args.dry.dry_run,
            };
            saved_report(ops::put(store, &rules, &actor, &req)?)
        }
        ItemCommand::History { name } => {
            let mut records = ctx.printer.records(
                &[
                    "revision",
                    "mtime",
                    "action",
                    "user_name",
                    "comment",
                    "size",
                    "deleted",
                ],
                Shape::Array,
            );
            ops::history(store, &rules, &actor, &name, &mut |r| {
                records.row(&to_doc(&r)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        ItemCommand::Log { name, since, limit } => {
            let req = ops::Log {
                name,
                since_us: since
                    .as_deref()
                    .map(|t| parse_rfc3339(t, "--since"))
                    .transpose()?,
                limit,
            };
            let mut records = ctx.printer.records(
                &[
                    "mtime",
                    "name",
                    "revision",
                    "action",
                    "user_name",
                    "comment",
                ],
                Shape::Array,
            );
            ops::log(store, &rules, &actor, &req, &mut |line| {
                records.row(&to_doc(&line)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        ItemCommand::Meta {
            name,
            set,
            unset,
            dry,
        } => {
            let req = ops::Meta {
                name,
                set: parse_pairs(&set)?,
                unset,
                dry_run: dry.dry_run,
            };
            Ok(Output::Doc(Value::Object(ops::meta(
                store, &rules, &actor, &req,
            )?)))
        }
        ItemCommand::Delete { name, comment, dry } => {
            let req = ops::Delete {
                name,
                comment,
                dry_run: dry.dry_run,
            };
            saved_report(ops::delete(store, &rules, &actor, &req)?)
        }
        ItemCommand::Rename {
            old,
            new,
            comment,
            dry,
        } => {
            let req = ops::Rename {
                old,
                new,
                comment,
                dry_run: dry.dry_run,
            };
            saved_report(ops::rename(store, &rules, &actor, &req)?)
        }
        ItemCommand::Copy { src, dst, dry } => {
            let req = ops::Copy {
                src,
                dst,
                dry_run: dry.dry_run,
            };
            saved_report(ops::copy(store, &rules, &actor, &req)?)
        }
        ItemCommand::Revert {
            name,
            to,
            comment,
            dry,
        } => {
            let req = ops::Revert {
                name,
                to,
                comment,
                dry_run: dry.dry_run,
            };
            saved_report(ops::revert(store, &rules, &actor, &req)?)
        }
        ItemCommand::Destroy { name, yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(
                    yes,
                    &format!("Destroy {name:?} and all its history for good?"),
                )?;
            }
            let req = ops::Destroy {
                name,
                dry_run: dry.dry_run,
            };
            let done = ops::destroy(store, &rules, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "{:?} destroyed ({} with its attachments){}",
                    done.name,
                    count(done.destroyed, "item"),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        ItemCommand::Acl { name, kind } => Ok(Output::Doc(to_doc(&ops::acl(
            store,
            &rules,
            &actor,
            &name,
            kind.into(),
        )?)?)),
        ItemCommand::Can { name, right, kind } => {
            let right = Right::parse(&right).ok_or_else(|| {
                Error::usage(format!("{right:?} is not a right"))
                    .hint("rights: read, write, delete, revert, admin")
            })?;
            let req = ops::Can {
                name,
                right,
                new_kind: kind.into(),
            };
            let verdict = ops::can(store, &rules, &actor, &req)?;
            match verdict.denial() {
                None => Ok(Output::Doc(to_doc(&verdict)?)),
                Some(denied) => {
                    // The answer is printed, and the exit code says it too.
                    ctx.printer.print(Output::Doc(to_doc(&verdict)?))?;
                    Err(denied)
                }
            }
        }
        ItemCommand::Users => {
            let mut records = ctx
                .printer
                .records(&["name", "email", "created"], Shape::Array);
            ops::users(store, &mut |u| records.row(&to_doc(&u)?))?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        ItemCommand::User(UserCommand::Add {
            name,
            email,
            alias,
            dry,
        }) => {
            let req = ops::AddUser {
                name,
                email,
                aliases: alias,
                dry_run: dry.dry_run,
            };
            let user = ops::add_user(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("user {:?} added{}", user.name, dry.note()),
                doc: to_doc(&user)?,
            })
        }
        ItemCommand::User(UserCommand::Show { name }) => {
            Ok(Output::Doc(to_doc(&ops::show_user(store, &name)?)?))
        }
        ItemCommand::User(UserCommand::Rm { name, dry }) => {
            let req = ops::RemoveUser {
                name,
                dry_run: dry.dry_run,
            };
            let done = ops::remove_user(store, &req)?;
            Ok(Output::Report {
                text: format!("user {:?} removed{}", done.name, dry.note()),
                doc: to_doc(&done)?,
            })
        }
    }
}
