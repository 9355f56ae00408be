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
use crate::engine::items::{ItemKind, ItemQuery, ItemRecord, RevisionRecord};
use crate::error::{Error, Fix, Result};
use crate::faces::acl::{AclConfig, Right};
use crate::faces::items::{self as face, kind_name, ItemContext};
use crate::settings::Settings;
use crate::timestamp::format_rfc3339;

mod changes;
mod users;

pub use changes::{
    copy, delete, destroy, meta, put, rename, revert, Copy, Delete, Destroy, Destroyed, Meta, Put,
    Rename, Revert, Saved,
};
pub use users::{
    add_user, remove_user, show_user, users, AddUser, RemoveUser, User, UserAdded, UserListed,
    UserRemoved,
};

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

/// The layer driven as a program would drive it: a real SQLite store, no CLI.
#[cfg(test)]
pub(in crate::ops) mod tests {
    use std::path::PathBuf;
    use std::time::Duration;

    use super::*;
    use crate::engine::Store;
    use crate::error::Kind;
    use crate::faces::items::PutOptions;
    use crate::settings::{self, Inputs};

    pub(in crate::ops) fn new_store(dir: &tempfile::TempDir) -> Store {
        let path = dir.path().join("ops.db");
        let mut store = Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(1))
            .expect("open store");
        store.backend().create().expect("create schema");
        store
    }

    /// Settings as the process would resolve them from these `STORECTL_*` variables alone.
    pub(in crate::ops) fn settings(env: &[(&str, &str)]) -> Settings {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |name: &str| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        settings::resolve(Inputs {
            config_flag: None,
            flags: Vec::new(),
            env: &lookup,
            config_dir: None,
            data_dir: Some(PathBuf::from("/nonexistent")),
        })
        .expect("settings")
    }

    /// WikiAdmin administers every item; alice is Trusted (the default ACL lets her write);
    /// everyone else may read.
    pub(in crate::ops) fn rules() -> ItemRules {
        ItemRules::from_settings(&settings(&[
            (
                "STORECTL_ACL_RIGHTS_BEFORE",
                "WikiAdmin:read,write,delete,revert,admin",
            ),
            ("STORECTL_ACL_TRUSTED", "alice"),
        ]))
        .unwrap()
    }

    pub(in crate::ops) fn put_req(name: &str, data: &[u8]) -> Put {
        Put {
            name: name.into(),
            data: data.to_vec(),
            options: PutOptions::default(),
            dry_run: false,
        }
    }

    pub(in crate::ops) fn revisions(
        store: &mut Store,
        rules: &ItemRules,
        name: &str,
    ) -> Vec<Revision> {
        let mut found = Vec::new();
        history(
            store,
            rules,
            &Actor::new(Some("WikiAdmin")),
            name,
            &mut |r| {
                found.push(r);
                Ok(())
            },
        )
        .unwrap();
        found
    }

    pub(in crate::ops) fn names(store: &mut Store, rules: &ItemRules) -> Vec<String> {
        let mut found = Vec::new();
        let req = List {
            query: ItemQuery {
                include_deleted: true,
                ..ItemQuery::default()
            },
            meta: Vec::new(),
        };
        list(
            store,
            rules,
            &Actor::new(Some("WikiAdmin")),
            &req,
            &mut |i| {
                found.push(i.name);
                Ok(())
            },
        )
        .unwrap();
        found
    }

    #[test]
    fn put_show_history_and_log_return_typed_results() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let rules = rules();
        let alice = Actor::new(Some("alice"));

        let saved = put(&mut store, &rules, &alice, &put_req("FrontPage", b"hello")).unwrap();
        // The document the CLI prints is the result serialized, in field order.
        assert_eq!(
            serde_json::to_string(&saved).unwrap(),
            r#"{"name":"FrontPage","revision":1,"action":"SAVENEW","dry_run":false}"#
        );
        let mut attachment = put_req("FrontPage/logo.png", b"\xff\x00png");
        attachment.options.kind = Some(ItemKind::Attachment);
        put(&mut store, &rules, &alice, &attachment).unwrap();

        let shown = show(
            &mut store,
            &rules,
            &alice,
            &Show {
                name: "FrontPage/logo.png".into(),
                rev: None,
                with_data: true,
            },
        )
        .unwrap();
        assert_eq!((shown.kind, shown.revision), (ItemKind::Attachment, 1));
        assert_eq!(shown.by.as_deref(), Some("alice"));
        let doc = serde_json::to_value(&shown).unwrap();
        assert_eq!(doc["data"], json!({"$base64": "/wBwbmc="}), "{doc}");
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["name", "kind", "revision", "metadata", "data"]);

        let mut raw = Vec::new();
        let bytes = show_raw(
            &mut store,
            &rules,
            &alice,
            "FrontPage/logo.png",
            None,
            &mut raw,
        )
        .unwrap();
        assert_eq!((bytes, raw.as_slice()), (5, &b"\xff\x00png"[..]));

        let meta_only = show(
            &mut store,
            &rules,
            &alice,
            &Show {
                name: "FrontPage".into(),
                rev: None,
                with_data: false,
            },
        )
        .unwrap();
        assert!(serde_json::to_value(&meta_only)
            .unwrap()
            .get("data")
            .is_none());

        put(
            &mut store,
            &rules,
            &alice,
            &put_req("FrontPage", b"hello again"),
        )
        .unwrap();
        let revs = revisions(&mut store, &rules, "FrontPage");
        assert_eq!(
            revs.iter().map(|r| r.revision).collect::<Vec<_>>(),
            [2, 1],
            "newest first"
        );
        assert_eq!(revs[0].user_name, Some(json!("alice")));

        let mut lines = Vec::new();
        let req = Log {
            limit: Some(2),
            ..Log::default()
        };
        log(&mut store, &rules, &alice, &req, &mut |l| {
            lines.push(l);
            Ok(())
        })
        .unwrap();
        assert_eq!(lines.len(), 2);
        let line = serde_json::to_value(&lines[0]).unwrap();
        let keys: Vec<&String> = line.as_object().unwrap().keys().collect();
        assert_eq!(keys.first().map(|k| k.as_str()), Some("revision"));
        assert_eq!(keys.last().map(|k| k.as_str()), Some("name"), "{line}");
    }

    #[test]
    fn acl_settings_become_rules_once_and_a_broken_one_is_a_config_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let rules = rules();
        let report = acl(
            &mut store,
            &rules,
            &Actor::new(Some("WikiAdmin")),
            "New/file.txt",
            ItemKind::Attachment,
        )
        .unwrap();
        assert_eq!(
            (report.exists, report.acl_page.as_str(), report.rights.len()),
            (false, "New", 5)
        );
        assert_eq!(
            report.rights_before,
            "WikiAdmin:read,write,delete,revert,admin"
        );
        let doc = serde_json::to_value(&report).unwrap();
        assert_eq!(doc["kind"], "attachment");

        let err =
            ItemRules::from_settings(&settings(&[("STORECTL_ACL_GROUP_REGEX", "(")])).unwrap_err();
        assert_eq!(err.kind(), Kind::Config, "{}", err.message());
        assert_eq!(err.hint_of(), Some(Fix::FixSetting.into()));

        // Not enforced: anyone may do anything.
        let open =
            ItemRules::from_settings(&settings(&[("STORECTL_ACL_ENFORCE", "false")])).unwrap();
        let anonymous = Actor::new(None);
        put(
            &mut store,
            &open,
            &anonymous,
            &put_req("Anything", b"#acl -All:read\nx"),
        )
        .unwrap();
    }
}
