//! `comment add --from` of more comments than PostgreSQL's backend sends at once (it keeps new
//! comments and appends 5,000 per COPY): ids, threads across two sends, hidden comments, counts
//! and the id counter stay exact when the transaction runs twice, and a refused record is still
//! named.

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env};

on_sqlite_and_postgres!(
    comment_add_from_of_several_sends_run_twice_keeps_ids_threads_and_counts,
    a_failure_after_whole_sends_stores_nothing,
);

/// PostgreSQL's own refusal (text cannot hold NUL).
mod server_only {
    use super::*;
    on_postgres!(a_nul_character_is_refused_with_its_record_and_stores_nothing);
}

const COMMENTS: u64 = 12_000;

/// Record `i` (from 1): a thread of five starts at each `i % 5 == 3` (and at 1) on one of three
/// nodes, the others reply to the record before, so threads 4,998-5,002 and 9,998-10,002 cross
/// the sends; every tenth (a thread's last) is hidden.
fn record(i: u64) -> Value {
    let mut r = json!({"ref": format!("c{i}"), "username": format!("u{}", i % 7),
                       "text": format!("comment {i}")});
    if i == 1 || i % 5 == 3 {
        r["node"] = json!(format!("n{}", i % 3));
    } else {
        r["parent_ref"] = json!(format!("c{}", i - 1));
    }
    if i % 10 == 2 {
        r["hidden"] = json!(true);
    }
    r
}

fn ndjson(records: impl Iterator<Item = Value>) -> String {
    records.map(|r| format!("{r}\n")).collect()
}

fn add_nodes(env: &Env) {
    for n in 0..3 {
        let id = format!("n{n}");
        env.json(&["node", "add", &id, "--document", "d", "--source", "s"]);
    }
}

fn comment_add_from_of_several_sends_run_twice_keeps_ids_threads_and_counts(env: Env) {
    add_nodes(&env);
    // The transaction loses to "another writer" once, after every record was added, and runs
    // again from the first (of a file, which can be read again).
    let file = env.write("comments.ndjson", &ndjson((1..=COMMENTS).map(record)));
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict")
        .args(["comment", "add", "--from"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hidden = (1..=COMMENTS).filter(|i| i % 10 == 2).count() as u64;
    assert_eq!(
        report,
        json!({"records": COMMENTS, "hidden": hidden, "first_id": 1, "last_id": COMMENTS,
               "dry_run": false})
    );
    // A reply whose parent went in the send before its own, and the id counter after the two
    // runs: the next comment gets the next id.
    for (id, parent) in [(5_001, Some(5_000)), (10_001, Some(10_000)), (5_003, None)] {
        let shown = env.json(&["comment", "show", &id.to_string(), "--moderator"]);
        assert_eq!(
            (&shown["parent"], &shown["text"]),
            (&json!(parent), &json!(format!("comment {id}"))),
            "{shown}"
        );
    }
    let next = env.json(&["comment", "add", "--node", "n0", "--text", "after"]);
    assert_eq!(next["id"], json!(COMMENTS + 1));
    let nodes = env.json(&["node", "list"]);
    let mut total = 0;
    for node in nodes.as_array().unwrap() {
        let n: u64 = node["id"].as_str().unwrap()[1..].parse().unwrap();
        // Each record's node is its thread's: the thread starts at 1 or at the last i % 5 == 3.
        let of = |i: u64| {
            let start = if i < 3 { 1 } else { i - (i + 2) % 5 };
            start % 3
        };
        let mine: Vec<u64> = (1..=COMMENTS).filter(|&i| of(i) == n).collect();
        let visible = mine.iter().filter(|&&i| i % 10 != 2).count() + usize::from(n == 0);
        assert_eq!(
            (&node["comments"], &node["visible"]),
            (&json!(mine.len() + usize::from(n == 0)), &json!(visible)),
            "{node}"
        );
        total += mine.len();
    }
    assert_eq!(total as u64, COMMENTS);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn a_failure_after_whole_sends_stores_nothing(env: Env) {
    add_nodes(&env);
    let before = env.store_bytes();
    let mut text = ndjson((1..=COMMENTS).map(record));
    text.push_str("{\"node\":\"n0\"}\n");
    let file = env.write("comments.ndjson", &text);
    let out = env.run(&["comment", "add", "--from", file.to_str().unwrap()]);
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 12001 (line 12001)") && message.contains("nothing was stored"),
        "{message}"
    );
    assert!(
        env.store_bytes() == before,
        "a failed add changed the store"
    );
}

/// The NUL character, which PostgreSQL text cannot hold, in a record after a whole send and
/// while others wait to be sent: the error names that record, and nothing is stored.
fn a_nul_character_is_refused_with_its_record_and_stores_nothing(env: Env) {
    add_nodes(&env);
    let before = env.store_bytes();
    let records = (1..=COMMENTS).map(|i| {
        let mut r = record(i);
        if i == 7_002 {
            r["text"] = json!("nul \u{0} here");
        }
        r
    });
    let file = env.write("comments.ndjson", &ndjson(records));
    let out = env.run(&["comment", "add", "--from", file.to_str().unwrap()]);
    assert_eq!(code(&out), 65, "{}", String::from_utf8_lossy(&out.stderr));
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 7002 (line 7002)") && message.contains("nothing was stored"),
        "{message}"
    );
    assert!(
        env.store_bytes() == before,
        "a failed add changed the store"
    );
}
