//! `storectl serve`: requests as NDJSON over a pipe or a Unix socket, one response each, each
//! request its own transaction, transaction groups, identity per request, SIGTERM.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{code, Env};

/// Long enough for a loaded machine; only reached when a response never comes.
const PATIENCE: Duration = Duration::from_secs(30);

/// A `storectl [global...] serve` (or another command that reads stdin as it comes) fed
/// through a pipe.
pub struct Served {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
}

impl Served {
    pub fn start(env: &Env, global: &[&str]) -> Served {
        let mut args = global.to_vec();
        args.push("serve");
        Served::start_args(env, &args)
    }

    /// `storectl ARGS...`.
    pub fn start_args(env: &Env, args: &[&str]) -> Served {
        let mut cmd = env.std_cmd();
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = cmd.spawn().expect("start storectl serve");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        Served {
            child,
            stdin,
            lines: lines_of(stdout),
        }
    }

    pub fn send_raw(&mut self, text: &str) {
        let stdin = self.stdin.as_mut().expect("stdin still open");
        stdin.write_all(text.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    pub fn send(&mut self, request: &Value) {
        self.send_raw(&format!("{request}\n"));
    }

    /// The next response line, as written.
    pub fn recv_text(&mut self) -> String {
        self.lines
            .recv_timeout(PATIENCE)
            .expect("no response from storectl serve")
    }

    pub fn recv(&mut self) -> Value {
        let text = self.recv_text();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    /// Sends a request and returns its response.
    pub fn ask(&mut self, request: Value) -> Value {
        self.send(&request);
        self.recv()
    }

    /// `ask` for a request that must succeed: its "ok" document.
    pub fn ok(&mut self, request: Value) -> Value {
        let response = self.ask(request.clone());
        assert!(response.get("ok").is_some(), "{request} failed: {response}");
        assert_eq!(
            response["id"],
            request.get("id").cloned().unwrap_or(Value::Null)
        );
        response["ok"].clone()
    }

    /// Closes stdin and returns the exit code and the responses written after.
    pub fn finish(mut self) -> (i32, Vec<String>) {
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        let rest = self.lines.iter().collect();
        (status.code().expect("an exit code"), rest)
    }

    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }
}

/// Lines read on a thread of their own, so that a missing response fails the test instead of
/// hanging it.
pub fn lines_of(out: impl std::io::Read + Send + 'static) -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            // Drained to the end even when no one listens any more: the process never blocks
            // on a full pipe.
            let _ = sender.send(line);
        }
    });
    receiver
}

fn cmd(id: u64, args: &[&str]) -> Value {
    json!({"id": id, "cmd": args})
}

fn error_of(response: &Value) -> &Value {
    assert!(response.get("ok").is_none(), "not an error: {response}");
    &response["error"]
}

/// A one-shot `storectl namespace set` that must not wait for any lock: a busy timeout of 0.
pub fn one_shot_set(env: &Env, ns: &str, key: &str, value: &str) {
    let out = env
        .cmd()
        .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "0")
        .args(["namespace", "set", ns, key, value])
        .output()
        .unwrap();
    assert_eq!(
        code(&out),
        0,
        "a one-shot writer could not write: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn each_request_gets_the_document_the_command_prints_with_format_json() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    let set = serve.ok(cmd(1, &["namespace", "set", "core", "n", "1.50E3"]));
    // The same document as the command on its own (which, second, changes nothing).
    let mut again = env.json(&["namespace", "set", "core", "n", "1.50E3"]);
    assert_eq!(again["added"], json!([]));
    again["added"] = json!(["n"]);
    assert_eq!(set, again);
    // Numbers exactly as written, in the response's own text.
    serve.send(&cmd(2, &["namespace", "get", "core", "n"]));
    assert_eq!(serve.recv_text(), r#"{"id":2,"ok":1.50E3}"#);
    let merged = serve.ok(json!({
        "id": "three",
        "cmd": ["namespace", "merge", "core", "-"],
        "stdin": "{\"list\": [1]}"
    }));
    assert_eq!(merged["added"], json!(["list"]));
    // Reads see the writes before them; lists are one document.
    assert_eq!(
        serve.ok(cmd(4, &["namespace", "dump", "core"])),
        env.json(&["namespace", "dump", "core"])
    );
    assert_eq!(
        serve.ok(cmd(5, &["namespace", "keys", "core"])),
        json!(["list", "n"])
    );
    // A command that prints nothing has null; bytes come as {"$base64"}.
    let bytes = json!({"id": 6, "cmd": ["namespace", "set", "core", "b", "--string", "--file", "-"],
                       "stdin": {"$base64": "aGk="}});
    serve.ok(bytes);
    assert_eq!(
        serve.ok(cmd(7, &["namespace", "get", "core", "b"])),
        json!("hi")
    );
    // No id: null.
    let response = serve.ask(json!({"cmd": ["namespace", "len", "core"]}));
    assert_eq!(response, json!({"id": null, "ok": 3}));
    let (exit, rest) = serve.finish();
    assert_eq!(exit, 0);
    assert!(rest.is_empty(), "{rest:?}");
}

#[test]
fn a_one_shot_writer_succeeds_while_serve_is_idle() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    serve.ok(cmd(1, &["namespace", "set", "ns", "a", "1"]));
    one_shot_set(&env, "ns", "b", "2");
    assert_eq!(serve.ok(cmd(2, &["namespace", "get", "ns", "b"])), json!(2));
    one_shot_set(&env, "ns", "c", "3");
    assert_eq!(serve.ok(cmd(3, &["namespace", "len", "ns"])), json!(3));
    // Even after an error.
    error_of(&serve.ask(cmd(4, &["namespace", "get", "ns", "nope"])));
    one_shot_set(&env, "ns", "d", "4");
    assert_eq!(serve.finish().0, 0);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(4));
}

#[test]
fn identity_is_per_request_and_never_leaks_into_the_next() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    let lock = |id: u64, resource: &str| cmd(id, &["lock", "acquire", resource]);
    let mut as_alice = lock(1, "namespace:a");
    as_alice["as"] = json!("alice");
    assert_eq!(serve.ok(as_alice)["owner"], "alice");
    // The next request is anonymous again: a lock needs an owner.
    let e = error_of(&serve.ask(lock(2, "namespace:b"))).clone();
    assert_eq!(e["kind"], "usage", "{e}");
    assert!(e["message"].as_str().unwrap().contains("owner"), "{e}");
    // A namespace alice locked refuses bob's write, and takes alice's.
    let mut bob = cmd(3, &["namespace", "set", "a", "k", "1"]);
    bob["as"] = json!("bob");
    assert_eq!(error_of(&serve.ask(bob))["exit"], 75);
    let mut alice = cmd(4, &["namespace", "set", "a", "k", "1"]);
    alice["as"] = json!("alice");
    serve.ok(alice);
    // Moderator per request.
    let mut moderator = cmd(5, &["moderate", "list"]);
    moderator["moderator"] = json!(true);
    assert_eq!(serve.ok(moderator), json!([]));
    assert_eq!(
        error_of(&serve.ask(cmd(6, &["moderate", "list"])))["exit"],
        77
    );
    // --as inside "cmd" is refused, pointing at the field.
    let e = error_of(&serve.ask(cmd(7, &["--as", "eve", "moderate", "list"]))).clone();
    assert_eq!(e["exit"], 2);
    assert!(e["hint"].as_str().unwrap().contains("\"as\""), "{e}");
    assert_eq!(serve.finish().0, 0);

    // Serve's own identity is the default; "as": null is anonymous.
    let mut serve = Served::start(&env, &["--as", "carol"]);
    assert_eq!(serve.ok(lock(1, "namespace:c"))["owner"], "carol");
    let mut anonymous = lock(2, "namespace:d");
    anonymous["as"] = Value::Null;
    assert_eq!(error_of(&serve.ask(anonymous))["kind"], "usage");
    let mut dave = lock(3, "namespace:e");
    dave["as"] = json!("dave");
    assert_eq!(serve.ok(dave)["owner"], "dave");
    assert_eq!(serve.ok(lock(4, "namespace:f"))["owner"], "carol");
    assert_eq!(serve.finish().0, 0);
}

#[test]
fn errors_are_responses_and_the_connection_goes_on() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    serve.send_raw("{\"id\": 1, \"cmd\": [\"namespace\", \n");
    let e = error_of(&serve.recv()).clone();
    assert_eq!(e["kind"], "bad_input");
    assert_eq!(e["exit"], 65);
    assert!(
        e["message"].as_str().unwrap().contains("line 1, column"),
        "{e}"
    );
    serve.send_raw("\n[1, 2]\n");
    let e = error_of(&serve.recv()).clone();
    assert!(e["message"].as_str().unwrap().contains("line 3"), "{e}");
    let refused: &[(Value, &str)] = &[
        (
            json!({"id": 1, "cmd": ["namespace", "list"], "user": "x"}),
            "unknown field \"user\"",
        ),
        (json!({"id": 2, "cmd": ["namespace", 1]}), "argument 2"),
        (json!({"id": 3, "cmd": []}), "empty"),
        (cmd(4, &["check"]), "`check` cannot run in serve"),
        (cmd(5, &["backup", "b.db"]), "`backup` cannot run in serve"),
        (
            cmd(6, &["migrate", "moin16", "x"]),
            "`migrate` cannot run in serve",
        ),
        (
            cmd(7, &["session", "run", "u", "--command", "true"]),
            "`session run` cannot run",
        ),
        (cmd(8, &["serve"]), "`serve` cannot run in serve"),
        (
            cmd(9, &["item", "show", "X", "--raw"]),
            "--raw cannot be given",
        ),
        (
            cmd(10, &["--store", "x.db", "namespace", "list"]),
            "--store is a global option",
        ),
        (
            cmd(11, &["namespace", "drop", "ns"]),
            "Refusing without --yes",
        ),
        (
            cmd(12, &["namespace", "get", "ns", "k", "--bogus"]),
            "--bogus",
        ),
        (
            json!({"id": 13, "tx": "commit"}),
            "outside a transaction group",
        ),
        (cmd(14, &["namespace", "get", "ns", "k"]), "not found"),
    ];
    for (request, message) in refused {
        let response = serve.ask(request.clone());
        assert_eq!(response["id"], request["id"], "{response}");
        let e = error_of(&response);
        assert!(
            e["message"].as_str().unwrap().contains(message),
            "{request}: {e}"
        );
        assert!(e["exit"].as_i64().unwrap() > 0, "{e}");
    }
    // Destructive commands work with --yes, as on a batch line.
    serve.ok(cmd(15, &["namespace", "set", "ns", "k", "1"]));
    serve.ok(cmd(16, &["namespace", "drop", "ns", "--yes"]));
    assert_eq!(serve.ok(cmd(17, &["namespace", "len", "ns"])), json!(0));
    // A dry run outside a group is the command's own.
    let dry = serve.ok(cmd(18, &["namespace", "set", "ns", "k", "1", "--dry-run"]));
    assert_eq!(dry["dry_run"], json!(true));
    assert_eq!(serve.finish().0, 0);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(0));
}

#[test]
fn tx_groups_commit_together_and_roll_back_on_error_and_at_the_end_of_input() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    assert_eq!(
        serve.ok(json!({"id": 1, "tx": "begin"})),
        json!({"tx": "begin"})
    );
    serve.ok(cmd(2, &["namespace", "set", "g", "a", "1"]));
    assert_eq!(serve.ok(cmd(3, &["namespace", "get", "g", "a"])), json!(1));
    assert_eq!(
        serve.ok(json!({"id": 4, "tx": "commit"})),
        json!({"tx": "commit", "requests": 2})
    );
    assert_eq!(env.json(&["namespace", "get", "g", "a"]), json!(1));

    // An error rolls the whole group back and ends it.
    serve.ok(json!({"id": 5, "tx": "begin"}));
    serve.ok(cmd(6, &["namespace", "set", "g", "b", "2"]));
    let response = serve.ask(cmd(7, &["namespace", "get", "g", "nope"]));
    assert_eq!(response["tx"], "rollback", "{response}");
    let e = error_of(&response);
    assert_eq!(e["exit"], 3);
    assert!(
        e["message"].as_str().unwrap().contains("rolled back"),
        "{e}"
    );
    // The group is over: a commit now is an error, and b was never written.
    error_of(&serve.ask(json!({"id": 8, "tx": "commit"})));
    error_of(&serve.ask(cmd(9, &["namespace", "get", "g", "b"])));
    // Refused inside a group (and rolled back too).
    serve.ok(json!({"id": 10, "tx": "begin"}));
    serve.ok(cmd(11, &["namespace", "set", "g", "c", "3"]));
    let response = serve.ask(cmd(12, &["namespace", "set", "g", "d", "4", "--dry-run"]));
    assert_eq!(response["tx"], "rollback");
    assert!(error_of(&response)["message"]
        .as_str()
        .unwrap()
        .contains("--dry-run cannot be given in a transaction group"));
    // An explicit rollback.
    serve.ok(json!({"id": 13, "tx": "begin"}));
    serve.ok(cmd(14, &["namespace", "set", "g", "e", "5"]));
    assert_eq!(
        serve.ok(json!({"id": 15, "tx": "rollback"})),
        json!({"tx": "rollback", "requests": 1})
    );
    // The end of the input inside a group rolls it back, and serve exits 0.
    serve.ok(json!({"id": 16, "tx": "begin"}));
    serve.ok(cmd(17, &["namespace", "set", "g", "f", "6"]));
    let (exit, rest) = serve.finish();
    assert_eq!(exit, 0);
    assert!(rest.is_empty(), "{rest:?}");
    assert_eq!(env.json(&["namespace", "keys", "g"]), json!(["a"]));
    assert_eq!(code(&env.run(&["check"])), 0);
}

#[test]
fn a_group_request_runs_its_commands_in_one_transaction_and_answers_once() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    // Sent together with the requests after it, as a pipelining client does: the group's
    // response is one line, and the requests after it run on their own whatever it did.
    serve.send_raw(&format!(
        "{}\n{}\n{}\n",
        json!({"id": 1, "group": [
            {"cmd": ["lock", "acquire", "session:s", "--ttl", "60s"], "as": "worker"},
            {"cmd": ["namespace", "set", "g", "a", "1"]},
            {"cmd": ["namespace", "merge", "g", "-"], "stdin": "{\"b\": 2}"},
            {"cmd": ["namespace", "dump", "g"]},
        ]}),
        json!({"id": 2, "group": [
            {"cmd": ["namespace", "set", "g", "c", "3"]},
            {"cmd": ["lock", "acquire", "session:s"], "as": "other"},
            {"cmd": ["namespace", "set", "g", "d", "4"]},
        ]}),
        cmd(3, &["namespace", "keys", "g"]),
    ));
    let first = serve.recv();
    assert_eq!(first["id"], 1, "{first}");
    let docs = first["ok"].as_array().expect("one document per command");
    assert_eq!(docs.len(), 4, "{first}");
    assert_eq!(docs[0]["owner"], "worker");
    assert_eq!(docs[1]["added"], json!(["a"]));
    assert_eq!(docs[3], json!({"a": 1, "b": 2}));
    // The second group's lock acquire fails as "other": nothing of the group is written, and
    // the response says which request failed.
    let second = serve.recv();
    assert_eq!(second["id"], 2, "{second}");
    assert_eq!(second["tx"], "rollback", "{second}");
    assert_eq!(second["request"], 2, "{second}");
    let e = error_of(&second);
    assert_eq!(e["exit"], 75);
    let message = e["message"].as_str().unwrap();
    assert!(
        message.starts_with("request 2 of the group: ") && message.contains("rolled back"),
        "{message}"
    );
    assert_eq!(serve.recv()["ok"], json!(["a", "b"]));
    assert_eq!(env.json(&["namespace", "keys", "g"]), json!(["a", "b"]));

    // Malformed groups run nothing; a group inside a begin ... commit group is refused and
    // rolls that group back.
    for bad in [
        json!({"id": 4, "group": []}),
        json!({"id": 4, "group": {"cmd": ["namespace", "list"]}}),
        json!({"id": 4, "group": [{"id": 1, "cmd": ["namespace", "list"]}]}),
        json!({"id": 4, "group": [{"cmd": ["namespace", "list"]}], "cmd": ["x"]}),
        json!({"id": 4, "group": [{"cmd": ["namespace", "set", "g", "e", "5", "--dry-run"]}]}),
    ] {
        let response = serve.ask(bad.clone());
        assert!(
            matches!(error_of(&response)["exit"].as_i64(), Some(65) | Some(2)),
            "{bad}: {response}"
        );
    }
    serve.ok(json!({"id": 5, "tx": "begin"}));
    serve.ok(cmd(6, &["namespace", "set", "g", "f", "6"]));
    let response = serve.ask(json!({"id": 7, "group": [{"cmd": ["namespace", "list"]}]}));
    assert_eq!(response["tx"], "rollback", "{response}");
    assert_eq!(error_of(&response)["exit"], 2);
    let (exit, _) = serve.finish();
    assert_eq!(exit, 0);
    assert_eq!(env.json(&["namespace", "keys", "g"]), json!(["a", "b"]));
    assert_eq!(code(&env.run(&["check"])), 0);
}

#[test]
fn a_group_that_loses_to_another_writer_runs_again_from_nothing() {
    let env = Env::new();
    env.json(&["node", "add", "n1", "--document", "d", "--source", "s"]);
    let request = json!({"id": 1, "group": [
        {"cmd": ["comment", "add", "--node", "n1", "--text", "first"], "as": "alice"},
        {"cmd": ["namespace", "merge", "g", "-"], "stdin": "{\"n\": 1}"},
    ]});
    // The group's one response from a serve whose first `conflicts` transactions lose to
    // "another writer" (what SQLite reports as BUSY_SNAPSHOT and PostgreSQL as 40001).
    let serve_once = |conflicts: u32| -> Value {
        let mut child = env
            .std_cmd()
            .env("STORECTL_FAILPOINT", format!("write-conflict*{conflicts}"))
            .arg("serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{request}\n").as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(code(&out), 0);
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1, "{text}");
        serde_json::from_str(lines[0]).unwrap()
    };
    let store_holds_one_comment_and_n = || {
        let comments = env.json(&["comment", "list", "--node", "n1"]);
        assert_eq!(
            comments["comments"].as_array().unwrap().len(),
            1,
            "{comments}"
        );
        assert_eq!(env.json(&["namespace", "dump", "g"]), json!({"n": 1}));
    };
    // Two lost runs: serve runs the group a third time, from nothing, and answers once.
    let response = serve_once(2);
    let docs = response["ok"].as_array().expect("the group succeeded");
    assert_eq!(docs[0]["id"], 1, "{response}");
    assert_eq!(docs[1]["added"], json!(["n"]), "{response}");
    store_holds_one_comment_and_n();
    // Losing every run (SQLite's five) is the busy error of the whole group, nothing written.
    let response = serve_once(5);
    assert_eq!(response["tx"], "rollback", "{response}");
    assert_eq!(error_of(&response)["exit"], 75, "{response}");
    store_holds_one_comment_and_n();
}

#[test]
fn sigterm_finishes_the_request_in_flight_and_runs_no_other() {
    // The moderation command of the comment sends serve its SIGTERM: the signal arrives while
    // that request is in flight, with the next request already sent.
    let env = Env::new()
        .with_var("STORECTL_COMMENTS_MODERATION", "true")
        .with_var("STORECTL_COMMENTS_MODERATION_COMMAND", "kill -TERM $PPID");
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let mut serve = Served::start(&env, &[]);
    let mut add = cmd(1, &["comment", "add", "--node", "N", "--text", "hi"]);
    add["as"] = json!("eve");
    let next = cmd(2, &["namespace", "set", "ns", "k", "1"]);
    serve.send_raw(&format!("{add}\n{next}\n"));
    let response = serve.recv();
    assert_eq!(response["id"], 1, "{response}");
    assert_eq!(response["ok"]["username"], "eve", "{response}");
    let (exit, rest) = serve.finish();
    assert_eq!(exit, 0);
    assert!(rest.is_empty(), "a request after SIGTERM ran: {rest:?}");
    let mut moderator = env.cmd();
    let out = moderator
        .args(["--moderator", "moderate", "list"])
        .output()
        .unwrap();
    let waiting: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(waiting.as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(0));
}

#[test]
fn sigterm_in_a_pipelined_queue_leaves_exactly_the_answered_requests() {
    let env = Env::new();
    let mut serve = Served::start(&env, &[]);
    let requests: String = (0..3000)
        .map(|i| {
            format!(
                "{}\n",
                cmd(i, &["namespace", "set", "q", &format!("k{i}"), "1"])
            )
        })
        .collect();
    let stdin = serve.stdin.take().unwrap();
    // Written on a thread: serve stops reading once it stops.
    let writer = std::thread::spawn(move || {
        let mut stdin = stdin;
        let _ = stdin.write_all(requests.as_bytes());
        stdin
    });
    let first = serve.recv();
    assert_eq!(first["id"], 0);
    // SAFETY: kill has no memory preconditions; the pid is our child's.
    assert_eq!(unsafe { libc::kill(serve.pid(), libc::SIGTERM) }, 0);
    let status = serve.child.wait().unwrap();
    drop(writer.join());
    assert_eq!(status.code(), Some(0));
    let rest: Vec<Value> = serve
        .lines
        .iter()
        .map(|l| serde_json::from_str(&l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let answered = 1 + rest.len() as u64;
    for (i, response) in rest.iter().enumerate() {
        assert_eq!(response["id"], json!(i as u64 + 1));
        assert!(response.get("ok").is_some(), "{response}");
    }
    // Every answered request is committed, no other.
    assert_eq!(env.json(&["namespace", "len", "q"]), json!(answered));
}

/// A client on a serve socket.
pub struct Client {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl Client {
    pub fn connect(path: &Path) -> Client {
        let stream = UnixStream::connect(path).expect("connect to the serve socket");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        Client {
            reader: BufReader::new(stream.try_clone().unwrap()),
            writer: stream,
        }
    }

    pub fn ask(&mut self, request: Value) -> Value {
        writeln!(self.writer, "{request}").unwrap();
        let mut line = String::new();
        self.reader.read_line(&mut line).expect("a response");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    pub fn ok(&mut self, request: Value) -> Value {
        let response = self.ask(request.clone());
        assert!(response.get("ok").is_some(), "{request}: {response}");
        response["ok"].clone()
    }
}

/// `storectl serve --socket PATH`, once it says it listens.
pub fn start_socket(env: &Env, path: &Path) -> Child {
    let mut child = env
        .std_cmd()
        .args(["serve", "--socket"])
        .arg(path)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = lines_of(child.stderr.take().unwrap());
    let said = stderr
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|_| panic!("storectl serve --socket said nothing"));
    assert_eq!(
        said,
        format!("storectl serve: listening on {}", path.display())
    );
    assert!(UnixStream::connect(path).is_ok());
    child
}

#[test]
fn eight_clients_on_one_socket_leave_exact_counts() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    const CLIENTS: u64 = 8;
    const ROUNDS: u64 = 25;
    let env = Env::new();
    let path = env.path("serve.sock");
    let mut serve = start_socket(&env, &path);
    let meta = std::fs::metadata(&path).unwrap();
    assert!(meta.file_type().is_socket());
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    Client::connect(&path).ok(cmd(0, &["namespace", "set", "shared", "counter", "0"]));

    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut client = Client::connect(&path);
                for r in 0..ROUNDS {
                    let id = c * 1000 + r;
                    // A key of its own.
                    let key = format!("c{c}-r{r}");
                    client.ok(cmd(id, &["namespace", "set", "own", &key, &r.to_string()]));
                    // An append to a shared list (one merge, one transaction).
                    client.ok(
                        json!({"id": id, "cmd": ["namespace", "merge", "shared", "-"],
                                     "stdin": json!({"log": [key]}).to_string()}),
                    );
                    // An increment: read and write in one group.
                    client.ok(json!({"tx": "begin"}));
                    let n = client.ok(cmd(id, &["namespace", "get", "shared", "counter"]));
                    let next = (n.as_u64().unwrap() + 1).to_string();
                    client.ok(cmd(id, &["namespace", "set", "shared", "counter", &next]));
                    client.ok(json!({"tx": "commit"}));
                    // A feed entry on a shared timeline.
                    let (object, time) = (id.to_string(), (id + 1).to_string());
                    client.ok(cmd(
                        id,
                        &[
                            "feed", "add", "timeline", "--actor", "1", "--verb", "add", "--object",
                            &object, "--time", &time,
                        ],
                    ));
                }
            })
        })
        .collect();
    for client in clients {
        client.join().expect("a client failed");
    }
    let total = CLIENTS * ROUNDS;
    assert_eq!(env.json(&["namespace", "len", "own"]), json!(total));
    assert_eq!(
        env.json(&["namespace", "get", "shared", "counter"]),
        json!(total)
    );
    let log = env.json(&["namespace", "get", "shared", "log"]);
    let mut log: Vec<String> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    log.sort();
    log.dedup();
    assert_eq!(log.len() as u64, total);
    assert_eq!(env.json(&["feed", "count", "timeline"]), json!(total));
    assert_eq!(code(&env.run(&["check"])), 0);

    // SIGTERM: exit 0, the socket file removed.
    // SAFETY: kill has no memory preconditions; the pid is our child's.
    assert_eq!(unsafe { libc::kill(serve.id() as i32, libc::SIGTERM) }, 0);
    assert_eq!(serve.wait().unwrap().code(), Some(0));
    assert!(!path.exists(), "the socket file was left behind");
}

#[test]
fn a_socket_path_that_is_a_file_or_in_use_is_refused() {
    let env = Env::new();
    let path = env.path("taken");
    std::fs::write(&path, "precious").unwrap();
    let out = env.run(&["serve", "--socket", path.to_str().unwrap()]);
    assert_eq!(code(&out), 4, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a socket"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");

    let path = env.path("s.sock");
    let mut serve = start_socket(&env, &path);
    let out = env.run(&["serve", "--socket", path.to_str().unwrap()]);
    assert_eq!(code(&out), 4);
    assert!(String::from_utf8_lossy(&out.stderr).contains("in use"));
    // Each connection has its own identity and groups; the first still works.
    let mut a = Client::connect(&path);
    let mut b = Client::connect(&path);
    a.ok(json!({"tx": "begin"}));
    a.ok(cmd(1, &["namespace", "set", "s", "a", "1"]));
    // A client that goes away mid-group: its group is rolled back, others go on.
    drop(a);
    assert_eq!(b.ok(cmd(2, &["namespace", "len", "s"])), json!(0));
    b.ok(cmd(3, &["namespace", "set", "s", "b", "1"]));
    // SAFETY: as above.
    assert_eq!(unsafe { libc::kill(serve.id() as i32, libc::SIGINT) }, 0);
    assert_eq!(serve.wait().unwrap().code(), Some(0));
    assert!(!path.exists());
    assert_eq!(env.json(&["namespace", "keys", "s"]), json!(["b"]));
}

#[test]
fn sigterm_or_sigint_while_idle_ends_serve_with_exit_0() {
    let env = Env::new();
    for signal in [libc::SIGTERM, libc::SIGINT] {
        let mut serve = Served::start(&env, &[]);
        serve.ok(cmd(1, &["namespace", "set", "ns", "k", "1"]));
        // SAFETY: kill has no memory preconditions; the pid is our child's.
        assert_eq!(unsafe { libc::kill(serve.pid(), signal) }, 0);
        // stdin stays open: the signal alone ends it.
        let status = serve.child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "signal {signal}");
    }
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!(1));
}

#[test]
fn moderation_hooks_run_after_a_group_commits_and_never_for_a_rolled_back_one() {
    let env = Env::new();
    let log = env.path("notified.jsonl");
    let env = env
        .with_var("STORECTL_COMMENTS_MODERATION", "true")
        .with_var(
            "STORECTL_COMMENTS_MODERATION_COMMAND",
            &format!("cat >> '{}'; echo >> '{}'", log.display(), log.display()),
        );
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let mut serve = Served::start(&env, &["--as", "eve"]);
    let add = || cmd(1, &["comment", "add", "--node", "N", "--text", "wait"]);
    serve.ok(json!({"tx": "begin"}));
    serve.ok(add());
    serve.ok(json!({"tx": "rollback"}));
    serve.ok(json!({"tx": "begin"}));
    let added = serve.ok(add());
    // Not before the commit.
    assert!(!log.exists(), "announced before its group committed");
    serve.ok(json!({"tx": "commit"}));
    let notified: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(notified.len(), 1);
    assert_eq!(notified[0]["id"], added["id"]);
    assert_eq!(notified[0]["username"], "eve");
    assert_eq!(serve.finish().0, 0);
}
