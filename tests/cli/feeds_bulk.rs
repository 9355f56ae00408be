//! `feed add-many` of more activities than go to the store at once (1,024): ids that come again
//! in later chunks, a key that held entries, caps, and timeline counts exact when the
//! transaction runs twice; on PostgreSQL, a timeline's counted entries are written once per
//! transaction.

use serde_json::{json, Value};

use crate::common::{code, poll_until, Env};

on_sqlite_and_postgres!(add_many_of_several_chunks_run_twice_keeps_counts_duplicates_and_caps);

/// What only PostgreSQL has: per-table statistics.
mod server_only {
    use super::*;
    on_postgres!(add_many_writes_the_count_of_its_timeline_once);
}

const T0_MS: u64 = 1_600_000_000_000;

/// Activity `i`: object `i`, one millisecond apart, verb 4 ("add"), so its id is `T0 + i` then `i * 1000 + 4`.
fn activity(i: u64) -> Value {
    json!({"actor": i % 100, "verb": "add", "object": i, "time": T0_MS + i})
}

fn ndjson(records: impl Iterator<Item = Value>) -> String {
    records.map(|r| format!("{r}\n")).collect()
}

fn add_many_of_several_chunks_run_twice_keeps_counts_duplicates_and_caps(env: Env) {
    // "a" holds activities 1..=100 before; "b" is capped at 2,000 entries.
    let config = env.write("c.toml", "[feeds.max_length_by_prefix]\n\"b\" = 2000\n");
    let c = config.to_str().unwrap();
    let first = env.write("first.ndjson", &ndjson((1..=100).map(activity)));
    env.json(&["feed", "add-many", "a", first.to_str().unwrap()]);
    // 3,000 activities, then 500 that came before (in the first chunk, in the third) and 50
    // that "a" held before this command.
    let records = (1..=3_000).chain(2_001..=2_500).chain(1..=50).map(activity);
    let file = env.write("records.ndjson", &ndjson(records));
    // The transaction loses to "another writer" once, after every chunk was sent, and runs again
    // from the first record: nothing of the first run may stay or count twice.
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict")
        .args(["--config", c, "feed", "add-many", "a", "b"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report,
        json!({"records": 3_550, "keys": {
                   "a": {"added": 2_900, "duplicates": 650, "trimmed": 0},
                   "b": {"added": 3_000, "duplicates": 550, "trimmed": 1_000}},
               "dry_run": false})
    );
    assert_eq!(env.json(&["feed", "count", "a"]), json!(3_000));
    assert_eq!(env.json(&["feed", "count", "b"]), json!(2_000));
    // b keeps its newest 2,000: activities 1,001..=3,000.
    let oldest = env.json(&["feed", "slice", "b", "--asc", "--stop", "1", "--ids-only"]);
    assert_eq!(
        oldest[0],
        json!(format!("{}{:013}", T0_MS + 1_001, 1_001_004))
    );
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// An add-many of three chunks into a new timeline updates the timeline's row (its count)
/// once, at the end, not once per chunk: every version of that row is one more step for each
/// later foreign-key check of an entry. (The server's per-table statistics count the updates;
/// a session reports them when it ends, after the command exits, hence the poll.)
fn add_many_writes_the_count_of_its_timeline_once(env: Env) {
    let file = env.write("records.ndjson", &ndjson((1..=3_000).map(activity)));
    let report = env.json(&["feed", "add-many", "k", file.to_str().unwrap()]);
    assert_eq!(report["keys"]["k"]["added"], json!(3_000));
    let pg = env.pg.as_ref().unwrap();
    let stat = |table: &str, column: &str| pg.table_stat(table, column);
    poll_until("the add's statistics", || {
        stat("feed_entries", "n_tup_ins") >= 3_000
    });
    assert_eq!(stat("feed_timelines", "n_tup_upd"), 1);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}
