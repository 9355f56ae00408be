//! The Sphinx WebSupport backend (python/storectl/websupport.py) as WebSupport calls it:
//! `add_comment`, `get_data` and `process_vote` through one `storectl serve` child, next to
//! WebSupport's own SQLAlchemy storage on SQLite and the `cat` floor (the same Python client's
//! request and a get_data-sized response through `cat` over a pipe), all measured in one run by
//! `benches/websupport_storage.py`.
//!
//! It needs a Python with sphinxcontrib-websupport and the storectl package:
//! `STORECTL_BENCH_PYTHON`, else the 1.2.7 venv `.ci/run` makes
//! (`${XDG_CACHE_HOME:-$HOME/.cache}/storectl-ci/venv-websupport-1.2.7`; 2.0.0's own storage
//! crashes on its times). Without one it says so and prints nothing else. STORECTL_BENCH_OPS
//! (default 2,000) get_data calls per run and a fifth as many comments and votes,
//! STORECTL_BENCH_RUNS runs (default 5, the median is printed).

mod common;

use std::path::PathBuf;

use common::python::micros;
use common::python::{bench_python, run_script};
use common::{env_number, machine, table_row, today};
use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

/// A Python that imports sphinxcontrib.websupport and storectl, or why there is none.
fn python() -> Result<PathBuf, String> {
    bench_python(
        "STORECTL_BENCH_PYTHON",
        "venv-websupport-1.2.7",
        "import sphinxcontrib.websupport.storage.sqlalchemystorage, storectl.websupport",
        "sphinxcontrib.websupport and storectl",
        "make the venv as .ci/run does",
    )
}

fn main() {
    let ops = env_number("STORECTL_BENCH_OPS", 2_000).max(10);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1);
    let python = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("(the WebSupport backend bench is left out: {why})");
            return;
        }
    };
    eprintln!("WebSupport backend vs SQLAlchemy: {ops} get_data x {runs} runs...");
    let doc: Value = run_script(
        &python,
        "websupport_storage.py",
        &[STORECTL.to_string(), ops.to_string(), runs.to_string()],
    );
    let (ours, native, cat) = (&doc["storectl"], &doc["sqlalchemy"], micros(&doc["cat"]));
    let normal = &doc["storectl_normal"];
    println!("{} on {}", today(), machine());
    let normal_note = ", `[sqlite] synchronous = \"normal\"` (no fsync but at checkpoints)";
    for (what, op, count, store) in [
        (
            "`add_comment` (durable: one commit)".to_string(),
            "add_comment",
            (ops / 5).max(1),
            ours,
        ),
        (
            format!("`add_comment`{normal_note}"),
            "add_comment",
            (ops / 5).max(1),
            normal,
        ),
        (
            "`get_data` of a node with a small tree".to_string(),
            "get_data",
            ops,
            ours,
        ),
        (
            "`process_vote` (durable: one commit)".to_string(),
            "process_vote",
            (ops / 5).max(1),
            ours,
        ),
        (
            format!("`process_vote`{normal_note}"),
            "process_vote",
            (ops / 5).max(1),
            normal,
        ),
    ] {
        let (mine, theirs) = (micros(&store[op]), micros(&native[op]));
        table_row(
            &format!("WebSupport {what}, median of {runs} runs of {count}"),
            &format!("{mine:.1} µs ({:.1} µs above the `cat` floor)", mine - cat),
            &format!(
                "WebSupport's SQLAlchemy storage on SQLite: {theirs:.1} µs; `cat` floor from \
                 the same Python client: {cat:.1} µs"
            ),
            &format!(
                "{:.2}× SQLAlchemy, {:.2}× the floor",
                mine / theirs,
                mine / cat
            ),
        );
    }
}
