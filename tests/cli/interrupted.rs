//! A writer that dies inside its transaction, and a server that stops under a command: the fail
//! point `write-before-commit` stops the process (SIGSTOP) when everything of its transaction is
//! written and nothing committed, so the test acts at that point, not by timing: it kills the
//! writer with a real SIGKILL (on SQLite and PostgreSQL), or stops the PostgreSQL server and
//! lets the command go on (SIGCONT). Nothing of the transaction may stay, and the next writer
//! must not wait for the dead one's locks.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{code, parse_json, poll_until, stderr, test_skip, url_with_database, Env};
use crate::serve::lines_of;

/// The line the fail point writes before the process stops itself.
const PAUSED: &str = "storectl: paused at fail point write-before-commit";

/// `storectl ARGS` with the fail point set, once it has stopped itself inside its transaction.
/// Its stderr lines follow on the receiver.
pub fn paused(env: &Env, args: &[&str]) -> (Child, Receiver<String>) {
    let mut child = env
        .std_cmd()
        .args(args)
        .env("STORECTL_FAILPOINT", "write-before-commit")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = lines_of(child.stderr.take().unwrap());
    let said = lines
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("storectl {args:?} never reached its fail point"));
    assert_eq!(said, PAUSED);
    (child, lines)
}

pub fn signal(child: &Child, signal: i32) {
    // SAFETY: kill has no memory preconditions; the pid is our child's.
    assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
}

fn read(env: &Env, args: &[&str]) -> Value {
    let out = env.run(&[&["--format", "json"], args].concat());
    assert_eq!(code(&out), 0, "storectl {args:?}: {}", stderr(&out));
    parse_json(&out.stdout)
}

fn write(env: &Env, args: &[&str], stdin: &str) -> Value {
    let out = env.run_stdin(&[&["--format", "json"], args].concat(), stdin);
    assert_eq!(code(&out), 0, "storectl {args:?}: {}", stderr(&out));
    parse_json(&out.stdout)
}

/// What every face holds, for comparing before and after (comments without their age, which
/// moves with the clock).
fn snapshot(env: &Env) -> Value {
    let mut comments = read(env, &["comment", "list", "--node", "n"]);
    for comment in comments["comments"].as_array_mut().unwrap() {
        comment.as_object_mut().unwrap().remove("age");
    }
    json!({
        "ns": read(env, &["namespace", "dump", "ns"]),
        "namespaces": read(env, &["namespace", "list"]),
        "page": read(env, &["item", "history", "Page"]),
        "feed": read(env, &["feed", "slice", "tl", "--all", "--ids-only"]),
        "comments": comments,
        "session": read(env, &["session", "instances", "s"]),
        "locks": read(env, &["lock", "list"]),
        "faces": read(env, &["stats"])["faces"],
    })
}

/// One thing on every face, before the writer that dies.
fn setup(env: &Env) {
    write(env, &["namespace", "set", "ns", "a", "1"], "");
    write(env, &["item", "put", "Page", "-"], "first\n");
    write(
        env,
        &[
            "feed", "add", "tl", "--actor", "1", "--verb", "1", "--object", "1", "--time", "1000",
        ],
        "",
    );
    write(
        env,
        &["node", "add", "n", "--document", "d", "--source", "s"],
        "",
    );
    write(
        env,
        &[
            "--as", "alice", "comment", "add", "--node", "n", "--text", "hi",
        ],
        "",
    );
    let tasks = r#"{"t": {"after": [], "andEvery": "tick", "run": "t"}}"#;
    write(env, &["session", "configure", "s", "-"], tasks);
}

/// A batch (one transaction, run as bob) that writes to every face: a key that exists, 500 new keys, a
/// revision, timeline entries, a comment and a vote, a fired session and a lock.
fn doomed_batch(env: &Env) -> PathBuf {
    let records = import_records(500);
    env.write("records.ndjson", &records);
    let activities = (2..5)
        .map(|o| json!({"actor": 1, "verb": 1, "object": o, "time": 1000 + o}).to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let lines = [
        json!({"cmd": ["namespace", "set", "ns", "a", "2"]}),
        json!({"cmd": ["namespace", "import", "records.ndjson"]}),
        json!({"cmd": ["item", "put", "Page", "-"], "stdin": "killed\n"}),
        json!({"cmd": ["feed", "add-many", "tl", "-"], "stdin": activities}),
        json!({"cmd": ["comment", "add", "--node", "n", "--text", "killed"]}),
        json!({"cmd": ["vote", "1", "1"]}),
        json!({"cmd": ["session", "fire", "s", "tick"]}),
        json!({"cmd": ["lock", "acquire", "item:Other"]}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    env.write("doomed.ndjson", &text)
}

/// Kills a writer (SIGKILL) that has written to every face and not committed: afterwards the
/// store holds nothing of it, and writers to the very rows it wrote go on at once. On
/// PostgreSQL, a writer that queued behind its row locks before the kill goes on when the
/// server sees the connection die.
fn a_writer_killed_inside_its_transaction_leaves_nothing_and_blocks_no_one(env: Env) {
    let env = env.with_var("STORECTL_ACL_ENFORCE", "false");
    setup(&env);
    let before = snapshot(&env);
    let pg_before = env.pg.as_ref().map(|pg| pg.dump());
    let batch = doomed_batch(&env);
    let (mut doomed, _) = paused(&env, &["--as", "bob", "batch", batch.to_str().unwrap()]);

    // On PostgreSQL the doomed writer holds row locks now: a writer of the same key queues.
    let queued = env.pg.as_ref().map(|pg| {
        let follower = env
            .std_cmd()
            .args(["--format", "json", "namespace", "set", "ns", "a", "3"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut client = pg.client();
        poll_until(
            "the follower to wait for the doomed writer's row lock",
            || {
                let waiting: i64 = client
                    .query_one(
                        "SELECT count(*) FROM pg_stat_activity
                      WHERE datname = $1 AND wait_event_type = 'Lock'",
                        &[&pg.name],
                    )
                    .unwrap()
                    .get(0);
                waiting == 1
            },
        );
        follower
    });
    // The store as the doomed writer sees it is not what anyone else sees.
    if queued.is_none() {
        assert_eq!(
            snapshot(&env),
            before,
            "a transaction not committed is visible"
        );
    }

    signal(&doomed, libc::SIGKILL);
    let status = doomed.wait().unwrap();
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(libc::SIGKILL));
    }

    match queued {
        Some(follower) => {
            let out = follower.wait_with_output().unwrap();
            assert_eq!(code(&out), 0, "the follower: {}", stderr(&out));
        }
        None => {
            // SQLite: the dead writer's write lock went with it; no waiting allowed.
            let out = env
                .cmd()
                .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "0")
                .args(["--format", "json", "namespace", "set", "ns", "a", "3"])
                .output()
                .unwrap();
            assert_eq!(code(&out), 0, "the next writer: {}", stderr(&out));
        }
    }
    let mut after = snapshot(&env);
    assert_eq!(
        after["ns"],
        json!({"a": 3}),
        "the import or the set of the dead writer"
    );
    after["ns"] = before["ns"].clone();
    assert_eq!(
        after, before,
        "something of the dead writer's transaction stayed"
    );
    if let (Some(pg), Some(pg_before)) = (env.pg.as_ref(), pg_before) {
        // Row for row, apart from the follower's value.
        let dump = pg.dump();
        assert_ne!(dump, pg_before);
        let changed: Vec<&str> = dump
            .lines()
            .filter(|l| !pg_before.lines().any(|b| b == *l))
            .collect();
        assert_eq!(
            changed.len(),
            1,
            "rows the follower did not write: {changed:?}"
        );
    }

    // Every row the dead writer wrote can be written again at once.
    let no_wait = |args: &[&str], stdin: &str| {
        let out = env
            .cmd()
            .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "0")
            .args([&["--format", "json"], args].concat())
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "storectl {args:?}: {}", stderr(&out));
        parse_json(&out.stdout)
    };
    let put = no_wait(&["item", "put", "Page", "-"], "after\n");
    assert_eq!(put["revision"], json!(2));
    let fired = no_wait(&["session", "fire", "s", "tick"], "");
    assert_eq!(fired["created"], json!(["t#0"]));
    let added = no_wait(
        &[
            "--as", "carol", "comment", "add", "--node", "n", "--text", "after",
        ],
        "",
    );
    assert_eq!(
        added["id"],
        json!(2),
        "the dead writer's comment id is free again"
    );
    no_wait(&["--as", "carol", "lock", "acquire", "item:Other"], "");
    no_wait(&["namespace", "import", "records.ndjson"], "");
    assert_eq!(read(&env, &["namespace", "len", "ns"]), json!(501));
    assert_eq!(read(&env, &["check"])["ok"], json!(true));
}

on_sqlite_and_postgres!(a_writer_killed_inside_its_transaction_leaves_nothing_and_blocks_no_one);

/// A PostgreSQL cluster of the test's own (`.ci/pg-cluster`), to stop and start under a
/// command; removed when dropped.
struct PrivateCluster {
    dir: PathBuf,
    url: String,
    _parent: tempfile::TempDir,
}

fn pg_cluster(verb: &str, dir: &Path) -> std::process::Output {
    std::process::Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/pg-cluster"))
        .arg(verb)
        .arg(dir)
        .output()
        .expect("run .ci/pg-cluster")
}

impl PrivateCluster {
    /// A new cluster, or `None` after a visible skip when PostgreSQL's server binaries are
    /// missing (`apt-get install postgresql`).
    fn start() -> Option<PrivateCluster> {
        use std::os::unix::fs::PermissionsExt;
        let have_server = std::fs::read_dir("/usr/lib/postgresql")
            .map(|dirs| dirs.flatten().any(|d| d.path().join("bin/initdb").exists()))
            .unwrap_or(false);
        if !have_server {
            test_skip::skip(
                "no /usr/lib/postgresql/*/bin/initdb to start a server of the test's own \
                 (apt-get install postgresql)",
            );
            return None;
        }
        let parent = tempfile::tempdir().unwrap();
        // The server runs as the postgres user when we are root: it must reach its directory.
        std::fs::set_permissions(parent.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let dir = parent.path().join("pg");
        let out = pg_cluster("start", &dir);
        assert!(out.status.success(), "pg-cluster start: {}", stderr(&out));
        let url = String::from_utf8(out.stdout).unwrap().trim().to_string();
        Some(PrivateCluster {
            dir,
            url,
            _parent: parent,
        })
    }

    fn halt(&self) {
        let out = pg_cluster("halt", &self.dir);
        assert!(out.status.success(), "pg-cluster halt: {}", stderr(&out));
    }

    fn resume(&self) {
        let out = pg_cluster("resume", &self.dir);
        assert!(out.status.success(), "pg-cluster resume: {}", stderr(&out));
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        let _ = pg_cluster("stop", &self.dir);
    }
}

/// The server stops (a fast shutdown, as for a restart) while a command is inside its
/// transaction: the command's commit fails with exit 74 naming the store, without its password
/// and without a panic, and the server, started again, holds nothing of it. A real stop, not
/// `pg_terminate_backend`: the connection ends as a restart ends it, and nothing answers
/// until the server is back.
#[test]
fn the_server_stopping_under_a_command_is_74_naming_the_store_and_leaves_nothing() {
    let Some(cluster) = PrivateCluster::start() else {
        return;
    };
    // The cluster trusts everyone; the password is there to be kept out of every message.
    let url = url_with_database(&cluster.url, "postgres").replacen(
        "://postgres@",
        "://postgres:s3cret-pw@",
        1,
    );
    let env = Env::new().with_var("STORECTL_STORE", &url);
    write(&env, &["namespace", "set", "ns", "a", "1"], "");
    let records = import_records(200);
    env.write("records.ndjson", &records);

    let (importer, lines) = paused(
        &env,
        &["--format", "json", "namespace", "import", "records.ndjson"],
    );
    cluster.halt();
    signal(&importer, libc::SIGCONT);
    let status = importer.wait_with_output().unwrap().status;
    let said: Vec<String> = lines.iter().collect();
    let said = said.join("\n");
    assert_eq!(status.code(), Some(74), "{said}");
    assert!(!said.contains("s3cret"), "the password shown: {said}");
    assert!(!said.contains("panicked"), "{said}");
    let error: Value = serde_json::from_str(&said).unwrap_or_else(|_| panic!("not JSON: {said}"));
    let message = error["error"]["message"].as_str().unwrap();
    let port = cluster
        .url
        .rsplit(':')
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let shown = format!("store postgres://postgres@127.0.0.1:{port}/postgres");
    assert!(message.contains(&shown), "{message}");
    assert_eq!(error["error"]["kind"], json!("io"), "{error}");

    // While it is down: 74 at once, the same words.
    let out = env.run(&["--format", "json", "namespace", "get", "ns", "a"]);
    assert_eq!(code(&out), 74, "{}", stderr(&out));
    assert!(!stderr(&out).contains("s3cret"));

    cluster.resume();
    assert_eq!(read(&env, &["namespace", "dump", "ns"]), json!({"a": 1}));
    assert_eq!(read(&env, &["check"])["ok"], json!(true));
}

/// `namespace import` input: keys k0.. of namespace `ns`, each holding its number.
fn import_records(n: u64) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{}\n",
                json!({"namespace": "ns", "key": format!("k{i}"), "value": i})
            )
        })
        .collect()
}
