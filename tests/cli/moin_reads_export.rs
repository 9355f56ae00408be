//! MoinMoin 1.9.11 itself reads what `export moin16` writes, and sees exactly what storectl
//! reports: every real moin 1.6–1.9 corpus of ../shared/corpus is migrated, exported, read by
//! moin (tests/fixtures/moin16/read_datadir.py) and compared with the binary's own answers.
//!
//! Runs when `STORECTL_MOIN_PYTHON` names a Python 2.7 that can import MoinMoin 1.9.11
//! (`STORECTL_MOIN_PATH`, if set, is put on its `sys.path` by the script); skips visibly otherwise.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::Value;

use crate::common::{self, code, Env, MOIN16_CORPORA};

/// The revision moin logs attachment actions under (`99999999`).
const ATTACHMENT_REV: &str = "99999999";

fn corpus_data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/moin16")
        .join(name)
        .join("data")
}

/// What moin's `EditLog.parser` gives for one edit-log line, or what storectl reports for one
/// revision of a page or attachment, in the same terms.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct LogLine {
    time_us: i64,
    rev: String,
    action: String,
    page: String,
    addr: String,
    hostname: String,
    userid: String,
    extra: String,
    comment: String,
}

fn s(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::String(t) => t.clone(),
        other => panic!("{key} is not a string: {other} in {v}"),
    }
}

impl LogLine {
    fn from_moin(v: &Value) -> LogLine {
        LogLine {
            time_us: v["ed_time_usecs"].as_i64().expect("ed_time_usecs"),
            rev: s(v, "rev"),
            action: s(v, "action"),
            page: s(v, "pagename"),
            addr: s(v, "addr"),
            hostname: s(v, "hostname"),
            userid: s(v, "userid"),
            extra: s(v, "extra"),
            comment: s(v, "comment"),
        }
    }

    /// `row` is a line of `item log`; `page` and `rev` are what moin should log it under.
    fn from_storectl(row: &Value, page: &str, rev: String, time_us: i64) -> LogLine {
        LogLine {
            time_us,
            rev,
            action: s(row, "action"),
            page: page.to_string(),
            addr: s(row, "addr"),
            hostname: s(row, "hostname"),
            userid: s(row, "userid"),
            extra: s(row, "extra"),
            comment: s(row, "comment"),
        }
    }
}

/// An `item log` line's time (RFC 3339) in microseconds.
fn rfc3339_us(row: &Value) -> i64 {
    let text = s(row, "mtime");
    text.parse::<jiff::Timestamp>()
        .unwrap_or_else(|e| panic!("mtime {text:?}: {e}"))
        .as_microsecond()
}

fn moin_reads(python: &OsString, data_dir: &Path) -> Value {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/moin16/read_datadir.py"
    );
    let out = std::process::Command::new(python)
        .arg(script)
        .arg(data_dir)
        .output()
        .expect("run read_datadir.py");
    assert!(
        out.status.success(),
        "read_datadir.py failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("read_datadir.py prints JSON")
}

/// The parent page of an attachment item (`Page/Sub/file.png` -> `Page/Sub`).
fn parent(attachment: &str) -> &str {
    attachment.rsplit_once('/').map_or("", |(p, _)| p)
}

/// Lines in `a` and not in `b`, as multisets.
fn minus(a: &[LogLine], b: &[LogLine]) -> Vec<LogLine> {
    let mut rest: Vec<&LogLine> = b.iter().collect();
    let mut out = Vec::new();
    for line in a {
        match rest.iter().position(|r| *r == line) {
            Some(i) => {
                rest.swap_remove(i);
            }
            None => out.push(line.clone()),
        }
    }
    out
}

fn compare_logs(diffs: &mut Vec<String>, what: &str, moin: &[LogLine], ours: &[LogLine]) {
    let mut m = moin.to_vec();
    let mut o = ours.to_vec();
    m.sort();
    o.sort();
    if m == o {
        return;
    }
    for l in minus(&m, &o) {
        diffs.push(format!(
            "{what}: moin reads a line storectl does not report: {l:?}"
        ));
    }
    for l in minus(&o, &m) {
        diffs.push(format!(
            "{what}: storectl reports a line moin does not read: {l:?}"
        ));
    }
}

/// What storectl reports about a page, through the binary.
struct Reported {
    exists: bool,
    current: u64,
    /// Revisions with data, newest first.
    revisions: Vec<u64>,
    text: Option<String>,
    /// Its revisions and its attachments' revisions.
    log: Vec<LogLine>,
    /// The current revision's line.
    last: Option<LogLine>,
    attachments: BTreeSet<String>,
}

/// Every revision's time as `item show NAME --rev N --meta-only` gives it (µs), checked against
/// the same revision's `item log` line; returns the log lines, oldest first, with those times.
fn log_with_times(
    env: &Env,
    diffs: &mut Vec<String>,
    corpus: &str,
    item: &str,
    page: &str,
    attachment: bool,
    live: bool,
) -> Vec<(u64, LogLine)> {
    let mut out = Vec::new();
    for row in env
        .json(&["item", "log", item])
        .as_array()
        .unwrap()
        .iter()
        .rev()
    {
        let revno = row["revision"].as_u64().unwrap();
        let shown = env.json(&[
            "item",
            "show",
            item,
            "--rev",
            &revno.to_string(),
            "--meta-only",
        ]);
        let time_us = shown["metadata"]["mtime"]
            .as_i64()
            .unwrap_or_else(|| panic!("{corpus}: {item:?} r{revno}: no metadata.mtime in {shown}"));
        if rfc3339_us(row) != time_us {
            diffs.push(format!(
                "{corpus}: {item:?} r{revno}: item log says {} but --meta-only says {time_us} us",
                s(row, "mtime")
            ));
        }
        // Served live, a revision without a line of its own in the page's log (an underlay
        // page's first revision, a line lost) has none for moin either.
        let source = shown["metadata"]["moin_meta_source"].as_str();
        if live && source.is_some_and(|s| s != "page_log") {
            continue;
        }
        let rev = if attachment {
            ATTACHMENT_REV.to_string()
        } else {
            format!("{revno:08}")
        };
        let logged_as = shown["metadata"]["moin_page"].as_str().unwrap_or(page);
        out.push((revno, LogLine::from_storectl(row, logged_as, rev, time_us)));
    }
    out
}

fn reported(
    env: &Env,
    diffs: &mut Vec<String>,
    corpus: &str,
    page: &Value,
    attachments: &[Value],
    live: bool,
) -> Reported {
    let name = s(page, "name");
    let deleted = page["deleted"].as_bool().unwrap();
    let current = page["revision"].as_u64().unwrap();
    let history = env.json(&["item", "history", &name]);
    let revisions: Vec<u64> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["deleted"].as_bool() == Some(false))
        .map(|r| r["revision"].as_u64().unwrap())
        .collect();
    let newest = history.as_array().unwrap().first().map(|r| &r["revision"]);
    if newest.and_then(Value::as_u64) != Some(current) {
        diffs.push(format!(
            "{corpus}: {name:?}: item list says revision {current}, item history starts at {newest:?}"
        ));
    }
    let text = if deleted {
        None
    } else {
        let out = env.run(&["item", "show", &name, "--raw"]);
        assert_eq!(code(&out), 0, "{corpus}: item show {name:?} --raw");
        match String::from_utf8(out.stdout) {
            Ok(t) => Some(t.replace('\r', "")),
            Err(_) => {
                diffs.push(format!(
                    "{corpus}: {name:?}: the current text is not UTF-8 (moin 1.9 cannot read it)"
                ));
                None
            }
        }
    };
    let page_lines = log_with_times(env, diffs, corpus, &name, &name, false, live);
    let last = page_lines
        .iter()
        .find(|(revno, _)| *revno == current)
        .map(|(_, l)| l.clone());
    let mut log: Vec<LogLine> = page_lines.into_iter().map(|(_, l)| l).collect();
    let mut present = BTreeSet::new();
    for a in attachments
        .iter()
        .filter(|a| parent(a["name"].as_str().unwrap()) == name)
    {
        let a_name = s(a, "name");
        if a["deleted"].as_bool() == Some(false) {
            present.insert(a_name[name.len() + 1..].to_string());
        }
        log.extend(
            log_with_times(env, diffs, corpus, &a_name, &name, true, live)
                .into_iter()
                .map(|(_, l)| l),
        );
    }
    Reported {
        exists: !deleted,
        current,
        revisions,
        text,
        log,
        last,
        attachments: present,
    }
}

/// Compares one corpus; returns (pages, revision files, log lines, attachments, users) checked.
fn compare_corpus(
    python: &OsString,
    corpus: &str,
    diffs: &mut Vec<String>,
) -> (usize, usize, usize, usize, usize) {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let source = corpus_data(corpus);
    let migrated = env.run(&["migrate", "moin16", source.to_str().unwrap(), "--users"]);
    assert_eq!(
        code(&migrated),
        0,
        "{corpus}: migrate: {}",
        String::from_utf8_lossy(&migrated.stderr)
    );
    let out = env.path("exported");
    env.json(&["export", "moin16", out.to_str().unwrap()]);
    // moin writes into what it reads (empty edit-logs for pages without one): a copy.
    let copy = env.path("source");
    copy_tree(&source, &copy);
    // read_datadir.py lists user/, which vietlq's data dir lacks; users are compared elsewhere.
    std::fs::create_dir_all(copy.join("user")).unwrap();
    compare(python, &env, corpus, &out, Served::Exported(&copy), diffs)
}

/// How the data dir moin reads came to be.
#[derive(Clone, Copy)]
enum Served<'a> {
    /// Migrated from this source data dir and exported: the edit-logs are the source's, byte
    /// for byte, so moin must read the same lines in both.
    Exported(&'a Path),
    /// Served and written by `--store moin16:DATA_DIR`.
    Live,
}

/// What moin reads in `data_dir` against what `env`'s store reports (the same data, migrated
/// and exported, or served live by `--store moin16:DATA_DIR`).
fn compare(
    python: &OsString,
    env: &Env,
    corpus: &str,
    out: &Path,
    served: Served,
    diffs: &mut Vec<String>,
) -> (usize, usize, usize, usize, usize) {
    let moin = moin_reads(python, out);
    assert_eq!(moin["moin"].as_str(), Some("1.9.11"));
    // What moin reads in the source data dir, for an export: its pages by name.
    let moin_source = match served {
        Served::Exported(source) => Some(moin_reads(python, source)),
        Served::Live => None,
    };
    let source_pages: BTreeMap<String, &Value> = moin_source
        .iter()
        .flat_map(|m| m["pages"].as_array().unwrap())
        .filter(|p| p["current_rev"].as_u64() != Some(99_999_999))
        .map(|p| (s(p, "name"), p))
        .collect();
    // Either way, a revision without a line of its own in its page's log has none for moin.
    let own_lines_only = true;

    // Page names, and which exist.
    let pages = env.json(&["item", "list", "--kind", "page", "--include-deleted"]);
    let pages = pages.as_array().unwrap();
    let attachments = env.json(&["item", "list", "--kind", "attachment", "--include-deleted"]);
    let attachments = attachments.as_array().unwrap();
    let ours: BTreeMap<String, &Value> = pages.iter().map(|p| (s(p, "name"), p)).collect();
    // Directories moin lists without a `current` (made by reads of missing pages) are no
    // pages to either; exports never have them.
    let theirs: BTreeMap<String, &Value> = moin["pages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["current_rev"].as_u64() != Some(99_999_999))
        .map(|p| (s(p, "name"), p))
        .collect();
    for name in theirs.keys().filter(|n| !ours.contains_key(*n)) {
        diffs.push(format!(
            "{corpus}: moin lists page {name:?}, storectl does not"
        ));
    }
    for name in ours.keys().filter(|n| !theirs.contains_key(*n)) {
        diffs.push(format!(
            "{corpus}: storectl lists page {name:?}, moin does not"
        ));
    }

    let (mut revision_files, mut log_lines, mut attachment_files) = (0, 0, 0);
    for (name, page) in &ours {
        let Some(m) = theirs.get(name) else { continue };
        let r = reported(env, diffs, corpus, page, attachments, own_lines_only);
        let differ = |diffs: &mut Vec<String>, field: &str, moin: String, storectl: String| {
            if moin != storectl {
                diffs.push(format!(
                    "{corpus}: page {name:?}: {field}: moin {moin}, storectl {storectl}"
                ));
            }
        };
        differ(
            diffs,
            "exists",
            m["exists"].to_string(),
            r.exists.to_string(),
        );
        differ(
            diffs,
            "current_rev",
            m["current_rev"].to_string(),
            r.current.to_string(),
        );
        differ(
            diffs,
            "get_real_rev",
            m["real_rev"].to_string(),
            r.current.to_string(),
        );
        let moin_revs: Vec<u64> = m["revisions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        differ(
            diffs,
            "revisions (getRevList)",
            format!("{moin_revs:?}"),
            format!("{:?}", r.revisions),
        );
        let moin_text = m["text"].as_str().map(str::to_string);
        if moin_text != r.text {
            let show = |t: &Option<String>| match t {
                None => "none".to_string(),
                Some(t) => format!(
                    "{} chars, starting {:?}",
                    t.chars().count(),
                    t.chars().take(60).collect::<String>()
                ),
            };
            differ(diffs, "text", show(&moin_text), show(&r.text));
        }
        let moin_atts: BTreeSet<String> = m["attachments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        differ(
            diffs,
            "attachments",
            format!("{moin_atts:?}"),
            format!("{:?}", r.attachments),
        );
        let moin_log: Vec<LogLine> = m["log"]
            .as_array()
            .unwrap()
            .iter()
            .map(LogLine::from_moin)
            .collect();
        match source_pages.get(name) {
            // Every line the migration read comes back: moin reads the export's page log as it
            // reads the source's, and every line storectl reports is among them.
            Some(src) => {
                let source_log: Vec<LogLine> = src["log"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(LogLine::from_moin)
                    .collect();
                if source_log != moin_log {
                    diffs.push(format!(
                        "{corpus}: page {name:?}: moin reads another edit-log in the export than in the source: {moin_log:?} vs {source_log:?}"
                    ));
                }
                for l in minus(&r.log, &moin_log) {
                    diffs.push(format!(
                        "{corpus}: page {name:?}: edit-log: storectl reports a line moin does not read: {l:?}"
                    ));
                }
            }
            None => compare_logs(
                diffs,
                &format!("{corpus}: page {name:?}: edit-log"),
                &moin_log,
                &r.log,
            ),
        }
        let moin_last = match &m["last_edit"] {
            Value::Null => None,
            v => Some(LogLine::from_moin(v)),
        };
        differ(
            diffs,
            "last edit (Page.editlog_entry)",
            format!("{moin_last:?}"),
            format!("{:?}", r.last),
        );
        revision_files += r.revisions.len();
        log_lines += r.log.len();
        attachment_files += r.attachments.len();
    }

    // The global edit-log: every line of every item, in time order.
    let moin_global: Vec<LogLine> = moin["global_log"]
        .as_array()
        .unwrap()
        .iter()
        .map(LogLine::from_moin)
        .collect();
    if let Some(m) = &moin_source {
        // An export's global log is the source's, byte for byte.
        let source_global: Vec<LogLine> = m["global_log"]
            .as_array()
            .unwrap()
            .iter()
            .map(LogLine::from_moin)
            .collect();
        if source_global != moin_global {
            diffs.push(format!(
                "{corpus}: moin reads {} global edit-log lines in the export, {} in the source",
                moin_global.len(),
                source_global.len()
            ));
        }
        let users = moin_users_and_ours(env, &moin, corpus, diffs);
        return (
            ours.len(),
            revision_files,
            log_lines,
            attachment_files,
            users,
        );
    }
    if let Some(w) = moin_global.windows(2).find(|w| w[1].time_us < w[0].time_us) {
        diffs.push(format!(
            "{corpus}: the global edit-log goes back in time: {:?} then {:?}",
            w[0], w[1]
        ));
    }
    let attachment_names: BTreeSet<String> = attachments.iter().map(|a| s(a, "name")).collect();
    let ours_global: Vec<LogLine> = env
        .json(&["item", "log"])
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let item = s(row, "name");
            let revno = row["revision"].as_u64().unwrap();
            let time_us = rfc3339_us(row);
            let attachment = attachment_names.contains(&item);
            let page =
                row["moin_page"]
                    .as_str()
                    .unwrap_or(if attachment { parent(&item) } else { &item });
            if attachment {
                LogLine::from_storectl(row, page, ATTACHMENT_REV.to_string(), time_us)
            } else {
                LogLine::from_storectl(row, page, format!("{revno:08}"), time_us)
            }
        })
        .collect();
    compare_logs(
        diffs,
        &format!("{corpus}: global edit-log"),
        &moin_global,
        &ours_global,
    );

    let users = moin_users_and_ours(env, &moin, corpus, diffs);
    (
        ours.len(),
        revision_files,
        log_lines,
        attachment_files,
        users,
    )
}

/// Compares the user names moin reads with storectl's; returns how many storectl has.
fn moin_users_and_ours(env: &Env, moin: &Value, corpus: &str, diffs: &mut Vec<String>) -> usize {
    let moin_users: Vec<String> = {
        let mut u: Vec<String> = moin["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| s(u, "name"))
            .collect();
        u.sort();
        u
    };
    let our_users: Vec<String> = {
        let mut u: Vec<String> = env
            .json(&["item", "users"])
            .as_array()
            .unwrap()
            .iter()
            .map(|u| s(u, "name"))
            .collect();
        u.sort();
        u
    };
    if moin_users != our_users {
        diffs.push(format!(
            "{corpus}: users: moin {moin_users:?}, storectl {our_users:?}"
        ));
    }
    our_users.len()
}

#[test]
fn moin_reads_every_exported_corpus_as_storectl_reports_it() {
    let Some(python) = common::test_skip::moin_python() else {
        return;
    };
    if common::test_skip::corpus().is_none() {
        return;
    }
    let started = Instant::now();
    let mut diffs = Vec::new();
    for corpus in MOIN16_CORPORA {
        let (pages, revisions, lines, attachments, users) =
            compare_corpus(&python, corpus, &mut diffs);
        println!(
            "{corpus}: moin 1.9.11 read {pages} pages, {revisions} revision files, {lines} edit-log lines, {attachments} attachments, {users} users"
        );
    }
    println!("{:.1?}", started.elapsed());
    assert!(
        diffs.is_empty(),
        "{} differences between what moin 1.9.11 reads and what storectl reports:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

/// Copies a directory tree (a corpus, so that the live backend can write into the copy).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
            let mut perms = std::fs::metadata(&target).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            std::fs::set_permissions(&target, perms).unwrap();
        }
    }
}

/// Every kind of write the live backend does, as three users: one with a moin profile, one
/// without (logged as moin logs an override name), and an anonymous one.
fn edit_live(env: &Env, label: &str) {
    let run = |who: Option<&str>, args: &[&str], stdin: &str| {
        let mut full: Vec<&str> = Vec::new();
        if let Some(w) = who {
            full.extend(["--as", w]);
        }
        full.extend(args);
        let out = env.run_stdin(&full, stdin);
        assert_eq!(
            code(&out),
            0,
            "{label}: storectl {full:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(
        None,
        &[
            "item",
            "user",
            "add",
            "LiveAlice",
            "--email",
            "alice@example.org",
        ],
        "",
    );
    let alice = Some("LiveAlice");
    run(
        alice,
        &["item", "put", "LivePage", "-", "--comment", "first\tdraft"],
        "= Live =\nline one\n",
    );
    run(
        alice,
        &["item", "put", "LivePage", "-"],
        "= Live =\nline one\nline two\n",
    );
    run(
        Some("bob"),
        &["item", "put", "LivePage/Sub Page", "-"],
        "#acl All:read\nsub page\n",
    );
    run(
        None,
        &["item", "put", "Live Anonymous", "-"],
        "written by nobody\n",
    );
    run(
        alice,
        &[
            "item",
            "put",
            "LivePage/notes.txt",
            "-",
            "--kind",
            "attachment",
        ],
        "v1",
    );
    run(
        alice,
        &["item", "put", "LivePage/notes.txt", "-"],
        "v2, overwritten",
    );
    run(
        alice,
        &[
            "item",
            "put",
            "LivePage/gone file.bin",
            "-",
            "--kind",
            "attachment",
        ],
        "x",
    );
    run(alice, &["item", "delete", "LivePage/gone file.bin"], "");
    run(
        Some("bob"),
        &["item", "delete", "Live Anonymous", "--comment", "spam"],
        "",
    );
    run(alice, &["item", "put", "Live Anonymous", "-"], "revived\n");
    run(
        alice,
        &[
            "item",
            "rename",
            "LivePage/Sub Page",
            "LiveMoved",
            "--comment",
            "move",
        ],
        "",
    );
    run(alice, &["item", "revert", "LivePage", "--to", "1"], "");
    // Failed and dry-run writes leave nothing behind.
    let out = env.run_stdin(
        &["item", "put", "LivePage", "-", "--rev-expected", "1"],
        "lost\n",
    );
    assert_eq!(code(&out), 4, "{label}: --rev-expected conflict");
    run(
        alice,
        &["item", "put", "LivePage", "-", "--dry-run"],
        "not written\n",
    );
}

#[test]
fn moin_reads_data_dirs_written_through_the_live_backend_as_storectl_reports_them() {
    let Some(python) = common::test_skip::moin_python() else {
        return;
    };
    let mut diffs = Vec::new();
    // A new wiki: a data dir exported from an empty store, then written only by storectl.
    let empty = Env::new();
    let fresh = empty.path("fresh");
    empty.json(&["init"]);
    empty.json(&["export", "moin16", fresh.to_str().unwrap()]);
    // A real wiki's data, with its own history, written on top.
    let copied = empty.path("copied");
    copy_tree(&corpus_data("mathrho__moinWiki"), &copied);
    for (label, dir) in [("fresh", &fresh), ("mathrho__moinWiki (copy)", &copied)] {
        let live = Env::new()
            .with_var("STORECTL_ACL_ENFORCE", "false")
            .with_var("STORECTL_STORE", &format!("moin16:{}", dir.display()));
        edit_live(&live, label);
        let (pages, revisions, lines, attachments, users) =
            compare(&python, &live, label, dir, Served::Live, &mut diffs);
        println!(
            "{label}: moin 1.9.11 read {pages} pages, {revisions} revision files, {lines} edit-log lines, {attachments} attachments, {users} users"
        );
        let check = live.run(&["check"]);
        assert_eq!(
            code(&check),
            0,
            "{label}: check: {}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
    assert!(
        diffs.is_empty(),
        "{} differences between what moin 1.9.11 reads and what storectl reports:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}
