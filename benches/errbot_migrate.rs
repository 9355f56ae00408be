//! `migrate errbot` of a bot's data dir (STORECTL_BENCH_NAMESPACES shelves, default 100, of
//! STORECTL_BENCH_KEYS keys, default 1,000), next to a raw read of the same shelves by Python
//! (shelve: every key listed and every value unpickled, which is what Errbot's Shelf storage does
//! to read them all), measured in one run. Both are whole processes; the Python figure also
//! shows its in-process read time. The shelves are made by `benches/errbot_shelves.py` with the
//! bench Python's default dbm (dbm.dumb for the venv of `.ci/run`), 1 value in 5 not JSON.
//!
//! It needs a Python with the standard library only: `STORECTL_BENCH_PYTHON`, else the venv
//! `.ci/run` makes. STORECTL_BENCH_RUNS runs (default 5; the median is printed), each into a
//! new store; then the same migration again (idempotent: every value compared, none written).

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::python::bench_python;
use common::{
    env_number, machine, median, millis, parse, run, spawn_measured_cpu, table_row, thousands,
    today, MeasuredCpu,
};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

fn main() {
    let namespaces = env_number("STORECTL_BENCH_NAMESPACES", 100).max(1);
    let keys = env_number("STORECTL_BENCH_KEYS", 1_000).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 5).max(1);
    let python = match bench_python(
        "STORECTL_BENCH_PYTHON",
        "venv",
        "import shelve, dbm",
        "shelve",
        "make the venv as .ci/run does",
    ) {
        Ok(p) => p,
        Err(why) => {
            println!("(the migrate errbot bench is left out: {why})");
            return;
        }
    };
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/errbot_shelves.py");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("bot-data");
    std::fs::create_dir(&data).unwrap();
    eprintln!("migrate errbot: making {namespaces} shelves of {keys} keys...");
    run(Command::new(&python)
        .arg(&script)
        .arg("make")
        .arg(&data)
        .args([namespaces.to_string(), keys.to_string()]));

    let mut ours = Vec::new();
    let mut again = Vec::new();
    let mut theirs = Vec::new();
    let mut theirs_inside = Vec::new();
    for r in 0..runs {
        let store = dir.path().join(format!("store{r}.db"));
        let migrate = || {
            let mut c = Command::new(STORECTL);
            c.arg("--store")
                .arg(&store)
                .args(["migrate", "errbot"])
                .arg(&data)
                .stdout(Stdio::null());
            c
        };
        let first = spawn_measured_cpu(&mut migrate());
        assert!(first.run.success, "migrate errbot failed");
        ours.push(first);
        let second = spawn_measured_cpu(&mut migrate());
        assert!(second.run.success, "migrate errbot again failed");
        again.push(second);
        let report = parse(&run(migrate().stdout(Stdio::piped())));
        assert_eq!(report["totals"]["unchanged"], namespaces * keys, "{report}");
        assert_eq!(report["skipped"], serde_json::json!([]));
        std::fs::remove_file(&store).ok();

        let start = Instant::now();
        let read = parse(&run(Command::new(&python)
            .arg(&script)
            .arg("read")
            .arg(&data)));
        theirs.push(start.elapsed());
        assert_eq!(read["keys"], namespaces * keys);
        theirs_inside.push(Duration::from_secs_f64(read["seconds"].as_f64().unwrap()));
    }
    let (ours, again, theirs, inside) = (
        median_run(ours),
        median_run(again),
        median(theirs),
        median(theirs_inside),
    );
    println!("{} on {}", today(), machine());
    let what = format!(
        "{} shelves × {} keys ({} values, dbm.dumb)",
        namespaces,
        thousands(keys),
        thousands(namespaces * keys)
    );
    table_row(
        &format!("`migrate errbot` of {what}, into a new store, median of {runs}"),
        &described(&ours, namespaces),
        &format!(
            "Python reading every value of the same shelves (shelve, whole process): {} ({} \
             inside Python)",
            millis(theirs),
            millis(inside)
        ),
        &format!(
            "{:.2}",
            ours.run.elapsed.as_secs_f64() / theirs.as_secs_f64()
        ),
    );
    table_row(
        &format!("`migrate errbot` again (nothing to change), {what}"),
        &described(&again, namespaces),
        &format!("the same Python read: {}", millis(theirs)),
        &format!(
            "{:.2}",
            again.run.elapsed.as_secs_f64() / theirs.as_secs_f64()
        ),
    );
}

/// The run of median wall time.
fn median_run(mut runs: Vec<MeasuredCpu>) -> MeasuredCpu {
    runs.sort_by_key(|m| m.run.elapsed);
    let mid = runs.len() / 2;
    runs.swap_remove(mid)
}

/// Wall time, CPU time and the rest, spent waiting: for the disk (one transaction per
/// namespace, so `namespaces` commits) and, on a loaded machine, for a CPU.
fn described(m: &MeasuredCpu, namespaces: u64) -> String {
    format!(
        "{} (CPU {}, waiting {}; {namespaces} transactions)",
        millis(m.run.elapsed),
        millis(m.user + m.system),
        millis(m.waiting())
    )
}
