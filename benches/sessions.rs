//! End-to-end benchmark of the sessions face: `session fire` on a big session, as whole
//! processes of the release binary.
//!
//! `cargo bench --bench sessions` builds one session with 1,000 tasks and 10,000 instances (by
//! `session import`), then times `session fire` of a trigger that 10 of the tasks wait for
//! (`andEvery`: each fire creates and schedules 10 instances), median of STORECTL_BENCH_RUNS.
//! Then `session run` of STORECTL_BENCH_RUN_INSTANCES (200) scheduled instances by two runners
//! started at once, each instance claimed and run exactly once, next to one runner alone.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{env_number, machine, median, millis, ratio, table_row, thousands, today};
use serde_json::{json, Map, Value};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
const TARGET: Duration = Duration::from_millis(50);
/// Triggers are shared by this many tasks each.
const TASKS_PER_TRIGGER: u64 = 10;

fn storectl(dir: &Path) -> Command {
    let mut cmd = Command::new(STORECTL);
    for (key, _) in std::env::vars() {
        if key.starts_with("STORECTL_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("STORECTL_STORE", dir.join("store.db"))
        .env("HOME", dir)
        .arg("--quiet")
        .arg("--config")
        .arg(dir.join("empty.toml"));
    cmd
}

fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd
        .stderr(Stdio::inherit())
        .output()
        .expect("cannot run storectl");
    assert!(out.status.success(), "storectl failed: {cmd:?}");
    out.stdout
}

/// Runs `instances` scheduled instances of a new session with `runners` `session run` processes
/// started at once; checks that each ran exactly once; returns the wall time.
fn run_with(dir: &Path, runners: usize, instances: u64) -> Duration {
    let uid = format!("run{runners}");
    let tasks: Map<String, Value> = (0..instances)
        .map(|n| (format!("t{n}"), json!({"after": ["go"], "run": "noop"})))
        .collect();
    let file = dir.join(format!("{uid}.json"));
    std::fs::write(&file, Value::Object(tasks).to_string()).unwrap();
    run(storectl(dir)
        .args(["session", "configure", &uid])
        .arg(&file));
    run(storectl(dir).args(["session", "fire", &uid, "go"]));
    let log = dir.join(format!("{uid}.log"));
    let worker = dir.join("worker.sh");
    std::fs::write(
        &worker,
        "cat >/dev/null\nprintf '%s\\n' \"$STORECTL_INSTANCE\" >> \"$RUN_LOG\"\necho '{}'\n",
    )
    .unwrap();
    let command = format!("sh {}", worker.display());
    let start = Instant::now();
    let children: Vec<_> = (0..runners)
        .map(|_| {
            storectl(dir)
                .args(["session", "run", &uid, "--command", &command])
                .env("RUN_LOG", &log)
                .stdout(Stdio::null())
                .spawn()
                .expect("cannot run storectl")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success(), "a runner failed");
    }
    let elapsed = start.elapsed();
    let mut ran: Vec<String> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    ran.sort();
    ran.dedup();
    assert_eq!(
        ran.len() as u64,
        instances,
        "an instance ran twice or not at all"
    );
    elapsed
}

fn main() {
    let tasks = env_number("STORECTL_BENCH_TASKS", 1000).max(TASKS_PER_TRIGGER);
    let per_task = env_number("STORECTL_BENCH_INSTANCES_PER_TASK", 10);
    let runs = env_number("STORECTL_BENCH_RUNS", 30).max(1) as usize;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    std::fs::write(dir.path().join("empty.toml"), "").unwrap();

    // One session: task t<i> fires on every "trig<i mod triggers>", with `per_task` finished
    // instances already.
    let triggers = tasks / TASKS_PER_TRIGGER;
    let mut task_map = Map::new();
    let mut instances = Map::new();
    for i in 0..tasks {
        task_map.insert(
            format!("t{i}"),
            json!({"after": [], "andEvery": format!("trig{}", i % triggers), "run": "noop"}),
        );
        for n in 0..per_task {
            instances.insert(
                format!("t{i}#{n}"),
                json!({"task": format!("t{i}"), "status": "finished", "kwargs": {}, "abandonState": [],
                       "metadata": {"result": {"n": n}}}),
            );
        }
    }
    let doc = json!({"uid": "big", "tasks": task_map, "instances": instances, "metas": {"latest_kwargs": {}}});
    let file = dir.path().join("session.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    drop(doc);
    eprintln!(
        "importing a session of {tasks} tasks and {} instances...",
        tasks * per_task
    );
    run(storectl(dir.path()).args(["session", "import"]).arg(&file));

    // Fire: each creates and schedules TASKS_PER_TRIGGER new instances.
    let mut times = Vec::with_capacity(runs);
    for r in 0..runs + 3 {
        let trigger = format!("trig{}", r as u64 % triggers);
        let start = Instant::now();
        let out = run(storectl(dir.path()).args(["session", "fire", "big", &trigger]));
        let elapsed = start.elapsed();
        let fired: Value = serde_json::from_slice(&out).expect("fire prints JSON");
        assert_eq!(
            fired["ready"].as_array().map(Vec::len),
            Some(TASKS_PER_TRIGGER as usize)
        );
        if r >= 3 {
            times.push(elapsed);
        }
    }
    let fire = median(times);

    // The process start-up floor, for reference.
    let mut floor = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        run(storectl(dir.path()).args(["session", "instance", "big", "t0#0"]));
        floor.push(start.elapsed());
    }
    let floor = median(floor);
    let run_instances = env_number("STORECTL_BENCH_RUN_INSTANCES", 200).max(1);
    eprintln!("session run of {run_instances} instances, by one runner, then by two...");
    let one_runner = run_with(dir.path(), 1, run_instances);
    let two_runners = run_with(dir.path(), 2, run_instances);
    let check: Value = serde_json::from_slice(&run(storectl(dir.path()).arg("check"))).unwrap();
    assert_eq!(check["ok"], json!(true));

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    table_row(
        &format!(
            "`session fire` on a session of {} tasks and {} instances (creates and schedules {}), whole process, median of {runs}",
            thousands(tasks),
            thousands(tasks * per_task),
            TASKS_PER_TRIGGER
        ),
        &format!(
            "{} (target < {} ms: {})",
            millis(fire),
            TARGET.as_millis(),
            if fire < TARGET { "met" } else { "MISSED" }
        ),
        &format!("`session instance` on the same store (start-up floor): {}", millis(floor)),
        &ratio(fire.as_secs_f64(), floor.as_secs_f64()),
    );
    table_row(
        &format!(
            "`session run` of {} scheduled instances by two runners started at once, each instance claimed and run exactly once (worker: `sh` appending to a file), wall time",
            thousands(run_instances)
        ),
        &millis(two_runners),
        &format!("one runner alone: {}", millis(one_runner)),
        &ratio(two_runners.as_secs_f64(), one_runner.as_secs_f64()),
    );
}
