//! The feeds face: the seed's storage test scenarios, then bad input, caps, paging and
//! concurrency.

use serde_json::{json, Value};

use crate::common::{code, error_doc, stderr, Env};

// Every scenario runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    scenario_activity_storage,
    scenario_timeline_add_and_slice_newest_first,
    scenario_the_same_activity_twice_counts_once,
    scenario_index_of,
    scenario_trim,
    scenario_remove,
    scenario_slice_filters_including_the_same_millisecond,
    scenario_slice_bounds,
    scenario_fan_out,
    scenario_unfollow,
    follow_copies_the_newest_entries_and_gc_and_flush_clean_up,
    a_dangling_id_is_returned_as_missing_not_a_failed_page,
    caps_are_hard_and_applied_on_every_insert,
    verb_names_come_from_the_builtins_and_the_config,
    out_of_range_object_or_verb_is_exit_65_naming_the_record,
    a_malformed_line_stores_nothing_or_only_whole_batches,
    ids_in_json_are_strings_and_a_given_id_is_kept,
    eight_processes_adding_1000_activities_each_to_one_key,
    feed_writes_honour_other_owners_locks,
    feed_flush_honours_other_owners_locks_on_any_feed,
);

/// T0 = 2020-01-01T00:00:00Z in epoch milliseconds.
const T0_MS: i64 = 1_577_836_800_000;

/// A(i, h): actor i, verb 3 (love), object i, target i, time T0 + h hours, extra {"i": i}.
fn a(i: i64, h: i64) -> Value {
    json!({"actor": i, "verb": 3, "object": i, "target": i, "time": T0_MS + h * 3_600_000, "extra_context": {"i": i}})
}

fn id_of(i: i64, h: i64) -> String {
    format!("{}{:013}", T0_MS + h * 3_600_000, i * 1000 + 3)
}

pub(crate) fn ndjson(activities: &[Value]) -> String {
    activities.iter().map(|a| format!("{a}\n")).collect()
}

fn add_many(env: &Env, key: &str, activities: &[Value]) -> Value {
    env.json_stdin(&["feed", "add-many", key, "-"], &ndjson(activities))
}

/// The ids `feed slice ARGS` returns.
pub(crate) fn ids(env: &Env, args: &[&str]) -> Vec<String> {
    let mut full = vec!["feed", "slice"];
    full.extend_from_slice(args);
    full.push("--ids-only");
    env.json(&full)
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn scenario_activity_storage(env: Env) {
    let three = [a(1, 1), a(2, 2), a(3, 3)];
    assert_eq!(
        env.json_stdin(&["feed", "activity", "add"], &ndjson(&three))["records"],
        json!(3)
    );
    for (i, activity) in three.iter().enumerate() {
        let i = i as i64 + 1;
        let got = env.json(&["feed", "activity", "get", &id_of(i, i)]);
        let stored = &got["activities"][0];
        assert_eq!(stored["id"], json!(id_of(i, i)));
        for field in ["actor", "verb", "object", "target", "extra_context"] {
            assert_eq!(stored[field], activity[field], "{field}");
        }
        assert_eq!(stored["time"], json!(format!("2020-01-01T{:02}:00:00Z", i)));
    }
    env.json(&["feed", "activity", "remove", &id_of(2, 2)]);
    let out = env.run(&["feed", "activity", "get", &id_of(2, 2)]);
    assert_eq!(code(&out), 3);
    assert_eq!(
        crate::common::parse_json(&out.stdout)["missing"],
        json!([id_of(2, 2)])
    );
    let both = env.json(&["feed", "activity", "get", &id_of(1, 1), &id_of(2, 2)]);
    assert_eq!(
        (
            both["activities"].as_array().unwrap().len(),
            both["missing"].clone()
        ),
        (1, json!([id_of(2, 2)]))
    );
    env.json_stdin(&["feed", "activity", "add"], &ndjson(&[a(1, 1)]));
    assert_eq!(
        env.json(&["stats"])["faces"]["feeds"]["activities"],
        json!(2)
    );
}

fn scenario_timeline_add_and_slice_newest_first(env: Env) {
    let order = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];
    add_many(
        &env,
        "k",
        &order.iter().map(|&i| a(i, i)).collect::<Vec<_>>(),
    );
    let expected: Vec<String> = (1..=10).rev().map(|i| id_of(i, i)).collect();
    assert_eq!(ids(&env, &["k", "--start", "0", "--stop", "10"]), expected);
    let full = env.json(&["feed", "slice", "k", "--stop", "1"]);
    assert_eq!(full[0]["extra_context"], json!({"i": 10}));
    assert_eq!(full[0]["verb_name"], json!("love"));
}

fn scenario_the_same_activity_twice_counts_once(env: Env) {
    for _ in 0..2 {
        env.json(&[
            "feed",
            "add",
            "k",
            "--actor",
            "1",
            "--verb",
            "3",
            "--object",
            "1",
            "--time",
            &T0_MS.to_string(),
        ]);
    }
    assert_eq!(env.json(&["feed", "count", "k"]), json!(1));
    let report = add_many(&env, "m", &[a(1, 1), a(2, 2), a(1, 1), a(2, 2), a(3, 3)]);
    assert_eq!(
        report["keys"]["m"],
        json!({"added": 3, "duplicates": 2, "trimmed": 0})
    );
    assert_eq!(env.json(&["feed", "count", "m"]), json!(3));
    let again = add_many(&env, "m", &[a(3, 3), a(4, 4)]);
    assert_eq!(again["keys"]["m"]["added"], json!(1));
}

fn scenario_index_of(env: Env) {
    add_many(&env, "k", &(1..=42).map(|i| a(i, i)).collect::<Vec<_>>());
    assert_eq!(
        env.json(&["feed", "index-of", "k", &id_of(42, 42)]),
        json!(0)
    );
    assert_eq!(
        env.json(&["feed", "index-of", "k", &id_of(8, 8)]),
        json!(34)
    );
    assert_eq!(
        code(&env.run(&["feed", "index-of", "k", &id_of(43, 43)])),
        3
    );
    assert_eq!(
        env.json(&["feed", "contains", "k", &id_of(8, 8)]),
        json!(true)
    );
    assert_eq!(
        env.json(&["feed", "contains", "k", &id_of(43, 43)]),
        json!(false)
    );
}

fn scenario_trim(env: Env) {
    add_many(&env, "k", &(1..=10).map(|i| a(i, i)).collect::<Vec<_>>());
    assert_eq!(env.json(&["feed", "trim", "k", "5"])["removed"], json!(5));
    assert_eq!(
        ids(&env, &["k"]),
        (6..=10).rev().map(|i| id_of(i, i)).collect::<Vec<_>>()
    );
    assert_eq!(env.json(&["feed", "trim", "k", "0"])["removed"], json!(5));
    assert_eq!(env.json(&["feed", "count", "k"]), json!(0));
}

fn scenario_remove(env: Env) {
    add_many(&env, "k", &(1..=5).map(|i| a(i, i)).collect::<Vec<_>>());
    let report = env.json(&[
        "feed",
        "remove",
        "k",
        &id_of(1, 1),
        &id_of(2, 2),
        &id_of(9, 9),
    ]);
    assert_eq!(report["removed"], json!(2));
    assert_eq!(env.json(&["feed", "count", "k"]), json!(3));
}

fn scenario_slice_filters_including_the_same_millisecond(env: Env) {
    add_many(&env, "k", &(1..=10).map(|i| a(i, i)).collect::<Vec<_>>());
    assert_eq!(
        ids(&env, &["k", "--lt", &id_of(5, 5)]),
        (1..=4).rev().map(|i| id_of(i, i)).collect::<Vec<_>>()
    );
    assert_eq!(
        ids(&env, &["k", "--gte", &id_of(5, 5), "--asc"]),
        (5..=10).map(|i| id_of(i, i)).collect::<Vec<_>>()
    );
    assert_eq!(
        ids(&env, &["k", "--gt", &id_of(5, 5), "--lte", &id_of(7, 7)]).len(),
        2
    );
    // Three activities in one millisecond, objects 1, 2, 3: Redis's float scores give 0 and 3.
    let same: Vec<Value> = (1..=3)
        .map(|o| json!({"actor": o, "verb": 3, "object": o, "time": T0_MS}))
        .collect();
    add_many(&env, "ms", &same);
    let middle = id_of(2, 0);
    assert_eq!(ids(&env, &["ms", "--lt", &middle]), vec![id_of(1, 0)]);
    assert_eq!(
        ids(&env, &["ms", "--lte", &middle]),
        vec![id_of(2, 0), id_of(1, 0)]
    );
}

fn scenario_slice_bounds(env: Env) {
    add_many(&env, "k", &(1..=10).map(|i| a(i, i)).collect::<Vec<_>>());
    assert_eq!(
        ids(&env, &["k", "--start", "-2"]),
        vec![id_of(2, 2), id_of(1, 1)]
    );
    assert_eq!(
        env.json(&["feed", "slice", "k", "--start", "5", "--stop", "3"]),
        json!([])
    );
    assert_eq!(
        ids(&env, &["k", "--start", "-3", "--stop", "-1"]),
        vec![id_of(3, 3), id_of(2, 2)]
    );
    assert_eq!(
        ids(&env, &["k", "--stop", "2"]),
        vec![id_of(10, 10), id_of(9, 9)]
    );
    assert_eq!(ids(&env, &["k", "--all", "--start", "8"]).len(), 2);
    // Keyset paging continues after an id, in either order.
    assert_eq!(
        ids(&env, &["k", "--after", &id_of(8, 8), "--stop", "2"]),
        vec![id_of(7, 7), id_of(6, 6)]
    );
    assert_eq!(
        ids(&env, &["k", "--after", &id_of(8, 8), "--asc"]),
        vec![id_of(9, 9), id_of(10, 10)]
    );
    assert_eq!(env.json(&["feed", "slice", "nothing"]), json!([]));
}

fn scenario_fan_out(env: Env) {
    let report = env.json(&[
        "feed",
        "add",
        "user:1",
        "follower:2",
        "follower:3",
        "--actor",
        "1",
        "--verb",
        "love",
        "--object",
        "100",
    ]);
    let id = report["id"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 26);
    for key in ["user:1", "follower:2", "follower:3"] {
        assert_eq!(ids(&env, &[key]), vec![id.clone()]);
    }
    assert_eq!(
        env.json(&["stats"])["faces"]["feeds"]["activities"],
        json!(1)
    );
}

fn scenario_unfollow(env: Env) {
    add_many(&env, "follower", &[a(1, 1), a(2, 2), a(1, 3)]);
    assert_eq!(
        env.json(&["feed", "unfollow", "follower", "--actor", "1"])["removed"],
        json!(2)
    );
    assert_eq!(ids(&env, &["follower"]), vec![id_of(2, 2)]);
}

// --- more ---

fn follow_copies_the_newest_entries_and_gc_and_flush_clean_up(env: Env) {
    add_many(
        &env,
        "source",
        &(1..=10).map(|i| a(i, i)).collect::<Vec<_>>(),
    );
    assert_eq!(
        env.json(&["feed", "follow", "mine", "source", "--limit", "3"])["added"],
        json!(3)
    );
    assert_eq!(
        ids(&env, &["mine"]),
        (8..=10).rev().map(|i| id_of(i, i)).collect::<Vec<_>>()
    );
    assert_eq!(code(&env.run(&["feed", "follow", "mine", "nowhere"])), 3);
    env.json(&["feed", "delete", "source"]);
    // A second delete finds nothing to do (as Redis's DEL of a missing key).
    assert_eq!(
        env.json(&["feed", "delete", "source"])["deleted"],
        json!(false)
    );
    let check = env.json(&["check"]);
    assert_eq!(check["ok"], json!(true));
    assert!(
        check["notes"][0]
            .as_str()
            .unwrap()
            .contains("no timeline holds 7 activities"),
        "{check}"
    );
    assert_eq!(env.json(&["feed", "gc"])["removed"], json!(7));
    assert_eq!(
        env.json(&["feed", "keys", "--prefix", "mi"]),
        json!([{"key": "mine", "entries": 3}])
    );
    assert_eq!(code(&env.run_stdin(&["feed", "flush"], "")), 2);
    assert_eq!(
        env.json(&["feed", "flush", "--yes"]),
        json!({"timelines": 1, "activities": 3, "dry_run": false})
    );
    assert_eq!(
        env.json(&["stats"])["faces"]["feeds"]["activities"],
        json!(0)
    );
}

fn a_dangling_id_is_returned_as_missing_not_a_failed_page(env: Env) {
    add_many(&env, "k", &[a(1, 1), a(2, 2)]);
    env.json(&["feed", "activity", "remove", &id_of(1, 1)]);
    let page = env.json(&["feed", "slice", "k"]);
    assert_eq!(page[0]["actor"], json!(2));
    assert_eq!(page[1], json!({"id": id_of(1, 1), "missing": true}));
}

fn caps_are_hard_and_applied_on_every_insert(env: Env) {
    let config = env.write(
        "c.toml",
        "[feeds]\nmax_length = 5\n[feeds.max_length_by_prefix]\n\"user_feed:\" = 2\n",
    );
    let c = config.to_str().unwrap();
    let report = env.json_stdin(
        &["--config", c, "feed", "add-many", "other", "-"],
        &ndjson(&(1..=8).map(|i| a(i, i)).collect::<Vec<_>>()),
    );
    assert_eq!(report["keys"]["other"]["trimmed"], json!(3));
    assert_eq!(env.json(&["feed", "count", "other"]), json!(5));
    for i in 1..=4 {
        env.json(&[
            "--config",
            c,
            "feed",
            "add",
            "user_feed:1",
            "--actor",
            "1",
            "--verb",
            "1",
            "--object",
            &i.to_string(),
            "--time",
            &(T0_MS + i).to_string(),
        ]);
    }
    assert_eq!(env.json(&["feed", "count", "user_feed:1"]), json!(2));
    assert_eq!(
        env.json(&["--config", c, "feed", "follow", "user_feed:2", "other"])["added"],
        json!(5)
    );
    assert_eq!(env.json(&["feed", "count", "user_feed:2"]), json!(2));
}

fn verb_names_come_from_the_builtins_and_the_config(env: Env) {
    let config = env.write("v.toml", "[feeds.verbs]\nshare = 7\n");
    let report = env.json(&[
        "--config",
        config.to_str().unwrap(),
        "feed",
        "add",
        "k",
        "--actor",
        "1",
        "--verb",
        "share",
        "--object",
        "1",
    ]);
    assert_eq!(report["activity"]["verb"], json!(7));
    assert_eq!(report["activity"]["verb_name"], json!("share"));
    assert!(report["id"].as_str().unwrap().ends_with("0000000001007"));
    let out = env.run(&[
        "feed", "add", "k", "--actor", "1", "--verb", "share", "--object", "1",
    ]);
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("[feeds.verbs]"));
    let bad = env.write("bad.toml", "[feeds.verbs]\nhuge = 1000\n");
    assert_eq!(
        code(&env.run(&["--config", bad.to_str().unwrap(), "feed", "count", "k"])),
        78
    );
}

// --- bad input ---

fn out_of_range_object_or_verb_is_exit_65_naming_the_record(env: Env) {
    let input = format!(
        "{}\n{{\"actor\":1,\"verb\":3,\"object\":10000000000}}\n",
        a(1, 1)
    );
    let out = env.run_stdin(&["feed", "add-many", "k", "-"], &input);
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 2 (line 2)") && message.contains("not below 10^10"),
        "{message}"
    );
    let out = env.run_stdin(
        &["feed", "add-many", "k", "-"],
        "{\"actor\":1,\"verb\":1000,\"object\":1}\n",
    );
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("record 1 (line 1): verb 1000"));
    assert_eq!(
        code(&env.run(&["feed", "add", "k", "--actor", "1", "--verb", "1000", "--object", "1"])),
        65
    );
    assert_eq!(
        code(&env.run(&[
            "feed",
            "add",
            "k",
            "--actor",
            "1",
            "--verb",
            "1",
            "--object",
            "10000000000"
        ])),
        65
    );
    assert_eq!(code(&env.run(&["feed", "index-of", "k", "1.5e25"])), 65);
    assert_eq!(
        env.json(&["stats"])["faces"]["feeds"]["activities"],
        json!(0)
    );
}

fn a_malformed_line_stores_nothing_or_only_whole_batches(env: Env) {
    let mut input = ndjson(&(1..=7).map(|i| a(i, i)).collect::<Vec<_>>());
    input.push_str("{\"actor\": 1, \"verb\": \n");
    let out = env.run_stdin(&["feed", "add-many", "k", "-"], &input);
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 8 (line 8)") && message.contains("nothing was stored"),
        "{message}"
    );
    assert_eq!(env.json(&["feed", "count", "k"]), json!(0));
    assert_eq!(
        env.json(&["stats"])["faces"]["feeds"]["activities"],
        json!(0)
    );
    let out = env.run_stdin(&["feed", "add-many", "k", "-", "--batch-size", "3"], &input);
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("6 records committed in earlier batches"));
    assert_eq!(env.json(&["feed", "count", "k"]), json!(6));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn ids_in_json_are_strings_and_a_given_id_is_kept(env: Env) {
    let mut with_id = a(1, 1);
    with_id["id"] = json!(id_of(1, 1));
    add_many(&env, "k", &[with_id.clone()]);
    with_id["id"] = json!(id_of(1, 1).parse::<u128>().unwrap().to_string());
    add_many(&env, "k", &[with_id.clone()]);
    assert_eq!(ids(&env, &["k"]), [id_of(1, 1)]);
    // An id other than the default one is the application's own (Stream Framework's activity
    // classes may make their own): kept as given, with the activity's own fields.
    with_id["id"] = json!(id_of(2, 1));
    add_many(&env, "k", &[with_id]);
    assert_eq!(ids(&env, &["k"]), [id_of(2, 1), id_of(1, 1)]);
    let got = env.json(&["feed", "activity", "get", &id_of(2, 1)]);
    assert_eq!(got["activities"][0]["object"], json!(1));
}

// --- concurrency ---

fn eight_processes_adding_1000_activities_each_to_one_key(env: Env) {
    env.json(&["init"]);
    let children: Vec<_> = (0..8)
        .map(|p| {
            let activities: Vec<Value> = (0..1000)
                .map(|i| json!({"actor": p, "verb": 1, "object": p * 1000 + i, "time": T0_MS + i}))
                .collect();
            let file = env.write(&format!("p{p}.ndjson"), &ndjson(&activities));
            env.std_cmd()
                .args([
                    "feed",
                    "add-many",
                    "shared",
                    "--from",
                    file.to_str().unwrap(),
                ])
                .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "30000")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.json(&["feed", "count", "shared"]), json!(8000));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn feed_writes_honour_other_owners_locks(env: Env) {
    env.json(&["--as", "alice", "lock", "acquire", "feed:k"]);
    let add = [
        "--as", "bob", "feed", "add", "k", "--actor", "2", "--verb", "1", "--object", "2",
    ];
    assert_eq!(code(&env.run(&add)), 75);
    assert_eq!(
        code(&env.run_stdin(
            &["--as", "bob", "feed", "add-many", "k", "-"],
            &ndjson(&[a(1, 1)])
        )),
        75
    );
    assert_eq!(
        code(&env.run(&["--as", "bob", "feed", "trim", "k", "0"])),
        75
    );
    env.json(&[
        "--as", "alice", "feed", "add", "k", "--actor", "1", "--verb", "1", "--object", "1",
    ]);
    env.json(&["--as", "alice", "lock", "release", "feed:k"]);
    env.json(&add);
    assert_eq!(env.json(&["feed", "count", "k"]), json!(2));
}

fn feed_flush_honours_other_owners_locks_on_any_feed(env: Env) {
    env.json(&[
        "--as", "alice", "feed", "add", "k", "--actor", "1", "--verb", "1", "--object", "1",
    ]);
    env.json(&["--as", "alice", "lock", "acquire", "feed:k"]);
    let before = env.store_bytes();
    let out = env.run(&["--as", "bob", "feed", "flush", "--yes"]);
    assert_eq!(code(&out), 75);
    assert!(
        error_doc(&out)["message"]
            .as_str()
            .unwrap()
            .contains("feed \"k\" is locked by alice"),
        "{}",
        error_doc(&out)
    );
    assert!(
        env.store_bytes() == before,
        "a refused flush changed the store"
    );
    assert_eq!(env.json(&["feed", "count", "k"]), json!(1));
    env.json(&["--as", "alice", "feed", "flush", "--yes"]);
    assert_eq!(env.json(&["feed", "count", "k"]), json!(0));
}

/// A streaming add fed by a producer that pauses after its first record: with `--batch-size 1`
/// that record is committed, and while the add waits for the next one it holds no lock, so a
/// one-shot writer that waits for none gets in. Returns the add's document.
#[cfg(unix)]
fn an_add_waiting_for_input_holds_no_write_lock(env: &Env, args: &[&str]) -> Value {
    use crate::common::poll_until;
    use crate::serve::Served;
    // The store exists before the add starts: a reader never races its creation.
    env.json(&["init"]);
    let mut add = Served::start_args(env, args);
    add.send_raw(&format!("{}\n", a(1, 0)));
    poll_until("the first record's commit", || {
        code(&env.run(&["feed", "activity", "get", &id_of(1, 0)])) == 0
    });
    let out = env
        .cmd()
        .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "0")
        .args(["feed", "add", "other:1", "--actor", "9", "--verb", "love"])
        .args(["--object", "9"])
        .output()
        .unwrap();
    assert_eq!(
        code(&out),
        0,
        "a one-shot writer could not write: {}",
        stderr(&out)
    );
    add.send_raw(&format!("{}\n", a(2, 1)));
    let (exit, out) = add.finish();
    assert_eq!(exit, 0);
    assert_eq!(env.json(&["feed", "count", "other:1"]), json!(1));
    serde_json::from_str(&out.concat()).unwrap()
}

#[cfg(unix)]
#[test]
fn a_chunked_add_many_holds_no_write_lock_while_it_waits_for_input() {
    let env = Env::new();
    let args = ["feed", "add-many", "user:1", "-", "--batch-size", "1"];
    let done = an_add_waiting_for_input_holds_no_write_lock(&env, &args);
    assert_eq!(
        (&done["records"], &done["keys"]["user:1"]["added"]),
        (&json!(2), &json!(2))
    );
    assert_eq!(ids(&env, &["user:1"]), vec![id_of(2, 1), id_of(1, 0)]);
}

#[cfg(unix)]
#[test]
fn a_chunked_activity_add_holds_no_write_lock_while_it_waits_for_input() {
    let env = Env::new();
    let args = ["feed", "activity", "add", "-", "--batch-size", "1"];
    let done = an_add_waiting_for_input_holds_no_write_lock(&env, &args);
    assert_eq!(done["records"], json!(2));
    let got = env.json(&["feed", "activity", "get", &id_of(1, 0), &id_of(2, 1)]);
    assert_eq!(got["missing"], json!([]));
}
