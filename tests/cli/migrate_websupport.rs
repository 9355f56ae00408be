//! `migrate websupport` on a database written by the real sphinxcontrib-websupport 1.2.7
//! (tests/fixtures/websupport: the script that made it, and facts read back with Python's
//! sqlite3 module).

use std::path::PathBuf;

use serde_json::{json, Value};

use crate::common::{code, parse_json, Env};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/websupport/websupport.db")
}

fn facts() -> Value {
    let path = fixture().with_file_name("websupport.facts.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Migrates into a fresh store; returns the report (the command exits 5: the seed left orphan
/// votes behind, which are listed, not imported).
fn migrate(env: &Env, extra: &[&str]) -> Value {
    let fixture = fixture();
    let mut args = vec!["migrate", "websupport", fixture.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_eq!(code(&out), 5, "{}", String::from_utf8_lossy(&out.stderr));
    parse_json(&out.stdout)
}

#[test]
fn every_node_comment_and_vote_arrives_with_its_thread() {
    let env = Env::new();
    let facts = facts();
    let source_before = std::fs::read(fixture()).unwrap();
    let report = migrate(&env, &[]);
    assert_eq!(
        std::fs::read(fixture()).unwrap(),
        source_before,
        "the source was written to"
    );
    let orphans = facts["counts"]["orphan_votes"].as_u64().unwrap();
    assert_eq!(report["nodes"]["added"], facts["counts"]["nodes"]);
    assert_eq!(report["comments"]["imported"], facts["counts"]["comments"]);
    assert_eq!(
        report["votes"]["imported"].as_u64().unwrap(),
        facts["counts"]["votes"].as_u64().unwrap() - orphans
    );
    assert_eq!(report["votes"]["skipped"].as_u64().unwrap(), orphans);
    assert_eq!(report["skipped"].as_array().unwrap().len() as u64, orphans);
    assert_eq!(report["ids_preserved"], json!(true));

    for c in facts["comments"].as_array().unwrap() {
        let id = c["id"].as_i64().unwrap().to_string();
        let shown = env.json(&["--moderator", "comment", "show", &id]);
        assert_eq!(shown["node"], c["node_id"], "comment {id}");
        assert_eq!(shown["parent"], c["parent_id"], "comment {id}");
        assert_eq!(shown["text"], c["text"], "comment {id}");
        assert_eq!(shown["displayed"], c["displayed"], "comment {id}");
        assert_eq!(
            shown["rating"], c["vote_sum"],
            "comment {id}: rating is the sum of its votes"
        );
        assert_eq!(shown["proposal_diff"], c["proposal_diff"], "comment {id}");
        let expected_user = match c["username"].as_str() {
            None | Some("Anonymous") => "Anonymous",
            Some(name) => name,
        };
        assert_eq!(shown["username"], expected_user, "comment {id}");
        let naive = c["time"].as_str().unwrap();
        let utc = shown["time"].as_str().unwrap();
        assert_eq!(
            &utc[..19],
            &naive[..19].replace(' ', "T"),
            "comment {id}: times are taken as UTC"
        );
    }
    for (node, count) in facts["comments_per_node"].as_object().unwrap() {
        assert_eq!(
            env.json(&["node", "show", node])["comments"],
            *count,
            "node {node}"
        );
    }
    // Siblings come back in id order, not the seed's string order of paths.
    for n in facts["nodes"].as_array().unwrap() {
        let node = n["id"].as_str().unwrap();
        let list = env.json(&["--moderator", "comment", "list", "--node", node]);
        let ids: Vec<i64> = list["comments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "node {node}");
    }
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

#[test]
fn a_second_run_imports_nothing_new_and_a_dry_run_writes_nothing() {
    let env = Env::new();
    let dry = migrate(&env, &["--dry-run"]);
    assert_eq!(dry["dry_run"], json!(true));
    assert!(!env.store.exists(), "a dry run created the store");
    let first = migrate(&env, &[]);
    assert_eq!(first["comments"]["imported"], dry["comments"]["imported"]);
    let second = migrate(&env, &[]);
    assert_eq!(second["comments"]["imported"], json!(0));
    assert_eq!(
        second["comments"]["already_imported"],
        first["comments"]["imported"]
    );
    assert_eq!(second["votes"]["imported"], json!(0));
    assert_eq!(second["votes"]["unchanged"], first["votes"]["imported"]);
    assert_eq!(second["nodes"]["unchanged"], first["nodes"]["added"]);
    assert_eq!(
        env.json(&["stats"])["faces"]["comments"]["comments"],
        first["comments"]["imported"]
    );
}

#[test]
fn ids_are_renumbered_when_the_store_already_uses_them() {
    let env = Env::new();
    env.json(&["node", "add", "local", "--document", "d", "--source", "s"]);
    env.json(&["comment", "add", "--node", "local", "--text", "mine"]);
    let report = migrate(&env, &[]);
    assert_eq!(report["ids_preserved"], json!(false));
    assert_eq!(env.json(&["comment", "show", "1"])["text"], "mine");
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

#[test]
fn a_missing_file_or_a_foreign_database_is_refused() {
    let env = Env::new();
    assert_eq!(code(&env.run(&["migrate", "websupport", "nope.db"])), 66);
    let other = env.path("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let out = env.run(&["migrate", "websupport", other.to_str().unwrap()]);
    assert_eq!(code(&out), 65);
    let out = env.run(&[
        "migrate",
        "websupport",
        fixture().to_str().unwrap(),
        "--prefix",
        "wiki_",
    ]);
    assert_eq!(code(&out), 65);
}

#[test]
fn a_prefix_is_a_name_never_sql() {
    let env = Env::new();
    // A database whose prefix holds a quote, a space and a semicolon: SQLAlchemy quotes such
    // names, and so must the import (it once spliced the prefix into its SQL text).
    let odd = env.path("odd.db");
    std::fs::copy(fixture(), &odd).unwrap();
    let prefix = "we\"ird; ";
    let conn = rusqlite::Connection::open(&odd).unwrap();
    for table in ["nodes", "comments", "commentvote"] {
        conn.execute_batch(&format!(
            "ALTER TABLE sphinx_{table} RENAME TO \"{}\"",
            format!("{prefix}{table}").replace('"', "\"\"")
        ))
        .unwrap();
    }
    drop(conn);
    let out = env.run(&[
        "migrate",
        "websupport",
        odd.to_str().unwrap(),
        "--prefix",
        prefix,
    ]);
    // 5: the fixture's orphan votes are skipped, as with its own prefix.
    assert_eq!(code(&out), 5, "{}", String::from_utf8_lossy(&out.stderr));
    let standard = Env::new();
    let expected = migrate(&standard, &[]);
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["comments"], expected["comments"]);
    assert_eq!(got["votes"], expected["votes"]);
}

/// Found while writing the `websupport_import` fuzz target (and reproduced with it): a rating
/// at either end of i64 made the recomputation from the votes overflow (`total - rating`), a
/// panic in debug builds and a wrong rating in release ones.
#[test]
fn ratings_at_the_ends_of_i64_are_recomputed_from_the_votes() {
    let env = Env::new();
    let db = env.path("extreme.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE sphinx_nodes (id VARCHAR(32) PRIMARY KEY, document VARCHAR(256), source TEXT);
         CREATE TABLE sphinx_comments (id INTEGER PRIMARY KEY, rating INTEGER, time DATETIME,
             text TEXT, displayed BOOLEAN, username VARCHAR(64), proposal TEXT,
             proposal_diff TEXT, path VARCHAR(256), node_id VARCHAR(32));
         CREATE TABLE sphinx_commentvote (username VARCHAR(64), comment_id INTEGER, value INTEGER,
             PRIMARY KEY (username, comment_id));
         INSERT INTO sphinx_nodes VALUES ('n', 'd', 's');
         INSERT INTO sphinx_comments VALUES
             (1, -9223372036854775808, '2023-03-14 09:26:53', 't', 1, 'a', NULL, NULL, 'n.1', 'n'),
             (2, 9223372036854775807, '2023-03-14 09:26:53', 't', 1, 'a', NULL, NULL, 'n.2', 'n');
         INSERT INTO sphinx_commentvote VALUES ('b', 2, -1), ('c', 2, -1);",
    )
    .unwrap();
    drop(conn);
    let out = env.run(&["migrate", "websupport", db.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let report = parse_json(&out.stdout);
    assert_eq!(report["ratings_corrected"], json!(2));
    assert_eq!(env.json(&["comment", "show", "1"])["rating"], json!(0));
    assert_eq!(env.json(&["comment", "show", "2"])["rating"], json!(-2));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}
