//! Many hosts on one PostgreSQL store: two `storectl serve --socket` processes (as if on two
//! hosts, each client its own connection to the server) and one-shot processes write at the same
//! time, 8 writers on every face, to shared rows: a namespace's keys, a merged value and a
//! counter; votes on shared comments; shared timelines; revisions of one item and a counter item
//! kept under a lock; fires and cascades of one session. Each writer keeps a model of what it
//! was told succeeded, and afterwards the store must hold exactly that: no lost writes, counts
//! that agree with the rows, revision and instance numbers without gaps or duplicates, and
//! `check` clean.
//!
//! Every request must succeed, except one thing a client of a shared store must expect: a
//! transaction group of serve (a read, then a write that depends on it, across round trips)
//! cannot be run again by the server when another writer committed first; it is rolled back
//! with kind "busy" (exit 75) and the client runs the group again. Single requests and one-shot
//! commands are retried inside storectl and never fail so.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Child;

use serde_json::{json, Value};

use crate::common::{code, parse_json, postgres_env, stderr, Env};
use crate::serve::{start_socket, Client};

const WRITERS: usize = 8;
const ROUNDS: usize = 6;
/// Comments every writer votes on.
const SHARED_COMMENTS: usize = 4;
/// The item whose revisions all writers race to number.
const SHARED_ITEM: &str = "MultiHostShared";
/// The item that holds a number, incremented under a lock.
const COUNTER_ITEM: &str = "MultiHostCounter";
const SESSION: &str = "s-multihost";

/// How a writer reaches the store: through one of the serve processes, or a process per command.
enum Via {
    Serve(Client),
    OneShot,
}

struct Writer<'a> {
    w: usize,
    me: String,
    env: &'a Env,
    via: Via,
    next_id: u64,
    // What this writer was told succeeded.
    keys: BTreeMap<String, u64>,
    merged: BTreeMap<String, u64>,
    increments: u64,
    group_retries: u64,
    comments: Vec<i64>,
    /// The last vote this writer cast on each shared comment.
    votes: BTreeMap<i64, i64>,
    activities: u64,
    shared_feed_adds: u64,
    item_texts: Vec<String>,
    counter_increments: u64,
    fired: Vec<String>,
    cascaded: Vec<String>,
}

/// The error document of a failed call, with its exit code.
type Failure = (i32, Value);

impl<'a> Writer<'a> {
    fn new(w: usize, env: &'a Env, via: Via) -> Writer<'a> {
        Writer {
            w,
            me: format!("w{w}"),
            env,
            via,
            next_id: 0,
            keys: BTreeMap::new(),
            merged: BTreeMap::new(),
            increments: 0,
            group_retries: 0,
            comments: Vec::new(),
            votes: BTreeMap::new(),
            activities: 0,
            shared_feed_adds: 0,
            item_texts: Vec::new(),
            counter_increments: 0,
            fired: Vec::new(),
            cascaded: Vec::new(),
        }
    }

    /// Runs `args` as this writer, with `stdin` for a `-` argument.
    fn call(&mut self, args: &[&str], stdin: Option<&str>) -> Result<Value, Failure> {
        self.next_id += 1;
        match &mut self.via {
            Via::Serve(client) => {
                let mut request = json!({"id": self.next_id, "cmd": args, "as": self.me});
                if let Some(text) = stdin {
                    request["stdin"] = json!(text);
                }
                let response = client.ask(request);
                match response.get("ok") {
                    Some(doc) => Ok(doc.clone()),
                    None => Err((
                        response["error"]["exit"].as_i64().unwrap_or(-1) as i32,
                        response["error"].clone(),
                    )),
                }
            }
            Via::OneShot => {
                let out = self
                    .env
                    .cmd()
                    .args(["--format", "json", "--as", &self.me])
                    .args(args)
                    .write_stdin(stdin.unwrap_or(""))
                    .output()
                    .unwrap();
                match code(&out) {
                    0 => Ok(parse_json(&out.stdout)),
                    c => Err((
                        c,
                        serde_json::from_slice(&out.stderr).unwrap_or(json!(stderr(&out))),
                    )),
                }
            }
        }
    }

    fn ok(&mut self, args: &[&str], stdin: Option<&str>) -> Value {
        let via = match self.via {
            Via::Serve(_) => "through serve",
            Via::OneShot => "one-shot",
        };
        self.call(args, stdin).unwrap_or_else(|(c, e)| {
            panic!(
                "{} {via}: storectl {args:?} failed with exit {c}: {e}",
                self.me
            )
        })
    }

    fn work(&mut self) {
        for r in 0..ROUNDS {
            self.namespaces(r);
            self.comments(r);
            self.feeds(r);
            self.items(r);
            self.sessions();
        }
    }

    fn namespaces(&mut self, r: usize) {
        let key = format!("k-{}-r{r}", self.me);
        self.ok(&["namespace", "set", "mh", &key, &r.to_string()], None);
        self.keys.insert(key.clone(), r as u64);
        // A merge reads the value it merges into: concurrent merges into one key must all stay.
        let patch = json!({"merged": {&key: r}}).to_string();
        self.ok(&["namespace", "merge", "mh", "-"], Some(&patch));
        self.merged.insert(key, r as u64);
        if matches!(self.via, Via::Serve(_)) {
            self.increment_in_a_group();
        }
    }

    /// get + set of a counter in one transaction group of serve, run again when it loses.
    fn increment_in_a_group(&mut self) {
        let Via::Serve(client) = &mut self.via else {
            unreachable!("groups are a serve thing")
        };
        loop {
            client.ok(json!({"tx": "begin"}));
            let step = |client: &mut Client, args: &[&str]| -> Result<Value, Value> {
                let response = client.ask(json!({"cmd": args}));
                response.get("ok").cloned().ok_or(response)
            };
            let outcome = step(client, &["namespace", "get", "mh", "counter"]).and_then(|n| {
                let next = (n.as_u64().unwrap() + 1).to_string();
                step(client, &["namespace", "set", "mh", "counter", &next])?;
                let committed = client.ask(json!({"tx": "commit"}));
                committed.get("ok").cloned().ok_or(committed)
            });
            match outcome {
                Ok(_) => break,
                Err(response) => {
                    // Rolled back by serve; only a lost race is expected.
                    assert_eq!(response["error"]["kind"], json!("busy"), "{response}");
                    assert_eq!(response["error"]["exit"], json!(75), "{response}");
                    assert_eq!(response["tx"], json!("rollback"), "{response}");
                    self.group_retries += 1;
                }
            }
        }
        self.increments += 1;
    }

    fn comments(&mut self, r: usize) {
        let text = format!("{} round {r}", self.me);
        let added = self.ok(&["comment", "add", "--node", "mh", "--text", &text], None);
        self.comments.push(added["id"].as_i64().unwrap());
        // A vote on a shared comment (the rating is read, changed and written back), sometimes
        // a changed or withdrawn vote of this writer's.
        let target = 1 + ((self.w + r) % SHARED_COMMENTS) as i64;
        let value = [1, -1, 1, 0, 1, -1][(self.w * 5 + r) % 6];
        let cast = self.ok(&["vote", &target.to_string(), &value.to_string()], None);
        assert_eq!(cast["value"], json!(value), "{cast}");
        self.votes.insert(target, value);
    }

    /// Activity `n` of this writer: (actor, verb, object, time), unique to it.
    fn activity(&mut self) -> Value {
        let n = self.activities;
        self.activities += 1;
        let object = self.w as u64 * 1_000_000 + n;
        json!({"actor": self.w, "verb": 1 + n % 3, "object": object,
               "time": 1_600_000_000_000u64 + object})
    }

    fn feeds(&mut self, _r: usize) {
        let own = format!("mh-{}", self.me);
        let records = format!("{}\n{}\n", self.activity(), self.activity());
        let added = self.ok(
            &["feed", "add-many", "mh-shared", &own, "-"],
            Some(&records),
        );
        assert_eq!(added["keys"]["mh-shared"]["added"], json!(2), "{added}");
        let one = self.activity();
        let (object, time) = (one["object"].to_string(), one["time"].to_string());
        self.ok(
            &[
                "feed",
                "add",
                "mh-shared",
                "--actor",
                &self.w.to_string(),
                "--verb",
                "2",
                "--object",
                &object,
                "--time",
                &time,
            ],
            None,
        );
        self.shared_feed_adds += 3;
        // One stored in activity storage only.
        let stored = self.activity().to_string();
        self.ok(&["feed", "activity", "add", "-"], Some(&stored));
    }

    fn items(&mut self, r: usize) {
        let text = format!("{} round {r}\n", self.me);
        let saved = self.ok(&["item", "put", SHARED_ITEM, "-"], Some(&text));
        assert!(saved["revision"].as_u64().is_some(), "{saved}");
        self.item_texts.push(text);
        // An increment of a number kept in an item, under a lock held across processes: the
        // lock is all that keeps two writers from reading the same number.
        let resource = format!("item:{COUNTER_ITEM}");
        self.ok(&["lock", "acquire", &resource, "--wait", "20s"], None);
        let shown = self.ok(&["item", "show", COUNTER_ITEM], None);
        let n: u64 = shown["data"].as_str().unwrap().trim().parse().unwrap();
        self.ok(
            &["item", "put", COUNTER_ITEM, "-"],
            Some(&format!("{}\n", n + 1)),
        );
        self.ok(&["lock", "release", &resource], None);
        self.counter_increments += 1;
    }

    fn sessions(&mut self) {
        // tick creates t#N; finishing it fires "t", which creates u#M.
        let fired = self.ok(&["session", "fire", SESSION, "tick"], None);
        let created = fired["created"].as_array().unwrap();
        assert_eq!(created.len(), 1, "{fired}");
        let t = created[0].as_str().unwrap().to_string();
        let done = self.ok(&["session", "finish", SESSION, &t], None);
        let cascaded = done["cascade"]["created"].as_array().unwrap();
        assert_eq!(cascaded.len(), 1, "{done}");
        self.cascaded
            .push(cascaded[0].as_str().unwrap().to_string());
        self.fired.push(t);
    }
}

fn read(env: &Env, args: &[&str]) -> Value {
    let out = env.run(&[&["--format", "json"], args].concat());
    assert_eq!(code(&out), 0, "storectl {args:?}: {}", stderr(&out));
    parse_json(&out.stdout)
}

fn setup(env: &Env) {
    read(env, &["init"]);
    read(env, &["namespace", "set", "mh", "counter", "0"]);
    read(
        env,
        &["node", "add", "mh", "--document", "mh", "--source", "s"],
    );
    for c in 0..SHARED_COMMENTS {
        let added = read(
            env,
            &[
                "--as",
                "setup",
                "comment",
                "add",
                "--node",
                "mh",
                "--text",
                &format!("shared {c}"),
            ],
        );
        assert_eq!(added["id"], json!(c + 1));
    }
    let out = env.run_stdin(&["item", "put", COUNTER_ITEM, "-"], "0\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let tasks = r#"{"t": {"after": [], "andEvery": "tick", "run": "t"},
                    "u": {"after": [], "andEvery": "t", "run": "u"}}"#;
    let out = env.run_stdin(&["session", "configure", SESSION, "-"], tasks);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

/// The store holds exactly what the writers were told they wrote.
fn verify(env: &Env, writers: &[Writer], reader: &mut Client) {
    let total = (WRITERS * ROUNDS) as u64;
    // Namespaces: every key, every merged entry, every increment; the maintained count.
    let dump = read(env, &["namespace", "dump", "mh"]);
    let dump = dump.as_object().unwrap();
    let mut keys = 0;
    for wr in writers {
        for (key, value) in &wr.keys {
            assert_eq!(dump[key], json!(value), "key {key}");
            keys += 1;
        }
    }
    assert_eq!(dump.len(), keys + 2, "keys, merged and counter: {dump:?}");
    let want_merged: BTreeMap<&String, &u64> = writers.iter().flat_map(|w| &w.merged).collect();
    assert_eq!(dump["merged"], json!(want_merged), "merged");
    let increments: u64 = writers.iter().map(|w| w.increments).sum();
    assert_eq!(dump["counter"], json!(increments), "counter");
    let listed = read(env, &["namespace", "list"]);
    let mh = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["namespace"] == "mh")
        .unwrap();
    assert_eq!(mh["keys"], json!(dump.len()), "maintained key count: {mh}");

    // Comments: every comment once; each shared comment's rating is the sum of the last votes.
    let listed = read(env, &["comment", "list", "--node", "mh"]);
    let comments = listed["comments"].as_array().unwrap();
    let ids: BTreeSet<i64> = comments.iter().map(|c| c["id"].as_i64().unwrap()).collect();
    let mut want_ids: BTreeSet<i64> = (1..=SHARED_COMMENTS as i64).collect();
    for wr in writers {
        for id in &wr.comments {
            assert!(want_ids.insert(*id), "comment id {id} handed out twice");
        }
    }
    assert_eq!(ids, want_ids, "comments");
    for c in comments {
        let id = c["id"].as_i64().unwrap();
        let want: i64 = writers.iter().filter_map(|w| w.votes.get(&id)).sum();
        assert_eq!(c["rating"], json!(want), "rating of comment {id}");
    }
    let node = read(env, &["node", "list"]);
    assert_eq!(node[0]["comments"], json!(want_ids.len()), "{node}");

    // Feeds: every activity on the shared timeline once, each writer's own; counts maintained.
    assert_eq!(
        read(env, &["feed", "count", "mh-shared"]),
        json!(total * 3),
        "mh-shared"
    );
    let ids = read(env, &["feed", "slice", "mh-shared", "--all", "--ids-only"]);
    let distinct: BTreeSet<&str> = ids
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect();
    assert_eq!(
        distinct.len() as u64,
        total * 3,
        "distinct ids on mh-shared"
    );
    let timelines = read(env, &["feed", "keys"]);
    for timeline in timelines.as_array().unwrap() {
        let key = timeline["key"].as_str().unwrap();
        let want = if key == "mh-shared" {
            total * 3
        } else {
            ROUNDS as u64 * 2
        };
        assert_eq!(timeline["entries"], json!(want), "{timeline}");
    }
    assert_eq!(timelines.as_array().unwrap().len(), WRITERS + 1);
    let stats = read(env, &["stats"]);
    assert_eq!(
        stats["faces"]["feeds"]["activities"],
        json!(total * 4),
        "{stats}"
    );

    // Items: revisions 1..N of the shared item, each text once; the counter item counts.
    let history = read(env, &["item", "history", SHARED_ITEM]);
    let mut revisions: Vec<u64> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_u64().unwrap())
        .collect();
    revisions.reverse();
    assert_eq!(revisions, (1..=total).collect::<Vec<_>>(), "{SHARED_ITEM}");
    let mut texts: Vec<String> = (1..=total)
        .map(|rev| {
            let shown = reader.ok(json!({"cmd": ["item", "show", SHARED_ITEM, "--rev",
                                                 rev.to_string()]}));
            shown["data"].as_str().unwrap().to_string()
        })
        .collect();
    texts.sort();
    let mut want_texts: Vec<String> = writers.iter().flat_map(|w| w.item_texts.clone()).collect();
    want_texts.sort();
    assert_eq!(texts, want_texts, "{SHARED_ITEM}: each put once");
    let counted: u64 = writers.iter().map(|w| w.counter_increments).sum();
    let shown = read(env, &["item", "show", COUNTER_ITEM]);
    assert_eq!(
        shown["data"],
        json!(format!("{counted}\n")),
        "{COUNTER_ITEM}"
    );
    assert_eq!(shown["revision"], json!(counted + 1));
    assert_eq!(read(env, &["lock", "list"]), json!([]), "locks left");

    // Sessions: t#0..t#N-1 and u#0..u#N-1, each handed to one fire or cascade, t all finished.
    let doc = read(env, &["session", "export", SESSION]);
    let instances = doc["instances"].as_object().unwrap();
    for (task, handed) in [
        (
            "t",
            writers.iter().flat_map(|w| &w.fired).collect::<Vec<_>>(),
        ),
        (
            "u",
            writers.iter().flat_map(|w| &w.cascaded).collect::<Vec<_>>(),
        ),
    ] {
        let handed_set: BTreeSet<&String> = handed.iter().copied().collect();
        assert_eq!(
            handed_set.len(),
            handed.len(),
            "a {task} instance handed out twice"
        );
        let want: BTreeSet<String> = (0..total).map(|n| format!("{task}#{n}")).collect();
        let got: BTreeSet<String> = instances
            .keys()
            .filter(|k| k.starts_with(&format!("{task}#")))
            .cloned()
            .collect();
        assert_eq!(got, want, "{task} instances");
        assert_eq!(handed_set, want.iter().collect(), "{task} handed");
    }
    for n in 0..total {
        assert_eq!(instances[&format!("t#{n}")]["status"], json!("finished"));
    }

    let check = read(env, &["check"]);
    assert_eq!(check["ok"], json!(true), "{check}");
    assert_eq!(check["problems"], json!([]), "{check}");
}

/// A serve process of the test, killed if the test fails before it stops it (a failing writer
/// must not leave it running, holding the test's output open).
struct Host<'a> {
    child: Option<Child>,
    path: &'a Path,
}

impl Host<'_> {
    /// SIGTERM: exit 0, the socket file removed.
    fn stop(mut self) {
        let mut child = self.child.take().unwrap();
        // SAFETY: kill has no memory preconditions; the pid is our child's.
        assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
        assert_eq!(child.wait().unwrap().code(), Some(0));
        assert!(!self.path.exists());
    }
}

impl Drop for Host<'_> {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[test]
fn two_serve_hosts_and_one_shot_writers_on_every_face_lose_nothing() {
    let Some(mut env) = postgres_env() else {
        return;
    };
    env.vars
        .push(("STORECTL_ACL_ENFORCE".to_string(), "false".to_string()));
    setup(&env);
    // Two "hosts": each serve has its own socket, and each client its own server connection.
    let hosts = [env.path("host-a.sock"), env.path("host-b.sock")];
    let serves: Vec<Host> = hosts
        .iter()
        .map(|path| Host {
            child: Some(start_socket(&env, path)),
            path,
        })
        .collect();
    let started = std::time::Instant::now();
    let writers: Vec<Writer> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|w| {
                let env = &env;
                // Writers 0-2 on host a, 3-5 on host b, 6 and 7 one process per command.
                let via = match w {
                    0..=2 => Via::Serve(Client::connect(&hosts[0])),
                    3..=5 => Via::Serve(Client::connect(&hosts[1])),
                    _ => Via::OneShot,
                };
                s.spawn(move || {
                    let mut writer = Writer::new(w, env, via);
                    writer.work();
                    writer
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let wrote = started.elapsed();
    let mut reader = Client::connect(&hosts[1]);
    verify(&env, &writers, &mut reader);
    drop(reader);
    for serve in serves {
        serve.stop();
    }
    eprintln!(
        "multihost: {WRITERS} writers x {ROUNDS} rounds on every face in {:.1} s; transaction \
         groups run again after losing to another writer: {}",
        wrote.as_secs_f64(),
        writers.iter().map(|w| w.group_retries).sum::<u64>()
    );
}
