//! The live `moin16:` backend: the bytes it writes are moin's, a failed or dry-run command
//! leaves the data dir as it was, moin's own save lock is honoured, and reading a real wiki
//! live gives the items `migrate moin16` imports. (The conformance scenarios run on both
//! backends in `items.rs`; moin 1.9.11 reading what it wrote is in `moin_reads_export.rs`.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{self, code, error_doc, moin16_env, stderr, Env, MOIN16_CORPORA};

/// A new, empty moin data dir as the store, ACLs off; the data dir.
fn live_env() -> (Env, PathBuf) {
    let (env, data) = moin16_env();
    (env.with_var("STORECTL_ACL_ENFORCE", "false"), data)
}

/// Every file under `dir` with its bytes (the sidecar lock store left out).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if rel.starts_with("storectl-locks.db") {
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
    walk(dir, dir, &mut out);
    out
}

fn ok(env: &Env, args: &[&str], stdin: &str) -> Value {
    let out = env.run_stdin(args, stdin);
    assert_eq!(code(&out), 0, "storectl {args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

fn text(path: PathBuf) -> String {
    String::from_utf8(std::fs::read(&path).unwrap()).unwrap()
}

/// Field 1 (the time) of each line, blanked: the rest of a line is fully determined.
fn without_times(log: &str) -> Vec<String> {
    log.lines()
        .map(|l| {
            let (_, rest) = l.split_once('\t').unwrap();
            format!("T\t{rest}")
        })
        .collect()
}

#[test]
fn writes_are_the_bytes_moin_writes() {
    let (env, data) = live_env();
    ok(&env, &["item", "user", "add", "Alice"], "");
    let alice_id = std::fs::read_dir(data.join("user"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name()
        .into_string()
        .unwrap();
    let profile = text(data.join("user").join(&alice_id));
    assert!(profile.contains("\nname=Alice\n"), "{profile}");

    ok(
        &env,
        &[
            "--as",
            "Alice",
            "item",
            "put",
            "Front Page",
            "-",
            "--comment",
            "new\tpage",
        ],
        "= Title =\nline\n",
    );
    ok(
        &env,
        &["--as", "bob", "item", "put", "Front Page", "-"],
        "= Title =\nline two\n",
    );
    ok(
        &env,
        &["item", "delete", "Front Page", "--comment", "spam"],
        "",
    );
    let page = data.join("pages/Front(20)Page");
    assert_eq!(
        std::fs::read(page.join("revisions/00000001")).unwrap(),
        b"= Title =\r\nline\r\n",
        "CRLF, as encodeTextMimeType"
    );
    assert!(page.join("revisions/00000002").exists());
    assert!(
        !page.join("revisions/00000003").exists(),
        "a delete writes no file"
    );
    assert_eq!(text(page.join("current")), "00000003\n");
    assert_eq!(
        without_times(&text(page.join("edit-log"))),
        vec![
            format!("T\t00000001\tSAVENEW\tFront(20)Page\t\t\t{alice_id}\t\tnew page"),
            // A name without a profile is logged as moin logs an override name.
            "T\t00000002\tSAVE\tFront(20)Page\t\tbob\t\t\t".to_string(),
            "T\t00000003\tSAVE\tFront(20)Page\t\t\t\t\tspam".to_string(),
        ]
    );
    // The global log has the same lines, in the same order.
    assert_eq!(text(data.join("edit-log")), text(page.join("edit-log")));
    // A save is logged at its revision file's time, as moin does.
    let first_time: i64 = text(page.join("edit-log"))
        .split('\t')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mtime = std::fs::metadata(page.join("revisions/00000001"))
        .unwrap()
        .modified()
        .unwrap()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros() as i64;
    assert_eq!(first_time, mtime);

    // Attachments: a file, an overwrite logged as ATTDEL + ATTNEW, a url-quoted name.
    ok(
        &env,
        &[
            "item",
            "put",
            "Front Page/a b.txt",
            "-",
            "--kind",
            "attachment",
        ],
        "one",
    );
    let overwritten = ok(&env, &["item", "put", "Front Page/a b.txt", "-"], "two");
    assert_eq!(overwritten["revision"], json!(3));
    assert_eq!(text(page.join("attachments/a b.txt")), "two");
    let lines = without_times(&text(page.join("edit-log")));
    assert_eq!(
        lines[3..],
        [
            "T\t99999999\tATTNEW\tFront(20)Page\t\t\t\ta%20b.txt\t",
            "T\t99999999\tATTDEL\tFront(20)Page\t\t\t\ta%20b.txt\t",
            "T\t99999999\tATTNEW\tFront(20)Page\t\t\t\ta%20b.txt\t",
        ]
    );
    let out = env.run_stdin(
        &[
            "item",
            "put",
            "Front Page/bad:name",
            "-",
            "--kind",
            "attachment",
        ],
        "x",
    );
    assert_eq!(code(&out), 65, "moin does not allow ':' in file names");

    // Rename moves the directory; the new revision is SAVE/RENAME with the old name.
    ok(&env, &["item", "put", "Front Page", "-"], "revived\n");
    ok(&env, &["item", "rename", "Front Page", "Home"], "");
    assert!(!page.exists());
    let home = data.join("pages/Home");
    assert_eq!(text(home.join("current")), "00000005\n");
    assert_eq!(text(home.join("attachments/a b.txt")), "two");
    let last = text(home.join("edit-log"))
        .lines()
        .last()
        .unwrap()
        .to_string();
    assert!(
        last.ends_with("\t00000005\tSAVE/RENAME\tHome\t\t\t\tFront Page\t"),
        "{last}"
    );
    ok(&env, &["item", "revert", "Home", "--to", "1"], "");
    assert_eq!(
        std::fs::read(home.join("revisions/00000006")).unwrap(),
        b"= Title =\r\nline\r\n"
    );
    // Reading gives the text as moin reads it (CR removed).
    assert_eq!(
        env.run(&["item", "show", "Home", "--raw"]).stdout,
        b"= Title =\nline\n"
    );
    // Nothing is left behind: no lock files, no temp files, no trash.
    let leftovers: Vec<String> = tree(&data)
        .into_keys()
        .filter(|p| {
            p.contains("current-locked") || p.contains("storectl-trash") || p.ends_with(".tmp")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

#[test]
fn a_failed_or_dry_run_write_leaves_the_data_dir_byte_identical() {
    let (env, data) = live_env();
    ok(&env, &["item", "put", "P", "-"], "one\n");
    ok(
        &env,
        &["item", "put", "P/f.txt", "-", "--kind", "attachment"],
        "att",
    );
    ok(&env, &["item", "put", "Q", "-"], "q\n");
    let before = tree(&data);
    let attempts: Vec<(Vec<&str>, &str, i32)> = vec![
        (vec!["item", "put", "P", "-", "--dry-run"], "two\n", 0),
        (vec!["item", "put", "New", "-", "--dry-run"], "new\n", 0),
        (
            vec!["item", "put", "P", "-", "--rev-expected", "7"],
            "two\n",
            4,
        ),
        (vec!["item", "put", "P/f.txt", "-", "--dry-run"], "other", 0),
        (
            vec![
                "item",
                "put",
                "P/g.txt",
                "-",
                "--kind",
                "attachment",
                "--dry-run",
            ],
            "g",
            0,
        ),
        (vec!["item", "delete", "P", "--dry-run"], "", 0),
        (vec!["item", "delete", "P/f.txt", "--dry-run"], "", 0),
        (vec!["item", "rename", "P", "R", "--dry-run"], "", 0),
        (vec!["item", "rename", "P", "Q"], "", 4),
        (vec!["item", "revert", "P", "--to", "1", "--dry-run"], "", 0),
        (vec!["item", "copy", "P", "C", "--dry-run"], "", 0),
        (vec!["item", "destroy", "P", "--yes", "--dry-run"], "", 0),
        (vec!["item", "user", "add", "Zed", "--dry-run"], "", 0),
    ];
    for (args, stdin, want) in attempts {
        let out = env.run_stdin(&args, stdin);
        assert_eq!(code(&out), want, "{args:?}: {}", stderr(&out));
        assert_eq!(tree(&data), before, "{args:?} changed the data dir");
    }
    // With ACLs on, a denied write is refused before anything is written.
    let out = env
        .cmd()
        .args(["--as", "mallory", "item", "put", "P", "-"])
        .env("STORECTL_ACL_ENFORCE", "true")
        .write_stdin("defaced\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 77);
    assert_eq!(tree(&data), before);
}

#[test]
fn a_page_moin_is_saving_is_waited_for_then_reported_busy() {
    let (env, data) = live_env();
    ok(&env, &["item", "put", "P", "-"], "one\n");
    let page = data.join("pages/P");
    // moin's save lock: `current` renamed to `current-locked` while it saves.
    std::fs::rename(page.join("current"), page.join("current-locked")).unwrap();
    let out = env
        .cmd()
        .args(["item", "put", "P", "-"])
        .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "300")
        .write_stdin("two\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 75, "{}", stderr(&out));
    let err = error_doc(&out);
    assert!(
        err["message"].as_str().unwrap().contains("current-locked"),
        "{err}"
    );
    assert!(!page.join("revisions/00000002").exists());
    // When the save ends within the timeout, storectl goes on after it, as moin's own loop.
    let releaser = {
        let page = page.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(400));
            std::fs::rename(page.join("current-locked"), page.join("current")).unwrap();
        })
    };
    let saved = ok(&env, &["item", "put", "P", "-"], "two\n");
    releaser.join().unwrap();
    assert_eq!(saved["revision"], json!(2));
    assert_eq!(text(page.join("current")), "00000002\n");
}

#[test]
fn what_the_backend_refuses() {
    let (env, data) = live_env();
    // Only items (and their locks) live in a data dir.
    let out = env.run(&["namespace", "set", "ns", "k", "1"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("moin16 backend stores items"));
    assert_eq!(code(&env.run(&["backup", "x.db"])), 2);
    let nothing = env.path("nothing");
    let out = env
        .cmd()
        .args([
            "--store",
            &format!("moin16:{}", nothing.display()),
            "item",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 66);
    let Some(corpus) = common::test_skip::corpus() else {
        return;
    };
    let corpus = corpus.join("moin16");
    let out = env.run(&[
        "migrate",
        "moin16",
        corpus.join("mathrho__moinWiki").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 2, "migrating into a data dir: {}", stderr(&out));
    assert!(tree(&data).keys().all(|k| !k.starts_with("pages/Home")));
    // moin 1.5 data is refused as by `migrate moin16`.
    let zookeepr = corpus.join("zookeepr__zookeepr");
    let out = env
        .cmd()
        .args([
            "--store",
            &format!("moin16:{}", zookeepr.display()),
            "item",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 65, "{}", stderr(&out));
}

/// Every real 1.6–1.9 corpus read live gives the items `migrate moin16` imports: names, kinds,
/// current revisions, deletion, and the current text.
#[test]
fn reading_a_wiki_live_gives_what_migrate_imports() {
    let Some(corpus) = common::test_skip::corpus() else {
        return;
    };
    let root = corpus.join("moin16");
    for corpus in MOIN16_CORPORA {
        let data = root.join(corpus).join("data");
        let migrated = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        let out = migrated.run(&["migrate", "moin16", data.to_str().unwrap(), "--users"]);
        assert!(matches!(code(&out), 0 | 5), "{corpus}: {}", stderr(&out));
        let live = Env::new()
            .with_var("STORECTL_ACL_ENFORCE", "false")
            .with_var("STORECTL_STORE", &format!("moin16:{}", data.display()));
        let summary = |env: &Env| -> Vec<(String, String, u64, bool)> {
            env.json(&["item", "list", "--include-deleted"])
                .as_array()
                .unwrap()
                .iter()
                .map(|i| {
                    (
                        i["name"].as_str().unwrap().to_string(),
                        i["kind"].as_str().unwrap().to_string(),
                        i["revision"].as_u64().unwrap(),
                        i["deleted"].as_bool().unwrap(),
                    )
                })
                .collect()
        };
        let ours = summary(&live);
        let theirs = summary(&migrated);
        // Attachments without history: migrate imports the file as revision 1; live, every
        // ATT line is a revision. Pages must agree exactly.
        let pages = |v: &[(String, String, u64, bool)]| -> Vec<(String, u64, bool)> {
            v.iter()
                .filter(|i| i.1 == "page")
                .map(|i| (i.0.clone(), i.2, i.3))
                .collect()
        };
        assert_eq!(pages(&ours), pages(&theirs), "{corpus}: pages");
        let names = |v: &[(String, String, u64, bool)]| -> Vec<String> {
            v.iter()
                .filter(|i| i.1 == "attachment" && !i.3)
                .map(|i| i.0.clone())
                .collect()
        };
        assert_eq!(names(&ours), names(&theirs), "{corpus}: attachments");
        for (name, _, _, deleted) in ours.iter().filter(|i| i.1 == "page").take(40) {
            if *deleted {
                continue;
            }
            let live_text = live.run(&["item", "show", name, "--raw"]).stdout;
            let mut migrated_text = migrated.run(&["item", "show", name, "--raw"]).stdout;
            if std::str::from_utf8(&migrated_text).is_ok() {
                migrated_text.retain(|b| *b != b'\r');
            }
            assert_eq!(live_text, migrated_text, "{corpus}: {name:?}");
        }
        let user_names = |env: &Env| -> Vec<Value> {
            env.json(&["item", "users"])
                .as_array()
                .unwrap()
                .iter()
                .map(|u| u["name"].clone())
                .collect()
        };
        assert_eq!(user_names(&live), user_names(&migrated), "{corpus}: users");
    }
}

/// A storectl killed in the middle of a command (SIGABRT at a fail point: no cleanup, as with
/// SIGKILL) leaves a journal; the next command finishes its work when it had reached its commit
/// and takes it back otherwise, so the data dir is as after a whole command or as before it.
#[test]
fn a_storectl_killed_mid_command_is_completed_or_undone_by_the_next_one() {
    let cases: [(&[&str], &str, bool); 4] = [
        (&["item", "put", "P", "-"], "moin16-revision-written", false),
        (&["item", "put", "P", "-"], "moin16-commit-recorded", true),
        (
            &["item", "rename", "P", "Q"],
            "moin16-revision-written",
            false,
        ),
        (
            &["item", "put", "P/f.txt", "-"],
            "moin16-commit-recorded",
            true,
        ),
    ];
    for (args, point, completed) in cases {
        let label = format!("{args:?} killed at {point}");
        let (env, data) = live_env();
        ok(&env, &["item", "put", "P", "-"], "one\n");
        ok(
            &env,
            &["item", "put", "P/f.txt", "-", "--kind", "attachment"],
            "a",
        );
        let before = tree(&data);
        // What the command gives when nothing goes wrong, in a twin data dir.
        let (twin, twin_data) = live_env();
        ok(&twin, &["item", "put", "P", "-"], "one\n");
        ok(
            &twin,
            &["item", "put", "P/f.txt", "-", "--kind", "attachment"],
            "a",
        );
        ok(&twin, args, "two\n");

        let out = env
            .cmd()
            .args(args)
            .env("STORECTL_FAILPOINT", point)
            .write_stdin("two\n")
            .output()
            .unwrap();
        assert!(out.status.code().is_none(), "{label}: not killed: {out:?}");
        assert!(
            data.join("storectl-journal").exists(),
            "{label}: no journal"
        );

        // The next command, even a reader, recovers first and says so.
        let out = env.run(&["item", "list", "--include-deleted"]);
        assert_eq!(code(&out), 0, "{label}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("died in a transaction"),
            "{label}: {}",
            stderr(&out)
        );
        assert!(!data.join("storectl-journal").exists(), "{label}");
        assert_eq!(env.json(&["check"])["ok"], json!(true), "{label}");
        let shape = |t: BTreeMap<String, Vec<u8>>| -> BTreeMap<String, usize> {
            // Log lines carry times; everything else must be equal byte for byte.
            t.into_iter()
                .map(|(k, v)| {
                    let n = if k.ends_with("edit-log") {
                        v.iter().filter(|b| **b == b'\n').count()
                    } else {
                        v.len()
                    };
                    (k, n)
                })
                .collect()
        };
        if completed {
            assert_eq!(shape(tree(&data)), shape(tree(&twin_data)), "{label}");
            let revision_files = |d: &Path| {
                tree(d)
                    .into_iter()
                    .filter(|(k, _)| k.contains("/revisions/0") || k.contains("/attachments/"))
                    .collect::<Vec<_>>()
            };
            assert_eq!(revision_files(&data), revision_files(&twin_data), "{label}");
        } else {
            assert_eq!(tree(&data), before, "{label}: not taken back");
            // Run again, it gives what an uninterrupted run gives.
            ok(&env, args, "two\n");
            assert_eq!(
                shape(tree(&data)),
                shape(tree(&twin_data)),
                "{label}: rerun"
            );
        }
    }
}

/// Every path under `dir` (and `dir` itself) with its bytes, mode and mtime in nanoseconds.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, u32, i128)> {
    use std::os::unix::fs::MetadataExt;
    fn walk(root: &Path, path: &Path, out: &mut BTreeMap<String, (Vec<u8>, u32, i128)>) {
        let m = std::fs::symlink_metadata(path).unwrap();
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mtime = m.mtime() as i128 * 1_000_000_000 + m.mtime_nsec() as i128;
        let bytes = if m.is_file() {
            std::fs::read(path).unwrap()
        } else {
            Vec::new()
        };
        out.insert(rel, (bytes, m.mode(), mtime));
        if m.is_dir() {
            for e in std::fs::read_dir(path).unwrap() {
                walk(root, &e.unwrap().path(), out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The paths whose bytes, mode or mtime differ (or that exist in one only).
fn changed(
    a: &BTreeMap<String, (Vec<u8>, u32, i128)>,
    b: &BTreeMap<String, (Vec<u8>, u32, i128)>,
) -> Vec<String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| format!("{k:?}"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_dry_run_leaves_every_byte_mode_and_mtime_as_it_was() {
    let (env, data) = live_env();
    ok(&env, &["item", "user", "add", "Alice"], "");
    ok(&env, &["item", "put", "P", "-"], "one\n");
    ok(&env, &["item", "put", "P", "-"], "two\n");
    ok(
        &env,
        &["item", "put", "P/f.txt", "-", "--kind", "attachment"],
        "att",
    );
    ok(&env, &["item", "put", "Q", "-"], "q\n");
    // mtimes are compared to the nanosecond: let a clock tick pass.
    std::thread::sleep(Duration::from_millis(20));
    let before = snapshot(&data);
    let attempts: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--as", "Alice", "item", "put", "P", "-", "--dry-run"],
            "three\n",
        ),
        (vec!["item", "put", "New", "-", "--dry-run"], "new\n"),
        (vec!["item", "put", "P/f.txt", "-", "--dry-run"], "other"),
        (
            vec![
                "item",
                "put",
                "P/g.txt",
                "-",
                "--kind",
                "attachment",
                "--dry-run",
            ],
            "g",
        ),
        (
            vec![
                "item",
                "put",
                "N/g.txt",
                "-",
                "--kind",
                "attachment",
                "--dry-run",
            ],
            "g",
        ),
        (vec!["item", "delete", "P", "--dry-run"], ""),
        (vec!["item", "delete", "P/f.txt", "--dry-run"], ""),
        (vec!["item", "rename", "P", "R", "--dry-run"], ""),
        (vec!["item", "revert", "P", "--to", "1", "--dry-run"], ""),
        (vec!["item", "copy", "P", "C", "--dry-run"], ""),
        (vec!["item", "copy", "P/f.txt", "Q/f.txt", "--dry-run"], ""),
        (vec!["item", "destroy", "P", "--yes", "--dry-run"], ""),
        (vec!["item", "user", "add", "Zed", "--dry-run"], ""),
        (vec!["item", "user", "rm", "Alice", "--dry-run"], ""),
        (
            vec!["lock", "acquire", "item:P", "--owner", "alice", "--dry-run"],
            "",
        ),
    ];
    for (args, stdin) in attempts {
        let out = env.run_stdin(&args, stdin);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        let diff = changed(&before, &snapshot(&data));
        assert!(diff.is_empty(), "{args:?} changed {diff:?}");
    }
    // A dry run still sees its own changes: a batch that saves then reads.
    let out = env.run_stdin(
        &["batch", "--dry-run", "-"],
        "{\"verb\":\"item put\",\"args\":[\"P\",\"-\"],\"stdin\":\"three\\n\"}\n\
         {\"verb\":\"item get\",\"args\":[\"P\"]}\n",
    );
    let diff = changed(&before, &snapshot(&data));
    assert!(
        diff.is_empty(),
        "batch --dry-run changed {diff:?}: {}",
        stderr(&out)
    );
    // On a wiki storectl never wrote to, a dry run creates no sidecar file either.
    let (env2, data2) = live_env();
    let before = snapshot(&data2);
    let out = env2.run_stdin(&["item", "put", "A", "-", "--dry-run"], "a\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(changed(&before, &snapshot(&data2)), Vec::<String>::new());
}

/// Live writes get moin 1.9's modes (its `umask = 0770`: files 0660, directories 0770), whatever
/// storectl's umask; storectl's sidecar files too.
#[cfg(unix)]
#[test]
fn live_writes_get_moins_modes_even_under_umask_000() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let (env, data) = live_env();
    let run = |args: &[&str], stdin: &str| {
        let mut cmd = env.std_cmd();
        cmd.args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        // SAFETY: umask is async-signal-safe; it runs in the child between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::umask(0);
                Ok(())
            });
        }
        let mut child = cmd.spawn().unwrap();
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
    };
    std::fs::remove_dir(data.join("user")).unwrap();
    run(&["item", "user", "add", "Alice"], "");
    run(&["--as", "Alice", "item", "put", "P", "-"], "one\n");
    run(
        &["item", "put", "P/f.txt", "-", "--kind", "attachment"],
        "att",
    );
    run(&["item", "copy", "P", "C"], "");
    run(&["item", "rename", "C", "D"], "");
    run(&["lock", "acquire", "item:P", "--owner", "alice"], "");
    let mut seen = 0;
    let mut stack = vec![data.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            let path = e.path();
            let mode = e.metadata().unwrap().permissions().mode() & 0o777;
            let rel = path
                .strip_prefix(&data)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if rel == "meta" || rel == "pages" {
                // made by the test
                if rel == "pages" {
                    stack.push(path);
                }
                continue;
            }
            seen += 1;
            if e.file_type().unwrap().is_dir() {
                assert_eq!(mode, 0o770, "{rel}: {mode:o}");
                stack.push(path);
            } else {
                assert_eq!(mode, 0o660, "{rel}: {mode:o}");
            }
        }
    }
    assert!(seen > 15, "{seen}");
}
