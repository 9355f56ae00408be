//! End-to-end benchmark of the namespaces face, run as a user would: whole `storectl` processes.
//!
//! `cargo bench --bench namespaces` measures
//! - `namespace import` of an NDJSON file (records/s and the child's peak RSS), next to a raw
//!   rusqlite insert of the same rows into the same schema;
//! - `namespace get` latency (median of many runs), next to the system `sqlite3` CLI doing the
//!   same lookup.
//!
//! STORECTL_BENCH_RECORDS (default 1,000,000) and STORECTL_BENCH_RUNS (default 200) shrink it
//! for a quick run. The output ends with a block that can be pasted into a README.

mod common;

use common::namespace_rows::{raw_insert, value_of, write_ndjson};

use common::{env_number, machine, median, mib, millis, ratio, table_row, thousands, today};

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
/// Size of the first, smaller import: its peak RSS is compared with the full one's.
const SMALL_RECORDS: u64 = 100_000;
/// Runs of each `get` command before timing, to warm the page cache and the binaries.
const WARMUP_RUNS: usize = 5;

fn main() {
    let records = env_number("STORECTL_BENCH_RECORDS", 1_000_000).max(2);
    let runs = env_number("STORECTL_BENCH_RUNS", 200).max(1) as usize;
    let small_records = SMALL_RECORDS.min(records);
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let path = |name: &str| dir.path().join(name);

    eprintln!("generating {records} records...");
    write_ndjson(&path("small.ndjson"), small_records);
    write_ndjson(&path("full.ndjson"), records);

    // The small import runs first in its own store, so that its peak RSS is measured alone.
    eprintln!("importing {small_records} records...");
    let (_, small_rss) = import(&path("small.db"), &path("small.ndjson"));
    eprintln!("importing {records} records...");
    let (import_time, full_rss) = import(&path("store.db"), &path("full.ndjson"));
    check_len(&path("store.db"), records);
    let import_rate = records as f64 / import_time.as_secs_f64();

    eprintln!("raw SQLite insert of {records} rows...");
    let raw_rate = records as f64 / raw_insert(&path("raw.db"), records).as_secs_f64();

    // The middle key: key0500000 for the default million records.
    let key = format!("key{:07}", records / 2);
    eprintln!("namespace get {key}, {runs} runs...");
    let (get_median, sqlite3_median) = get_latency(&path("store.db"), &key, runs);

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    table_row(
        &format!(
            "`namespace import` of {} NDJSON records",
            thousands(records)
        ),
        &format!(
            "{} records/s ({:.2} s)",
            thousands(import_rate as u64),
            import_time.as_secs_f64()
        ),
        &format!(
            "raw rusqlite insert into the same schema: {} rows/s",
            thousands(raw_rate as u64)
        ),
        &ratio(import_rate, raw_rate),
    );
    table_row(
        "peak memory of that import",
        &mib(full_rss),
        &format!(
            "the same import of {} records: {}",
            thousands(small_records),
            mib(small_rss)
        ),
        &format!(
            "{} (memory does not grow with input)",
            ratio(full_rss as f64, small_rss as f64)
        ),
    );
    let figure = format!(
        "`namespace get NS KEY` on a store of {} keys, whole process, median of {runs}",
        thousands(records)
    );
    match sqlite3_median {
        Some(reference) => table_row(
            &figure,
            &millis(get_median),
            &format!(
                "`sqlite3 STORE \"select value from namespace_entries where ...\"`: {}",
                millis(reference)
            ),
            &format!("{:.1}×", get_median.as_secs_f64() / reference.as_secs_f64()),
        ),
        None => table_row(&figure, &millis(get_median), "no sqlite3 CLI here", ""),
    }
}

/// Imports `input` into a new store; returns the wall time and the process's peak RSS in bytes.
// The child is reaped by wait4 rather than Child::wait, which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn import(store: &Path, input: &Path) -> (Duration, u64) {
    let mut cmd = storectl(store);
    cmd.args(["--quiet", "namespace", "import"])
        .arg(input)
        .stdout(Stdio::null());
    let start = Instant::now();
    let child = cmd.spawn().expect("cannot run storectl");
    // wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) would give the maximum
    // over every child waited for so far.
    let mut status = 0;
    // SAFETY: rusage is plain old data, for which all-zero bytes are valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: `pid` is our unwaited child; `status` and `usage` are valid for writes.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(
        waited,
        pid,
        "wait4 failed: {}",
        std::io::Error::last_os_error()
    );
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "storectl namespace import failed (wait status {status})"
    );
    // Linux reports ru_maxrss in KiB.
    (elapsed, usage.ru_maxrss as u64 * 1024)
}

fn storectl(store: &Path) -> Command {
    let mut cmd = Command::new(STORECTL);
    cmd.arg("--store")
        .arg(format!("sqlite:{}", store.display()))
        // Keep the user's settings out of the measurement.
        .env_remove("STORECTL_STORE");
    cmd
}

/// Guards against timing an import that silently stored less than it read.
fn check_len(store: &Path, records: u64) {
    let out = storectl(store)
        .args(["namespace", "len", "bench"])
        .output()
        .expect("cannot run storectl");
    let len = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        len.trim(),
        records.to_string(),
        "namespace len after import"
    );
}

/// Median wall times of `storectl namespace get` and, when installed, of the `sqlite3` CLI doing
/// the same lookup. Runs alternate between the two so that machine noise hits both alike.
fn get_latency(store: &Path, key: &str, runs: usize) -> (Duration, Option<Duration>) {
    let mut get = storectl(store);
    get.args(["namespace", "get", "bench", key]);
    let mut sqlite3 = Command::new("sqlite3");
    sqlite3.arg(store).arg(format!(
        "select value from namespace_entries where namespace_id = \
         (select id from namespaces where name = 'bench') and key = '{key}'"
    ));
    let sqlite3_installed = Command::new("sqlite3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !sqlite3_installed {
        eprintln!("sqlite3 CLI not installed: no reference for namespace get");
    }

    // Warm-up runs also check that both print the value that was imported.
    let expected = format!("{}\n", value_of(record_number(key)));
    for _ in 0..WARMUP_RUNS {
        assert_eq!(run(&mut get).1, expected, "storectl namespace get output");
        if sqlite3_installed {
            assert_eq!(run(&mut sqlite3).1, expected, "sqlite3 output");
        }
    }

    let mut get_times = Vec::with_capacity(runs);
    let mut sqlite3_times = Vec::with_capacity(runs);
    for i in 0..runs {
        // Alternate which goes first too, so neither always runs right after the other.
        if !sqlite3_installed {
            get_times.push(run(&mut get).0);
        } else if i % 2 == 0 {
            get_times.push(run(&mut get).0);
            sqlite3_times.push(run(&mut sqlite3).0);
        } else {
            sqlite3_times.push(run(&mut sqlite3).0);
            get_times.push(run(&mut get).0);
        }
    }
    let reference = sqlite3_installed.then(|| median(sqlite3_times));
    (median(get_times), reference)
}

/// The record number in a key made by `key_of`.
fn record_number(key: &str) -> u64 {
    key.trim_start_matches("key").parse().expect("a bench key")
}

/// Runs `cmd` to completion with its output captured; returns the wall time and stdout.
fn run(cmd: &mut Command) -> (Duration, String) {
    let start = Instant::now();
    let out = cmd.output().expect("cannot run the command");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd.get_program(),
        String::from_utf8_lossy(&out.stderr)
    );
    (elapsed, String::from_utf8_lossy(&out.stdout).into_owned())
}
