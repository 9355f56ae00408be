//! End-to-end benchmark of `storectl batch`, run as a user would: whole `storectl` processes.
//!
//! `cargo bench --bench batch` measures 100,000 `namespace set` commands, one NDJSON line each,
//! through one `storectl batch FILE` process (one transaction; stdout to /dev/null), as
//! commands/s, next to a raw rusqlite insert of the same rows into the same schema in one
//! transaction with one prepared statement (what `benches/namespaces.rs` also compares with).
//! Target: at least 100,000 commands/s. Each figure is the median of STORECTL_BENCH_RUNS runs
//! (default 5), each into a fresh store, storectl and the reference alternating.
//!
//! STORECTL_BENCH_COMMANDS (default 100,000) sets the number of commands.

mod common;

use common::namespace_rows::{key_of, raw_insert, value_of};

use common::{
    env_number, machine, median, ratio, spawn_measured_cpu, table_row, thousands, today, verdict,
};

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::{Command, Stdio};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
const TARGET_RATE: f64 = 100_000.0;

fn main() {
    let commands = env_number("STORECTL_BENCH_COMMANDS", 100_000).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1) as usize;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let path = |name: &str| dir.path().join(name);

    eprintln!("generating {commands} commands...");
    write_commands(&path("commands.ndjson"), commands);

    let mut batch_times = Vec::with_capacity(runs);
    let mut batch_cpu = Vec::with_capacity(runs);
    let mut raw_times = Vec::with_capacity(runs);
    for run in 0..runs {
        eprintln!(
            "run {} of {runs}: storectl batch, then raw SQLite...",
            run + 1
        );
        let store = path(&format!("batch-{run}.db"));
        // The store exists before the clock starts, as a user's would.
        let status = storectl(&store)
            .args(["init"])
            .stdout(Stdio::null())
            .status()
            .expect("cannot run storectl");
        assert!(status.success(), "storectl init failed");
        let mut cmd = storectl(&store);
        cmd.args(["batch"])
            .arg(path("commands.ndjson"))
            .stdout(Stdio::null());
        let measured = spawn_measured_cpu(&mut cmd);
        assert!(
            measured.run.success,
            "storectl batch failed (wait status {})",
            measured.run.wait_status
        );
        check_len(&store, commands);
        batch_times.push(measured.run.elapsed);
        batch_cpu.push(measured.user + measured.system);
        raw_times.push(raw_insert(&path(&format!("raw-{run}.db")), commands));
    }
    let batch_time = median(batch_times);
    let rate = commands as f64 / batch_time.as_secs_f64();
    let raw_rate = commands as f64 / median(raw_times).as_secs_f64();

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    table_row(
        &format!(
            "`batch` of {} `namespace set` commands, one NDJSON line each, one process and one transaction, median of {runs}",
            thousands(commands)
        ),
        &format!(
            "{} commands/s ({:.2} s, {:.2} s CPU over two threads; target ≥ {}: {})",
            thousands(rate as u64),
            batch_time.as_secs_f64(),
            median(batch_cpu).as_secs_f64(),
            thousands(TARGET_RATE as u64),
            verdict(rate >= TARGET_RATE),
        ),
        &format!(
            "raw rusqlite insert of the same rows in one transaction: {} rows/s",
            thousands(raw_rate as u64)
        ),
        &ratio(rate, raw_rate),
    );
}

fn write_commands(path: &Path, commands: u64) {
    let mut out = BufWriter::new(File::create(path).expect("cannot create the NDJSON file"));
    for i in 1..=commands {
        let line =
            serde_json::json!({"cmd": ["namespace", "set", "bench", key_of(i), value_of(i)]});
        writeln!(out, "{line}").expect("cannot write the NDJSON file");
    }
    out.flush().expect("cannot write the NDJSON file");
}

fn storectl(store: &Path) -> Command {
    let mut cmd = Command::new(STORECTL);
    cmd.arg("--store")
        .arg(format!("sqlite:{}", store.display()))
        // Keep the user's settings out of the measurement.
        .env_remove("STORECTL_STORE")
        .env_remove("STORECTL_USER");
    cmd
}

/// Guards against timing a batch that silently stored less than it was given.
fn check_len(store: &Path, commands: u64) {
    let out = storectl(store)
        .args(["namespace", "len", "bench"])
        .output()
        .expect("cannot run storectl");
    let len = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        len.trim(),
        commands.to_string(),
        "namespace len after the batch"
    );
}
