//! Stream Framework 1.4.0 on storectl (python/storectl/stream_framework.py) as a feed calls
//! it: `add_many` of a batch of new activities (activity storage, then one timeline) and
//! `get_slice` of the newest 25, hydrated, through one `storectl serve` child, next to Stream
//! Framework's own Redis storage (a `redis-server` from Debian's packages, started by the
//! script on a free port) and the `cat` floor (the same Python request and response through
//! `cat` over a pipe), all measured in one run by `benches/stream_framework_storage.py`.
//!
//! It needs a Python with stream-framework 1.4.0 (its pins: python/requirements-stream-framework.txt)
//! and the storectl package: `STORECTL_BENCH_PYTHON`, else the venv `.ci/run` makes
//! (`${XDG_CACHE_HOME:-$HOME/.cache}/storectl-ci/venv`), and `redis-server` (`STORECTL_BENCH_REDIS`,
//! else on PATH; `apt-get install redis-server`). Without them it says so and prints nothing
//! else. STORECTL_BENCH_OPS (default 1,000) slices per run and a tenth as many batches,
//! STORECTL_BENCH_RUNS runs (default 5, the median is printed), STORECTL_BENCH_BATCH activities
//! per `add_many` (default 100).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::python::micros;
use common::python::{bench_python, run_script};
use common::{env_number, machine, table_row, today};
use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

/// A Python that imports stream_framework and storectl, or why there is none.
fn python() -> Result<PathBuf, String> {
    bench_python(
        "STORECTL_BENCH_PYTHON",
        "venv",
        "import stream_framework.feeds.redis, storectl.stream_framework",
        "stream_framework and storectl",
        "make the venv as .ci/run does",
    )
}

/// `redis-server`: STORECTL_BENCH_REDIS, else the one on PATH.
fn redis_server() -> Result<PathBuf, String> {
    let path = std::env::var_os("STORECTL_BENCH_REDIS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("redis-server"));
    let ok = Command::new(&path)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        Ok(path)
    } else {
        Err(format!(
            "no {} (apt-get install redis-server, or set STORECTL_BENCH_REDIS)",
            path.display()
        ))
    }
}

fn main() {
    let ops = env_number("STORECTL_BENCH_OPS", 1_000).max(10);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1);
    let batch = env_number("STORECTL_BENCH_BATCH", 100).max(1);
    let (python, redis) = match (python(), redis_server()) {
        (Ok(p), Ok(r)) => (p, r),
        (Err(why), _) | (_, Err(why)) => {
            println!("(the Stream Framework bench is left out: {why})");
            return;
        }
    };
    eprintln!("stream framework on storectl vs Redis: {ops} slices, {} batches of {batch} x {runs} runs...", ops / 10);
    let doc: Value = run_script(
        &python,
        "stream_framework_storage.py",
        &[
            STORECTL.to_string(),
            redis.display().to_string(),
            ops.to_string(),
            runs.to_string(),
            batch.to_string(),
        ],
    );
    let (ours, redis, cat) = (&doc["storectl"], &doc["redis"], micros(&doc["cat"]));
    let normal = &doc["storectl_normal"];
    println!("{} on {}", today(), machine());
    for (what, op, count, note, store) in [
        (
            format!("`add_many` of {batch} new activities (activity storage + one timeline; durable: one commit each, fsync)"),
            "add_many",
            (ops / 10).max(1),
            " (no fsync)",
            ours,
        ),
        (
            format!("`add_many` of {batch} new activities, `[sqlite] synchronous = \"normal\"` (no fsync but at checkpoints)"),
            "add_many",
            (ops / 10).max(1),
            " (no fsync)",
            normal,
        ),
        (
            "`get_slice` of the newest 25, hydrated from activity storage".to_string(),
            "get_slice",
            ops,
            "",
            ours,
        ),
    ] {
        let (mine, theirs) = (micros(&store[op]), micros(&redis[op]));
        table_row(
            &format!("Stream Framework {what}, median of {runs} runs of {count}"),
            &format!("{mine:.1} µs ({:.1} µs above the `cat` floor)", mine - cat),
            &format!(
                "its Redis storage (redis-server, same machine): {theirs:.1} µs{note}; `cat` \
                 floor from the same Python client: {cat:.1} µs"
            ),
            &format!("{:.2}× Redis, {:.2}× the floor", mine / theirs, mine / cat),
        );
    }
}
