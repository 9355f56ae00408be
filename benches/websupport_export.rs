//! `storectl export websupport` of 10,000 comments (100 nodes, threads, hidden comments,
//! proposals, 5,000 votes), next to WebSupport's own SQLAlchemy models writing the same rows in
//! one session and one commit, both measured in one run by `benches/websupport_export.py`.
//!
//! Needs a Python with sphinxcontrib-websupport: `STORECTL_BENCH_PYTHON`, else the 1.2.7 venv
//! `.ci/run` makes. Without one it says so and prints nothing else. STORECTL_BENCH_COMMENTS
//! (default 10,000), STORECTL_BENCH_RUNS runs (default 5, the median is printed).

mod common;

use common::python::{bench_python, run_script};
use common::{env_number, machine, table_row, thousands, today};
use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

fn main() {
    let comments = env_number("STORECTL_BENCH_COMMENTS", 10_000).max(10);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1);
    let python = match bench_python(
        "STORECTL_BENCH_PYTHON",
        "venv-websupport-1.2.7",
        "import sphinxcontrib.websupport.storage.sqlalchemystorage",
        "sphinxcontrib.websupport",
        "make the venv as .ci/run does",
    ) {
        Ok(p) => p,
        Err(why) => {
            println!("(the WebSupport export bench is left out: {why})");
            return;
        }
    };
    eprintln!("export websupport vs SQLAlchemy: {comments} comments x {runs} runs...");
    let doc: Value = run_script(
        &python,
        "websupport_export.py",
        &[STORECTL.to_string(), comments.to_string(), runs.to_string()],
    );
    let seconds = |v: &Value| v.as_f64().expect("seconds");
    let (ours, theirs) = (seconds(&doc["storectl"]), seconds(&doc["sqlalchemy"]));
    println!("{} on {}", today(), machine());
    table_row(
        &format!(
            "`export websupport` of {} comments and {} votes (whole process), median of {runs} runs",
            thousands(doc["comments"].as_u64().unwrap_or(0)),
            thousands(doc["votes"].as_u64().unwrap_or(0)),
        ),
        &format!("{:.3} s", ours),
        &format!(
            "WebSupport's SQLAlchemy models writing the same rows, one session: {theirs:.3} s"
        ),
        &format!("{:.2}× SQLAlchemy", ours / theirs),
    );
}
