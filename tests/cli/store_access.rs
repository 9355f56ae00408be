//! Who may do what to a store: missing, read-only and unreadable stores, paths that are not
//! stores, damaged stores (a lowered schema version, text that is not UTF-8), and a full disk.
//! Every refusal names the store and leaves it byte-identical.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::json;

use crate::common::{code, error_doc, parse_json, stdout, Env};

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn message(out: &std::process::Output) -> String {
    error_doc(out)["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The store of `env` at `dir/s.db`, holding ns/k = "v", written by the current user.
fn store_in(env: &Env, dir: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(env.path(dir)).unwrap();
    let store = env.path(dir).join("s.db");
    let out = env.run(&[
        "--store",
        store.to_str().unwrap(),
        "namespace",
        "set",
        "ns",
        "k",
        "\"v\"",
    ]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    store
}

fn sidecars(store: &Path) -> Vec<bool> {
    ["-wal", "-shm"]
        .iter()
        .map(|s| {
            let mut p = store.as_os_str().to_owned();
            p.push(s);
            Path::new(&p).exists()
        })
        .collect()
}

#[test]
fn reads_of_a_missing_store_are_66_naming_it_and_create_nothing() {
    let env = Env::new();
    let backup = env.path("b.db");
    for args in [
        &["namespace", "get", "ns", "k"][..],
        &["namespace", "list"],
        &["check"],
        &["stats"],
        &["backup", backup.to_str().unwrap()],
    ] {
        let out = env.run(args);
        assert_eq!(code(&out), 66, "{args:?}");
        let err = error_doc(&out);
        let msg = err["message"].as_str().unwrap();
        assert!(msg.contains(env.store.to_str().unwrap()), "{msg}");
        assert!(msg.contains("does not exist"), "{msg}");
        assert!(
            err["hint"].as_str().unwrap().contains("storectl init"),
            "{err}"
        );
        assert!(!env.store.exists(), "{args:?} created the store");
        assert!(!backup.exists());
    }
    env.json(&["init"]);
    assert!(env.store.is_file());
    let other = Env::new();
    other.json(&["namespace", "set", "ns", "k", "1"]);
    assert_eq!(other.json(&["namespace", "get", "ns", "k"]), json!(1));
}

/// The store file and its write-ahead log, byte for byte.
fn store_and_log(store: &Path) -> (Vec<u8>, Vec<u8>) {
    let [wal, _] = sidecar_paths(store);
    (
        std::fs::read(store).unwrap(),
        std::fs::read(wal).unwrap_or_default(),
    )
}

fn sidecar_paths(store: &Path) -> [std::path::PathBuf; 2] {
    ["-wal", "-shm"].map(|s| {
        let mut p = store.as_os_str().to_owned();
        p.push(s);
        p.into()
    })
}

/// Another user reads `ns`/`k` of `store`.
fn read_as_other(env: &Env, store: &Path) -> Option<std::process::Output> {
    let mut cmd = env.restricted_cmd()?;
    let s = store.to_str().unwrap();
    Some(
        cmd.args(["--store", s, "namespace", "get", "ns", "k"])
            .output()
            .unwrap(),
    )
}

/// Writes stay in the store's write-ahead log after the writer exits (it is not checkpointed
/// at every exit): a reader who may not write the directory reads them from there, or is
/// refused while it may not read the log; it never sees the store file without them.
#[test]
fn a_store_in_a_directory_you_may_not_write_reads_and_refuses_writes_with_77() {
    let env = Env::new();
    let store = store_in(&env, "ro");
    let s = store.to_str().unwrap();
    let dir = env.path("ro");
    let before = store_and_log(&store);
    assert!(!before.1.is_empty(), "the write is in the log");
    chmod(&store, 0o444);
    chmod(&dir, 0o555);
    let Some(early) = read_as_other(&env, &store) else {
        chmod(&dir, 0o755);
        return;
    };
    // The log is still the owner's, mode 0600: refused, naming it, rather than read stale.
    let msg = message(&early);
    assert_eq!(code(&early), 77, "{msg}");
    assert!(msg.contains(&format!("{s}-wal")), "{msg}");
    let hint = error_doc(&early)["hint"].as_str().unwrap().to_string();
    assert!(hint.contains("owner"), "{hint}");
    // Any command of the owner gives the log the store file's mode.
    assert_eq!(
        env.json(&["--store", s, "namespace", "get", "ns", "k"]),
        json!("v")
    );
    let read = read_as_other(&env, &store).unwrap();
    let write = env
        .restricted_cmd()
        .unwrap()
        .args(["--store", s, "namespace", "set", "ns", "k", "\"w\""])
        .output()
        .unwrap();
    assert_eq!(code(&read), 0, "{}", String::from_utf8_lossy(&read.stderr));
    assert_eq!(stdout(&read).trim(), "\"v\"");
    assert_eq!(code(&write), 77);
    let msg = message(&write);
    assert!(msg.contains(s) && msg.contains("not writable"), "{msg}");
    assert_eq!(store_and_log(&store), before);

    // Without a log (SQLite's own tools remove it when they close the store last), the store
    // is read as an immutable file, and nothing is created beside it.
    chmod(&dir, 0o755);
    chmod(&store, 0o644);
    rusqlite::Connection::open(&store)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    assert_eq!(sidecars(&store), [false, false]);
    chmod(&store, 0o444);
    chmod(&dir, 0o555);
    let read = read_as_other(&env, &store).unwrap();
    chmod(&dir, 0o755);
    assert_eq!(code(&read), 0, "{}", String::from_utf8_lossy(&read.stderr));
    assert_eq!(stdout(&read).trim(), "\"v\"");
    assert_eq!(sidecars(&store), [false, false]);
}

#[test]
fn a_store_file_you_may_not_write_reads_and_refuses_writes_with_77_naming_it() {
    let env = Env::new();
    let store = store_in(&env, "shared");
    let before = store_and_log(&store);
    chmod(&store, 0o444);
    chmod(&env.path("shared"), 0o777);
    let Some(early) = read_as_other(&env, &store) else {
        return;
    };
    assert_eq!(code(&early), 77, "{}", message(&early));
    assert!(message(&early).contains("-wal"), "{}", message(&early));
    let s = store.to_str().unwrap();
    env.json(&["--store", s, "namespace", "get", "ns", "k"]);
    let read = read_as_other(&env, &store).unwrap();
    assert_eq!(code(&read), 0, "{}", String::from_utf8_lossy(&read.stderr));
    assert_eq!(stdout(&read).trim(), "\"v\"");
    let write = env
        .restricted_cmd()
        .unwrap()
        .args(["--store", s, "namespace", "set", "ns", "k", "\"w\""])
        .output()
        .unwrap();
    assert_eq!(code(&write), 77);
    let msg = message(&write);
    assert!(msg.contains(s) && msg.contains("not writable"), "{msg}");
    assert_eq!(store_and_log(&store), before);
}

#[test]
fn an_unreadable_store_is_77_naming_it() {
    let env = Env::new();
    let store = store_in(&env, "private");
    chmod(&store, 0o000);
    let Some(mut cmd) = env.restricted_cmd() else {
        return;
    };
    let s = store.to_str().unwrap();
    let out = cmd
        .args(["--store", s, "namespace", "get", "ns", "k"])
        .output()
        .unwrap();
    chmod(&store, 0o600);
    assert_eq!(code(&out), 77);
    let msg = message(&out);
    assert!(
        msg.contains(s) && msg.contains("permission denied"),
        "{msg}"
    );
}

#[test]
fn creating_a_store_in_a_directory_you_may_not_write_is_77_naming_it() {
    let env = Env::new();
    std::fs::create_dir(env.path("locked")).unwrap();
    chmod(&env.path("locked"), 0o555);
    let Some(mut cmd) = env.restricted_cmd() else {
        chmod(&env.path("locked"), 0o755);
        return;
    };
    let store = env.path("locked/new.db");
    let s = store.to_str().unwrap();
    let out = cmd
        .args(["--store", s, "namespace", "set", "ns", "k", "1"])
        .output()
        .unwrap();
    chmod(&env.path("locked"), 0o755);
    assert_eq!(code(&out), 77);
    assert!(message(&out).contains(s), "{}", message(&out));
    assert!(!store.exists());
}

#[test]
fn a_store_path_that_is_a_device_is_66_and_backup_onto_a_directory_is_65() {
    let env = Env::new();
    let out = env.run(&["--store", "/dev/null", "namespace", "get", "ns", "k"]);
    assert_eq!(code(&out), 66);
    assert!(
        message(&out).contains("/dev/null is not a regular file"),
        "{}",
        message(&out)
    );

    env.json(&["namespace", "set", "ns", "k", "1"]);
    std::fs::create_dir(env.path("backups")).unwrap();
    let out = env.run(&["backup", env.path("backups").to_str().unwrap(), "--force"]);
    assert_eq!(code(&out), 65);
    assert!(
        message(&out).contains("is a directory"),
        "{}",
        message(&out)
    );
    assert_eq!(std::fs::read_dir(env.path("backups")).unwrap().count(), 0);
}

#[test]
fn a_lowered_schema_version_is_refused_naming_both_versions() {
    let version = storectl::engine::sqlite::SCHEMA_VERSION;
    for lowered in [0, -1, 3] {
        let env = Env::new();
        env.json(&["namespace", "set", "ns", "k", "1"]);
        rusqlite::Connection::open(&env.store)
            .unwrap()
            .execute_batch(&format!(
                "PRAGMA user_version = {lowered}; PRAGMA wal_checkpoint(TRUNCATE);"
            ))
            .unwrap();
        let before = env.store_bytes();
        for args in [
            &["namespace", "get", "ns", "k"][..],
            &["namespace", "set", "ns", "k", "2"],
        ] {
            let out = env.run(args);
            assert_eq!(code(&out), 65, "{lowered}: {args:?}");
            let msg = message(&out);
            assert!(msg.contains(&format!("schema version {lowered}")), "{msg}");
            assert!(
                msg.contains(&format!("writes {version}"))
                    || msg.contains(&format!("version {version}")),
                "{msg}"
            );
            assert!(!msg.contains("CREATE"), "SQL in the message: {msg}");
            assert!(!msg.contains('\n'), "{msg}");
        }
        assert_eq!(env.store_bytes(), before, "user_version {lowered}");
    }
}

#[test]
fn text_that_is_not_utf8_is_65_naming_its_record_and_check_reports_it() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "k", "\"v\""]);
    env.json(&["namespace", "set", "ns", "good", "1"]);
    rusqlite::Connection::open(&env.store)
        .unwrap()
        .execute_batch(
            "UPDATE namespace_entries SET value = CAST(X'22FF22' AS TEXT) WHERE key = 'k';
             PRAGMA wal_checkpoint(TRUNCATE);",
        )
        .unwrap();
    let before = env.store_bytes();
    let out = env.run(&["namespace", "get", "ns", "k"]);
    assert_eq!(code(&out), 65);
    let msg = message(&out);
    assert!(
        msg.contains("not valid UTF-8")
            && msg.contains("namespace_entries")
            && msg.contains("key=\"k\""),
        "{msg}"
    );
    let out = env.run(&["check"]);
    assert_eq!(code(&out), 65);
    let report = parse_json(&out.stdout);
    let problems = report["problems"].to_string();
    assert!(
        problems.contains("not UTF-8: table namespace_entries"),
        "{problems}"
    );
    // The other records stay readable.
    assert_eq!(env.json(&["namespace", "get", "ns", "good"]), json!(1));
    assert_eq!(env.store_bytes(), before);
}

/// Runs storectl under a file size limit (RLIMIT_FSIZE) of about 1 MiB, with SIGXFSZ ignored,
/// so a write past it fails with EFBIG like a full disk: real, unprivileged and deterministic.
fn run_limited(env: &Env, args: &[&str], stdin: Option<&[u8]>) -> std::process::Output {
    let isolated = env.std_cmd();
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("trap '' XFSZ; ulimit -f 2048 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_storectl"))
        .args(args)
        .current_dir(env.dir.path());
    for (k, v) in isolated.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    let mut cmd = assert_cmd::Command::from_std(sh);
    if let Some(bytes) = stdin {
        cmd.write_stdin(bytes.to_vec());
    }
    cmd.output().unwrap()
}

#[test]
fn a_write_past_the_disk_limit_is_74_naming_the_store_and_changes_nothing() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "k", "\"v\""]);
    let before = std::fs::read(&env.store).unwrap();
    let big = format!("\"{}\"", "x".repeat(4 << 20));
    let out = run_limited(
        &env,
        &["namespace", "set", "ns", "k", "--file", "-"],
        Some(big.as_bytes()),
    );
    assert_eq!(code(&out), 74, "{}", String::from_utf8_lossy(&out.stderr));
    let err = error_doc(&out);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains(env.store.to_str().unwrap()),
        "{err}"
    );
    assert_eq!(err["kind"], json!("io"));
    assert_eq!(std::fs::read(&env.store).unwrap(), before);
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!("v"));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

#[test]
fn a_backup_past_the_disk_limit_is_74_naming_it_and_leaves_no_file() {
    let env = Env::new();
    let big = format!("\"{}\"", "x".repeat(4 << 20));
    env.json_stdin(&["namespace", "set", "ns", "k", "--file", "-"], &big);
    std::fs::create_dir(env.path("backups")).unwrap();
    let dest = env.path("backups/b.db");
    let out = run_limited(&env, &["backup", dest.to_str().unwrap()], None);
    assert_eq!(code(&out), 74, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        message(&out).contains(dest.to_str().unwrap()),
        "{}",
        message(&out)
    );
    assert_eq!(std::fs::read_dir(env.path("backups")).unwrap().count(), 0);
}

#[test]
fn an_export_past_the_disk_limit_is_74_naming_it_and_leaves_nothing() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let big = "x".repeat(4 << 20);
    env.json_stdin(&["item", "put", "Big"], &big);
    let out_dir = env.path("export");
    let out = run_limited(&env, &["export", "moin16", out_dir.to_str().unwrap()], None);
    assert_eq!(code(&out), 74, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        message(&out).contains(out_dir.to_str().unwrap()),
        "{}",
        message(&out)
    );
    assert!(!out_dir.exists());
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("storectl-tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn output_to_a_full_disk_is_74() {
    if !Path::new("/dev/full").exists() {
        crate::common::test_skip::skip("no /dev/full on this system");
        return;
    }
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = env
        .std_cmd()
        .args(["namespace", "list"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(code(&out), 74, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        message(&out).contains("cannot write to stdout"),
        "{}",
        message(&out)
    );
}

#[test]
fn a_dry_run_on_a_missing_store_reports_and_creates_nothing() {
    let env = Env::new();
    let report = env.json(&["namespace", "set", "ns", "k", "1", "--dry-run"]);
    assert_eq!(report["added"], json!(["k"]));
    assert_eq!(report["dry_run"], json!(true));
    assert!(!env.store.exists(), "a dry run created the store");
    assert_eq!(code(&env.run(&["namespace", "get", "ns", "k"])), 66);
}
