//! Opaque values of the namespaces face: bytes JSON cannot carry (a Python pickle from the
//! Errbot plugin), stored losslessly, shown as a tag in JSON and as a placeholder to a person,
//! and never made from a plain JSON object by accident.

use serde_json::{json, Value};

use crate::common::{code, error_doc, stdout, Env};

/// Every byte value once, so that no encoding step can lose one.
fn all_bytes() -> Vec<u8> {
    (0..=255u8).rev().collect()
}

fn tag(bytes: &[u8]) -> Value {
    use base64::Engine;
    json!({"$opaque": {
        "type": "python-pickle",
        "bytes": bytes.len(),
        "base64": base64::engine::general_purpose::STANDARD.encode(bytes),
    }})
}

fn set_opaque(env: &Env, ns: &str, key: &str, bytes: &[u8]) -> Value {
    let path = env.path("value.bin");
    std::fs::write(&path, bytes).unwrap();
    env.json(&[
        "namespace",
        "set",
        ns,
        key,
        "--opaque",
        "python-pickle",
        "--file",
        path.to_str().unwrap(),
    ])
}

#[test]
fn set_opaque_from_a_file_then_get_and_dump_show_the_tag_in_json() {
    let env = Env::new();
    let report = set_opaque(&env, "Plugin", "state", &all_bytes());
    assert_eq!(report["added"], json!(["state"]));
    env.json(&["namespace", "set", "Plugin", "plain", "{\"n\": 1}"]);
    assert_eq!(
        env.json(&["namespace", "get", "Plugin", "state"]),
        tag(&all_bytes())
    );
    assert_eq!(
        env.json(&["namespace", "dump", "Plugin"]),
        json!({"plain": {"n": 1}, "state": tag(&all_bytes())})
    );
    // Setting the same bytes again is no change.
    let again = set_opaque(&env, "Plugin", "state", &all_bytes());
    assert_eq!(
        (again["added"].clone(), again["changed"].clone()),
        (json!([]), json!([]))
    );
}

#[test]
fn get_raw_writes_the_exact_bytes_back_and_serve_refuses_it() {
    let env = Env::new();
    set_opaque(&env, "Plugin", "state", &all_bytes());
    env.json(&["namespace", "set", "Plugin", "plain", "[1E5]"]);
    let out = env.run(&["namespace", "get", "Plugin", "state", "--raw"]);
    assert_eq!(code(&out), 0);
    assert!(out.stdout == all_bytes(), "the bytes, exactly");
    let out = env.run(&["namespace", "get", "Plugin", "plain", "--raw"]);
    assert_eq!(stdout(&out), "[1E5]");
    let served = env.run_stdin(
        &["serve"],
        &format!(
            "{}\n",
            json!({"cmd": ["namespace", "get", "Plugin", "state", "--raw"]})
        ),
    );
    let response: Value = serde_json::from_str(stdout(&served).trim()).unwrap();
    assert_eq!(response["error"]["kind"], json!("usage"), "{response}");
}

#[test]
fn a_terminal_and_tsv_show_a_placeholder_not_the_bytes() {
    let env = Env::new();
    set_opaque(&env, "Plugin", "state", b"\x80\x04K\x01.");
    env.json(&["namespace", "set", "Plugin", "plain", "\"text\""]);
    let get = env.run(&["--format", "table", "namespace", "get", "Plugin", "state"]);
    assert_eq!(stdout(&get), "<opaque python-pickle, 5 bytes>\n");
    let tsv = env.run(&["--format", "tsv", "namespace", "dump", "Plugin"]);
    assert_eq!(
        stdout(&tsv),
        "plain\ttext\nstate\t<opaque python-pickle, 5 bytes>\n"
    );
    let table = stdout(&env.run(&["--format", "table", "namespace", "dump", "Plugin"]));
    assert!(table.contains("<opaque python-pickle, 5 bytes>"), "{table}");
    assert!(!table.contains("base64"), "{table}");
}

#[test]
fn export_then_import_with_opaque_tags_round_trips_the_bytes() {
    let env = Env::new();
    set_opaque(&env, "Plugin", "state", &all_bytes());
    env.json(&["namespace", "set", "Plugin", "plain", "[1, 1E5]"]);
    let export = stdout(&env.run(&["namespace", "export"]));

    let other = Env::new();
    let done = other.json_stdin(&["namespace", "import", "--opaque-tags", "-"], &export);
    assert_eq!(done["records"], json!(2));
    assert_eq!(stdout(&other.run(&["namespace", "export"])), export);
    assert_eq!(
        other.json(&["namespace", "get", "Plugin", "state"]),
        tag(&all_bytes())
    );
}

#[test]
fn replace_and_set_read_the_tag_only_with_opaque_tags() {
    let env = Env::new();
    let doc = json!({"state": tag(b"abc"), "plain": true}).to_string();
    env.json(&["namespace", "set", "Plugin", "old", "1"]);
    let before = env.store_bytes();
    let out = env.run_stdin(&["namespace", "replace", "Plugin", "-"], &doc);
    assert_eq!(code(&out), 65);
    let err = error_doc(&out);
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("the form reserved for opaque values"));
    assert!(err["hint"].as_str().unwrap().contains("--opaque-tags"));
    assert!(env.store_bytes() == before, "a refusal changes nothing");

    env.json_stdin(
        &["namespace", "replace", "--opaque-tags", "Plugin", "-"],
        &doc,
    );
    assert_eq!(
        env.json(&["namespace", "get", "Plugin", "state"]),
        tag(b"abc")
    );

    // `set` with the tag as VALUE: the same rule.
    let value = tag(b"xyz").to_string();
    assert_eq!(
        code(&env.run(&["namespace", "set", "Plugin", "k", &value])),
        65
    );
    env.json(&["namespace", "set", "--opaque-tags", "Plugin", "k", &value]);
    assert_eq!(env.json(&["namespace", "get", "Plugin", "k"]), tag(b"xyz"));
    // Without "bytes" the tag is read too, and printed with it.
    env.json(&[
        "namespace",
        "set",
        "--opaque-tags",
        "Plugin",
        "short",
        r#"{"$opaque": {"type": "python-pickle", "base64": "eHl6"}}"#,
    ]);
    assert_eq!(
        env.json(&["namespace", "get", "Plugin", "short"]),
        tag(b"xyz")
    );
}

#[test]
fn a_plain_object_that_looks_like_the_tag_is_refused_and_nothing_changes() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let before = env.store_bytes();
    for value in [
        r#"{"$opaque": "not a tag"}"#,
        r#"{"$opaque": {"type": "python-pickle", "base64": "eHl6"}}"#,
    ] {
        let out = env.run(&["namespace", "set", "ns", "k", value]);
        assert_eq!(code(&out), 65, "{value}");
        assert!(env.store_bytes() == before, "{value}");
    }
    // Malformed tags stay refused with --opaque-tags, naming the fault.
    for (value, fault) in [
        (r#"{"$opaque": "not a tag"}"#, "must hold an object"),
        (
            r#"{"$opaque": {"type": "python-pickle", "base64": "eHl6", "bytes": 4}}"#,
            "\"bytes\" is 4 but \"base64\" holds 3 bytes",
        ),
        (
            r#"{"$opaque": {"type": "Pickle!", "base64": ""}}"#,
            "not a type name",
        ),
    ] {
        let out = env.run(&["namespace", "set", "--opaque-tags", "ns", "k", value]);
        assert_eq!(code(&out), 65, "{value}");
        let message = error_doc(&out)["message"].as_str().unwrap().to_string();
        assert!(message.contains(fault), "{message}");
        assert!(env.store_bytes() == before, "{value}");
    }
    // An object with "$opaque" beside another key is plain JSON.
    env.json(&["namespace", "set", "ns", "k2", r#"{"$opaque": 1, "x": 2}"#]);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "k2"]),
        json!({"$opaque": 1, "x": 2})
    );
    // An import of such a value is refused as a whole.
    let out = env.run_stdin(
        &["namespace", "import", "-"],
        "{\"namespace\":\"ns\",\"key\":\"a\",\"value\":2}\n{\"namespace\":\"ns\",\"key\":\"b\",\"value\":{\"$opaque\":{}}}\n",
    );
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("record 2 (line 2)"));
    assert_eq!(code(&env.run(&["namespace", "get", "ns", "a"])), 3);
}

#[test]
fn a_merge_replaces_an_opaque_value_and_never_builds_a_tag() {
    let env = Env::new();
    set_opaque(&env, "ns", "state", b"abc");
    // Deep merge of an object onto an opaque value: the object replaces it (no "$opaque" key
    // merged with others).
    env.json_stdin(&["namespace", "merge", "ns", "-"], r#"{"state": {"n": 1}}"#);
    assert_eq!(
        env.json(&["namespace", "get", "ns", "state"]),
        json!({"n": 1})
    );

    // Merge patch that would leave only "$opaque": refused without --opaque-tags.
    env.json(&["namespace", "set", "ns", "obj", r#"{"$opaque": 1, "x": 2}"#]);
    let before = env.store_bytes();
    let out = env.run_stdin(
        &[
            "namespace",
            "merge",
            "--strategy",
            "json-merge-patch",
            "ns",
            "-",
        ],
        r#"{"obj": {"x": null}}"#,
    );
    assert_eq!(code(&out), 65);
    assert!(env.store_bytes() == before);

    // null in a merge patch removes an opaque value like any other.
    set_opaque(&env, "ns", "gone", b"abc");
    let done = env.json_stdin(
        &[
            "namespace",
            "merge",
            "--strategy",
            "json-merge-patch",
            "ns",
            "-",
        ],
        r#"{"gone": null}"#,
    );
    assert_eq!(done["removed"], json!(["gone"]));
}

#[test]
fn opaque_bytes_from_serve_stdin_base64_and_check_is_clean() {
    let env = Env::new();
    let request = json!({"id": 1, "cmd": ["namespace", "set", "P", "k", "--opaque", "python-pickle", "--file", "-"], "stdin": {"$base64": "gARLAS4="}});
    let out = env.run_stdin(
        &["serve"],
        &format!(
            "{request}\n{}\n",
            json!({"id": 2, "cmd": ["namespace", "get", "P", "k"]})
        ),
    );
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["ok"]["added"], json!(["k"]));
    assert_eq!(lines[1]["ok"], tag(b"\x80\x04K\x01."));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    // --opaque needs the bytes from --file.
    assert_eq!(
        code(&env.run(&["namespace", "set", "P", "k", "--opaque", "python-pickle"])),
        2
    );
}
