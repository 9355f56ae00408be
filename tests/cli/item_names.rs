//! Names and metadata users may not choose: `.` and `..` as name parts, and the metadata keys
//! storectl fills itself (edit-log attribution, what migrations keep). Refusals are exit 65,
//! name the name or key, and leave the store byte-identical, on both backends.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::common::{code, error_doc, moin16_env, stderr, Env};

/// Every file under a directory with its bytes, SQLite's shared-memory index (the sidecar
/// lock store's `-shm`, which every process opening it rebuilds) left out: it is not data.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.insert(p.clone(), Vec::new());
                stack.push(p);
            } else if !p.to_string_lossy().ends_with("-shm") {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// What a refused command may not change, as bytes.
type Snapshot = Box<dyn Fn(&Env) -> Vec<u8>>;

/// The sqlite store and a moin16 store, each with its snapshot.
fn both_backends() -> Vec<(Env, Snapshot)> {
    let sqlite = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let (moin, data) = moin16_env();
    let moin = moin.with_var("STORECTL_ACL_ENFORCE", "false");
    vec![
        (sqlite, Box::new(|env: &Env| env.store_bytes())),
        (
            moin,
            Box::new(move |_: &Env| format!("{:?}", tree(&data)).into_bytes()),
        ),
    ]
}

/// Runs a command that must be refused with 65 naming `what`, changing nothing.
fn refused(env: &Env, snapshot: &dyn Fn(&Env) -> Vec<u8>, args: &[&str], what: &str) {
    let before = snapshot(env);
    let out = env.run_stdin(args, "text\n");
    assert_eq!(code(&out), 65, "{args:?}: {}", stderr(&out));
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(message.contains(what), "{args:?}: {message}");
    assert!(before == snapshot(env), "{args:?} changed the store");
}

#[test]
fn dot_and_dotdot_name_parts_are_bad_input_for_every_command_that_makes_a_name() {
    for (env, snapshot) in both_backends() {
        env.json_stdin(&["item", "put", "Page"], "text\n");
        env.json_stdin(&["item", "put", "Page/a.txt", "--kind", "attachment"], "x");
        for name in [
            "Page/..", "Page/.", "..", ".", "../Page", "Page/./x", "A/../B",
        ] {
            refused(
                &env,
                &*snapshot,
                &["item", "put", name],
                &format!("{name:?}"),
            );
            refused(
                &env,
                &*snapshot,
                &["item", "put", name, "--kind", "attachment"],
                &format!("{name:?}"),
            );
            refused(
                &env,
                &*snapshot,
                &["item", "rename", "Page", name],
                &format!("{name:?}"),
            );
            refused(
                &env,
                &*snapshot,
                &["item", "rename", "Page/a.txt", name],
                &format!("{name:?}"),
            );
            refused(
                &env,
                &*snapshot,
                &["item", "copy", "Page", name],
                &format!("{name:?}"),
            );
        }
        // Names that merely contain dots stay fine.
        env.json_stdin(&["item", "put", "Page/..x", "--kind", "attachment"], "x");
        env.json_stdin(
            &["item", "put", "Page/.hidden", "--kind", "attachment"],
            "x",
        );
        env.json_stdin(&["item", "put", "..."], "x\n");
    }
}

#[test]
fn reserved_metadata_keys_are_refused_by_put_and_meta() {
    for (env, snapshot) in both_backends() {
        let env = env.with_var("STORECTL_USER", "bob");
        env.json_stdin(&["item", "put", "P"], "text\n");
        // Forged attribution and engine fields.
        for key in [
            "userid",
            "name",
            "revision",
            "addr",
            "hostname",
            "comment",
            "extra",
            "action",
            "mtime",
            "size",
            "mimetype",
            "acl",
            "deleted",
            "moin_source",
            "moin_page",
        ] {
            refused(
                &env,
                &*snapshot,
                &["item", "put", "P", "--meta", &format!("{key}=alice")],
                &format!("{key:?}"),
            );
        }
        // The one revision is bob's (a moin data dir logs a name without a profile as moin
        // logs an override name: in the hostname field).
        let history = env.json(&["item", "history", "P"]);
        assert_eq!(history.as_array().unwrap().len(), 1);
        assert!(
            history[0]["userid"] == json!("bob") || history[0]["hostname"] == json!("bob"),
            "{history}"
        );
    }
    // Item-level metadata (sqlite; a moin data dir has none): what migrations keep.
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    env.json_stdin(&["item", "put", "MalloryPage"], "text\n");
    let snapshot = |env: &Env| env.store_bytes();
    for args in [
        ["item", "meta", "MalloryPage", "--set", "moin_dir=/tmp/x"],
        ["item", "meta", "MalloryPage", "--set", "moin_dir=../../x"],
        ["item", "meta", "MalloryPage", "--set", "moin_log=x"],
        ["item", "meta", "MalloryPage", "--unset", "moin_log"],
        ["item", "meta", "MalloryPage", "--set", "userid=alice"],
    ] {
        let key = args[4].split('=').next().unwrap();
        refused(&env, &snapshot, &args, &format!("{key:?}"));
    }
    // Other keys are the user's.
    assert_eq!(
        env.json(&["item", "meta", "MalloryPage", "--set", "owner=ops"]),
        json!({"owner": "ops"})
    );
}

#[test]
fn a_bad_name_left_by_an_older_storectl_is_never_copied_or_moved_and_takes_no_metadata() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    env.json_stdin(&["item", "put", "Page"], "text\n");
    env.json_stdin(&["item", "put", "Page/x", "--kind", "attachment"], "x");
    {
        let db = rusqlite::Connection::open(&env.store).unwrap();
        db.execute(
            "UPDATE items SET name = 'Page/..' WHERE name = 'Page/x'",
            [],
        )
        .unwrap();
    }
    let snapshot = |env: &Env| env.store_bytes();
    refused(
        &env,
        &snapshot,
        &["item", "rename", "Page", "New"],
        "New/..",
    );
    refused(&env, &snapshot, &["item", "copy", "Page", "Dst"], "Dst/..");
    refused(
        &env,
        &snapshot,
        &["item", "meta", "Page/..", "--set", "x=1"],
        "Page/..",
    );
    // It can still be read and removed.
    env.json(&["item", "show", "Page/..", "--meta-only"]);
    env.json(&["item", "destroy", "Page/..", "--yes"]);
    env.json(&["item", "rename", "Page", "New"]);
}
