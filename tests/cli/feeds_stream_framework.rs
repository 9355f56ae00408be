//! The feeds face as Stream Framework itself uses it (issue 14): its own activity classes' ids,
//! bare-id timelines, activity storage on its own, microsecond times, and the answers its
//! storage classes need (`delete` of a missing key, how many activities were new, ids echoed).

use serde_json::{json, Value};

use crate::common::{code, error_doc, parse_json, Env};
use crate::feeds::{ids, ndjson};

// Each runs on SQLite and on PostgreSQL (when STORECTL_TEST_POSTGRES names a server).
on_sqlite_and_postgres!(
    custom_ids_are_kept_exactly_and_sort_as_integers,
    a_record_of_only_an_id_goes_to_the_timelines_only,
    activity_storage_is_listed_and_flushed_on_its_own,
    times_keep_their_microseconds_and_a_time_without_an_offset_is_utc,
    deleting_a_missing_feed_is_a_no_op,
    activity_add_says_how_many_activities_were_new,
    activity_get_echoes_ids_exactly_as_given,
);

/// Stream Framework's `CustomActivity` (its test suite): epoch_ms, then object % 100 in 2
/// digits, then verb in 2: 17 digits, not 26.
fn custom(ms: i64, object: i64, verb: i64) -> Value {
    json!({
        "id": format!("{ms}{:02}{:02}", object % 100, verb),
        "actor": 1, "verb": verb, "object": object, "target": null,
        "time": ms, "extra_context": {"o": object},
    })
}

fn custom_ids_are_kept_exactly_and_sort_as_integers(env: Env) {
    let ms = 1_700_000_000_123;
    let records = [
        custom(ms, 1, 3),
        custom(ms, 2, 3),
        custom(ms + 1, 1, 3),
        // Small custom ids: no zeros in front, ordered as integers (999 < 12345).
        json!({"id": 12345, "actor": 2, "verb": 1, "object": 7, "time": ms}),
        json!({"id": "999", "actor": 3, "verb": 1, "object": 8, "time": ms}),
    ];
    let done = env.json_stdin(&["feed", "add-many", "k", "-"], &ndjson(&records));
    assert_eq!(done["keys"]["k"]["added"], json!(5), "{done}");
    assert_eq!(
        ids(&env, &["k"]),
        [
            format!("{}0103", ms + 1),
            format!("{ms}0203"),
            format!("{ms}0103"),
            "12345".to_string(),
            "999".to_string(),
        ]
    );
    // The activity keeps its own verb, object and time: nothing is read back from the id.
    let got = env.json(&["feed", "activity", "get", "12345"]);
    let a = &got["activities"][0];
    assert_eq!(
        (&a["id"], &a["actor"], &a["verb"], &a["object"], &a["time"]),
        (
            &json!("12345"),
            &json!(2),
            &json!(1),
            &json!(7),
            &json!("2023-11-14T22:13:20.123Z")
        )
    );
    let custom_id = format!("{ms}0203");
    assert_eq!(
        env.json(&["feed", "activity", "get", &custom_id])["activities"][0]["extra_context"],
        json!({"o": 2})
    );
    assert_eq!(env.json(&["feed", "index-of", "k", &custom_id]), json!(1));
    assert_eq!(
        ids(&env, &["k", "--lt", &custom_id]),
        [format!("{ms}0103"), "12345".into(), "999".into()]
    );
    // Still exact integers: a 26-digit default id and a 17-digit custom id of the same
    // millisecond order by value, not by text.
    let default_id = env.json(&[
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
        &ms.to_string(),
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(ids(&env, &["k", "--stop", "1"]), [default_id]);
}

fn a_record_of_only_an_id_goes_to_the_timelines_only(env: Env) {
    let before = json!({"id": "170000000012301", "actor": 1, "verb": 3, "object": 1, "time": 1_700_000_000_123i64});
    env.json_stdin(&["feed", "activity", "add", "-"], &ndjson(&[before]));
    // Stored before, stored after, never stored.
    let done = env.json_stdin(
        &["feed", "add-many", "a", "b", "-"],
        &ndjson(&[
            json!({"id": "170000000012301"}),
            json!({"id": 170000000012401u64}),
            json!({"id": "5"}),
        ]),
    );
    assert_eq!(
        done["keys"],
        json!({"a": {"added": 3, "duplicates": 0, "trimmed": 0},
               "b": {"added": 3, "duplicates": 0, "trimmed": 0}})
    );
    assert_eq!(
        env.json(&["stats"])["faces"]["feeds"]["activities"],
        json!(1)
    );
    let after = json!({"id": "170000000012401", "actor": 2, "verb": 3, "object": 2, "time": 1_700_000_000_124i64});
    env.json_stdin(&["feed", "activity", "add", "-"], &ndjson(&[after]));
    let page = env.json(&["feed", "slice", "b"]);
    assert_eq!(page[0]["actor"], json!(2), "{page}");
    assert_eq!(page[1]["actor"], json!(1), "{page}");
    assert_eq!(page[2], json!({"id": "5", "missing": true}));
    // A record with some fields but not all is still an activity missing a field.
    let out = env.run_stdin(
        &["feed", "add-many", "a", "-"],
        &ndjson(&[json!({"id": "6", "verb": 3})]),
    );
    assert_eq!(code(&out), 65);
    assert!(
        error_doc(&out)["message"]
            .as_str()
            .unwrap()
            .contains("missing field \"actor\""),
        "{}",
        error_doc(&out)
    );
    // Activity storage alone takes no bare ids.
    let out = env.run_stdin(
        &["feed", "activity", "add", "-"],
        &ndjson(&[json!({"id": "6"})]),
    );
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("an id alone is a timeline entry"));
}

fn activity_storage_is_listed_and_flushed_on_its_own(env: Env) {
    let records: Vec<Value> = (1..=3)
        .map(|i| json!({"actor": i, "verb": 3, "object": i, "time": 1_700_000_000_000i64 + i}))
        .collect();
    env.json_stdin(&["feed", "add-many", "k", "-"], &ndjson(&records));
    let listed = env.json(&["feed", "activity", "list"]);
    let actors: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["actor"])
        .collect();
    assert_eq!(actors, [&json!(1), &json!(2), &json!(3)]);
    let first = listed[0]["id"].as_str().unwrap();
    let rest = env.json(&["feed", "activity", "list", "--after", first, "--limit", "1"]);
    assert_eq!(rest.as_array().unwrap().len(), 1);
    assert_eq!(rest[0]["actor"], json!(2));

    // Confirmation, as for every command that removes many things.
    assert_eq!(code(&env.run_stdin(&["feed", "activity", "flush"], "")), 2);
    assert_eq!(
        env.json(&["feed", "activity", "flush", "--yes"]),
        json!({"removed": 3, "dry_run": false})
    );
    assert_eq!(env.json(&["feed", "activity", "list"]), json!([]));
    // The timeline stays, its ids now dangling.
    assert_eq!(env.json(&["feed", "count", "k"]), json!(3));
    assert_eq!(env.json(&["feed", "slice", "k"])[0]["missing"], json!(true));
}

fn times_keep_their_microseconds_and_a_time_without_an_offset_is_utc(env: Env) {
    let done = env.json_stdin(
        &["feed", "add-many", "k", "-"],
        &ndjson(&[
            json!({"actor": 1, "verb": 3, "object": 1, "time": "2023-11-14T22:13:20.123456"}),
            json!({"actor": 1, "verb": 3, "object": 2, "time": "2023-11-15T00:13:20.654321+02:00"}),
        ]),
    );
    assert_eq!(done["records"], json!(2));
    let page = env.json(&["feed", "slice", "k"]);
    assert_eq!(page[0]["time"], json!("2023-11-14T22:13:20.654321Z"));
    assert_eq!(page[1]["time"], json!("2023-11-14T22:13:20.123456Z"));
    // The id is still Stream Framework's: to the millisecond.
    assert_eq!(page[1]["id"], json!("17000000001230000000001003"));
    let added = env.json(&[
        "feed",
        "add",
        "k",
        "--actor",
        "1",
        "--verb",
        "3",
        "--object",
        "3",
        "--time",
        "2023-11-14T22:13:20.000001",
    ]);
    assert_eq!(
        added["activity"]["time"],
        json!("2023-11-14T22:13:20.000001Z")
    );
    let out = env.run(&[
        "feed",
        "add",
        "k",
        "--actor",
        "1",
        "--verb",
        "3",
        "--object",
        "3",
        "--time",
        "yesterday",
    ]);
    assert_eq!(code(&out), 65);
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("no offset: UTC"));
}

fn deleting_a_missing_feed_is_a_no_op(env: Env) {
    env.json(&[
        "feed", "add", "other", "--actor", "1", "--verb", "3", "--object", "1",
    ]);
    let before = env.store_bytes();
    assert_eq!(
        env.json(&["feed", "delete", "nowhere"]),
        json!({"key": "nowhere", "deleted": false, "entries": 0, "dry_run": false})
    );
    assert_eq!(env.store_bytes(), before);
}

fn activity_add_says_how_many_activities_were_new(env: Env) {
    let one = json!({"actor": 1, "verb": 3, "object": 1, "time": 1_700_000_000_000i64});
    let two = json!({"actor": 1, "verb": 3, "object": 2, "time": 1_700_000_000_000i64});
    assert_eq!(
        env.json_stdin(
            &["feed", "activity", "add", "-"],
            &ndjson(std::slice::from_ref(&one))
        ),
        json!({"records": 1, "new": 1, "dry_run": false})
    );
    let mut again = one.clone();
    again["actor"] = json!(9);
    assert_eq!(
        env.json_stdin(&["feed", "activity", "add", "-"], &ndjson(&[again, two])),
        json!({"records": 2, "new": 1, "dry_run": false})
    );
    // The later write won.
    assert_eq!(
        env.json(&["feed", "activity", "list"])[0]["actor"],
        json!(9)
    );
}

fn activity_get_echoes_ids_exactly_as_given(env: Env) {
    env.json_stdin(
        &["feed", "activity", "add", "-"],
        &ndjson(&[json!({"id": 12345, "actor": 1, "verb": 3, "object": 1, "time": 0})]),
    );
    let got = env.json(&["feed", "activity", "get", "12345", "0012345", "77", "077"]);
    assert_eq!(got["activities"][0]["id"], json!("12345"));
    assert_eq!(got["activities"][1]["id"], json!("0012345"));
    assert_eq!(got["missing"], json!(["77", "077"]));
    let out = env.run(&["feed", "activity", "get", "0077"]);
    assert_eq!(code(&out), 3);
    assert_eq!(parse_json(&out.stdout)["missing"], json!(["0077"]));
}

#[test]
fn activities_stored_before_schema_version_7_read_their_fields_from_the_id() {
    let env = Env::new();
    {
        // A store as schema version 6 left it: verb, object and time only in the id.
        let conn = rusqlite::Connection::open(&env.store).unwrap();
        for script in &storectl::engine::sqlite::MIGRATIONS[..6] {
            conn.execute_batch(script).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO feed_activities (ms, tail, actor, target, extra_context)
                  VALUES (1577836800000, 42003, 5, NULL, '{}');
             PRAGMA user_version = 6; PRAGMA application_id = 1398031188;",
        )
        .unwrap();
    }
    let got = env.json(&["feed", "activity", "get", "15778368000000000000042003"]);
    let a = &got["activities"][0];
    assert_eq!(
        (&a["verb"], &a["object"], &a["time"]),
        (&json!(3), &json!(42), &json!("2020-01-01T00:00:00Z"))
    );
    assert_eq!(
        env.json(&["stats"])["storage"]["schema_version"],
        json!(storectl::engine::sqlite::SCHEMA_VERSION)
    );
}
