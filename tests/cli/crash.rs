//! Crash safety: storectl killed in the middle of `namespace import`, `feed add-many`,
//! `comment add --from` and `backup`; then `check` must be clean, and running the same command
//! again must give what one uninterrupted run gives, compared through the commands' own output.
//!
//! No kill point depends on timing. The batch commands read their records from a pipe that the
//! test writes: it writes the first K records, waits until the process has read all of them and
//! sleeps in a read waiting for record K+1 (inside its open transaction), and sends SIGKILL
//! there, so the kill lands after exactly K records on a slow machine as on a fast one. With
//! `--batch-size N` exactly floor(K/N)*N records are committed at that moment, and the test
//! checks that those survive and nothing of the open batch does.
//!
//! `backup` is killed with SIGKILL as soon as its temporary file exists and when that file holds
//! half the store, and at exact points of the copy by a file size limit: the kernel ends the
//! process with SIGXFSZ on the write that would cross it, and, as with SIGKILL, no code of the
//! process runs after that.

use std::fs::File;
use std::io::Write;
use std::os::unix::io::AsRawFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{assert_ok, code, parse_json, stdout, Env};

/// A storectl process reading records from a pipe the test writes.
struct Fed {
    child: Child,
    stdin: Option<ChildStdin>,
    stderr: PathBuf,
}

impl Fed {
    fn spawn(env: &Env, args: &[&str]) -> Fed {
        let stderr = env.path(&format!("stderr-{}", unique()));
        let child = env
            .std_cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(File::create(&stderr).unwrap())
            .spawn()
            .expect("spawn storectl");
        let mut fed = Fed {
            child,
            stdin: None,
            stderr,
        };
        fed.stdin = fed.child.stdin.take();
        fed
    }

    fn stderr_text(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Writes `bytes`, then returns once the process has read all of them and waits for more.
    fn feed(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        if let Err(e) = stdin.write_all(bytes).and_then(|()| stdin.flush()) {
            panic!("cannot write to storectl ({e}): {}", self.stderr_text());
        }
        self.wait_until_waiting_for_input();
    }

    /// The pipe is empty and the process sleeps in a read of it. Where the kernel does not say
    /// what a process sleeps in (`/proc/PID/wchan`), an empty pipe for a second has to do.
    fn wait_until_waiting_for_input(&mut self) {
        let wchan = PathBuf::from(format!("/proc/{}/wchan", self.child.id()));
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut drained_since: Option<Instant> = None;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!(
                    "storectl ended ({status}) before its input did: {}",
                    self.stderr_text()
                );
            }
            if unread_bytes(self.stdin.as_ref().unwrap()) == 0 {
                let since = *drained_since.get_or_insert_with(Instant::now);
                match std::fs::read_to_string(&wchan) {
                    Ok(w) if w.contains("pipe_read") => return,
                    _ if since.elapsed() > Duration::from_secs(1) && !wchan_is_informative() => {
                        return
                    }
                    _ => {}
                }
            } else {
                drained_since = None;
            }
            assert!(
                Instant::now() < deadline,
                "storectl did not read its input within 120 s"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// SIGKILL, and the proof that it was the kill that ended the process.
    fn kill(mut self) {
        self.child.kill().unwrap();
        let status = self.child.wait().unwrap();
        assert_eq!(
            status.signal(),
            Some(libc::SIGKILL),
            "storectl ended by itself ({status}) instead of being killed: {}",
            self.stderr_text()
        );
        drop(self.stdin.take());
    }
}

/// Bytes written to a pipe and not yet read from it.
fn unread_bytes(pipe: &ChildStdin) -> i32 {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD stores one int through the pointer, which points at `n`.
    let r = unsafe { libc::ioctl(pipe.as_raw_fd(), libc::FIONREAD, &mut n) };
    assert_eq!(r, 0, "FIONREAD: {}", std::io::Error::last_os_error());
    n
}

/// Whether `/proc/PID/wchan` names the kernel function a process sleeps in (it shows "0" when
/// the kernel keeps that to itself): asked of a `cat` sleeping in a read of an empty pipe.
fn wchan_is_informative() -> bool {
    static ANSWER: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ANSWER.get_or_init(|| {
        let Ok(mut cat) = std::process::Command::new("cat")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
        else {
            return false;
        };
        let path = format!("/proc/{}/wchan", cat.id());
        let mut seen = false;
        for _ in 0..2000 {
            if std::fs::read_to_string(&path).is_ok_and(|w| w.contains("pipe_read")) {
                seen = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let _ = cat.kill();
        let _ = cat.wait();
        seen
    })
}

fn unique() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Fails with the first differing line (snapshots are megabytes; printing both helps no one).
fn assert_same(got: &str, want: &str, what: &str) {
    if got == want {
        return;
    }
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let i = g.iter().zip(&w).take_while(|(a, b)| a == b).count();
    let cut = |s: &str| s.chars().take(400).collect::<String>();
    panic!(
        "{what}: differs at line {} of {} (want {} lines)\n got: {}\nwant: {}",
        i + 1,
        g.len(),
        w.len(),
        cut(g.get(i).unwrap_or(&"<end>")),
        cut(w.get(i).unwrap_or(&"<end>"))
    );
}

/// Runs a read command that must succeed and returns its stdout.
fn read_out(env: &Env, args: &[&str]) -> String {
    let out = env.run(args);
    assert_ok(&out, args);
    stdout(&out)
}

/// `read_out` as JSON with every `age` field removed (it moves with the clock).
fn read_without_age(env: &Env, args: &[&str]) -> String {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("age");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut doc = parse_json(read_out(env, args).as_bytes());
    strip(&mut doc);
    format!("{doc:#}\n")
}

fn assert_clean(env: &Env, what: &str) {
    let out = env.run(&["check"]);
    assert_eq!(
        code(&out),
        0,
        "{what}: check is not clean: {}",
        stdout(&out)
    );
    assert_eq!(parse_json(&out.stdout)["ok"], json!(true), "{what}");
}

/// A batch command fed on stdin, with what it needs in the store first and how to look at the
/// result through storectl's own read commands.
struct Batch {
    name: &'static str,
    /// The command, reading its records from stdin (`-`).
    args: Vec<&'static str>,
    vars: Vec<(&'static str, &'static str)>,
    setup: fn(&Env),
    /// Counts, cheap enough to poll.
    summary: fn(&Env) -> String,
    /// Everything the command wrote, as storectl lists and exports it.
    content: fn(&Env) -> String,
    /// One record per line.
    records: Vec<String>,
}

impl Batch {
    fn env(&self) -> Env {
        let mut env = Env::new();
        for (name, value) in &self.vars {
            env = env.with_var(name, value);
        }
        (self.setup)(&env);
        env
    }

    fn input(&self, records: usize) -> String {
        let mut text = String::new();
        for r in &self.records[..records] {
            text.push_str(r);
            text.push('\n');
        }
        text
    }

    fn args<'a>(&'a self, batch_size: Option<&'a str>) -> Vec<&'a str> {
        let mut args = self.args.clone();
        if let Some(n) = batch_size {
            args.extend(["--batch-size", n]);
        }
        args
    }

    /// (summary, content) after setup and one uninterrupted run over the first `records`.
    fn uninterrupted(&self, records: usize) -> (String, String) {
        let env = self.env();
        let args = self.args(None);
        assert_ok(&env.run_stdin(&args, &self.input(records)), &args);
        ((self.summary)(&env), (self.content)(&env))
    }

    /// Where the kills land: after about 10%, 40% and 70% of the records (never on a batch
    /// boundary, so that the open batch holds records), and before the very last one.
    fn kill_points(&self, batch_size: usize) -> Vec<usize> {
        let n = self.records.len();
        let mut points: Vec<usize> = [10, 40, 70]
            .iter()
            .map(|pct| n * pct / 100 + batch_size / 3)
            .collect();
        points.push(n - 1);
        points
    }

    /// Runs the same command again over the whole input: clean, and what one run gives.
    fn rerun(&self, env: &Env, batch_size: Option<&str>, whole: &str, what: &str) {
        let args = self.args(batch_size);
        assert_ok(
            &env.run_stdin(&args, &self.input(self.records.len())),
            &args,
        );
        let what = format!("{what}, then run again");
        assert_clean(env, &what);
        assert_same(&(self.content)(env), whole, &what);
    }

    /// One transaction for the whole input: killed after K records, the store is exactly as
    /// before (also for a reader while the process still runs), and a rerun gives the
    /// uninterrupted result. Returns a line for the report.
    fn kill_single_transaction(&self) -> String {
        let n = self.records.len();
        let (_, whole) = self.uninterrupted(n);
        let mut report = Vec::new();
        for k in self.kill_points(1000) {
            let what = format!("{}: killed after {k} of {n} records", self.name);
            let env = self.env();
            let (summary, before) = ((self.summary)(&env), (self.content)(&env));
            let mut process = Fed::spawn(&env, &self.args(None));
            process.feed(self.input(k).as_bytes());
            assert_same(
                &(self.summary)(&env),
                &summary,
                &format!("{what}, read meanwhile"),
            );
            let wal = wal_bytes(&env);
            process.kill();
            assert_clean(&env, &what);
            assert_same(&(self.content)(&env), &before, &what);
            self.rerun(&env, None, &whole, &what);
            report.push(format!("{k} (WAL {wal} B)"));
        }
        format!(
            "{}: {} kill points after K of {n} records, one transaction: {}",
            self.name,
            report.len(),
            report.join(", ")
        )
    }

    /// `--batch-size`: killed after K records, exactly the committed batches are in the store
    /// (what an uninterrupted run over their records gives), while it runs and after the kill.
    /// With `rerun`, running the whole command again gives the uninterrupted result.
    fn kill_batched(&self, batch_size: usize, rerun: bool) -> String {
        let n = self.records.len();
        let whole = if rerun {
            self.uninterrupted(n).1
        } else {
            String::new()
        };
        let size = batch_size.to_string();
        let mut report = Vec::new();
        for k in self.kill_points(batch_size) {
            let committed = k / batch_size * batch_size;
            let what = format!(
                "{} --batch-size {batch_size}: killed after {k} of {n} records ({committed} committed)",
                self.name
            );
            let (summary, want) = self.uninterrupted(committed);
            let env = self.env();
            let mut process = Fed::spawn(&env, &self.args(Some(&size)));
            process.feed(self.input(k).as_bytes());
            // Where /proc cannot tell that the process waits for input, wait for its commits.
            let deadline = Instant::now() + Duration::from_secs(60);
            while (self.summary)(&env) != summary && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(50));
            }
            assert_same(
                &(self.summary)(&env),
                &summary,
                &format!("{what}, read meanwhile"),
            );
            process.kill();
            assert_clean(&env, &what);
            assert_same(&(self.content)(&env), &want, &what);
            if rerun {
                self.rerun(&env, Some(&size), &whole, &what);
            }
            report.push(format!("{k} ({committed} committed)"));
        }
        format!(
            "{} --batch-size {batch_size}: {} kill points: {}",
            self.name,
            report.len(),
            report.join(", ")
        )
    }
}

fn wal_bytes(env: &Env) -> u64 {
    let mut wal = env.store.clone().into_os_string();
    wal.push("-wal");
    std::fs::metadata(PathBuf::from(wal)).map_or(0, |m| m.len())
}

// ---- namespace import ----

fn namespace_import() -> Batch {
    // 12,000 records in 6 namespaces; the last 1,000 update keys written earlier in the input,
    // and the first 3,000 keys exist before the import (setup), so it both adds and updates.
    let records = (0..12_000)
        .map(|i| {
            let key = i % 11_000;
            format!(
                r#"{{"namespace":"ns{}","key":"k{key:06}","value":{{"i":{i},"exact":1.10,"big":123456789012345678901234567890,"pad":"{}"}}}}"#,
                key % 6,
                "abcdefghij".repeat(8)
            )
        })
        .collect();
    Batch {
        name: "namespace import",
        args: vec!["namespace", "import", "-"],
        vars: vec![],
        setup: |env| {
            let seed: String = (0..3_000)
                .map(|key| {
                    format!(
                        "{{\"namespace\":\"ns{}\",\"key\":\"k{key:06}\",\"value\":\"before\"}}\n",
                        key % 6
                    )
                })
                .chain(["{\"namespace\":\"other\",\"key\":\"untouched\",\"value\":[1,2]}\n".into()])
                .collect();
            assert_ok(
                &env.run_stdin(&["namespace", "import", "-"], &seed),
                &["namespace", "import"],
            );
        },
        summary: |env| read_out(env, &["namespace", "list"]),
        content: |env| {
            read_out(env, &["namespace", "list"]) + &read_out(env, &["namespace", "export"])
        },
        records,
    }
}

#[test]
fn namespace_import_killed_in_its_transaction_leaves_the_store_as_it_was() {
    eprintln!("{}", namespace_import().kill_single_transaction());
}

#[test]
fn namespace_import_killed_between_batches_keeps_the_committed_ones() {
    eprintln!("{}", namespace_import().kill_batched(1_000, true));
}

// ---- feed add-many ----

fn feed_add_many() -> Batch {
    // 12,000 activities fanned out to two timelines, one of them capped at 3,000 entries (the
    // cap trims in every transaction). Every 50th record repeats an earlier activity with other
    // extra_context: the later wins in activity storage, the timeline entry stays.
    let records = (0..12_000u64)
        .map(|i| {
            let j = if i % 50 == 49 { i - 40 } else { i };
            format!(
                r#"{{"actor":{},"verb":{},"object":{j},"time":{},"extra_context":{{"n":{i},"pad":"{}"}}}}"#,
                j % 97,
                1 + j % 4,
                1_577_880_000_000 + j * 7,
                "abcdefghij".repeat(15)
            )
        })
        .collect();
    Batch {
        name: "feed add-many",
        args: vec!["feed", "add-many", "user_feed:1", "follower:2", "-"],
        vars: vec![("STORECTL_FEEDS_MAX_LENGTH_BY_PREFIX", "follower:=3000")],
        setup: |env| {
            // Activities the input repeats (objects 0..200) and older ones it does not.
            let seed: String = (0..200u64)
                .map(|j| {
                    format!(
                        "{{\"actor\":{},\"verb\":{},\"object\":{j},\"time\":{},\"extra_context\":{{\"seed\":true}}}}\n",
                        j % 97,
                        1 + j % 4,
                        1_577_880_000_000 + j * 7
                    )
                })
                .chain((0..300u64).map(|j| {
                    format!(
                        "{{\"actor\":5,\"verb\":\"comment\",\"object\":{},\"time\":1500000000000}}\n",
                        1_000_000 + j
                    )
                }))
                .collect();
            let args = ["feed", "add-many", "user_feed:1", "follower:2", "-"];
            assert_ok(&env.run_stdin(&args, &seed), &args);
        },
        summary: |env| read_out(env, &["feed", "keys"]),
        content: |env| {
            let mut text = read_out(env, &["feed", "keys"]);
            // The whole timeline by id, and the activities of the capped one in full.
            text += &read_out(
                env,
                &["feed", "slice", "user_feed:1", "--all", "--ids-only"],
            );
            text + &read_out(env, &["feed", "slice", "follower:2", "--all"])
        },
        records,
    }
}

#[test]
fn feed_add_many_killed_in_its_transaction_leaves_the_store_as_it_was() {
    eprintln!("{}", feed_add_many().kill_single_transaction());
}

#[test]
fn feed_add_many_killed_between_batches_keeps_the_committed_ones() {
    eprintln!("{}", feed_add_many().kill_batched(1_000, true));
}

// ---- comment add --from ----

const NODES: [&str; 4] = ["n0", "n1", "n2", "n3"];

fn comment_add_from() -> Batch {
    // 12,000 comments: a top-level comment on one of four nodes, then a chain of three replies
    // to it (by "parent_ref"); some top-level ones carry a proposal, some leaves are hidden.
    let records = (0..12_000)
        .map(|i| {
            let mut r = json!({
                "text": format!("comment {i}: {}", "lorem ipsum ".repeat(5)),
                "username": format!("user{}", i % 13),
                "time": format!("2020-01-{:02}T{:02}:{:02}:{:02}Z", 1 + i / 3600 % 28, i / 60 % 24, i % 60, i % 60),
                "ref": format!("r{i}"),
            });
            if i % 4 == 0 {
                r["node"] = json!(NODES[i / 4 % 4]);
                if i % 40 == 0 {
                    r["proposal"] = json!(format!("line one\nline {i}\n"));
                }
            } else {
                r["parent_ref"] = json!(format!("r{}", i - 1));
                if i % 20 == 3 {
                    r["hidden"] = json!(true);
                }
            }
            r.to_string()
        })
        .collect();
    Batch {
        name: "comment add --from",
        args: vec!["comment", "add", "--from", "-"],
        vars: vec![],
        setup: |env| {
            for node in NODES {
                let args = [
                    "node",
                    "add",
                    node,
                    "--document",
                    "doc",
                    "--source",
                    "line one\nline two\n",
                ];
                assert_ok(&env.run(&args), &args);
            }
            let args = [
                "--as",
                "alice",
                "comment",
                "add",
                "--node",
                "n0",
                "--text",
                "first",
                "--time",
                "2019-12-31T00:00:00Z",
            ];
            assert_ok(&env.run(&args), &args);
            let args = ["--as", "bob", "vote", "1", "1"];
            assert_ok(&env.run(&args), &args);
        },
        summary: |env| read_out(env, &["node", "list"]),
        content: |env| {
            let mut text = read_out(env, &["node", "list"]);
            for node in NODES {
                text += &read_without_age(
                    env,
                    &[
                        "--as",
                        "bob",
                        "--moderator",
                        "comment",
                        "list",
                        "--node",
                        node,
                    ],
                );
            }
            text + &read_without_age(env, &["--moderator", "moderate", "list"])
        },
        records,
    }
}

#[test]
fn comment_add_from_killed_in_its_transaction_leaves_the_store_as_it_was() {
    eprintln!("{}", comment_add_from().kill_single_transaction());
}

/// Comments have no identity a rerun could recognise, so running a killed batched add again
/// adds the committed batches twice (as documented: each batch commits); what is checked here is
/// that exactly the committed batches are in the store, threads intact, and nothing else.
#[test]
fn comment_add_from_killed_between_batches_keeps_the_committed_ones() {
    eprintln!("{}", comment_add_from().kill_batched(1_000, false));
}

// ---- backup ----

/// A store of about 12 MB (so that a copy takes a while) with something in every face.
fn backup_source() -> Env {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let big: String = (0..120)
        .map(|i| {
            format!(
                "{{\"namespace\":\"big\",\"key\":\"k{i:04}\",\"value\":\"{}\"}}\n",
                format!("{i:07}").repeat(14_000)
            )
        })
        .collect();
    let steps: Vec<(Vec<&str>, &str)> = vec![
        (vec!["namespace", "import", "-"], &big),
        (
            vec!["namespace", "set", "core", "greeting", "\"hello\""],
            "",
        ),
        (
            vec!["node", "add", "n", "--document", "d", "--source", "text"],
            "",
        ),
        (
            vec![
                "--as", "alice", "comment", "add", "--node", "n", "--text", "hi",
            ],
            "",
        ),
        (vec!["--as", "bob", "vote", "1", "-1"], ""),
        (
            vec![
                "feed",
                "add",
                "user_feed:1",
                "--actor",
                "1",
                "--verb",
                "love",
                "--object",
                "7",
            ],
            "",
        ),
        (vec!["item", "put", "FrontPage", "-"], "Welcome\n"),
        (vec!["item", "put", "FrontPage", "-"], "Welcome back\n"),
        (
            vec!["session", "configure", "s", "-"],
            r#"{"t":{"after":["go"],"run":"x"}}"#,
        ),
        (vec!["session", "fire", "s", "go"], ""),
    ];
    for (args, stdin) in steps {
        assert_ok(&env.run_stdin(&args, stdin), &args);
    }
    env
}

/// What a store holds, through storectl's read commands, for comparing a backup with its source.
fn store_content(env: &Env, store: &Path) -> String {
    let store = store.to_str().unwrap();
    let reads: [&[&str]; 7] = [
        &["namespace", "list"],
        &["namespace", "export"],
        &["node", "list"],
        &["feed", "slice", "user_feed:1"],
        &["item", "history", "FrontPage"],
        &["item", "show", "FrontPage"],
        &["session", "export", "s"],
    ];
    let mut text = String::new();
    for args in reads {
        let mut full = vec!["--store", store];
        full.extend_from_slice(args);
        text += &read_out(env, &full);
    }
    text + &read_without_age(
        env,
        &[
            "--store", store, "--as", "bob", "comment", "list", "--node", "n",
        ],
    )
}

/// Files a backup to `dest` leaves beside it while it runs (`.NAME.storectl-tmp-PID...`).
fn temp_files(dest: &Path) -> Vec<String> {
    let prefix = format!(
        ".{}.storectl-tmp-",
        dest.file_name().unwrap().to_str().unwrap()
    );
    let mut found: Vec<String> = std::fs::read_dir(dest.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(&prefix))
        .collect();
    found.sort();
    found
}

fn backup_cmd(env: &Env, dest: &Path) -> std::process::Command {
    let mut cmd = env.std_cmd();
    cmd.args(["backup", dest.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// After a killed backup: the source is clean, DEST is absent or a complete copy, and running
/// the backup again works, gives a copy equal to the source, and leaves no temporary file.
fn after_killed_backup(env: &Env, dest: &Path, want: &str, what: &str) {
    assert_clean(env, &format!("{what}: the source"));
    if dest.exists() {
        // Killed after the rename: then it must be the whole copy.
        assert_same(
            &store_content(env, dest),
            want,
            &format!("{what}: {}", dest.display()),
        );
        std::fs::remove_file(dest).unwrap();
    }
    let args = ["backup", dest.to_str().unwrap()];
    assert_ok(&env.run(&args), &args);
    let out = env.run(&["--store", dest.to_str().unwrap(), "check"]);
    assert_eq!(code(&out), 0, "{what}: the new backup: {}", stdout(&out));
    assert_same(
        &store_content(env, dest),
        want,
        &format!("{what}, then backed up again"),
    );
    assert_eq!(
        temp_files(dest),
        Vec::<String>::new(),
        "{what}, then backed up again: temporary files left"
    );
    std::fs::remove_file(dest).unwrap();
}

/// The copy crashed by a file size limit at `limit` bytes: SIGXFSZ on the write that would
/// cross it (no core file).
fn backup_crashing_at(env: &Env, dest: &Path, limit: u64) -> std::process::ExitStatus {
    let mut cmd = backup_cmd(env, dest);
    // SAFETY: between fork and exec only setrlimit runs, which is async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            let no_core = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            let size = libc::rlimit {
                rlim_cur: limit as libc::rlim_t,
                rlim_max: libc::RLIM_INFINITY,
            };
            if libc::setrlimit(libc::RLIMIT_CORE, &no_core) != 0
                || libc::setrlimit(libc::RLIMIT_FSIZE, &size) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.status().unwrap()
}

/// A backup SIGKILLed once its temporary file holds `min_bytes`. The copy takes some tens of
/// milliseconds; when it finishes before the kill, the attempt is made again. Returns the
/// attempts it took.
fn backup_killed_at(env: &Env, dest: &Path, min_bytes: u64, what: &str) -> usize {
    for attempt in 1..=30 {
        let mut child = backup_cmd(env, dest).spawn().unwrap();
        let name = dest.file_name().unwrap().to_str().unwrap();
        let tmp = dest.with_file_name(format!(".{name}.storectl-tmp-{}", child.id()));
        let mut exited = false;
        while !std::fs::metadata(&tmp).is_ok_and(|m| m.len() >= min_bytes) {
            if child.try_wait().unwrap().is_some() {
                exited = true;
                break;
            }
        }
        let _ = child.kill();
        let status = child.wait().unwrap();
        if exited || status.signal() != Some(libc::SIGKILL) {
            assert!(status.success(), "{what}: the backup failed: {status}");
            std::fs::remove_file(dest).unwrap();
            continue;
        }
        return attempt;
    }
    panic!("{what}: 30 backups all finished before the kill");
}

#[test]
fn backup_killed_mid_copy_leaves_no_partial_or_temporary_file() {
    let env = backup_source();
    let want = store_content(&env, &env.store);
    let source_bytes = std::fs::metadata(&env.store).unwrap().len();
    let dest = env.path("copy.db");
    let mut report = Vec::new();
    for (when, min_bytes) in [("exists", 0), ("holds half the store", source_bytes / 2)] {
        let what = format!("backup killed when its temporary file {when}");
        let attempts = backup_killed_at(&env, &dest, min_bytes, &what);
        let left = temp_files(&dest);
        after_killed_backup(&env, &dest, &want, &what);
        report.push(format!(
            "SIGKILL when the temporary file {when} (attempt {attempts}; left {left:?})"
        ));
    }
    for pct in [10u64, 40, 70, 99] {
        let limit = source_bytes * pct / 100;
        let what = format!("backup crashed on writing byte {limit} ({pct}%) of the copy");
        let status = backup_crashing_at(&env, &dest, limit);
        assert_eq!(status.signal(), Some(libc::SIGXFSZ), "{what}: {status}");
        assert!(
            !dest.exists(),
            "{what}: a partial file under the destination's name"
        );
        let left = temp_files(&dest);
        assert!(!left.is_empty(), "{what}: it crashed before the copy began");
        after_killed_backup(&env, &dest, &want, &what);
        report.push(format!("SIGXFSZ at byte {limit} ({pct}%; left {left:?})"));
    }
    eprintln!(
        "backup of {source_bytes} bytes: {} kill points: {}",
        report.len(),
        report.join(", ")
    );
}
