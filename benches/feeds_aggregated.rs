//! Aggregated feeds (issue 16) next to flat ones, run as a user would: whole `storectl`
//! processes of the release binary, each figure next to the flat feed's same operation on the
//! same activities, in the same run.
//!
//! `cargo bench --bench feeds_aggregated` measures:
//! - `feed aggregated add KEY FILE` of 100,000 activities into one feed (4 verbs over 100 days:
//!   400 groups of 15 activities, the rest minimized), next to `feed add-many KEY FILE` of the
//!   same file into a flat timeline;
//! - `feed aggregated slice KEY --stop 25` (25 groups, 375 activities), next to `feed slice KEY
//!   --stop 25` (25 activities) and `--stop 375`;
//! - one more activity into the full feed (`feed aggregated add` of one record), next to `feed
//!   add` of one into the full timeline;
//! - `feed aggregated count` (kept counts), next to `feed count`.
//!
//! The timed runs of each pair or trio of commands are interleaved, so that the machine's other
//! load falls on all of them alike.
//!
//! STORECTL_BENCH_ACTIVITIES (default 100,000) and STORECTL_BENCH_RUNS (default 50) shrink it.

mod common;

use common::{env_number, machine, median, millis, parse, run, table_row, thousands, timed, today};

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
const KEY: &str = "aggregated:1";
const FLAT_KEY: &str = "user_feed:1";
/// 2024-01-01T00:00:00Z in epoch milliseconds.
const BASE_MS: i64 = 1_704_067_200_000;
const DAYS: i64 = 100;
const VERBS: u64 = 4;
const GROUPS_PER_PAGE: u64 = 25;
/// `[feeds] max_aggregated_activities_length`'s default.
const GROUP_LENGTH: u64 = 15;
const WARMUP_RUNS: usize = 3;

fn main() {
    let activities = env_number("STORECTL_BENCH_ACTIVITIES", 100_000).max(1_000);
    let runs = env_number("STORECTL_BENCH_RUNS", 50).max(1) as usize;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let bench = Bench {
        dir: dir.path().to_path_buf(),
    };
    let input = bench.path("activities.ndjson");
    write_activities(&input, activities);
    bench.init();

    eprintln!("feed aggregated add: {activities} activities...");
    let groups_kept = (DAYS as u64 * VERBS).to_string();
    let aggregated_add = timed(bench.cmd().args([
        "feed",
        "aggregated",
        "add",
        KEY,
        input.to_str().unwrap(),
        "--max-length",
        &groups_kept,
    ]));
    let counts = parse(&run(bench.cmd().args(["feed", "aggregated", "count", KEY])));
    assert_eq!(counts["groups"], (DAYS as u64 * VERBS), "{counts}");
    eprintln!("feed add-many: {activities} activities...");
    let flat_add = timed(
        bench
            .cmd()
            .args(["feed", "add-many", FLAT_KEY, input.to_str().unwrap()]),
    );

    eprintln!("slices, {runs} runs each...");
    let page = GROUPS_PER_PAGE.to_string();
    let page_activities = (GROUPS_PER_PAGE * GROUP_LENGTH).to_string();
    let slices = bench.latencies(
        runs,
        &[
            &["feed", "aggregated", "slice", KEY, "--stop", &page],
            &["feed", "slice", FLAT_KEY, "--stop", &page],
            &["feed", "slice", FLAT_KEY, "--stop", &page_activities],
        ],
    );
    let (group_page, flat_page, flat_wide) = (slices[0], slices[1], slices[2]);
    let shown = parse(&run(bench.cmd().args([
        "feed",
        "aggregated",
        "slice",
        KEY,
        "--stop",
        &page,
    ])));
    let shown_activities: usize = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["activities"].as_array().unwrap().len())
        .sum();

    eprintln!("one more activity, {runs} runs each...");
    let (one_group, one_flat) = bench.latency_stdin(
        runs,
        &["feed", "aggregated", "add", KEY, "-"],
        &["feed", "add-many", FLAT_KEY, "-"],
    );

    let count_times = bench.latencies(
        runs,
        &[
            &["feed", "aggregated", "count", KEY],
            &["feed", "count", FLAT_KEY],
        ],
    );
    let (group_count, flat_count) = (count_times[0], count_times[1]);

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    let rate = |d: Duration| thousands((activities as f64 / d.as_secs_f64()) as u64);
    table_row(
        &format!(
            "`feed aggregated add` of {} activities into one feed ({} groups), one process",
            thousands(activities),
            groups_kept
        ),
        &format!(
            "{} activities/s ({:.2} s)",
            rate(aggregated_add),
            aggregated_add.as_secs_f64()
        ),
        &format!(
            "`feed add-many` of the same into a flat timeline: {}/s ({:.2} s)",
            rate(flat_add),
            flat_add.as_secs_f64()
        ),
        &format!(
            "{:.2}",
            aggregated_add.as_secs_f64() / flat_add.as_secs_f64()
        ),
    );
    table_row(
        &format!(
            "`feed aggregated slice KEY --stop {GROUPS_PER_PAGE}` ({GROUPS_PER_PAGE} groups, \
             {shown_activities} activities), whole process, median of {runs}"
        ),
        &millis(group_page),
        &format!(
            "flat `feed slice --stop {GROUPS_PER_PAGE}`: {}; `--stop {page_activities}`: {}",
            millis(flat_page),
            millis(flat_wide)
        ),
        &format!(
            "{:.2} / {:.2}",
            group_page.as_secs_f64() / flat_page.as_secs_f64(),
            group_page.as_secs_f64() / flat_wide.as_secs_f64()
        ),
    );
    table_row(
        &format!(
            "one more activity into the {}-activity feed: `feed aggregated add`, median of {runs}",
            thousands(activities)
        ),
        &millis(one_group),
        &format!(
            "`feed add-many` of one into the flat timeline: {}",
            millis(one_flat)
        ),
        &format!("{:.2}", one_group.as_secs_f64() / one_flat.as_secs_f64()),
    );
    table_row(
        "`feed aggregated count KEY` (kept counts)",
        &millis(group_count),
        &format!("`feed count`: {}", millis(flat_count)),
        &format!(
            "{:.2}",
            group_count.as_secs_f64() / flat_count.as_secs_f64()
        ),
    );
}

struct Bench {
    dir: PathBuf,
}

impl Bench {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::new(STORECTL);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .arg("--store")
            .arg(self.path("store.db"))
            .arg("--json");
        cmd
    }

    fn init(&self) {
        run(self.cmd().arg("init"));
    }

    /// Median wall time of each command, after warm-up runs; the commands' runs interleaved,
    /// so that the machine's other load falls on all of them alike.
    fn latencies(&self, runs: usize, commands: &[&[&str]]) -> Vec<Duration> {
        let mut times = vec![Vec::with_capacity(runs); commands.len()];
        for i in 0..WARMUP_RUNS + runs {
            for (c, args) in commands.iter().enumerate() {
                let t = timed(self.cmd().args(*args));
                if i >= WARMUP_RUNS {
                    times[c].push(t);
                }
            }
        }
        times.into_iter().map(median).collect()
    }

    /// Median wall times of two commands reading one new activity on stdin per run (each a
    /// new day's activity of verb 1, so each run changes the feed as a real add does), their
    /// runs interleaved.
    fn latency_stdin(&self, runs: usize, a: &[&str], b: &[&str]) -> (Duration, Duration) {
        let mut first = Vec::with_capacity(runs);
        let mut second = Vec::with_capacity(runs);
        for i in 0..runs + WARMUP_RUNS {
            let t = self.add_one(a, i);
            let u = self.add_one(b, i);
            if i >= WARMUP_RUNS {
                first.push(t);
                second.push(u);
            }
        }
        (median(first), median(second))
    }

    /// The wall time of one process adding one activity, from its spawn to its exit.
    fn add_one(&self, args: &[&str], i: usize) -> Duration {
        let ms = BASE_MS + DAYS * 86_400_000 + i as i64 * 1_000;
        let record = format!(
            r#"{{"actor":{i},"verb":1,"object":{},"time":{ms}}}"#,
            9_000_000 + i
        );
        let start = std::time::Instant::now();
        let mut child = self
            .cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("cannot run storectl");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{record}\n").as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success(), "{args:?} failed");
        start.elapsed()
    }
}

/// `count` activities: verb 1 to 4, times spread evenly over DAYS days.
fn write_activities(path: &Path, count: u64) {
    let mut out = BufWriter::new(File::create(path).expect("cannot write the input"));
    let step = DAYS * 86_400_000 / count as i64;
    for i in 0..count {
        writeln!(
            out,
            r#"{{"actor":{},"verb":{},"object":{i},"time":{}}}"#,
            i % 1000,
            1 + i % VERBS,
            BASE_MS + i as i64 * step
        )
        .unwrap();
    }
    out.flush().unwrap();
}
