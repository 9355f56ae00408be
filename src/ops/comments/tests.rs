//! The comment ops driven as a program would drive them: a real SQLite store, no CLI.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::nodes;
use super::*;
use crate::engine::comments::NodeRecord;
use crate::engine::Store;
use crate::error::{Error, Kind};
use crate::faces::comments::{NodeOutcome, OnExisting};
use crate::input::{from_bytes, RecordReader};
use crate::ops::test_store::new_store;
use crate::settings::{self, Inputs};

/// The settings of a store with no config file and no environment: the defaults.
fn default_settings() -> Settings {
    settings::resolve(Inputs {
        config_flag: None,
        flags: Vec::new(),
        env: &|_| None,
        config_dir: None,
        data_dir: Some(PathBuf::from("/data")),
    })
    .expect("default settings")
}

fn commenter(settings: &Settings, user: Option<&str>, moderator: bool) -> Commenter {
    let actor = Actor {
        moderator,
        ..Actor::new(user)
    };
    Commenter::new(settings, &actor).expect("a commenter")
}

fn records(lines: &[&str]) -> RecordReader {
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    RecordReader::new(from_bytes(text.into_bytes()))
}

fn add_node(store: &mut Store, id: &str) {
    let req = nodes::Add {
        node: NodeRecord {
            id: id.into(),
            document: "doc".into(),
            source: "A paragraph.".into(),
        },
        on_existing: OnExisting::Fail,
        dry_run: false,
    };
    nodes::add(store, &Actor::new(None), &req).unwrap();
}

fn comment_on(node: &str, text: &str) -> Add {
    Add {
        target: Target::Node(node.into()),
        text: text.into(),
        time_us: None,
        hidden: false,
        proposal: None,
        dry_run: false,
    }
}

fn no_warnings() -> impl FnMut(String) {
    |w| panic!("unexpected warning: {w}")
}

/// Everything a moderator sees of a node: the state a refusal must leave as it was.
fn thread_json(store: &mut Store, settings: &Settings, node: &str) -> Value {
    let moderator = commenter(settings, Some("admin"), true);
    let req = List {
        node: node.into(),
        sort: SortOrder::Id,
    };
    let mut doc = serde_json::to_value(list(store, &moderator, &req).unwrap()).unwrap();
    // Ages move with the clock; the rest must not.
    strip_ages(&mut doc);
    doc
}

fn strip_ages(doc: &mut Value) {
    match doc {
        Value::Object(map) => {
            map.remove("age");
            map.values_mut().for_each(strip_ages);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_ages),
        _ => {}
    }
}

/// A moderation command appending each notice as one line to a file, and that file.
fn notice_log(dir: &Path, settings: &mut Settings) -> PathBuf {
    let log = dir.join("notices.jsonl");
    settings.comments.moderation_command =
        Some(format!("cat >> '{0}' && echo >> '{0}'", log.display()));
    log
}

/// The ids of the comments the moderation command was told about, in order.
fn noticed_ids(log: &Path) -> Vec<i64> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect()
}

#[test]
fn moderation_is_honoured_only_for_the_listed_moderators() {
    let mut settings = default_settings();
    settings.comments.moderators = vec!["mod".into()];
    let alice = Actor {
        moderator: true,
        ..Actor::new(Some("alice"))
    };
    let err = Commenter::new(&settings, &alice).unwrap_err();
    assert_eq!(err.kind(), Kind::Denied, "{}", err.message());
    assert!(err.message().contains("user \"alice\" is not a moderator"));

    let moderator = commenter(&settings, Some("mod"), true);
    assert!(moderator.identity.moderator);
    // Without a list, anyone may moderate (a single-admin tool).
    let anyone = commenter(&default_settings(), Some("alice"), true);
    assert!(anyone.identity.moderator);

    let bad_name = Commenter::new(&settings, &Actor::new(Some("[deleted]"))).unwrap_err();
    assert_eq!(bad_name.kind(), Kind::BadInput, "{}", bad_name.message());
}

#[test]
fn comments_and_votes_return_the_documents_the_cli_prints() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let settings = default_settings();
    add_node(&mut store, "N");
    let alice = commenter(&settings, Some("alice"), false);
    let bob = commenter(&settings, Some("bob"), false);

    let added = add(
        &mut store,
        &alice,
        &comment_on("N", "Typo in line 2"),
        &mut no_warnings(),
    )
    .unwrap();
    assert!(!added.needs_moderation);
    let doc = serde_json::to_value(&added).unwrap();
    // The document is the comment itself, in the field order of `comment show`.
    let fields: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        [
            "id",
            "node",
            "parent",
            "username",
            "text",
            "displayed",
            "rating",
            "time",
            "age",
            "vote",
            "proposal_diff",
            "proposal_diff_text",
            "children",
            "document"
        ]
    );
    assert_eq!(
        (&doc["id"], &doc["username"], &doc["document"]),
        (&json!(1), &json!("alice"), &json!("doc"))
    );

    let reply = Add {
        target: Target::Parent(1),
        ..comment_on("N", "Fixed, thanks")
    };
    let reply = add(&mut store, &bob, &reply, &mut no_warnings()).unwrap();
    assert_eq!(reply.comment.parent, Some(1));

    let voted = vote(
        &mut store,
        &bob,
        &Vote {
            comment: 1,
            value: 1,
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&voted).unwrap(),
        r#"{"comment":1,"username":"bob","value":1,"rating":1}"#
    );

    let thread = list(
        &mut store,
        &bob,
        &List {
            node: "N".into(),
            sort: SortOrder::Id,
        },
    )
    .unwrap();
    assert_eq!(thread.source, "A paragraph.");
    assert_eq!(thread.comments.len(), 1);
    assert_eq!(thread.comments[0].vote, 1, "bob sees his vote");
    assert_eq!(thread.comments[0].children[0].id, 2);
    let shown = show(&mut store, &alice, 2).unwrap();
    assert_eq!(shown.document.as_deref(), Some("doc"));

    let deleted = delete(
        &mut store,
        &bob,
        &Delete {
            id: 2,
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&deleted).unwrap(),
        r#"{"deleted":"soft","ids":[2],"dry_run":false}"#
    );
    assert_eq!(show(&mut store, &alice, 2).unwrap().text, "[deleted]");
}

#[test]
fn refusals_leave_the_store_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let mut settings = default_settings();
    settings.comments.moderation = true;
    add_node(&mut store, "N");
    let moderator = commenter(&settings, Some("admin"), true);
    let alice = commenter(&settings, Some("alice"), false);
    let bob = commenter(&settings, Some("bob"), false);
    add(
        &mut store,
        &moderator,
        &comment_on("N", "shown"),
        &mut no_warnings(),
    )
    .unwrap();
    let hidden = add(
        &mut store,
        &alice,
        &comment_on("N", "hidden"),
        &mut no_warnings(),
    )
    .unwrap();
    assert!(hidden.needs_moderation, "[comments] moderation hides it");
    let before = thread_json(&mut store, &settings, "N");

    let refusals: Vec<(Error, Kind)> = vec![
        (
            delete(
                &mut store,
                &bob,
                &Delete {
                    id: 1,
                    dry_run: false,
                },
            )
            .unwrap_err(),
            Kind::Denied,
        ),
        (
            reject(
                &mut store,
                &bob,
                &Delete {
                    id: 1,
                    dry_run: false,
                },
            )
            .unwrap_err(),
            Kind::Denied,
        ),
        (
            accept(
                &mut store,
                &alice,
                &Accept {
                    id: 2,
                    dry_run: false,
                },
            )
            .unwrap_err(),
            Kind::Denied,
        ),
        (
            add(
                &mut store,
                &bob,
                &Add {
                    target: Target::Parent(2),
                    ..comment_on("N", "a reply to a hidden comment")
                },
                &mut no_warnings(),
            )
            .unwrap_err(),
            Kind::Conflict,
        ),
        (
            add(
                &mut store,
                &bob,
                &comment_on("nope", "x"),
                &mut no_warnings(),
            )
            .unwrap_err(),
            Kind::NotFound,
        ),
        (
            vote(
                &mut store,
                &commenter(&settings, None, false),
                &Vote {
                    comment: 1,
                    value: 1,
                    dry_run: false,
                },
            )
            .unwrap_err(),
            Kind::Denied,
        ),
        (
            rename_user(
                &mut store,
                &Actor::new(None),
                &RenameUser {
                    old: "alice".into(),
                    new: "alice".into(),
                    dry_run: false,
                },
            )
            .unwrap_err(),
            Kind::Conflict,
        ),
    ];
    for (err, kind) in refusals {
        assert_eq!(err.kind(), kind, "{}", err.message());
    }
    let err = show(&mut store, &bob, 2).unwrap_err();
    assert_eq!(
        err.kind(),
        Kind::Denied,
        "a hidden comment is for moderators"
    );
    let mut rows = Vec::new();
    let err = waiting(&mut store, &alice, &Waiting { document: None }, &mut |c| {
        rows.push(c.id);
        Ok(())
    })
    .unwrap_err();
    assert_eq!(err.kind(), Kind::Denied);
    assert_eq!(thread_json(&mut store, &settings, "N"), before);

    // A node that exists is refused unless asked to update or skip it.
    let again = nodes::Add {
        node: NodeRecord {
            id: "N".into(),
            document: "other".into(),
            source: "changed".into(),
        },
        on_existing: OnExisting::Fail,
        dry_run: false,
    };
    let err = nodes::add(&mut store, &Actor::new(None), &again).unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    let err = nodes::add_many(
        &mut store,
        &Actor::new(None),
        &nodes::AddMany {
            on_existing: OnExisting::Fail,
            dry_run: false,
        },
        &mut records(&[
            r#"{"id": "M", "document": "d", "source": "s"}"#,
            r#"{"id": "N", "document": "d", "source": "s"}"#,
        ]),
    )
    .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict, "{}", err.message());
    assert!(err
        .message()
        .contains("node add stopped; nothing was stored"));
    assert_eq!(
        nodes::show(&mut store, "M").unwrap_err().kind(),
        Kind::NotFound
    );
    assert_eq!(nodes::show(&mut store, "N").unwrap().source, "A paragraph.");
    assert_eq!(thread_json(&mut store, &settings, "N"), before);
}

#[test]
fn dry_runs_report_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let mut settings = default_settings();
    let log = notice_log(dir.path(), &mut settings);
    add_node(&mut store, "N");
    let moderator = commenter(&settings, Some("admin"), true);
    let alice = commenter(&settings, Some("alice"), false);
    add(
        &mut store,
        &alice,
        &comment_on("N", "one"),
        &mut no_warnings(),
    )
    .unwrap();
    vote(
        &mut store,
        &alice,
        &Vote {
            comment: 1,
            value: -1,
            dry_run: false,
        },
    )
    .unwrap();
    let before = thread_json(&mut store, &settings, "N");

    let would = add(
        &mut store,
        &alice,
        &Add {
            hidden: true,
            dry_run: true,
            ..comment_on("N", "two")
        },
        &mut no_warnings(),
    )
    .unwrap();
    assert!(would.dry_run && would.needs_moderation);
    assert_eq!(would.comment.id, 2, "the id it would get");
    let would = add_many(
        &mut store,
        &alice,
        &AddMany {
            batch_size: Some(1),
            dry_run: true,
        },
        &mut records(&[
            r#"{"node": "N", "text": "a", "hidden": true}"#,
            r#"{"node": "N", "text": "b"}"#,
        ]),
        &mut no_warnings(),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&would).unwrap(),
        r#"{"records":2,"hidden":1,"first_id":2,"last_id":3,"dry_run":true}"#
    );
    let voted = vote(
        &mut store,
        &moderator,
        &Vote {
            comment: 1,
            value: 1,
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!((voted.rating, voted.dry_run), (0, true));
    let deleted = delete(
        &mut store,
        &moderator,
        &Delete {
            id: 1,
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!(deleted.deleted, DeleteKind::Hard);
    let rejected = reject(
        &mut store,
        &moderator,
        &Delete {
            id: 1,
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!(rejected.ids, vec![1]);
    let renamed = rename_user(
        &mut store,
        &Actor::new(None),
        &RenameUser {
            old: "alice".into(),
            new: "carol".into(),
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&renamed).unwrap(),
        r#"{"old":"alice","new":"carol","comments":1,"votes_moved":1,"votes_merged":0,"dry_run":true}"#
    );
    let node = nodes::add(
        &mut store,
        &Actor::new(None),
        &nodes::Add {
            node: NodeRecord {
                id: "M".into(),
                document: "d".into(),
                source: "s".into(),
            },
            on_existing: OnExisting::Fail,
            dry_run: true,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&node).unwrap(),
        r#"{"id":"M","document":"d","status":"added","dry_run":true}"#
    );

    assert_eq!(thread_json(&mut store, &settings, "N"), before);
    assert_eq!(
        nodes::show(&mut store, "M").unwrap_err().kind(),
        Kind::NotFound
    );
    assert!(noticed_ids(&log).is_empty(), "a dry run tells no moderator");
}

#[test]
fn hidden_comments_reach_moderators_after_each_committed_chunk() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let mut settings = default_settings();
    let log = notice_log(dir.path(), &mut settings);
    add_node(&mut store, "N");
    let alice = commenter(&settings, Some("alice"), false);

    let one = Add {
        hidden: true,
        ..comment_on("N", "one")
    };
    add(&mut store, &alice, &one, &mut no_warnings()).unwrap();
    assert_eq!(noticed_ids(&log), vec![1]);

    // Chunks of two; the fifth record is bad. The first two chunks stay committed, and
    // moderators heard of exactly their hidden comments (3 and 5), none of the failed chunk's.
    let mut reader = records(&[
        r#"{"node": "N", "text": "two"}"#,
        r#"{"node": "N", "text": "three", "hidden": true}"#,
        r#"{"node": "N", "text": "four"}"#,
        r#"{"node": "N", "text": "five", "hidden": true}"#,
        r#"{"node": "N", "text": "six", "hidden": true}"#,
        r#"{"node": "nope", "text": "seven"}"#,
    ]);
    let req = AddMany {
        batch_size: Some(2),
        dry_run: false,
    };
    let err = add_many(&mut store, &alice, &req, &mut reader, &mut no_warnings()).unwrap_err();
    assert_eq!(err.kind(), Kind::NotFound, "{}", err.message());
    assert!(
        err.message()
            .contains("comment add stopped; 4 records committed in earlier batches"),
        "{}",
        err.message()
    );
    assert_eq!(noticed_ids(&log), vec![1, 3, 5]);
    let moderator = commenter(&settings, Some("admin"), true);
    let mut stored = Vec::new();
    let thread = list(
        &mut store,
        &moderator,
        &List {
            node: "N".into(),
            sort: SortOrder::Id,
        },
    )
    .unwrap();
    stored.extend(thread.comments.iter().map(|c| c.id));
    assert_eq!(stored, vec![1, 2, 3, 4, 5]);

    // A command that fails is a warning per comment; the comments stay stored.
    settings.comments.moderation_command = Some("exit 3".into());
    let alice = commenter(&settings, Some("alice"), false);
    let mut warnings = Vec::new();
    let done = add_many(
        &mut store,
        &alice,
        &AddMany::default(),
        &mut records(&[
            r#"{"node": "N", "text": "eight", "hidden": true}"#,
            r#"{"node": "N", "text": "nine"}"#,
        ]),
        &mut |w| warnings.push(w),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&done).unwrap(),
        r#"{"records":2,"hidden":1,"first_id":6,"last_id":7,"dry_run":false}"#
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0]
            .starts_with("moderation command for comment 6 failed: `exit 3` failed (exit 3)"),
        "{}",
        warnings[0]
    );
    // The failed chunk's id 6 was rolled back, and is the next comment's.
    assert_eq!(show(&mut store, &moderator, 6).unwrap().text, "eight");

    // A moderator's waiting list holds every hidden comment, oldest first.
    let mut waiting_ids = Vec::new();
    waiting(
        &mut store,
        &moderator,
        &Waiting { document: None },
        &mut |c| {
            waiting_ids.push(c.id);
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(waiting_ids, vec![1, 3, 5, 6]);
    let accepted = accept(
        &mut store,
        &moderator,
        &Accept {
            id: 3,
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&accepted).unwrap(),
        r#"{"id":3,"displayed":true,"was_hidden":true,"dry_run":false}"#
    );
}

#[test]
fn nodes_are_added_updated_skipped_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let actor = Actor::new(Some("builder"));
    add_node(&mut store, "N");
    let done = nodes::add_many(
        &mut store,
        &actor,
        &nodes::AddMany {
            on_existing: OnExisting::Update,
            dry_run: false,
        },
        &mut records(&[
            r#"{"id": "N", "document": "doc", "source": "A paragraph."}"#,
            r#"{"id": "M", "document": "doc", "source": "Another."}"#,
            r#"{"id": "O", "document": "other", "source": "Elsewhere."}"#,
        ]),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&done).unwrap(),
        r#"{"records":3,"added":2,"updated":0,"unchanged":1,"skipped":0,"dry_run":false}"#
    );
    let skipped = nodes::add(
        &mut store,
        &actor,
        &nodes::Add {
            node: NodeRecord {
                id: "M".into(),
                document: "doc".into(),
                source: "changed".into(),
            },
            on_existing: OnExisting::Ignore,
            dry_run: false,
        },
    )
    .unwrap();
    assert_eq!(skipped.status, NodeOutcome::Skipped);

    let mut rows = Vec::new();
    nodes::list(&mut store, Some("doc"), &mut |row| {
        rows.push(serde_json::to_string(&row).unwrap());
        Ok(())
    })
    .unwrap();
    assert_eq!(
        rows,
        [
            r#"{"id":"M","document":"doc","comments":0,"visible":0,"source":"Another."}"#,
            r#"{"id":"N","document":"doc","comments":0,"visible":0,"source":"A paragraph."}"#,
        ]
    );
    assert_eq!(nodes::show(&mut store, "O").unwrap().document, "other");
}
