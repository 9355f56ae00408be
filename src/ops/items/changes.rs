//! The item commands that change items: one revision (put, delete, revert), a whole item and
//! its attachments (rename, copy, destroy), item-level metadata. Each is one write transaction
//! of the face, and a dry run is that transaction rolled back.

use serde::Serialize;
use serde_json::{Map, Value};

use super::ItemRules;
use crate::error::Result;
use crate::faces::items::{self as face, PutOptions};
use crate::ops::{Actor, Transactions};

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
    if req.set.is_empty() && req.unset.is_empty() {
        // Showing the metadata only reads: no write lock for it.
        return store.read(|tx| face::meta(tx, &ctx, &req.name, &[], &[]));
    }
    store.write(req.dry_run, |tx| {
        face::meta(tx, &ctx, &req.name, &req.set, &req.unset)
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::tests::{names, new_store, put_req, revisions, rules};
    use super::super::{add_user, can, show_user, AddUser, Can};
    use super::*;
    use crate::engine::items::ItemKind;
    use crate::error::Kind;
    use crate::faces::acl::Right;

    #[test]
    fn refusals_leave_the_store_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let rules = rules();
        let admin = Actor::new(Some("WikiAdmin"));
        put(
            &mut store,
            &rules,
            &admin,
            &put_req("Locked", b"#acl WikiAdmin:read,write\nmine"),
        )
        .unwrap();
        put(&mut store, &rules, &admin, &put_req("Open", b"text")).unwrap();

        // An expected revision that moved on: exit 4.
        let mut stale = put_req("Open", b"new");
        stale.options.rev_expected = Some(7);
        let err = put(&mut store, &rules, &admin, &stale).unwrap_err();
        assert_eq!(err.kind(), Kind::Conflict, "{}", err.message());

        // The page's ACL gives bob nothing: exit 77.
        let bob = Actor::new(Some("bob"));
        let err = put(&mut store, &rules, &bob, &put_req("Locked", b"bob's")).unwrap_err();
        assert_eq!(err.kind(), Kind::Denied, "{}", err.message());
        let req = Delete {
            name: "Locked".into(),
            comment: None,
            dry_run: false,
        };
        assert_eq!(
            delete(&mut store, &rules, &bob, &req).unwrap_err().kind(),
            Kind::Denied
        );
        let req = Destroy {
            name: "Open".into(),
            dry_run: false,
        };
        assert_eq!(
            destroy(&mut store, &rules, &bob, &req).unwrap_err().kind(),
            Kind::Denied
        );

        // A rename onto an existing name: exit 4, neither moves.
        let req = Rename {
            old: "Open".into(),
            new: "Locked".into(),
            comment: None,
            dry_run: false,
        };
        assert_eq!(
            rename(&mut store, &rules, &admin, &req).unwrap_err().kind(),
            Kind::Conflict
        );

        assert_eq!(names(&mut store, &rules), ["Locked", "Open"]);
        assert_eq!(revisions(&mut store, &rules, "Locked").len(), 1);
        assert_eq!(revisions(&mut store, &rules, "Open").len(), 1);

        // And the verdict of `item can` says why with the exit-77 error.
        let req = Can {
            name: "Locked".into(),
            right: Right::Write,
            new_kind: ItemKind::Page,
        };
        let verdict = can(&mut store, &rules, &bob, &req).unwrap();
        assert_eq!(serde_json::to_string(&verdict).unwrap(), "false");
        let denied = verdict.denial().unwrap();
        assert_eq!(denied.kind(), Kind::Denied);
        assert_eq!(denied.message(), r#"bob may not write "Locked""#);
        let verdict = can(&mut store, &rules, &admin, &req).unwrap();
        assert_eq!((verdict.allowed, verdict.denial().is_none()), (true, true));
    }

    #[test]
    fn dry_runs_report_and_write_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let rules = rules();
        let admin = Actor::new(Some("WikiAdmin"));
        put(&mut store, &rules, &admin, &put_req("Page", b"one")).unwrap();

        let mut again = put_req("Page", b"two");
        again.dry_run = true;
        let would = put(&mut store, &rules, &admin, &again).unwrap();
        assert_eq!((would.revision, would.dry_run), (2, true));

        let would = rename(
            &mut store,
            &rules,
            &admin,
            &Rename {
                old: "Page".into(),
                new: "Moved".into(),
                comment: None,
                dry_run: true,
            },
        )
        .unwrap();
        assert_eq!(
            (would.name.as_str(), would.action.as_str()),
            ("Moved", "SAVE/RENAME")
        );

        let gone = destroy(
            &mut store,
            &rules,
            &admin,
            &Destroy {
                name: "Page".into(),
                dry_run: true,
            },
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&gone).unwrap(),
            r#"{"name":"Page","destroyed":1,"dry_run":true}"#
        );

        let changed = meta(
            &mut store,
            &rules,
            &admin,
            &Meta {
                name: "Page".into(),
                set: vec![("reviewed".into(), json!(true))],
                unset: Vec::new(),
                dry_run: true,
            },
        )
        .unwrap();
        assert_eq!(changed.get("reviewed"), Some(&json!(true)));

        let user = add_user(
            &mut store,
            &admin,
            &AddUser {
                name: "carl".into(),
                email: Some("c@example.org".into()),
                aliases: vec!["c".into()],
                dry_run: true,
            },
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&user).unwrap(),
            r#"{"name":"carl","profile":{"email":"c@example.org","aliases":["c"]},"dry_run":true}"#
        );

        assert_eq!(names(&mut store, &rules), ["Page"]);
        assert_eq!(revisions(&mut store, &rules, "Page").len(), 1);
        let unchanged = meta(
            &mut store,
            &rules,
            &admin,
            &Meta {
                name: "Page".into(),
                set: Vec::new(),
                unset: Vec::new(),
                dry_run: false,
            },
        )
        .unwrap();
        assert!(unchanged.is_empty());
        assert_eq!(
            show_user(&mut store, "carl").unwrap_err().kind(),
            Kind::NotFound
        );
    }
}
