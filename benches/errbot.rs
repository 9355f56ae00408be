//! The Errbot storage plugin (python/storectl/errbot) as Errbot calls it: `get` and `set` of
//! one namespace through one `storectl serve` child, next to Errbot's own Shelf storage and the
//! `cat` floor (the same Python client's request and response through `cat` over a pipe: the
//! least any child process costs that client), all measured in one run by
//! `benches/errbot_storage.py`.
//!
//! It needs a Python with Errbot 6.2.1 and the storectl package: `STORECTL_BENCH_PYTHON`, else
//! the venv `.ci/run` makes (`${XDG_CACHE_HOME:-$HOME/.cache}/storectl-ci/venv`). Without one it
//! says so and prints nothing else. STORECTL_BENCH_OPS (default 5,000) operations per run,
//! STORECTL_BENCH_RUNS runs (default 5, the median is printed), STORECTL_BENCH_KEYS keys in the
//! namespace (default 1,000).

mod common;

use std::path::PathBuf;

use common::python::micros;
use common::python::{bench_python, run_script};
use common::{env_number, machine, table_row, today};
use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

/// A Python that imports errbot and storectl, or why there is none.
fn python() -> Result<PathBuf, String> {
    bench_python(
        "STORECTL_BENCH_PYTHON",
        "venv",
        "import errbot.storage.shelf, storectl.errbot.storage",
        "errbot and storectl",
        "make the venv as .ci/run does",
    )
}

fn main() {
    let ops = env_number("STORECTL_BENCH_OPS", 5_000).max(10);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1);
    let keys = env_number("STORECTL_BENCH_KEYS", 1_000).max(1);
    let python = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("(the Errbot plugin bench is left out: {why})");
            return;
        }
    };
    eprintln!("errbot plugin vs Shelf: {ops} operations x {runs} runs on {keys} keys...");
    let doc: Value = run_script(
        &python,
        "errbot_storage.py",
        &[
            STORECTL.to_string(),
            ops.to_string(),
            runs.to_string(),
            keys.to_string(),
        ],
    );
    let (ours, shelf, cat) = (&doc["storectl"], &doc["shelf"], micros(&doc["cat"]));
    println!("{} on {}", today(), machine());
    // benches/errbot_storage.py makes a tenth as many sets as gets (each is a commit).
    let sets = (ops / 10).max(1);
    let normal = &doc["storectl_normal"];
    for (what, op, note, store) in [
        ("`get` of a JSON value", "get", "", ours),
        (
            "`get` of a pickled value (an opaque value)",
            "get_pickled",
            "",
            ours,
        ),
        (
            "`set` of a JSON value (durable: one commit, fsync)",
            "set",
            " (not durable: no fsync)",
            ours,
        ),
        (
            "`set` of a JSON value, `[sqlite] synchronous = \"normal\"` (no fsync but at \
             checkpoints)",
            "set",
            " (no fsync)",
            normal,
        ),
        (
            "`set` of a pickled value (durable)",
            "set_pickled",
            " (not durable)",
            ours,
        ),
        (
            "`set` of a pickled value, `synchronous = \"normal\"`",
            "set_pickled",
            " (no fsync)",
            normal,
        ),
    ] {
        let (mine, theirs) = (micros(&store[op]), micros(&shelf[op]));
        let count = if op.starts_with("set") { sets } else { ops };
        table_row(
            &format!("Errbot plugin {what}, median of {runs} runs of {count}"),
            &format!("{mine:.1} µs ({:.1} µs above the `cat` floor)", mine - cat),
            &format!(
                "Errbot's Shelf storage: {theirs:.1} µs{note}; `cat` floor from the same \
                 Python client: {cat:.1} µs"
            ),
            &format!("{:.2}× Shelf, {:.2}× the floor", mine / theirs, mine / cat),
        );
    }
}
