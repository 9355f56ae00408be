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
