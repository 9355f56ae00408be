//! `migrate errbot` on shelves the test makes with Python (tests/fixtures/errbot/make_shelf.py:
//! typical values pickled with protocol 2, as Errbot's Shelf storage writes them), in each dbm
//! flavour a Python here writes, and on broken ones: a corrupt pickle, an unknown flavour, a
//! truncated gdbm file, a symbolic link.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::common::{code, parse_json, stderr, stdout, test_skip, Env};

// The store-side scenarios run on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a
// server); the source-side ones (formats, faults, links) on SQLite.
on_sqlite_and_postgres!(
    every_flavour_python_writes_here_migrates_value_by_value,
    a_second_run_changes_nothing_and_says_so_and_a_dry_run_writes_nothing,
    a_corrupt_pickle_skips_its_whole_shelf_naming_the_file_and_key,
    a_namespace_another_user_locked_is_skipped_whole,
);

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errbot/make_shelf.py")
}

/// The Python that writes `flavour`, or `None` after a visible skip.
fn python_for(flavour: &str) -> Option<PathBuf> {
    let default = std::env::var_os("STORECTL_PYTHON").map_or("python3".into(), PathBuf::from);
    let candidates: Vec<PathBuf> = match flavour {
        // Debian's own Python: its _dbm is Berkeley DB.
        "ndbm" => vec!["/usr/bin/python3".into()],
        "sqlite3" => {
            let mut v: Vec<PathBuf> = std::fs::read_dir("/root/.pyenv/versions")
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("3.13"))
                .map(|e| e.path().join("bin/python3"))
                .collect();
            v.push("python3.13".into());
            v
        }
        _ => vec![default],
    };
    let module = match flavour {
        "gnu" => "ctypes; ctypes.CDLL('libgdbm.so.6')",
        "ndbm-gdbm" => "ctypes; ctypes.CDLL('libgdbm_compat.so.4')",
        "ndbm" => "dbm.ndbm",
        "sqlite3" => "dbm.sqlite3",
        _ => "dbm.dumb",
    };
    for py in &candidates {
        let ok = Command::new(py)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(py.clone());
        }
    }
    test_skip::skip(&format!(
        "no Python here writes {flavour} shelves (tried {candidates:?}: `import {module}`)"
    ));
    None
}

/// Writes shelf `dir/NS.db` in `flavour`; returns what storectl must store for each key.
fn make_shelf(python: &Path, flavour: &str, dir: &Path, ns: &str) -> Value {
    let out = Command::new(python)
        .arg(script())
        .arg(flavour)
        .arg(dir.join(format!("{ns}.db")))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_json(&out.stdout)
}

fn run_python(python: &Path, code_text: &str) {
    let out = Command::new(python)
        .args(["-c", code_text])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn migrate(env: &Env, dir: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["migrate", "errbot", dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    let c = code(&out);
    assert!(c == 0 || c == 5, "exit {c}: {}", stderr(&out));
    (c, parse_json(&out.stdout))
}

fn opaque(base64: &str) -> Value {
    use base64::Engine;
    let n = base64::engine::general_purpose::STANDARD
        .decode(base64)
        .unwrap()
        .len();
    json!({"$opaque": {"type": "python-pickle", "bytes": n, "base64": base64}})
}

/// Every key of `ns` as storectl stores it equals what the script says the plugin would store.
fn assert_namespace_is(env: &Env, ns: &str, expected: &Value) {
    let dumped = env.json(&["namespace", "dump", ns]);
    let map = expected.as_object().unwrap();
    assert_eq!(
        dumped.as_object().unwrap().len(),
        map.len(),
        "{ns}: {dumped}"
    );
    for (key, want) in map {
        let want = match (want.get("json"), want.get("opaque")) {
            (Some(v), _) => v.clone(),
            (_, Some(b)) => opaque(b.as_str().unwrap()),
            _ => unreachable!(),
        };
        let got = env.json(&["namespace", "get", ns, key]);
        assert_eq!(got, want, "{ns}/{key}");
    }
}

fn every_flavour_python_writes_here_migrates_value_by_value(env: Env) {
    let dir = tempfile::tempdir().unwrap();
    let mut expected = Vec::new();
    for flavour in ["dumb", "gnu", "ndbm", "ndbm-gdbm", "sqlite3"] {
        let Some(py) = python_for(flavour) else {
            continue;
        };
        let ns = format!("plugin_{}", flavour.replace('-', "_"));
        expected.push((ns.clone(), make_shelf(&py, flavour, dir.path(), &ns)));
    }
    let (c, report) = migrate(&env, dir.path(), &[]);
    assert_eq!(c, 0, "{report}");
    assert_eq!(report["skipped"], json!([]));
    // One flavour per shelf: each reader ran.
    let flavours: std::collections::BTreeSet<&str> = report["namespaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["flavour"].as_str().unwrap())
        .collect();
    assert_eq!(flavours.len(), expected.len(), "{report}");
    for (ns, want) in &expected {
        assert_namespace_is(&env, ns, want);
        let r = report["namespaces"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["namespace"] == json!(ns))
            .unwrap();
        let opaque_keys = want
            .as_object()
            .unwrap()
            .values()
            .filter(|v| v.get("opaque").is_some())
            .count();
        assert_eq!(r["opaque"], json!(opaque_keys), "{ns}");
        assert_eq!(r["added"], r["keys"], "{ns}");
    }
    // The big int is exact, and a tuple is a pickle, not a list.
    if let Some((ns, _)) = expected.first() {
        let got = env.run(&["namespace", "get", ns, "big_int"]);
        assert_eq!(stdout(&got).trim(), "1000000000000000000000000000000");
    }
}

fn a_second_run_changes_nothing_and_says_so_and_a_dry_run_writes_nothing(env: Env) {
    let Some(py) = python_for("dumb") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    make_shelf(&py, "dumb", dir.path(), "core");
    env.run(&["namespace", "set", "other", "k", "1"]);
    let before = env.store_bytes();
    let (c, dry) = migrate(&env, dir.path(), &["--dry-run"]);
    assert_eq!(c, 0);
    assert_eq!(dry["dry_run"], json!(true));
    assert_eq!(dry["totals"]["added"], dry["totals"]["keys"]);
    assert_eq!(env.store_bytes(), before, "a dry run wrote to the store");

    let (_, first) = migrate(&env, dir.path(), &[]);
    assert_eq!(first["totals"]["added"], first["totals"]["keys"]);
    let after_first = env.store_bytes();
    let (c, second) = migrate(&env, dir.path(), &[]);
    assert_eq!(c, 0);
    assert_eq!(second["totals"]["added"], json!(0));
    assert_eq!(second["totals"]["changed"], json!(0));
    assert_eq!(second["totals"]["unchanged"], first["totals"]["keys"]);
    assert_eq!(
        env.store_bytes(),
        after_first,
        "a second run changed the store"
    );
    let text = env.run(&[
        "--format",
        "table",
        "migrate",
        "errbot",
        dir.path().to_str().unwrap(),
    ]);
    assert!(
        stdout(&text).contains("nothing changed (already migrated)"),
        "{}",
        stdout(&text)
    );
}

fn a_corrupt_pickle_skips_its_whole_shelf_naming_the_file_and_key(env: Env) {
    let Some(py) = python_for("dumb") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    make_shelf(&py, "dumb", dir.path(), "good");
    // Two keys; the second one's pickle gets an opcode Python does not know.
    let bad = dir.path().join("broken.db");
    run_python(
        &py,
        &format!(
            "import shelve, dbm.dumb\n\
             s = shelve.Shelf(dbm.dumb.open({p:?}, 'c'), protocol=2)\n\
             s['fine'] = 1; s['bad'] = 'x' * 20; s.close()\n\
             for line in open({p:?} + '.dir', encoding='latin-1'):\n\
             \x20   if line.startswith(\"'bad'\"):\n\
             \x20       pos = int(line.split('(')[1].split(',')[0])\n\
             f = open({p:?} + '.dat', 'r+b'); f.seek(pos + 2); f.write(b'\\xff'); f.close()\n",
            p = bad.to_str().unwrap()
        ),
    );
    let (c, report) = migrate(&env, dir.path(), &[]);
    assert_eq!(c, 5, "{report}");
    assert_eq!(
        report["skipped"],
        json!([{"file": "broken.db.dir", "key": "bad",
                "message": "a pickle Python cannot load: unknown opcode 0xff (at byte 2)"}])
    );
    let names: Vec<Value> = env.json(&["namespace", "list"]).as_array().unwrap().clone();
    assert!(
        names.iter().all(|n| n["namespace"] != json!("broken")),
        "half a namespace was written: {names:?}"
    );
    assert_eq!(report["totals"]["namespaces"], json!(1));
}

fn a_namespace_another_user_locked_is_skipped_whole(env: Env) {
    let Some(py) = python_for("dumb") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    make_shelf(&py, "dumb", dir.path(), "core");
    make_shelf(&py, "dumb", dir.path(), "Keeper");
    env.json(&[
        "--as",
        "bob",
        "lock",
        "acquire",
        "namespace:Keeper",
        "--ttl",
        "1h",
    ]);
    let before = env.json(&["namespace", "list"]);
    let out = env.run(&[
        "--as",
        "alice",
        "migrate",
        "errbot",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    let report = parse_json(&out.stdout);
    let skipped = report["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{report}");
    assert_eq!(skipped[0]["file"], json!("Keeper.db.dir"));
    assert!(
        skipped[0]["message"].as_str().unwrap().contains("locked"),
        "{report}"
    );
    assert_eq!(report["totals"]["namespaces"], json!(1));
    let listed = env.json(&["namespace", "list"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["namespace"] != json!("Keeper")),
        "{listed} (before: {before})"
    );
}

#[test]
fn unknown_flavours_and_truncated_files_are_skipped_and_the_rest_migrated() {
    let Some(py) = python_for("dumb") else {
        return;
    };
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    make_shelf(&py, "dumb", dir.path(), "core");
    std::fs::write(dir.path().join("mystery.db"), b"not a dbm file at all").unwrap();
    if let Some(gnu) = python_for("gnu") {
        make_shelf(&gnu, "gnu", dir.path(), "cut");
        let path = dir.path().join("cut.db");
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();
    }
    let (c, report) = migrate(&env, dir.path(), &[]);
    assert_eq!(c, 5, "{report}");
    let skipped = report["skipped"].as_array().unwrap();
    let mystery = skipped.iter().find(|s| s["file"] == json!("mystery.db"));
    assert!(
        mystery.unwrap()["message"]
            .as_str()
            .unwrap()
            .contains("unknown flavour"),
        "{report}"
    );
    if dir.path().join("cut.db").exists() {
        let cut = skipped.iter().find(|s| s["file"] == json!("cut.db"));
        assert!(cut.is_some(), "{report}");
    }
    assert_eq!(report["totals"]["namespaces"], json!(1));
    let out = env.run(&[
        "--format",
        "table",
        "migrate",
        "errbot",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 5);
    assert!(stdout(&out).contains("skipped mystery.db: not a dbm file"));
    assert!(
        stderr(&out).contains("not migrated; the report lists them"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_the_data_dir_are_never_followed() {
    let Some(py) = python_for("dumb") else {
        return;
    };
    let env = Env::new();
    env.run(&["namespace", "set", "mine", "k", "1"]);
    let outside = tempfile::tempdir().unwrap();
    make_shelf(&py, "dumb", outside.path(), "secret");
    let dir = tempfile::tempdir().unwrap();
    for suffix in ["dir", "dat"] {
        std::os::unix::fs::symlink(
            outside.path().join(format!("secret.db.{suffix}")),
            dir.path().join(format!("secret.db.{suffix}")),
        )
        .unwrap();
    }
    // Errbot 3's place, as a link to a directory of shelves.
    std::os::unix::fs::symlink(outside.path(), dir.path().join("plugins")).unwrap();
    let (c, report) = migrate(&env, dir.path(), &[]);
    assert_eq!(c, 5, "{report}");
    let files: Vec<&str> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    for f in ["secret.db.dir", "secret.db.dat", "plugins"] {
        assert!(files.contains(&f), "{f} not listed: {report}");
    }
    assert_eq!(report["totals"]["namespaces"], json!(0));
    let listed = env.json(&["namespace", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
}

#[test]
fn a_missing_data_dir_is_refused() {
    let env = Env::new();
    let out = env.run(&["migrate", "errbot", "/nonexistent/bot-data"]);
    assert_eq!(code(&out), 66, "{}", stderr(&out));
    assert!(stderr(&out).contains("BOT_DATA_DIR"));
}

/// A dbm.dumb shelf holding pickle.dumps('hello', 2) under key `k`, written without Python.
fn hello_shelf(dir: &Path, ns: &str) {
    std::fs::write(dir.join(format!("{ns}.db.dir")), "'k', (0, 15)\n").unwrap();
    std::fs::write(
        dir.join(format!("{ns}.db.dat")),
        b"\x80\x02X\x05\x00\x00\x00helloq\x00.",
    )
    .unwrap();
}

#[test]
fn a_store_that_holds_no_namespaces_stops_the_run_with_its_own_error() {
    let (env, _data) = crate::common::moin16_env();
    let dir = tempfile::tempdir().unwrap();
    hello_shelf(dir.path(), "core");
    let out = env.run(&["migrate", "errbot", dir.path().to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let message = crate::common::error_doc(&out)["message"].clone();
    let message = message.as_str().unwrap();
    assert!(
        message.starts_with("migrating core.db.dir into namespace \"core\" failed"),
        "{message}"
    );
    assert!(message.contains("not namespaces"), "{message}");
}

#[test]
fn errbot_3_shelves_in_plugins_are_read_unless_the_top_level_has_the_namespace() {
    let Some(py) = python_for("gnu") else {
        return;
    };
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let plugins = dir.path().join("plugins");
    std::fs::create_dir(&plugins).unwrap();
    // A plugin repository beside them, as Errbot keeps in plugins/.
    std::fs::create_dir(plugins.join("err-example")).unwrap();
    let old = make_shelf(&py, "gnu", &plugins, "Old");
    make_shelf(&py, "gnu", &plugins, "core");
    hello_shelf(dir.path(), "core");
    let (c, report) = migrate(&env, dir.path(), &[]);
    assert_eq!(c, 0, "{report}");
    let files: Vec<(&str, &str)> = report["namespaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["namespace"].as_str().unwrap(),
                n["file"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        files,
        vec![("Old", "plugins/Old.db"), ("core", "core.db.dir")]
    );
    assert_eq!(report["notes"][0]["file"], json!("plugins/core.db"));
    assert_namespace_is(&env, "Old", &old);
    assert_eq!(
        env.json(&["namespace", "dump", "core"]),
        json!({"k": "hello"})
    );
}
