//! Aggregated and notification feeds (issue 16): Stream Framework 1.4.0's AggregatedFeed and
//! NotificationFeed semantics, on the CLI.

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env};
use crate::feeds::ndjson;

on_sqlite_and_postgres!(
    activities_join_their_group_by_verb_and_day,
    a_group_keeps_its_newest_activities_and_a_feed_its_newest_groups,
    a_group_key_names_one_group_however_far_it_ranks,
    seen_and_read_mark_one_group_or_all_and_the_counts_follow,
    a_changed_group_is_unseen_and_unread_again,
    removing_an_activity_leaves_its_group_or_removes_the_group,
    the_notification_aggregator_groups_by_object_too,
    put_writes_whole_groups,
    check_finds_counts_out_of_step,
);

fn act(actor: i64, verb: &str, object: u64, time: &str) -> Value {
    json!({"actor": actor, "verb": verb, "object": object, "time": time})
}

fn add(env: &Env, key: &str, activities: &[Value], flags: &[&str]) -> Value {
    let mut args = vec!["feed", "aggregated", "add", key, "-"];
    args.extend_from_slice(flags);
    env.json_stdin(&args, &ndjson(activities))
}

fn slice(env: &Env, key: &str) -> Vec<Value> {
    env.json(&["feed", "aggregated", "slice", key, "--all"])
        .as_array()
        .unwrap()
        .clone()
}

fn groups(env: &Env, key: &str) -> Vec<String> {
    slice(env, key)
        .iter()
        .map(|g| g["group"].as_str().unwrap().to_string())
        .collect()
}

fn counts(env: &Env, key: &str) -> (u64, u64, u64) {
    let c = env.json(&["feed", "aggregated", "count", key]);
    (
        c["groups"].as_u64().unwrap(),
        c["unseen_count"].as_u64().unwrap(),
        c["unread_count"].as_u64().unwrap(),
    )
}

fn activities_join_their_group_by_verb_and_day(env: Env) {
    let done = add(
        &env,
        "agg:1",
        &[
            act(1, "love", 10, "2026-12-01T10:00:00Z"),
            act(3, "add", 12, "2026-12-01T12:00:00Z"),
            act(2, "love", 11, "2026-12-01T11:00:00.000001Z"),
            act(4, "love", 13, "2026-12-02T09:00:00Z"),
        ],
        &[],
    );
    assert_eq!(done["aggregator"], json!("recent_verb"), "{done}");
    assert_eq!(
        (&done["added"], &done["new_groups"], &done["groups"]),
        (
            &json!(4),
            &json!(["3-2026-12-01", "4-2026-12-01", "3-2026-12-02"]),
            &json!(3)
        )
    );
    let page = slice(&env, "agg:1");
    // Most recently updated first.
    assert_eq!(
        groups(&env, "agg:1"),
        ["3-2026-12-02", "4-2026-12-01", "3-2026-12-01"]
    );
    let loves = &page[2];
    assert_eq!(loves["created_at"], json!("2026-12-01T10:00:00Z"));
    assert_eq!(loves["updated_at"], json!("2026-12-01T11:00:00.000001Z"));
    assert_eq!(loves["activity_count"], json!(2));
    assert_eq!(loves["actor_count"], json!(2));
    // Oldest first within the group, as Stream Framework's AggregatedActivity.activities.
    let actors: Vec<&Value> = loves["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["actor"])
        .collect();
    assert_eq!(actors, [&json!(1), &json!(2)]);
    assert_eq!(loves["activities"][0]["verb_name"], json!("love"));
    // Stream Framework's serialization_id: updated_at in whole seconds, times 1000.
    assert_eq!(loves["serialization_id"], json!("1796122800000"));
    assert_eq!(counts(&env, "agg:1"), (3, 3, 3));
    // The same activities again are duplicates: nothing changes.
    let again = add(
        &env,
        "agg:1",
        &[act(1, "love", 10, "2026-12-01T10:00:00Z")],
        &[],
    );
    assert_eq!(
        (&again["added"], &again["duplicates"]),
        (&json!(0), &json!(1))
    );
    assert_eq!(slice(&env, "agg:1"), page);
    // Python slice bounds.
    let two = env.json(&["feed", "aggregated", "slice", "agg:1", "--start", "1"]);
    assert_eq!(two.as_array().unwrap().len(), 2);
    let last = env.json(&["feed", "aggregated", "slice", "agg:1", "--start", "-1"]);
    assert_eq!(last[0]["group"], json!("3-2026-12-01"));
    assert_eq!(counts(&env, "nowhere"), (0, 0, 0));
}

fn a_group_keeps_its_newest_activities_and_a_feed_its_newest_groups(env: Env) {
    let loves: Vec<Value> = (0..5)
        .map(|i| act(i, "love", i as u64, &format!("2026-12-01T1{i}:00:00Z")))
        .collect();
    add(&env, "agg:1", &loves, &["--max-activities", "3"]);
    let g = &slice(&env, "agg:1")[0];
    assert_eq!(g["minimized_activities"], json!(2));
    assert_eq!(g["activity_count"], json!(5));
    let objects: Vec<&Value> = g["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["object"])
        .collect();
    assert_eq!(objects, [&json!(2), &json!(3), &json!(4)]);
    // max_length is hard: every write trims to it, the least recently updated groups first.
    let days: Vec<Value> = (1..=6)
        .map(|d| act(1, "add", d, &format!("2026-11-0{d}T10:00:00Z")))
        .collect();
    let done = add(&env, "agg:1", &days, &["--max-length", "4"]);
    assert_eq!(done["trimmed"], json!(3), "{done}");
    assert_eq!(
        groups(&env, "agg:1"),
        [
            "3-2026-12-01",
            "4-2026-11-06",
            "4-2026-11-05",
            "4-2026-11-04"
        ]
    );
    assert_eq!(counts(&env, "agg:1"), (4, 4, 4));
    let trimmed = env.json(&["feed", "aggregated", "trim", "agg:1", "1"]);
    assert_eq!(trimmed["removed"], json!(3));
    assert_eq!(groups(&env, "agg:1"), ["3-2026-12-01"]);
    assert_eq!(counts(&env, "agg:1"), (1, 1, 1));
    // The default cap is [feeds] aggregated_max_length.
    let env = env.with_var("STORECTL_FEEDS_AGGREGATED_MAX_LENGTH", "2");
    add(&env, "agg:1", &days, &[]);
    assert_eq!(counts(&env, "agg:1").0, 2);
}

fn a_group_key_names_one_group_however_far_it_ranks(env: Env) {
    // 30 days of loves: the first day's group ranks 30th, past Stream Framework's
    // merge_max_length (20), where it would start a second "3-2026-11-01".
    let days: Vec<Value> = (1..=30)
        .map(|d| act(1, "love", d, &format!("2026-11-{d:02}T10:00:00Z")))
        .collect();
    add(&env, "agg:1", &days, &[]);
    let done = add(
        &env,
        "agg:1",
        &[act(2, "love", 99, "2026-11-01T23:00:00Z")],
        &[],
    );
    assert_eq!(done["changed_groups"], json!(["3-2026-11-01"]), "{done}");
    assert_eq!(counts(&env, "agg:1").0, 30);
    let all = groups(&env, "agg:1");
    assert_eq!(all.iter().filter(|g| *g == "3-2026-11-01").count(), 1);
}

fn seen_and_read_mark_one_group_or_all_and_the_counts_follow(env: Env) {
    add(
        &env,
        "nf:1",
        &[
            act(1, "love", 1, "2026-12-01T10:00:00Z"),
            act(1, "comment", 1, "2026-12-01T11:00:00Z"),
            act(1, "follow", 1, "2026-12-01T12:00:00Z"),
        ],
        &[],
    );
    assert_eq!(counts(&env, "nf:1"), (3, 3, 3));
    let one = env.json(&["feed", "aggregated", "mark", "nf:1", "1-2026-12-01"]);
    assert_eq!(
        (&one["marked"], &one["unseen_count"]),
        (&json!(1), &json!(2))
    );
    assert_eq!(counts(&env, "nf:1"), (3, 2, 3));
    let g = &slice(&env, "nf:1")[0];
    assert_eq!(
        (&g["is_seen"], &g["is_read"]),
        (&json!(true), &json!(false))
    );
    assert!(g["seen_at"].is_string(), "{g}");
    // A group already seen keeps its time.
    let again = env.json(&["feed", "aggregated", "mark", "nf:1", "1-2026-12-01"]);
    assert_eq!(again["marked"], json!(0));
    env.json(&[
        "feed",
        "aggregated",
        "mark",
        "nf:1",
        "--all",
        "--seen",
        "--read",
    ]);
    assert_eq!(counts(&env, "nf:1"), (3, 0, 0));
    assert!(slice(&env, "nf:1")
        .iter()
        .all(|g| g["is_seen"] == json!(true) && g["is_read"] == json!(true)));
    env.json(&[
        "feed",
        "aggregated",
        "mark",
        "nf:1",
        "2-2026-12-01",
        "--unread",
    ]);
    assert_eq!(counts(&env, "nf:1"), (3, 0, 1));
    // An unknown group: exit 3, and nothing is marked (not even the known one before it).
    let before = env.store_bytes();
    let out = env.run(&[
        "feed",
        "aggregated",
        "mark",
        "nf:1",
        "3-2026-12-01",
        "9-2026-12-01",
        "--unseen",
    ]);
    assert_eq!(code(&out), 3);
    assert!(
        error_doc(&out)["message"]
            .as_str()
            .unwrap()
            .contains("\"9-2026-12-01\""),
        "{}",
        error_doc(&out)
    );
    assert_eq!(env.store_bytes(), before);
    // --dry-run reports and writes nothing.
    let dry = env.json(&[
        "feed",
        "aggregated",
        "mark",
        "nf:1",
        "--all",
        "--unseen",
        "--dry-run",
    ]);
    assert_eq!(
        (&dry["unseen_count"], &dry["dry_run"]),
        (&json!(3), &json!(true))
    );
    assert_eq!(env.store_bytes(), before);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn a_changed_group_is_unseen_and_unread_again(env: Env) {
    // As Stream Framework's notification feed test_add_activities: mark all, then one more
    // activity joins the group: it is unseen and unread again.
    add(
        &env,
        "nf:1",
        &[act(1, "love", 1, "2026-12-01T10:00:00Z")],
        &[],
    );
    env.json(&[
        "feed",
        "aggregated",
        "mark",
        "nf:1",
        "--all",
        "--seen",
        "--read",
    ]);
    assert_eq!(counts(&env, "nf:1"), (1, 0, 0));
    add(
        &env,
        "nf:1",
        &[act(2, "love", 2, "2026-12-01T11:00:00Z")],
        &[],
    );
    assert_eq!(counts(&env, "nf:1"), (1, 1, 1));
    let g = &slice(&env, "nf:1")[0];
    assert_eq!((&g["seen_at"], &g["read_at"]), (&json!(null), &json!(null)));
}

fn removing_an_activity_leaves_its_group_or_removes_the_group(env: Env) {
    let done = add(
        &env,
        "agg:1",
        &[
            act(1, "love", 1, "2026-12-01T10:00:00Z"),
            act(2, "love", 2, "2026-12-01T11:00:00Z"),
            act(3, "add", 3, "2026-12-01T12:00:00Z"),
        ],
        &[],
    );
    assert_eq!(done["groups"], json!(2));
    let page = slice(&env, "agg:1");
    let loves = &page[1]["activities"];
    let (first, second) = (
        loves[0]["id"].as_str().unwrap().to_string(),
        loves[1]["id"].as_str().unwrap().to_string(),
    );
    let add_id = page[0]["activities"][0]["id"].as_str().unwrap().to_string();
    env.json(&["feed", "aggregated", "mark", "agg:1", "--all"]);
    let removed = env.json(&["feed", "aggregated", "remove", "agg:1", &second, "123"]);
    assert_eq!(
        (
            &removed["removed"],
            &removed["missing"],
            &removed["changed_groups"]
        ),
        (&json!(1), &json!(["123"]), &json!(["3-2026-12-01"]))
    );
    let loves = slice(&env, "agg:1")[1].clone();
    assert_eq!(loves["activity_count"], json!(1));
    // updated_at is the last activity's time; the changed group is unseen again.
    assert_eq!(loves["updated_at"], json!("2026-12-01T10:00:00Z"));
    assert_eq!(loves["is_seen"], json!(false));
    assert_eq!(counts(&env, "agg:1"), (2, 1, 2));
    let gone = env.json(&["feed", "aggregated", "remove", "agg:1", &first, &add_id]);
    assert_eq!(
        gone["removed_groups"],
        json!(["3-2026-12-01", "4-2026-12-01"])
    );
    assert_eq!(counts(&env, "agg:1"), (0, 0, 0));
    // Whole groups, and deleting the feed.
    add(
        &env,
        "agg:1",
        &[act(1, "love", 1, "2026-12-01T10:00:00Z")],
        &[],
    );
    let whole = env.json(&[
        "feed",
        "aggregated",
        "remove",
        "agg:1",
        "--group",
        "3-2026-12-01",
        "x",
    ]);
    assert_eq!(
        (&whole["removed"], &whole["missing"]),
        (&json!(1), &json!(["x"]))
    );
    let deleted = env.json(&["feed", "aggregated", "delete", "agg:1"]);
    assert_eq!(deleted["deleted"], json!(true));
    let again = env.json(&["feed", "aggregated", "delete", "agg:1"]);
    assert_eq!(again["deleted"], json!(false));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn the_notification_aggregator_groups_by_object_too(env: Env) {
    let loves = [
        act(1, "love", 1, "2026-12-01T10:00:00Z"),
        act(2, "love", 2, "2026-12-01T11:00:00Z"),
        act(3, "love", 1, "2026-12-01T12:00:00Z"),
    ];
    let done = add(&env, "nf:1", &loves, &["--aggregator", "notification"]);
    assert_eq!(done["aggregator"], json!("notification"));
    assert_eq!(groups(&env, "nf:1"), ["3-1-2026-12-01", "3-2-2026-12-01"]);
    // A feed keeps its aggregator: another one is a conflict, and nothing is written.
    let before = env.store_bytes();
    let out = env.run_stdin(
        &[
            "feed",
            "aggregated",
            "add",
            "nf:1",
            "-",
            "--aggregator",
            "recent_verb",
        ],
        &ndjson(&[act(4, "love", 1, "2026-12-02T10:00:00Z")]),
    );
    assert_eq!(code(&out), 4);
    assert_eq!(env.store_bytes(), before);
    // [feeds] aggregator names the default for new feeds.
    let env = env.with_var("STORECTL_FEEDS_AGGREGATOR", "notification");
    assert_eq!(add(&env, "nf:2", &loves, &[])["groups"], json!(2));
    // (The later value of a variable wins.)
    let env = env.with_var("STORECTL_FEEDS_AGGREGATOR", "by_actor");
    let out = env.run(&["feed", "aggregated", "count", "nf:2"]);
    assert_eq!(code(&out), 78);
}

fn put_writes_whole_groups(env: Env) {
    let group = json!({
        "group": "3-2026-12-01",
        "activities": [
            {"id": "1001", "actor": 1, "verb": 3, "object": 1, "time": "2026-12-01T10:00:00Z"},
            {"id": "1002", "actor": 2, "verb": 3, "object": 2, "time": "2026-12-01T11:00:00Z"},
        ],
        "seen_at": "2026-12-01T12:00:00Z",
        "minimized_activities": 4,
    });
    let done = env.json_stdin(
        &["feed", "aggregated", "put", "agg:1", "-"],
        &ndjson(std::slice::from_ref(&group)),
    );
    assert_eq!(done["new_groups"], json!(["3-2026-12-01"]), "{done}");
    let g = &slice(&env, "agg:1")[0];
    assert_eq!(
        (
            &g["created_at"],
            &g["updated_at"],
            &g["seen_at"],
            &g["activity_count"]
        ),
        (
            &json!("2026-12-01T10:00:00Z"),
            &json!("2026-12-01T11:00:00Z"),
            &json!("2026-12-01T12:00:00Z"),
            &json!(6)
        )
    );
    assert_eq!(counts(&env, "agg:1"), (1, 0, 1));
    // An activity another group holds: exit 4, nothing written.
    let before = env.store_bytes();
    let other = json!({"group": "x", "activities": [group["activities"][0].clone()]});
    let out = env.run_stdin(
        &["feed", "aggregated", "put", "agg:1", "-"],
        &ndjson(&[other]),
    );
    assert_eq!(code(&out), 4, "{}", error_doc(&out));
    assert_eq!(env.store_bytes(), before);
    // The group's activities are found by id.
    let removed = env.json(&["feed", "aggregated", "remove", "agg:1", "1002"]);
    assert_eq!(removed["changed_groups"], json!(["3-2026-12-01"]));
}

fn check_finds_counts_out_of_step(env: Env) {
    add(
        &env,
        "agg:1",
        &[act(1, "love", 1, "2026-12-01T10:00:00Z")],
        &[],
    );
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    let sql = "UPDATE feed_aggregated SET unseen_count = 7";
    match &env.pg {
        Some(pg) => {
            pg.client().batch_execute(sql).unwrap();
        }
        None => {
            rusqlite::Connection::open(&env.store)
                .unwrap()
                .execute_batch(sql)
                .unwrap();
        }
    }
    let out = env.run(&["check"]);
    assert_eq!(code(&out), 65);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["problems"][0]
            .as_str()
            .unwrap()
            .contains("aggregated feed \"agg:1\" records 1 groups, 7 unseen"),
        "{report}"
    );
}
