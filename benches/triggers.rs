//! Triggers 2.0 on the storectl backend (python/storectl/triggers.py): fire -> task -> cascade,
//! next to Triggers' own cache backend on Django's LocMemCache and the `cat` floor (the same
//! Python client's request and response through `cat`), all measured in one run by
//! `benches/triggers_storage.py`.
//!
//! Triggers is not on the package registry: it needs a Python with Triggers 2.0 and its pins,
//! the venv `python/tools/run_triggers_suite.sh` makes (`STORECTL_BENCH_TRIGGERS_PYTHON`, else
//! `${XDG_CACHE_HOME:-$HOME/.cache}/storectl-ci/venv-triggers`). Without one it says so and
//! prints nothing else. STORECTL_BENCH_OPS (default 100) operations per run, STORECTL_BENCH_RUNS
//! runs (default 3, the median is printed).

mod common;

use std::path::PathBuf;

use common::python::{bench_python, run_script};
use common::{env_number, machine, table_row, today};
use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

/// A Python that imports Triggers and storectl, or why there is none.
fn python() -> Result<PathBuf, String> {
    bench_python(
        "STORECTL_BENCH_TRIGGERS_PYTHON",
        "venv-triggers",
        "import importlib.util as u, storectl; assert u.find_spec('triggers') and u.find_spec('django')",
        "Triggers and storectl",
        "make the venv with python/tools/run_triggers_suite.sh",
    )
}

fn main() {
    let ops = env_number("STORECTL_BENCH_OPS", 100).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 3).max(1);
    let python = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("(the Triggers bench is left out: {why})");
            return;
        }
    };
    eprintln!("Triggers fire -> task -> cascade: {ops} operations x {runs} runs...");
    let doc: Value = run_script(
        &python,
        "triggers_storage.py",
        &[STORECTL.to_string(), ops.to_string(), runs.to_string()],
    );
    let figure = |k: &str| doc[k].as_f64().expect("a figure");
    let (ours, normal, cache, cat, requests) = (
        figure("storectl"),
        figure("storectl_normal"),
        figure("cache"),
        figure("cat"),
        figure("requests"),
    );
    println!("{} on {}", today(), machine());
    let floor = cat * requests;
    let reference = format!(
        "Triggers' cache backend on LocMemCache, process-local lock: {:.2} ms; `cat` floor of as \
         many requests from the same Python client: {:.2} ms",
        cache / 1000.0,
        floor / 1000.0
    );
    for (durability, figure) in [
        ("every commit synced", ours),
        ("[sqlite] synchronous = \"normal\"", normal),
    ] {
        table_row(
            &format!(
                "Triggers fire -> task -> cascade (2 tasks run in threads), {durability}, \
                 median of {runs} runs of {ops}"
            ),
            &format!(
                "{:.2} ms ({requests:.1} storectl requests: {:.2} ms each)",
                figure / 1000.0,
                figure / requests / 1000.0
            ),
            &reference,
            &format!(
                "{:.1}× cache, {:.1}× the floor",
                figure / cache,
                figure / floor
            ),
        );
    }
}
