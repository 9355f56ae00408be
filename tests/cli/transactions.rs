//! Write transactions run again when the store reports that another writer committed first
//! (`STORECTL_FAILPOINT=write-conflict` makes it report that): each rerun starts from scratch, so
//! what a command reads, counts and reports happens exactly once.

use serde_json::{json, Value};

use crate::common::{self, code, error_doc, parse_json, Env};

const RECORDS: &str = "{\"namespace\":\"a\",\"key\":\"k1\",\"value\":1}\n\
                       {\"namespace\":\"a\",\"key\":\"k2\",\"value\":2}\n\
                       {\"namespace\":\"b\",\"key\":\"k3\",\"value\":3}\n";

fn with_conflict(env: &Env, point: &str, args: &[&str], stdin: &str) -> Value {
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", point)
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert_eq!(
        code(&out),
        0,
        "{args:?} under {point}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_json(&out.stdout)
}

#[test]
fn an_import_run_again_reads_and_counts_each_record_once() {
    // One transaction for the whole input, run twice; then a second chunk (its mark after two
    // records) run twice, and a chunk run three times.
    for (point, batch) in [
        ("write-conflict", None),
        ("write-conflict@2", Some("2")),
        ("write-conflict*2", Some("1")),
    ] {
        let env = Env::new();
        let mut args = vec!["namespace", "import", "-"];
        if let Some(b) = batch {
            args.extend(["--batch-size", b]);
        }
        let report = with_conflict(&env, point, &args, RECORDS);
        assert_eq!(
            report,
            json!({"records": 3, "added": 3, "updated": 0, "namespaces": {"a": 2, "b": 1}, "dry_run": false}),
            "{point}"
        );
        assert_eq!(
            env.json(&["namespace", "dump", "a"]),
            json!({"k1": 1, "k2": 2})
        );
        assert_eq!(env.json(&["namespace", "dump", "b"]), json!({"k3": 3}));
    }
}

/// A file seeks back, however much the transaction read; a pipe keeps what it read, past 1 MiB
/// in a temporary file, and when that cannot be written the command stops with exit 75, says
/// why and what to do, and stores nothing.
#[test]
fn a_long_chunk_run_again_rereads_a_file_and_a_pipe() {
    let records: String = (0..3000)
        .map(|i| {
            format!(
                "{{\"namespace\":\"a\",\"key\":\"k{i}\",\"value\":\"{}\"}}\n",
                "x".repeat(500)
            )
        })
        .collect();
    assert!(records.len() > 1 << 20);
    let env = Env::new();
    let file = env.write("in.ndjson", &records);
    let report = with_conflict(
        &env,
        "write-conflict",
        &["namespace", "import", file.to_str().unwrap()],
        "",
    );
    assert_eq!(
        (report["records"].clone(), report["added"].clone()),
        (json!(3000), json!(3000))
    );
    let env = Env::new();
    let report = with_conflict(
        &env,
        "write-conflict",
        &["namespace", "import", "-"],
        &records,
    );
    assert_eq!(
        (report["records"].clone(), report["added"].clone()),
        (json!(3000), json!(3000))
    );
    assert_eq!(
        env.json(&["namespace", "get", "a", "k2999"]),
        json!("x".repeat(500))
    );

    let env = Env::new();
    env.json(&["namespace", "set", "a", "k", "1"]);
    let before = env.store_bytes();
    let nowhere = env.dir.path().join("no-such-dir");
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict")
        .env("TMPDIR", &nowhere)
        .args(["namespace", "import", "-"])
        .write_stdin(records)
        .output()
        .unwrap();
    assert_eq!(code(&out), 75, "{}", String::from_utf8_lossy(&out.stderr));
    let err = error_doc(&out);
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("stdin cannot be read again")
            && message.contains(&format!(
                "the temporary file that keeps it (in {})",
                nowhere.display()
            )),
        "{err}"
    );
    assert!(
        err["hint"].as_str().unwrap().contains("--batch-size"),
        "{err}"
    );
    assert_eq!(env.store_bytes(), before);
}

#[test]
fn an_array_input_run_again_starts_at_its_chunk() {
    let env = Env::new();
    let array = "[{\"namespace\":\"a\",\"key\":\"k1\",\"value\":1},\n\
                 {\"namespace\":\"a\",\"key\":\"k2\",\"value\":2},\n\
                 {\"namespace\":\"a\",\"key\":\"k3\",\"value\":3}]";
    let report = with_conflict(
        &env,
        "write-conflict@2",
        &["namespace", "import", "-", "--batch-size", "2"],
        array,
    );
    assert_eq!(report["records"], 3);
    assert_eq!(report["added"], 3);
    assert_eq!(
        env.json(&["namespace", "keys", "a"]),
        json!(["k1", "k2", "k3"])
    );
}

#[test]
fn feed_comment_and_node_imports_run_again_count_once() {
    let env = Env::new();
    let activities = "{\"actor\":1,\"verb\":1,\"object\":1,\"time\":1000}\n\
                      {\"actor\":1,\"verb\":1,\"object\":2,\"time\":2000}\n";
    let report = with_conflict(
        &env,
        "write-conflict@2",
        &["feed", "add-many", "k", "-", "--batch-size", "1"],
        activities,
    );
    assert_eq!(report["records"], 2, "{report}");
    assert_eq!(report["keys"]["k"]["added"], 2, "{report}");
    assert_eq!(env.json(&["feed", "count", "k"]), json!(2));

    let nodes = "{\"id\":\"N\",\"document\":\"d\",\"source\":\"s\"}\n\
                 {\"id\":\"M\",\"document\":\"d\",\"source\":\"t\"}\n";
    let report = with_conflict(
        &env,
        "write-conflict",
        &["node", "add", "--from", "-"],
        nodes,
    );
    assert_eq!(
        (report["records"].clone(), report["added"].clone()),
        (json!(2), json!(2))
    );

    let comments = "{\"node\":\"N\",\"text\":\"root\",\"ref\":\"r\"}\n\
                    {\"parent_ref\":\"r\",\"text\":\"reply\"}\n\
                    {\"node\":\"M\",\"text\":\"other\"}\n";
    let report = with_conflict(
        &env,
        "write-conflict@2",
        &[
            "--as",
            "bob",
            "comment",
            "add",
            "--from",
            "-",
            "--batch-size",
            "2",
        ],
        comments,
    );
    assert_eq!(
        (
            report["records"].clone(),
            report["first_id"].clone(),
            report["last_id"].clone()
        ),
        (json!(3), json!(1), json!(3)),
        "{report}"
    );
    let list = env.json(&["comment", "list", "--node", "N"]);
    assert_eq!(list["comments"][0]["children"][0]["text"], "reply");
}

/// A chunk that reads a `ref` and then gives the label to a later record: its rerun must read
/// the ref as it was when the chunk started, not as the lost run left it.
#[test]
fn a_comment_chunk_run_again_reads_its_refs_as_they_were() {
    let env = Env::new();
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let comments = "{\"node\":\"N\",\"text\":\"a\",\"ref\":\"r\"}\n\
                    {\"node\":\"N\",\"text\":\"b\"}\n\
                    {\"parent_ref\":\"r\",\"text\":\"reply to a\"}\n\
                    {\"node\":\"N\",\"text\":\"c\",\"ref\":\"r\"}\n\
                    {\"parent_ref\":\"r\",\"text\":\"reply to c\"}\n";
    let report = with_conflict(
        &env,
        "write-conflict@2",
        &[
            "--as",
            "bob",
            "comment",
            "add",
            "--from",
            "-",
            "--batch-size",
            "2",
        ],
        comments,
    );
    assert_eq!(
        (report["records"].clone(), report["last_id"].clone()),
        (json!(5), json!(5)),
        "{report}"
    );
    let list = env.json(&["comment", "list", "--node", "N"]);
    let roots: Vec<(Value, Vec<Value>)> = list["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let children = c["children"].as_array().unwrap();
            (
                c["text"].clone(),
                children.iter().map(|r| r["text"].clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        roots,
        vec![
            (json!("a"), vec![json!("reply to a")]),
            (json!("b"), vec![]),
            (json!("c"), vec![json!("reply to c")]),
        ]
    );
}

#[test]
fn a_vote_run_again_counts_once() {
    let env = Env::new();
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let cid = env.json(&[
        "--as", "alice", "comment", "add", "--node", "N", "--text", "t",
    ])["id"]
        .as_i64()
        .unwrap();
    with_conflict(
        &env,
        "write-conflict*3",
        &["--as", "bob", "vote", &cid.to_string(), "1"],
        "",
    );
    let shown = env.json(&["comment", "show", &cid.to_string()]);
    assert_eq!(shown["rating"], 1, "{shown}");
}

#[test]
fn a_write_that_keeps_losing_is_exit_75_and_stores_nothing() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let before = env.store_bytes();
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict*5")
        .args(["namespace", "set", "ns", "k", "2"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 75);
    let err = error_doc(&out);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("lost to other writers that committed first"),
        "{err}"
    );
    assert_eq!(err["hint"], "run the command again");
    assert_eq!(env.store_bytes(), before);
    // Four losses and the fifth run commits.
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict*4")
        .args(["namespace", "set", "ns", "k", "2"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!(2));
}

#[test]
fn a_migration_batch_run_again_reports_each_page_once() {
    let Some(corpus) = common::test_skip::corpus() else {
        return;
    };
    let dir = corpus.join("moin16-edgecases/benign");
    let args = ["migrate", "moin16", dir.to_str().unwrap(), "--users"];
    let expected = Env::new()
        .with_var("STORECTL_ACL_ENFORCE", "false")
        .json(&args);
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    assert_eq!(with_conflict(&env, "write-conflict*2", &args, ""), expected);
    assert!(
        expected["pages"]["imported"].as_u64().unwrap() > 0,
        "{expected}"
    );
}
