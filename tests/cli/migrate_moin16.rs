//! `migrate moin16` on the real MoinMoin data directories of ../shared/corpus (facts from its
//! README) and the synthetic edge cases. Without ../shared/corpus these tests skip visibly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::common::{self, code, error_doc, parse_json, Env};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name)
}

/// Migrates and returns (exit code, report).
fn migrate(env: &Env, dir: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["migrate", "moin16", dir.to_str().unwrap(), "--users"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    let report = if out.stdout.is_empty() {
        Value::Null
    } else {
        parse_json(&out.stdout)
    };
    (code(&out), report)
}

/// One row of the corpus README's table.
struct Facts {
    corpus: &'static str,
    /// Live and deleted pages.
    pages: u64,
    deleted: u64,
    revision_files: u64,
    attachments: u64,
    attachment_bytes: u64,
    users: u64,
    /// Directories without `current` (not pages).
    junk: u64,
}

const FACTS: &[Facts] = &[
    Facts {
        corpus: "liugehao__wiki",
        pages: 170,
        deleted: 2,
        revision_files: 318,
        attachments: 20,
        attachment_bytes: 3_354_713,
        users: 1,
        junk: 13,
    },
    Facts {
        corpus: "FXuZ__nhcnwiki",
        pages: 37,
        deleted: 12,
        revision_files: 285,
        attachments: 1,
        attachment_bytes: 244,
        users: 0,
        junk: 4,
    },
    Facts {
        corpus: "mathrho__moinWiki",
        pages: 9,
        deleted: 0,
        revision_files: 84,
        attachments: 1,
        attachment_bytes: 160_266,
        users: 1,
        junk: 4,
    },
    Facts {
        corpus: "marcusyh__psychic",
        pages: 14,
        deleted: 0,
        revision_files: 32,
        attachments: 0,
        attachment_bytes: 0,
        users: 0,
        junk: 2,
    },
    Facts {
        corpus: "vietlq__moinplug",
        pages: 7,
        deleted: 0,
        revision_files: 44,
        attachments: 1,
        attachment_bytes: 3_260,
        users: 0,
        junk: 1,
    },
    Facts {
        corpus: "smcdon__Wiki-Testing-Repo",
        pages: 2,
        deleted: 0,
        revision_files: 4,
        attachments: 0,
        attachment_bytes: 0,
        users: 0,
        junk: 0,
    },
    Facts {
        corpus: "Kartstig__engineering-inventions-wiki",
        pages: 4,
        deleted: 0,
        revision_files: 5,
        attachments: 0,
        attachment_bytes: 0,
        users: 0,
        junk: 1,
    },
];

/// Every file under a directory with its bytes, to prove the source is never written.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn every_real_corpus_migrates_with_the_counts_of_its_facts() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    for f in FACTS {
        let (name, pages, deleted, revisions) = (f.corpus, f.pages, f.deleted, f.revision_files);
        let (attachments, bytes, users, junk) =
            (f.attachments, f.attachment_bytes, f.users, f.junk);
        let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        let dir = corpus(&format!("moin16/{name}"));
        let before = tree(&dir);
        let (exit, report) = migrate(&env, &dir, &[]);
        assert_eq!(exit, 0, "{name}: {report}");
        assert_eq!(report["pages"]["imported"], json!(pages), "{name} pages");
        assert_eq!(
            report["revisions"]["deleted"],
            json!(deleted),
            "{name} deleted"
        );
        assert_eq!(
            report["revisions"]["imported"],
            json!(revisions),
            "{name} revision files"
        );
        assert_eq!(
            report["attachments"]["imported"],
            json!(attachments),
            "{name} attachments"
        );
        assert_eq!(
            report["attachments"]["bytes"],
            json!(bytes),
            "{name} attachment bytes"
        );
        assert_eq!(report["users"]["imported"], json!(users), "{name} users");
        assert_eq!(
            report["ignored"].as_array().unwrap().len() as u64,
            junk,
            "{name} junk dirs"
        );
        assert_eq!(tree(&dir), before, "{name}: the source was written to");
        let listed = env.json(&["item", "list", "--kind", "page", "--include-deleted"]);
        assert_eq!(
            listed.as_array().unwrap().len() as u64,
            pages,
            "{name} items"
        );
        assert_eq!(env.json(&["check"])["ok"], json!(true), "{name} check");
    }
}

#[test]
fn every_revision_keeps_its_number_and_exact_bytes() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    for name in ["FXuZ__nhcnwiki", "mathrho__moinWiki", "marcusyh__psychic"] {
        let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        let dir = corpus(&format!("moin16/{name}/data"));
        assert_eq!(migrate(&env, &dir, &[]).0, 0);
        let mut checked = 0;
        for page in std::fs::read_dir(dir.join("pages"))
            .unwrap()
            .map(|e| e.unwrap().path())
        {
            let Ok(revs) = std::fs::read_dir(page.join("revisions")) else {
                continue;
            };
            let page_name =
                storectl::moin16::unquote_wikiname(page.file_name().unwrap().as_encoded_bytes())
                    .unwrap();
            for rev in revs.map(|e| e.unwrap().path()) {
                let number: u64 = rev.file_name().unwrap().to_str().unwrap().parse().unwrap();
                let out = env.run(&[
                    "item",
                    "show",
                    &page_name,
                    "--rev",
                    &number.to_string(),
                    "--raw",
                ]);
                assert_eq!(code(&out), 0, "{name} {page_name} r{number}");
                assert!(
                    out.stdout == std::fs::read(&rev).unwrap(),
                    "{name} {page_name} r{number}: bytes differ"
                );
                checked += 1;
            }
        }
        assert!(checked > 30, "{name}: only {checked} revisions checked");
    }
}

#[test]
fn deleted_pages_gaps_and_log_metadata_survive() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let dir = corpus("moin16/FXuZ__nhcnwiki");
    migrate(&env, &dir, &[]);
    let report = migrate(&env, &dir, &[]).1;
    // A second run imports nothing again.
    assert_eq!(report["pages"]["imported"], json!(0));
    assert_eq!(report["revisions"]["imported"], json!(0));
    assert_eq!(report["pages"]["already_imported"], json!(37));
    // Deleted pages are kept (moin 2 drops them), with their history.
    let all = env.json(&["item", "list", "--include-deleted"]);
    let deleted = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["deleted"] == json!(true))
        .count();
    assert_eq!(deleted, 12);
    // Revision metadata comes from the edit-log: SAVE/REVERT lines are kept.
    let log = env.json(&["item", "log"]);
    let reverts = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == json!("SAVE/REVERT"))
        .count();
    assert_eq!(reverts, 7);
}

#[test]
fn moin_15_is_refused_with_an_explanation() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    let env = Env::new();
    let (exit, _) = migrate(&env, &corpus("moin16/zookeepr__zookeepr"), &[]);
    assert_eq!(exit, 65);
    let out = env.run(&[
        "migrate",
        "moin16",
        corpus("moin16/zookeepr__zookeepr").to_str().unwrap(),
    ]);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(message.contains("MoinMoin 1.5"), "{message}");
    assert!(!env.store.exists(), "a refused migration created the store");
}

#[test]
fn each_edge_case_imports_its_good_pages_and_reports_its_bad_one() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    for (case, bad, good) in [
        ("bad_current", Some("BadCurrent"), "ZZZ"),
        ("latin1_dirname", Some("Caf(e9)"), "ZZZ"),
        ("odd_hex_dirname", Some("Foo(abc)"), "ZZZ"),
        ("latin1_editlog", None, "ZZZ"),
        ("latin1_revision", None, "ZZZ"),
        ("benign", None, "NormalPage"),
    ] {
        let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        let (exit, report) = migrate(&env, &corpus(&format!("moin16-edgecases/{case}")), &[]);
        assert_eq!(exit, if bad.is_some() { 5 } else { 0 }, "{case}: {report}");
        let skipped: Vec<String> = report["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["page"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            skipped,
            bad.map(|b| vec![b.to_string()]).unwrap_or_default(),
            "{case}"
        );
        assert_eq!(
            code(&env.run(&["item", "show", good])),
            0,
            "{case}: {good} must be imported"
        );
    }
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let (_, report) = migrate(&env, &corpus("moin16-edgecases/latin1_revision"), &[]);
    assert!(report["anomalies"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["message"].as_str().unwrap().contains("not UTF-8")));
}

#[test]
fn a_dry_run_writes_nothing_and_a_missing_dir_is_66() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    assert_eq!(
        code(&env.run(&["migrate", "moin16", "/nonexistent/wiki"])),
        66
    );
    let not_moin = env.path("empty");
    std::fs::create_dir_all(&not_moin).unwrap();
    assert_eq!(
        code(&env.run(&["migrate", "moin16", not_moin.to_str().unwrap()])),
        65
    );
    if common::test_skip::corpus().is_none() {
        return;
    }
    let (exit, report) = migrate(&env, &corpus("moin16/marcusyh__psychic"), &["--dry-run"]);
    assert_eq!(exit, 0);
    assert_eq!(report["pages"]["imported"], json!(14));
    assert!(!env.store.exists(), "a dry run created the store");
}

/// Every item's history and bytes, as the binary reports them.
fn snapshot(env: &Env) -> Vec<(Value, Value, Vec<Vec<u8>>)> {
    let items = env.json(&["item", "list", "--include-deleted"]);
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let name = item["name"].as_str().unwrap();
            let history = env.json(&["item", "history", name]);
            let bytes = history
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["deleted"] == json!(false))
                .map(|r| {
                    env.run(&[
                        "item",
                        "show",
                        name,
                        "--rev",
                        &r["revision"].to_string(),
                        "--raw",
                    ])
                    .stdout
                })
                .collect();
            (item.clone(), history, bytes)
        })
        .collect()
}

#[test]
fn migrate_export_migrate_round_trips_every_corpus_byte_for_byte() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    for f in FACTS {
        let first = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        let source = corpus(&format!("moin16/{}/data", f.corpus));
        assert_eq!(migrate(&first, &source, &[]).0, 0, "{}", f.corpus);
        let out = first.path("exported");
        let report = first.json(&["export", "moin16", out.to_str().unwrap()]);
        assert_eq!(report["pages"], json!(f.pages), "{}", f.corpus);
        // Revision files and profiles come back byte for byte.
        for page in std::fs::read_dir(source.join("pages"))
            .unwrap()
            .map(|e| e.unwrap().path())
        {
            let Ok(revs) = std::fs::read_dir(page.join("revisions")) else {
                continue;
            };
            for rev in revs.map(|e| e.unwrap().path()) {
                let relative = rev.strip_prefix(&source).unwrap();
                if !page.join("current").exists() {
                    continue; // not a page: not migrated, not exported
                }
                let exported = std::fs::read(out.join(relative))
                    .unwrap_or_else(|_| panic!("{} missing", relative.display()));
                assert!(
                    exported == std::fs::read(&rev).unwrap(),
                    "{}: {} differs",
                    f.corpus,
                    relative.display()
                );
            }
        }
        if let Ok(users) = std::fs::read_dir(source.join("user")) {
            for u in users.map(|e| e.unwrap().path()) {
                if storectl::moin16::is_user_id(u.file_name().unwrap().as_encoded_bytes()) {
                    let exported =
                        std::fs::read(out.join("user").join(u.file_name().unwrap())).unwrap();
                    assert_eq!(
                        exported,
                        std::fs::read(&u).unwrap(),
                        "{}: profile differs",
                        f.corpus
                    );
                }
            }
        }
        // Migrating the export gives the same items, revisions and metadata.
        let second = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        assert_eq!(migrate(&second, &out, &[]).0, 0, "{}", f.corpus);
        assert!(
            snapshot(&first) == snapshot(&second),
            "{}: the round trip changed items",
            f.corpus
        );
    }
}

#[test]
fn export_refuses_a_non_empty_destination() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let busy = env.path("busy");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("x"), "x").unwrap();
    assert_eq!(
        code(&env.run(&["export", "moin16", busy.to_str().unwrap()])),
        4
    );
}

#[test]
fn verify_is_clean_after_a_migration_and_lists_every_difference_after_changes() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let dir = corpus("moin16/marcusyh__psychic/data");
    env.json(&["init"]);
    let out = env.run(&["migrate", "verify", dir.to_str().unwrap()]);
    assert_eq!(code(&out), 65, "an empty store differs");
    // Its 14 pages, and the global edit-log.
    assert_eq!(
        parse_json(&out.stdout)["differences"]
            .as_array()
            .unwrap()
            .len(),
        15
    );
    migrate(&env, &dir, &[]);
    let report = env.json(&["migrate", "verify", dir.to_str().unwrap(), "--users"]);
    assert_eq!(report["differences"], json!([]));
    assert_eq!(report["revisions_compared"], json!(32));
    // A new revision in the store, and a destroyed page, both show up.
    let page = env.json(&["item", "list"])[0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    env.json_stdin(&["item", "put", &page], "changed\n");
    let other = env.json(&["item", "list"])[1]["name"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&["item", "destroy", &other, "--yes"]);
    let out = env.run(&["migrate", "verify", dir.to_str().unwrap()]);
    assert_eq!(code(&out), 65);
    let differences: Vec<String> = parse_json(&out.stdout)["differences"]
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
    assert!(
        differences
            .iter()
            .any(|d| d.starts_with(&format!("{page}: revisions"))),
        "{differences:?}"
    );
    assert!(
        differences.contains(&format!("{other}: the page is not in the store")),
        "{differences:?}"
    );
}

#[test]
fn a_migration_killed_with_sigkill_continues_when_run_again() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    let dir = corpus("moin16/liugehao__wiki/data");
    let whole = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    migrate(&whole, &dir, &[]);
    for delay_ms in [5u64, 40, 120] {
        let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_storectl"))
            .args(["migrate", "moin16", dir.to_str().unwrap(), "--users"])
            .env("STORECTL_STORE", &env.store)
            .env("STORECTL_ACL_ENFORCE", "false")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // A kill before the first write leaves no store at all, which is fine too.
        if env.store.exists() {
            assert_eq!(
                env.json(&["check"])["ok"],
                json!(true),
                "after a kill at {delay_ms} ms"
            );
        }
        let (exit, _) = migrate(&env, &dir, &["--resume"]);
        assert_eq!(exit, 0);
        assert!(
            snapshot(&env) == snapshot(&whole),
            "killed at {delay_ms} ms, then resumed: not what one run gives"
        );
    }
}

#[test]
fn underlay_pages_fill_in_where_the_data_dir_has_none() {
    if common::test_skip::corpus().is_none() {
        return;
    }
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let data = corpus("moin16/smcdon__Wiki-Testing-Repo/data");
    let underlay = corpus("moin16/marcusyh__psychic/data");
    let (exit, report) = migrate(&env, &data, &["--underlay", underlay.to_str().unwrap()]);
    assert_eq!(exit, 0, "{report}");
    // BadContent is in both: the data dir's page wins, the underlay's is not imported.
    assert_eq!(report["pages"]["imported"], json!(2 + 14 - 1));
    assert_eq!(env.json(&["item", "list"]).as_array().unwrap().len(), 15);
    let bad_content = env.json(&["item", "show", "BadContent", "--meta-only"]);
    assert!(
        bad_content["metadata"]["moin_source"]
            .as_str()
            .unwrap()
            .contains("smcdon"),
        "{bad_content}"
    );
}

#[test]
fn an_export_cleans_up_what_a_killed_export_left() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    env.json_stdin(&["item", "put", "P", "-"], "text\n");
    // A killed export's half-written data dir under a pid that no longer runs (above pid_max),
    // and a live process's (this test's), which must stay.
    let dead = env.path(".out.storectl-tmp-4999999");
    std::fs::create_dir_all(dead.join("pages/Half")).unwrap();
    let alive = env.path(format!(".out.storectl-tmp-{}", std::process::id()).as_str());
    std::fs::create_dir_all(&alive).unwrap();
    let out = env.path("out");
    env.json(&["export", "moin16", out.to_str().unwrap()]);
    assert!(out.join("pages/P/revisions/00000001").exists());
    assert!(!dead.exists(), "a dead export's temp dir is removed");
    assert!(alive.exists(), "a running export's temp dir stays");
}

/// Moin's rule holds for a migration too: an item is locked before it is modified. A page
/// another owner has locked in the store (an editor session) is not written: the migration goes
/// on with the other pages and lists the locked ones as skipped (exit 5, as for every page it
/// cannot import), and a run by the lock's owner, or after the release, imports them.
#[test]
fn a_page_another_owner_has_locked_is_skipped_and_listed_not_overwritten() {
    let (wiki, data) = common::moin16_env();
    let wiki = wiki.with_var("STORECTL_ACL_ENFORCE", "false");
    wiki.json_stdin(&["item", "put", "Page"], "one\n");
    wiki.json_stdin(&["item", "put", "Other"], "other\n");
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let dir = data.to_str().unwrap();
    let (exit, report) = migrate(&env, &data, &[]);
    assert_eq!(exit, 0, "{report}");
    // The wiki moves on; bob is editing Page and about to create Fresh in the store.
    wiki.json_stdin(&["item", "put", "Page"], "two\n");
    wiki.json_stdin(&["item", "put", "Fresh"], "new\n");
    env.json(&["--as", "bob", "lock", "acquire", "item:Page"]);
    env.json(&["--as", "bob", "lock", "acquire", "item:Fresh"]);
    // A lock on a page the store already has as the source has it stops nothing.
    env.json(&["--as", "bob", "lock", "acquire", "item:Other"]);
    let history = env.json(&["item", "history", "Page"]);
    for dry in [true, false] {
        let mut args = vec!["--as", "alice", "migrate", "moin16", dir];
        if dry {
            args.push("--dry-run");
        }
        let out = env.run(&args);
        assert_eq!(code(&out), 5, "{}", common::stderr(&out));
        let report = parse_json(&out.stdout);
        let skipped: Vec<(&str, &str)> = report["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["page"].as_str().unwrap(), s["message"].as_str().unwrap()))
            .collect();
        let pages: Vec<&str> = skipped.iter().map(|(page, _)| *page).collect();
        assert_eq!(pages, ["Fresh", "Page"], "{report}");
        for (page, message) in &skipped {
            assert!(
                message.starts_with(&format!("item {page:?} is locked by bob")),
                "{report}"
            );
        }
        assert_eq!(report["pages"]["skipped"], json!(2), "{report}");
        assert!(
            error_doc(&out)["hint"]
                .as_str()
                .unwrap()
                .contains("once their locks are released"),
            "{}",
            common::stderr(&out)
        );
        assert_eq!(env.json(&["item", "history", "Page"]), history);
        assert_eq!(code(&env.run(&["item", "show", "Fresh"])), 3);
    }
    // The lock's owner migrates through his own locks.
    let out = env.run(&["--as", "bob", "migrate", "moin16", dir]);
    assert_eq!(code(&out), 0, "{}", common::stderr(&out));
    assert_eq!(
        env.json(&["item", "history", "Page"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(code(&env.run(&["item", "show", "Fresh"])), 0);
}
