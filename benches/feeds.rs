//! End-to-end benchmark of the feeds face, run as a user would: whole `storectl` processes.
//!
//! `cargo bench --bench feeds` measures, on one timeline of a million activities:
//! - `feed add-many KEY --from` of an NDJSON file: activities/s and the child's peak RSS (next
//!   to a 100,000-activity run, to show it does not grow with the input), next to a raw rusqlite
//!   insert of the same rows into a fresh store's `feed_activities` and `feed_entries` tables
//!   (target: at least a third of the raw rate);
//! - `feed slice KEY --stop 50`, the newest page (target: median under 5 ms);
//! - `feed slice KEY --start 10000 --stop 10050`, a deep OFFSET page (target: median under
//!   20 ms), next to `feed slice KEY --after ID --stop 50`, the same page by keyset paging;
//! - `feed count KEY`, next to `feed count` of a 1,000-entry timeline in the same store (the
//!   count is kept in `feed_timelines`, so the two should be about equal);
//! - `feed trim KEY 1000`: one process's wall time, then what it kept.
//!
//! STORECTL_BENCH_ACTIVITIES (default 1,000,000) and STORECTL_BENCH_RUNS (default 100) shrink it
//! for a quick run. The output ends with a block that can be pasted into a README.

mod common;

use common::{
    env_number, machine, median, mib, millis, own_peak_rss, parse, run, table_row, thousands,
    timed, today, verdict,
};

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
/// The timeline every measurement is made on.
const KEY: &str = "user_feed:1";
/// A 1,000-entry timeline in the same store, for `feed count` to be compared with.
const SMALL_KEY: &str = "user_feed:2";
const SMALL_TIMELINE: u64 = 1_000;
/// Size of the first, smaller add-many: its peak RSS is compared with the full one's.
const SMALL_ACTIVITIES: u64 = 100_000;
/// Entries per page, and how deep the OFFSET page starts.
const PAGE: u64 = 50;
const DEEP_OFFSET: u64 = 10_000;
/// `feed trim KEY TRIM_KEEP`.
const TRIM_KEEP: u64 = 1_000;
/// The first activity's time, 2024-01-01T00:00:00Z in epoch milliseconds. Activities come in
/// groups of MS_GROUP sharing one millisecond, MS_STEP ms apart: ties on the time are ordered by
/// object and verb, not by input order.
const BASE_MS: i64 = 1_704_067_200_000;
const MS_GROUP: u64 = 4;
const MS_STEP: i64 = 1_250;
/// Objects are `i * OBJECT_MULTIPLIER mod 10^10`: distinct (the multiplier is coprime with
/// 10^10) and scrambled.
const OBJECT_LIMIT: u64 = 10_000_000_000;
const OBJECT_MULTIPLIER: u64 = 2_654_435_761;
const ACTORS: u64 = 10_000;
const TARGET_ADD_RATIO: f64 = 1.0 / 3.0;
const TARGET_SLICE: Duration = Duration::from_millis(5);
const TARGET_DEEP_SLICE: Duration = Duration::from_millis(20);
/// Runs of each timed command before timing, to warm the page cache and the binary.
const WARMUP_RUNS: usize = 5;

fn main() {
    let activities = env_number("STORECTL_BENCH_ACTIVITIES", 1_000_000).max(2 * PAGE);
    let runs = env_number("STORECTL_BENCH_RUNS", 100).max(1) as usize;
    let small_activities = SMALL_ACTIVITIES.min(activities);
    let small_timeline = SMALL_TIMELINE.min(activities);
    // Both stay DEEP_OFFSET and TRIM_KEEP at the default size; smaller runs scale them down.
    let deep = DEEP_OFFSET.min((activities - PAGE) / 2);
    let keep = TRIM_KEEP.min(activities / 2);
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let bench = Bench::new(dir.path());

    // The files are written as they are generated, and both measured add-many runs go before
    // the bench holds any rows: a child's peak RSS (from wait4) is at least this process's
    // peak when it spawned the child, since the child shares or copies this process's memory
    // until it execs.
    eprintln!("generating {activities} activities...");
    write_activities(&bench.path("full.ndjson"), activities);
    write_activities(&bench.path("small.ndjson"), small_activities);
    write_activities(&bench.path("thousand.ndjson"), small_timeline);

    // 1. feed add-many. The small run goes first, in its own store, so that its peak RSS is
    // measured alone.
    let floor_rss = own_peak_rss();
    eprintln!("feed add-many: {small_activities} activities...");
    let (_, small_rss) = bench.add_many("small.db", KEY, "small.ndjson", small_activities);
    eprintln!("feed add-many: {activities} activities...");
    let (add_time, add_rss) = bench.add_many("store.db", KEY, "full.ndjson", activities);
    let add_rate = activities as f64 / add_time.as_secs_f64();

    let rows: Vec<Row> = (0..activities).map(Row::new).collect();
    // Row indexes, newest id first: what every slice must return.
    let mut newest: Vec<usize> = (0..rows.len()).collect();
    newest.sort_unstable_by_key(|&i| std::cmp::Reverse(rows[i].id()));

    eprintln!("raw SQLite insert of {activities} activities...");
    bench.init("raw.db");
    let raw_time = raw_insert(&bench.path("raw.db"), &rows);
    let raw_rate = activities as f64 / raw_time.as_secs_f64();
    let ratio = add_rate / raw_rate;
    // The reference is only fair if it stored what storectl stored.
    assert_eq!(
        fingerprint(&bench.path("store.db")),
        fingerprint(&bench.path("raw.db")),
        "storectl and the raw insert stored different feeds"
    );

    // The small timeline for `feed count`, in the same store: only the timeline's size differs.
    bench.add_many("store.db", SMALL_KEY, "thousand.ndjson", small_timeline);

    // 2 and 3. feed slice.
    eprintln!("feed slice, {runs} runs each...");
    let slices = bench.slice_latency("store.db", runs, &rows, &newest, deep);

    // 4. feed count.
    eprintln!("feed count, {runs} runs each...");
    let (count_big, count_small) =
        bench.count_latency("store.db", runs, activities, small_timeline);

    // 5. feed trim, last: it destroys the timeline the others read.
    eprintln!("feed trim {KEY} {keep}...");
    let trim_time = bench.trim("store.db", activities, keep, &rows, &newest);

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    table_row(
        &format!(
            "`feed add-many` of {} activities into one key, one process",
            thousands(activities)
        ),
        &format!(
            "{} activities/s ({:.2} s; peak RSS {}, {} at {})",
            thousands(add_rate as u64),
            add_time.as_secs_f64(),
            mib(add_rss),
            mib(small_rss),
            thousands(small_activities),
        ),
        &format!(
            "raw rusqlite insert of the same activity and timeline rows: {}/s",
            thousands(raw_rate as u64)
        ),
        &format!(
            "{ratio:.2} (target ≥ {TARGET_ADD_RATIO:.2}: {})",
            verdict(ratio >= TARGET_ADD_RATIO)
        ),
    );
    table_row(
        &format!(
            "`feed slice KEY --stop {PAGE}` on a {}-entry timeline, whole process, median of {runs}",
            thousands(activities)
        ),
        &format!(
            "{} (target < {} ms: {})",
            millis(slices.newest),
            TARGET_SLICE.as_millis(),
            verdict(slices.newest < TARGET_SLICE)
        ),
        &format!(
            "`feed count` on a {}-entry timeline: {} (process start-up)",
            thousands(small_timeline),
            millis(count_small)
        ),
        &format!(
            "{:.2}",
            slices.newest.as_secs_f64() / count_small.as_secs_f64()
        ),
    );
    table_row(
        &format!("`feed slice KEY --start {deep} --stop {}`", deep + PAGE),
        &format!(
            "{} (target < {} ms: {}); the same page by `--after ID`: {}",
            millis(slices.offset),
            TARGET_DEEP_SLICE.as_millis(),
            verdict(slices.offset < TARGET_DEEP_SLICE),
            millis(slices.keyset)
        ),
        &format!("the same start-up floor: {}", millis(count_small)),
        &format!(
            "{:.2}",
            slices.offset.as_secs_f64() / count_small.as_secs_f64()
        ),
    );
    table_row(
        "`feed count KEY`",
        &format!(
            "{} on {} entries (a maintained count)",
            millis(count_big),
            thousands(activities)
        ),
        &format!(
            "{} on {} entries",
            millis(count_small),
            thousands(small_timeline)
        ),
        &format!("{:.2}", count_big.as_secs_f64() / count_small.as_secs_f64()),
    );
    table_row(
        &format!(
            "`feed trim KEY {keep}` on {} entries",
            thousands(activities)
        ),
        &format!("{}, one range delete", millis(trim_time)),
        "",
        "",
    );
    println!(
        "(the bench process's own peak RSS was {}; {runs} runs of each slice and count, interleaved, after {WARMUP_RUNS} warm-up runs)",
        mib(floor_rss),
    );
}

/// One activity as the input gives it and as it must be stored.
struct Row {
    ms: i64,
    actor: i64,
    verb: u64,
    object: u64,
    target: Option<i64>,
    /// The stored extra_context: compact JSON, keys in input order.
    extra_context: String,
    /// Whether the input gives the time as RFC 3339 (else as epoch milliseconds).
    rfc3339: bool,
}

impl Row {
    fn new(i: u64) -> Row {
        Row {
            ms: BASE_MS + (i / MS_GROUP) as i64 * MS_STEP,
            actor: (i % ACTORS) as i64,
            verb: 1 + i % 4,
            object: (i as u128 * OBJECT_MULTIPLIER as u128 % OBJECT_LIMIT as u128) as u64,
            target: (i % 3 == 0).then_some((i % 500) as i64),
            extra_context: if i % 10 == 0 {
                format!(r#"{{"source":"bench","n":{i}}}"#)
            } else {
                "{}".to_string()
            },
            rfc3339: i % 2 == 0,
        }
    }

    fn tail(&self) -> i64 {
        (self.object * 1000 + self.verb) as i64
    }

    /// (ms, tail): ordered as the id is.
    fn id(&self) -> (i64, i64) {
        (self.ms, self.tail())
    }

    /// The id as storectl prints it.
    fn id_text(&self) -> String {
        format!("{}{:013}", self.ms, self.tail())
    }
}

/// The first `count` activities, one NDJSON record each.
fn write_activities(path: &Path, count: u64) {
    let mut out = BufWriter::new(File::create(path).expect("cannot create the activities file"));
    for row in (0..count).map(Row::new) {
        let mut record = serde_json::json!({
            "actor": row.actor,
            "verb": row.verb,
            "object": row.object,
        });
        if let Some(target) = row.target {
            record["target"] = target.into();
        }
        record["time"] = if row.rfc3339 {
            let time = jiff::Timestamp::from_millisecond(row.ms).expect("a valid time");
            time.to_string().into()
        } else {
            row.ms.into()
        };
        if row.extra_context != "{}" {
            record["extra_context"] =
                serde_json::from_str(&row.extra_context).expect("extra_context is JSON");
        }
        writeln!(out, "{record}").expect("cannot write the activities file");
    }
    out.flush().expect("cannot write the activities file");
}

/// Runs storectl in an isolated environment: no user config, no inherited STORECTL_*.
struct Bench {
    dir: PathBuf,
    config: PathBuf,
}

impl Bench {
    fn new(dir: &Path) -> Bench {
        let config = dir.join("storectl.toml");
        std::fs::write(&config, "").expect("cannot write the empty config file");
        Bench {
            dir: dir.to_path_buf(),
            config,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn storectl(&self, store: &str) -> Command {
        let mut cmd = Command::new(STORECTL);
        for (key, _) in std::env::vars() {
            if key.starts_with("STORECTL_") {
                cmd.env_remove(key);
            }
        }
        cmd.current_dir(&self.dir)
            .arg("--config")
            .arg(&self.config)
            .arg("--store")
            .arg(format!("sqlite:{}", self.path(store).display()))
            .arg("--quiet");
        cmd
    }

    fn init(&self, store: &str) {
        run(self.storectl(store).arg("init"));
    }

    /// `feed add-many key --from input` as one process; returns its wall time and peak RSS in
    /// bytes, after checking its report.
    // The child is reaped by wait4 rather than Child::wait, which clippy cannot see.
    #[allow(clippy::zombie_processes)]
    fn add_many(&self, store: &str, key: &str, input: &str, expected: u64) -> (Duration, u64) {
        let report_path = self.path("report.json");
        let report = File::create(&report_path).expect("cannot create the report file");
        let mut cmd = self.storectl(store);
        cmd.args(["feed", "add-many", key, "--from"])
            .arg(self.path(input))
            .stdout(report);
        let start = Instant::now();
        let child = cmd.spawn().expect("cannot run storectl");
        // wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) would give the maximum
        // over every child waited for so far.
        let mut status = 0;
        // SAFETY: rusage is plain old data, for which all-zero bytes are valid.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let pid = child.id() as libc::pid_t;
        // SAFETY: `pid` is our unwaited child; `status` and `usage` are valid for writes.
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        let elapsed = start.elapsed();
        assert_eq!(
            waited,
            pid,
            "wait4 failed: {}",
            std::io::Error::last_os_error()
        );
        assert!(
            libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            "storectl feed add-many failed (wait status {status})"
        );
        // Guards against timing an add that silently stored less than it read.
        let report = parse(&std::fs::read(&report_path).expect("cannot read the report file"));
        assert_eq!(
            report["records"], expected,
            "feed add-many report: {report}"
        );
        let counts = &report["keys"][key];
        assert_eq!(counts["added"], expected, "feed add-many report: {report}");
        assert_eq!(counts["duplicates"], 0, "feed add-many report: {report}");
        assert_eq!(counts["trimmed"], 0, "feed add-many report: {report}");
        assert_eq!(report["dry_run"], false, "feed add-many report: {report}");
        // Linux reports ru_maxrss in KiB.
        (elapsed, usage.ru_maxrss as u64 * 1024)
    }

    fn slice(&self, store: &str, args: &[&str]) -> Command {
        let mut cmd = self.storectl(store);
        cmd.args(["feed", "slice", KEY]).args(args);
        cmd
    }

    /// Medians of the newest page, the deep OFFSET page and the same page by keyset paging,
    /// after checking what each returns.
    fn slice_latency(
        &self,
        store: &str,
        runs: usize,
        rows: &[Row],
        newest: &[usize],
        deep: u64,
    ) -> SliceTimes {
        let (page, deep) = (PAGE as usize, deep as usize);
        let stop = PAGE.to_string();
        let (start, deep_stop) = (deep.to_string(), (deep + page).to_string());
        // The deep page continues after the `deep`th newest id.
        let after = rows[newest[deep - 1]].id_text();
        let mut cmds = [
            self.slice(store, &["--stop", &stop]),
            self.slice(store, &["--start", &start, "--stop", &deep_stop]),
            self.slice(store, &["--after", &after, "--stop", &stop]),
        ];
        let expected = [
            &newest[..page],
            &newest[deep..deep + page],
            &newest[deep..deep + page],
        ];
        for (cmd, expected) in cmds.iter_mut().zip(expected) {
            check_page(&parse(&run(cmd)), rows, expected);
        }
        let [newest, offset, keyset] = interleaved(&mut cmds, runs);
        SliceTimes {
            newest,
            offset,
            keyset,
        }
    }

    /// Medians of `feed count` on KEY and on SMALL_KEY, after checking both.
    fn count_latency(
        &self,
        store: &str,
        runs: usize,
        big: u64,
        small: u64,
    ) -> (Duration, Duration) {
        let mut cmds = [KEY, SMALL_KEY].map(|key| {
            let mut cmd = self.storectl(store);
            cmd.args(["feed", "count", key]);
            cmd
        });
        assert_eq!(parse(&run(&mut cmds[0])), big, "feed count {KEY}");
        assert_eq!(parse(&run(&mut cmds[1])), small, "feed count {SMALL_KEY}");
        let [big, small] = interleaved(&mut cmds, runs);
        (big, small)
    }

    /// `feed trim KEY keep` as one process; returns its wall time after checking that the
    /// `keep` newest ids, and only they, are left, and that the kept count agrees.
    fn trim(
        &self,
        store: &str,
        entries: u64,
        keep: u64,
        rows: &[Row],
        newest: &[usize],
    ) -> Duration {
        let mut cmd = self.storectl(store);
        cmd.args(["feed", "trim", KEY, &keep.to_string()]);
        let start = Instant::now();
        let out = run(&mut cmd);
        let elapsed = start.elapsed();
        let report = parse(&out);
        assert_eq!(report["key"], KEY, "feed trim report: {report}");
        assert_eq!(
            report["removed"],
            entries - keep,
            "feed trim report: {report}"
        );
        assert_eq!(report["dry_run"], false, "feed trim report: {report}");

        let count = parse(&run(self.storectl(store).args(["feed", "count", KEY])));
        assert_eq!(count, keep, "feed count after trim");
        let kept = parse(&run(self.storectl(store).args([
            "feed",
            "slice",
            KEY,
            "--all",
            "--ids-only",
        ])));
        let kept: Vec<&str> = kept
            .as_array()
            .expect("feed slice --ids-only: not an array")
            .iter()
            .map(|id| {
                id.as_str()
                    .expect("feed slice --ids-only: an id is not a string")
            })
            .collect();
        let expected: Vec<String> = newest[..keep as usize]
            .iter()
            .map(|&i| rows[i].id_text())
            .collect();
        assert_eq!(kept, expected, "ids kept by feed trim");
        // The maintained count must match the rows, not only itself.
        let conn = rusqlite::Connection::open_with_flags(
            self.path(store),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("cannot open the store");
        let actual: i64 = conn
            .query_row(
                "SELECT count(*) FROM feed_entries e JOIN feed_timelines t ON t.id = e.timeline_id
                  WHERE t.key = ?1",
                [KEY],
                |r| r.get(0),
            )
            .expect("cannot count the entries");
        assert_eq!(actual as u64, keep, "feed_entries rows after trim");
        elapsed
    }
}

struct SliceTimes {
    newest: Duration,
    offset: Duration,
    keyset: Duration,
}

/// Checks a `feed slice` page: exactly the rows `expected` (indexes into `rows`), in that order,
/// each with its activity.
fn check_page(page: &Value, rows: &[Row], expected: &[usize]) {
    let page = page.as_array().expect("feed slice: not an array");
    assert_eq!(page.len(), expected.len(), "entries in the page");
    for (entry, &i) in page.iter().zip(expected) {
        let row = &rows[i];
        assert_eq!(entry["id"], row.id_text(), "page entry {entry}");
        assert_eq!(entry["actor"], row.actor, "page entry {entry}");
        assert_eq!(entry["verb"], row.verb, "page entry {entry}");
        assert_eq!(entry["object"], row.object, "page entry {entry}");
        assert_eq!(
            entry["target"],
            row.target.map_or(Value::Null, Value::from),
            "page entry {entry}"
        );
        assert!(entry.get("missing").is_none(), "page entry {entry}");
    }
}

/// Medians of `runs` timed runs of each command, after WARMUP_RUNS of each; each round starts
/// with the next command, so that machine noise hits all alike.
fn interleaved<const N: usize>(cmds: &mut [Command; N], runs: usize) -> [Duration; N] {
    for _ in 0..WARMUP_RUNS {
        for cmd in cmds.iter_mut() {
            timed(cmd);
        }
    }
    let mut times: [Vec<Duration>; N] = std::array::from_fn(|_| Vec::with_capacity(runs));
    for round in 0..runs {
        for k in 0..N {
            let c = (round + k) % N;
            times[c].push(timed(&mut cmds[c]));
        }
    }
    times.map(median)
}

/// Inserts the same activities into a fresh store (made by `storectl init`) with rusqlite, in
/// one transaction with prepared statements: each activity into `feed_activities` and its id
/// into KEY's `feed_entries`, and KEY's count in `feed_timelines`. This is the floor
/// `feed add-many` could reach. Returns the time of the transaction.
fn raw_insert(db: &Path, rows: &[Row]) -> Duration {
    let mut conn = rusqlite::Connection::open(db).expect("cannot open the raw store");
    // The connection settings storectl uses (the store is already WAL), so that only the work
    // differs.
    conn.execute_batch("PRAGMA foreign_keys = ON")
        .expect("foreign keys");

    let start = Instant::now();
    let tx = conn.transaction().expect("begin");
    tx.execute("INSERT INTO feed_timelines (key) VALUES (?1)", [KEY])
        .expect("timeline row");
    let timeline = tx.last_insert_rowid();
    {
        let mut activity = tx
            .prepare(
                "INSERT INTO feed_activities (ms, tail, actor, target, extra_context) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .expect("prepare");
        let mut entry = tx
            .prepare("INSERT INTO feed_entries (timeline_id, ms, tail) VALUES (?1, ?2, ?3)")
            .expect("prepare");
        for row in rows {
            activity
                .execute(rusqlite::params![
                    row.ms,
                    row.tail(),
                    row.actor,
                    row.target,
                    row.extra_context
                ])
                .expect("insert an activity");
            entry
                .execute([timeline, row.ms, row.tail()])
                .expect("insert an entry");
        }
    }
    tx.execute(
        "UPDATE feed_timelines SET entries = ?2 WHERE id = ?1",
        [timeline, rows.len() as i64],
    )
    .expect("timeline count");
    tx.commit().expect("commit");
    start.elapsed()
}

/// What a store holds in its feed tables, summed up: equal for equal contents.
fn fingerprint(db: &Path) -> Vec<i64> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("cannot open a store");
    conn.query_row(
        &format!(
            "SELECT (SELECT count(*) FROM feed_activities), (SELECT sum(ms - {BASE_MS}) FROM \
                    feed_activities), (SELECT sum(tail % 1000003) FROM feed_activities),
                    (SELECT sum(actor) FROM feed_activities), (SELECT count(target) FROM \
                    feed_activities), (SELECT sum(target) FROM feed_activities),
                    (SELECT sum(length(extra_context)) FROM feed_activities),
                    (SELECT sum(json_extract(extra_context, '$.n')) FROM feed_activities),
                    (SELECT count(*) FROM feed_entries), (SELECT sum(tail % 1000003 * (ms % 7)) \
                    FROM feed_entries), (SELECT count(*) FROM feed_timelines),
                    (SELECT sum(entries) FROM feed_timelines)"
        ),
        [],
        |r| {
            (0..12)
                .map(|i| r.get::<_, Option<i64>>(i).map(|v| v.unwrap_or(0)))
                .collect()
        },
    )
    .expect("cannot sum up a store")
}
