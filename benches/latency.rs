//! Latency of single operations, as whole processes of the release binary:
//!
//! - a one-shot durable `storectl namespace set` on a store of STORECTL_BENCH_KEYS keys (default
//!   100,000), next to the system `sqlite3` CLI inserting one row into the same table of the
//!   same store (both `synchronous=FULL`), in alternating blocks of runs (the sqlite3 CLI
//!   checkpoints and removes the store's write-ahead log when it exits; storectl keeps it, so
//!   the first storectl run after a sqlite3 block starts a new log and is not counted), with
//!   the fsyncs of one run of each when `strace` is installed;
//! - lock hand-over: bob waits in `storectl lock acquire --wait`; once he says he waits, this
//!   process releases alice's lock (one durable commit through rusqlite, the same DELETE that
//!   `lock release` runs) and times the release's return to bob's line on stdout (he prints it
//!   after his own commit), over STORECTL_BENCH_HANDOVERS hand-overs (default 50).
//!
//! `cargo bench --bench latency`; STORECTL_BENCH_RUNS (default 30) one-shot writes per series.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{env_number, machine, median, millis, table_row, thousands, today, verdict};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
/// The targets: a one-shot write at most twice the sqlite3 CLI's; a hand-over at most
/// 5 ms.
const WRITE_RATIO_TARGET: f64 = 2.0;
const HAND_OVER_TARGET: Duration = Duration::from_millis(5);
const BLOCKS: usize = 3;

fn storectl(store: &Path) -> Command {
    let mut cmd = storectl_speaking(store);
    cmd.arg("--quiet");
    cmd
}

/// `storectl` without `--quiet`: notes on stderr.
fn storectl_speaking(store: &Path) -> Command {
    let mut cmd = Command::new(STORECTL);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("STORECTL_") {
            cmd.env_remove(key);
        }
    }
    let dir = store.parent().expect("store dir");
    cmd.current_dir(dir)
        .env("HOME", dir)
        .arg("--config")
        .arg(dir.join("empty.toml"))
        .arg("--store")
        .arg(format!("sqlite:{}", store.display()));
    cmd
}

fn sqlite3_insert(store: &Path, key: &str) -> Command {
    let mut cmd = Command::new("sqlite3");
    cmd.arg(store).arg(format!(
        "INSERT INTO namespace_entries (namespace_id, key, value) \
         SELECT id, '{key}', '1' FROM namespaces WHERE name = 'bench'"
    ));
    cmd
}

fn timed(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {:?}: {e}", cmd.get_program()));
    let elapsed = start.elapsed();
    assert!(out.success(), "{cmd:?} failed");
    elapsed
}

/// The fsync and fdatasync calls of `cmd`, counted by `strace -f -c`; `None` without strace.
fn fsyncs(cmd: &Command) -> Option<u64> {
    let summary = std::env::temp_dir().join(format!("latency-strace-{}", std::process::id()));
    let mut traced = Command::new("strace");
    traced
        .args(["-f", "-c", "-e", "trace=fsync,fdatasync", "-o"])
        .arg(&summary)
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(dir) = cmd.get_current_dir() {
        traced.current_dir(dir);
    }
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => traced.env(key, v),
            None => traced.env_remove(key),
        };
    }
    let ok = traced.status().is_ok_and(|s| s.success());
    let text = std::fs::read_to_string(&summary).unwrap_or_default();
    let _ = std::fs::remove_file(&summary);
    if !ok {
        return None;
    }
    // The "total" line: "100.00 0.000137 68 2 total" (calls before "total").
    text.lines()
        .find(|l| l.trim_end().ends_with("total"))
        .and_then(|l| l.split_whitespace().rev().nth(1)?.parse().ok())
        .or(Some(0))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let keys = env_number("STORECTL_BENCH_KEYS", 100_000).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 30).max(BLOCKS as u64) as usize;
    let hand_overs = env_number("STORECTL_BENCH_HANDOVERS", 50).max(1) as usize;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    std::fs::write(dir.path().join("empty.toml"), "").unwrap();
    let store = dir.path().join("store.db");

    eprintln!("importing {} keys...", thousands(keys));
    let input = dir.path().join("keys.ndjson");
    let lines: String = (0..keys)
        .map(|i| format!("{{\"namespace\":\"bench\",\"key\":\"k{i:07}\",\"value\":{i}}}\n"))
        .collect();
    std::fs::write(&input, lines).unwrap();
    timed(storectl(&store).args(["namespace", "import"]).arg(&input));

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    one_shot_writes(&store, keys, runs);
    lock_hand_over(&store, hand_overs);
}

fn one_shot_writes(store: &Path, keys: u64, runs: usize) {
    let have_sqlite3 = Command::new("sqlite3")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    let per_block = runs.div_ceil(BLOCKS);
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let mut n = 0;
    for _ in 0..BLOCKS {
        // The first write of a block starts a new log after the sqlite3 CLI removed it.
        for r in 0..=per_block {
            n += 1;
            let key = format!("set{n}");
            let t = timed(storectl(store).args(["namespace", "set", "bench", &key, "1"]));
            if r > 0 {
                ours.push(t);
            }
        }
        if have_sqlite3 {
            for _ in 0..per_block {
                n += 1;
                theirs.push(timed(&mut sqlite3_insert(store, &format!("sq{n}"))));
            }
        }
    }
    // fsyncs of one more of each, on the warm store (storectl's log in place again first).
    timed(storectl(store).args(["namespace", "set", "bench", "warm", "1"]));
    let our_fsyncs = fsyncs(storectl(store).args(["namespace", "set", "bench", "traced", "1"]));
    let their_fsyncs = have_sqlite3
        .then(|| fsyncs(&sqlite3_insert(store, "sq-traced")))
        .flatten();
    let check = Command::new(STORECTL)
        .arg("--store")
        .arg(store)
        .arg("check")
        .output()
        .unwrap();
    assert!(check.status.success(), "check failed after the writes");

    let ours_median = median(ours.clone());
    let fsync_note = |n: Option<u64>| {
        n.map_or(String::new(), |n| {
            format!(", {n} fsync{}", if n == 1 { "" } else { "s" })
        })
    };
    let figure = format!(
        "one-shot durable `namespace set` on a store of {} keys, whole process, median of {}",
        thousands(keys),
        ours.len()
    );
    if !have_sqlite3 {
        table_row(
            &figure,
            &format!("{}{}", millis(ours_median), fsync_note(our_fsyncs)),
            "no sqlite3 CLI here",
            "",
        );
        return;
    }
    let theirs_median = median(theirs.clone());
    let ratio = ours_median.as_secs_f64() / theirs_median.as_secs_f64();
    table_row(
        &figure,
        &format!(
            "{}{} (target ≤ {WRITE_RATIO_TARGET}× the sqlite3 CLI: {})",
            millis(ours_median),
            fsync_note(our_fsyncs),
            verdict(ratio <= WRITE_RATIO_TARGET)
        ),
        &format!(
            "`sqlite3 STORE \"INSERT INTO namespace_entries ...\"` (one row, same store): {}{}",
            millis(theirs_median),
            fsync_note(their_fsyncs)
        ),
        &format!("{ratio:.2}"),
    );
}

fn lock_hand_over(store: &Path, hand_overs: usize) {
    let resource = "namespace:handover";
    let mut conn = rusqlite::Connection::open(store).expect("open the store");
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    let mut times = Vec::with_capacity(hand_overs);
    let mut commits = Vec::with_capacity(hand_overs);
    for _ in 0..hand_overs {
        timed(storectl(store).args(["--as", "alice", "lock", "acquire", resource]));
        let mut bob = storectl_waiter(store, resource);
        let mut note = String::new();
        let mut stderr = BufReader::new(bob.stderr.take().unwrap());
        stderr.read_line(&mut note).unwrap();
        assert!(note.contains("waiting"), "bob does not wait: {note}");
        let mut stdout = BufReader::new(bob.stdout.take().unwrap());
        // What `lock release` commits, as one durable transaction.
        let begun = Instant::now();
        let tx = conn.transaction().unwrap();
        let removed = tx
            .execute("DELETE FROM locks WHERE resource = ?1", [resource])
            .unwrap();
        tx.commit().unwrap();
        let released = Instant::now();
        commits.push(released - begun);
        assert_eq!(removed, 1);
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        times.push(released.elapsed());
        assert!(line.contains("\"owner\":\"bob\""), "{line}");
        assert!(bob.wait().unwrap().success());
        timed(storectl(store).args(["--as", "bob", "lock", "release", resource]));
    }
    times.sort();
    let med = median(times.clone());
    table_row(
        &format!(
            "lock hand-over: `lock acquire --wait` holding a lock after its release (a durable \
             commit), {} hand-overs",
            times.len()
        ),
        &format!(
            "median {} (target ≤ {} ms: {}); min {}, p99 {}",
            millis(med),
            HAND_OVER_TARGET.as_millis(),
            verdict(med <= HAND_OVER_TARGET),
            millis(times[0]),
            millis(percentile(&times, 0.99))
        ),
        &format!(
            "the release's own durable commit (the waiter then makes one too): median {}",
            millis(median(commits.clone()))
        ),
        &format!("{:.2}", med.as_secs_f64() / median(commits).as_secs_f64()),
    );
}

fn storectl_waiter(store: &Path, resource: &str) -> std::process::Child {
    // Not --quiet: the note on stderr says that bob waits.
    storectl_speaking(store)
        .args(["--as", "bob", "lock", "acquire", resource, "--wait", "60s"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run storectl")
}
