//! The namespaces face: the conformance scenarios of spec/namespaces.md, then the rest of the
//! commands, bad input and concurrency.

use serde_json::{json, Value};

use crate::common::{code, error_doc, stdout, Env};

// Every scenario runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    scenario_set_then_get_round_trips_and_rm_empties,
    scenario_missing_key_get_and_rm_exit_3_and_default_is_printed,
    scenario_two_namespaces_with_the_same_key_are_independent,
    scenario_overwrite_replaces_and_nested_values_round_trip_exactly,
    scenario_replace_with_a_non_object_or_invalid_json_exits_65_and_changes_nothing,
    scenario_replace_with_empty_object_empties_the_namespace,
    scenario_merge_of_empty_object_changes_nothing,
    scenario_eight_processes_merging_200_keys_each_keep_all_1600,
    merge_examples_from_the_spec,
    merge_arrays_replace_and_json_merge_patch,
    merge_of_a_non_object_exits_65,
    set_string_file_and_invalid_json_value,
    rm_is_all_or_nothing_unless_ignore_missing,
    list_keys_len_and_dump_formats,
    create_lists_an_empty_namespace_and_drop_removes_it,
    drop_needs_yes_when_stdin_is_not_a_terminal,
    copy_and_rename_refuse_a_non_empty_destination_without_force,
    dry_run_reports_and_writes_nothing,
    export_and_import_round_trip_every_namespace,
    import_of_a_bad_record_names_record_and_line_and_stores_nothing,
    import_in_batches_commits_whole_batches_and_reports_them,
    import_of_repeated_and_existing_keys_keeps_the_last_value_and_exact_counts,
);

// --- Conformance scenarios (errbot tests and contract) ---

fn scenario_set_then_get_round_trips_and_rm_empties(env: Env) {
    env.json(&["namespace", "set", "ns", "toto", "\"titui\""]);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "toto"]),
        json!("titui")
    );
    env.json(&["namespace", "set", "ns", "clé ünïcødé 🔑", "\"välue 値\""]);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "clé ünïcødé 🔑"]),
        json!("välue 値")
    );
    env.json(&["namespace", "rm", "ns", "toto", "clé ünïcødé 🔑"]);
    let out = env.run(&["namespace", "get", "ns", "toto"]);
    assert_eq!(code(&out), 3);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(0));
}

fn scenario_missing_key_get_and_rm_exit_3_and_default_is_printed(env: Env) {
    env.json(&["namespace", "set", "ns", "present", "1"]);
    let out = env.run(&["namespace", "get", "ns", "absent"]);
    assert_eq!(code(&out), 3);
    let err = error_doc(&out);
    assert_eq!(err["kind"], "not_found");
    assert_eq!(
        err["message"],
        "key \"absent\" not found in namespace \"ns\""
    );
    assert!(err["hint"]
        .as_str()
        .unwrap()
        .contains("storectl namespace keys ns"));
    assert_eq!(code(&env.run(&["namespace", "rm", "ns", "absent"])), 3);
    assert_eq!(
        env.json(&[
            "namespace",
            "get",
            "ns",
            "absent",
            "--default",
            "{\"d\": [1]}"
        ]),
        json!({"d": [1]})
    );
    assert_eq!(
        code(&env.run(&["namespace", "get", "ns", "absent", "--default", "nope"])),
        65
    );
}

fn scenario_two_namespaces_with_the_same_key_are_independent(env: Env) {
    env.json(&["namespace", "set", "a", "k", "1"]);
    env.json(&["namespace", "set", "b", "k", "2"]);
    assert_eq!(env.json(&["namespace", "get", "a", "k"]), json!(1));
    assert_eq!(env.json(&["namespace", "get", "b", "k"]), json!(2));
    env.json(&["namespace", "rm", "a", "k"]);
    assert_eq!(env.json(&["namespace", "get", "b", "k"]), json!(2));
}

fn scenario_overwrite_replaces_and_nested_values_round_trip_exactly(env: Env) {
    env.json(&["namespace", "set", "ns", "k", "\"first\""]);
    let report = env.json(&["namespace", "set", "ns", "k", "\"second\""]);
    assert_eq!(report["changed"], json!(["k"]));
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!("second"));
    // Key order, big integers and decimals exactly as given (never through a float).
    let text = r#"{"z":1,"a":{"y":[1,{"b":2,"a":1}],"x":null},"big":123456789012345678901234567890,"dec":1.10,"e":-0.5e-7}"#;
    env.json(&["namespace", "set", "ns", "doc", text]);
    let out = env.run(&["namespace", "get", "ns", "doc"]);
    assert_eq!(stdout(&out).trim_end(), text);
}

fn scenario_replace_with_a_non_object_or_invalid_json_exits_65_and_changes_nothing(env: Env) {
    env.json(&["namespace", "set", "ns", "keep", "{\"a\": 1}"]);
    let before = env.store_bytes();
    for input in ["[1,2]", "{\"a\": ", "not json", "\"text\"", ""] {
        let out = env.run_stdin(&["namespace", "replace", "ns"], input);
        assert_eq!(code(&out), 65, "input {input:?}");
        assert_eq!(error_doc(&out)["kind"], "bad_input");
    }
    let file = env.write("array.json", "[1,2]");
    let out = env.run(&["namespace", "replace", "ns", file.to_str().unwrap()]);
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("got an array"));
    assert_eq!(env.store_bytes(), before, "the store's bytes changed");
    assert_eq!(
        env.json(&["namespace", "dump", "ns"]),
        json!({"keep": {"a": 1}})
    );
}

fn scenario_replace_with_empty_object_empties_the_namespace(env: Env) {
    env.json(&["namespace", "set", "ns", "a", "1"]);
    env.json(&["namespace", "set", "ns", "b", "2"]);
    let report = env.json_stdin(&["namespace", "replace", "ns", "-"], "{}");
    assert_eq!(report["removed"], json!(["a", "b"]));
    assert_eq!(env.json(&["namespace", "dump", "ns"]), json!({}));
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(0));
}

fn scenario_merge_of_empty_object_changes_nothing(env: Env) {
    env.json(&["namespace", "set", "ns", "a", "[1]"]);
    let before = env.json(&["namespace", "dump", "ns"]);
    let report = env.json_stdin(&["namespace", "merge", "ns"], "{}");
    assert_eq!(
        report,
        json!({"namespace": "ns", "added": [], "changed": [], "removed": [], "dry_run": false})
    );
    assert_eq!(env.json(&["namespace", "dump", "ns"]), before);
}

fn scenario_eight_processes_merging_200_keys_each_keep_all_1600(env: Env) {
    env.json(&["init"]);
    let children: Vec<_> = (0..8)
        .map(|p| {
            let doc: serde_json::Map<String, Value> = (0..200)
                .map(|k| (format!("p{p}-k{k}"), json!({"p": p, "k": k})))
                .collect();
            let file = env.write(&format!("merge{p}.json"), &Value::Object(doc).to_string());
            let mut cmd = env.std_cmd();
            cmd.args(["namespace", "merge", "shared", file.to_str().unwrap()])
                .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "30000")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a merge failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.json(&["namespace", "len", "shared"]), json!(1600));
    let dump = env.json(&["namespace", "dump", "shared"]);
    assert_eq!(dump.as_object().unwrap().len(), 1600);
    assert_eq!(dump["p7-k199"], json!({"p": 7, "k": 199}));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

// --- merge semantics ---

fn merge_examples_from_the_spec(env: Env) {
    env.json(&[
        "namespace",
        "set",
        "core",
        "configs",
        r#"{"Webserver": {"PORT": 8888, "HOST": "h"}}"#,
    ]);
    env.json(&["namespace", "set", "core", "rooms", r##"["#a"]"##]);
    env.json_stdin(
        &["namespace", "merge", "core"],
        r##"{"configs": {"Webserver": {"PORT": 9999}}, "rooms": ["#b"], "n": 5}"##,
    );
    assert_eq!(
        env.json(&["namespace", "dump", "core"]),
        json!({"configs": {"Webserver": {"PORT": 9999, "HOST": "h"}}, "n": 5, "rooms": ["#a", "#b"]})
    );
}

fn merge_arrays_replace_and_json_merge_patch(env: Env) {
    env.json(&["namespace", "set", "ns", "list", "[1, 2]"]);
    env.json(&["namespace", "set", "ns", "obj", r#"{"a": 1, "b": 2}"#]);
    env.json_stdin(
        &["namespace", "merge", "ns", "--arrays", "replace"],
        r#"{"list": [3]}"#,
    );
    assert_eq!(env.json(&["namespace", "get", "ns", "list"]), json!([3]));
    let report = env.json_stdin(
        &["namespace", "merge", "ns", "--strategy", "json-merge-patch"],
        r#"{"list": null, "obj": {"a": null, "c": 3}, "new": {"x": null, "y": 1}}"#,
    );
    assert_eq!(report["removed"], json!(["list"]));
    assert_eq!(report["added"], json!(["new"]));
    assert_eq!(report["changed"], json!(["obj"]));
    assert_eq!(
        env.json(&["namespace", "dump", "ns"]),
        json!({"new": {"y": 1}, "obj": {"b": 2, "c": 3}})
    );
}

fn merge_of_a_non_object_exits_65(env: Env) {
    let out = env.run_stdin(&["namespace", "merge", "ns"], "[1]");
    assert_eq!(code(&out), 65);
}

// --- the other commands ---

fn set_string_file_and_invalid_json_value(env: Env) {
    env.json(&[
        "namespace",
        "set",
        "ns",
        "s",
        "--string",
        "plain \"text\"\n",
    ]);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "s"]),
        json!("plain \"text\"\n")
    );
    let file = env.write("v.json", "{\"from\": \"file\"}\n");
    env.json(&[
        "namespace",
        "set",
        "ns",
        "f",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "f"]),
        json!({"from": "file"})
    );
    let out = env
        .cmd()
        .args(["namespace", "set", "ns", "stdin", "--file", "-"])
        .write_stdin("[true]")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "stdin"]),
        json!([true])
    );
    let out = env.run(&["namespace", "set", "ns", "bad", "hello"]);
    assert_eq!(code(&out), 65);
    let err = error_doc(&out);
    assert!(err["message"].as_str().unwrap().contains("not valid JSON"));
    assert!(err["hint"].as_str().unwrap().contains("--string"));
    assert_eq!(
        code(&env.run(&["namespace", "set", "ns", "x", "--file", "missing.json"])),
        66
    );
    assert_eq!(code(&env.run(&["namespace", "set", "ns", "", "1"])), 65);
    assert_eq!(code(&env.run(&["namespace", "set", "", "k", "1"])), 65);
    assert_eq!(
        code(&env.run(&["namespace", "set", "bad\u{7}ns", "k", "1"])),
        65
    );
}

fn rm_is_all_or_nothing_unless_ignore_missing(env: Env) {
    env.json(&["namespace", "set", "ns", "a", "1"]);
    env.json(&["namespace", "set", "ns", "b", "2"]);
    let out = env.run(&["namespace", "rm", "ns", "a", "zzz", "b"]);
    assert_eq!(code(&out), 3);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(2));
    let report = env.json(&["namespace", "rm", "ns", "a", "zzz", "--ignore-missing"]);
    assert_eq!(report["removed"], json!(["a"]));
    assert_eq!(env.json(&["namespace", "keys", "ns"]), json!(["b"]));
}

fn list_keys_len_and_dump_formats(env: Env) {
    for key in ["beta", "alpha", "alpine", "gamma"] {
        env.json(&["namespace", "set", "ns", key, &format!("\"{key}\"")]);
    }
    env.json(&["namespace", "set", "other", "x", "12345"]);
    assert_eq!(
        env.json(&["namespace", "keys", "ns"]),
        json!(["alpha", "alpine", "beta", "gamma"])
    );
    assert_eq!(
        env.json(&["namespace", "keys", "ns", "--prefix", "alp"]),
        json!(["alpha", "alpine"])
    );
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(4));
    assert_eq!(env.json(&["namespace", "len", "nowhere"]), json!(0));
    assert_eq!(
        env.json(&["namespace", "list"]),
        json!([
            {"namespace": "ns", "keys": 4, "value_bytes": 28},
            {"namespace": "other", "keys": 1, "value_bytes": 5}
        ])
    );
    let out = env.run(&["namespace", "dump", "ns", "--format", "ndjson"]);
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0], json!({"key": "alpha", "value": "alpha"}));
    assert_eq!(lines.len(), 4);
    assert_eq!(env.json(&["namespace", "dump", "nowhere"]), json!({}));
}

fn create_lists_an_empty_namespace_and_drop_removes_it(env: Env) {
    assert_eq!(
        env.json(&["namespace", "create", "empty"])["created"],
        json!(true)
    );
    assert_eq!(
        env.json(&["namespace", "list"]),
        json!([{"namespace": "empty", "keys": 0, "value_bytes": 0}])
    );
    assert_eq!(
        env.json(&["namespace", "create", "empty"])["created"],
        json!(false)
    );
    let report = env.json(&["namespace", "drop", "empty", "--yes"]);
    assert_eq!(report["keys"], json!(0));
    assert_eq!(env.json(&["namespace", "list"]), json!([]));
}

fn drop_needs_yes_when_stdin_is_not_a_terminal(env: Env) {
    env.json(&["namespace", "set", "ns", "a", "1"]);
    let out = env.run_stdin(&["namespace", "drop", "ns"], "");
    assert_eq!(code(&out), 2);
    assert!(error_doc(&out)["hint"].as_str().unwrap().contains("--yes"));
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(1));
    let dry = env.json(&["namespace", "drop", "ns", "--dry-run"]);
    assert_eq!(
        dry,
        json!({"namespace": "ns", "dropped": true, "keys": 1, "dry_run": true})
    );
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(1));
    env.json(&["namespace", "drop", "ns", "--yes"]);
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(0));
    assert_eq!(code(&env.run(&["namespace", "drop", "ns", "--yes"])), 3);
}

fn copy_and_rename_refuse_a_non_empty_destination_without_force(env: Env) {
    env.json(&["namespace", "set", "src", "a", "1"]);
    env.json(&["namespace", "set", "src", "b", "2"]);
    env.json(&["namespace", "set", "dst", "old", "0"]);
    let out = env.run(&["namespace", "copy", "src", "dst"]);
    assert_eq!(code(&out), 4);
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("--force"));
    let report = env.json(&["namespace", "copy", "src", "dst", "--force"]);
    assert_eq!(report["keys"], json!(2));
    assert_eq!(report["replaced"], json!(1));
    assert_eq!(
        env.json(&["namespace", "dump", "dst"]),
        json!({"a": 1, "b": 2})
    );
    assert_eq!(code(&env.run(&["namespace", "rename", "src", "dst"])), 4);
    env.json(&["namespace", "rename", "src", "moved"]);
    assert_eq!(env.json(&["namespace", "len", "src"]), json!(0));
    assert_eq!(
        env.json(&["namespace", "dump", "moved"]),
        json!({"a": 1, "b": 2})
    );
    assert_eq!(code(&env.run(&["namespace", "rename", "ghost", "x"])), 3);
    assert_eq!(code(&env.run(&["namespace", "copy", "moved", "moved"])), 4);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn dry_run_reports_and_writes_nothing(env: Env) {
    env.json(&["namespace", "set", "ns", "a", "1"]);
    env.json(&["namespace", "set", "ns", "b", "[1]"]);
    let before = env.store_bytes();
    let report = env.json(&["namespace", "set", "ns", "c", "3", "--dry-run"]);
    assert_eq!(
        report,
        json!({"namespace": "ns", "added": ["c"], "changed": [], "removed": [], "dry_run": true})
    );
    let report = env.json_stdin(
        &["namespace", "merge", "ns", "--dry-run"],
        r#"{"b": [2], "d": 4}"#,
    );
    assert_eq!(
        (report["added"].clone(), report["changed"].clone()),
        (json!(["d"]), json!(["b"]))
    );
    let report = env.json_stdin(&["namespace", "replace", "ns", "--dry-run"], r#"{"a": 1}"#);
    assert_eq!(report["removed"], json!(["b"]));
    env.json(&["namespace", "rm", "ns", "a", "--dry-run"]);
    env.json(&["namespace", "copy", "ns", "ns2", "--dry-run"]);
    env.json(&["namespace", "rename", "ns", "ns3", "--dry-run"]);
    env.json(&["namespace", "create", "ns4", "--dry-run"]);
    let report = env.json_stdin(
        &["namespace", "import", "--dry-run"],
        "{\"namespace\":\"ns\",\"key\":\"z\",\"value\":1}\n{\"namespace\":\"ns\",\"key\":\"a\",\"value\":2}\n",
    );
    assert_eq!(
        (report["added"].clone(), report["updated"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(env.store_bytes(), before, "a dry run changed the store");
    assert_eq!(
        env.json(&["namespace", "dump", "ns"]),
        json!({"a": 1, "b": [1]})
    );
}

fn export_and_import_round_trip_every_namespace(env: Env) {
    env.json(&[
        "namespace",
        "set",
        "one",
        "k",
        r#"{"nested": [1, "two", null]}"#,
    ]);
    env.json(&["namespace", "set", "two", "ключ", "\"значение\""]);
    env.json(&["namespace", "create", "empty"]);
    let out = env.run(&["namespace", "export"]);
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 2, "export is NDJSON: {text}");
    let other = Env::new();
    let report = other.json_stdin(&["namespace", "import"], &text);
    assert_eq!(report["records"], json!(2));
    assert_eq!(report["added"], json!(2));
    for ns in ["one", "two"] {
        assert_eq!(
            other.json(&["namespace", "dump", ns]),
            env.json(&["namespace", "dump", ns])
        );
    }
    let some = env.run(&["namespace", "export", "two"]);
    assert_eq!(stdout(&some).lines().count(), 1);
    assert_eq!(code(&env.run(&["namespace", "export", "ghost"])), 3);
    let array = env.json(&["namespace", "export", "--format", "json"]);
    assert_eq!(array.as_array().unwrap().len(), 2);
    let report = other.json_stdin(&["namespace", "import", "-"], &array.to_string());
    assert_eq!(report["updated"], json!(2));
}

fn import_of_a_bad_record_names_record_and_line_and_stores_nothing(env: Env) {
    let input = "{\"namespace\":\"ns\",\"key\":\"a\",\"value\":1}\n\n{\"namespace\":\"ns\",\"key\":\"b\"}\n";
    let out = env.run_stdin(&["namespace", "import"], input);
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 2 (line 3): missing field \"value\""),
        "{message}"
    );
    assert!(message.contains("nothing was stored"), "{message}");
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(0));
    let out = env.run_stdin(
        &["namespace", "import"],
        "{\"namespace\":\"ns\",\"key\":\"a\",\"value\":1}\n{oops}\n",
    );
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("record 2 (line 2, column 2): invalid JSON"));
    let out = env.run_stdin(
        &["namespace", "import"],
        "{\"namespace\":\"ns\",\"key\":\"a\",\"value\":1,\"extra\":2}\n",
    );
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("unknown field \"extra\""));
}

/// An import of one group of entries (namespaces_import.rs has imports of several) with keys
/// that come again, keys that exist with the same or another value, a namespace that exists and
/// one the import creates: the last value wins, the report and the maintained counts are exact.
fn import_of_repeated_and_existing_keys_keeps_the_last_value_and_exact_counts(env: Env) {
    env.json(&["namespace", "set", "a", "same", "1"]);
    env.json(&["namespace", "set", "a", "other", "1"]);
    let mut records = Vec::new();
    for i in 0..12_000u64 {
        let ns = if i % 3 == 0 { "b" } else { "a" };
        records.push(json!({"namespace": ns, "key": format!("k{}", i % 7_000), "value": i}));
    }
    records.push(json!({"namespace": "a", "key": "same", "value": 1}));
    records.push(json!({"namespace": "a", "key": "other", "value": "changed"}));
    records.push(json!({"namespace": "a", "key": "k1", "value": "last"}));
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    let report = env.json_stdin(&["namespace", "import"], &text);
    // The last record of each (namespace, key) wins.
    let mut want: std::collections::BTreeMap<(String, String), Value> = Default::default();
    want.insert(("a".into(), "same".into()), json!(1));
    for r in &records {
        let key = (
            r["namespace"].as_str().unwrap().to_string(),
            r["key"].as_str().unwrap().to_string(),
        );
        want.insert(key, r["value"].clone());
    }
    let added = want.len() as u64 - 2;
    assert_eq!(report["records"], json!(records.len()), "{report}");
    assert_eq!(report["added"], json!(added), "{report}");
    assert_eq!(
        report["updated"],
        json!(records.len() as u64 - added),
        "{report}"
    );
    for ns in ["a", "b"] {
        let dump = env.json(&["namespace", "dump", ns]);
        let expected: serde_json::Map<String, Value> = want
            .iter()
            .filter(|((n, _), _)| n == ns)
            .map(|((_, k), v)| (k.clone(), v.clone()))
            .collect();
        assert_eq!(dump, Value::Object(expected), "namespace {ns}");
        let keys = dump.as_object().unwrap().len();
        let bytes: usize = dump
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.to_string().len())
            .sum();
        let listed = env.json(&["namespace", "list"]);
        let entry = listed
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["namespace"] == ns)
            .unwrap();
        assert_eq!(entry["keys"], json!(keys), "{entry}");
        assert_eq!(entry["value_bytes"], json!(bytes), "{entry}");
    }
    assert_eq!(env.json(&["namespace", "get", "a", "k1"]), json!("last"));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn import_in_batches_commits_whole_batches_and_reports_them(env: Env) {
    let mut input = String::new();
    for i in 0..10 {
        input.push_str(&format!(
            "{{\"namespace\":\"ns\",\"key\":\"k{i}\",\"value\":{i}}}\n"
        ));
    }
    input.push_str("{\"namespace\":\"ns\",\"key\":\"\",\"value\":0}\n");
    let out = env.run_stdin(&["namespace", "import", "--batch-size", "4"], &input);
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("8 records committed in earlier batches"),
        "{message}"
    );
    assert!(message.contains("record 11 (line 11)"), "{message}");
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(8));
    let good: String = input.lines().take(10).map(|l| format!("{l}\n")).collect();
    let report = env.json_stdin(&["namespace", "import", "--batch-size", "3"], &good);
    assert_eq!(
        (report["records"].clone(), report["added"].clone()),
        (json!(10), json!(2))
    );
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(10));
}

/// A producer that pauses between records: with `--batch-size 1` each record is committed, and
/// while the import waits for the next one it holds no lock, so a one-shot writer that waits for
/// none gets in.
#[cfg(unix)]
#[test]
fn a_chunked_import_holds_no_write_lock_while_it_waits_for_input() {
    use crate::common::poll_until;
    use crate::serve::{one_shot_set, Served};
    let env = Env::new();
    // The store exists before the import starts: a reader never races its creation.
    env.json(&["init"]);
    let mut import = Served::start_args(&env, &["namespace", "import", "-", "--batch-size", "1"]);
    import.send_raw("{\"namespace\": \"ns\", \"key\": \"a\", \"value\": 1}\n");
    poll_until("the first record's commit", || {
        env.json(&["namespace", "len", "ns"]) == json!(1)
    });
    one_shot_set(&env, "other", "k", "2");
    import.send_raw("{\"namespace\": \"ns\", \"key\": \"b\", \"value\": 2}\n");
    let (exit, out) = import.finish();
    assert_eq!(exit, 0);
    let done: Value = serde_json::from_str(&out.concat()).unwrap();
    assert_eq!(
        (&done["records"], &done["added"], &done["namespaces"]),
        (&json!(2), &json!(2), &json!({"ns": 2}))
    );
    assert_eq!(env.json(&["namespace", "get", "other", "k"]), json!(2));
}
