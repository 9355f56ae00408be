//! The session ops driven as a program would drive them: a real SQLite store, no CLI.

use std::time::Duration;

use serde_json::json;

use super::*;
use crate::engine::Store;
use crate::error::Kind;
use crate::faces::locks::{self, LockAuthority};

pub(crate) fn new_store(dir: &tempfile::TempDir) -> Store {
    let path = dir.path().join("ops.db");
    let mut store =
        Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(5)).expect("open store");
    store.backend().create().expect("create schema");
    store
}

/// The store's bytes (database and WAL), to show that a refusal or a dry run wrote nothing.
pub(crate) fn store_bytes(dir: &tempfile::TempDir) -> Vec<u8> {
    let mut bytes = std::fs::read(dir.path().join("ops.db")).unwrap();
    bytes.extend(std::fs::read(dir.path().join("ops.db-wal")).unwrap_or_default());
    bytes
}

pub(crate) fn configure_tasks(store: &mut Store, uid: &str, doc: Value) {
    let req = Configure {
        uid: uid.into(),
        doc,
        dry_run: false,
    };
    configure(store, &Actor::new(None), &req).unwrap();
}

pub(crate) fn fire_trigger(store: &mut Store, uid: &str, trigger: &str) -> Fired {
    let req = Fire {
        uid: uid.into(),
        trigger: trigger.into(),
        kwargs: json!({}),
        dry_run: false,
    };
    super::fire(store, &Actor::new(None), &req).unwrap()
}

#[test]
fn configure_fire_and_finish_return_the_documents_the_cli_prints() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir);
    let actor = Actor::new(Some("alice"));
    let done = configure(
        &mut store,
        &actor,
        &Configure {
            uid: "u".into(),
            doc: json!({"a": {"after": ["go"], "run": "x"}, "b": {"after": ["a"]}}),
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&done).unwrap(),
        r#"{"uid":"u","configured":["a","b"],"dry_run":false}"#
    );

    let fired = super::fire(
        &mut store,
        &actor,
        &Fire {
            uid: "u".into(),
            trigger: "go".into(),
            kwargs: json!({"n": 1}),
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&fired).unwrap(),
        r#"{"trigger":"go","ready":[{"instance":"a#0","task":"a","run":"x","trigger_kwargs":{"go":{"n":1}}}],"abandoned":[],"created":["a#0"],"dry_run":false}"#
    );

    let finished = finish(
        &mut store,
        &actor,
        &Finish {
            uid: "u".into(),
            name: "a#0".into(),
            result: json!({"ok": true}),
            dry_run: false,
        },
    )
    .unwrap();
    let doc = serde_json::to_value(&finished).unwrap();
    assert_eq!(doc["instance"], json!("a#0"));
    assert_eq!(doc["status"], json!("finished"));
    assert_eq!(doc["cascade"]["ready"][0]["instance"], json!("b#0"));
    assert_eq!(doc["dry_run"], json!(false));
    // No replay: no clone field at all.
    assert!(doc.get("clone").is_none(), "{doc}");

    let a = instance(&mut store, "u", "a#0").unwrap();
    let keys: Vec<String> = serde_json::to_value(&a)
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(
        keys,
        [
            "task",
            "status",
            "kwargs",
            "abandonState",
            "metadata",
            "name"
        ]
    );
    assert_eq!(a.metadata["result"], json!({"ok": true}));

    let tasks = super::tasks(
        &mut store,
        &Tasks {
            uid: "u".into(),
            unresolved: true,
        },
    )
    .unwrap();
    // a finished; b has a scheduled instance.
    assert_eq!(
        serde_json::to_string(&tasks).unwrap(),
        r#"[{"after":["a"],"name":"b","unresolved":true}]"#
    );
    let mut listed = Vec::new();
    list(&mut store, &mut |s| {
        listed.push(s);
        Ok(())
    })
    .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].tasks, listed[0].instances, listed[0].unresolved),
        (2, 2, 1)
    );
}

#[test]
fn refusals_leave_the_session_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir);
    configure_tasks(&mut store, "u", json!({"a": {"after": ["go"]}}));
    fire_trigger(&mut store, "u", "go");
    // Another user's lock on the session.
    let alice = Actor::new(Some("alice"));
    store
        .write(false, |tx| {
            let auth = LockAuthority {
                user: Some("alice"),
                administrators: &[],
                items: None,
            };
            locks::acquire(tx, &auth, "session:u", "alice", None, alice.now_us)
        })
        .unwrap();
    let before = store_bytes(&dir);

    // Bob may not change it: 75, nothing fired.
    let bob = Actor::new(Some("bob"));
    let fire_go = Fire {
        uid: "u".into(),
        trigger: "go".into(),
        kwargs: json!({}),
        dry_run: false,
    };
    let err = super::fire(&mut store, &bob, &fire_go).unwrap_err();
    assert_eq!(err.kind(), Kind::Busy, "{}", err.message());
    assert!(store_bytes(&dir) == before, "the store changed");

    // A replay of an instance that did not fail: 4, nothing cloned.
    let err = replay(
        &mut store,
        &alice,
        &Replay {
            uid: "u".into(),
            name: "a#0".into(),
            kwargs: None,
            dry_run: false,
        },
    )
    .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict, "{}", err.message());
    assert!(store_bytes(&dir) == before, "the store changed");

    // An import whose instance names a task that does not exist: 65, nothing stored.
    let err = import(
        &mut store,
        &alice,
        &Import {
            doc: json!({"uid": "v", "tasks": {}, "instances": {"x#0": {"task": "x"}}}),
            uid: None,
            replace: false,
            dry_run: false,
        },
    )
    .unwrap_err();
    assert_eq!(err.kind(), Kind::BadInput, "{}", err.message());
    assert!(store_bytes(&dir) == before, "the store changed");

    // No uid at all: a usage error that says what to give.
    let err = import(
        &mut store,
        &alice,
        &Import {
            doc: json!({"tasks": {}}),
            uid: None,
            replace: false,
            dry_run: false,
        },
    )
    .unwrap_err();
    assert_eq!(err.kind(), Kind::Usage);
    assert_eq!(
        err.hint_of(),
        Some(crate::error::Hint::Fix(Fix::GiveSessionUid))
    );
}

#[test]
fn dry_runs_report_what_they_would_do_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir);
    let actor = Actor::new(None);
    let would = configure(
        &mut store,
        &actor,
        &Configure {
            uid: "u".into(),
            doc: json!({"a": {"after": ["go"]}}),
            dry_run: true,
        },
    )
    .unwrap();
    assert!(would.dry_run);
    assert_eq!(export(&mut store, "u").unwrap_err().kind(), Kind::NotFound);

    configure_tasks(&mut store, "u", json!({"a": {"after": ["go"]}}));
    let before = store_bytes(&dir);
    let would = super::fire(
        &mut store,
        &actor,
        &Fire {
            uid: "u".into(),
            trigger: "go".into(),
            kwargs: json!({}),
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!(would.fired.created, vec!["a#0".to_string()]);
    assert!(would.dry_run);
    assert!(store_bytes(&dir) == before, "the store changed");

    let gone = delete(
        &mut store,
        &actor,
        &Delete {
            uid: "u".into(),
            dry_run: true,
        },
    )
    .unwrap();
    assert!(gone.deleted && gone.dry_run);
    // The actor of a request made after the session's last change.
    let actor = Actor::new(None);
    let collected = gc(
        &mut store,
        &actor,
        &Gc {
            idle_us: 0,
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!(collected.deleted, vec!["u".to_string()]);
    assert!(store_bytes(&dir) == before, "the store changed");

    // The same gc for real; a negative idle time is refused.
    let err = gc(
        &mut store,
        &actor,
        &Gc {
            idle_us: -1,
            dry_run: false,
        },
    )
    .unwrap_err();
    assert_eq!(err.kind(), Kind::BadInput);
    assert!(store_bytes(&dir) == before, "the store changed");
    let collected = gc(
        &mut store,
        &actor,
        &Gc {
            idle_us: 0,
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(collected.deleted, vec!["u".to_string()]);
    assert_eq!(export(&mut store, "u").unwrap_err().kind(), Kind::NotFound);
}
