//! `storectl serve` as a program uses it: one process, requests over a pipe.
//!
//! `cargo bench --bench serve` prints, each next to its reference measured in the same run:
//! - `namespace get` round trips one at a time, next to the same client code talking to `cat`
//!   over the same kind of pipe (the floor of a process-to-process round trip; target: at least
//!   0.7× the `cat` rate);
//! - pipelined `namespace get`: 1,000 requests written before the first response is read
//!   (target: at least 100,000/s), next to `cat` pipelined the same way;
//! - an in-process SQLite point read of the same row (rusqlite, one implicit transaction each);
//! - durable `namespace set` one at a time, each its own commit, next to the same insert and
//!   commit done in-process with rusqlite on a copy of the same store (target: at most 2×).
//!
//! The one-at-a-time figure is also printed for a Python client (the issue's reference: a Python
//! client gets about 17,000 round trips/s from `cat`), when python3 is installed.
//!
//! The store holds STORECTL_BENCH_KEYS keys (default 100,000). Each figure is the median of
//! STORECTL_BENCH_RUNS runs (default 5), storectl and its reference alternating;
//! STORECTL_BENCH_TRIPS (default 20,000) round trips per run, STORECTL_BENCH_WRITES (default
//! 500) writes per run.

mod common;

use common::namespace_rows::{key_of, value_of};
use common::{env_number, machine, median, table_row, thousands, today, verdict};

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
const NS: &str = "bench";
const PIPELINE: usize = 1000;

/// A child process talked to over its stdin and stdout, by the same client code for `cat` and
/// for `storectl serve`.
struct Peer {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    line: String,
}

impl Peer {
    fn start(cmd: &mut Command) -> Peer {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", cmd.get_program()));
        Peer {
            stdin: child.stdin.take().unwrap(),
            stdout: BufReader::new(child.stdout.take().unwrap()),
            child,
            line: String::new(),
        }
    }

    /// Sends one line and reads one back.
    fn round_trip(&mut self, request: &[u8]) -> &str {
        self.stdin.write_all(request).expect("write a request");
        self.line.clear();
        self.stdout
            .read_line(&mut self.line)
            .expect("read a response");
        assert!(!self.line.is_empty(), "the peer closed its output");
        &self.line
    }

    /// Writes `requests` (PIPELINE lines) at once, then reads as many lines.
    fn pipelined(&mut self, requests: &[u8]) {
        self.stdin.write_all(requests).expect("write requests");
        for _ in 0..PIPELINE {
            self.line.clear();
            self.stdout
                .read_line(&mut self.line)
                .expect("read a response");
        }
    }

    /// Ends the peer; returns the CPU time (user + system) it used over its life.
    // The child is reaped by wait4 rather than Child::wait, which clippy cannot see.
    #[allow(clippy::zombie_processes)]
    fn stop(self) -> Duration {
        drop(self.stdin);
        let pid = self.child.id() as libc::pid_t;
        let mut status = 0;
        // SAFETY: rusage is plain old data, for which all-zero bytes are valid.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `pid` is our unwaited child; `status` and `usage` are valid for writes.
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        assert_eq!(waited, pid, "wait4 failed");
        assert!(
            libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            "the peer failed: wait status {status}"
        );
        let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
        time(usage.ru_utime) + time(usage.ru_stime)
    }
}

/// CPU time (user + system) of this thread so far.
fn thread_cpu() -> Duration {
    // SAFETY: rusage is plain old data; getrusage fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid rusage to write.
    unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut usage) };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    time(usage.ru_utime) + time(usage.ru_stime)
}

fn serve(store: &Path) -> Peer {
    let mut cmd = Command::new(STORECTL);
    cmd.arg("--store").arg(store).arg("serve");
    Peer::start(&mut cmd)
}

fn get_request(i: u64, keys: u64) -> Vec<u8> {
    format!(
        "{{\"id\":{i},\"cmd\":[\"namespace\",\"get\",\"{NS}\",\"{}\"]}}\n",
        key_of(i % keys + 1)
    )
    .into_bytes()
}

/// Round trips per second, one at a time.
fn one_at_a_time(peer: &mut Peer, trips: u64, keys: u64, check: bool) -> f64 {
    let requests: Vec<Vec<u8>> = (0..trips).map(|i| get_request(i, keys)).collect();
    // Warm up: the first requests pay for caches and page faults.
    for request in requests.iter().take(100) {
        peer.round_trip(request);
    }
    let start = Instant::now();
    for request in &requests {
        let response = peer.round_trip(request);
        if check {
            debug_assert!(response.contains("\"ok\""), "{response}");
        }
    }
    trips as f64 / start.elapsed().as_secs_f64()
}

/// Requests per second, PIPELINE written before the first response is read.
fn pipelined(peer: &mut Peer, rounds: u64, keys: u64) -> f64 {
    let requests: Vec<u8> = (0..PIPELINE as u64)
        .flat_map(|i| get_request(i * 7919, keys))
        .collect();
    peer.pipelined(&requests);
    let start = Instant::now();
    for _ in 0..rounds {
        peer.pipelined(&requests);
    }
    (rounds as usize * PIPELINE) as f64 / start.elapsed().as_secs_f64()
}

/// In-process point reads per second: the SELECT storectl runs, prepared once, each read its
/// own implicit transaction.
fn sqlite_point_reads(db: &Path, trips: u64, keys: u64) -> (f64, Duration) {
    let conn = rusqlite::Connection::open(db).expect("open the copy");
    let mut select = conn
        .prepare(
            "SELECT e.value FROM namespace_entries e JOIN namespaces n ON n.id = e.namespace_id
              WHERE n.name = ?1 AND e.key = ?2",
        )
        .expect("prepare");
    let names: Vec<String> = (0..trips).map(|i| key_of(i % keys + 1)).collect();
    let cpu = thread_cpu();
    let start = Instant::now();
    for key in &names {
        let value: String = select
            .query_row([NS, key.as_str()], |r| r.get(0))
            .expect("a row");
        std::hint::black_box(value);
    }
    let rate = trips as f64 / start.elapsed().as_secs_f64();
    (rate, (thread_cpu() - cpu) / trips as u32)
}

/// Writes in blocks of this many, serve's and rusqlite's alternating, so that both meet the
/// same disk (other processes' fsyncs come and go).
const WRITE_BLOCK: u64 = 25;

/// Mean latencies of `writes` durable `namespace set` requests to serve, one at a time, and of
/// the same upserts in-process on the copy (BEGIN IMMEDIATE, upsert, COMMIT each).
fn durable_writes(peer: &mut Peer, copy: &Path, writes: u64, run: usize) -> (Duration, Duration) {
    let mut conn = rusqlite::Connection::open(copy).expect("open the copy");
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let id: i64 = conn
        .query_row("SELECT id FROM namespaces WHERE name = ?1", [NS], |r| {
            r.get(0)
        })
        .expect("the namespace");
    let (mut serve, mut sqlite) = (Duration::ZERO, Duration::ZERO);
    let mut i = 0;
    while i < writes {
        let block = i..(i + WRITE_BLOCK).min(writes);
        let requests: Vec<Vec<u8>> = block
            .clone()
            .map(|i| {
                format!(
                    "{{\"id\":{i},\"cmd\":[\"namespace\",\"set\",\"{NS}\",\"new-{run}-{i}\",\"{}\"]}}\n",
                    value_of(i).replace('"', "\\\"")
                )
                .into_bytes()
            })
            .collect();
        let start = Instant::now();
        for request in &requests {
            let response = peer.round_trip(request);
            assert!(response.contains("\"ok\""), "{response}");
        }
        serve += start.elapsed();
        let start = Instant::now();
        for i in block.clone() {
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .unwrap();
            tx.prepare_cached(
                "INSERT INTO namespace_entries (namespace_id, key, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (namespace_id, key) DO UPDATE SET value = excluded.value
                 WHERE value IS NOT excluded.value",
            )
            .unwrap()
            .execute(rusqlite::params![id, format!("new-{run}-{i}"), value_of(i)])
            .unwrap();
            tx.commit().unwrap();
        }
        sqlite += start.elapsed();
        i = block.end;
    }
    (serve / writes as u32, sqlite / writes as u32)
}

/// A store of `keys` keys made by `storectl namespace import`, and a copy of it for rusqlite.
fn make_stores(dir: &Path, keys: u64) -> (std::path::PathBuf, std::path::PathBuf) {
    let records = dir.join("records.ndjson");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&records).unwrap());
    for i in 1..=keys {
        writeln!(
            file,
            "{{\"namespace\":\"{NS}\",\"key\":\"{}\",\"value\":{}}}",
            key_of(i),
            value_of(i)
        )
        .unwrap();
    }
    file.flush().unwrap();
    drop(file);
    let store = dir.join("serve.db");
    let status = Command::new(STORECTL)
        .arg("--store")
        .arg(&store)
        .args(["namespace", "import"])
        .arg(&records)
        .stdout(Stdio::null())
        .status()
        .expect("run storectl");
    assert!(status.success(), "namespace import failed");
    let copy = dir.join("rusqlite.db");
    std::fs::copy(&store, &copy).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut from = store.clone().into_os_string();
        from.push(suffix);
        let mut to = copy.clone().into_os_string();
        to.push(suffix);
        if Path::new(&from).exists() {
            std::fs::copy(&from, &to).unwrap();
        }
    }
    (store, copy)
}

/// The same one-at-a-time round trips from a Python client (subprocess + json, as the README's
/// client), against `cat` and `storectl serve`: (cat rate, serve rate), or `None` without
/// python3.
fn python_round_trips(store: &Path, trips: u64, keys: u64) -> Option<(f64, f64)> {
    const CLIENT: &str = r#"
import json, subprocess, sys, time
trips, keys = int(sys.argv[1]), int(sys.argv[2])
def rate(argv):
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    lines = [json.dumps({"id": i, "cmd": ["namespace", "get", "bench", "key%07d" % (i % keys + 1)]}) + "\n"
             for i in range(trips)]
    for line in lines[:100]:
        p.stdin.write(line); p.stdin.flush(); json.loads(p.stdout.readline())
    start = time.perf_counter()
    for line in lines:
        p.stdin.write(line); p.stdin.flush(); json.loads(p.stdout.readline())
    elapsed = time.perf_counter() - start
    p.stdin.close(); p.wait()
    return trips / elapsed
print(rate(["cat"]), rate(sys.argv[3:]))
"#;
    let out = Command::new("python3")
        .args([
            "-c",
            CLIENT,
            &trips.to_string(),
            &keys.to_string(),
            STORECTL,
            "--store",
        ])
        .arg(store)
        .arg("serve")
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut rates = text.split_whitespace().map(|r| r.parse::<f64>().ok());
    Some((rates.next()??, rates.next()??))
}

fn per_second(rate: f64) -> String {
    format!("{}/s ({:.1} µs each)", thousands(rate as u64), 1e6 / rate)
}

fn micros(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    let keys = env_number("STORECTL_BENCH_KEYS", 100_000).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1) as usize;
    let trips = env_number("STORECTL_BENCH_TRIPS", 20_000).max(1);
    let writes = env_number("STORECTL_BENCH_WRITES", 500).max(1);
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    eprintln!("making a store of {keys} keys...");
    let (store, copy) = make_stores(dir.path(), keys);

    let (mut cat_rates, mut serve_rates) = (Vec::new(), Vec::new());
    let (mut cat_piped, mut serve_piped) = (Vec::new(), Vec::new());
    let mut sqlite_reads = Vec::new();
    let (mut sqlite_read_cpu, mut serve_cpu) = (Vec::new(), Vec::new());
    let (mut serve_set, mut sqlite_set) = (Vec::new(), Vec::new());
    let (mut python_cat, mut python_serve) = (Vec::new(), Vec::new());
    let pipeline_rounds = (trips / PIPELINE as u64).max(1);
    for run in 0..runs {
        eprintln!("run {} of {runs}...", run + 1);
        let mut cat = Peer::start(&mut Command::new("cat"));
        cat_rates.push(one_at_a_time(&mut cat, trips, keys, false));
        cat_piped.push(pipelined(&mut cat, pipeline_rounds, keys));
        cat.stop();
        let mut peer = serve(&store);
        serve_rates.push(one_at_a_time(&mut peer, trips, keys, true));
        serve_piped.push(pipelined(&mut peer, pipeline_rounds, keys));
        let (by_serve, by_sqlite) = durable_writes(&mut peer, &copy, writes, run);
        serve_set.push(by_serve);
        sqlite_set.push(by_sqlite);
        peer.stop();
        let (rate, cpu) = sqlite_point_reads(&copy, trips, keys);
        sqlite_reads.push(rate);
        sqlite_read_cpu.push(cpu);
        // serve's own CPU per pipelined `namespace get` (a process of its own, nothing else).
        let mut peer = serve(&store);
        pipelined(&mut peer, pipeline_rounds, keys);
        let requests = (pipeline_rounds + 1) * PIPELINE as u64;
        serve_cpu.push(peer.stop() / requests as u32);
        if let Some((by_cat, by_serve)) = python_round_trips(&store, trips / 4, keys) {
            python_cat.push(by_cat);
            python_serve.push(by_serve);
        }
    }
    let rate =
        |v: Vec<f64>| median(v.into_iter().map(Duration::from_secs_f64).collect()).as_secs_f64();
    // On a machine other jobs share, the best run of each is the figure least disturbed.
    let best = |v: &[f64]| v.iter().cloned().fold(0.0, f64::max);
    let (cat_best, serve_best) = (best(&cat_rates), best(&serve_rates));
    let serve_pipe_best = best(&serve_piped);
    let (cat_rate, serve_rate) = (rate(cat_rates), rate(serve_rates));
    let (cat_pipe, serve_pipe) = (rate(cat_piped), rate(serve_piped));
    let sqlite_read = rate(sqlite_reads);
    let (serve_set, sqlite_set) = (median(serve_set), median(sqlite_set));

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    println!(
        "Store: {} keys; medians of {runs} runs; client: Rust, std::process pipes",
        thousands(keys)
    );
    let ratio = serve_rate / cat_rate;
    table_row(
        "`serve`, one client, `namespace get` round trips one at a time",
        &format!(
            "{} (best run {})",
            per_second(serve_rate),
            per_second(serve_best)
        ),
        &format!(
            "`cat` over the same pipe: {} (best run {})",
            per_second(cat_rate),
            per_second(cat_best)
        ),
        &format!(
            "{ratio:.2}, best runs {:.2} (target ≥ 0.7: {})",
            serve_best / cat_best,
            verdict(ratio >= 0.7)
        ),
    );
    table_row(
        &format!("`serve`, `namespace get` pipelined ({PIPELINE} requests before reading)"),
        &format!(
            "{} (best run {})",
            per_second(serve_pipe),
            per_second(serve_pipe_best)
        ),
        &format!(
            "`cat` pipelined: {}; in-process SQLite point read: {}",
            per_second(cat_pipe),
            per_second(sqlite_read)
        ),
        &format!("target ≥ 100,000/s: {}", verdict(serve_pipe >= 100_000.0)),
    );
    let (serve_cpu, sqlite_read_cpu) = (median(serve_cpu), median(sqlite_read_cpu));
    table_row(
        "`serve` CPU time (user + system) per pipelined `namespace get`, whole process",
        &format!("{:.1} µs", serve_cpu.as_secs_f64() * 1e6),
        &format!(
            "CPU time of the in-process SQLite point read: {:.1} µs",
            sqlite_read_cpu.as_secs_f64() * 1e6
        ),
        &format!(
            "{:.2}",
            serve_cpu.as_secs_f64() / sqlite_read_cpu.as_secs_f64()
        ),
    );
    if python_cat.is_empty() {
        println!("(no python3: the Python client's figure is left out)");
    } else {
        let (cat, serve) = (rate(python_cat), rate(python_serve));
        let ratio = serve / cat;
        table_row(
            "the same, from a Python client (subprocess + json)",
            &per_second(serve),
            &format!("`cat` from the same Python client: {}", per_second(cat)),
            &format!("{ratio:.2} (target ≥ 0.7: {})", verdict(ratio >= 0.7)),
        );
    }
    let ratio = serve_set.as_secs_f64() / sqlite_set.as_secs_f64();
    table_row(
        "`serve`, durable `namespace set`, each its own commit (round trip)",
        &micros(serve_set),
        &format!(
            "rusqlite in-process, BEGIN IMMEDIATE + upsert + COMMIT on a copy of the store: {}",
            micros(sqlite_set)
        ),
        &format!("{ratio:.2} (target ≤ 2: {})", verdict(ratio <= 2.0)),
    );
}
