//! The store's write-ahead log between processes: a one-shot write leaves its commit in the log
//! (no checkpoint at every exit), the next process reads it from there, and checkpoints by size
//! keep the log bounded.

use std::path::{Path, PathBuf};

use serde_json::json;

use storectl::engine::sqlite::{CHECKPOINT_PAGES, LOG_LIMIT_BYTES};

use crate::common::Env;

fn log_of(store: &Path) -> PathBuf {
    let mut wal = store.as_os_str().to_owned();
    wal.push("-wal");
    wal.into()
}

fn log_bytes(store: &Path) -> u64 {
    std::fs::metadata(log_of(store)).map_or(0, |m| m.len())
}

#[test]
fn a_one_shot_write_stays_in_the_log_and_the_next_process_reads_it() {
    let env = Env::new();
    env.json(&["init"]);
    let file_before = std::fs::read(&env.store).unwrap();
    env.json(&["namespace", "set", "ns", "k", "\"v\""]);
    // The process exited without a checkpoint: its commit is in the log, the store file is
    // as it was.
    assert!(log_bytes(&env.store) > 0, "the log was removed at exit");
    assert_eq!(std::fs::read(&env.store).unwrap(), file_before);
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!("v"));
    // SQLite's own reader (another program, another connection) sees it too.
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    let value: String = conn
        .query_row(
            "SELECT CAST(value AS TEXT) FROM namespace_entries WHERE key = 'k'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(value, "\"v\"");
    drop(conn);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

#[test]
fn many_one_shot_writes_keep_the_log_within_its_checkpoint_threshold() {
    let env = Env::new();
    env.json(&["init"]);
    // 8 KiB values: each write adds a dozen or more 16 KB pages (the entry, its index, the
    // namespace's counters), so the threshold is crossed every few writes.
    let value = format!("\"{}\"", "x".repeat(8192));
    let mut one_transaction = 0;
    let mut largest = 0;
    let mut checkpoints = 0;
    for i in 0..60 {
        let (file_before, log_before) = (
            std::fs::metadata(&env.store).unwrap().len(),
            log_bytes(&env.store),
        );
        env.json(&["namespace", "set", "ns", &format!("k{i}"), &value]);
        let after = log_bytes(&env.store);
        one_transaction = one_transaction.max(after.saturating_sub(log_before));
        largest = largest.max(after);
        // Never more than the threshold (the file is cut back to it when the log starts over)
        // and the one transaction that crossed it.
        let bound = LOG_LIMIT_BYTES as u64 + one_transaction;
        assert!(
            after <= bound,
            "write {i}: the log grew to {after} bytes (threshold {CHECKPOINT_PAGES} pages, \
             bound {bound})"
        );
        // A checkpoint copies the log's pages into the store file, which grows.
        if std::fs::metadata(&env.store).unwrap().len() > file_before {
            checkpoints += 1;
        }
    }
    assert!(
        one_transaction < LOG_LIMIT_BYTES as u64 / 2,
        "one write took {one_transaction} bytes of log"
    );
    assert!(
        checkpoints >= 2,
        "{checkpoints} checkpoints in 60 writes (largest log {largest} bytes)"
    );
    let keys = env.json(&["namespace", "keys", "ns"]);
    assert_eq!(keys.as_array().map(Vec::len), Some(60), "{keys}");
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// The fsync and fdatasync calls of one storectl run, counted by `strace -f -c`; `None` (after
/// a visible skip) where strace cannot run.
fn fsyncs_of(env: &Env, args: &[&str]) -> Option<u64> {
    let summary = env.path("strace.txt");
    let cmd = env.std_cmd();
    let mut traced = std::process::Command::new("strace");
    traced
        .args(["-f", "-c", "-e", "trace=fsync,fdatasync", "-o"])
        .arg(&summary)
        .arg(cmd.get_program())
        .args(args)
        .current_dir(env.dir.path());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => traced.env(key, v),
            None => traced.env_remove(key),
        };
    }
    match traced.output() {
        Ok(out) if out.status.success() => {}
        _ => {
            crate::common::test_skip::skip("strace cannot run here: cannot count fsyncs");
            return None;
        }
    }
    let text = std::fs::read_to_string(&summary).unwrap();
    // "100.00    0.000137          68         2           total": the calls before "total";
    // no line at all when there was none.
    Some(
        text.lines()
            .find(|l| l.trim_end().ends_with("total"))
            .and_then(|l| l.split_whitespace().rev().nth(1)?.parse().ok())
            .unwrap_or(0),
    )
}

#[test]
fn a_one_shot_write_on_a_warm_store_syncs_once() {
    let env = Env::new();
    env.json(&["init"]);
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let args = ["namespace", "set", "ns", "k", "2"];
    let Some(fsyncs) = fsyncs_of(&env, &args) else {
        return;
    };
    // Its commit in the log; no new log (header and directory), no checkpoint at exit (log
    // and store file), no directory sync for the log the last write left.
    assert_eq!(fsyncs, 1, "fsyncs of storectl {args:?}");
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!(2));
}
