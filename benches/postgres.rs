//! The PostgreSQL backend, measured as a user runs it: whole `storectl` processes against a
//! real server, each figure next to a reference measured in the same run on the same server.
//!
//! `cargo bench --bench postgres` measures
//! - `namespace import` of an NDJSON file, next to `psql \copy` of the same rows into the same
//!   table of a fresh store (target: at least half the rate of `\copy`);
//! - one-shot `namespace get`, whole process, next to `psql -c` of the same SELECT (target: at
//!   most twice its time);
//! - `serve` round trips of `namespace get` for one client (target: at least 5,000/s), next to
//!   the same SELECT prepared once and run one at a time by an in-process client;
//! - `feed add-many` and `comment add --from` of 100,000 records, next to `psql \copy` of the
//!   rows they stored (read back from the store) into the same tables of a fresh store, and to
//!   the same commands on SQLite.
//!
//! The server: `STORECTL_BENCH_POSTGRES` (a URL of a database from which the bench may create
//! and drop databases), else a private cluster that the bench starts with `.ci/pg-cluster` and
//! stops at the end (Debian's `postgresql` package; fsync off, as for the tests).
//! STORECTL_BENCH_RECORDS (default 1,000,000), STORECTL_BENCH_RUNS (default 100),
//! STORECTL_BENCH_TRIPS (default 20,000), STORECTL_BENCH_ACTIVITIES and STORECTL_BENCH_COMMENTS
//! (default 100,000 each) shrink it for a quick run.

mod common;

use common::namespace_rows::{key_of, value_of};
use common::{env_number, machine, median, millis, ratio, table_row, thousands, today, verdict};

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");
const WARMUP_RUNS: usize = 5;

/// The server the bench runs against, and the databases it made there (dropped at the end).
struct Server {
    admin: String,
    /// The private cluster's directory, when the bench started one.
    cluster: Option<PathBuf>,
    databases: Vec<String>,
}

fn pg_cluster(verb: &str, dir: &Path) -> std::process::Output {
    Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/pg-cluster"))
        .arg(verb)
        .arg(dir)
        .output()
        .expect("run .ci/pg-cluster")
}

impl Server {
    /// `None` when there is neither a URL nor PostgreSQL's server binaries to start one.
    fn new(scratch: &Path) -> Option<Server> {
        if let Ok(url) = std::env::var("STORECTL_BENCH_POSTGRES") {
            eprintln!("server: STORECTL_BENCH_POSTGRES");
            return Some(Server {
                admin: url,
                cluster: None,
                databases: Vec::new(),
            });
        }
        let have_server = std::fs::read_dir("/usr/lib/postgresql")
            .map(|dirs| dirs.flatten().any(|d| d.path().join("bin/initdb").exists()))
            .unwrap_or(false);
        if !have_server {
            eprintln!(
                "SKIPPED the postgres bench: no STORECTL_BENCH_POSTGRES, and no \
                 /usr/lib/postgresql/*/bin/initdb to start a server (apt-get install postgresql)"
            );
            return None;
        }
        use std::os::unix::fs::PermissionsExt;
        // As root the server runs as the postgres user, which must reach its directory.
        std::fs::set_permissions(scratch, std::fs::Permissions::from_mode(0o755)).unwrap();
        let dir = scratch.join("pg");
        let out = pg_cluster("start", &dir);
        assert!(
            out.status.success(),
            "no STORECTL_BENCH_POSTGRES and .ci/pg-cluster could not start one: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let url = String::from_utf8(out.stdout).unwrap().trim().to_string();
        eprintln!("server: a private cluster at {url}");
        Some(Server {
            admin: url,
            cluster: Some(dir),
            databases: Vec::new(),
        })
    }

    fn client(url: &str) -> postgres::Client {
        postgres::Client::connect(url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot connect to {url}: {e}"))
    }

    /// A new empty database; its URL.
    fn database(&mut self, name: &str) -> String {
        let name = format!("storectl_bench_{name}_{}", std::process::id());
        // Two statements: a multi-statement string runs as one transaction, which these refuse.
        let mut admin = Server::client(&self.admin);
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        admin
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
            ))
            .unwrap();
        self.databases.push(name.clone());
        with_database(&self.admin, &name)
    }

    fn version(&self) -> String {
        Server::client(&self.admin)
            .query_one("SHOW server_version", &[])
            .unwrap()
            .get(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            for name in &self.databases {
                let _ =
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
        if let Some(dir) = &self.cluster {
            let _ = pg_cluster("stop", dir);
        }
    }
}

/// `url` naming database `db` instead of its own.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    format!("{}/{db}{query}", &base[..end])
}

/// psql from PATH, else Debian's newest.
fn psql() -> PathBuf {
    if Command::new("psql").arg("--version").output().is_ok() {
        return PathBuf::from("psql");
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| d.flatten().map(|e| e.path().join("bin/psql")).collect())
        .unwrap_or_default();
    found.retain(|p| p.exists());
    found.sort();
    found
        .pop()
        .expect("no psql (apt-get install postgresql-client)")
}

fn storectl(store: &str) -> Command {
    let mut cmd = Command::new(STORECTL);
    for (key, _) in std::env::vars() {
        if key.starts_with("STORECTL_") {
            cmd.env_remove(key);
        }
    }
    cmd.arg("--store").arg(store).arg("--quiet");
    cmd
}

fn run(cmd: &mut Command) -> (Duration, String) {
    let start = Instant::now();
    let out = cmd.output().expect("cannot run the command");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{:?} {:?} failed: {}",
        cmd.get_program(),
        cmd.get_args().collect::<Vec<_>>(),
        String::from_utf8_lossy(&out.stderr)
    );
    (elapsed, String::from_utf8_lossy(&out.stdout).into_owned())
}

fn write_lines(path: &Path, n: u64, line: impl Fn(u64) -> String) {
    let mut out = BufWriter::new(File::create(path).unwrap());
    for i in 1..=n {
        writeln!(out, "{}", line(i)).unwrap();
    }
    out.flush().unwrap();
}

/// `namespace import` of `records` records against `\copy` of the same rows; (storectl
/// records/s, \copy rows/s).
fn import_vs_copy(server: &mut Server, dir: &Path, records: u64) -> (f64, f64, String) {
    let ndjson = dir.join("records.ndjson");
    let tsv = dir.join("records.tsv");
    eprintln!("generating {records} records...");
    write_lines(&ndjson, records, |i| {
        format!(
            r#"{{"namespace":"bench","key":"{}","value":{}}}"#,
            key_of(i),
            value_of(i)
        )
    });
    // The values hold no tab, newline or backslash: they go into COPY's text format as they are.
    write_lines(&tsv, records, |i| {
        format!("1\t{}\t{}", key_of(i), value_of(i))
    });

    let store = server.database("import");
    run(storectl(&store).arg("init"));
    eprintln!("namespace import of {records} records...");
    let (import_time, _) = run(storectl(&store).args(["namespace", "import"]).arg(&ndjson));
    let (_, len) = run(storectl(&store).args(["namespace", "len", "bench"]));
    assert_eq!(
        len.trim(),
        records.to_string(),
        "namespace len after import"
    );

    let reference = server.database("copy");
    run(storectl(&reference).arg("init"));
    let id: i64 = Server::client(&reference)
        .query_one(
            "INSERT INTO namespaces (name) VALUES ('bench') RETURNING id",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(id, 1);
    eprintln!("psql \\copy of the same {records} rows...");
    let (copy_time, _) = run(Command::new(psql())
        .args(["-X", "-q", &reference, "-c"])
        .arg(format!(
            "\\copy namespace_entries (namespace_id, key, value) FROM '{}'",
            tsv.display()
        )));
    (
        records as f64 / import_time.as_secs_f64(),
        records as f64 / copy_time.as_secs_f64(),
        store,
    )
}

/// Medians of a one-shot `namespace get` and of `psql -c` of the same SELECT, alternating.
fn get_vs_psql(store: &str, key: &str, runs: usize) -> (Duration, Duration) {
    let mut get = storectl(store);
    get.args(["namespace", "get", "bench", key]);
    let mut psql = Command::new(psql());
    psql.args(["-X", "-A", "-t", store, "-c"]).arg(format!(
        "SELECT e.value FROM namespace_entries e JOIN namespaces n ON n.id = e.namespace_id \
         WHERE n.name = 'bench' AND e.key = '{key}'"
    ));
    let n: u64 = key.trim_start_matches("key").parse().unwrap();
    let expected = format!("{}\n", value_of(n));
    for _ in 0..WARMUP_RUNS {
        assert_eq!(run(&mut get).1, expected);
        assert_eq!(run(&mut psql).1, expected);
    }
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..runs {
        if i % 2 == 0 {
            ours.push(run(&mut get).0);
            theirs.push(run(&mut psql).0);
        } else {
            theirs.push(run(&mut psql).0);
            ours.push(run(&mut get).0);
        }
    }
    (median(ours), median(theirs))
}

struct Served {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

/// `namespace get` round trips through `serve`, one at a time; next to the same SELECT, prepared
/// once, one at a time from an in-process client. Both in requests per second.
fn serve_vs_client(store: &str, trips: u64, keys: u64) -> (f64, f64) {
    let mut child = storectl(store)
        .arg("serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut serve = Served {
        stdin: child.stdin.take().unwrap(),
        stdout: BufReader::new(child.stdout.take().unwrap()),
        child,
    };
    let mut line = String::new();
    let mut trip = |serve: &mut Served, i: u64| {
        let key = key_of(1 + i * 7919 % keys);
        writeln!(
            serve.stdin,
            r#"{{"cmd":["namespace","get","bench","{key}"]}}"#
        )
        .unwrap();
        line.clear();
        serve.stdout.read_line(&mut line).unwrap();
        assert!(line.starts_with(r#"{"id":null,"ok":"#), "{line}");
    };
    for i in 0..trips / 10 {
        trip(&mut serve, i);
    }
    let start = Instant::now();
    for i in 0..trips {
        trip(&mut serve, i);
    }
    let served = trips as f64 / start.elapsed().as_secs_f64();
    drop(serve.stdin);
    assert!(serve.child.wait().unwrap().success());

    let mut client = Server::client(store);
    let select = client
        .prepare(
            "SELECT e.value FROM namespace_entries e JOIN namespaces n ON n.id = e.namespace_id
              WHERE n.name = $1 AND e.key = $2",
        )
        .unwrap();
    let start = Instant::now();
    for i in 0..trips {
        let key = key_of(1 + i * 7919 % keys);
        let row = client.query_one(&select, &[&"bench", &key]).unwrap();
        assert!(!row.get::<_, &str>(0).is_empty());
    }
    (served, trips as f64 / start.elapsed().as_secs_f64())
}

/// `feed add-many KEY FILE` of `n` activities into a new store; activities/s.
fn add_many(store: &str, file: &Path, n: u64) -> f64 {
    run(storectl(store).arg("init"));
    let (time, out) = run(storectl(store)
        .args(["feed", "add-many", "bench"])
        .arg(file));
    assert!(out.contains(&format!("\"records\":{n}")), "{out}");
    n as f64 / time.as_secs_f64()
}

/// `comment add --from FILE` of `n` comments (on 10 nodes, each fifth a new thread, the others
/// replies to the comment before) into a new store; comments/s.
fn add_comments(store: &str, nodes: &Path, file: &Path, n: u64) -> f64 {
    run(storectl(store).args(["node", "add", "--from"]).arg(nodes));
    let (time, out) = run(storectl(store).args(["comment", "add", "--from"]).arg(file));
    assert!(out.contains(&format!("\"records\":{n}")), "{out}");
    n as f64 / time.as_secs_f64()
}

/// The reference of a command that stored `n` records in `tables` of `store`: the rows it
/// stored, read back to files, then `psql \copy` of them into the same tables of a new store
/// (`storectl init`), one psql process timed; records/s.
fn copy_of_stored_rows(
    server: &mut Server,
    dir: &Path,
    store: &str,
    name: &str,
    tables: &[&str],
    n: u64,
) -> f64 {
    let reference = server.database(name);
    run(storectl(&reference).arg("init"));
    let (mut out, mut into) = (Command::new(psql()), Command::new(psql()));
    out.args(["-X", "-q", store]);
    into.args(["-X", "-q", &reference]);
    for table in tables {
        let file = dir.join(format!("{name}-{table}.tsv"));
        out.arg("-c")
            .arg(format!("\\copy {table} TO '{}'", file.display()));
        into.arg("-c")
            .arg(format!("\\copy {table} FROM '{}'", file.display()));
    }
    run(&mut out);
    let (time, _) = run(&mut into);
    n as f64 / time.as_secs_f64()
}

fn per_second(rate: f64) -> String {
    format!("{}/s", thousands(rate as u64))
}

fn main() {
    let records = env_number("STORECTL_BENCH_RECORDS", 1_000_000).max(10);
    let runs = env_number("STORECTL_BENCH_RUNS", 100).max(1) as usize;
    let trips = env_number("STORECTL_BENCH_TRIPS", 20_000).max(10);
    let activities = env_number("STORECTL_BENCH_ACTIVITIES", 100_000).max(1);
    let comments = env_number("STORECTL_BENCH_COMMENTS", 100_000).max(1);
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let Some(mut server) = Server::new(dir) else {
        return;
    };
    let version = server.version();

    let (import_rate, copy_rate, store) = import_vs_copy(&mut server, dir, records);
    let key = key_of(records / 2);
    eprintln!("namespace get {key}, {runs} runs each...");
    let (get, psql_get) = get_vs_psql(&store, &key, runs);
    eprintln!("serve: {trips} round trips...");
    let (served, client) = serve_vs_client(&store, trips, records);

    let feed_file = dir.join("activities.ndjson");
    write_lines(&feed_file, activities, |i| {
        format!(
            r#"{{"actor":{},"verb":"add","object":{i},"time":{}}}"#,
            i % 100,
            1_600_000_000_000u64 + i
        )
    });
    eprintln!("feed add-many of {activities} activities, PostgreSQL and SQLite, and \\copy...");
    let feed_store = server.database("feeds");
    let feed_pg = add_many(&feed_store, &feed_file, activities);
    let feed_copy = copy_of_stored_rows(
        &mut server,
        dir,
        &feed_store,
        "feeds_copy",
        &["feed_activities", "feed_timelines", "feed_entries"],
        activities,
    );
    let feed_sqlite = add_many(
        &format!("sqlite:{}", dir.join("feeds.db").display()),
        &feed_file,
        activities,
    );

    let nodes = dir.join("nodes.ndjson");
    write_lines(&nodes, 10, |i| {
        format!(r#"{{"id":"n{i}","document":"bench","source":"paragraph {i}"}}"#)
    });
    let comment_file = dir.join("comments.ndjson");
    write_lines(&comment_file, comments, |i| {
        let place = if i % 5 == 1 {
            format!(r#""node":"n{}""#, 1 + i % 10)
        } else {
            format!(r#""parent_ref":"c{}""#, i - 1)
        };
        format!(
            r#"{{"ref":"c{i}",{place},"username":"u{}","text":"comment {i} of the bench"}}"#,
            i % 50
        )
    });
    eprintln!("comment add --from of {comments} comments, PostgreSQL and SQLite, and \\copy...");
    let comment_store = server.database("comments");
    let comments_pg = add_comments(&comment_store, &nodes, &comment_file, comments);
    let comments_copy = copy_of_stored_rows(
        &mut server,
        dir,
        &comment_store,
        "comments_copy",
        &["comment_nodes", "comments"],
        comments,
    );
    let comments_sqlite = add_comments(
        &format!("sqlite:{}", dir.join("comments.db").display()),
        &nodes,
        &comment_file,
        comments,
    );

    println!();
    println!(
        "Machine: {}; date: {}; PostgreSQL {version}, {}",
        machine(),
        today(),
        if server.cluster.is_some() {
            "a private cluster on this machine (fsync off)"
        } else {
            "the server of STORECTL_BENCH_POSTGRES"
        }
    );
    table_row(
        &format!(
            "PostgreSQL: `namespace import` of {} NDJSON records, whole process",
            thousands(records)
        ),
        &format!(
            "{} records/s (target ≥ ½ of `\\copy`: {})",
            thousands(import_rate as u64),
            verdict(import_rate * 2.0 >= copy_rate)
        ),
        &format!(
            "`psql \\copy` of the same rows into the same table: {} rows/s",
            thousands(copy_rate as u64)
        ),
        &ratio(import_rate, copy_rate),
    );
    table_row(
        &format!(
            "PostgreSQL: one-shot `namespace get` on {} keys, whole process, median of {runs}",
            thousands(records)
        ),
        &format!(
            "{} (target ≤ 2× `psql -c`: {})",
            millis(get),
            verdict(get <= psql_get * 2)
        ),
        &format!(
            "`psql -X -A -t -c` of the same SELECT: {}",
            millis(psql_get)
        ),
        &format!("{:.2}×", get.as_secs_f64() / psql_get.as_secs_f64()),
    );
    table_row(
        "PostgreSQL: `serve`, one client, `namespace get` round trips one at a time",
        &format!(
            "{} (target ≥ 5,000/s: {})",
            per_second(served),
            verdict(served >= 5000.0)
        ),
        &format!(
            "the same SELECT, prepared once, one at a time in-process: {}",
            per_second(client)
        ),
        &ratio(served, client),
    );
    table_row(
        &format!(
            "PostgreSQL: `feed add-many` of {} activities into one key, one process",
            thousands(activities)
        ),
        &format!("{} activities/s", thousands(feed_pg as u64)),
        &format!(
            "`psql \\copy` of the rows it stored into the same 3 tables: {} activities/s; the \
             same command on SQLite: {}/s",
            thousands(feed_copy as u64),
            thousands(feed_sqlite as u64)
        ),
        &format!(
            "{} of `\\copy`; {} of SQLite",
            ratio(feed_pg, feed_copy),
            ratio(feed_pg, feed_sqlite)
        ),
    );
    table_row(
        &format!(
            "PostgreSQL: `comment add --from` of {} comments (threads 5 deep), one process",
            thousands(comments)
        ),
        &format!("{} comments/s", thousands(comments_pg as u64)),
        &format!(
            "`psql \\copy` of the rows it stored into the same tables: {} comments/s; the \
             same command on SQLite: {}/s",
            thousands(comments_copy as u64),
            thousands(comments_sqlite as u64)
        ),
        &format!(
            "{} of `\\copy`; {} of SQLite",
            ratio(comments_pg, comments_copy),
            ratio(comments_pg, comments_sqlite)
        ),
    );
}
