//! The comments face: the seed's own test scenarios (named as there), then bad input, batches,
//! moderation hooks and concurrency.

use serde_json::{json, Value};

use crate::common::{code, error_doc, run_workers_at_once, stderr, Env};

// Every scenario runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    scenario_comments,
    scenario_user_delete_comments,
    scenario_moderation,
    scenario_moderator_delete_comments,
    scenario_update_username,
    scenario_proposals,
    scenario_voting,
    unknown_node_or_comment_is_exit_3_and_nothing_is_stored,
    anonymous_votes_and_unauthorized_deletes_are_exit_77,
    node_and_parent_are_exclusive_and_one_is_required,
    hard_delete_removes_replies_at_every_depth_and_their_votes,
    rename_user_merges_votes_and_keeps_ratings_equal_to_vote_sums,
    siblings_are_in_id_order_and_sort_options_reorder_them,
    node_add_conflicts_updates_skips_and_batches,
    node_list_counts_every_comment_and_the_visible_ones,
    moderators_list_allow_anonymous_and_moderation_setting,
    moderation_command_gets_the_hidden_comment_on_stdin_and_its_failure_is_a_warning,
    comment_add_from_builds_threads_with_refs_in_one_transaction,
    eight_processes_voting_at_once_keep_every_rating_equal_to_its_votes,
    show_carries_the_replies_this_viewer_may_see,
);

const SOURCE_A: &str = "Line one.\nLine two has a typo.\nLine three.";

/// Nodes A and B; C1 displayed on A by user_one; C2 hidden, anonymous; R1 displayed reply to C1
/// by user_one; R2 hidden anonymous reply to C1; one comment on B by user_two.
fn seed_comments(env: &Env) -> [i64; 5] {
    env.json(&[
        "node",
        "add",
        "A",
        "--document",
        "contents",
        "--source",
        SOURCE_A,
    ]);
    env.json(&[
        "node",
        "add",
        "B",
        "--document",
        "contents",
        "--source",
        "Other paragraph.",
    ]);
    let id = |v: Value| v["id"].as_i64().unwrap();
    let c1 = id(env.json(&[
        "--as", "user_one", "comment", "add", "--node", "A", "--text", "C1",
    ]));
    let c2 = id(env.json(&["comment", "add", "--node", "A", "--text", "C2", "--hidden"]));
    let r1 = id(env.json(&[
        "--as",
        "user_one",
        "comment",
        "add",
        "--parent",
        &c1.to_string(),
        "--text",
        "R1",
    ]));
    let r2 = id(env.json(&[
        "comment",
        "add",
        "--parent",
        &c1.to_string(),
        "--text",
        "R2",
        "--hidden",
    ]));
    let b = id(env.json(&[
        "--as", "user_two", "comment", "add", "--node", "B", "--text", "on B",
    ]));
    [c1, c2, r1, r2, b]
}

fn tree_ids(list: &Value) -> Value {
    fn ids(comments: &Value) -> Value {
        Value::Array(
            comments
                .as_array()
                .unwrap()
                .iter()
                .map(|c| json!([c["id"], ids(&c["children"])]))
                .collect(),
        )
    }
    ids(&list["comments"])
}

fn scenario_comments(env: Env) {
    let [c1, c2, r1, r2, _] = seed_comments(&env);
    let out = env.run(&[
        "--as",
        "user_two",
        "comment",
        "add",
        "--parent",
        &c2.to_string(),
        "--text",
        "reply",
    ]);
    assert_eq!(code(&out), 4);
    assert_eq!(
        error_doc(&out)["message"].as_str().unwrap(),
        format!("Can't add child to a parent that is not displayed (comment {c2} is waiting for moderation)")
    );
    let moderator = env.json(&["--moderator", "comment", "list", "--node", "A"]);
    assert_eq!(
        tree_ids(&moderator),
        json!([[c1, [[r1, []], [r2, []]]], [c2, []]])
    );
    assert_eq!(moderator["source"], json!(SOURCE_A));
    let normal = env.json(&["comment", "list", "--node", "A"]);
    assert_eq!(tree_ids(&normal), json!([[c1, [[r1, []]]]]));
    let c = &normal["comments"][0];
    assert_eq!(c["username"], "user_one");
    assert_eq!(c["parent"], Value::Null);
    assert_eq!(c["children"][0]["parent"], json!(c1));
    assert_eq!(c["node"], "A");
    for field in [
        "id",
        "node",
        "parent",
        "username",
        "text",
        "displayed",
        "rating",
        "time",
        "age",
        "vote",
        "proposal_diff",
        "children",
    ] {
        assert!(c.get(field).is_some(), "comment object lacks {field}: {c}");
    }
    assert!(c.get("proposal").is_none(), "reads never show the proposal");
    assert_eq!(moderator["comments"][1]["username"], "Anonymous");
}

fn scenario_user_delete_comments(env: Env) {
    let [c1, _, r1, _, _] = seed_comments(&env);
    let out = env.run(&["--as", "user_two", "comment", "delete", &c1.to_string()]);
    assert_eq!(code(&out), 77);
    assert_eq!(
        error_doc(&out)["message"],
        format!("not authorized to delete comment {c1}")
    );
    let report = env.json(&["--as", "user_one", "comment", "delete", &c1.to_string()]);
    assert_eq!(report["deleted"], "soft");
    assert_eq!(report["ids"], json!([c1]));
    let list = env.json(&["comment", "list", "--node", "A"]);
    let first = &list["comments"][0];
    assert_eq!(
        (
            first["id"].clone(),
            first["username"].clone(),
            first["text"].clone()
        ),
        (json!(c1), json!("[deleted]"), json!("[deleted]"))
    );
    assert_eq!(first["children"][0]["id"], json!(r1));
    // [deleted] is not a name anyone can act as.
    let out = env.run(&["--as", "[deleted]", "comment", "delete", &c1.to_string()]);
    assert_eq!(code(&out), 65);
    assert_eq!(
        code(&env.run(&["--as", "user_one", "comment", "delete", &c1.to_string()])),
        77
    );
}

fn scenario_moderation(env: Env) {
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let x = env.json(&["comment", "add", "--node", "N", "--text", "X", "--hidden"])["id"]
        .as_i64()
        .unwrap();
    let y = env.json(&["comment", "add", "--node", "N", "--text", "Y", "--hidden"])["id"]
        .as_i64()
        .unwrap();
    assert_eq!(code(&env.run(&["moderate", "accept", &x.to_string()])), 77);
    assert_eq!(code(&env.run(&["comment", "delete", &y.to_string()])), 77);
    assert_eq!(code(&env.run(&["moderate", "list"])), 77);
    let waiting = env.json(&["--moderator", "moderate", "list"]);
    assert_eq!(
        waiting
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].clone())
            .collect::<Vec<_>>(),
        vec![json!(x), json!(y)]
    );
    assert_eq!(waiting[0]["document"], "d");
    assert_eq!(
        env.json(&["--moderator", "moderate", "accept", &x.to_string()])["was_hidden"],
        json!(true)
    );
    assert_eq!(
        env.json(&["--moderator", "comment", "delete", &y.to_string()])["deleted"],
        "hard"
    );
    for view in [
        &["comment", "list", "--node", "N"][..],
        &["--moderator", "comment", "list", "--node", "N"],
    ] {
        assert_eq!(tree_ids(&env.json(view)), json!([[x, []]]), "{view:?}");
    }
    assert_eq!(env.json(&["--moderator", "moderate", "list"]), json!([]));
    assert_eq!(
        code(&env.run(&["--moderator", "moderate", "accept", "999"])),
        3
    );
}

fn scenario_moderator_delete_comments(env: Env) {
    let [c1, c2, _, _, _] = seed_comments(&env);
    env.json(&["--moderator", "comment", "delete", &c2.to_string()]);
    assert_eq!(
        tree_ids(&env.json(&["--moderator", "comment", "list", "--node", "A"]))[0][0],
        json!(c1)
    );
    assert_eq!(
        env.json(&["--moderator", "comment", "list", "--node", "A"])["comments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

fn scenario_update_username(env: Env) {
    seed_comments(&env);
    let report = env.json(&["rename-user", "user_two", "new_user_two"]);
    assert_eq!(report["comments"], json!(1));
    let list = env.json(&["comment", "list", "--node", "B"]);
    assert_eq!(list["comments"][0]["username"], "new_user_two");
    let report = env.json(&["rename-user", "user_two", "someone"]);
    assert_eq!(report["comments"], json!(0));
    assert_eq!(
        code(&env.run(&["rename-user", "new_user_two", "[deleted]"])),
        65
    );
    assert_eq!(code(&env.run(&["rename-user", "", "x"])), 65);
}

fn scenario_proposals(env: Env) {
    seed_comments(&env);
    let proposal = "Line one.\nLine two has a tipo.\nLine three.";
    let added = env.json(&[
        "--as",
        "user_one",
        "comment",
        "add",
        "--node",
        "A",
        "--text",
        "fix",
        "--proposal",
        proposal,
    ]);
    let diff = added["proposal_diff"].as_str().unwrap();
    assert_eq!(
        diff,
        "Line one.\n<span class=\"prop-removed\">Line two has a t<del>y</del>po.</span>\n\
         <span class=\"prop-added\">Line two has a t<ins>i</ins>po.</span>\nLine three."
    );
    let listed = env.json(&["comment", "list", "--node", "A"]);
    let last = listed["comments"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["proposal_diff"], json!(diff));
    // Never crashes, escapes both sides, and an identical proposal has an empty diff.
    let same = env.json(&[
        "comment",
        "add",
        "--node",
        "B",
        "--text",
        "same",
        "--proposal",
        "Other paragraph.",
    ]);
    assert_eq!(same["proposal_diff"], json!(""));
    env.json(&[
        "node",
        "add",
        "H",
        "--document",
        "d",
        "--source",
        "a < b & c",
    ]);
    let html = env.json(&[
        "comment",
        "add",
        "--node",
        "H",
        "--text",
        "t",
        "--proposal",
        "a < b && c",
    ]);
    let diff = html["proposal_diff"].as_str().unwrap();
    assert!(
        diff.contains("a &lt; b &amp;") && !diff.contains("a < b"),
        "{diff}"
    );
    // Replies cannot carry a proposal.
    assert_eq!(
        code(&env.run(&[
            "comment",
            "add",
            "--parent",
            "1",
            "--text",
            "t",
            "--proposal",
            "p"
        ])),
        2
    );
}

fn scenario_voting(env: Env) {
    let [c1, ..] = seed_comments(&env);
    let c1 = c1.to_string();
    for user in ["user_one", "user_two", "user_three"] {
        env.json(&["--as", user, "vote", &c1, "1"]);
    }
    let rating = |env: &Env| env.json(&["comment", "show", &c1])["rating"].clone();
    assert_eq!(rating(&env), json!(3));
    let out = env.json(&["--as", "user_one", "vote", &c1, "-1"]);
    assert_eq!(
        out,
        json!({"comment": c1.parse::<i64>().unwrap(), "username": "user_one", "value": -1, "rating": 1})
    );
    env.json(&["--as", "user_one", "vote", "cast", &c1, "0"]);
    assert_eq!(rating(&env), json!(2));
    for bad in ["2", "-2"] {
        let out = env.run(&["--as", "user_one", "vote", &c1, bad]);
        assert_eq!(code(&out), 65);
        assert_eq!(
            error_doc(&out)["message"],
            format!("vote value {bad} out of range (-1, 1)")
        );
    }
    assert_eq!(code(&env.run(&["--as", "user_one", "vote", &c1, "up"])), 65);
    let list = env.json(&["--as", "user_two", "comment", "list", "--node", "A"]);
    assert_eq!(list["comments"][0]["vote"], json!(1));
    let list = env.json(&["comment", "list", "--node", "A"]);
    assert_eq!(list["comments"][0]["vote"], json!(0));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

// --- bad input ---

fn unknown_node_or_comment_is_exit_3_and_nothing_is_stored(env: Env) {
    seed_comments(&env);
    let before = env.store_bytes();
    assert_eq!(
        code(&env.run(&["comment", "add", "--node", "nope", "--text", "t"])),
        3
    );
    assert_eq!(
        code(&env.run(&["comment", "add", "--parent", "999", "--text", "t"])),
        3
    );
    assert_eq!(code(&env.run(&["comment", "list", "--node", "nope"])), 3);
    assert_eq!(code(&env.run(&["comment", "show", "999"])), 3);
    assert_eq!(
        code(&env.run(&["--moderator", "comment", "delete", "999"])),
        3
    );
    assert_eq!(code(&env.run(&["--as", "u", "vote", "999", "1"])), 3);
    assert_eq!(code(&env.run(&["node", "show", "nope"])), 3);
    assert_eq!(env.store_bytes(), before);
    assert_eq!(
        env.json(&["stats"])["faces"]["comments"]["comments"],
        json!(5)
    );
}

fn anonymous_votes_and_unauthorized_deletes_are_exit_77(env: Env) {
    let [c1, c2, ..] = seed_comments(&env);
    let out = env.run(&["vote", &c1.to_string(), "1"]);
    assert_eq!(code(&out), 77);
    assert!(error_doc(&out)["hint"].as_str().unwrap().contains("--as"));
    // An anonymous comment can only be deleted by a moderator; "Anonymous" is not a name.
    assert_eq!(code(&env.run(&["comment", "delete", &c2.to_string()])), 77);
    assert_eq!(
        code(&env.run(&["--as", "Anonymous", "comment", "delete", &c2.to_string()])),
        65
    );
    // A hidden comment is for moderators only.
    assert_eq!(code(&env.run(&["comment", "show", &c2.to_string()])), 77);
    assert_eq!(
        env.json(&["--moderator", "comment", "show", &c2.to_string()])["displayed"],
        json!(false)
    );
}

fn node_and_parent_are_exclusive_and_one_is_required(env: Env) {
    seed_comments(&env);
    assert_eq!(
        code(&env.run(&["comment", "add", "--node", "A", "--parent", "1", "--text", "t"])),
        2
    );
    assert_eq!(code(&env.run(&["comment", "add", "--text", "t"])), 2);
    assert_eq!(code(&env.run(&["comment", "add", "--node", "A"])), 2);
    assert_eq!(
        code(&env.run(&[
            "comment",
            "add",
            "--node",
            "A",
            "--text",
            "t",
            "--time",
            "yesterday"
        ])),
        65
    );
}

fn hard_delete_removes_replies_at_every_depth_and_their_votes(env: Env) {
    let [c1, _, r1, r2, _] = seed_comments(&env);
    let deep = env.json(&[
        "--as",
        "u",
        "comment",
        "add",
        "--parent",
        &r1.to_string(),
        "--text",
        "deep",
    ])["id"]
        .as_i64()
        .unwrap();
    env.json(&["--as", "v", "vote", &deep.to_string(), "1"]);
    env.json(&["--as", "v", "vote", &r1.to_string(), "-1"]);
    let report = env.json(&["--moderator", "comment", "delete", &c1.to_string()]);
    assert_eq!(
        report,
        json!({"deleted": "hard", "ids": [c1, r1, r2, deep], "dry_run": false})
    );
    assert_eq!(env.json(&["stats"])["faces"]["comments"]["votes"], json!(0));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn rename_user_merges_votes_and_keeps_ratings_equal_to_vote_sums(env: Env) {
    let [c1, _, r1, ..] = seed_comments(&env);
    env.json(&["--as", "old", "vote", &c1.to_string(), "1"]);
    env.json(&["--as", "new", "vote", &c1.to_string(), "-1"]);
    env.json(&["--as", "old", "vote", &r1.to_string(), "1"]);
    let report = env.json(&["rename-user", "old", "new"]);
    assert_eq!(
        (
            report["votes_moved"].clone(),
            report["votes_merged"].clone()
        ),
        (json!(1), json!(1))
    );
    assert_eq!(
        env.json(&["comment", "show", &c1.to_string()])["rating"],
        json!(-1)
    );
    assert_eq!(
        env.json(&["--as", "new", "comment", "show", &r1.to_string()])["vote"],
        json!(1)
    );
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn siblings_are_in_id_order_and_sort_options_reorder_them(env: Env) {
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let mut ids = Vec::new();
    for i in 0..12 {
        let time = format!("2026-01-01T00:00:{:02}Z", 59 - i);
        ids.push(
            env.json(&[
                "comment",
                "add",
                "--node",
                "N",
                "--text",
                &format!("c{i}"),
                "--time",
                &time,
            ])["id"]
                .as_i64()
                .unwrap(),
        );
    }
    env.json(&["--as", "u", "vote", &ids[3].to_string(), "1"]);
    env.json(&["--as", "u", "vote", &ids[5].to_string(), "-1"]);
    let order = |args: &[&str]| -> Vec<i64> {
        let mut full = vec!["comment", "list", "--node", "N"];
        full.extend_from_slice(args);
        env.json(&full)["comments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(order(&[]), ids, "ids 10 and 11 come after 9, not after 1");
    assert_eq!(order(&["--sort", "-rating"])[0], ids[3]);
    assert_eq!(*order(&["--sort", "-rating"]).last().unwrap(), ids[5]);
    assert_eq!(order(&["--sort", "rating"])[0], ids[5]);
    assert_eq!(order(&["--sort", "time"])[0], ids[11]);
    assert_eq!(order(&["--sort", "-time"])[0], ids[0]);
    let first = env.json(&["comment", "show", &ids[0].to_string()]);
    assert_eq!(first["time"], "2026-01-01T00:00:59Z");
    assert!(
        first["age"].as_i64().unwrap() > 86_400 * 300,
        "age counts whole days too"
    );
}

// --- nodes ---

fn node_add_conflicts_updates_skips_and_batches(env: Env) {
    env.json(&["node", "add", "N", "--document", "d", "--source", "one"]);
    assert_eq!(
        code(&env.run(&["node", "add", "N", "--document", "d", "--source", "two"])),
        4
    );
    assert_eq!(
        env.json(&[
            "node",
            "add",
            "N",
            "--document",
            "d",
            "--source",
            "two",
            "--ignore-existing"
        ])["status"],
        "skipped"
    );
    assert_eq!(env.json(&["node", "show", "N"])["source"], "one");
    assert_eq!(
        env.json(&[
            "node",
            "add",
            "N",
            "--document",
            "d2",
            "--source",
            "two",
            "--update"
        ])["status"],
        "updated"
    );
    assert_eq!(env.json(&["node", "show", "N"])["document"], "d2");
    let build = "{\"id\":\"N\",\"document\":\"d2\",\"source\":\"two\"}\n{\"id\":\"M\",\"document\":\"d2\",\"source\":\"m\"}\n";
    let file = env.write("nodes.ndjson", build);
    assert_eq!(
        code(&env.run(&["node", "add", "--from", file.to_str().unwrap()])),
        4
    );
    assert_eq!(
        code(&env.run(&["node", "show", "M"])),
        3,
        "a failed build stores nothing"
    );
    let report = env.json(&[
        "node",
        "add",
        "--from",
        file.to_str().unwrap(),
        "--ignore-existing",
    ]);
    assert_eq!(
        (report["added"].clone(), report["skipped"].clone()),
        (json!(1), json!(1))
    );
    let report = env.json_stdin(&["node", "add", "--from", "-", "--update"], build);
    assert_eq!(report["unchanged"], json!(2));
    let listed = env.json(&["node", "list", "--document", "d2"]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert_eq!(
        env.json(&["node", "list", "--document", "nothing"]),
        json!([])
    );
}

fn node_list_counts_every_comment_and_the_visible_ones(env: Env) {
    seed_comments(&env);
    env.json(&["--as", "user_one", "comment", "delete", "1"]);
    let listed = env.json(&["node", "list", "--document", "contents"]);
    assert_eq!(listed[0]["id"], "A");
    assert_eq!(
        (listed[0]["comments"].clone(), listed[0]["visible"].clone()),
        (json!(4), json!(2))
    );
    assert_eq!(
        (listed[1]["comments"].clone(), listed[1]["visible"].clone()),
        (json!(1), json!(1))
    );
}

// --- configuration ---

fn moderators_list_allow_anonymous_and_moderation_setting(env: Env) {
    let config = env.write(
        "c.toml",
        "[comments]\nmoderators = [\"mod\"]\nallow_anonymous = false\nmoderation = true\n",
    );
    let c = config.to_str().unwrap();
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let out = env.run(&[
        "--config",
        c,
        "--as",
        "alice",
        "--moderator",
        "comment",
        "list",
        "--node",
        "N",
    ]);
    assert_eq!(code(&out), 77);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("is not a moderator"));
    assert_eq!(
        code(&env.run(&["--config", c, "comment", "add", "--node", "N", "--text", "t"])),
        77
    );
    let hidden = env.json(&[
        "--config", c, "--as", "alice", "comment", "add", "--node", "N", "--text", "t",
    ]);
    assert_eq!(hidden["displayed"], json!(false));
    let shown = env.json(&[
        "--config",
        c,
        "--as",
        "mod",
        "--moderator",
        "comment",
        "add",
        "--node",
        "N",
        "--text",
        "t",
    ]);
    assert_eq!(shown["displayed"], json!(true));
    let out = env
        .cmd()
        .args(["comment", "add", "--node", "N", "--text", "t"])
        .env("STORECTL_COMMENTS_ALLOW_ANONYMOUS", "false")
        .output()
        .unwrap();
    assert_eq!(code(&out), 77);
}

fn moderation_command_gets_the_hidden_comment_on_stdin_and_its_failure_is_a_warning(env: Env) {
    let log = env.path("notified.jsonl");
    let config = env.write(
        "c.toml",
        &format!(
            "[comments]\nmoderation_command = \"cat >> '{}'\"\n",
            log.display()
        ),
    );
    let c = config.to_str().unwrap();
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    env.json(&[
        "--config", c, "comment", "add", "--node", "N", "--text", "shown",
    ]);
    let hidden = env.json(&[
        "--config", c, "--as", "eve", "comment", "add", "--node", "N", "--text", "wait", "--hidden",
    ]);
    let notified: Value =
        serde_json::from_str(std::fs::read_to_string(&log).unwrap().trim()).unwrap();
    assert_eq!(notified["id"], hidden["id"]);
    assert_eq!(notified["text"], "wait");
    assert_eq!(notified["username"], "eve");

    let failing = env.write(
        "f.toml",
        "[comments]\nmoderation_command = \"echo mailer down >&2; exit 3\"\n",
    );
    let out = env.run(&[
        "--config",
        failing.to_str().unwrap(),
        "comment",
        "add",
        "--node",
        "N",
        "--text",
        "x",
        "--hidden",
    ]);
    assert_eq!(code(&out), 0);
    assert!(
        stderr(&out).contains("warning: moderation command for comment"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("mailer down"));
    assert_eq!(
        env.json(&["stats"])["faces"]["comments"]["hidden"],
        json!(2)
    );
}

// --- batches ---

fn comment_add_from_builds_threads_with_refs_in_one_transaction(env: Env) {
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let input = "{\"node\":\"N\",\"text\":\"root\",\"ref\":\"r\",\"username\":\"alice\"}\n\
                 {\"parent_ref\":\"r\",\"text\":\"reply\",\"ref\":\"r2\"}\n\
                 {\"parent_ref\":\"r2\",\"text\":\"deeper\",\"time\":\"2026-01-01T00:00:00Z\"}\n\
                 {\"node\":\"N\",\"text\":\"hidden\",\"hidden\":true}\n";
    let report = env.json_stdin(&["--as", "bob", "comment", "add", "--from", "-"], input);
    assert_eq!(
        (report["records"].clone(), report["hidden"].clone()),
        (json!(4), json!(1))
    );
    let list = env.json(&["comment", "list", "--node", "N"]);
    assert_eq!(list["comments"][0]["username"], "alice");
    assert_eq!(list["comments"][0]["children"][0]["username"], "bob");
    assert_eq!(
        list["comments"][0]["children"][0]["children"][0]["text"],
        "deeper"
    );

    let bad = "{\"node\":\"N\",\"text\":\"ok\"}\n{\"node\":\"nope\",\"text\":\"x\"}\n";
    let out = env.run_stdin(&["comment", "add", "--from", "-"], bad);
    assert_eq!(code(&out), 3);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 2 (line 2)") && message.contains("nothing was stored"),
        "{message}"
    );
    assert_eq!(
        env.json(&["stats"])["faces"]["comments"]["comments"],
        json!(4)
    );

    let mut many = String::new();
    for i in 0..7 {
        many.push_str(&format!("{{\"node\":\"N\",\"text\":\"b{i}\"}}\n"));
    }
    many.push_str("{\"node\":\"N\"}\n");
    let out = env.run_stdin(
        &["comment", "add", "--from", "-", "--batch-size", "3"],
        &many,
    );
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("6 records committed in earlier batches")
            && message.contains("missing field \"text\""),
        "{message}"
    );
    assert_eq!(
        env.json(&["stats"])["faces"]["comments"]["comments"],
        json!(10)
    );
}

// --- concurrency ---

fn eight_processes_voting_at_once_keep_every_rating_equal_to_its_votes(env: Env) {
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let ids: Vec<i64> = (0..5)
        .map(|i| {
            env.json(&["comment", "add", "--node", "N", "--text", &format!("c{i}")])["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    // Each of 8 workers casts 100 votes (several users, every value), one storectl process per
    // vote, as a web app's workers would.
    let scripts: Vec<String> = (0..8)
        .map(|p| {
            let mut script = String::new();
            for v in 0..100 {
                let user = format!("user{}", (p * 7 + v) % 13);
                let comment = ids[(p + v) % ids.len()];
                let value = [1, -1, 0][(p + v * 3) % 3];
                script.push_str(&format!(
                    "\"$BIN\" --as {user} vote {comment} {value} >/dev/null || exit 1\n"
                ));
            }
            script
        })
        .collect();
    run_workers_at_once(&env, scripts);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    let count = |sql: &str| -> i64 {
        match &env.pg {
            Some(pg) => pg.client().query_one(sql, &[]).unwrap().get(0),
            None => rusqlite::Connection::open(&env.store)
                .unwrap()
                .query_row(sql, [], |r| r.get(0))
                .unwrap(),
        }
    };
    let votes = count("SELECT count(*) FROM comment_votes");
    assert!(votes > 0);
    let mismatched = count(
        "SELECT count(*) FROM comments c WHERE rating != (SELECT coalesce(sum(value), 0) FROM comment_votes v WHERE v.comment_id = c.id)",
    );
    assert_eq!(mismatched, 0);
}

fn show_carries_the_replies_this_viewer_may_see(env: Env) {
    let [c1, _c2, r1, r2, _b] = seed_comments(&env);
    let rr = env.json(&[
        "--as",
        "user_two",
        "comment",
        "add",
        "--parent",
        &r1.to_string(),
        "--text",
        "RR",
    ])["id"]
        .as_i64()
        .unwrap();
    let shown = env.json(&["comment", "show", &c1.to_string()]);
    assert_eq!(
        tree_ids(&json!({"comments": shown["children"]})),
        json!([[r1, [[rr, []]]]])
    );
    assert_eq!(shown["children"][0]["text"], "R1");
    let shown = env.json(&["--moderator", "comment", "show", &c1.to_string()]);
    assert_eq!(
        tree_ids(&json!({"comments": shown["children"]})),
        json!([[r1, [[rr, []]]], [r2, []]])
    );
    let leaf = env.json(&["comment", "show", &rr.to_string()]);
    assert_eq!(leaf["children"], json!([]));
}

/// `comment add --from - --batch-size 1` fed through a pipe while another writer adds a comment
/// between its chunks: the moderation command hears of each hidden comment as soon as its chunk
/// commits, and of exactly the comments the import stored (ids 1 and 3, not the other writer's
/// 2), even when a later chunk fails. (Before, the import held the store while it waited for
/// its next record, so the other writer could not get in; notices went out only at the end,
/// for ids counted from the first one, which an interleaved writer makes wrong.)
#[test]
fn moderators_hear_of_exactly_the_comments_each_committed_chunk_stored() {
    use std::io::Write;
    use std::process::Stdio;
    use std::sync::mpsc;
    use std::time::Duration;

    let env = Env::new();
    let fifo = env.path("notices.fifo");
    let path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    let log = env.path("notices.jsonl");
    let hook = env.write(
        "hook.sh",
        &format!(
            "doc=$(cat)\nprintf '%s\\n' \"$doc\" >> '{}'\nprintf '%s\\n' \"$doc\" > '{}'\n",
            log.display(),
            fifo.display()
        ),
    );
    let config = env.write(
        "c.toml",
        &format!(
            "[comments]\nmoderation_command = \"sh '{}'\"\n",
            hook.display()
        ),
    );
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    // Each notice, as the hook hands it over: the signal that a chunk committed.
    let (notices, notice) = mpsc::channel();
    std::thread::spawn(move || loop {
        let text = std::fs::read_to_string(&fifo).unwrap();
        for line in text.lines() {
            if notices.send(line.to_string()).is_err() {
                return;
            }
        }
    });
    // A failing run must not leave the import (and its hook, blocked on the FIFO) behind.
    let next_notice = |import: &mut std::process::Child| -> Value {
        match notice.recv_timeout(Duration::from_secs(20)) {
            Ok(line) => serde_json::from_str(&line).unwrap(),
            Err(e) => {
                let _ = import.kill();
                panic!("no moderation notice 20 s after the record was sent: {e}");
            }
        }
    };
    let mut import = env
        .std_cmd()
        .args(["--config", config.to_str().unwrap(), "--as", "imp"])
        .args(["comment", "add", "--from", "-", "--batch-size", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = import.stdin.take().unwrap();
    let mut send = |line: &str| {
        input.write_all(line.as_bytes()).unwrap();
        input.write_all(b"\n").unwrap();
        input.flush().unwrap();
    };
    send(r#"{"node": "N", "text": "first", "hidden": true}"#);
    let first = next_notice(&mut import);
    // The import waits for its next record, holding nothing: another writer gets in.
    let other = env.json(&[
        "--as",
        "other",
        "comment",
        "add",
        "--node",
        "N",
        "--text",
        "meanwhile",
    ]);
    send(r#"{"node": "N", "text": "second", "hidden": true}"#);
    let second = next_notice(&mut import);
    send("{not json");
    drop(input);
    let out = import.wait_with_output().unwrap();
    assert_eq!(code(&out), 65, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 records committed in earlier batches"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        (
            first["id"].clone(),
            other["id"].clone(),
            second["id"].clone()
        ),
        (json!(1), json!(2), json!(3))
    );
    assert_eq!(
        (&first["text"], &second["text"]),
        (&json!("first"), &json!("second"))
    );
    // Every notice the import gave (its hooks ran before it exited): those two, once each.
    let given: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(given, vec![json!(1), json!(3)]);
    let waiting = env.json(&["--as", "mod", "--moderator", "moderate", "list"]);
    let waiting: Vec<&Value> = waiting
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["id"])
        .collect();
    assert_eq!(waiting, vec![&json!(1), &json!(3)]);
}
