//! Soak: 8 workers, each a loop in a thread spawning the real binary against one SQLite store,
//! doing mixed work on every face for `STORECTL_SOAK_SECS` seconds (default 60). Each worker
//! owns some resources (its namespace, timeline, comments, items, session) and shares others
//! (a namespace, a timeline, a node, an item, a session); it keeps a model of what it did, and
//! afterwards the store must agree with every model: `check` clean, ratings equal the sum of the
//! last votes each worker cast, timelines equal what was added minus what was trimmed, revisions
//! are 1..N without gaps, namespace counters add up, instance numbers have no duplicates or gaps.
//!
//! Every process must exit 0, except where a worker provokes a documented failure on purpose
//! and expects exactly that code: 75 (a lock held by another owner), 4 (`--rev-expected` that is
//! not current) and, for the one worker that runs with ACLs enforced, 77 (the ACL denies).
//! Workers 0-6 run with `STORECTL_ACL_ENFORCE=false`. Every process gets a busy timeout of 30 s
//! (as `run_workers_at_once` does): eight writers queue for one SQLite write lock, and a commit
//! costs a few fsyncs.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{assert_ok, code, parse_json, Env};

const WORKERS: usize = 8;
/// The worker that runs with ACLs enforced and provokes denials on purpose.
const ACL_WORKER: usize = 7;
/// The ACL of that worker's items: w7 may do everything, its colleague w7b too (so that a lock
/// held by w7 is what stops w7b, not the ACL), everybody else may read.
const ACL_LINE: &str = "#acl w7,w7b:read,write,delete,revert All:read";
/// Activity times start here (epoch ms).
const FEED_EPOCH_MS: u64 = 1_600_000_000_000;

fn soak_duration() -> Duration {
    let secs = std::env::var("STORECTL_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(60);
    Duration::from_secs(secs)
}

/// What all workers share: the store, the clock, and the first failure.
struct Soak<'a> {
    env: &'a Env,
    deadline: Instant,
    stop: AtomicBool,
    failures: Mutex<Vec<String>>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Moderation {
    Pending,
    Accepted,
    Rejected,
}

/// One revisioned item as the worker wrote it: the data of each revision, None = deleted.
struct Page {
    name: String,
    revisions: Vec<Option<String>>,
}

impl Page {
    fn deleted(&self) -> bool {
        matches!(self.revisions.last(), Some(None))
    }
}

struct Worker<'a> {
    w: usize,
    me: String,
    soak: &'a Soak<'a>,
    rng: u64,
    /// Processes that ended as expected, per face.
    ops: BTreeMap<&'static str, u64>,
    /// Failures provoked on purpose, per exit code.
    provoked: BTreeMap<i32, u64>,
    turn: [u64; 5],
    // namespaces
    ns: BTreeMap<String, Value>,
    ns_locked: BTreeMap<String, Value>,
    ns_n: u64,
    shared_keys: u64,
    // comments
    soak_comments: Vec<i64>,
    own_comments: Vec<(i64, Moderation)>,
    votes: HashMap<i64, i64>,
    // feeds
    timeline: BTreeSet<u128>,
    /// (time, object, verb) of every activity added, to repeat some.
    activities: Vec<(u64, u64, u64)>,
    global_adds: u64,
    // items
    page: Page,
    old_names: Vec<String>,
    only_put: Page,
    shared_puts: u64,
    // sessions
    fires: u64,
    shared_instances: Vec<String>,
}

type Step = Option<()>;

impl<'a> Worker<'a> {
    fn new(w: usize, soak: &'a Soak<'a>) -> Worker<'a> {
        let prefix = if w == ACL_WORKER { "Acl" } else { "Soak" };
        Worker {
            w,
            me: format!("w{w}"),
            soak,
            rng: 0x9E37_79B9_7F4A_7C15 ^ (w as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D),
            ops: BTreeMap::new(),
            provoked: BTreeMap::new(),
            turn: [0; 5],
            ns: BTreeMap::new(),
            ns_locked: BTreeMap::new(),
            ns_n: 0,
            shared_keys: 0,
            soak_comments: Vec::new(),
            own_comments: Vec::new(),
            votes: HashMap::new(),
            timeline: BTreeSet::new(),
            activities: Vec::new(),
            global_adds: 0,
            page: Page {
                name: format!("{prefix}W{w}G0"),
                revisions: Vec::new(),
            },
            old_names: Vec::new(),
            only_put: Page {
                name: format!("{prefix}W{w}Only"),
                revisions: Vec::new(),
            },
            shared_puts: 0,
            fires: 0,
            shared_instances: Vec::new(),
        }
    }

    fn random(&mut self, below: u64) -> u64 {
        // xorshift64*
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D) % below.max(1)
    }

    fn fail(&self, message: String) -> Step {
        self.soak.stop.store(true, Ordering::Relaxed);
        self.soak
            .failures
            .lock()
            .unwrap()
            .push(format!("worker {}: {message}", self.w));
        None
    }

    /// Runs storectl; the exit code must be `want`. Returns stdout as JSON (Null when empty).
    fn run(&mut self, face: &'static str, args: &[&str], stdin: &str, want: i32) -> Option<Value> {
        if self.soak.stop.load(Ordering::Relaxed) {
            return None;
        }
        let mut cmd = self.soak.env.std_cmd();
        cmd.args(args)
            .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "30000")
            .env(
                "STORECTL_ACL_ENFORCE",
                if self.w == ACL_WORKER {
                    "true"
                } else {
                    "false"
                },
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(if stdin.is_empty() {
                Stdio::null()
            } else {
                Stdio::piped()
            });
        let mut child = cmd.spawn().expect("spawn storectl");
        if let Some(mut pipe) = child.stdin.take() {
            // A command that fails early may not read it all; its exit code tells.
            let _ = pipe.write_all(stdin.as_bytes());
        }
        let out = child.wait_with_output().expect("wait for storectl");
        let got = out.status.code().unwrap_or(-1);
        if got != want {
            self.fail(format!(
                "storectl {args:?} exited {got} ({}), expected {want}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            ))?;
        }
        *self.ops.entry(face).or_default() += 1;
        if want != 0 {
            *self.provoked.entry(want).or_default() += 1;
            return Some(Value::Null);
        }
        if out.stdout.iter().all(u8::is_ascii_whitespace) {
            return Some(Value::Null);
        }
        match serde_json::from_slice(&out.stdout) {
            Ok(v) => Some(v),
            Err(e) => self
                .fail(format!(
                    "storectl {args:?}: stdout is not JSON ({e}): {}",
                    String::from_utf8_lossy(&out.stdout)
                ))
                .map(|()| Value::Null),
        }
    }

    /// Runs storectl; it must succeed. Returns stdout as JSON.
    fn ok(&mut self, face: &'static str, args: &[&str]) -> Option<Value> {
        self.run(face, args, "", 0)
    }

    fn ok_stdin(&mut self, face: &'static str, args: &[&str], stdin: &str) -> Option<Value> {
        self.run(face, args, stdin, 0)
    }

    /// Runs storectl to provoke a documented failure: it must exit with `want`.
    fn provoke(&mut self, face: &'static str, args: &[&str], want: i32) -> Step {
        self.run(face, args, "", want).map(|_| ())
    }

    fn expect(&self, ok: bool, what: impl FnOnce() -> String) -> Step {
        if ok {
            Some(())
        } else {
            self.fail(what())
        }
    }

    fn work(&mut self) {
        if self.setup().is_none() {
            return;
        }
        let mut face = 0usize;
        while Instant::now() < self.soak.deadline && !self.soak.stop.load(Ordering::Relaxed) {
            let turn = self.turn[face];
            self.turn[face] += 1;
            let done = match face {
                0 => self.namespaces(turn),
                1 => self.comments(turn),
                2 => self.feeds(turn),
                3 => self.items(turn),
                _ => self.sessions(turn),
            };
            if done.is_none() {
                return;
            }
            face = (face + 1) % 5;
        }
    }

    fn setup(&mut self) -> Step {
        let node = format!("node-{}", self.me);
        self.ok(
            "comments",
            &["node", "add", &node, "--document", "soak", "--source", "s"],
        )?;
        let tasks = json!({
            "a": {"after": [], "andEvery": "tick", "run": "a"},
            "b": {"after": [], "andEvery": "a", "run": "b"},
        });
        let uid = format!("s-{}", self.me);
        self.ok_stdin(
            "sessions",
            &["session", "configure", &uid, "-"],
            &tasks.to_string(),
        )?;
        if self.w == ACL_WORKER {
            // Setting an #acl needs an administrator: ACLs off for these two commands only.
            for name in [self.page.name.clone(), self.only_put.name.clone()] {
                let text = format!("{ACL_LINE}\nfirst\n");
                let mut cmd = self.soak.env.cmd();
                let out = cmd
                    .args(["item", "put", &name, "-"])
                    .env("STORECTL_ACL_ENFORCE", "false")
                    .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "30000")
                    .write_stdin(text.clone())
                    .output()
                    .unwrap();
                if code(&out) != 0 {
                    return self.fail(format!("admin put {name}: {out:?}"));
                }
                *self.ops.entry("items").or_default() += 1;
                if name == self.page.name {
                    self.page.revisions.push(Some(text));
                } else {
                    self.only_put.revisions.push(Some(text));
                }
            }
        }
        Some(())
    }

    // ---- namespaces ----

    fn namespaces(&mut self, turn: u64) -> Step {
        let me = self.me.clone();
        let ns = format!("w{}", self.w);
        match turn % 6 {
            0 | 3 => {
                let n = self.ns_n;
                self.ns_n += 1;
                let key = format!("k{}", n % 40);
                let value = json!({"w": self.w, "n": n, "text": "x".repeat((n % 7) as usize)});
                self.ok(
                    "namespaces",
                    &[
                        "--as",
                        &me,
                        "namespace",
                        "set",
                        &ns,
                        &key,
                        &value.to_string(),
                    ],
                )?;
                self.ns.insert(key, value);
            }
            1 => {
                let keys: Vec<String> = self.ns.keys().cloned().collect();
                if keys.is_empty() {
                    let got = self.ok(
                        "namespaces",
                        &["namespace", "get", &ns, "none", "--default", "null"],
                    )?;
                    return self.expect(got == Value::Null, || format!("default: {got}"));
                }
                let key = keys[self.random(keys.len() as u64) as usize].clone();
                let got = self.ok("namespaces", &["namespace", "get", &ns, &key])?;
                let want = self.ns[&key].clone();
                self.expect(got == want, || {
                    format!("namespace get {ns} {key}: {got}, wrote {want}")
                })?;
            }
            2 => {
                let mut input = String::new();
                let mut model = Vec::new();
                for i in 0..10 {
                    let n = self.ns_n + i;
                    let key = format!("k{}", n % 40);
                    let value = json!({"w": self.w, "n": n, "imported": true});
                    input += &json!({"namespace": ns, "key": key, "value": value}).to_string();
                    input.push('\n');
                    model.push((key, value));
                }
                for _ in 0..5 {
                    let key = format!("w{}-{}", self.w, self.shared_keys);
                    self.shared_keys += 1;
                    input +=
                        &json!({"namespace": "shared", "key": key, "value": self.w}).to_string();
                    input.push('\n');
                }
                self.ns_n += 10;
                let report = self.ok_stdin(
                    "namespaces",
                    &["--as", &me, "namespace", "import", "-"],
                    &input,
                )?;
                self.expect(report["records"] == json!(15), || {
                    format!("namespace import: {report}")
                })?;
                self.ns.extend(model);
            }
            4 => {
                let key = format!("w{}-{}", self.w, self.shared_keys);
                self.shared_keys += 1;
                self.ok(
                    "namespaces",
                    &["namespace", "set", "shared", &key, &self.w.to_string()],
                )?;
            }
            _ => {
                // A lock on a namespace stops another owner (75) and not its holder.
                let locked = format!("w{}-locked", self.w);
                let resource = format!("namespace:{locked}");
                let intruder = format!("intruder-{me}");
                self.ok(
                    "locks",
                    &["--as", &me, "lock", "acquire", &resource, "--ttl", "10m"],
                )?;
                self.provoke(
                    "namespaces",
                    &["--as", &intruder, "namespace", "set", &locked, "k", "1"],
                    75,
                )?;
                let key = format!("k{}", turn % 5);
                self.ok(
                    "namespaces",
                    &[
                        "--as",
                        &me,
                        "namespace",
                        "set",
                        &locked,
                        &key,
                        &turn.to_string(),
                    ],
                )?;
                self.ns_locked.insert(key, json!(turn));
                self.ok("locks", &["--as", &me, "lock", "release", &resource])?;
            }
        }
        Some(())
    }

    // ---- comments ----

    fn comments(&mut self, turn: u64) -> Step {
        let me = self.me.clone();
        let own_node = format!("node-{me}");
        match turn % 6 {
            0 | 1 => {
                let text = format!("{me} says {turn}");
                let mut args = vec!["--as", &me, "comment", "add", "--text", &text];
                let parent;
                if turn % 6 == 1 && !self.soak_comments.is_empty() {
                    let i = self.random(self.soak_comments.len() as u64) as usize;
                    parent = self.soak_comments[i].to_string();
                    args.extend(["--parent", &parent]);
                } else {
                    args.extend(["--node", "soak"]);
                }
                let added = self.ok("comments", &args)?;
                let Some(id) = added["id"].as_i64() else {
                    return self.fail(format!("comment add: {added}"));
                };
                self.soak_comments.push(id);
            }
            2 => {
                let text = format!("{me} waits {turn}");
                let added = self.ok(
                    "comments",
                    &[
                        "--as", &me, "comment", "add", "--node", &own_node, "--text", &text,
                        "--hidden",
                    ],
                )?;
                let Some(id) = added["id"].as_i64() else {
                    return self.fail(format!("comment add --hidden: {added}"));
                };
                self.own_comments.push((id, Moderation::Pending));
            }
            3 => {
                let Some(i) = self
                    .own_comments
                    .iter()
                    .position(|(_, m)| *m == Moderation::Pending)
                else {
                    return Some(());
                };
                let id = self.own_comments[i].0;
                let accept = self.random(2) == 0;
                self.ok(
                    "comments",
                    &[
                        "--moderator",
                        "moderate",
                        if accept { "accept" } else { "reject" },
                        &id.to_string(),
                    ],
                )?;
                if accept {
                    self.own_comments[i].1 = Moderation::Accepted;
                } else {
                    // A rejected comment is deleted with its votes.
                    self.own_comments[i].1 = Moderation::Rejected;
                    self.votes.remove(&id);
                }
            }
            4 => {
                // Vote on anyone's comment that this user can see on the shared node.
                let listed = self.ok(
                    "comments",
                    &["--as", &me, "comment", "list", "--node", "soak"],
                )?;
                let mut ids = Vec::new();
                flatten_comments(&listed["comments"], &mut |c| {
                    if c["displayed"] == json!(true) {
                        ids.push(c["id"].as_i64().unwrap());
                    }
                });
                if ids.is_empty() {
                    return Some(());
                }
                let id = ids[self.random(ids.len() as u64) as usize];
                self.vote(id)?;
            }
            _ => {
                let live: Vec<i64> = self
                    .own_comments
                    .iter()
                    .filter(|(_, m)| *m != Moderation::Rejected)
                    .map(|(id, _)| *id)
                    .collect();
                if live.is_empty() {
                    return Some(());
                }
                let id = live[self.random(live.len() as u64) as usize];
                self.vote(id)?;
            }
        }
        Some(())
    }

    fn vote(&mut self, id: i64) -> Step {
        let value = self.random(3) as i64 - 1;
        let me = self.me.clone();
        let cast = self.ok(
            "comments",
            &["--as", &me, "vote", &id.to_string(), &value.to_string()],
        )?;
        self.expect(cast["value"] == json!(value), || format!("vote: {cast}"))?;
        self.votes.insert(id, value);
        Some(())
    }

    // ---- feeds ----

    /// (time, object, verb) of this worker's activity number n; its id as Stream Framework
    /// makes it.
    fn activity(&self, n: u64) -> ((u64, u64, u64), u128) {
        let key = (
            FEED_EPOCH_MS + n * 10,
            self.w as u64 * 100_000_000 + n,
            1 + n % 4,
        );
        (key, activity_id(key))
    }

    fn feeds(&mut self, turn: u64) -> Step {
        let me = self.me.clone();
        let own = format!("user_feed:{me}");
        match turn % 6 {
            0 => {
                let n = self.activities.len() as u64;
                let ((time, object, verb), id) = self.activity(n);
                let added = self.ok(
                    "feeds",
                    &[
                        "feed",
                        "add",
                        &own,
                        "global",
                        "--actor",
                        &self.w.to_string(),
                        "--verb",
                        &verb.to_string(),
                        "--object",
                        &object.to_string(),
                        "--time",
                        &time.to_string(),
                    ],
                )?;
                self.expect(added["id"] == json!(id.to_string()), || {
                    format!("feed add: {added}, expected id {id}")
                })?;
                self.activities.push((time, object, verb));
                self.timeline.insert(id);
                self.global_adds += 1;
            }
            1 => {
                // Eight new activities and two repeats of earlier ones (those collapse, or come
                // back into the timeline when a trim removed them).
                let mut input = String::new();
                let mut ids = Vec::new();
                let mut new = Vec::new();
                for i in 0..10u64 {
                    let key = if i >= 8 && !self.activities.is_empty() {
                        let j = self.random(self.activities.len() as u64) as usize;
                        self.activities[j]
                    } else {
                        let key = self.activity(self.activities.len() as u64 + i).0;
                        new.push(key);
                        key
                    };
                    input +=
                        &json!({"actor": self.w, "verb": key.2, "object": key.1, "time": key.0})
                            .to_string();
                    input.push('\n');
                    ids.push(activity_id(key));
                }
                self.ok_stdin("feeds", &["feed", "add-many", &own, "-"], &input)?;
                self.activities.extend(new);
                self.timeline.extend(ids);
            }
            2 => {
                let page = self.ok(
                    "feeds",
                    &["feed", "slice", &own, "--stop", "10", "--ids-only"],
                )?;
                let want: Vec<String> = self
                    .timeline
                    .iter()
                    .rev()
                    .take(10)
                    .map(u128::to_string)
                    .collect();
                self.expect(page == json!(want), || {
                    format!("feed slice {own}: {page}, expected {want:?}")
                })?;
            }
            3 => {
                let keep = self.timeline.len() * 2 / 3;
                let trimmed = self.ok("feeds", &["feed", "trim", &own, &keep.to_string()])?;
                let removed = self.timeline.len() - keep;
                self.expect(trimmed["removed"] == json!(removed), || {
                    format!("feed trim {own} {keep}: {trimmed}, expected {removed} removed")
                })?;
                while self.timeline.len() > keep {
                    self.timeline.pop_first();
                }
            }
            4 => {
                let count = self.ok("feeds", &["feed", "count", &own])?;
                let want = self.timeline.len();
                self.expect(count == json!(want), || {
                    format!("feed count {own}: {count}, expected {want}")
                })?;
            }
            _ => {
                let resource = format!("feed:{own}");
                let intruder = format!("intruder-{me}");
                self.ok("locks", &["--as", &me, "lock", "acquire", &resource])?;
                // The intruder's activity differs from the owner's: had it been stored, the
                // timeline would show it.
                let n = self.activities.len() as u64;
                let (key, id) = self.activity(n);
                let add = |who: &str, object: u64| {
                    [
                        "--as",
                        who,
                        "feed",
                        "add",
                        &own,
                        "--actor",
                        "0",
                        "--verb",
                        &key.2.to_string(),
                        "--object",
                        &object.to_string(),
                        "--time",
                        &key.0.to_string(),
                    ]
                    .map(String::from)
                };
                let args = add(&intruder, key.1 + 50_000_000);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                self.provoke("feeds", &args, 75)?;
                let args = add(&me, key.1);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                self.ok("feeds", &args)?;
                self.activities.push(key);
                self.timeline.insert(id);
                self.ok("locks", &["--as", &me, "lock", "release", &resource])?;
            }
        }
        Some(())
    }

    // ---- items ----

    fn put(&mut self, only: bool, who: &str, want: i32) -> Step {
        let page = if only { &self.only_put } else { &self.page };
        let (name, current) = (page.name.clone(), page.revisions.len());
        let acl = if self.w == ACL_WORKER {
            format!("{ACL_LINE}\n")
        } else {
            String::new()
        };
        let text = format!("{acl}{} {name} revision {}\n", self.me, current + 1);
        let expected = if want == 4 { current + 3 } else { current };
        let saved = self.run(
            "items",
            &[
                "--as",
                who,
                "item",
                "put",
                &name,
                "-",
                "--rev-expected",
                &expected.to_string(),
            ],
            &text,
            want,
        )?;
        if want != 0 {
            return Some(());
        }
        self.expect(saved["revision"] == json!(current + 1), || {
            format!(
                "item put {name}: {saved}, expected revision {}",
                current + 1
            )
        })?;
        let page = if only {
            &mut self.only_put
        } else {
            &mut self.page
        };
        page.revisions.push(Some(text));
        Some(())
    }

    fn items(&mut self, turn: u64) -> Step {
        if self.w == ACL_WORKER {
            return self.acl_items(turn);
        }
        let me = self.me.clone();
        let name = self.page.name.clone();
        match turn % 8 {
            0 | 4 => self.put(false, &me, 0)?,
            1 => self.put(false, &me, 4)?,
            2 => {
                let resource = format!("item:{name}");
                self.ok("locks", &["--as", &me, "lock", "acquire", &resource])?;
                self.put(false, &format!("intruder-{me}"), 75)?;
                self.put(false, &me, 0)?;
                self.ok("locks", &["--as", &me, "lock", "release", &resource])?;
            }
            3 => {
                if self.page.deleted() {
                    self.put(false, &me, 0)?;
                } else {
                    self.ok("items", &["--as", &me, "item", "delete", &name])?;
                    self.page.revisions.push(None);
                }
            }
            5 => self.revert(&me)?,
            6 => {
                if self.page.deleted() {
                    return self.put(false, &me, 0);
                }
                let gen = self.old_names.len() + 1;
                let new_name = format!("SoakW{}G{gen}", self.w);
                let renamed =
                    self.ok("items", &["--as", &me, "item", "rename", &name, &new_name])?;
                let rev = self.page.revisions.len() + 1;
                self.expect(renamed["revision"] == json!(rev), || {
                    format!("item rename {name}: {renamed}, expected revision {rev}")
                })?;
                let data = self.page.revisions.last().cloned().flatten();
                self.page.revisions.push(data);
                self.old_names.push(name);
                self.page.name = new_name;
            }
            _ => {
                self.put(true, &me, 0)?;
                let text = format!("{me} was here\n");
                let saved = self.ok_stdin(
                    "items",
                    &["--as", &me, "item", "put", "SoakShared", "-"],
                    &text,
                )?;
                self.expect(saved["revision"].as_u64().is_some(), || {
                    format!("item put SoakShared: {saved}")
                })?;
                self.shared_puts += 1;
            }
        }
        Some(())
    }

    /// Reverts the page to a random revision that is not a deletion.
    fn revert(&mut self, who: &str) -> Step {
        let live: Vec<usize> = (0..self.page.revisions.len())
            .filter(|&i| self.page.revisions[i].is_some())
            .collect();
        if live.is_empty() {
            return Some(());
        }
        let to = live[self.random(live.len() as u64) as usize];
        let name = self.page.name.clone();
        self.ok(
            "items",
            &[
                "--as",
                who,
                "item",
                "revert",
                &name,
                "--to",
                &(to + 1).to_string(),
            ],
        )?;
        let data = self.page.revisions[to].clone();
        self.page.revisions.push(data);
        Some(())
    }

    /// The worker with ACLs enforced: it may do everything to its items, mallory may read.
    fn acl_items(&mut self, turn: u64) -> Step {
        let me = self.me.clone();
        let name = self.page.name.clone();
        match turn % 6 {
            0 => self.put(false, &me, 0)?,
            1 => {
                self.put(false, "mallory", 77)?;
                self.provoke(
                    "items",
                    &["--as", "mallory", "item", "can", &name, "write"],
                    77,
                )?;
                self.ok("items", &["--as", &me, "item", "can", &name, "write"])?;
                self.ok("items", &["--as", "mallory", "item", "show", &name])?;
            }
            2 => {
                if self.page.deleted() {
                    self.put(false, &me, 0)?;
                } else {
                    self.ok("items", &["--as", &me, "item", "delete", &name])?;
                    self.page.revisions.push(None);
                }
            }
            3 => self.revert(&me)?,
            4 => {
                for args in [
                    vec!["--as", "mallory", "item", "delete", &name],
                    vec!["--as", "mallory", "item", "revert", &name, "--to", "1"],
                    // The new name's ACL is the default one, which lets w7 only read.
                    vec!["--as", &me, "item", "rename", &name, "AclElsewhere"],
                ] {
                    self.provoke("items", &args, 77)?;
                }
                self.put(true, &me, 0)?;
            }
            _ => {
                let resource = format!("item:{name}");
                self.ok("locks", &["--as", &me, "lock", "acquire", &resource])?;
                self.put(false, "w7b", 75)?;
                self.put(false, &me, 0)?;
                self.ok("locks", &["--as", &me, "lock", "release", &resource])?;
            }
        }
        Some(())
    }

    // ---- sessions ----

    fn sessions(&mut self, turn: u64) -> Step {
        let me = self.me.clone();
        let uid = format!("s-{me}");
        match turn % 3 {
            0 => {
                // tick creates a#n; finishing it fires "a", which creates b#n.
                let n = self.fires;
                let fired = self.ok("sessions", &["session", "fire", &uid, "tick"])?;
                let a = format!("a#{n}");
                self.expect(fired["created"] == json!([a]), || {
                    format!("session fire {uid} tick: {fired}, expected {a}")
                })?;
                let done = self.ok(
                    "sessions",
                    &[
                        "session",
                        "finish",
                        &uid,
                        &a,
                        "--result",
                        &json!({"n": n}).to_string(),
                    ],
                )?;
                let b = format!("b#{n}");
                self.expect(done["cascade"]["created"] == json!([b]), || {
                    format!("session finish {uid} {a}: {done}, expected {b}")
                })?;
                self.ok("sessions", &["session", "finish", &uid, &b])?;
                self.fires += 1;
            }
            1 => {
                let fired = self.ok("sessions", &["session", "fire", "s-shared", "tick"])?;
                let Some(name) = fired["created"][0].as_str().map(str::to_string) else {
                    return self.fail(format!("session fire s-shared tick: {fired}"));
                };
                self.expect(fired["created"].as_array().map(Vec::len) == Some(1), || {
                    format!("session fire s-shared tick: {fired}")
                })?;
                self.ok("sessions", &["session", "finish", "s-shared", &name])?;
                self.shared_instances.push(name);
            }
            _ => {
                let resource = format!("session:{uid}");
                let intruder = format!("intruder-{me}");
                self.ok("locks", &["--as", &me, "lock", "acquire", &resource])?;
                self.provoke(
                    "sessions",
                    &["--as", &intruder, "session", "fire", &uid, "tick"],
                    75,
                )?;
                self.ok("locks", &["--as", &me, "lock", "release", &resource])?;
            }
        }
        Some(())
    }
}

fn activity_id((time, object, verb): (u64, u64, u64)) -> u128 {
    format!("{time}{object:010}{verb:03}").parse().unwrap()
}

fn flatten_comments(list: &Value, f: &mut dyn FnMut(&Value)) {
    for c in list.as_array().into_iter().flatten() {
        f(c);
        flatten_comments(&c["children"], f);
    }
}

/// Admin reads after the soak: ACLs off.
fn read(env: &Env, args: &[&str]) -> Value {
    let out = env
        .cmd()
        .args(args)
        .env("STORECTL_ACL_ENFORCE", "false")
        .output()
        .unwrap();
    assert_ok(&out, args);
    parse_json(&out.stdout)
}

/// An item's revision numbers, oldest first (none when it does not exist).
fn revision_numbers(env: &Env, name: &str) -> Vec<u64> {
    let args = ["item", "history", name];
    let out = env
        .cmd()
        .args(args)
        .env("STORECTL_ACL_ENFORCE", "false")
        .output()
        .unwrap();
    if code(&out) == 3 {
        return Vec::new();
    }
    assert_ok(&out, &args);
    let mut revs: Vec<u64> = parse_json(&out.stdout)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_u64().unwrap())
        .collect();
    revs.reverse();
    revs
}

fn verify(env: &Env, workers: &[Worker]) {
    // Namespaces: each worker's namespaces hold what it wrote; the shared one every key; the
    // maintained counters equal the keys.
    for wk in workers {
        for (ns, model) in [
            (format!("w{}", wk.w), &wk.ns),
            (format!("w{}-locked", wk.w), &wk.ns_locked),
        ] {
            let dump: BTreeMap<String, Value> =
                serde_json::from_value(read(env, &["namespace", "dump", &ns])).unwrap();
            assert_eq!(&dump, model, "namespace {ns}");
        }
    }
    let shared: u64 = workers.iter().map(|w| w.shared_keys).sum();
    assert_eq!(read(env, &["namespace", "len", "shared"]), json!(shared));
    // The maintained counters (`list`) equal the keys (`dump`), and all of them add up to what
    // the workers wrote.
    let mut listed = 0;
    for entry in read(env, &["namespace", "list"]).as_array().unwrap() {
        let ns = entry["namespace"].as_str().unwrap();
        let dump = read(env, &["namespace", "dump", ns]);
        let keys = dump.as_object().unwrap().len();
        assert_eq!(entry["keys"], json!(keys), "namespace list counter of {ns}");
        listed += keys;
    }
    let written: usize = workers.iter().map(|w| w.ns.len() + w.ns_locked.len()).sum();
    assert_eq!(
        listed as u64,
        written as u64 + shared,
        "keys in all namespaces"
    );

    // Comments: every comment a worker added exists once, and every rating is the sum of the
    // last vote each worker cast on it.
    let mut want_rating: HashMap<i64, i64> = HashMap::new();
    for wk in workers {
        for (id, v) in &wk.votes {
            *want_rating.entry(*id).or_default() += v;
        }
    }
    let mut seen = HashMap::new();
    let mut check_node = |node: &str| {
        let listed = read(env, &["--moderator", "comment", "list", "--node", node]);
        flatten_comments(&listed["comments"], &mut |c| {
            let id = c["id"].as_i64().unwrap();
            assert_eq!(
                c["rating"].as_i64().unwrap(),
                want_rating.get(&id).copied().unwrap_or(0),
                "rating of comment {id}: {c}"
            );
            assert!(seen.insert(id, c.clone()).is_none(), "comment {id} twice");
        });
    };
    check_node("soak");
    for wk in workers {
        check_node(&format!("node-w{}", wk.w));
    }
    let mut added = 0;
    for wk in workers {
        for id in &wk.soak_comments {
            assert_eq!(
                seen[id]["username"],
                json!(format!("w{}", wk.w)),
                "comment {id}"
            );
            added += 1;
        }
        for (id, state) in &wk.own_comments {
            match state {
                Moderation::Rejected => assert!(!seen.contains_key(id), "rejected {id} listed"),
                _ => assert_eq!(
                    seen[id]["displayed"],
                    json!(*state == Moderation::Accepted),
                    "comment {id}"
                ),
            }
            added += usize::from(*state != Moderation::Rejected);
        }
    }
    assert_eq!(seen.len(), added, "comments nobody added");
    for node in read(env, &["node", "list"]).as_array().unwrap() {
        let id = node["id"].as_str().unwrap();
        if let Some(wk) = workers.iter().find(|w| id == format!("node-w{}", w.w)) {
            let kept = wk
                .own_comments
                .iter()
                .filter(|(_, m)| *m != Moderation::Rejected);
            let visible = kept.clone().filter(|(_, m)| *m == Moderation::Accepted);
            assert_eq!(node["comments"], json!(kept.count()), "{node}");
            assert_eq!(node["visible"], json!(visible.count()), "{node}");
        } else {
            let total: usize = workers.iter().map(|w| w.soak_comments.len()).sum();
            assert_eq!(node["comments"], json!(total), "{node}");
        }
    }

    // Feeds: each timeline is what its worker added minus what it trimmed; the shared one has
    // every activity added to it.
    for wk in workers {
        let key = format!("user_feed:w{}", wk.w);
        let ids = read(env, &["feed", "slice", &key, "--all", "--ids-only"]);
        let want: Vec<String> = wk.timeline.iter().rev().map(u128::to_string).collect();
        assert_eq!(ids, json!(want), "timeline {key}");
    }
    let global: u64 = workers.iter().map(|w| w.global_adds).sum();
    assert_eq!(read(env, &["feed", "count", "global"]), json!(global));
    let ids = read(env, &["feed", "slice", "global", "--all", "--ids-only"]);
    let distinct: BTreeSet<&str> = ids
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect();
    assert_eq!(distinct.len() as u64, global);

    // Items: revisions 1..N without gaps, the current one as written; renamed-away names gone.
    for wk in workers {
        for page in [&wk.page, &wk.only_put] {
            let n = page.revisions.len() as u64;
            assert_eq!(
                revision_numbers(env, &page.name),
                (1..=n).collect::<Vec<_>>(),
                "{}",
                page.name
            );
            let Some(last) = page.revisions.last() else {
                continue;
            };
            let shown = read(env, &["item", "show", &page.name]);
            match last {
                Some(text) => assert_eq!(shown["data"], json!(text), "{}", page.name),
                None => assert_eq!(shown["metadata"]["deleted"], json!(true), "{}", page.name),
            }
        }
        for old in &wk.old_names {
            let out = env
                .cmd()
                .args(["item", "show", old])
                .env("STORECTL_ACL_ENFORCE", "false")
                .output()
                .unwrap();
            assert_eq!(code(&out), 3, "renamed-away {old} still there");
        }
    }
    let shared_puts: u64 = workers.iter().map(|w| w.shared_puts).sum();
    assert_eq!(
        revision_numbers(env, "SoakShared"),
        (1..=shared_puts).collect::<Vec<_>>(),
        "SoakShared"
    );

    // Sessions: a#0..a#N-1 and b#0..b#N-1 all finished; the shared session's instances are
    // exactly the ones the workers were handed, numbered without duplicates or gaps.
    for wk in workers {
        let uid = format!("s-w{}", wk.w);
        let doc = read(env, &["session", "export", &uid]);
        let instances = doc["instances"].as_object().unwrap();
        assert_eq!(instances.len() as u64, 2 * wk.fires, "{uid}");
        for n in 0..wk.fires {
            for task in ["a", "b"] {
                let name = format!("{task}#{n}");
                assert_eq!(
                    instances[&name]["status"],
                    json!("finished"),
                    "{uid} {name}"
                );
            }
        }
    }
    let doc = read(env, &["session", "export", "s-shared"]);
    let instances = doc["instances"].as_object().unwrap();
    let handed: BTreeSet<&String> = workers.iter().flat_map(|w| &w.shared_instances).collect();
    let total = workers
        .iter()
        .map(|w| w.shared_instances.len())
        .sum::<usize>();
    assert_eq!(handed.len(), total, "an instance handed to two fires");
    let want: BTreeSet<String> = (0..total).map(|n| format!("t#{n}")).collect();
    let got: BTreeSet<String> = instances.keys().cloned().collect();
    assert_eq!(got, want, "s-shared instances");
    assert!(handed.iter().all(|n| want.contains(*n)));
    assert!(instances.values().all(|i| i["status"] == json!("finished")));
}

#[test]
fn eight_workers_on_every_face_leave_a_clean_store_that_agrees_with_what_they_did() {
    let env = Env::new();
    let started = Instant::now();
    // Shared resources, before the workers start.
    let setup: [(&[&str], &str); 2] = [
        (
            &["node", "add", "soak", "--document", "soak", "--source", "s"],
            "",
        ),
        (
            &["session", "configure", "s-shared", "-"],
            r#"{"t": {"after": [], "andEvery": "tick", "run": "t"}}"#,
        ),
    ];
    for (args, stdin) in setup {
        assert_ok(&env.run_stdin(args, stdin), args);
    }
    let soak = Soak {
        env: &env,
        deadline: Instant::now() + soak_duration(),
        stop: AtomicBool::new(false),
        failures: Mutex::new(Vec::new()),
    };
    let workers: Vec<Worker> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..WORKERS)
            .map(|w| {
                let soak = &soak;
                s.spawn(move || {
                    let mut worker = Worker::new(w, soak);
                    worker.work();
                    worker
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let soaked = started.elapsed();
    let failures = soak.failures.lock().unwrap().clone();
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let out = env.run(&["check"]);
    assert_eq!(
        code(&out),
        0,
        "check: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(parse_json(&out.stdout)["ok"], json!(true));
    verify(&env, &workers);

    let mut per_face: BTreeMap<&str, u64> = BTreeMap::new();
    let mut provoked: BTreeMap<i32, u64> = BTreeMap::new();
    for wk in &workers {
        for (face, n) in &wk.ops {
            *per_face.entry(face).or_default() += n;
        }
        for (c, n) in &wk.provoked {
            *provoked.entry(*c).or_default() += n;
        }
    }
    // A shortened soak (STORECTL_SOAK_SECS) may end before every kind of work came round.
    if soak_duration() >= Duration::from_secs(30) {
        let faces = [
            "namespaces",
            "comments",
            "feeds",
            "items",
            "sessions",
            "locks",
        ];
        for face in faces {
            assert!(per_face.get(face).is_some_and(|n| *n > 0), "no {face} work");
        }
        for c in [4, 75, 77] {
            assert!(provoked.contains_key(&c), "exit {c} never provoked");
        }
    }
    eprintln!(
        "soak: {WORKERS} workers ran {} processes in {:.1} s, per face {per_face:?}; failures \
         provoked on purpose, per exit code {provoked:?}; verified in {:.1} s",
        per_face.values().sum::<u64>(),
        soaked.as_secs_f64(),
        (started.elapsed() - soaked).as_secs_f64()
    );
}
