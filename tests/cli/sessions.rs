//! The sessions face: the seed's own test scenarios through the binary (a test plays the runner
//! with `finish`, or `session run` with a pass-through command), bad input and concurrency.

use serde_json::{json, Value};

use crate::common::{code, error_doc, parse_json, run_workers_at_once, Env};

// Every scenario runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    a_live_runners_claim_is_renewed_and_never_taken_over,
    scenario_fire_1,
    scenario_fire_3,
    scenario_cascade,
    scenario_and_every_and_one_shot,
    scenario_deferred,
    scenario_unless,
    scenario_replay,
    scenario_skip,
    scenario_unresolved_logs,
    scenario_names,
    session_run_is_a_local_runner_with_cascades_and_failures,
    status_metadata_export_import_and_delete,
    gc_removes_idle_sessions_but_not_locked_ones,
    gc_idle_out_of_range_is_65_and_deletes_nothing,
    unknown_uid_or_instance_is_3_and_bad_documents_are_65,
    another_owners_session_lock_is_exit_75,
    eight_processes_firing_at_once_lose_no_instance_or_kwargs,
    two_runners_run_every_instance_exactly_once,
    a_dead_runners_claim_is_taken_over_only_with_reclaim_after,
);

/// A pass-through runner: finishes with {"kwargs": <trigger_kwargs>}.
const PASS_THROUGH: &str = "printf '{\"kwargs\":'; cat; printf '}'";

fn configure(env: &Env, uid: &str, tasks: Value) {
    env.json_stdin(&["session", "configure", uid], &tasks.to_string());
}

fn fire(env: &Env, uid: &str, trigger: &str, kwargs: Value) -> Value {
    env.json(&[
        "session",
        "fire",
        uid,
        trigger,
        "--kwargs",
        &kwargs.to_string(),
    ])
}

/// Plays the runner: finishes every ready instance with {"kwargs": trigger_kwargs}, following
/// cascades until nothing is ready.
fn run_pass_through(env: &Env, uid: &str, fired: &Value) {
    let mut ready: Vec<Value> = fired["ready"].as_array().cloned().unwrap_or_default();
    while let Some(r) = ready.pop() {
        let result = json!({"kwargs": r["trigger_kwargs"]});
        let done = env.json(&[
            "session",
            "finish",
            uid,
            r["instance"].as_str().unwrap(),
            "--result",
            &result.to_string(),
        ]);
        ready.extend(
            done["cascade"]["ready"]
                .as_array()
                .cloned()
                .unwrap_or_default(),
        );
    }
}

fn instance(env: &Env, uid: &str, name: &str) -> Value {
    env.json(&["session", "instance", uid, name])
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect()
}

fn scenario_fire_1(env: Env) {
    configure(
        &env,
        "u",
        json!({
            "alpha": {"after": ["s"], "run": "a"},
            "beta": {"after": ["s"], "run": "b", "withParams": {"s": {"name": "obs"}, "extra": {"stuff": "arb"}}},
            "gamma": {"after": ["d"], "run": "g"},
        }),
    );
    let fired = fire(&env, "u", "s", json!({}));
    run_pass_through(&env, "u", &fired);
    assert_eq!(instance(&env, "u", "alpha#0")["status"], "finished");
    assert_eq!(
        instance(&env, "u", "alpha#0")["metadata"]["result"],
        json!({"kwargs": {"s": {}}})
    );
    assert_eq!(
        instance(&env, "u", "beta#0")["metadata"]["result"],
        json!({"kwargs": {"s": {"name": "obs"}, "extra": {"stuff": "arb"}}})
    );
    assert_eq!(
        env.json(&["session", "instances", "u", "--task", "gamma"]),
        json!([])
    );
    assert_eq!(
        names(&env.json(&["session", "tasks", "u", "--unresolved"])),
        vec!["gamma"]
    );
    assert_eq!(
        env.json(&["session", "instances", "u", "--unresolved"]),
        json!([])
    );
}

fn scenario_fire_3(env: Env) {
    configure(
        &env,
        "u",
        json!({
            "alpha": {"after": ["d", "c"]}, "beta": {"after": ["d", "c"]}, "psi": {"after": ["c", "d", "r"]},
        }),
    );
    let fired = fire(&env, "u", "d", json!({}));
    assert_eq!(fired["created"], json!(["alpha#0", "beta#0", "psi#0"]));
    assert_eq!(fired["ready"], json!([]));
    for name in ["alpha#0", "beta#0", "psi#0"] {
        assert_eq!(instance(&env, "u", name)["status"], "unstarted");
    }
    let fired = fire(&env, "u", "c", json!({}));
    run_pass_through(&env, "u", &fired);
    assert_eq!(instance(&env, "u", "alpha#0")["status"], "finished");
    assert_eq!(instance(&env, "u", "beta#0")["status"], "finished");
    assert_eq!(instance(&env, "u", "psi#0")["status"], "unstarted");
}

fn scenario_cascade(env: Env) {
    configure(
        &env,
        "u",
        json!({"alpha": {"after": ["d"]}, "beta": {"after": ["alpha"]}}),
    );
    let fired = fire(&env, "u", "d", json!({}));
    run_pass_through(&env, "u", &fired);
    assert_eq!(instance(&env, "u", "alpha#0")["status"], "finished");
    let beta = instance(&env, "u", "beta#0");
    assert_eq!(beta["status"], "finished");
    assert_eq!(
        beta["metadata"]["result"],
        json!({"kwargs": {"alpha": {"kwargs": {"d": {}}}}})
    );
}

fn scenario_and_every_and_one_shot(env: Env) {
    configure(&env, "u", json!({"alpha": {"after": [], "andEvery": "s"}}));
    for n in 0..2 {
        let fired = fire(&env, "u", "s", json!({}));
        assert_eq!(fired["created"], json!([format!("alpha#{n}")]));
        run_pass_through(&env, "u", &fired);
        assert_eq!(
            instance(&env, "u", &format!("alpha#{n}"))["status"],
            "finished"
        );
    }
    configure(&env, "v", json!({"alpha": {"after": ["s"]}}));
    run_pass_through(&env, "v", &fire(&env, "v", "s", json!({})));
    let second = fire(&env, "v", "s", json!({}));
    assert_eq!(
        (second["created"].clone(), second["ready"].clone()),
        (json!([]), json!([]))
    );
}

fn scenario_deferred(env: Env) {
    configure(
        &env,
        "u",
        json!({"alpha": {"after": ["c"], "andEvery": "d"}, "gamma": {"after": ["alpha"], "andEvery": "c"}}),
    );
    fire(&env, "u", "c", json!({"counter": 1}));
    let fired = fire(&env, "u", "c", json!({"counter": 2}));
    assert!(
        fired["created"]
            .as_array()
            .unwrap()
            .contains(&json!("gamma#1")),
        "{fired}"
    );
    assert_eq!(instance(&env, "u", "gamma#1")["status"], "unstarted");
}

fn scenario_unless(env: Env) {
    configure(
        &env,
        "u",
        json!({"alpha": {"after": ["f"], "unless": ["w"]}}),
    );
    let fired = fire(&env, "u", "w", json!({}));
    assert_eq!(
        (fired["created"].clone(), fired["abandoned"].clone()),
        (json!(["alpha#0"]), json!(["alpha#0"]))
    );
    fire(&env, "u", "f", json!({}));
    assert_eq!(instance(&env, "u", "alpha#0")["status"], "abandoned");
    configure(
        &env,
        "v",
        json!({"alpha": {"after": ["d", "f"], "unless": ["e", "w"]}}),
    );
    fire(&env, "v", "w", json!({}));
    assert_eq!(instance(&env, "v", "alpha#0")["status"], "unstarted");
    let fired = fire(&env, "v", "e", json!({}));
    assert_eq!(fired["abandoned"], json!(["alpha#0"]));
}

fn scenario_replay(env: Env) {
    configure(&env, "u", json!({"alpha": {"after": ["d"]}}));
    fire(&env, "u", "d", json!({"x": 1}));
    env.json(&["session", "fail", "u", "alpha#0", "--error", "boom"]);
    let replayed = env.json(&["session", "replay", "u", "alpha#0"]);
    assert_eq!(replayed["status"], "replayed");
    assert_eq!(replayed["clone"]["instance"], "alpha#1");
    let clone = instance(&env, "u", "alpha#1");
    assert_eq!(clone["status"], "scheduled");
    assert_eq!(
        (
            clone["metadata"]["depth"].clone(),
            clone["metadata"]["parent"].clone()
        ),
        (json!(1), json!("alpha#0"))
    );
    assert_eq!(clone["kwargs"], json!({"d": {"x": 1}}));
    assert_eq!(instance(&env, "u", "alpha#0")["status"], "replayed");
    env.json(&["session", "fail", "u", "alpha#1"]);
    env.json(&[
        "session",
        "replay",
        "u",
        "alpha#1",
        "--kwargs",
        "{\"d\": {\"x\": 2}}",
    ]);
    let again = instance(&env, "u", "alpha#2");
    assert_eq!(again["kwargs"], json!({"d": {"x": 2}}));
    assert_eq!(again["metadata"]["depth"], json!(2));
    env.json(&["session", "finish", "u", "alpha#2"]);
    let out = env.run(&["session", "replay", "u", "alpha#2"]);
    assert_eq!(code(&out), 4);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("it is finished, not failed"));
}

fn scenario_skip(env: Env) {
    configure(
        &env,
        "u",
        json!({"alpha": {"after": ["d"]}, "beta": {"after": ["alpha"]}}),
    );
    fire(&env, "u", "d", json!({}));
    env.json(&["session", "fail", "u", "alpha#0"]);
    env.json(&["session", "skip", "u", "alpha#0"]);
    assert_eq!(instance(&env, "u", "alpha#0")["status"], "skipped");
    assert_eq!(
        env.json(&["session", "instances", "u", "--task", "beta"]),
        json!([])
    );
    configure(
        &env,
        "v",
        json!({"alpha": {"after": ["d"]}, "beta": {"after": ["alpha"]}}),
    );
    fire(&env, "v", "d", json!({}));
    env.json(&["session", "fail", "v", "alpha#0"]);
    let skipped = env.json(&[
        "session",
        "skip",
        "v",
        "alpha#0",
        "--cascade",
        "--result",
        "{\"rating\": 4.5}",
    ]);
    assert_eq!(
        skipped["cascade"]["ready"][0]["trigger_kwargs"],
        json!({"alpha": {"rating": 4.5}})
    );
    assert_eq!(
        instance(&env, "v", "beta#0")["kwargs"],
        json!({"alpha": {"rating": 4.5}})
    );
    env.json(&["session", "finish", "v", "beta#0"]);
    assert_eq!(code(&env.run(&["session", "skip", "v", "beta#0"])), 4);
}

fn scenario_unresolved_logs(env: Env) {
    configure(&env, "u", json!({"alpha": {"after": ["d"]}}));
    fire(&env, "u", "d", json!({}));
    env.json(&["session", "fail", "u", "alpha#0", "--log-level", "40"]);
    assert_eq!(
        names(&env.json(&["session", "instances", "u", "--unresolved-logs"])),
        vec!["alpha#0"]
    );
    env.json(&["session", "resolve-logs", "u", "alpha#0"]);
    assert_eq!(
        env.json(&["session", "instances", "u", "--unresolved-logs"]),
        json!([])
    );
}

fn scenario_names(env: Env) {
    configure(&env, "u", json!({"t": {"after": ["x"]}}));
    assert_eq!(
        env.json(&["session", "create-instance", "u", "t"])["name"],
        "t#0"
    );
    assert_eq!(
        env.json(&["session", "create-instance", "u", "t"])["name"],
        "t#1"
    );
    let clone = env.json(&["session", "clone-instance", "u", "t#0"]);
    assert_eq!(clone["name"], "t#2");
    assert_eq!(clone["metadata"], json!({"depth": 1, "parent": "t#0"}));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn session_run_is_a_local_runner_with_cascades_and_failures(env: Env) {
    configure(
        &env,
        "u",
        json!({
            "alpha": {"after": ["d"], "run": "a"}, "beta": {"after": ["alpha"], "run": "b"},
            "broken": {"after": ["d"], "run": "x"},
        }),
    );
    fire(&env, "u", "d", json!({"n": 1}));
    let command = format!(
        "if [ \"$STORECTL_TASK\" = broken ]; then echo nope >&2; exit 3; fi; {PASS_THROUGH}"
    );
    let report = env.json(&["session", "run", "u", "--command", &command]);
    let runs: Vec<(String, String)> = report["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["instance"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        runs.contains(&("alpha#0".into(), "finished".into())),
        "{runs:?}"
    );
    assert!(
        runs.contains(&("beta#0".into(), "finished".into())),
        "{runs:?}"
    );
    assert!(
        runs.contains(&("broken#0".into(), "failed".into())),
        "{runs:?}"
    );
    assert_eq!(
        instance(&env, "u", "beta#0")["metadata"]["result"],
        json!({"kwargs": {"alpha": {"kwargs": {"d": {"n": 1}}}}})
    );
    assert!(instance(&env, "u", "broken#0")["metadata"]["exceptionInfo"]
        .as_str()
        .unwrap()
        .contains("nope"));
}

fn status_metadata_export_import_and_delete(env: Env) {
    configure(
        &env,
        "u",
        json!({"alpha": {"after": ["d"], "custom": {"kept": true}}}),
    );
    fire(&env, "u", "d", json!({"k": "v"}));
    let changed = env.json(&[
        "session",
        "status",
        "u",
        "alpha#0",
        "waiting-for-review",
        "--metadata",
        "{\"who\": \"ops\"}",
    ]);
    assert_eq!(changed["status"], "waiting-for-review");
    let i = instance(&env, "u", "alpha#0");
    assert_eq!(i["metadata"]["who"], "ops");
    assert!(i["metadata"]["timestamps"]["waiting-for-review"].is_string());
    assert_eq!(
        env.json(&["session", "instances", "u", "--unresolved"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.json(&["session", "metadata", "u", "alpha#0", "{\"note\": 1}"]);
    let exported = env.json(&["session", "export", "u"]);
    assert_eq!(exported["tasks"]["alpha"]["custom"], json!({"kept": true}));
    assert_eq!(exported["metas"]["latest_kwargs"], json!({"d": {"k": "v"}}));
    assert!(exported["instances"]["alpha#0"].is_object());
    let other = Env::new();
    other.json_stdin(
        &["session", "import", "--uid", "copy"],
        &exported.to_string(),
    );
    let mut round = other.json(&["session", "export", "copy"]);
    round["uid"] = json!("u");
    assert_eq!(round, exported);
    assert_eq!(
        other.json(&["session", "create-instance", "copy", "alpha"])["name"],
        "alpha#1",
        "names are never reused"
    );
    assert_eq!(
        code(&other.run_stdin(&["session", "import"], &exported.to_string())),
        0,
        "the uid comes from the document"
    );
    assert_eq!(
        code(&other.run_stdin(&["session", "import"], &exported.to_string())),
        4
    );
    assert_eq!(code(&env.run_stdin(&["session", "delete", "u"], "")), 2);
    env.json(&["session", "delete", "u", "--yes"]);
    assert_eq!(code(&env.run(&["session", "show", "u"])), 3);
}

fn gc_removes_idle_sessions_but_not_locked_ones(env: Env) {
    configure(&env, "old", json!({"t": {"after": ["x"]}}));
    configure(&env, "held", json!({"t": {"after": ["x"]}}));
    env.json(&["--as", "ops", "lock", "acquire", "session:held"]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    configure(&env, "fresh", json!({"t": {"after": ["x"]}}));
    let report = env.json(&["session", "gc", "--idle", "1s"]);
    assert_eq!(report["deleted"], json!(["old"]));
    let left: Vec<Value> = env
        .json(&["session", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["uid"].clone())
        .collect();
    assert_eq!(left, vec![json!("fresh"), json!("held")]);
}

fn gc_idle_out_of_range_is_65_and_deletes_nothing(env: Env) {
    configure(&env, "fresh", json!({"t": {"after": ["x"]}}));
    let before = env.store_bytes();
    // The audit's wrap: 10^9 days deleted a session modified a second ago.
    for idle in [
        "1000000000d",
        "36501d",
        "3153600000001ms",
        "18446744073709551616",
        "-1s",
    ] {
        let out = env.run(&["session", "gc", "--idle", idle]);
        assert_eq!(code(&out), 65, "--idle {idle}");
        let message = error_doc(&out)["message"].as_str().unwrap().to_string();
        assert!(
            message.contains("--idle") && message.contains("0 to 36500d"),
            "--idle {idle}: {message}"
        );
    }
    assert!(
        env.store_bytes() == before,
        "a refused gc changed the store"
    );
    // The longest idle time keeps a session modified a moment ago; the shortest removes it.
    let report = env.json(&["session", "gc", "--idle", "36500d"]);
    assert_eq!(report["deleted"], json!([]));
    let report = env.json(&["session", "gc", "--idle", "0"]);
    assert_eq!(report["deleted"], json!(["fresh"]));
}

// --- bad input ---

fn unknown_uid_or_instance_is_3_and_bad_documents_are_65(env: Env) {
    assert_eq!(code(&env.run(&["session", "fire", "nope", "t"])), 3);
    assert_eq!(code(&env.run(&["session", "show", "nope"])), 3);
    configure(&env, "u", json!({"t": {"after": ["x"]}}));
    assert_eq!(code(&env.run(&["session", "instance", "u", "t#9"])), 3);
    assert_eq!(code(&env.run(&["session", "finish", "u", "t#9"])), 3);
    assert_eq!(
        code(&env.run(&["session", "create-instance", "u", "ghost"])),
        3
    );
    let out = env.run_stdin(
        &["session", "configure", "u"],
        "{\"bad\": {\"run\": \"x\"}}",
    );
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("task \"bad\": missing \"after\""));
    let doc = json!({"uid": "w", "tasks": {"t": {"after": []}}, "instances": {"ghost#0": {"task": "ghost", "status": "unstarted"}}, "metas": {}});
    let out = env.run_stdin(&["session", "import"], &doc.to_string());
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("\"ghost#0\""));
    assert_eq!(
        code(&env.run(&["session", "show", "w"])),
        3,
        "nothing stored"
    );
    assert_eq!(
        code(&env.run(&["session", "fire", "u", "x", "--kwargs", "[1]"])),
        65
    );
}

fn another_owners_session_lock_is_exit_75(env: Env) {
    configure(&env, "u", json!({"t": {"after": ["x"]}}));
    env.json(&["--as", "alice", "lock", "acquire", "session:u"]);
    assert_eq!(
        code(&env.run(&["--as", "bob", "session", "fire", "u", "x"])),
        75
    );
    assert_eq!(
        env.json(&["--as", "alice", "session", "fire", "u", "x"])["ready"][0]["instance"],
        "t#0"
    );
}

// --- concurrency ---

fn eight_processes_firing_at_once_lose_no_instance_or_kwargs(env: Env) {
    // Each process fires its own trigger 20 times; every fire of "p<N>" creates a new instance of
    // task "t<N>" (andEvery), and latest_kwargs keeps the last value each process fired.
    let tasks: serde_json::Map<String, Value> = (0..8)
        .map(|p| {
            (
                format!("t{p}"),
                json!({"after": [], "andEvery": format!("p{p}")}),
            )
        })
        .collect();
    configure(&env, "shared", Value::Object(tasks));
    let scripts: Vec<String> = (0..8)
        .map(|p| {
            let mut script = String::new();
            for i in 0..20 {
                script.push_str(&format!("\"$BIN\" session fire shared p{p} --kwargs '{{\"i\": {i}}}' >/dev/null || exit 1\n"));
            }
            script
        })
        .collect();
    run_workers_at_once(&env, scripts);
    let doc = env.json(&["session", "export", "shared"]);
    assert_eq!(doc["instances"].as_object().unwrap().len(), 160);
    for p in 0..8 {
        assert_eq!(
            doc["metas"]["latest_kwargs"][format!("p{p}")],
            json!({"i": 19})
        );
        for i in 0..20 {
            let name = format!("t{p}#{i}");
            assert!(doc["instances"].get(&name).is_some(), "{name} missing");
        }
    }
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// 200 scheduled instances, two `session run` processes started at once on one store, the
/// worker appending its instance's name to a file (O_APPEND): every instance runs exactly once,
/// and both runners end well (before the claim, both ran what they had read as scheduled, and
/// the second `finish` of an instance failed).
fn two_runners_run_every_instance_exactly_once(env: Env) {
    let tasks: serde_json::Map<String, Value> = (0..200)
        .map(|n| (format!("t{n:03}"), json!({"after": ["go"], "run": "x"})))
        .collect();
    configure(&env, "u", Value::Object(tasks));
    let fired = fire(&env, "u", "go", json!({}));
    assert_eq!(fired["ready"].as_array().unwrap().len(), 200);
    let log = env.path("runs.log");
    let worker = env.write(
        "worker.sh",
        &format!(
            "cat >/dev/null\nprintf '%s\\n' \"$STORECTL_INSTANCE\" >> '{}'\necho '{{}}'\n",
            log.display()
        ),
    );
    let runner = format!(
        "\"$BIN\" --json session run u --command 'sh {}' > /dev/null",
        worker.display()
    );
    run_workers_at_once(&env, vec![runner.clone(), runner]);
    let mut ran: Vec<String> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    ran.sort();
    let expected: Vec<String> = (0..200).map(|n| format!("t{n:03}#0")).collect();
    assert_eq!(ran, expected, "every instance once");
    let finished = env.json(&["session", "instances", "u", "--status", "finished"]);
    assert_eq!(finished.as_array().unwrap().len(), 200);
}

/// A runner that dies after claiming leaves its instance running under its claim: another
/// runner passes it over, unless --reclaim-after says the claim is stale; the claim never shows
/// in the session's document.
fn a_dead_runners_claim_is_taken_over_only_with_reclaim_after(env: Env) {
    configure(&env, "u", json!({"a": {"after": ["go"], "run": "x"}}));
    fire(&env, "u", "go", json!({}));
    let exported = env.json(&["session", "export", "u"]);
    let out = env
        .cmd()
        .args([
            "session",
            "run",
            "u",
            "--command",
            "cat >/dev/null; echo '{}'",
        ])
        .env("STORECTL_FAILPOINT", "session-run-claimed")
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "the runner was to die after its claim"
    );
    let claimed = instance(&env, "u", "a#0");
    assert_eq!(claimed["status"], json!("running"));
    // What Triggers stores, and nothing of storectl's claim.
    let doc = env.json(&["session", "export", "u"]);
    let keys: Vec<&String> = doc["instances"]["a#0"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(
        keys,
        exported["instances"]["a#0"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>()
    );
    assert!(!doc.to_string().contains("claim"), "{doc}");
    // A live claim (as far as anyone can tell) is left alone.
    let report = env.json(&["session", "run", "u", "--command", "exit 1"]);
    assert_eq!(report["runs"], json!([]));
    assert_eq!(instance(&env, "u", "a#0")["status"], json!("running"));
    let report = env.json(&[
        "session",
        "run",
        "u",
        "--reclaim-after",
        "1h",
        "--command",
        "exit 1",
    ]);
    assert_eq!(report["runs"], json!([]));
    // A stale one is taken over, with a warning, and runs.
    let out = env.run(&[
        "session",
        "run",
        "u",
        "--reclaim-after",
        "0s",
        "--command",
        "cat >/dev/null; echo '{\"ok\": 1}'",
    ]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("taking over the claim"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let done = instance(&env, "u", "a#0");
    assert_eq!(done["status"], json!("finished"));
    assert_eq!(done["metadata"]["result"], json!({"ok": 1}));
}

/// A live runner renews its claim while its command runs: a runner with --reclaim-after finds
/// it fresh however long the command has run, and the instance runs once.
fn a_live_runners_claim_is_renewed_and_never_taken_over(env: Env) {
    use std::io::{Read, Write};

    configure(&env, "u", json!({"a": {"after": ["go"], "run": "x"}}));
    fire(&env, "u", "go", json!({}));
    let fifo = |name: &str| {
        let path = env.path(name);
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        path
    };
    let (started, proceed) = (fifo("started"), fifo("proceed"));
    let log = env.path("runs.log");
    // Says it started, waits to be let go, records that it ran.
    let worker = env.write(
        "worker.sh",
        &format!(
            "cat >/dev/null\necho started > '{}'\nread line < '{}'\necho \"$STORECTL_INSTANCE\" >> '{}'\necho '{{}}'\n",
            started.display(),
            proceed.display(),
            log.display()
        ),
    );
    let command = format!("sh '{}'", worker.display());
    let first = env
        .std_cmd()
        .args([
            "session",
            "run",
            "u",
            "--reclaim-after",
            "1s",
            "--command",
            &command,
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut text = String::new();
    std::fs::File::open(&started)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text.trim(), "started");
    // Three times the reclaim time: a claim not renewed would be stale by now.
    std::thread::sleep(std::time::Duration::from_secs(3));
    let report = env.json(&[
        "session",
        "run",
        "u",
        "--reclaim-after",
        "1s",
        "--command",
        "cat >/dev/null; echo '{}'",
    ]);
    if report["runs"] != json!([]) {
        writeln!(std::fs::File::create(&proceed).unwrap(), "go").unwrap();
        panic!("the live runner's claim was taken over: {report}");
    }
    writeln!(std::fs::File::create(&proceed).unwrap(), "go").unwrap();
    let out = first.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "a#0\n");
    assert_eq!(instance(&env, "u", "a#0")["status"], json!("finished"));
}

/// A task that writes its whole output before it reads its input, both larger than a pipe's
/// buffer: the runner must feed stdin while it drains stdout, or both sides wait for ever.
#[test]
fn session_run_feeds_a_task_that_writes_before_it_reads_without_deadlock() {
    let env = Env::new();
    configure(&env, "u", json!({"big": {"after": ["d"], "run": "b"}}));
    let pad = "k".repeat(100_000);
    fire(&env, "u", "d", json!({ "pad": pad }));
    let command = "printf '{\"pad\":\"'; head -c 200000 /dev/zero | tr '\\0' x; printf '\"}'; \
                   wc -c > /dev/null";
    let child = env
        .std_cmd()
        .args(["--json", "session", "run", "u", "--command", command])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(child.wait_with_output().unwrap()));
    let Ok(out) = finished.recv_timeout(std::time::Duration::from_secs(60)) else {
        let _ = std::process::Command::new("kill")
            .arg(pid.to_string())
            .status();
        panic!("session run still waits after 60 s: runner and task deadlocked on pipes");
    };
    assert_eq!(out.status.code(), Some(0));
    let report = parse_json(&out.stdout);
    assert_eq!(report["runs"][0]["status"], "finished", "{report}");
    let instance = env.json(&["session", "instance", "u", "big#0"]);
    assert_eq!(
        instance["metadata"]["result"]["pad"].as_str().map(str::len),
        Some(200_000),
        "the task's whole output is its result"
    );
}

#[test]
fn session_run_stopped_by_max_runs_prints_the_runs_it_made_and_exits_4() {
    let env = Env::new();
    // a's result fires a, which makes a new b; b's fires b, which makes a new a: a cycle.
    configure(
        &env,
        "u",
        json!({"a": {"after": ["b"], "andEvery": "b"}, "b": {"after": ["a"], "andEvery": "a"}}),
    );
    fire(&env, "u", "b", json!({}));
    let out = env.run(&[
        "--json",
        "session",
        "run",
        "u",
        "--max-runs",
        "3",
        "--command",
        "echo '{}'",
    ]);
    assert_eq!(code(&out), 4, "{}", String::from_utf8_lossy(&out.stderr));
    let report = parse_json(&out.stdout);
    assert_eq!(report["stopped_at_max_runs"], true, "{report}");
    let runs = report["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 3, "{report}");
    assert!(runs.iter().all(|r| r["status"] == "finished"), "{report}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stopped after 3 runs"), "{stderr}");
    assert!(stderr.contains("--max-runs"), "{stderr}");
    // Unstopped, the report says so too.
    configure(&env, "v", json!({"t": {"after": ["d"]}}));
    fire(&env, "v", "d", json!({}));
    let done = env.json(&["session", "run", "v", "--command", "echo '{}'"]);
    assert_eq!(done["stopped_at_max_runs"], false, "{done}");
}
