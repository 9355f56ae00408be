//! `storectl batch`: one command per NDJSON line, one process, one transaction (or one per
//! `--batch-size N` commands), one result per line.

use std::process::Output;

use serde_json::{json, Value};

use crate::common::{code, error_doc, stderr, Env};

/// One input line: `{"cmd": [args...]}`.
fn line(args: &[&str]) -> String {
    json!({ "cmd": args }).to_string()
}

/// One input line with a "stdin".
fn line_stdin(args: &[&str], stdin: &str) -> String {
    json!({ "cmd": args, "stdin": stdin }).to_string()
}

fn input(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// `storectl [global...] batch [extra...] -` with `lines` on stdin.
fn batch(env: &Env, global: &[&str], extra: &[&str], lines: &[String]) -> Output {
    let mut args: Vec<&str> = global.to_vec();
    args.push("batch");
    args.extend_from_slice(extra);
    args.push("-");
    env.run_stdin(&args, &input(lines))
}

/// The results on stdout, one JSON document per line.
fn results(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn oks(out: &Output) -> Vec<Value> {
    results(out)
        .into_iter()
        .map(|r| {
            assert!(r.get("ok").is_some(), "not an ok result: {r}");
            r["ok"].clone()
        })
        .collect()
}

fn assert_success(out: &Output) {
    assert_eq!(
        code(out),
        0,
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        stderr(out)
    );
}

/// The error result, which must be the last line, with the lines before it all ok.
fn last_error(out: &Output, ok_lines: usize) -> Value {
    let all = results(out);
    assert_eq!(all.len(), ok_lines + 1, "{all:?}");
    for r in &all[..ok_lines] {
        assert!(r.get("ok").is_some(), "not an ok result: {r}");
    }
    all[ok_lines]["error"].clone()
}

fn len(env: &Env, ns: &str) -> Value {
    env.json(&["namespace", "len", ns])
}

#[test]
fn results_come_one_per_line_in_order_as_the_commands_print_them_with_format_json() {
    let env = Env::new();
    let lines = [
        line(&["namespace", "set", "core", "motd", "\"hello\""]),
        line(&["namespace", "set", "core", "limits", "{\"max\": 5}"]),
        String::new(),
        line(&["namespace", "get", "core", "limits"]),
        line(&["ns", "keys", "core"]),
        line(&["namespace", "dump", "core"]),
        line(&["namespace", "len", "core"]),
        line(&["namespace", "create", "empty"]),
    ];
    let out = batch(&env, &[], &[], &lines);
    assert_success(&out);
    let oks = oks(&out);
    // Blank lines are skipped: one result per command.
    assert_eq!(oks.len(), 7);
    assert_eq!(
        oks[0],
        json!({"namespace": "core", "added": ["motd"], "changed": [], "removed": [], "dry_run": false})
    );
    assert_eq!(oks[1]["added"], json!(["limits"]));
    assert_eq!(oks[2], json!({"max": 5}));
    assert_eq!(oks[3], json!(["limits", "motd"]));
    assert_eq!(oks[4], json!({"limits": {"max": 5}, "motd": "hello"}));
    assert_eq!(oks[5], json!(2));
    assert_eq!(oks[6]["created"], json!(true));
    // The same documents the commands print on their own.
    assert_eq!(
        oks[4],
        env.json(&["--format", "json", "namespace", "dump", "core"])
    );
    assert_eq!(
        oks[3],
        env.json(&["--format", "json", "namespace", "keys", "core"])
    );
    // Each result is one line of compact JSON.
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.starts_with("{\"ok\":{\"namespace\":\"core\",\"added\":[\"motd\"]"));
    assert_eq!(text.lines().count(), 7);
}

#[test]
fn a_file_argument_is_read_like_stdin_and_global_options_hold_for_every_line() {
    let env = Env::new();
    let store = env.path("other.db");
    let file = env.write(
        "cmds.ndjson",
        &input(&[
            line(&["node", "add", "N", "--document", "d", "--source", "s"]),
            line(&["comment", "add", "--node", "N", "--text", "hi"]),
            line(&["vote", "1", "1"]),
        ]),
    );
    let out = env.run(&[
        "--store",
        store.to_str().unwrap(),
        "--as",
        "alice",
        "--format",
        "table",
        "batch",
        file.to_str().unwrap(),
    ]);
    assert_success(&out);
    // NDJSON whatever --format says.
    let oks = oks(&out);
    assert_eq!(oks[1]["username"], "alice");
    assert_eq!(oks[2]["username"], "alice");
    assert_eq!(oks[2]["rating"], json!(1));
    // --store was honoured: the env's own store was not even created.
    let other = env.run(&["--store", store.to_str().unwrap(), "node", "show", "N"]);
    assert_eq!(code(&other), 0);
    assert!(!env.store.exists());
}

#[test]
fn an_error_stops_the_batch_and_rolls_back_every_line_before_it() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "old", "1"]);
    let out = batch(
        &env,
        &[],
        &[],
        &[
            line(&["namespace", "set", "ns", "a", "1"]),
            line(&["namespace", "rm", "ns", "old"]),
            line(&["namespace", "get", "ns", "missing"]),
            line(&["namespace", "set", "ns", "never", "1"]),
        ],
    );
    assert_eq!(code(&out), 3);
    let error = last_error(&out, 2);
    assert_eq!(error["kind"], "not_found");
    assert_eq!(
        error["message"],
        "key \"missing\" not found in namespace \"ns\""
    );
    assert_eq!(error["line"], json!(3));
    assert_eq!(error["committed_through"], json!(0));
    assert!(error["hint"]
        .as_str()
        .unwrap()
        .contains("namespace keys ns"));
    // Line 4 never ran, lines 1 and 2 were rolled back.
    assert_eq!(env.json(&["namespace", "keys", "ns"]), json!(["old"]));
    let message = stderr(&out);
    assert!(
        message.contains("batch stopped at line 3") && message.contains("nothing was committed"),
        "{message}"
    );
}

#[test]
fn the_exit_code_is_the_failing_commands() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let cases: &[(&[&str], i32, &str)] = &[
        (&["namespace", "len", "ns2"], 0, ""),
        (&["namespace", "copy", "ns", "ns2"], 4, "conflict"),
        (&["vote", "1", "1"], 77, "denied"),
        (
            &["namespace", "set", "ns", "k", "not json"],
            65,
            "bad_input",
        ),
        (&["namespace", "set", "ns", "k"], 2, "usage"),
        (&["namespace", "nope"], 2, "usage"),
    ];
    for (args, expected, kind) in cases {
        // The first line makes the second a conflict; each batch starts from the same store.
        let lines = [
            line(&["namespace", "copy", "ns", "ns2", "--force"]),
            line(args),
        ];
        let out = batch(&env, &[], &[], &lines);
        assert_eq!(code(&out), *expected, "{args:?}: {}", stderr(&out));
        if *expected != 0 {
            let error = last_error(&out, 1);
            assert_eq!(error["kind"], *kind, "{args:?}");
            assert_eq!(error["line"], json!(2), "{args:?}");
        }
    }
    // Only the successful batch committed.
    assert_eq!(len(&env, "ns2"), json!(1));
}

#[test]
fn batch_size_commits_every_n_commands_and_an_error_keeps_the_committed_batches() {
    let env = Env::new();
    let mut lines: Vec<String> = (1..=5)
        .map(|i| line(&["namespace", "set", "ns", &format!("k{i}"), &i.to_string()]))
        .collect();
    lines.push(line(&["namespace", "set", "ns", "bad", "{"]));
    let out = batch(&env, &[], &["--batch-size", "2"], &lines);
    assert_eq!(code(&out), 65);
    let error = last_error(&out, 5);
    assert_eq!(error["line"], json!(6));
    assert_eq!(error["committed_through"], json!(4));
    assert!(
        stderr(&out).contains("lines 1-4 were committed"),
        "{}",
        stderr(&out)
    );
    // Lines 1-4 committed in two batches; line 5 was in the open batch with the bad line 6.
    assert_eq!(
        env.json(&["namespace", "keys", "ns"]),
        json!(["k1", "k2", "k3", "k4"])
    );

    // Without an error, everything commits, the last partial batch too.
    let out = batch(&env, &[], &["--batch-size", "2"], &lines[..5]);
    assert_success(&out);
    assert_eq!(len(&env, "ns"), json!(5));
    assert_eq!(code(&env.run(&["batch", "--batch-size", "0", "-"])), 2);
}

#[test]
fn later_lines_see_what_earlier_lines_wrote_in_the_same_transaction() {
    let env = Env::new();
    let out = batch(
        &env,
        &["--as", "bob"],
        &[],
        &[
            line(&["namespace", "set", "ns", "k", "[1]"]),
            line_stdin(&["namespace", "merge", "ns", "-"], "{\"k\": [2]}"),
            line(&["namespace", "get", "ns", "k"]),
            line(&["namespace", "rename", "ns", "ns2"]),
            line(&["namespace", "len", "ns2"]),
            line(&["lock", "acquire", "namespace:ns2"]),
            line(&["lock", "list"]),
        ],
    );
    assert_success(&out);
    let oks = oks(&out);
    assert_eq!(oks[2], json!([1, 2]));
    assert_eq!(oks[4], json!(1));
    assert_eq!(oks[6][0]["owner"], "bob");
    assert_eq!(env.json(&["namespace", "get", "ns2", "k"]), json!([1, 2]));
}

#[test]
fn commands_that_read_stdin_read_the_lines_stdin() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let nodes = "{\"id\": \"N\", \"document\": \"d\", \"source\": \"s\"}\n";
    let comments = "{\"node\": \"N\", \"text\": \"one\", \"username\": \"ann\"}\n\
                    {\"node\": \"N\", \"text\": \"two\", \"username\": \"ben\"}\n";
    let activities = "{\"actor\": 1, \"verb\": 1, \"object\": 1, \"time\": 1577836800000}\n\
                      {\"actor\": 2, \"verb\": 1, \"object\": 2, \"time\": 1577836800001}\n";
    let binary = json!({"cmd": ["item", "put", "P/logo.png", "--kind", "attachment"], "stdin": {"$base64": "iVBORw0KGgr/AA=="}});
    let lines = [
        line_stdin(
            &["namespace", "import", "-"],
            "{\"namespace\": \"ns\", \"key\": \"a\", \"value\": 1}\n",
        ),
        line_stdin(
            &["namespace", "set", "ns", "b", "--file", "-"],
            "{\"x\": true}",
        ),
        line_stdin(&["namespace", "replace", "other"], "{\"r\": 1}"),
        line_stdin(&["node", "add", "--from", "-"], nodes),
        line_stdin(&["comment", "add", "--from", "-"], comments),
        line_stdin(&["feed", "add-many", "timeline", "-"], activities),
        line_stdin(&["item", "put", "P"], "page text\n"),
        binary.to_string(),
        line(&["item", "put", "Q", "-"]),
    ];
    let out = batch(&env, &[], &[], &lines);
    assert_eq!(code(&out), 66, "{}", stderr(&out));
    let error = last_error(&out, 8);
    assert_eq!(error["line"], json!(9));
    assert!(
        error["message"].as_str().unwrap().contains("no \"stdin\""),
        "{error}"
    );
    // Nothing of it was committed; without the last line, all of it is.
    assert_eq!(len(&env, "ns"), json!(0));
    let out = batch(&env, &[], &[], &lines[..8]);
    assert_success(&out);
    let oks = oks(&out);
    assert_eq!(oks[0]["records"], json!(1));
    assert_eq!(oks[4]["records"], json!(2));
    assert_eq!(oks[5]["records"], json!(2));
    assert_eq!(
        env.json(&["namespace", "dump", "ns"]),
        json!({"a": 1, "b": {"x": true}})
    );
    assert_eq!(env.json(&["namespace", "dump", "other"]), json!({"r": 1}));
    assert_eq!(env.json(&["feed", "count", "timeline"]), json!(2));
    assert_eq!(
        env.json(&["comment", "list", "--node", "N"])["comments"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(env.json(&["item", "show", "P"])["data"], "page text\n");
    let raw = env.run(&["item", "show", "P/logo.png", "--raw"]);
    assert_eq!(raw.stdout, b"\x89PNG\r\n\x1a\n\xff\x00");
}

#[test]
fn commands_that_manage_the_store_or_their_own_transactions_are_refused() {
    let env = Env::new();
    let refused: &[(&[&str], &str)] = &[
        (&["batch", "-"], "`batch` cannot run in a batch"),
        (&["init"], "`init` cannot run in a batch"),
        (&["check"], "`check` cannot run in a batch"),
        (&["stats"], "`stats` cannot run in a batch"),
        (&["backup", "b.db"], "`backup` cannot run in a batch"),
        (&["config", "show"], "`config` cannot run in a batch"),
        (
            &["export", "moin16", "out"],
            "`export` cannot run in a batch",
        ),
        (
            &["migrate", "moin16", "in"],
            "`migrate` cannot run in a batch",
        ),
        (
            &["generate-docs", "out"],
            "`generate-docs` cannot run in a batch",
        ),
        (
            &["session", "run", "u", "--command", "true"],
            "`session run` cannot run in a batch",
        ),
        (
            &["namespace", "import", "--batch-size", "10", "-"],
            "--batch-size cannot be given on a batch line",
        ),
        (
            &["lock", "acquire", "item:X", "--owner", "o", "--wait", "5s"],
            "--wait cannot be given on a batch line",
        ),
        (
            &["item", "show", "X", "--raw"],
            "--raw cannot be given on a batch line",
        ),
        (
            &["namespace", "set", "ns", "k", "1", "--dry-run"],
            "--dry-run cannot be given on a batch line",
        ),
        (
            &["namespace", "set", "--store", "x.db", "ns", "k", "1"],
            "--store is a global option",
        ),
        (
            &["--as", "bob", "namespace", "list"],
            "--as is a global option",
        ),
        (
            &["namespace", "list", "--json"],
            "--json is a global option",
        ),
        (
            &["namespace", "list", "--format=tsv"],
            "--format is a global option",
        ),
        (&["namespace", "list", "-q"], "-q is a global option"),
        (
            &["namespace", "drop", "ns"],
            "Refusing without --yes on a batch line",
        ),
        (
            &["namespace", "set", "--help"],
            "--help and --version print text",
        ),
    ];
    for (args, message) in refused {
        let lines = [line(&["namespace", "set", "ns", "k", "1"]), line(args)];
        let out = batch(&env, &[], &[], &lines);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        let error = last_error(&out, 1);
        assert_eq!(error["kind"], "usage", "{args:?}");
        assert_eq!(error["line"], json!(2), "{args:?}");
        assert!(
            error["message"].as_str().unwrap().contains(message),
            "{args:?}: {error}"
        );
        assert_eq!(len(&env, "ns"), json!(0), "{args:?}");
    }
    // The reason is given too, and what to do.
    let out = batch(
        &env,
        &[],
        &[],
        &[line(&["namespace", "set", "ns", "k", "1", "--dry-run"])],
    );
    assert!(last_error(&out, 0)["message"]
        .as_str()
        .unwrap()
        .contains("give `storectl batch --dry-run`"));
    let out = batch(&env, &[], &[], &[line(&["ns", "list", "--as", "bob"])]);
    assert_eq!(
        last_error(&out, 0)["hint"],
        "give it once, before `batch`: storectl --as ... batch"
    );
}

#[test]
fn lines_that_are_not_commands_are_bad_input_naming_the_line() {
    let env = Env::new();
    let bad: &[(&str, &str)] = &[
        ("{\"cmd\": [\"namespace\", \"list\"", "invalid JSON"),
        ("not json", "invalid JSON"),
        ("{}", "missing field \"cmd\""),
        ("{\"stdin\": \"x\"}", "missing field \"cmd\""),
        ("[\"namespace\", \"list\"]", "a line must be a JSON object"),
        ("{\"cmd\": \"namespace list\"}", "not an array of strings"),
        (
            "{\"cmd\": [\"namespace\", \"set\", \"ns\", \"k\", 1]}",
            "argument 5 of \"cmd\" is 1, not a string",
        ),
        ("{\"cmd\": []}", "\"cmd\" is empty"),
        (
            "{\"cmd\": [\"namespace\", \"list\"], \"stdn\": \"\"}",
            "unknown field \"stdn\"",
        ),
        (
            "{\"cmd\": [\"namespace\", \"list\"], \"stdin\": 5}",
            "\"stdin\" must be a string",
        ),
    ];
    for (text, message) in bad {
        let lines = [
            line(&["namespace", "set", "ns", "k", "1"]),
            String::new(),
            text.to_string(),
            line(&["namespace", "set", "ns", "j", "1"]),
        ];
        let out = batch(&env, &[], &[], &lines);
        assert_eq!(code(&out), 65, "{text}: {}", stderr(&out));
        let error = last_error(&out, 1);
        assert_eq!(error["kind"], "bad_input", "{text}");
        // Physical lines: the blank line 2 counts.
        assert_eq!(error["line"], json!(3), "{text}");
        assert!(
            error["message"].as_str().unwrap().contains(message),
            "{text}: {error}"
        );
        assert_eq!(len(&env, "ns"), json!(0), "{text}");
    }
}

#[test]
fn dry_run_runs_and_reports_everything_then_rolls_it_all_back() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "old", "1"]);
    let lines = [
        line(&["namespace", "set", "ns", "k", "1"]),
        line(&["namespace", "get", "ns", "k"]),
        line(&["namespace", "drop", "ns"]),
        line(&["namespace", "len", "ns"]),
    ];
    for extra in [&["--dry-run"][..], &["--dry-run", "--batch-size", "1"]] {
        let out = batch(&env, &[], extra, &lines);
        assert_success(&out);
        let oks = oks(&out);
        // Each line reports as under its own --dry-run; later lines see earlier ones.
        assert_eq!(oks[0]["dry_run"], json!(true));
        assert_eq!(oks[1], json!(1));
        assert_eq!(oks[2]["dry_run"], json!(true));
        assert_eq!(oks[2]["keys"], json!(2));
        assert_eq!(oks[3], json!(0));
        assert_eq!(env.json(&["namespace", "keys", "ns"]), json!(["old"]));
    }
    let out = batch(
        &env,
        &[],
        &["--dry-run", "--batch-size", "1"],
        &[
            line(&["namespace", "set", "ns", "k", "1"]),
            line(&["namespace", "get", "ns", "x"]),
        ],
    );
    assert_eq!(code(&out), 3);
    assert_eq!(last_error(&out, 1)["committed_through"], json!(0));
    assert!(stderr(&out).contains("nothing was committed (dry run)"));
}

#[test]
fn errors_on_stderr_follow_the_format_and_an_empty_batch_does_nothing() {
    let env = Env::new();
    let out = batch(
        &env,
        &["--json"],
        &[],
        &[line(&["namespace", "get", "ns", "k"])],
    );
    assert_eq!(code(&out), 3);
    let error = error_doc(&out);
    assert_eq!(error["kind"], "not_found");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .starts_with("batch stopped at line 1: key \"k\" not found"));

    let out = env.run_stdin(&["batch"], "\n\n");
    assert_success(&out);
    assert!(out.stdout.is_empty());

    let out = env.run(&["batch", "missing.ndjson"]);
    assert_eq!(code(&out), 66);
}

#[test]
fn moderation_hooks_run_after_the_batch_commits_and_never_for_a_rolled_back_one() {
    let env = Env::new();
    let log = env.path("notified.jsonl");
    let config = env.write(
        "c.toml",
        &format!(
            "[comments]\nmoderation = true\nmoderation_command = \"cat >> '{}'; echo >> '{}'\"\n",
            log.display(),
            log.display()
        ),
    );
    let c = config.to_str().unwrap();
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let add = line(&["comment", "add", "--node", "N", "--text", "wait"]);

    let out = batch(
        &env,
        &["--config", c, "--as", "eve"],
        &[],
        &[add.clone(), line(&["vote", "99", "1"])],
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(!log.exists(), "a rolled-back comment was announced");

    let out = batch(
        &env,
        &["--config", c, "--as", "eve"],
        &[],
        &[add.clone(), add],
    );
    assert_success(&out);
    let notified: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(notified.len(), 2);
    assert_eq!(notified[0]["username"], "eve");
    assert_eq!(notified[1]["id"], oks(&out)[1]["id"]);
}

#[test]
fn lines_run_as_they_come_and_an_error_does_not_wait_for_the_end_of_the_input() {
    use std::io::Write;
    use std::time::{Duration, Instant};

    let env = Env::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_storectl"))
        .args(["--store", env.store.to_str().unwrap(), "batch", "-"])
        .env_remove("STORECTL_STORE")
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.path("xdg-config"))
        .current_dir(env.dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // stdin stays open: the writer has more to say, but the batch already failed.
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{}", line(&["namespace", "set", "ns", "k", "1"])).unwrap();
    writeln!(stdin, "{}", line(&["namespace", "get", "ns", "missing"])).unwrap();
    stdin.flush().unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "storectl batch waited for the end of its input after an error"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    assert_eq!(status.code(), Some(3));
    let out = child.wait_with_output().unwrap();
    assert_eq!(last_error(&out, 1)["line"], json!(2));
}

/// A batch fed line by line, as a program that waits for each result does.
#[cfg(unix)]
#[test]
fn with_batch_size_1_each_result_comes_before_the_next_line_and_no_lock_is_held_between() {
    use crate::serve::{one_shot_set, Served};
    let env = Env::new();
    let mut batch = Served::start_args(&env, &["batch", "--batch-size", "1", "-"]);
    batch.send_raw(&format!(
        "{}\n",
        line(&["namespace", "set", "ns", "a", "1"])
    ));
    // Before any more input: the result, and the line committed.
    assert_eq!(batch.recv()["ok"]["added"], json!(["a"]));
    assert_eq!(env.json(&["namespace", "get", "ns", "a"]), json!(1));
    // The batch is idle between lines: another process writes without waiting.
    one_shot_set(&env, "ns", "b", "2");
    batch.send_raw(&format!("{}\n", line(&["namespace", "get", "ns", "b"])));
    assert_eq!(batch.recv(), json!({"ok": 2}));
    one_shot_set(&env, "ns", "c", "3");
    batch.send_raw(&format!(
        "{}\n",
        line(&["namespace", "set", "ns", "d", "4"])
    ));
    assert_eq!(batch.recv()["ok"]["added"], json!(["d"]));
    let (exit, rest) = batch.finish();
    assert_eq!(exit, 0);
    assert!(rest.is_empty(), "{rest:?}");
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(4));
}

/// Lines that only read take read transactions while no chunk is open: a batch reading (one
/// transaction for the whole input otherwise) holds no write lock while it waits for input.
#[cfg(unix)]
#[test]
fn lines_that_only_read_hold_no_write_lock_while_the_batch_waits() {
    use crate::serve::{one_shot_set, Served};
    let env = Env::new();
    one_shot_set(&env, "ns", "a", "1");
    let mut batch = Served::start_args(&env, &["batch", "-"]);
    batch.send_raw(&format!("{}\n", line(&["namespace", "get", "ns", "a"])));
    assert_eq!(batch.recv(), json!({"ok": 1}));
    one_shot_set(&env, "ns", "b", "2");
    // Reads see what was committed meanwhile; then a write begins the batch's transaction,
    // which later lines share and which commits at the end.
    batch.send_raw(&format!(
        "{}\n{}\n{}\n",
        line(&["namespace", "get", "ns", "b"]),
        line(&["namespace", "set", "ns", "c", "3"]),
        line(&["namespace", "len", "ns"])
    ));
    assert_eq!(batch.recv(), json!({"ok": 2}));
    assert_eq!(batch.recv()["ok"]["added"], json!(["c"]));
    assert_eq!(batch.recv(), json!({"ok": 3}));
    let (exit, _) = batch.finish();
    assert_eq!(exit, 0);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(3));
}

on_sqlite_and_postgres!(
    a_batch_that_loses_to_another_writer_runs_again_from_its_first_line,
    a_chunk_runs_again_alone_and_committed_chunks_stay,
    a_transaction_whose_results_were_read_is_not_run_again_and_says_why,
);

/// How many runs the env's backend gives a write that keeps losing to other writers.
fn write_attempts(env: &Env) -> u32 {
    if env.pg.is_some() {
        60
    } else {
        5
    }
}

/// Lines whose results depend on what the transaction wrote before them: a run that did not
/// start from nothing would answer "changed" where it must say "added".
fn lines_that_read_their_own_writes() -> Vec<String> {
    vec![
        line(&["node", "add", "n1", "--document", "d", "--source", "s"]),
        line(&["comment", "add", "--node", "n1", "--text", "first"]),
        line_stdin(&["namespace", "merge", "g", "-"], "{\"n\": 1}"),
        line_stdin(&["namespace", "merge", "g", "-"], "{\"m\": 2}"),
        line(&["namespace", "get", "g", "n"]),
    ]
}

fn a_batch_that_loses_to_another_writer_runs_again_from_its_first_line(env: Env) {
    let lines = lines_that_read_their_own_writes();
    env.json(&["namespace", "set", "before", "k", "0"]);
    let before = env.store_bytes();
    // Losing every run is the busy error of the batch, with nothing written.
    let conflicts = format!("write-conflict*{}", write_attempts(&env));
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", &conflicts)
        .args(["--as", "alice", "batch", "-"])
        .write_stdin(input(&lines))
        .output()
        .unwrap();
    assert_eq!(code(&out), 75, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was committed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.store_bytes(), before);
    // Two lost runs: the third runs every line again from nothing, and each result comes once.
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict*2")
        .args(["--as", "alice", "batch", "-"])
        .write_stdin(input(&lines))
        .output()
        .unwrap();
    assert_success(&out);
    let oks = oks(&out);
    assert_eq!(oks.len(), 5, "{oks:?}");
    assert_eq!(oks[1]["id"], 1, "{oks:?}");
    assert_eq!(oks[2]["added"], json!(["n"]), "{oks:?}");
    assert_eq!(oks[3]["added"], json!(["m"]), "{oks:?}");
    assert_eq!(oks[4], json!(1));
    let comments = env.json(&["comment", "list", "--node", "n1"]);
    assert_eq!(
        comments["comments"].as_array().unwrap().len(),
        1,
        "{comments}"
    );
    assert_eq!(
        env.json(&["namespace", "dump", "g"]),
        json!({"n": 1, "m": 2})
    );
}

fn a_chunk_runs_again_alone_and_committed_chunks_stay(env: Env) {
    let lines: Vec<String> = (1..=6)
        .map(|i| line(&["namespace", "set", "g", &format!("k{i}"), &i.to_string()]))
        .collect();
    // The second of three chunks loses once: it alone runs again.
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict@2")
        .args(["batch", "--batch-size", "2", "-"])
        .write_stdin(input(&lines))
        .output()
        .unwrap();
    assert_success(&out);
    let oks = oks(&out);
    assert_eq!(oks.len(), 6, "{oks:?}");
    for (i, ok) in oks.iter().enumerate() {
        assert_eq!(ok["added"], json!([format!("k{}", i + 1)]), "{oks:?}");
    }
    assert_eq!(
        env.json(&["namespace", "dump", "g"]),
        json!({"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6})
    );
    // A chunk that loses every run stops the batch; the chunk before it stays committed.
    let lines: Vec<String> = (1..=4)
        .map(|i| line(&["namespace", "set", "h", &format!("k{i}"), &i.to_string()]))
        .collect();
    let out = env
        .cmd()
        .env(
            "STORECTL_FAILPOINT",
            format!("write-conflict@2*{}", write_attempts(&env)),
        )
        .args(["batch", "--batch-size", "2", "-"])
        .write_stdin(input(&lines))
        .output()
        .unwrap();
    assert_eq!(code(&out), 75, "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("each time it ran"), "{message}");
    assert!(message.contains("lines 1-2 were committed"), "{message}");
    assert_eq!(
        env.json(&["namespace", "dump", "h"]),
        json!({"k1": 1, "k2": 2})
    );
}

fn a_transaction_whose_results_were_read_is_not_run_again_and_says_why(env: Env) {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    env.json(&["namespace", "set", "before", "k", "0"]);
    let before = env.store_bytes();
    let mut child = env
        .std_cmd()
        .env("STORECTL_FAILPOINT", "write-conflict")
        .args(["batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    writeln!(stdin, "{}", line(&["namespace", "set", "g", "k", "1"])).unwrap();
    // The program reads the result of a line of the open transaction...
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["ok"]["added"], json!(["k"]), "{first}");
    // ... so when the commit loses to another writer, running the line again could answer
    // differently from what the program already read: the batch stops instead.
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 75, "{}", stderr(&out));
    let message = stderr(&out);
    assert!(
        message.contains("results of its lines had been sent"),
        "{message}"
    );
    assert!(message.contains("nothing was committed"), "{message}");
    assert_eq!(env.store_bytes(), before);
}
