//! The sessions face on documents Triggers 2.0 itself writes and reads (its `TaskConfig` and
//! `TaskInstance.serialize`, its manager's timestamps and skip metadata), and `session flush`,
//! which its test suite needs between tests (the cache backend's `cache.clear()`).

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env};

// Each runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    import_accepts_nulls_triggers_writes_and_exports_them_unchanged,
    configure_accepts_null_unless_with_params_and_and_every,
    metadata_bumps_last_modified_only,
    new_instances_have_no_unstarted_timestamp,
    skip_records_cascade_and_result_as_triggers_does,
    flush_deletes_every_session_with_yes_and_reports_them,
    flush_refuses_while_another_owner_holds_a_session_and_deletes_nothing,
);

/// A task config as Triggers' `TaskConfig.serialize` writes it: every field, `null` when absent.
fn triggers_task(after: &[&str]) -> Value {
    json!({
        "after": after,
        "unless": [],
        "andEvery": null,
        "run": "app.tasks.Import",
        "using": null,
        "withParams": {},
    })
}

/// A session as Triggers' `CacheStorageBackend._save` stores it (timestamps written as
/// storectl's Python backend writes Triggers' datetimes: RFC 3339 strings).
fn triggers_document() -> Value {
    let mut nulls = triggers_task(&["s"]);
    nulls["unless"] = Value::Null;
    nulls["withParams"] = Value::Null;
    json!({
        "tasks": {"t_alpha": triggers_task(&["s"]), "t_beta": nulls},
        "instances": {
            "t_alpha#0": {
                "abandonState": [],
                "kwargs": {"s": {}},
                "metadata": {"timestamps": {
                    "created": "2017-03-13T12:22:47Z",
                    "lastModified": "2017-03-13T12:22:47Z",
                    "finished": "2017-03-13T12:22:47Z",
                }},
                "status": "finished",
                "task": "t_alpha",
            }
        },
        "metas": {"latest_kwargs": {"s": {}}},
    })
}

fn import_accepts_nulls_triggers_writes_and_exports_them_unchanged(env: Env) {
    let doc = triggers_document();
    env.json_stdin(&["session", "import", "--uid", "u", "-"], &doc.to_string());
    let mut exported = env.json(&["session", "export", "u"]);
    assert_eq!(exported["uid"], "u");
    exported.as_object_mut().unwrap().remove("uid");
    assert_eq!(
        exported, doc,
        "a document Triggers wrote comes back as written"
    );
    // And the nulls mean "absent": beta runs with no withParams and no unless.
    let fired = env.json(&["session", "fire", "u", "s", "--kwargs", "{\"k\": 1}"]);
    assert_eq!(fired["ready"][0]["instance"], "t_beta#0");
    assert_eq!(fired["ready"][0]["trigger_kwargs"], json!({"s": {"k": 1}}));
}

fn configure_accepts_null_unless_with_params_and_and_every(env: Env) {
    let tasks =
        json!({"t": {"after": ["a"], "unless": null, "withParams": null, "andEvery": null}});
    env.json_stdin(&["session", "configure", "u", "-"], &tasks.to_string());
    let stored = env.json(&["session", "export", "u"]);
    assert_eq!(stored["tasks"]["t"], tasks["t"], "kept as written");
    // Not-null wrong types are still refused, naming the field.
    let before = env.store_bytes();
    let out = env.run_stdin(
        &["session", "configure", "u", "-"],
        &json!({"t": {"after": ["a"], "andEvery": 3}}).to_string(),
    );
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("\"andEvery\" must be a trigger name"));
    assert_eq!(env.store_bytes(), before);
}

fn metadata_bumps_last_modified_only(env: Env) {
    let mut doc = triggers_document();
    // Without nulls, so that this test proves the timestamps alone.
    doc["tasks"] = json!({"t_alpha": {"after": ["s"], "run": "app.tasks.Import"}});
    env.json_stdin(&["session", "import", "--uid", "u", "-"], &doc.to_string());
    env.json(&[
        "session",
        "metadata",
        "u",
        "t_alpha#0",
        "{\"foo\": \"bar\"}",
    ]);
    let i = env.json(&["session", "instance", "u", "t_alpha#0"]);
    let t = &i["metadata"]["timestamps"];
    assert_eq!(i["status"], "finished");
    assert_eq!(i["metadata"]["foo"], "bar");
    assert_ne!(t["lastModified"], "2017-03-13T12:22:47Z");
    assert_eq!(t["created"], "2017-03-13T12:22:47Z");
    assert_eq!(
        t["finished"], "2017-03-13T12:22:47Z",
        "the time it finished stays"
    );
}

fn new_instances_have_no_unstarted_timestamp(env: Env) {
    env.json_stdin(
        &["session", "configure", "u", "-"],
        &json!({"t": {"after": ["a", "b"]}}).to_string(),
    );
    env.json(&["session", "fire", "u", "a"]);
    env.json(&["session", "create-instance", "u", "t"]);
    for name in ["t#0", "t#1"] {
        let i = env.json(&["session", "instance", "u", name]);
        assert_eq!(i["status"], "unstarted");
        let t = i["metadata"]["timestamps"].as_object().unwrap();
        let mut keys: Vec<&str> = t.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["created", "lastModified"], "{name}");
    }
    // An explicit status change still stamps its status, as Triggers' update_instance_status.
    env.json(&["session", "status", "u", "t#0", "unstarted"]);
    let i = env.json(&["session", "instance", "u", "t#0"]);
    assert!(i["metadata"]["timestamps"]["unstarted"].is_string());
}

fn failed_alpha(env: &Env) {
    env.json_stdin(
        &["session", "configure", "u", "-"],
        &json!({"alpha": {"after": ["d"]}, "beta": {"after": ["alpha"]}}).to_string(),
    );
    env.json(&["session", "fire", "u", "d"]);
    env.json(&["session", "fail", "u", "alpha#0", "--error", "boom"]);
}

fn skip_records_cascade_and_result_as_triggers_does(env: Env) {
    failed_alpha(&env);
    env.json(&[
        "session",
        "skip",
        "u",
        "alpha#0",
        "--cascade",
        "--result",
        "{\"rating\": 4.5}",
    ]);
    let i = env.json(&["session", "instance", "u", "alpha#0"]);
    assert_eq!(i["metadata"]["cascade"], true);
    assert_eq!(i["metadata"]["result"], json!({"rating": 4.5}));

    let plain = Env::new();
    failed_alpha(&plain);
    plain.json(&["session", "skip", "u", "alpha#0"]);
    let i = plain.json(&["session", "instance", "u", "alpha#0"]);
    assert_eq!(i["metadata"]["cascade"], false);
    assert_eq!(i["metadata"]["result"], json!({}));
}

fn uids(env: &Env) -> Vec<Value> {
    env.json(&["session", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["uid"].clone())
        .collect()
}

fn flush_deletes_every_session_with_yes_and_reports_them(env: Env) {
    for uid in ["a", "b"] {
        env.json_stdin(
            &["session", "configure", uid, "-"],
            &json!({"t": {"after": ["x"]}}).to_string(),
        );
    }
    let before = env.store_bytes();
    assert_eq!(
        code(&env.run_stdin(&["session", "flush"], "")),
        2,
        "no --yes, no terminal"
    );
    let dry = env.json(&["session", "flush", "--dry-run"]);
    assert_eq!(dry, json!({"deleted": ["a", "b"], "dry_run": true}));
    assert_eq!(env.store_bytes(), before);
    let done = env.json(&["session", "flush", "--yes"]);
    assert_eq!(done, json!({"deleted": ["a", "b"], "dry_run": false}));
    assert!(uids(&env).is_empty());
    assert_eq!(
        env.json(&["session", "flush", "--yes"]),
        json!({"deleted": [], "dry_run": false})
    );
}

fn flush_refuses_while_another_owner_holds_a_session_and_deletes_nothing(env: Env) {
    for uid in ["a", "held"] {
        env.json_stdin(
            &["session", "configure", uid, "-"],
            &json!({"t": {"after": ["x"]}}).to_string(),
        );
    }
    env.json(&["--as", "worker", "lock", "acquire", "session:held"]);
    let before = env.store_bytes();
    let out = env.run(&["--as", "ops", "session", "flush", "--yes"]);
    assert_eq!(code(&out), 75);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("held"));
    assert_eq!(env.store_bytes(), before);
    // The holder itself may flush.
    let done = env.json(&["--as", "worker", "session", "flush", "--yes"]);
    assert_eq!(done["deleted"], json!(["a", "held"]));
}
