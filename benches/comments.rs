//! End-to-end benchmark of the comments face, run as a user would: whole `storectl` processes.
//!
//! `cargo bench --bench comments` measures
//! - `comment add --from` of an NDJSON file of comments spread over a few nodes of one document,
//!   a mix of top-level comments and replies (by `parent_ref`) up to 5 deep: comments/s and the
//!   child's peak RSS, next to a raw rusqlite insert of the same rows into a fresh store's
//!   `comments` table (target: at least 50,000 comments/s);
//! - `comment list --node` of a node holding 10,000 comments in 2,000 threads 5 deep, as an
//!   anonymous viewer and as a user who voted on some of them: the median of many runs
//!   (target: under 100 ms).
//!
//! STORECTL_BENCH_COMMENTS (default 100,000) and STORECTL_BENCH_RUNS (default 50) shrink it for a
//! quick run. The output ends with a block that can be pasted into a README.

mod common;

use common::{
    env_number, machine, median, mib, millis, parse, ratio, release_memory, run, table_row,
    thousands, timed, today, verdict,
};

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
/// The document every bench node belongs to.
const DOCUMENT: &str = "bench/index";
/// Nodes the `comment add` comments are spread over.
const ADD_NODES: usize = 8;
/// The deepest a reply goes: a top-level comment is depth 1.
const MAX_DEPTH: u32 = 5;
/// Share of `comment add` records that are top-level comments, in percent.
const TOP_LEVEL_PERCENT: u64 = 30;
/// Replies answer one of this many recent comments that may still take a reply.
const OPEN_THREADS: usize = 64;
/// The listed node: this many threads, each a top-level comment with a chain of replies down to
/// MAX_DEPTH.
const LIST_THREADS: u64 = 2_000;
const LIST_NODE: &str = "list0000000000000000000000000000";
/// The voting viewer votes on every VOTE_EVERY-th comment of the listed node.
const VOTER: &str = "voter";
const VOTE_EVERY: u64 = 50;
/// Comment authors: user00 ... user49.
const AUTHORS: u64 = 50;
/// The first comment's time, 2024-01-01T00:00:00Z; each next one is 7 s later.
const BASE_TIME_S: i64 = 1_704_067_200;
const TARGET_ADD_RATE: f64 = 50_000.0;
const TARGET_LIST: Duration = Duration::from_millis(100);
/// Runs of each `list` command before timing, to warm the page cache and the binary.
const WARMUP_RUNS: usize = 3;

fn main() {
    let comments = env_number("STORECTL_BENCH_COMMENTS", 100_000).max(1);
    let runs = env_number("STORECTL_BENCH_RUNS", 50).max(1) as usize;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let bench = Bench::new(dir.path());

    // 1. comment add --from.
    eprintln!("generating {comments} comments...");
    let add_nodes: Vec<String> = (0..ADD_NODES).map(node_id).collect();
    let (_top_level, deepest) = {
        let rows = mixed_threads(comments, &add_nodes);
        write_nodes(&bench.path("nodes.ndjson"), &add_nodes);
        write_comments(&bench.path("comments.ndjson"), &rows);
        let top_level = rows.iter().filter(|r| r.parent.is_none()).count() as u64;
        (top_level, rows.iter().map(|r| r.depth).max().unwrap_or(0))
    };
    // A child's peak RSS includes this process's resident memory at spawn time: give the rows'
    // memory back first, so that the figure is storectl's own.
    release_memory();

    bench.add_nodes("store.db", "nodes.ndjson");
    eprintln!("comment add --from: {comments} comments...");
    let (add_time, add_rss) = bench.add_comments("store.db", "comments.ndjson", comments);
    let add_rate = comments as f64 / add_time.as_secs_f64();

    eprintln!("raw SQLite insert of {comments} rows...");
    bench.init("raw.db");
    bench.add_nodes("raw.db", "nodes.ndjson");
    // The same rows again (the generator is seeded), for the reference.
    let rows = mixed_threads(comments, &add_nodes);
    let raw_rate = comments as f64 / raw_insert(&bench.path("raw.db"), &rows).as_secs_f64();
    // The reference is only fair if it stored what storectl stored.
    assert_eq!(
        fingerprint(&bench.path("store.db")),
        fingerprint(&bench.path("raw.db")),
        "storectl and the raw insert stored different comments"
    );

    // 2. comment list --node, on a store of its own.
    let list_rows = chains(LIST_THREADS, LIST_NODE);
    let list_comments = list_rows.len() as u64;
    write_nodes(&bench.path("list-nodes.ndjson"), &[LIST_NODE.to_string()]);
    write_comments(&bench.path("list-comments.ndjson"), &list_rows);
    bench.add_nodes("list.db", "list-nodes.ndjson");
    eprintln!("building the listed node: {list_comments} comments...");
    let (build_time, _) = bench.add_comments("list.db", "list-comments.ndjson", list_comments);
    let votes = bench.cast_votes("list.db", list_comments);
    eprintln!("comment list --node, {runs} runs each...");
    let list = bench.list_latency("list.db", runs, list_comments, votes);

    println!();
    println!("Machine: {}; date: {}", machine(), today());
    table_row(
        &format!(
            "`comment add --from` of {} comments (replies down to depth {deepest}), one process",
            thousands(comments)
        ),
        &format!(
            "{} comments/s ({:.2} s; target ≥ {}: {}); peak RSS {}",
            thousands(add_rate as u64),
            add_time.as_secs_f64(),
            thousands(TARGET_ADD_RATE as u64),
            verdict(add_rate >= TARGET_ADD_RATE),
            mib(add_rss),
        ),
        &format!(
            "raw rusqlite insert of the same rows: {} rows/s",
            thousands(raw_rate as u64)
        ),
        &ratio(add_rate, raw_rate),
    );
    table_row(
        &format!(
            "`comment list --node` of a node with {} comments in {} threads {MAX_DEPTH} deep, whole process, median of {runs}",
            thousands(list_comments),
            thousands(LIST_THREADS)
        ),
        &format!(
            "{} anonymous, {} as a user with {} votes (target < {} ms: {})",
            millis(list.anonymous),
            millis(list.voter),
            thousands(votes),
            TARGET_LIST.as_millis(),
            verdict(list.anonymous < TARGET_LIST && list.voter < TARGET_LIST),
        ),
        &format!(
            "writing the same {} of JSON is part of it; building the node: {} comments/s",
            mib(list.output_bytes as u64),
            thousands((list_comments as f64 / build_time.as_secs_f64()) as u64),
        ),
        "",
    );
}

/// Node `i` of the `comment add` store: 32 hex-like characters, as Sphinx makes them.
fn node_id(i: usize) -> String {
    format!("{i:032x}")
}

/// One comment as the input gives it and as it must be stored. Comment `i` (0-based) of a fresh
/// store gets id `i + 1`, so `parent` is both the parent's record index + 1 and its id.
struct Row {
    node: String,
    parent: Option<i64>,
    depth: u32,
    text: String,
    username: String,
    time_us: i64,
}

impl Row {
    fn new(i: u64, node: &str, parent: Option<i64>, depth: u32) -> Row {
        Row {
            node: node.to_string(),
            parent,
            depth,
            text: format!(
                "Comment {i} at depth {depth}: the paragraph says \"see below\", \
                 but nothing below explains it."
            ),
            username: format!("user{:02}", i % AUTHORS),
            time_us: (BASE_TIME_S + 7 * i as i64) * 1_000_000,
        }
    }
}

/// A small deterministic generator (splitmix64): the same input on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % n
    }
}

/// `count` comments over `nodes`: TOP_LEVEL_PERCENT top-level, the rest replies to a recent
/// comment that is less than MAX_DEPTH deep, so threads of every depth up to MAX_DEPTH interleave.
fn mixed_threads(count: u64, nodes: &[String]) -> Vec<Row> {
    let mut rng = Rng(42);
    let mut open: Vec<usize> = Vec::with_capacity(OPEN_THREADS);
    let mut rows: Vec<Row> = Vec::with_capacity(count as usize);
    for i in 0..count {
        let row = if open.is_empty() || rng.below(100) < TOP_LEVEL_PERCENT {
            let node = &nodes[rng.below(nodes.len() as u64) as usize];
            Row::new(i, node, None, 1)
        } else {
            let p = open[rng.below(open.len() as u64) as usize];
            let (node, depth) = (rows[p].node.clone(), rows[p].depth + 1);
            Row::new(i, &node, Some(p as i64 + 1), depth)
        };
        if row.depth < MAX_DEPTH {
            if open.len() < OPEN_THREADS {
                open.push(rows.len());
            } else {
                let slot = rng.below(OPEN_THREADS as u64) as usize;
                open[slot] = rows.len();
            }
        }
        rows.push(row);
    }
    rows
}

/// `threads` top-level comments on `node`, each followed by a chain of replies down to MAX_DEPTH.
fn chains(threads: u64, node: &str) -> Vec<Row> {
    let mut rows = Vec::with_capacity((threads * MAX_DEPTH as u64) as usize);
    for _ in 0..threads {
        for depth in 1..=MAX_DEPTH {
            let i = rows.len() as u64;
            let parent = (depth > 1).then_some(i as i64);
            rows.push(Row::new(i, node, parent, depth));
        }
    }
    rows
}

fn write_nodes(path: &Path, nodes: &[String]) {
    let mut out = BufWriter::new(File::create(path).expect("cannot create the nodes file"));
    for (i, id) in nodes.iter().enumerate() {
        let record = serde_json::json!({
            "id": id,
            "document": DOCUMENT,
            "source": format!("Paragraph {i} of the bench document."),
        });
        writeln!(out, "{record}").expect("cannot write the nodes file");
    }
    out.flush().expect("cannot write the nodes file");
}

/// One NDJSON record per row; every record carries a `ref` (`c` + its id), and a reply names
/// its parent by `parent_ref`, as an export from another system would.
fn write_comments(path: &Path, rows: &[Row]) {
    let mut out = BufWriter::new(File::create(path).expect("cannot create the comments file"));
    for (i, row) in rows.iter().enumerate() {
        let time = jiff::Timestamp::from_microsecond(row.time_us).expect("a valid time");
        let mut record = serde_json::json!({
            "text": row.text,
            "username": row.username,
            "time": time.to_string(),
            "ref": format!("c{}", i + 1),
        });
        match row.parent {
            None => record["node"] = row.node.clone().into(),
            Some(p) => record["parent_ref"] = format!("c{p}").into(),
        }
        writeln!(out, "{record}").expect("cannot write the comments file");
    }
    out.flush().expect("cannot write the comments file");
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
            .arg(format!("sqlite:{}", self.path(store).display()));
        cmd
    }

    fn init(&self, store: &str) {
        run(self.storectl(store).arg("init"));
    }

    fn add_nodes(&self, store: &str, nodes: &str) {
        let out = run(self
            .storectl(store)
            .args(["node", "add", "--from"])
            .arg(self.path(nodes)));
        assert!(parse(&out)["added"].as_u64().is_some_and(|n| n > 0));
    }

    /// `comment add --from` as one process; returns its wall time and peak RSS in bytes, after
    /// checking its report.
    // The child is reaped by wait4 rather than Child::wait, which clippy cannot see.
    #[allow(clippy::zombie_processes)]
    fn add_comments(&self, store: &str, input: &str, expected: u64) -> (Duration, u64) {
        let report_path = self.path("report.json");
        let report = File::create(&report_path).expect("cannot create the report file");
        let mut cmd = self.storectl(store);
        cmd.args(["--quiet", "comment", "add", "--from"])
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
            "storectl comment add failed (wait status {status})"
        );
        // Guards against timing an add that silently stored less than it read.
        let report: Value = serde_json::from_slice(
            &std::fs::read(&report_path).expect("cannot read the report file"),
        )
        .expect("comment add printed no JSON report");
        assert_eq!(report["records"], expected, "comment add report: {report}");
        assert_eq!(report["hidden"], 0, "comment add report: {report}");
        assert_eq!(report["first_id"], 1, "comment add report: {report}");
        assert_eq!(report["last_id"], expected, "comment add report: {report}");
        // Linux reports ru_maxrss in KiB.
        (elapsed, usage.ru_maxrss as u64 * 1024)
    }

    /// VOTER votes +1 or -1 on every VOTE_EVERY-th comment (one `vote` process each); returns
    /// how many votes.
    fn cast_votes(&self, store: &str, comments: u64) -> u64 {
        let mut votes = 0;
        for id in (1..=comments).step_by(VOTE_EVERY as usize) {
            let value = if votes % 3 == 2 { "-1" } else { "1" };
            run(self
                .storectl(store)
                .args(["--as", VOTER, "vote", &id.to_string(), value]));
            votes += 1;
        }
        votes
    }

    /// Medians of `comment list --node LIST_NODE` as an anonymous viewer and as VOTER; runs
    /// alternate between the two so that machine noise hits both alike.
    fn list_latency(&self, store: &str, runs: usize, comments: u64, votes: u64) -> ListTimes {
        let mut anonymous = self.storectl(store);
        anonymous.args(["comment", "list", "--node", LIST_NODE]);
        let mut voter = self.storectl(store);
        voter.args(["--as", VOTER, "comment", "list", "--node", LIST_NODE]);

        // Warm-up runs also check what each viewer is shown.
        let mut output_bytes = 0;
        for _ in 0..WARMUP_RUNS {
            let out = run(&mut anonymous);
            check_thread(&parse(&out), comments, 0);
            let out = run(&mut voter);
            check_thread(&parse(&out), comments, votes);
            output_bytes = out.len();
        }

        let mut anonymous_times = Vec::with_capacity(runs);
        let mut voter_times = Vec::with_capacity(runs);
        for i in 0..runs {
            if i % 2 == 0 {
                anonymous_times.push(timed(&mut anonymous));
                voter_times.push(timed(&mut voter));
            } else {
                voter_times.push(timed(&mut voter));
                anonymous_times.push(timed(&mut anonymous));
            }
        }
        ListTimes {
            anonymous: median(anonymous_times),
            voter: median(voter_times),
            output_bytes,
        }
    }
}

struct ListTimes {
    anonymous: Duration,
    voter: Duration,
    output_bytes: usize,
}

/// Checks a `comment list` document: LIST_THREADS top-level comments, `comments` in all, none
/// deeper than MAX_DEPTH, and `votes` of them showing the viewer's vote.
fn check_thread(doc: &Value, comments: u64, votes: u64) {
    let top = doc["comments"]
        .as_array()
        .expect("comment list: no comments array");
    assert_eq!(top.len() as u64, LIST_THREADS, "top-level comments listed");
    let (mut seen, mut voted, mut deepest) = (0, 0, 0);
    let mut stack: Vec<(&Value, u32)> = top.iter().map(|c| (c, 1)).collect();
    while let Some((c, depth)) = stack.pop() {
        seen += 1;
        deepest = deepest.max(depth);
        if c["vote"].as_i64().unwrap_or(0) != 0 {
            voted += 1;
        }
        let children = c["children"]
            .as_array()
            .expect("a comment without children");
        stack.extend(children.iter().map(|c| (c, depth + 1)));
    }
    assert_eq!(seen, comments, "comments listed at every depth");
    assert_eq!(deepest, MAX_DEPTH, "depth of the listed threads");
    assert_eq!(voted, votes, "comments showing the viewer's vote");
}

/// Inserts the same rows into the `comments` table of a fresh store (made by `storectl init`)
/// with rusqlite, in one transaction with one prepared statement, filling the columns storectl
/// fills: the floor `comment add` could reach. Returns the time of the transaction.
fn raw_insert(db: &Path, rows: &[Row]) -> Duration {
    let mut conn = rusqlite::Connection::open(db).expect("cannot open the raw store");
    // The connection settings storectl uses (the store is already WAL), so that only the work
    // differs.
    conn.execute_batch("PRAGMA foreign_keys = ON")
        .expect("foreign keys");

    let start = Instant::now();
    let tx = conn.transaction().expect("begin");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO comments (node_id, parent_id, text, username, time_us, rating, \
                 displayed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .expect("prepare");
        for row in rows {
            insert
                .execute(rusqlite::params![
                    row.node,
                    row.parent,
                    row.text,
                    row.username,
                    row.time_us,
                    0,
                    true
                ])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
    start.elapsed()
}

/// What a store holds in its comments table, summed up: equal for equal contents.
fn fingerprint(db: &Path) -> Vec<i64> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("cannot open a store");
    conn.query_row(
        &format!(
            "SELECT count(*), max(id), count(parent_id), sum(parent_id), sum(id % 7 * parent_id),
                    sum(time_us / 1000000 - {BASE_TIME_S}), sum(length(text)),
                    count(DISTINCT node_id), count(DISTINCT username), sum(displayed),
                    sum(rating), count(proposal)
               FROM comments"
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
