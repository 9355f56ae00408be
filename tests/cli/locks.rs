//! Who may do what with a lock: only its owner renews or releases it; acting for another owner
//! and breaking another owner's live lock need an administrator (the ACL `admin` right for
//! `item:` locks, `[locks] administrators` for the rest). Every refusal leaves the store, or
//! the moin data dir and its sidecar lock store, byte-identical. Also: lock durations are
//! range-checked, never wrapped.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env};

on_both_backends!(
    forging_another_owner_with_owner_is_77_and_keeps_their_lock,
    breaking_another_owners_live_lock_needs_the_acl_admin_right,
    owners_release_and_break_their_own_locks_and_anyone_an_expired_one,
    acl_admins_act_for_other_owners_on_item_locks,
    lock_ttl_out_of_range_is_65_and_takes_no_lock,
    every_item_change_honours_other_owners_locks,
);
on_postgres!(
    forging_another_owner_with_owner_is_77_and_keeps_their_lock,
    breaking_another_owners_live_lock_needs_the_acl_admin_right,
    owners_release_and_break_their_own_locks_and_anyone_an_expired_one,
    acl_admins_act_for_other_owners_on_item_locks,
    lock_ttl_out_of_range_is_65_and_takes_no_lock,
    every_item_change_honours_other_owners_locks,
);

// The locks of the faces PostgreSQL holds, on SQLite and PostgreSQL.
mod postgres_faces {
    on_sqlite_and_postgres!(
        every_namespace_change_honours_other_owners_locks,
        every_feed_change_honours_other_owners_locks,
        every_session_change_honours_other_owners_locks,
        every_comment_change_honours_other_owners_node_locks,
    );
    use super::{
        every_comment_change_honours_other_owners_node_locks,
        every_feed_change_honours_other_owners_locks,
        every_namespace_change_honours_other_owners_locks,
        every_session_change_honours_other_owners_locks,
    };
}

/// Every file of the env's temp dir (the SQLite store, or the moin data dir with its sidecar
/// lock store), SQLite's shared-memory index left out: it is not data; and the rows of a
/// PostgreSQL store.
fn snapshot(env: &Env) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            if rel.ends_with("-shm") {
                continue;
            }
            if e.file_type().unwrap().is_dir() {
                out.insert(format!("{rel}/"), Vec::new());
                walk(root, &e.path(), out);
            } else {
                out.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(env.dir.path(), env.dir.path(), &mut out);
    if env.pg.is_some() {
        out.insert("postgres rows".into(), env.store_bytes());
    }
    out
}

/// Runs a command that must fail with `expected`, leave every byte as it was, and say
/// `says` in its message; returns the error document.
fn refused(env: &Env, args: &[&str], expected: i32, says: &str) -> Value {
    let before = snapshot(env);
    let out = env.run(args);
    assert_eq!(code(&out), expected, "storectl {args:?}");
    let err = error_doc(&out);
    assert!(
        err["message"].as_str().unwrap().contains(says),
        "storectl {args:?}: {err}"
    );
    assert!(
        snapshot(env) == before,
        "storectl {args:?} changed the store"
    );
    err
}

/// Writes an item with ACLs off, so that the test can then turn them on.
fn put_as_admin(env: &Env, name: &str, text: &str) {
    let out = env
        .cmd()
        .args(["item", "put", name])
        .env("STORECTL_ACL_ENFORCE", "false")
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
}

fn lock_of(env: &Env, resource: &str) -> Value {
    env.json(&["lock", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["resource"] == resource)
        .cloned()
        .unwrap_or(Value::Null)
}

fn forging_another_owner_with_owner_is_77_and_keeps_their_lock(env: Env) {
    put_as_admin(&env, "X", "x\n");
    env.json(&["--as", "alice", "lock", "acquire", "item:X", "--ttl", "1h"]);
    let held = lock_of(&env, "item:X");
    assert!(held["expires"].is_string());
    // The audit's forgery: bob rewrote alice's lock to never expire.
    let err = refused(
        &env,
        &[
            "--as", "bob", "lock", "acquire", "item:X", "--owner", "alice",
        ],
        77,
        "\"bob\" may not act for \"alice\"",
    );
    assert!(err["hint"].as_str().unwrap().contains("admin"), "{err}");
    refused(
        &env,
        &[
            "--as", "bob", "lock", "release", "item:X", "--owner", "alice",
        ],
        77,
        "may not act for \"alice\"",
    );
    // Anonymous users act for nobody either.
    refused(
        &env,
        &["lock", "acquire", "item:Y", "--owner", "alice"],
        77,
        "an anonymous user may not act for \"alice\"",
    );
    assert_eq!(lock_of(&env, "item:X"), held);
    // Naming yourself as the owner is what --as already says.
    let renewed = env.json(&[
        "--as", "alice", "lock", "acquire", "item:X", "--owner", "alice",
    ]);
    assert_eq!(renewed["owner"], json!("alice"));
}

fn breaking_another_owners_live_lock_needs_the_acl_admin_right(env: Env) {
    put_as_admin(&env, "X", "#acl ops:read,write,admin All:read\nx\n");
    env.json(&["--as", "alice", "lock", "acquire", "item:X"]);
    // The audit's anonymous break.
    refused(
        &env,
        &["lock", "break", "item:X", "--yes"],
        77,
        "an anonymous user may not break the lock alice holds on item \"X\"",
    );
    refused(
        &env,
        &["--as", "bob", "lock", "break", "item:X", "--yes"],
        77,
        "\"bob\" may not break",
    );
    let broken = env.json(&["--as", "ops", "lock", "break", "item:X", "--yes"]);
    assert_eq!(broken["owner"], json!("alice"));
    assert_eq!(lock_of(&env, "item:X"), Value::Null);
}

fn owners_release_and_break_their_own_locks_and_anyone_an_expired_one(env: Env) {
    put_as_admin(&env, "X", "x\n");
    env.json(&["--as", "alice", "lock", "acquire", "item:X"]);
    env.json(&["--as", "alice", "lock", "break", "item:X", "--yes"]);
    env.json(&["--as", "alice", "lock", "acquire", "item:X"]);
    env.json(&["--as", "alice", "lock", "release", "item:X"]);
    env.json(&["--as", "alice", "lock", "acquire", "item:X", "--ttl", "0s"]);
    // Anonymous users break no one's lock, not even an expired one.
    refused(
        &env,
        &["lock", "break", "item:X", "--yes"],
        77,
        "an anonymous user may not break",
    );
    // Expired counts as free: any user may take it, so any user may clear it.
    let broken = env.json(&["--as", "bob", "lock", "break", "item:X", "--yes"]);
    assert_eq!(broken["owner"], json!("alice"));
    refused(
        &env,
        &["--as", "bob", "lock", "break", "item:X", "--yes"],
        3,
        "is not locked",
    );
}

fn acl_admins_act_for_other_owners_on_item_locks(env: Env) {
    put_as_admin(&env, "X", "#acl ops:read,write,admin All:read\nx\n");
    let taken = env.json(&[
        "--as", "ops", "lock", "acquire", "item:X", "--owner", "carol", "--ttl", "10m",
    ]);
    assert_eq!(taken["owner"], json!("carol"));
    // carol's lock stops others, not carol.
    let out = env.run_stdin(&["--as", "dave", "item", "put", "X"], "d\n");
    assert_eq!(code(&out), 75);
    env.json(&[
        "--as", "ops", "lock", "release", "item:X", "--owner", "carol",
    ]);
    assert_eq!(lock_of(&env, "item:X"), Value::Null);
    // With ACLs off everyone administers item locks (a pure admin store).
    env.json(&["--as", "alice", "lock", "acquire", "item:X"]);
    let broken = env
        .cmd()
        .args(["--as", "bob", "lock", "break", "item:X", "--yes"])
        .env("STORECTL_ACL_ENFORCE", "false")
        .output()
        .unwrap();
    assert_eq!(code(&broken), 0);
}

fn lock_ttl_out_of_range_is_65_and_takes_no_lock(env: Env) {
    put_as_admin(&env, "X", "x\n");
    // The audit's wrap: 10^9 days came out as a lock that had already expired.
    for ttl in ["1000000000d", "36501d", "3153600000001ms", "-1s"] {
        let err = refused(
            &env,
            &["--as", "alice", "lock", "acquire", "item:X", "--ttl", ttl],
            65,
            "--ttl",
        );
        assert!(
            err["message"].as_str().unwrap().contains("0 to 36500d"),
            "{err}"
        );
    }
    refused(
        &env,
        &[
            "--as", "alice", "lock", "acquire", "item:X", "--wait", "36501d",
        ],
        65,
        "--wait",
    );
    let longest = env.json(&[
        "--as", "alice", "lock", "acquire", "item:X", "--ttl", "36500d",
    ]);
    let expires = longest["expires"].as_str().unwrap();
    let year: i32 = expires[..4].parse().unwrap();
    let acquired: i32 = longest["acquired"].as_str().unwrap()[..4].parse().unwrap();
    assert!((99..=100).contains(&(year - acquired)), "{longest}");
    assert_eq!(lock_of(&env, "item:X")["expired"], json!(false));
}

#[test]
fn lock_administrators_break_and_act_for_others_on_session_namespace_and_feed_locks() {
    let env = Env::new();
    for resource in ["namespace:core", "session:s1", "feed:k"] {
        env.json(&["--as", "alice", "lock", "acquire", resource]);
        refused(
            &env,
            &["lock", "break", resource, "--yes"],
            77,
            "an anonymous user may not break the lock alice holds",
        );
        let err = refused(
            &env,
            &["--as", "ops", "lock", "break", resource, "--yes"],
            77,
            "\"ops\" may not break",
        );
        assert!(
            err["hint"]
                .as_str()
                .unwrap()
                .contains("[locks] administrators"),
            "{err}"
        );
    }
    let ops = Env {
        vars: vec![("STORECTL_LOCKS_ADMINISTRATORS".into(), "ops, root".into())],
        ..env
    };
    for resource in ["namespace:core", "session:s1", "feed:k"] {
        refused(
            &ops,
            &["--as", "bob", "lock", "break", resource, "--yes"],
            77,
            "\"bob\" may not break",
        );
        let broken = ops.json(&["--as", "ops", "lock", "break", resource, "--yes"]);
        assert_eq!(broken["owner"], json!("alice"));
        let taken = ops.json(&[
            "--as", "root", "lock", "acquire", resource, "--owner", "carol",
        ]);
        assert_eq!(taken["owner"], json!("carol"));
    }
    // An administrator list does not make anyone an item-lock administrator: the ACL does.
    put_as_admin(&ops, "X", "x\n");
    ops.json(&["--as", "alice", "lock", "acquire", "item:X"]);
    refused(
        &ops,
        &["--as", "ops", "lock", "break", "item:X", "--yes"],
        77,
        "\"ops\" may not break",
    );
}

#[test]
fn lock_administrators_come_from_the_config_file_and_config_show_lists_them() {
    let env = Env::new();
    let config = env.write("locks.toml", "[locks]\nadministrators = [\"ops\"]\n");
    let config = config.to_str().unwrap();
    env.json(&["--as", "alice", "lock", "acquire", "namespace:core"]);
    let broken = env.json(&[
        "--config",
        config,
        "--as",
        "ops",
        "lock",
        "break",
        "namespace:core",
        "--yes",
    ]);
    assert_eq!(broken["owner"], json!("alice"));
    let shown = env.json(&["--config", config, "config", "show"]);
    let setting = shown
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["setting"] == "locks.administrators")
        .cloned()
        .unwrap_or_else(|| panic!("no locks.administrators in {shown}"));
    assert_eq!(setting["value"], json!(["ops"]), "{setting}");
}

#[test]
fn locks_stop_item_meta_changes_and_attachment_locks_stop_rename_and_destroy() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    env.json_stdin(&["item", "put", "P"], "p\n");
    env.json_stdin(&["item", "put", "P/a.txt", "--kind", "attachment"], "a\n");
    env.json(&["--as", "alice", "lock", "acquire", "item:P"]);
    refused(
        &env,
        &["--as", "bob", "item", "meta", "P", "--set", "k=1"],
        75,
        "item \"P\" is locked by alice",
    );
    env.json(&["--as", "alice", "item", "meta", "P", "--set", "k=1"]);
    // Reading metadata needs no lock.
    env.json(&["--as", "bob", "item", "meta", "P"]);
    env.json(&["--as", "alice", "lock", "release", "item:P"]);
    env.json(&["--as", "alice", "lock", "acquire", "item:P/a.txt"]);
    refused(
        &env,
        &["--as", "bob", "item", "rename", "P", "Q"],
        75,
        "item \"P/a.txt\" is locked by alice",
    );
    refused(
        &env,
        &["--as", "bob", "item", "destroy", "P", "--yes"],
        75,
        "item \"P/a.txt\" is locked by alice",
    );
    // alice's lock moves with her attachment, as moin's edit-lock moves with a page directory.
    env.json(&["--as", "alice", "item", "rename", "P", "Q"]);
    assert_eq!(lock_of(&env, "item:Q/a.txt")["owner"], json!("alice"));
    assert_eq!(lock_of(&env, "item:P/a.txt"), Value::Null);
}

// ---------------------------------------------------------------------------------------------
// Every change honours locks

/// One changing command, run by alice while bob holds `resource`.
struct Change {
    resource: &'static str,
    args: &'static [&'static str],
    stdin: Option<&'static str>,
    /// 75, or 0 for a command that passes over locked things instead of failing (`gc`).
    refused_with: i32,
    /// How the lock owner's own run ends: 0, or 5 for a migration that lists what it skipped.
    owner_exit: i32,
}

const fn change(resource: &'static str, args: &'static [&'static str]) -> Change {
    Change {
        resource,
        args,
        stdin: None,
        refused_with: 75,
        owner_exit: 0,
    }
}

const fn change_stdin(
    resource: &'static str,
    args: &'static [&'static str],
    stdin: &'static str,
) -> Change {
    Change {
        resource,
        args,
        stdin: Some(stdin),
        refused_with: 75,
        owner_exit: 0,
    }
}

/// For each change: bob takes the lock; alice's command fails with `refused_with` and leaves
/// every byte as it was; bob's own command (under --dry-run, so that the next row finds the
/// same store; `session run`, which has none, for real) passes the lock; bob releases it.
fn check_changes<'a>(env: &Env, changes: impl IntoIterator<Item = &'a Change>) {
    for c in changes {
        env.json(&["--as", "bob", "lock", "acquire", c.resource]);
        let before = snapshot(env);
        let mut alice = env.cmd();
        alice.args(["--as", "alice"]).args(c.args);
        if let Some(stdin) = c.stdin {
            alice.write_stdin(stdin);
        }
        let out = alice.output().unwrap();
        assert_eq!(
            code(&out),
            c.refused_with,
            "storectl {:?} while bob holds {}: {}",
            c.args,
            c.resource,
            String::from_utf8_lossy(&out.stderr)
        );
        if c.refused_with == 75 {
            let err = error_doc(&out);
            assert!(
                err["message"]
                    .as_str()
                    .unwrap()
                    .contains("is locked by bob"),
                "storectl {:?}: {err}",
                c.args
            );
        }
        assert!(
            snapshot(env) == before,
            "storectl {:?} changed the store while bob holds {}",
            c.args,
            c.resource
        );
        let mut bob = env.cmd();
        bob.args(["--as", "bob"]).args(c.args);
        if c.args[..2] != ["session", "run"] {
            bob.arg("--dry-run");
        }
        if let Some(stdin) = c.stdin {
            bob.write_stdin(stdin);
        }
        let out = bob.output().unwrap();
        assert_eq!(
            code(&out),
            c.owner_exit,
            "bob's own storectl {:?} while he holds {}: {}",
            c.args,
            c.resource,
            String::from_utf8_lossy(&out.stderr)
        );
        env.json(&["--as", "bob", "lock", "release", c.resource]);
    }
}

/// Activity X (in timeline tl:1) and Y (in tl:2).
const X: &str = "10000000000001001";
const X_RECORD: &str = r#"{"actor":1,"verb":1,"object":1,"time":1000}"#;

const NAMESPACE_CHANGES: &[Change] = &[
    change("namespace:core", &["namespace", "set", "core", "k", "1"]),
    change("namespace:core", &["namespace", "rm", "core", "a"]),
    change_stdin(
        "namespace:core",
        &["namespace", "replace", "core", "-"],
        r#"{"x": 1}"#,
    ),
    change_stdin(
        "namespace:core",
        &["namespace", "merge", "core", "-"],
        r#"{"y": 2}"#,
    ),
    change("namespace:fresh", &["namespace", "create", "fresh"]),
    change("namespace:core", &["namespace", "drop", "core", "--yes"]),
    change(
        "namespace:core",
        &["namespace", "copy", "other", "core", "--force"],
    ),
    change("namespace:core", &["namespace", "rename", "core", "moved"]),
    change(
        "namespace:core",
        &["namespace", "rename", "other", "core", "--force"],
    ),
    change_stdin(
        "namespace:core",
        &["namespace", "import", "-"],
        r#"{"namespace": "core", "key": "z", "value": 1}"#,
    ),
];

const FEED_CHANGES: &[Change] = &[
    change(
        "feed:tl:1",
        &[
            "feed", "add", "tl:1", "--actor", "1", "--verb", "1", "--object", "3",
        ],
    ),
    // Overwrites activity X, which the locked tl:1 shows.
    change(
        "feed:tl:1",
        &[
            "feed", "add", "tl:9", "--actor", "7", "--verb", "1", "--object", "1", "--time", "1000",
        ],
    ),
    change_stdin(
        "feed:tl:1",
        &["feed", "add-many", "tl:1", "-"],
        r#"{"actor":1,"verb":1,"object":5}"#,
    ),
    change_stdin("feed:tl:1", &["feed", "add-many", "tl:9", "-"], X_RECORD),
    change("feed:tl:1", &["feed", "remove", "tl:1", X]),
    change("feed:tl:1", &["feed", "trim", "tl:1", "0"]),
    change("feed:tl:1", &["feed", "delete", "tl:1"]),
    change("feed:tl:1", &["feed", "follow", "tl:1", "tl:2"]),
    change("feed:tl:1", &["feed", "unfollow", "tl:1", "--actor", "1"]),
    change_stdin("feed:tl:1", &["feed", "activity", "add", "-"], X_RECORD),
    change("feed:tl:1", &["feed", "activity", "remove", X]),
    // An aggregated feed of the same key is the same feed to a lock.
    change_stdin(
        "feed:tl:1",
        &["feed", "aggregated", "add", "tl:1", "-"],
        X_RECORD,
    ),
    change_stdin(
        "feed:tl:1",
        &["feed", "aggregated", "put", "tl:1", "-"],
        r#"{"group":"g","activities":[{"actor":1,"verb":1,"object":9,"time":1000}]}"#,
    ),
    change(
        "feed:tl:1",
        &["feed", "aggregated", "mark", "tl:1", "--all"],
    ),
    change("feed:tl:1", &["feed", "aggregated", "remove", "tl:1", X]),
    change("feed:tl:1", &["feed", "aggregated", "trim", "tl:1", "0"]),
    change("feed:tl:1", &["feed", "aggregated", "delete", "tl:1"]),
    change("feed:tl:2", &["feed", "flush", "--yes"]),
    // Removes every activity, so any other owner's feed lock stops it, as for flush.
    change("feed:tl:2", &["feed", "activity", "flush", "--yes"]),
    // gc removes only activities no timeline holds: a lock does not stop it, and here it has
    // nothing to remove.
    Change {
        resource: "feed:tl:1",
        args: &["feed", "gc"],
        stdin: None,
        refused_with: 0,
        owner_exit: 0,
    },
];

const ITEM_CHANGES: &[Change] = &[
    change_stdin("item:Page", &["item", "put", "Page", "-"], "new\n"),
    // A lock on a page covers its attachments, new ones too.
    change_stdin(
        "item:Page",
        &["item", "put", "Page/a.png", "--kind", "attachment", "-"],
        "png",
    ),
    change_stdin(
        "item:Page",
        &["item", "put", "Page/b.png", "--kind", "attachment", "-"],
        "png",
    ),
    change("item:Page", &["item", "delete", "Page"]),
    change("item:Page", &["item", "delete", "Page/a.png"]),
    change("item:Page", &["item", "rename", "Page", "Moved"]),
    change("item:Page", &["item", "rename", "Page/a.png", "Page/c.png"]),
    change("item:Page/Sub", &["item", "rename", "Other", "Page/Sub"]),
    change("item:Page", &["item", "copy", "Page/a.png", "Page/d.png"]),
    change("item:Copy", &["item", "copy", "Page", "Copy"]),
    change("item:Copy/a.png", &["item", "copy", "Page", "Copy"]),
    change("item:Page", &["item", "revert", "Page", "--to", "1"]),
    change("item:Page", &["item", "destroy", "Page", "--yes"]),
    change("item:Page", &["item", "destroy", "Page/a.png", "--yes"]),
    change("item:Page", &["item", "meta", "Page", "--set", "k=1"]),
    change("item:Page", &["item", "meta", "Page/a.png", "--unset", "k"]),
];

const SESSION_CHANGES: &[Change] = &[
    change_stdin(
        "session:s1",
        &["session", "configure", "s1", "-"],
        r#"{"b": {"after": ["go"], "run": "x"}}"#,
    ),
    change("session:s1", &["session", "fire", "s1", "go"]),
    change("session:s1", &["session", "finish", "s1", "a#0"]),
    change("session:s1", &["session", "fail", "s1", "a#0"]),
    change("session:s1", &["session", "status", "s1", "a#0", "running"]),
    change("session:s1", &["session", "replay", "s1", "a#1"]),
    change("session:s1", &["session", "skip", "s1", "a#1"]),
    change(
        "session:s1",
        &["session", "metadata", "s1", "a#0", r#"{"x": 1}"#],
    ),
    change("session:s1", &["session", "resolve-logs", "s1", "a#0"]),
    change("session:s1", &["session", "create-instance", "s1", "a"]),
    change("session:s1", &["session", "clone-instance", "s1", "a#0"]),
    change_stdin(
        "session:s1",
        &["session", "import", "--uid", "s1", "--replace", "-"],
        r#"{"tasks": {"a": {"after": ["go"]}}}"#,
    ),
    change("session:s1", &["session", "delete", "s1", "--yes"]),
    // flush refuses as a whole while any session is locked by another owner.
    change("session:s1", &["session", "flush", "--yes"]),
    // gc passes over a locked session, however idle.
    Change {
        resource: "session:s1",
        args: &["session", "gc", "--idle", "0s"],
        stdin: None,
        refused_with: 0,
        owner_exit: 0,
    },
    // Last: bob's run is for real.
    change(
        "session:s1",
        &[
            "session",
            "run",
            "s1",
            "--command",
            "cat >/dev/null; echo {}",
        ],
    ),
];

/// Comment 1 (bob's, displayed) and 2 (bob's, hidden) on node n1.
const COMMENT_CHANGES: &[Change] = &[
    change(
        "node:n1",
        &[
            "node",
            "add",
            "n1",
            "--document",
            "d",
            "--source",
            "new",
            "--update",
        ],
    ),
    change_stdin(
        "node:n1",
        &["node", "add", "--from", "-", "--update"],
        r#"{"id": "n1", "document": "d", "source": "newer"}"#,
    ),
    change(
        "node:n1",
        &["comment", "add", "--node", "n1", "--text", "hi"],
    ),
    change(
        "node:n1",
        &["comment", "add", "--parent", "1", "--text", "re"],
    ),
    change_stdin(
        "node:n1",
        &["comment", "add", "--from", "-"],
        r#"{"node": "n1", "text": "from a file"}"#,
    ),
    change("node:n1", &["comment", "delete", "1"]),
    change("node:n1", &["vote", "1", "1"]),
    change("node:n1", &["vote", "cast", "1", "-1"]),
    change("node:n1", &["moderate", "accept", "2", "--moderator"]),
    change("node:n1", &["moderate", "reject", "2", "--moderator"]),
    // It rewrites authors in every thread.
    change("node:n1", &["rename-user", "bob", "carol"]),
    // It adds to threads all over the store (and lists the orphan votes it skips: exit 5).
    Change {
        resource: "node:n1",
        args: &[
            "migrate",
            "websupport",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/websupport/websupport.db"
            ),
        ],
        stdin: None,
        refused_with: 75,
        owner_exit: 5,
    },
];

/// Changing commands no lock stops, and why.
const UNLOCKED: &[(&str, &str)] = &[
    ("lock acquire", "takes locks itself"),
    ("lock release", "takes locks itself"),
    ("lock break", "takes locks itself"),
    ("item user add", "user profiles have no lock kind"),
    ("item user rm", "user profiles have no lock kind"),
    // A migration goes on past a page another owner has locked: it skips and lists it (exit 5),
    // and a later run imports it (migrate_moin16::a_page_another_owner_has_locked_is_skipped_...).
    (
        "migrate moin16",
        "skips and lists locked pages instead of refusing",
    ),
    // Likewise past a namespace another owner has locked: the shelf is skipped whole and listed
    // (migrate_errbot::a_namespace_another_user_locked_is_skipped_whole).
    (
        "migrate errbot",
        "skips and lists locked namespaces instead of refusing",
    ),
    ("batch", "runs the commands above, each with its own check"),
    (
        "copy",
        "writes only into an empty store, which holds no lock; the source's locks are copied",
    ),
];

fn every_namespace_change_honours_other_owners_locks(env: Env) {
    env.json(&["namespace", "set", "core", "a", "1"]);
    env.json(&["namespace", "set", "other", "b", "2"]);
    check_changes(&env, NAMESPACE_CHANGES);
}

fn every_feed_change_honours_other_owners_locks(env: Env) {
    env.json(&[
        "feed", "add", "tl:1", "--actor", "1", "--verb", "1", "--object", "1", "--time", "1000",
    ]);
    env.json(&[
        "feed", "add", "tl:2", "--actor", "2", "--verb", "1", "--object", "2", "--time", "2000",
    ]);
    assert_eq!(
        env.json(&["feed", "slice", "tl:1", "--ids-only"]),
        json!([X])
    );
    check_changes(&env, FEED_CHANGES);
}

fn every_item_change_honours_other_owners_locks(env: Env) {
    let env = env.with_var("STORECTL_ACL_ENFORCE", "false");
    env.json_stdin(&["item", "put", "Page"], "one\n");
    env.json_stdin(&["item", "put", "Page"], "two\n");
    env.json_stdin(
        &["item", "put", "Page/a.png", "--kind", "attachment"],
        "png",
    );
    env.json_stdin(&["item", "put", "Other"], "other\n");
    // A moin data dir has no item-level metadata (`item meta --set` is a usage error there).
    let moin = env.vars.iter().any(|(_, v)| v.starts_with("moin16:"));
    let changes: Vec<&Change> = ITEM_CHANGES
        .iter()
        .filter(|c| !(moin && c.args[1] == "meta"))
        .collect();
    check_changes(&env, changes);
}

fn every_session_change_honours_other_owners_locks(env: Env) {
    env.json_stdin(
        &["session", "configure", "s1"],
        r#"{"a": {"after": ["go"], "run": "x"}}"#,
    );
    env.json(&["session", "fire", "s1", "go"]);
    env.json(&["session", "create-instance", "s1", "a"]);
    env.json(&["session", "fail", "s1", "a#1"]);
    check_changes(&env, SESSION_CHANGES);
}

fn every_comment_change_honours_other_owners_node_locks(env: Env) {
    env.json(&["node", "add", "n1", "--document", "d", "--source", "text"]);
    env.json(&[
        "--as", "bob", "comment", "add", "--node", "n1", "--text", "one",
    ]);
    env.json(&[
        "--as", "bob", "comment", "add", "--node", "n1", "--text", "two", "--hidden",
    ]);
    check_changes(&env, COMMENT_CHANGES);
}

/// The command path (`feed activity add`) that `args` run.
fn command_path(args: &[&str]) -> String {
    let mut cmd = storectl::cli::command();
    let mut path = Vec::new();
    for arg in args {
        match cmd.find_subcommand(arg) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cmd = sub.clone();
            }
            None => break,
        }
    }
    path.join(" ")
}

/// A command that changes data has --dry-run (or is `session run`): each one is in a table
/// above or says why no lock stops it, so a new command cannot be left out of the check.
#[test]
fn every_changing_command_is_checked_against_locks() {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        if cmd.get_arguments().any(|a| a.get_id() == "dry_run") {
            out.push(path.trim().to_string());
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
    let mut changing = vec!["session run".to_string()];
    walk(&storectl::cli::command(), "", &mut changing);
    let checked: Vec<String> = [
        NAMESPACE_CHANGES,
        FEED_CHANGES,
        ITEM_CHANGES,
        SESSION_CHANGES,
        COMMENT_CHANGES,
    ]
    .iter()
    .flat_map(|t| t.iter().map(|c| command_path(c.args)))
    .collect();
    let missing: Vec<&String> = changing
        .iter()
        .filter(|c| !checked.contains(c) && !UNLOCKED.iter().any(|(u, _)| u == c))
        .collect();
    assert!(
        missing.is_empty(),
        "changing commands neither in a lock table nor in UNLOCKED: {missing:?}"
    );
}
