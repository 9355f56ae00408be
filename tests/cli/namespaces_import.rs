//! `namespace import` larger than one group of entries (50,000: on PostgreSQL a COPY into a
//! namespace that held no entry, an upsert otherwise): the last value of a key wins, the
//! maintained counts are exact when the transaction runs twice, and a failure after whole groups
//! were sent stores nothing.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::common::{code, error_doc, poll_until, Env};

on_sqlite_and_postgres!(
    an_import_of_many_groups_into_new_and_old_namespaces_run_twice_keeps_exact_counts,
    an_import_that_fails_after_whole_groups_were_sent_stores_nothing,
);

/// What only PostgreSQL has: its NUL refusal and its per-table statistics.
mod server_only {
    use super::*;
    on_postgres!(
        a_nul_character_refused_by_the_server_in_an_appended_group_stores_nothing,
        an_import_writes_the_counts_of_its_namespace_once,
    );
}

/// What a real second writer does while an import appends: it waits on the server's locks.
#[cfg(unix)]
mod server_only_concurrent {
    use super::*;
    on_postgres!(a_writer_of_the_namespace_an_import_appends_to_waits_for_it_then_runs_again);
}

/// NDJSON of (namespace, key, value) records.
fn ndjson(records: &[(&str, String, Value)]) -> String {
    records
        .iter()
        .map(|(ns, key, value)| {
            format!("{}\n", json!({"namespace": ns, "key": key, "value": value}))
        })
        .collect()
}

/// 120,000 records, one in two into "new" (created by the import) and "old" (which holds two
/// keys before): each namespace gets 35,000 keys, the first 25,000 of them twice, the second
/// time in a later group than the first; the last two records repeat keys of earlier groups.
fn many_groups() -> Vec<(&'static str, String, Value)> {
    let mut records = Vec::new();
    for i in 0..120_000u64 {
        let ns = if i % 2 == 0 { "new" } else { "old" };
        records.push((ns, format!("k{}", (i / 2) % 35_000), json!(i)));
    }
    records.push(("new", "k34999".to_string(), json!("last")));
    records.push(("new", "k0".to_string(), json!({"end": [true]})));
    records
}

fn an_import_of_many_groups_into_new_and_old_namespaces_run_twice_keeps_exact_counts(env: Env) {
    env.json(&["namespace", "set", "old", "k0", "\"before\""]);
    env.json(&["namespace", "set", "old", "keep", "1"]);
    let records = many_groups();
    // The transaction loses to "another writer" once, after every group was sent, and runs
    // again from the first record: nothing of the first run may stay or count twice.
    let file = env.write("records.ndjson", &ndjson(&records));
    let out = env
        .cmd()
        .env("STORECTL_FAILPOINT", "write-conflict")
        .args(["namespace", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut want: BTreeMap<&str, BTreeMap<String, Value>> = BTreeMap::new();
    want.entry("old")
        .or_default()
        .insert("keep".into(), json!(1));
    for (ns, key, value) in &records {
        want.entry(ns)
            .or_default()
            .insert(key.clone(), value.clone());
    }
    // Every key is new but old's k0.
    let added = 35_000 + 34_999;
    assert_eq!(
        report,
        json!({"records": records.len(), "added": added, "updated": records.len() - added,
               "namespaces": {"new": 35_000, "old": 35_001}, "dry_run": false})
    );
    let listed = env.json(&["namespace", "list"]);
    for (ns, entries) in &want {
        assert_eq!(
            env.json(&["namespace", "dump", ns]),
            json!(entries),
            "namespace {ns}"
        );
        let bytes: usize = entries.values().map(|v| v.to_string().len()).sum();
        let entry = listed
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["namespace"] == *ns)
            .unwrap();
        assert_eq!(
            (&entry["keys"], &entry["value_bytes"]),
            (&json!(entries.len()), &json!(bytes)),
            "{entry}"
        );
    }
    assert_eq!(
        env.json(&["namespace", "get", "new", "k0"]),
        json!({"end": [true]})
    );
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    // A second import of the same records into the namespaces they filled changes no value.
    let again = env.json_stdin(&["namespace", "import"], &ndjson(&records));
    assert_eq!(again["added"], json!(0), "{again}");
    assert_eq!(env.json(&["namespace", "len", "new"]), json!(35_000));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn an_import_that_fails_after_whole_groups_were_sent_stores_nothing(env: Env) {
    env.json(&["namespace", "set", "old", "a", "1"]);
    let before = env.store_bytes();
    let mut text = ndjson(&many_groups());
    text.push_str("{\"namespace\":\"new\",\"key\":\"late\"}\n");
    let out = env.run_stdin(&["namespace", "import"], &text);
    assert_eq!(code(&out), 65);
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(
        message.contains("record 120003 (line 120003): missing field \"value\""),
        "{message}"
    );
    assert!(message.contains("nothing was stored"), "{message}");
    assert!(
        env.store_bytes() == before,
        "a failed import changed the store"
    );
    assert_eq!(env.json(&["namespace", "len", "new"]), json!(0));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// PostgreSQL refuses the NUL character inside the COPY of a namespace the import created:
/// exit 65 with the server's reason, and neither the namespace nor any entry stays.
fn a_nul_character_refused_by_the_server_in_an_appended_group_stores_nothing(env: Env) {
    env.json(&["namespace", "set", "old", "a", "1"]);
    let before = env.store_bytes();
    let mut records = many_groups();
    records.insert(60_001, ("new", "nul\u{0}key".to_string(), json!(1)));
    let out = env.run_stdin(&["namespace", "import"], &ndjson(&records));
    assert_eq!(code(&out), 65, "{}", String::from_utf8_lossy(&out.stderr));
    let message = error_doc(&out)["message"].as_str().unwrap().to_string();
    assert!(message.contains("nothing was stored"), "{message}");
    assert!(
        env.store_bytes() == before,
        "a failed import changed the store"
    );
}

/// Into a namespace it creates, an import of three groups updates the namespace's row (its
/// counts) once, at the end, not once per group: every version of that row is one more step
/// for each later foreign-key check of an entry. (The server's per-table statistics count the
/// updates; a session reports them when it ends, after the command exits, hence the poll.)
fn an_import_writes_the_counts_of_its_namespace_once(env: Env) {
    let records: Vec<(&str, String, Value)> = (0..120_000u64)
        .map(|i| ("bench", format!("key{i:07}"), json!({"n": i})))
        .collect();
    let report = env.json_stdin(&["namespace", "import"], &ndjson(&records));
    assert_eq!(report["added"], json!(120_000));
    let pg = env.pg.as_ref().unwrap();
    let stat = |table: &str, column: &str| pg.table_stat(table, column);
    poll_until("the import's statistics", || {
        stat("namespace_entries", "n_tup_ins") >= 120_000
    });
    assert_eq!(stat("namespaces", "n_tup_upd"), 1);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// While an import appends to an empty namespace (stopped by the fail point just before its
/// commit), one-shot `namespace set`s of a key it appended and of another key wait on the
/// server's locks (seen there, not guessed by timing); once the import commits, they run again
/// and their values win; counts stay exact.
#[cfg(unix)]
fn a_writer_of_the_namespace_an_import_appends_to_waits_for_it_then_runs_again(env: Env) {
    use std::process::Stdio;
    env.json(&["namespace", "create", "new"]);
    let records: Vec<(&str, String, Value)> = (0..60_000u64)
        .map(|i| ("new", format!("k{i}"), json!(i)))
        .collect();
    let file = env.write("records.ndjson", &ndjson(&records));
    let (mut import, _) =
        crate::interrupted::paused(&env, &["namespace", "import", file.to_str().unwrap()]);
    // One sets a key the import appended, the other a key it did not: the second waits on the
    // namespace's row, which the import locked when it found the namespace empty.
    let sets: Vec<_> = [["k1", "\"set\""], ["fresh", "1"]]
        .iter()
        .map(|[key, value]| {
            env.std_cmd()
                .args(["namespace", "set", "new", key, value])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut client = env.pg.as_ref().unwrap().client();
    poll_until("both sets to wait on a lock", || {
        let waiting: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .get(0);
        waiting == 2
    });
    crate::interrupted::signal(&import, libc::SIGCONT);
    assert!(import.wait().unwrap().success());
    for set in sets {
        let out = set.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(env.json(&["namespace", "get", "new", "k1"]), json!("set"));
    assert_eq!(env.json(&["namespace", "get", "new", "fresh"]), json!(1));
    let listed = env.json(&["namespace", "list"]);
    let bytes: usize = (0..60_000u64)
        .map(|i| if i == 1 { 5 } else { i.to_string().len() })
        .sum::<usize>()
        + 1;
    assert_eq!(
        listed,
        json!([{"namespace": "new", "keys": 60_001, "value_bytes": bytes}])
    );
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}
