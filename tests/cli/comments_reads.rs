//! The comments face's reads for integrators: votes by comment and by user (`vote list`),
//! comments by user (`comment list --user`), node ids (`node list --ids`) and
//! `proposal_diff_text` in every comment object.

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env};

// Each runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    vote_list_shows_a_comments_votes_to_moderators_and_a_users_votes_to_that_user,
    comment_list_user_gives_a_users_comments_flat_hidden_ones_to_moderators_only,
    node_list_ids_lists_ids_and_documents_without_sources_or_counts,
    comment_objects_carry_proposal_diff_text,
);

/// Node A (document `contents`) with a displayed comment by alice (id 1), a hidden one by alice
/// (id 2) and a displayed one by bob (id 3); node B in document `other`.
fn seed(env: &Env) {
    env.json(&[
        "node",
        "add",
        "A",
        "--document",
        "contents",
        "--source",
        "a b c",
    ]);
    env.json(&["node", "add", "B", "--document", "other", "--source", "x"]);
    env.json(&[
        "--as", "alice", "comment", "add", "--node", "A", "--text", "one",
    ]);
    env.json(&[
        "--as", "alice", "comment", "add", "--node", "A", "--text", "two", "--hidden",
    ]);
    env.json(&[
        "--as", "bob", "comment", "add", "--node", "A", "--text", "three",
    ]);
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

fn vote_list_shows_a_comments_votes_to_moderators_and_a_users_votes_to_that_user(env: Env) {
    seed(&env);
    env.json(&["--as", "alice", "vote", "3", "1"]);
    env.json(&["--as", "bob", "vote", "3", "-1"]);
    env.json(&["--as", "bob", "vote", "1", "0"]);
    assert_eq!(
        env.json(&["--moderator", "vote", "list", "--comment", "3"]),
        json!([
            {"comment": 3, "username": "alice", "value": 1},
            {"comment": 3, "username": "bob", "value": -1},
        ])
    );
    // A 0 vote keeps its row, so it is listed.
    let bobs = json!([
        {"comment": 1, "username": "bob", "value": 0},
        {"comment": 3, "username": "bob", "value": -1},
    ]);
    assert_eq!(env.json(&["--as", "bob", "vote", "list"]), bobs);
    assert_eq!(
        env.json(&["--as", "bob", "vote", "list", "--user", "bob"]),
        bobs
    );
    assert_eq!(
        env.json(&["--moderator", "vote", "list", "--user", "bob"]),
        bobs
    );
    assert_eq!(
        env.json(&["--moderator", "vote", "list", "--user", "nobody"]),
        json!([])
    );
    // Who voted how is not public: another user's votes and a comment's voters are exit 77.
    for args in [
        &["--as", "alice", "vote", "list", "--user", "bob"][..],
        &["--as", "alice", "vote", "list", "--comment", "3"][..],
        &["vote", "list"][..],
    ] {
        let out = env.run(args);
        assert_eq!(code(&out), 77, "{args:?}");
        assert_eq!(error_doc(&out)["kind"], "denied");
    }
    let out = env.run(&["--moderator", "vote", "list", "--comment", "99"]);
    assert_eq!(code(&out), 3);
    assert_eq!(error_doc(&out)["message"], "comment 99 not found");
    assert_eq!(
        code(&env.run(&["vote", "list", "--comment", "3", "--user", "bob"])),
        2
    );
}

fn comment_list_user_gives_a_users_comments_flat_hidden_ones_to_moderators_only(env: Env) {
    seed(&env);
    env.json(&[
        "--as", "alice", "comment", "add", "--parent", "3", "--text", "reply",
    ]);
    let all = env.json(&["--moderator", "comment", "list", "--user", "alice"]);
    assert_eq!(ids(&all), vec![1, 2, 4]);
    assert_eq!(all[2]["parent"], json!(3));
    assert_eq!(all[2]["document"], "contents");
    assert_eq!(all[2]["children"], json!([]));
    let visible = env.json(&["--as", "bob", "comment", "list", "--user", "alice"]);
    assert_eq!(ids(&visible), vec![1, 4]);
    // A soft-deleted comment is no longer its author's.
    env.json(&["--as", "alice", "comment", "delete", "1"]);
    assert_eq!(
        ids(&env.json(&["--moderator", "comment", "list", "--user", "alice"])),
        vec![2, 4]
    );
    assert_eq!(
        env.json(&["comment", "list", "--user", "nobody"]),
        json!([])
    );
    assert_eq!(
        code(&env.run(&["comment", "list", "--user", "[deleted]"])),
        65
    );
    assert_eq!(
        code(&env.run(&["comment", "list", "--user", "alice", "--node", "A"])),
        2
    );
    assert_eq!(code(&env.run(&["comment", "list"])), 2);
}

fn node_list_ids_lists_ids_and_documents_without_sources_or_counts(env: Env) {
    seed(&env);
    assert_eq!(
        env.json(&["node", "list", "--ids"]),
        json!([
            {"id": "A", "document": "contents"},
            {"id": "B", "document": "other"},
        ])
    );
    assert_eq!(
        env.json(&["node", "list", "--ids", "--document", "other"]),
        json!([{"id": "B", "document": "other"}])
    );
    assert_eq!(
        env.json(&["node", "list", "--ids", "--document", "none"]),
        json!([])
    );
}

fn comment_objects_carry_proposal_diff_text(env: Env) {
    seed(&env);
    let added = env.json(&[
        "comment",
        "add",
        "--node",
        "A",
        "--text",
        "fix",
        "--proposal",
        "a x c",
    ]);
    let text = json!("- a b c\n+ a x c");
    assert_eq!(added["proposal_diff_text"], text);
    let listed = env.json(&["comment", "list", "--node", "A"]);
    assert_eq!(listed["comments"][2]["proposal_diff_text"], text);
    assert_eq!(listed["comments"][0]["proposal_diff_text"], Value::Null);
    assert_eq!(
        env.json(&["comment", "show", "4"])["proposal_diff_text"],
        text
    );
}
