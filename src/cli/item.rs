//! `storectl item`: revisioned items with MoinMoin ACLs (the MoinMoin storage design).

use std::io::Read;
use std::path::PathBuf;

use base64::Engine;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::{json, Map, Value};

use super::{Ctx, DryRun, Runner};
use crate::engine::items::{ItemKind, ItemQuery, ItemRecord, RevisionRecord};
use crate::error::{Error, Result};
use crate::faces::acl::{AclConfig, Right};
use crate::faces::items::{self as face, ItemContext, PutOptions};
use crate::output::{Output, Shape};
use crate::plural::count;
use crate::timestamp::{format_rfc3339, now_us, parse_rfc3339};

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
    /// Full-text search over current page text (all words must occur)
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

/// The item commands' context; ACL settings moin would fail on are a configuration error here,
/// not a silently different evaluation.
pub(super) fn context(ctx: &Ctx) -> Result<ItemContext> {
    let a = &ctx.settings.acl;
    let acl = AclConfig {
        rights_before: a.rights_before.clone(),
        rights_default: a.rights_default.clone(),
        rights_after: a.rights_after.clone(),
        hierarchic: a.hierarchic,
        trusted: a.trusted.clone(),
        group_regex: a.group_regex.clone(),
    };
    acl.validate().map_err(|e| {
        Error::config(e).hint(
            "fix it in the config file; `storectl config show` says where each setting comes from",
        )
    })?;
    Ok(ItemContext {
        acl,
        enforce: a.enforce,
        user: ctx.settings.user.clone(),
        now_us: now_us(),
    })
}

fn item_json(item: &ItemRecord) -> Value {
    json!({
        "name": item.name,
        "kind": item.kind.name(),
        "revision": item.current,
        "size": item.size,
        "mtime": format_rfc3339(item.mtime_us),
        "deleted": item.deleted,
    })
}

fn revision_json(r: &RevisionRecord) -> Value {
    let m = &r.meta;
    let mut row = json!({
        "revision": r.revno,
        "mtime": format_rfc3339(r.mtime_us),
        "action": r.action,
        "userid": m.userid,
        "addr": m.addr,
        "hostname": m.hostname,
        "comment": m.comment,
        "extra": m.extra,
        "size": m.size,
        "deleted": r.deleted,
        "mimetype": m.mimetype,
    });
    // Who, by name (history and log compute it: a moin user id's profile name).
    if let Some(name) = &m.user_name {
        row["user_name"] = json!(name);
    } else if let Some(name) = m.user.get("user_name") {
        row["user_name"] = name.clone();
    }
    // The name a moin edit-log line carries when it predates a rename.
    if let Some(logged) = m.moin.get("moin_page") {
        row["moin_page"] = logged.clone();
    }
    row
}

/// Data as JSON: text when it is UTF-8, `{"$base64": ...}` otherwise (never lossy).
fn data_json(data: &[u8]) -> Value {
    match std::str::from_utf8(data) {
        Ok(text) => Value::String(text.to_string()),
        Err(_) => json!({"$base64": base64::engine::general_purpose::STANDARD.encode(data)}),
    }
}

fn saved_report(saved: face::Saved, dry: DryRun) -> Output {
    Output::Report {
        text: format!(
            "{:?}: revision {} ({}){}",
            saved.name,
            saved.revision,
            saved.action,
            dry.note()
        ),
        doc: saved.to_json(dry.dry_run),
    }
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: ItemCommand) -> Result<Output> {
    let ictx = context(ctx)?;
    store.open(&ctx.settings)?;
    match cmd {
        ItemCommand::List(args) => {
            let query = ItemQuery {
                prefix: args.prefix,
                kind: args.kind.map(Into::into),
                include_deleted: args.include_deleted,
                changed_since_us: args
                    .changed_since
                    .as_deref()
                    .map(|t| parse_rfc3339(t, "--changed-since"))
                    .transpose()?,
                search: args.search,
            };
            let meta = args
                .meta
                .iter()
                .map(|m| parse_pair(m))
                .collect::<Result<Vec<_>>>()?;
            store.read(|tx| {
                let mut records = ctx.printer.records(
                    &["name", "kind", "revision", "size", "mtime", "deleted"],
                    Shape::Array,
                );
                face::list(tx.items()?, &ictx, &query, &meta, &mut |item| {
                    records.row(&item_json(&item))
                })?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        ItemCommand::Show {
            name,
            rev,
            meta_only,
            raw,
        } => {
            if raw {
                store.read(|tx| {
                    let store = tx.items()?;
                    let revno = face::open_raw(store, &ictx, &name, rev)?;
                    store.write_data(&name, revno, ctx.printer.raw())
                })?;
                return Ok(Output::Nothing);
            }
            let shown = store.read(|tx| face::show(tx.items()?, &ictx, &name, rev, !meta_only))?;
            let mut doc = json!({
                "name": shown.item.name,
                "kind": shown.item.kind.name(),
                "revision": shown.revision.revno,
                "metadata": face::revision_metadata(&shown.revision),
            });
            let mut text = format!(
                "{} ({}), revision {} of {}, {} by {}{}",
                shown.item.name,
                shown.item.kind.name(),
                shown.revision.revno,
                shown.item.current,
                format_rfc3339(shown.revision.mtime_us),
                // The profile's name where one maps a moin user id; else the id as stored.
                [
                    shown
                        .revision
                        .meta
                        .user_name
                        .as_ref()
                        .and_then(Option::as_deref),
                    shown.revision.meta.userid.as_deref(),
                ]
                .into_iter()
                .flatten()
                .find(|u| !u.is_empty())
                .unwrap_or("?"),
                if shown.revision.deleted {
                    " (deleted)"
                } else {
                    ""
                }
            );
            if !meta_only {
                let data = shown.data.as_deref().map(data_json).unwrap_or(Value::Null);
                if let Value::String(t) = &data {
                    text.push_str("\n\n");
                    text.push_str(t);
                } else if !data.is_null() {
                    text.push_str("\n\n(binary data: use --raw)");
                }
                doc["data"] = data;
            }
            Ok(Output::Report { doc, text })
        }
        ItemCommand::Put(args) => {
            let mut data = Vec::new();
            ctx.open_input(args.input.as_deref())?
                .reader
                .read_to_end(&mut data)
                .map_err(|e| Error::input_missing(format!("cannot read the input: {e}")))?;
            let opts = PutOptions {
                comment: args.comment,
                meta: args
                    .meta
                    .iter()
                    .map(|m| parse_pair(m))
                    .collect::<Result<Vec<_>>>()?,
                mimetype: args.mimetype,
                rev_expected: args.rev_expected,
                kind: args.kind.map(Into::into),
            };
            let saved = store.write(args.dry.dry_run, |tx| {
                face::put(tx, &ictx, &args.name, &data, &opts)
            })?;
            Ok(saved_report(saved, args.dry))
        }
        ItemCommand::History { name } => {
            store.read(|tx| {
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
                face::history(tx.items()?, &ictx, &name, &mut |r| {
                    records.row(&revision_json(&r))
                })?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        ItemCommand::Log { name, since, limit } => {
            let since = since
                .as_deref()
                .map(|t| parse_rfc3339(t, "--since"))
                .transpose()?;
            store.read(|tx| {
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
                face::log(
                    tx.items()?,
                    &ictx,
                    name.as_deref(),
                    since,
                    limit,
                    &mut |item, r| {
                        let mut line = revision_json(&r);
                        line["name"] = json!(item);
                        records.row(&line)
                    },
                )?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        ItemCommand::Meta {
            name,
            set,
            unset,
            dry,
        } => {
            let set = set
                .iter()
                .map(|m| parse_pair(m))
                .collect::<Result<Vec<_>>>()?;
            let meta = store.write(dry.dry_run, |tx| face::meta(tx, &ictx, &name, &set, &unset))?;
            Ok(Output::Doc(Value::Object(meta)))
        }
        ItemCommand::Delete { name, comment, dry } => {
            let saved = store.write(dry.dry_run, |tx| {
                face::delete(tx, &ictx, &name, comment.as_deref())
            })?;
            Ok(saved_report(saved, dry))
        }
        ItemCommand::Rename {
            old,
            new,
            comment,
            dry,
        } => {
            let saved = store.write(dry.dry_run, |tx| {
                face::rename(tx, &ictx, &old, &new, comment.as_deref())
            })?;
            Ok(saved_report(saved, dry))
        }
        ItemCommand::Copy { src, dst, dry } => {
            let saved = store.write(dry.dry_run, |tx| face::copy(tx, &ictx, &src, &dst))?;
            Ok(saved_report(saved, dry))
        }
        ItemCommand::Revert {
            name,
            to,
            comment,
            dry,
        } => {
            let saved = store.write(dry.dry_run, |tx| {
                face::revert(tx, &ictx, &name, to, comment.as_deref())
            })?;
            Ok(saved_report(saved, dry))
        }
        ItemCommand::Destroy { name, yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(
                    yes,
                    &format!("Destroy {name:?} and all its history for good?"),
                )?;
            }
            let items = store.write(dry.dry_run, |tx| face::destroy(tx, &ictx, &name))?;
            Ok(Output::Report {
                text: format!(
                    "{name:?} destroyed ({} with its attachments){}",
                    count(items, "item"),
                    dry.note()
                ),
                doc: json!({"name": name, "destroyed": items, "dry_run": dry.dry_run}),
            })
        }
        ItemCommand::Acl { name, kind } => {
            Ok(Output::Doc(store.read(|tx| {
                face::acl_of(tx.items()?, &ictx, &name, kind.into())
            })?))
        }
        ItemCommand::Can { name, right, kind } => {
            let right = Right::parse(&right).ok_or_else(|| {
                Error::usage(format!("{right:?} is not a right"))
                    .hint("rights: read, write, delete, revert, admin")
            })?;
            if store.read(|tx| face::can(tx.items()?, &ictx, &name, right, kind.into()))? {
                return Ok(Output::Doc(json!(true)));
            }
            ctx.printer.print(Output::Doc(json!(false)))?;
            Err(Error::denied(format!(
                "{} may not {} {name:?}",
                ictx.user.as_deref().unwrap_or("an anonymous user"),
                right.name()
            )))
        }
        ItemCommand::Users => {
            store.read(|tx| {
                let mut records = ctx
                    .printer
                    .records(&["name", "email", "created"], Shape::Array);
                tx.items()?.users(&mut |u| {
                    records.row(&json!({
                        "name": u.name,
                        "email": u.profile.get("email"),
                        "aliases": u.profile.get("aliases"),
                        "created": format_rfc3339(u.created_us),
                    }))
                })?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        ItemCommand::User(UserCommand::Add {
            name,
            email,
            alias,
            dry,
        }) => {
            let mut profile = Map::new();
            if let Some(e) = email {
                profile.insert("email".into(), json!(e));
            }
            if !alias.is_empty() {
                profile.insert("aliases".into(), json!(alias));
            }
            let user = store.write(dry.dry_run, |tx| {
                face::add_user(tx.items()?, &name, profile.clone(), ictx.now_us)
            })?;
            Ok(Output::Report {
                text: format!("user {:?} added{}", user.name, dry.note()),
                doc: json!({"name": user.name, "profile": user.profile, "dry_run": dry.dry_run}),
            })
        }
        ItemCommand::User(UserCommand::Show { name }) => {
            let user = store.read(|tx| face::show_user(tx.items()?, &name))?;
            Ok(Output::Doc(json!({
                "name": user.name,
                "profile": user.profile,
                "created": format_rfc3339(user.created_us),
            })))
        }
        ItemCommand::User(UserCommand::Rm { name, dry }) => {
            store.write(dry.dry_run, |tx| face::remove_user(tx.items()?, &name))?;
            Ok(Output::Report {
                text: format!("user {name:?} removed{}", dry.note()),
                doc: json!({"name": name, "removed": true, "dry_run": dry.dry_run}),
            })
        }
    }
}
