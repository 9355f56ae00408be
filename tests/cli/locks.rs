//! Who may do what with a lock: only its owner renews or releases it; acting for another owner
//! and breaking another owner's live lock need an administrator (the ACL `admin` right for
//! `item:` locks, `[locks] administrators` for the rest). Every refusal leaves the store, or
//! the moin data dir and its sidecar lock store, byte-identical. Also: lock durations are
//! range-checked, never wrapped.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env};

macro_rules! on_both_backends {
    ($($scenario:ident),* $(,)?) => {
        mod on_sqlite {
            $( #[test] fn $scenario() { super::$scenario(crate::common::Env::new()) } )*
        }
        mod on_moin16 {
            $( #[test] fn $scenario() { super::$scenario(crate::common::moin16_env().0) } )*
        }
    };
}

on_both_backends!(
    forging_another_owner_with_owner_is_77_and_keeps_their_lock,
    breaking_another_owners_live_lock_needs_the_acl_admin_right,
    owners_release_and_break_their_own_locks_and_anyone_an_expired_one,
    acl_admins_act_for_other_owners_on_item_locks,
    lock_ttl_out_of_range_is_65_and_takes_no_lock,
);

/// Every file of the env's temp dir (the SQLite store, or the moin data dir with its sidecar
/// lock store), SQLite's shared-memory index left out: it is not data.
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
