//! Symbolic links inside a moin data dir are never followed: `migrate moin16` and `migrate
//! verify` name each one and skip it (exit 5), the live `moin16:` backend refuses to read or
//! write through one (65, naming it) and leaves everything byte-identical.

use std::collections::BTreeMap;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{code, moin16_env, parse_json, stderr, Env};

/// What the links point at: outside the data dir, and never to be read or written.
const SECRET: &str = "SECRET-OUTSIDE-THE-DATA-DIR";

fn write(path: &Path, bytes: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// A page directory with `revs` revision files and a log line for each.
fn page(data: &Path, dir: &str, name: &str, revs: u64) {
    let p = data.join("pages").join(dir);
    let mut log = String::new();
    for r in 1..=revs {
        write(
            &p.join("revisions").join(format!("{r:08}")),
            &format!("{name} rev {r}\r\n"),
        );
        log.push_str(&format!(
            "{}000000\t{r:08}\tSAVE\t{name}\t127.0.0.1\tlocalhost\t\t\t\n",
            1_600_000_000 + r
        ));
    }
    write(&p.join("current"), &format!("{revs:08}\n"));
    write(&p.join("edit-log"), &log);
}

/// Every file under `dir` (links as their targets' names, not followed), with bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let t = e.file_type().unwrap();
            if t.is_symlink() {
                let target = std::fs::read_link(e.path()).unwrap();
                out.insert(e.path(), target.into_os_string().into_encoded_bytes());
            } else if t.is_dir() {
                out.insert(e.path(), Vec::new());
                stack.push(e.path());
            } else {
                out.insert(e.path(), std::fs::read(e.path()).unwrap());
            }
        }
    }
    out
}

/// A data dir with one link of every kind, and the files they point at.
struct Linked {
    env: Env,
    data: PathBuf,
    outside: PathBuf,
}

fn linked_data_dir() -> Linked {
    let (env, data) = moin16_env();
    let outside = env.path("outside");
    write(&outside.join("secret"), &format!("{SECRET}\r\n"));
    write(
        &outside.join("log"),
        &format!("1600000001000000\t00000001\tSAVE\t{SECRET}\t\t\t\t\t\n"),
    );
    write(&outside.join("profile"), &format!("name={SECRET}\n"));
    page(&outside, "Elsewhere", "Elsewhere", 1);
    // The good pages.
    page(&data, "Good", "Good", 2);
    page(&data, "AttLink", "AttLink", 1);
    write(&data.join("pages/AttLink/attachments/ok.txt"), "fine");
    symlink(
        outside.join("secret"),
        data.join("pages/AttLink/attachments/secret.txt"),
    )
    .unwrap();
    // Pages with a link inside.
    page(&data, "RevLink", "RevLink", 1);
    symlink(
        outside.join("secret"),
        data.join("pages/RevLink/revisions/00000002"),
    )
    .unwrap();
    write(&data.join("pages/RevLink/current"), "00000002\n");
    page(&data, "InsideLink", "InsideLink", 1);
    symlink("00000001", data.join("pages/InsideLink/revisions/00000002")).unwrap();
    write(&data.join("pages/InsideLink/current"), "00000002\n");
    page(&data, "LogLink", "LogLink", 1);
    std::fs::remove_file(data.join("pages/LogLink/edit-log")).unwrap();
    symlink(outside.join("log"), data.join("pages/LogLink/edit-log")).unwrap();
    page(&data, "CurLink", "CurLink", 1);
    std::fs::remove_file(data.join("pages/CurLink/current")).unwrap();
    symlink(outside.join("secret"), data.join("pages/CurLink/current")).unwrap();
    symlink(outside.join("pages/Elsewhere"), data.join("pages/DirLink")).unwrap();
    // The global log and a user profile.
    symlink(outside.join("log"), data.join("edit-log")).unwrap();
    write(&data.join("user/1600000000.11.111"), "name=Alice\n");
    symlink(outside.join("profile"), data.join("user/1600000000.22.222")).unwrap();
    Linked { env, data, outside }
}

fn notes(report: &Value, field: &str) -> Vec<String> {
    report[field]
        .as_array()
        .unwrap_or_else(|| panic!("{field} in {report}"))
        .iter()
        .map(|n| {
            format!(
                "{}: {}",
                n["page"].as_str().unwrap(),
                n["message"].as_str().unwrap()
            )
        })
        .collect()
}

/// Each link, and the note that must name it.
fn expected_links(data: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("AttLink", data.join("pages/AttLink/attachments/secret.txt")),
        ("RevLink", data.join("pages/RevLink/revisions/00000002")),
        (
            "InsideLink",
            data.join("pages/InsideLink/revisions/00000002"),
        ),
        ("LogLink", data.join("pages/LogLink/edit-log")),
        ("CurLink", data.join("pages/CurLink/current")),
        ("DirLink", data.join("pages/DirLink")),
        ("edit-log", data.join("edit-log")),
        (
            "user/1600000000.22.222",
            data.join("user/1600000000.22.222"),
        ),
    ]
}

#[test]
fn migrate_and_verify_name_every_link_and_skip_it() {
    let Linked { env, data, outside } = linked_data_dir();
    let store = env.store.to_str().unwrap().to_string();
    let env = env
        .with_var("STORECTL_STORE", &store)
        .with_var("STORECTL_ACL_ENFORCE", "false");
    let before = tree(&data);
    let outside_before = tree(&outside);
    let dir = data.to_str().unwrap();
    let out = env.run(&["migrate", "moin16", dir, "--users"]);
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    let report = parse_json(&out.stdout);
    let skipped = notes(&report, "skipped");
    for (page, path) in expected_links(&data) {
        assert!(
            skipped.iter().any(|s| s.starts_with(&format!("{page}: "))
                && s.contains(&*path.to_string_lossy())
                && s.contains("symbolic link")),
            "{page} {path:?} not reported: {skipped:#?}"
        );
    }
    assert_eq!(skipped.len(), expected_links(&data).len(), "{skipped:#?}");
    // Nothing from outside reached the store; the good parts did.
    assert!(!String::from_utf8_lossy(&env.store_bytes()).contains(SECRET));
    let names: Vec<String> = env
        .json(&["item", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["AttLink", "AttLink/ok.txt", "Good"]);
    env.json(&["item", "user", "show", "Alice"]);
    assert_eq!(code(&env.run(&["item", "user", "show", SECRET])), 3);
    assert_eq!(tree(&data), before, "the source is only read");
    assert_eq!(tree(&outside), outside_before);

    // verify reports the same entries as skipped, and nothing else differs: exit 5.
    let out = env.run(&["migrate", "verify", dir, "--users"]);
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    let v = parse_json(&out.stdout);
    assert!(v["differences"].as_array().unwrap().is_empty(), "{v}");
    let skipped = notes(&v, "skipped");
    for (page, path) in expected_links(&data) {
        assert!(
            skipped.iter().any(
                |s| s.starts_with(&format!("{page}: ")) && s.contains(&*path.to_string_lossy())
            ),
            "{page} {path:?} not reported by verify: {skipped:#?}"
        );
    }

    // A pages/ that is a link is refused outright.
    let (env2, data2) = moin16_env();
    std::fs::remove_dir(data2.join("pages")).unwrap();
    symlink(outside.join("pages"), data2.join("pages")).unwrap();
    let store2 = env2.store.to_str().unwrap().to_string();
    let env2 = env2.with_var("STORECTL_STORE", &store2);
    let out = env2.run(&["migrate", "moin16", data2.to_str().unwrap()]);
    assert_eq!(code(&out), 65, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&*data2.join("pages").to_string_lossy()),
        "{}",
        stderr(&out)
    );
}

/// A live wiki with pages P (2 revisions, an attachment) and Q, written by storectl, a user
/// Alice, and a file outside the data dir; ACLs off.
fn live_wiki() -> (Env, PathBuf, PathBuf) {
    let (env, data) = moin16_env();
    let env = env.with_var("STORECTL_ACL_ENFORCE", "false");
    let outside = env.path("outside");
    write(&outside.join("secret"), &format!("{SECRET}\r\n"));
    write(&outside.join("profile"), &format!("name={SECRET}\n"));
    for (args, stdin) in [
        (vec!["item", "user", "add", "Alice"], ""),
        (vec!["item", "put", "P", "-"], "one\n"),
        (vec!["item", "put", "P", "-"], "two\n"),
        (
            vec!["item", "put", "P/f.txt", "-", "--kind", "attachment"],
            "att",
        ),
        (vec!["item", "put", "Q", "-"], "q\n"),
    ] {
        let out = env.run_stdin(&args, stdin);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
    }
    (env, data, outside)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Replaces `path` (a file or directory) with a link to `target`.
fn link(path: &Path, target: &Path) {
    if path.is_dir() {
        std::fs::remove_dir_all(path).unwrap();
    } else if path.exists() {
        std::fs::remove_file(path).unwrap();
    }
    symlink(target, path).unwrap();
}

#[test]
fn the_live_backend_refuses_every_link_and_changes_nothing() {
    type Setup = fn(&Path, &Path) -> PathBuf;
    type Commands = Vec<Vec<&'static str>>;
    let cases: Vec<(&str, Setup, Commands, Commands)> = vec![
        (
            "revision file",
            |d, o| {
                let p = d.join("pages/P/revisions/00000002");
                link(&p, &o.join("secret"));
                p
            },
            vec![
                vec!["item", "show", "P"],
                vec!["item", "history", "P"],
                vec!["item", "list"],
            ],
            vec![vec!["item", "put", "P", "-"], vec!["item", "delete", "P"]],
        ),
        (
            "attachment",
            |d, o| {
                let p = d.join("pages/P/attachments/f.txt");
                link(&p, &o.join("secret"));
                p
            },
            vec![vec!["item", "show", "P/f.txt"], vec!["item", "list"]],
            vec![
                vec!["item", "put", "P/f.txt", "-"],
                vec!["item", "delete", "P/f.txt"],
            ],
        ),
        (
            "page edit-log",
            |d, o| {
                let p = d.join("pages/P/edit-log");
                std::fs::copy(&p, o.join("log")).unwrap();
                link(&p, &o.join("log"));
                p
            },
            vec![vec!["item", "history", "P"]],
            vec![
                vec!["item", "put", "P", "-"],
                vec!["item", "put", "P/g.txt", "-", "--kind", "attachment"],
            ],
        ),
        (
            "global edit-log",
            |d, o| {
                let p = d.join("edit-log");
                std::fs::copy(&p, o.join("log")).unwrap();
                link(&p, &o.join("log"));
                p
            },
            vec![vec!["item", "show", "Q"], vec!["item", "log"]],
            vec![
                vec!["item", "put", "New", "-"],
                vec!["item", "put", "Q", "-"],
            ],
        ),
        (
            "current",
            |d, o| {
                let p = d.join("pages/P/current");
                link(&p, &o.join("secret"));
                p
            },
            vec![vec!["item", "show", "P"], vec!["item", "list"]],
            vec![
                vec!["item", "put", "P", "-"],
                vec!["item", "rename", "P", "R"],
            ],
        ),
        (
            "page directory",
            |d, o| {
                let p = d.join("pages/P");
                std::fs::create_dir_all(o.join("P/revisions")).unwrap();
                std::fs::write(o.join("P/current"), "00000001\n").unwrap();
                std::fs::write(o.join("P/revisions/00000001"), SECRET).unwrap();
                link(&p, &o.join("P"));
                p
            },
            vec![vec!["item", "show", "P"], vec!["item", "list"]],
            vec![
                vec!["item", "put", "P", "-"],
                vec!["item", "put", "P/g.txt", "-", "--kind", "attachment"],
                vec!["item", "copy", "Q", "P"],
            ],
        ),
        (
            "pages directory",
            |d, o| {
                let p = d.join("pages");
                copy_dir(&p, &o.join("pages"));
                link(&p, &o.join("pages"));
                p
            },
            vec![vec!["item", "show", "P"], vec!["item", "list"]],
            vec![
                vec!["item", "put", "P", "-"],
                vec!["item", "put", "New", "-"],
            ],
        ),
        (
            "user directory",
            |d, o| {
                let p = d.join("user");
                copy_dir(&p, &o.join("user"));
                link(&p, &o.join("user"));
                p
            },
            vec![vec!["item", "user", "show", "Alice"]],
            vec![
                vec!["--as", "Alice", "item", "put", "P", "-"],
                vec!["item", "user", "add", "Bob"],
            ],
        ),
        (
            "user profile",
            |d, o| {
                let p = d.join("user").join("1600000000.99.999");
                symlink(o.join("profile"), &p).unwrap();
                p
            },
            vec![vec!["item", "user", "show", "Alice"]],
            vec![
                vec!["--as", "Alice", "item", "put", "P", "-"],
                vec!["item", "user", "add", "Bob"],
            ],
        ),
    ];
    for (what, setup, reads, writes) in cases {
        let (env, data, outside) = live_wiki();
        let link_path = setup(&data, &outside);
        let shown = link_path.to_string_lossy().into_owned();
        let before = tree(&data);
        let outside_before = tree(&outside);
        for (args, is_write) in reads
            .iter()
            .map(|a| (a, false))
            .chain(writes.iter().map(|a| (a, true)))
        {
            let out = env.run_stdin(args, "changed\n");
            let err = stderr(&out);
            assert_eq!(code(&out), 65, "{what}: {args:?}: {err}");
            assert!(
                err.contains(&shown) && err.contains("symbolic link"),
                "{what}: {args:?}: {err}"
            );
            assert!(
                !String::from_utf8_lossy(&out.stdout).contains(SECRET),
                "{what}: {args:?}"
            );
            if is_write {
                assert_eq!(tree(&data), before, "{what}: {args:?} changed the data dir");
            }
            assert_eq!(
                tree(&outside),
                outside_before,
                "{what}: {args:?} wrote outside"
            );
        }
        // `check` names the link.
        let out = env.run(&["check"]);
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(&shown),
            "{what}: check: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}
