//! `export moin16` and `migrate verify` against what the source data dir holds: the edit-logs come
//! back byte for byte, nothing is written outside the target whatever the store holds, the data
//! dir is private, and verify looks both ways.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::common::{code, parse_json, test_skip, Env};

fn admin_env() -> Env {
    Env::new().with_var("STORECTL_ACL_ENFORCE", "false")
}

/// Migrates (users too) and returns (exit code, report).
fn migrate(env: &Env, dir: &Path) -> (i32, Value) {
    let out = env.run(&["migrate", "moin16", dir.to_str().unwrap(), "--users"]);
    let report = if out.stdout.is_empty() {
        Value::Null
    } else {
        parse_json(&out.stdout)
    };
    (code(&out), report)
}

/// Every data dir of the corpus: the real wikis and the synthetic edge cases.
fn corpus_data_dirs(corpus: &Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    for group in ["moin16", "moin16-edgecases"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(group)) else {
            continue;
        };
        for e in entries {
            let data = e.unwrap().path().join("data");
            if data.join("pages").is_dir() {
                dirs.push(data);
            }
        }
    }
    dirs.sort();
    dirs
}

/// The source page directory each exported directory comes from: the first (in migrate's
/// order) whose name decodes to the page.
fn source_dirs(source: &Path) -> BTreeMap<String, PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(source.join("pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    let mut by_canonical = BTreeMap::new();
    for d in dirs {
        let raw = d.file_name().unwrap().as_encoded_bytes().to_vec();
        if let Ok(decoded) = storectl::moin16::decode_page_dir(&raw) {
            by_canonical
                .entry(storectl::moin16::quote_wikiname_fs(&decoded.name))
                .or_insert(d);
        }
    }
    by_canonical
}

#[test]
fn export_writes_back_every_edit_log_line_byte_for_byte_on_every_corpus() {
    let Some(corpus) = test_skip::corpus() else {
        return;
    };
    let mut compared_logs = 0;
    for source in corpus_data_dirs(&corpus) {
        let env = admin_env();
        let (status, _) = migrate(&env, &source);
        if status == 65 {
            continue; // moin 1.5 (zookeepr): refused, nothing to export
        }
        assert!(matches!(status, 0 | 5), "{}: {status}", source.display());
        let out = env.path("exported");
        env.json(&["export", "moin16", out.to_str().unwrap()]);
        let from = source_dirs(&source);
        for page in std::fs::read_dir(out.join("pages")).unwrap() {
            let page = page.unwrap().path();
            let name = page.file_name().unwrap().to_str().unwrap().to_string();
            let src = &from[&name];
            match std::fs::read(src.join("edit-log")) {
                Ok(bytes) => {
                    let exported = std::fs::read(page.join("edit-log"))
                        .unwrap_or_else(|e| panic!("{}: {name}/edit-log: {e}", source.display()));
                    assert!(
                        exported == bytes,
                        "{}: {name}/edit-log differs:\n{}\nexported:\n{}",
                        source.display(),
                        String::from_utf8_lossy(&bytes),
                        String::from_utf8_lossy(&exported)
                    );
                    compared_logs += 1;
                }
                Err(_) => assert!(
                    !page.join("edit-log").exists(),
                    "{}: {name} has no edit-log in the source",
                    source.display()
                ),
            }
        }
        let global = std::fs::read(out.join("edit-log")).unwrap();
        match std::fs::read(source.join("edit-log")) {
            Ok(bytes) => assert!(
                global == bytes,
                "{}: the global edit-log differs ({} lines in the source, {} exported)",
                source.display(),
                bytes.split(|b| *b == b'\n').count(),
                global.split(|b| *b == b'\n').count()
            ),
            Err(_) => assert!(global.is_empty(), "{}", source.display()),
        }
    }
    assert!(compared_logs > 250, "{compared_logs} page logs compared");
}

#[test]
fn lines_of_changes_after_a_migration_follow_the_migrated_ones() {
    let Some(corpus) = test_skip::corpus() else {
        return;
    };
    let source = corpus.join("moin16/liugehao__wiki/data");
    let env = admin_env();
    assert_eq!(migrate(&env, &source).0, 0);
    let page = "db";
    let quoted = storectl::moin16::quote_wikiname_fs(page);
    env.json_stdin(
        &["--as", "bob", "item", "put", page, "--comment", "new"],
        "x\n",
    );
    env.json_stdin(
        &[
            "--as",
            "bob",
            "item",
            "put",
            &format!("{page}/new file.txt"),
            "--kind",
            "attachment",
        ],
        "y",
    );
    let out = env.path("exported");
    env.json(&["export", "moin16", out.to_str().unwrap()]);
    let source_log = std::fs::read(source.join("pages").join(&quoted).join("edit-log")).unwrap();
    let exported = std::fs::read(out.join("pages").join(&quoted).join("edit-log")).unwrap();
    assert!(exported.starts_with(&source_log));
    let added = String::from_utf8(exported[source_log.len()..].to_vec()).unwrap();
    let lines: Vec<Vec<&str>> = added
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .collect();
    assert_eq!(lines.len(), 2, "{added:?}");
    assert_eq!(lines[0][2], "SAVE");
    assert_eq!(lines[0][3], quoted);
    assert_eq!(lines[0][6], "bob");
    assert_eq!(lines[0][8], "new");
    assert_eq!(lines[1][2], "ATTNEW");
    assert_eq!(lines[1][7], "new%20file.txt");
    let source_global = std::fs::read(source.join("edit-log")).unwrap();
    let global = std::fs::read(out.join("edit-log")).unwrap();
    assert!(global.starts_with(&source_global));
    assert_eq!(&global[source_global.len()..], added.as_bytes());
}

/// Every path under `dir` except the store's files and `skip`.
fn paths(dir: &Path, skip: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p == skip || p.to_string_lossy().contains("store.db") {
                continue;
            }
            if p.is_dir() && !p.is_symlink() {
                stack.push(p.clone());
            }
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn export_never_writes_outside_its_target_whatever_the_store_holds() {
    let env = admin_env();
    env.json_stdin(&["item", "put", "MalloryPage"], "mine\n");
    env.json_stdin(&["item", "put", "Other"], "other\n");
    env.json_stdin(&["item", "put", "Other/x", "--kind", "attachment"], "att");
    // What a store written before these were refused can hold: item metadata pointing
    // elsewhere, and a name with a `..` part.
    let victim = env.path("victim");
    std::fs::create_dir(&victim).unwrap();
    std::fs::write(victim.join("current"), "precious").unwrap();
    {
        let db = rusqlite::Connection::open(&env.store).unwrap();
        db.execute(
            "UPDATE items SET meta = ?1 WHERE name = 'MalloryPage'",
            [json!({"moin_dir": "../../victim"}).to_string()],
        )
        .unwrap();
        db.execute(
            "UPDATE items SET meta = ?1 WHERE name = 'Other'",
            [json!({"moin_dir": victim.to_str().unwrap()}).to_string()],
        )
        .unwrap();
        db.execute(
            "UPDATE items SET name = 'Other/..' WHERE name = 'Other/x'",
            [],
        )
        .unwrap();
    }
    let out_dir = env.path("out");
    let before = paths(env.dir.path(), &out_dir);
    let out = env.run(&["export", "moin16", out_dir.to_str().unwrap()]);
    assert_eq!(code(&out), 5, "{}", String::from_utf8_lossy(&out.stderr));
    let report = parse_json(&out.stdout);
    assert_eq!(
        report["skipped"],
        json!(["attachment \"Other/..\": item name \"Other/..\" has the part \"..\", which names a directory, not an item"])
    );
    assert_eq!(paths(env.dir.path(), &out_dir), before);
    assert_eq!(
        std::fs::read_to_string(victim.join("current")).unwrap(),
        "precious"
    );
    // The pages are where their names say.
    for page in ["MalloryPage", "Other"] {
        assert_eq!(
            std::fs::read(out_dir.join("pages").join(page).join("revisions/00000001")).unwrap(),
            format!("{}\n", if page == "Other" { "other" } else { "mine" }).into_bytes()
        );
    }
}

#[cfg(unix)]
#[test]
fn the_exported_data_dir_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let env = admin_env();
    env.json(&["item", "user", "add", "alice", "--email", "a@example.org"]);
    env.json_stdin(&["item", "put", "Page"], "text\n");
    env.json_stdin(
        &["item", "put", "Page/a.png", "--kind", "attachment"],
        "png",
    );
    let out_dir = env.path("out");
    let mut cmd = env.std_cmd();
    cmd.args(["export", "moin16", out_dir.to_str().unwrap()]);
    // SAFETY: umask is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::umask(0);
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut checked = 0;
    let mut stack = vec![out_dir.clone()];
    assert_eq!(
        std::fs::metadata(&out_dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let mode = std::fs::symlink_metadata(&p).unwrap().permissions().mode() & 0o777;
            if p.is_dir() {
                assert_eq!(mode, 0o700, "{}", p.display());
                stack.push(p);
            } else {
                assert_eq!(mode, 0o600, "{}", p.display());
            }
            checked += 1;
        }
    }
    let users: Vec<_> = std::fs::read_dir(out_dir.join("user")).unwrap().collect();
    assert_eq!(users.len(), 1, "the profile was written");
    assert!(checked >= 10, "{checked}");
}

/// Copies a directory tree.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

fn differences(env: &Env, data: &Path) -> Vec<String> {
    let out = env.run(&["migrate", "verify", data.to_str().unwrap(), "--users"]);
    let doc = parse_json(&out.stdout);
    let list: Vec<String> = doc["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}: {}",
                d["page"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(code(&out), if list.is_empty() { 0 } else { 65 });
    list
}

#[test]
fn verify_looks_both_ways_and_compares_the_edit_logs() {
    let Some(corpus) = test_skip::corpus() else {
        return;
    };
    let env = admin_env();
    let data = env.path("wiki/data");
    copy_tree(&corpus.join("moin16/mathrho__moinWiki/data"), &data);
    assert_eq!(migrate(&env, &data).0, 0);
    assert_eq!(differences(&env, &data), Vec::<String>::new());
    // Pages, attachments and users that are in the store but no longer in the source.
    let pages = data.join("pages");
    let attachment = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.join("attachments").is_dir())
        .unwrap();
    let file = std::fs::read_dir(attachment.join("attachments"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::remove_file(&file).unwrap();
    std::fs::remove_dir_all(pages.join("LogisticRegression")).unwrap();
    let user = std::fs::read_dir(data.join("user"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| storectl::moin16::is_user_id(p.file_name().unwrap().as_encoded_bytes()))
        .unwrap();
    std::fs::remove_file(&user).unwrap();
    // A page's log and the global log that no longer match.
    let logged = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.join("current").exists() && p.join("edit-log").exists() && p != &attachment)
        .unwrap();
    let mut log = std::fs::read(logged.join("edit-log")).unwrap();
    log.extend_from_slice(b"1\t99999999\tATTDEL\tX\t\t\t\tgone.txt\t\n");
    std::fs::write(logged.join("edit-log"), log).unwrap();
    let mut global = std::fs::read(data.join("edit-log")).unwrap();
    global.truncate(global.len() / 2);
    std::fs::write(data.join("edit-log"), global).unwrap();
    let found = differences(&env, &data);
    let has = |what: &str| found.iter().any(|d| d.contains(what));
    assert!(
        has("LogisticRegression: the page is in the store but not in the source"),
        "{found:?}"
    );
    let file_name = file.file_name().unwrap().to_str().unwrap();
    assert!(
        has(&format!(
            "{file_name}: the attachment is in the store but not in the source"
        )),
        "{found:?}"
    );
    assert!(
        has("the user is in the store but not in the source"),
        "{found:?}"
    );
    let logged_name =
        storectl::moin16::unquote_wikiname(logged.file_name().unwrap().as_encoded_bytes()).unwrap();
    assert!(
        has(&format!("{logged_name}: the page's edit-log differs")),
        "{found:?}"
    );
    assert!(has("the global edit-log differs"), "{found:?}");
    assert_eq!(found.len(), 5, "{found:?}");
}

#[test]
fn migrate_reports_names_with_dot_parts_and_export_still_works() {
    let env = admin_env();
    let data = env.path("wiki/data");
    for (dir, text) in [
        ("Foo(2f2e2e)", "dots\r\n"),
        ("(2e)", "dot\r\n"),
        ("Good", "good\r\n"),
    ] {
        let page = data.join("pages").join(dir);
        std::fs::create_dir_all(page.join("revisions")).unwrap();
        std::fs::write(page.join("current"), "00000001\n").unwrap();
        std::fs::write(page.join("revisions/00000001"), text).unwrap();
    }
    std::fs::write(data.join("meta"), "data_format_revision: 1091100").unwrap();
    let (status, report) = migrate(&env, &data);
    assert_eq!(status, 5, "{report}");
    let skipped: Vec<String> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s["page"].as_str().unwrap(),
                s["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped[0].starts_with("(2e): "), "{skipped:?}");
    assert!(skipped[1].starts_with("Foo(2f2e2e): "), "{skipped:?}");
    assert!(skipped[1].contains("\"..\""), "{skipped:?}");
    let names: Vec<Value> = env
        .json(&["item", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert_eq!(names, vec![json!("Good")]);
    let out = env.path("out");
    env.json(&["export", "moin16", out.to_str().unwrap()]);
}
