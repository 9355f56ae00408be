//! Item commands (the MoinMoin storage design) as typed requests and results: one struct and one
//! function per `storectl item` command, on any items backend (SQLite, a live `moin16:` data
//! dir). See [`crate::ops`] for the pattern.
//!
//! The `[acl]` settings become an [`ItemRules`] once, and each request's [`Actor`] joins them
//! into the face's [`ItemContext`]. Item data stays bytes here: `item show` returns them, `item
//! show --raw` streams them to the caller's writer, and the CLI decides how they reach stdout.

use std::io::Write;

use serde::{Serialize, Serializer};
use serde_json::{json, Map, Value};

use super::{Actor, Transactions};
use crate::engine::items::{ItemKind, ItemQuery, ItemRecord, RevisionRecord, UserRecord};
use crate::error::{Error, Fix, Result};
use crate::faces::acl::{AclConfig, Right};
use crate::faces::items::{self as face, kind_name, ItemContext, PutOptions};
use crate::settings::Settings;
use crate::timestamp::format_rfc3339;

pub use crate::faces::items::AclOf;

/// The `[acl]` settings as the items face applies them: built once from the settings, joined
/// with each request's actor by [`ItemRules::context`].
#[derive(Debug, Clone)]
pub struct ItemRules {
    acl: AclConfig,
    enforce: bool,
}

impl ItemRules {
    /// The rules of `[acl]`; ACL settings moin would fail on are a configuration error (exit
    /// 78), not a silently different evaluation.
    pub fn from_settings(settings: &Settings) -> Result<ItemRules> {
        ItemRules::build(settings).map_err(config_error)
    }

    /// [`ItemRules::from_settings`], with the problem as words (for [`super::locks::LockRules`],
    /// which needs the rules for `item:` locks only and fails only there).
    pub(super) fn build(settings: &Settings) -> std::result::Result<ItemRules, String> {
        let a = &settings.acl;
        let acl = AclConfig {
            rights_before: a.rights_before.clone(),
            rights_default: a.rights_default.clone(),
            rights_after: a.rights_after.clone(),
            hierarchic: a.hierarchic,
            trusted: a.trusted.clone(),
            group_regex: a.group_regex.clone(),
        };
        acl.validate()?;
        Ok(ItemRules {
            acl,
            enforce: a.enforce,
        })
    }

    /// The face's context for one request: these rules, the actor's identity and clock.
    pub fn context(&self, actor: &Actor) -> ItemContext {
        ItemContext {
            acl: self.acl.clone(),
            enforce: self.enforce,
            user: actor.user.clone(),
            now_us: actor.now_us,
        }
    }
}

/// The error of a bad `[acl]` setting, described by `problem`.
pub(super) fn config_error(problem: String) -> Error {
    Error::config(problem).hint(Fix::FixSetting)
}

/// A time as JSON: RFC 3339, UTC.
pub(super) fn rfc3339<S: Serializer>(us: &i64, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&format_rfc3339(*us))
}

// ---------------------------------------------------------------------------------------------
// Reading

/// `item list`: the query interface.
#[derive(Debug, Clone, Default)]
pub struct List {
    pub query: ItemQuery,
    /// Only items whose item-level metadata has each KEY = VALUE.
    pub meta: Vec<(String, Value)>,
}

/// One item of `item list`: its current revision, size, mtime and kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Listed {
    pub name: String,
    #[serde(serialize_with = "kind_name")]
    pub kind: ItemKind,
    pub revision: u64,
    pub size: u64,
    #[serde(rename = "mtime", serialize_with = "rfc3339")]
    pub mtime_us: i64,
    pub deleted: bool,
}

impl From<ItemRecord> for Listed {
    fn from(item: ItemRecord) -> Listed {
        Listed {
            name: item.name,
            kind: item.kind,
            revision: item.current,
            size: item.size,
            mtime_us: item.mtime_us,
            deleted: item.deleted,
        }
    }
}

/// Streams the items the query finds and the actor may read, by name, to `row`.
pub fn list(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &List,
    row: &mut dyn FnMut(Listed) -> Result<()>,
) -> Result<()> {
    let ctx = rules.context(actor);
    store.read(|tx| {
        face::list(tx.items()?, &ctx, &req.query, &req.meta, &mut |item| {
            row(item.into())
        })
    })
}

/// `item show NAME [--rev N] [--meta-only]`.
#[derive(Debug, Clone)]
pub struct Show {
    pub name: String,
    /// The revision (default: the current one).
    pub rev: Option<u64>,
    /// Read the data too (not for `--meta-only`).
    pub with_data: bool,
}

/// One revision of an item, with its data when asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shown {
    pub name: String,
    #[serde(serialize_with = "kind_name")]
    pub kind: ItemKind,
    pub revision: u64,
    /// The stored keys plus `mtime`, `action` and `deleted`.
    pub metadata: Map<String, Value>,
    /// Asked for: the data (`None` inside for a deletion).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Data>,
    /// The item's current revision.
    #[serde(skip)]
    pub current: u64,
    #[serde(skip)]
    pub mtime_us: i64,
    /// Who saved it: the profile's name where one maps a moin user id, else the id as stored;
    /// `None` when neither is known.
    #[serde(skip)]
    pub by: Option<String>,
    #[serde(skip)]
    pub deleted: bool,
}

/// A revision's data. As JSON: text when it is UTF-8, `{"$base64": ...}` otherwise (never
/// lossy), null for a deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data(pub Option<Vec<u8>>);

impl Data {
    /// The data as text, when there is data and it is UTF-8.
    pub fn text(&self) -> Option<&str> {
        self.0.as_deref().and_then(|d| std::str::from_utf8(d).ok())
    }
}

impl Serialize for Data {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use base64::Engine;
        match (&self.0, self.text()) {
            (None, _) => s.serialize_none(),
            (Some(_), Some(text)) => s.serialize_str(text),
            (Some(bytes), None) => json!({
                "$base64": base64::engine::general_purpose::STANDARD.encode(bytes)
            })
            .serialize(s),
        }
    }
}

pub fn show(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Show,
) -> Result<Shown> {
    let ctx = rules.context(actor);
    let shown =
        store.read(|tx| face::show(tx.items()?, &ctx, &req.name, req.rev, req.with_data))?;
    let r = &shown.revision;
    let by = [
        r.meta.user_name.as_ref().and_then(Option::as_deref),
        r.meta.userid.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find(|u| !u.is_empty())
    .map(str::to_string);
    Ok(Shown {
        metadata: face::revision_metadata(r),
        revision: r.revno,
        mtime_us: r.mtime_us,
        deleted: r.deleted,
        by,
        data: req.with_data.then_some(Data(shown.data)),
        current: shown.item.current,
        kind: shown.item.kind,
        name: shown.item.name,
    })
}

/// `item show NAME --raw`: the exact bytes of a revision's data, to `out`; returns their count.
pub fn show_raw(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    name: &str,
    rev: Option<u64>,
    out: &mut dyn Write,
) -> Result<u64> {
    let ctx = rules.context(actor);
    store.read(|tx| {
        let items = tx.items()?;
        let revno = face::open_raw(items, &ctx, name, rev)?;
        items.write_data(name, revno, out)
    })
}

/// A revision as `item history` and `item log` list it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    pub revision: u64,
    #[serde(rename = "mtime", serialize_with = "rfc3339")]
    pub mtime_us: i64,
    pub action: String,
    pub userid: Option<String>,
    pub addr: Option<String>,
    pub hostname: Option<String>,
    pub comment: Option<String>,
    pub extra: Option<String>,
    pub size: Option<u64>,
    pub deleted: bool,
    pub mimetype: Option<String>,
    /// Who, by name: a moin user id's profile name (computed), else the `user_name` key a
    /// revision was saved with; absent when neither is there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<Value>,
    /// The name a moin edit-log line carries when it predates a rename.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moin_page: Option<Value>,
}

impl From<RevisionRecord> for Revision {
    fn from(r: RevisionRecord) -> Revision {
        let mut m = r.meta;
        let user_name = match m.user_name.take() {
            Some(name) => Some(json!(name)),
            None => m.user.get("user_name").cloned(),
        };
        Revision {
            revision: r.revno,
            mtime_us: r.mtime_us,
            action: r.action,
            moin_page: m.moin.get("moin_page").cloned(),
            userid: m.userid,
            addr: m.addr,
            hostname: m.hostname,
            comment: m.comment,
            extra: m.extra,
            size: m.size,
            deleted: r.deleted,
            mimetype: m.mimetype,
            user_name,
        }
    }
}

/// Streams an item's revisions, newest first, to `row`.
pub fn history(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    name: &str,
    row: &mut dyn FnMut(Revision) -> Result<()>,
) -> Result<()> {
    let ctx = rules.context(actor);
    store.read(|tx| face::history(tx.items()?, &ctx, name, &mut |r| row(r.into())))
}

/// `item log [NAME] [--since T] [--limit N]`.
#[derive(Debug, Clone, Default)]
pub struct Log {
    /// One item's log (default: every item's).
    pub name: Option<String>,
    pub since_us: Option<i64>,
    pub limit: Option<u64>,
}

/// One line of the edit-log: a revision and its item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogLine {
    #[serde(flatten)]
    pub revision: Revision,
    pub name: String,
}

/// Streams the edit-log, newest first, to `row`; lines of items the actor may not read are
/// left out.
pub fn log(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Log,
    row: &mut dyn FnMut(LogLine) -> Result<()>,
) -> Result<()> {
    let ctx = rules.context(actor);
    store.read(|tx| {
        face::log(
            tx.items()?,
            &ctx,
            req.name.as_deref(),
            req.since_us,
            req.limit,
            &mut |item, r| {
                row(LogLine {
                    revision: r.into(),
                    name: item.to_string(),
                })
            },
        )
    })
}

/// `item acl NAME [--kind K]`.
pub fn acl(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    name: &str,
    new_kind: ItemKind,
) -> Result<AclOf> {
    let ctx = rules.context(actor);
    store.read(|tx| face::acl_of(tx.items()?, &ctx, name, new_kind))
}

/// `item can NAME RIGHT [--kind K]`.
#[derive(Debug, Clone)]
pub struct Can {
    pub name: String,
    pub right: Right,
    /// For an item that does not exist yet: the kind it would be created as.
    pub new_kind: ItemKind,
}

/// Whether the actor has the right; as JSON, `true` or `false`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Verdict {
    pub allowed: bool,
    #[serde(skip)]
    denied: Option<String>,
}

impl Verdict {
    /// The exit-77 error of a `false` verdict (a command that answers with its exit code).
    pub fn denial(&self) -> Option<Error> {
        self.denied.as_ref().map(|m| Error::denied(m.clone()))
    }
}

pub fn can(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Can,
) -> Result<Verdict> {
    let ctx = rules.context(actor);
    let allowed =
        store.read(|tx| face::can(tx.items()?, &ctx, &req.name, req.right, req.new_kind))?;
    Ok(Verdict {
        allowed,
        denied: (!allowed).then(|| {
            format!(
                "{} may not {} {:?}",
                actor.user.as_deref().unwrap_or("an anonymous user"),
                req.right.name(),
                req.name
            )
        }),
    })
}

// ---------------------------------------------------------------------------------------------
// Writing

/// What a changing item command did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub name: String,
    /// The item's revision after the change.
    pub revision: u64,
    /// The edit-log action: SAVE, SAVENEW, ATTNEW, SAVE/RENAME, SAVE/REVERT, COPY, ...
    pub action: String,
    pub dry_run: bool,
}

impl Saved {
    fn new(saved: face::Saved, dry_run: bool) -> Saved {
        Saved {
            name: saved.name,
            revision: saved.revision,
            action: saved.action,
            dry_run,
        }
    }
}

/// `item put NAME [FILE]`: a new revision with `data`.
#[derive(Debug, Clone)]
pub struct Put {
    pub name: String,
    pub data: Vec<u8>,
    pub options: PutOptions,
    pub dry_run: bool,
}

pub fn put(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Put,
) -> Result<Saved> {
    let ctx = rules.context(actor);
    let saved = store.write(req.dry_run, |tx| {
        face::put(tx, &ctx, &req.name, &req.data, &req.options)
    })?;
    Ok(Saved::new(saved, req.dry_run))
}

/// `item delete NAME`.
#[derive(Debug, Clone)]
pub struct Delete {
    pub name: String,
    /// The edit-log comment.
    pub comment: Option<String>,
    pub dry_run: bool,
}

pub fn delete(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Delete,
) -> Result<Saved> {
    let ctx = rules.context(actor);
    let saved = store.write(req.dry_run, |tx| {
        face::delete(tx, &ctx, &req.name, req.comment.as_deref())
    })?;
    Ok(Saved::new(saved, req.dry_run))
}

/// `item rename OLD NEW`.
#[derive(Debug, Clone)]
pub struct Rename {
    pub old: String,
    pub new: String,
    pub comment: Option<String>,
    pub dry_run: bool,
}

pub fn rename(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Rename,
) -> Result<Saved> {
    let ctx = rules.context(actor);
    let saved = store.write(req.dry_run, |tx| {
        face::rename(tx, &ctx, &req.old, &req.new, req.comment.as_deref())
    })?;
    Ok(Saved::new(saved, req.dry_run))
}

/// `item copy SRC DST`.
#[derive(Debug, Clone)]
pub struct Copy {
    pub src: String,
    pub dst: String,
    pub dry_run: bool,
}

pub fn copy(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Copy,
) -> Result<Saved> {
    let ctx = rules.context(actor);
    let saved = store.write(req.dry_run, |tx| face::copy(tx, &ctx, &req.src, &req.dst))?;
    Ok(Saved::new(saved, req.dry_run))
}

/// `item revert NAME --to N`.
#[derive(Debug, Clone)]
pub struct Revert {
    pub name: String,
    /// The revision whose data becomes the new one.
    pub to: u64,
    pub comment: Option<String>,
    pub dry_run: bool,
}

pub fn revert(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Revert,
) -> Result<Saved> {
    let ctx = rules.context(actor);
    let saved = store.write(req.dry_run, |tx| {
        face::revert(tx, &ctx, &req.name, req.to, req.comment.as_deref())
    })?;
    Ok(Saved::new(saved, req.dry_run))
}

/// `item destroy NAME`. Confirmation is the caller's.
#[derive(Debug, Clone)]
pub struct Destroy {
    pub name: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Destroyed {
    pub name: String,
    /// Items removed: the item and a page's attachments.
    pub destroyed: u64,
    pub dry_run: bool,
}

pub fn destroy(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Destroy,
) -> Result<Destroyed> {
    let ctx = rules.context(actor);
    let destroyed = store.write(req.dry_run, |tx| face::destroy(tx, &ctx, &req.name))?;
    Ok(Destroyed {
        name: req.name.clone(),
        destroyed,
        dry_run: req.dry_run,
    })
}

/// `item meta NAME [--set K=V]... [--unset K]...`: shows item-level metadata, or changes it.
#[derive(Debug, Clone)]
pub struct Meta {
    pub name: String,
    pub set: Vec<(String, Value)>,
    pub unset: Vec<String>,
    pub dry_run: bool,
}

/// The item-level metadata after the change (or as it is, without one).
pub fn meta(
    store: &mut impl Transactions,
    rules: &ItemRules,
    actor: &Actor,
    req: &Meta,
) -> Result<Map<String, Value>> {
    let ctx = rules.context(actor);
    store.write(req.dry_run, |tx| {
        face::meta(tx, &ctx, &req.name, &req.set, &req.unset)
    })
}

// ---------------------------------------------------------------------------------------------
// Users

/// A user profile as `item users` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UserListed {
    pub name: String,
    pub email: Option<Value>,
    pub aliases: Option<Value>,
    #[serde(rename = "created", serialize_with = "rfc3339")]
    pub created_us: i64,
}

/// Streams every user profile, by name, to `row`.
pub fn users(
    store: &mut impl Transactions,
    row: &mut dyn FnMut(UserListed) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        tx.items()?.users(&mut |u| {
            row(UserListed {
                email: u.profile.get("email").cloned(),
                aliases: u.profile.get("aliases").cloned(),
                name: u.name,
                created_us: u.created_us,
            })
        })
    })
}

/// `item user add NAME [--email E] [--alias A]...`.
#[derive(Debug, Clone)]
pub struct AddUser {
    pub name: String,
    pub email: Option<String>,
    pub aliases: Vec<String>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UserAdded {
    pub name: String,
    pub profile: Map<String, Value>,
    pub dry_run: bool,
}

pub fn add_user(store: &mut impl Transactions, actor: &Actor, req: &AddUser) -> Result<UserAdded> {
    let mut profile = Map::new();
    if let Some(e) = &req.email {
        profile.insert("email".into(), json!(e));
    }
    if !req.aliases.is_empty() {
        profile.insert("aliases".into(), json!(req.aliases));
    }
    let user = store.write(req.dry_run, |tx| {
        face::add_user(tx.items()?, &req.name, profile.clone(), actor.now_us)
    })?;
    Ok(UserAdded {
        name: user.name,
        profile: user.profile,
        dry_run: req.dry_run,
    })
}

/// A user profile as `item user show` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub name: String,
    pub profile: Map<String, Value>,
    #[serde(rename = "created", serialize_with = "rfc3339")]
    pub created_us: i64,
}

impl From<UserRecord> for User {
    fn from(u: UserRecord) -> User {
        User {
            name: u.name,
            profile: u.profile,
            created_us: u.created_us,
        }
    }
}

pub fn show_user(store: &mut impl Transactions, name: &str) -> Result<User> {
    Ok(store.read(|tx| face::show_user(tx.items()?, name))?.into())
}

/// `item user rm NAME`.
#[derive(Debug, Clone)]
pub struct RemoveUser {
    pub name: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserRemoved {
    pub name: String,
    pub removed: bool,
    pub dry_run: bool,
}

pub fn remove_user(store: &mut impl Transactions, req: &RemoveUser) -> Result<UserRemoved> {
    store.write(req.dry_run, |tx| face::remove_user(tx.items()?, &req.name))?;
    Ok(UserRemoved {
        name: req.name.clone(),
        removed: true,
        dry_run: req.dry_run,
    })
}
