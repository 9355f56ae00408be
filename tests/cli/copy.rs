//! `storectl copy --to URL`: every face from SQLite to PostgreSQL and back, byte for byte as the
//! CLI shows it; all or nothing; only into an empty store; the schema fully known to copy.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::common::{assert_ok, code, error_doc, parse_json, stderr, Env, PgDatabase};

/// Fills every face of `env`'s store through the CLI: namespaces (an opaque value among them),
/// comments with replies, votes, a soft and a hard delete and moderation, feeds with
/// activities and aggregated groups, items with revisions, an ACL, an attachment, a user and locks, and a session.
fn populate(env: &Env) {
    let ok = |args: &[&str]| {
        let out = env.run(args);
        assert_ok(&out, args);
    };
    let ok_stdin = |args: &[&str], stdin: &str| {
        let out = env.run_stdin(args, stdin);
        assert_ok(&out, args);
    };
    // Namespaces.
    ok(&[
        "namespace",
        "set",
        "core",
        "configs",
        r#"{"PORT": 8888, "ratio": 1.50, "big": 1E5}"#,
    ]);
    ok(&["namespace", "set", "core", "name", r#""ünïcode""#]);
    let pickle = env.path("v.pickle");
    std::fs::write(&pickle, b"\x80\x04\x88.\xff\x00").unwrap();
    ok(&[
        "namespace",
        "set",
        "TextCmds",
        "inroom",
        "--opaque",
        "python-pickle",
        "--file",
        pickle.to_str().unwrap(),
    ]);
    ok(&["namespace", "create", "empty"]);
    // Comments.
    ok(&[
        "node",
        "add",
        "n1",
        "--document",
        "contents",
        "--source",
        "Install it.\nThen run it.",
    ]);
    ok(&["node", "add", "n2", "--document", "other", "--source", "x"]);
    ok(&[
        "--as",
        "alice",
        "comment",
        "add",
        "--node",
        "n1",
        "--text",
        "Typo in line 2",
    ]);
    ok(&[
        "--as",
        "bob",
        "comment",
        "add",
        "--parent",
        "1",
        "--text",
        "Good catch",
    ]);
    ok(&[
        "comment", "add", "--node", "n1", "--text", "spam?", "--hidden",
    ]);
    ok(&[
        "comment", "add", "--node", "n2", "--text", "waiting", "--hidden",
    ]);
    ok(&[
        "--as",
        "carol",
        "comment",
        "add",
        "--node",
        "n2",
        "--text",
        "gone soon",
    ]);
    ok(&["--as", "bob", "vote", "1", "1"]);
    ok(&["--as", "carol", "vote", "1", "-1"]);
    ok(&["--moderator", "moderate", "accept", "3"]);
    ok(&["--as", "bob", "comment", "delete", "2"]);
    // The newest comment hard-deleted: the next id is still 6.
    ok(&["--moderator", "comment", "delete", "5"]);
    // Feeds.
    ok(&[
        "feed",
        "add",
        "user_feed:1",
        "follower:2",
        "follower:3",
        "--actor",
        "1",
        "--verb",
        "love",
        "--object",
        "100",
        "--time",
        "2020-01-01T12:00:01Z",
    ]);
    ok(&[
        "feed",
        "add",
        "follower:2",
        "--actor",
        "2",
        "--verb",
        "1",
        "--object",
        "7",
        "--target",
        "9",
        "--time",
        "2020-01-02T00:00:00.123456Z",
        "--extra",
        r#"{"why": "x", "n": 2.50}"#,
    ]);
    // Aggregated feeds: groups, a mark, and a notification feed.
    ok_stdin(
        &["feed", "aggregated", "add", "aggregated:1", "-"],
        concat!(
            r#"{"actor":1,"verb":"love","object":42,"time":"2026-12-01T10:00:00Z"}"#,
            "\n",
            r#"{"actor":2,"verb":"love","object":43,"time":"2026-12-01T11:00:00.000001Z"}"#,
            "\n",
            r#"{"actor":3,"verb":"comment","object":42,"time":"2026-12-01T12:00:00Z","extra_context":{"n":1.50}}"#,
            "\n",
        ),
    );
    ok(&[
        "feed",
        "aggregated",
        "mark",
        "aggregated:1",
        "3-2026-12-01",
        "--seen",
    ]);
    ok_stdin(
        &[
            "feed",
            "aggregated",
            "add",
            "notification:1",
            "--aggregator",
            "notification",
            "-",
        ],
        r#"{"actor":5,"verb":"love","object":42,"time":"2026-12-02T10:00:00Z"}"#,
    );
    // Items.
    ok(&[
        "item",
        "user",
        "add",
        "alice",
        "--email",
        "alice@example.org",
    ]);
    ok(&["item", "user", "add", "WikiAdmin"]);
    ok_stdin(
        &[
            "--as",
            "WikiAdmin",
            "item",
            "put",
            "FrontPage",
            "--comment",
            "first",
        ],
        "#acl alice:read,write,delete,revert All:read\nWelcome.\n",
    );
    ok_stdin(
        &[
            "--as",
            "alice",
            "item",
            "put",
            "FrontPage",
            "--comment",
            "wording",
        ],
        "#acl alice:read,write,delete,revert All:read\r\nWelcome to our wiki.\r\n",
    );
    ok_stdin(
        &["--as", "WikiAdmin", "item", "put", "Other"],
        "other text\n",
    );
    ok_stdin(
        &["--as", "WikiAdmin", "item", "put", "Other"],
        "other text, again\n",
    );
    ok(&["--as", "WikiAdmin", "item", "delete", "Other"]);
    let blob = env.path("file.bin");
    std::fs::write(&blob, b"\x00\x01binary\xfe").unwrap();
    ok(&[
        "--as",
        "WikiAdmin",
        "item",
        "put",
        "FrontPage/file.bin",
        "--kind",
        "attachment",
        blob.to_str().unwrap(),
    ]);
    ok(&[
        "--as",
        "alice",
        "lock",
        "acquire",
        "item:FrontPage",
        "--ttl",
        "10m",
    ]);
    ok(&["--as", "alice", "lock", "acquire", "namespace:core"]);
    // Sessions.
    ok_stdin(
        &["session", "configure", "shop-42"],
        r#"{"fetch":{"after":["order"],"run":"shop.fetch"},"bill":{"after":["fetch"],"run":"shop.bill","withParams":{"currency":"EUR"}}}"#,
    );
    ok(&[
        "session",
        "fire",
        "shop-42",
        "order",
        "--kwargs",
        r#"{"id": 7, "amount": 1E2}"#,
    ]);
}

/// Drops the keys whose values depend on when they are shown (a comment's age in seconds).
fn without_clock(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.remove("age");
            map.values_mut().for_each(without_clock);
        }
        Value::Array(items) => items.iter_mut().for_each(without_clock),
        _ => {}
    }
}

/// What every face's commands print about `env`'s store (or `store`), by command; and the moin
/// data dir `export moin16` writes of its items, file by file.
fn dumps(env: &Env, store: &str) -> BTreeMap<String, Vec<u8>> {
    let commands: &[&[&str]] = &[
        &["namespace", "list"],
        &["namespace", "export"],
        &["namespace", "get", "TextCmds", "inroom"],
        &["node", "list"],
        &["--moderator", "comment", "list", "--node", "n1"],
        &["--moderator", "comment", "list", "--node", "n2"],
        &["--moderator", "comment", "list", "--user", "bob"],
        &["--moderator", "vote", "list", "--comment", "1"],
        &["--moderator", "moderate", "list"],
        &["feed", "keys"],
        &["feed", "slice", "follower:2"],
        &["feed", "slice", "user_feed:1"],
        &["feed", "aggregated", "slice", "aggregated:1"],
        &["feed", "aggregated", "count", "aggregated:1"],
        &["feed", "aggregated", "slice", "notification:1"],
        &["item", "list", "--include-deleted"],
        &["item", "list", "--search", "wiki"],
        &["item", "history", "FrontPage"],
        &["item", "history", "Other"],
        &["item", "log"],
        &["item", "users"],
        &["--as", "alice", "item", "acl", "FrontPage"],
        &["lock", "list"],
        &["session", "list"],
        &["session", "export", "shop-42"],
        &["session", "instances", "shop-42"],
    ];
    let mut out = BTreeMap::new();
    for args in commands {
        let mut full = vec!["--store", store, "--json"];
        full.extend_from_slice(args);
        let run = env.run(&full);
        assert_ok(&run, &full);
        let mut doc = parse_json(&run.stdout);
        without_clock(&mut doc);
        out.insert(args.join(" "), serde_json::to_vec_pretty(&doc).unwrap());
    }
    let stats = env.json(&["--store", store, "stats"]);
    out.insert(
        "stats faces".into(),
        serde_json::to_vec_pretty(&stats["faces"]).unwrap(),
    );
    let dir = env.path(&format!("export-{}", out.len() + rand_suffix()));
    let export = env.run(&["--store", store, "export", "moin16", dir.to_str().unwrap()]);
    assert_ok(&export, &["export", "moin16"]);
    read_tree(&dir, &dir, &mut out);
    out
}

fn rand_suffix() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    N.fetch_add(1, Ordering::SeqCst) * 1000
}

fn read_tree(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        if path.is_dir() {
            read_tree(root, &path, out);
        } else {
            let name = path.strip_prefix(root).unwrap().display().to_string();
            out.insert(
                format!("export moin16: {name}"),
                std::fs::read(&path).unwrap(),
            );
        }
    }
}

fn assert_same_dumps(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "{what}: the same commands and files"
    );
    for (k, v) in a {
        assert!(
            v == &b[k],
            "{what}: `{k}` differs:\n--- original\n{}\n--- copy\n{}",
            String::from_utf8_lossy(v),
            String::from_utf8_lossy(&b[k])
        );
    }
}

/// The copy report's faces by name.
fn faces(report: &Value) -> BTreeMap<String, Value> {
    report["faces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["face"].as_str().unwrap().to_string(), f.clone()))
        .collect()
}

fn copy_to(env: &Env, store: &str, to: &str) -> Value {
    let args = ["--store", store, "copy", "--to", to, "--batch-size", "2"];
    let out = env.run(&args);
    assert_ok(&out, &args);
    parse_json(&out.stdout)
}

/// SQLite → PostgreSQL → a new SQLite file: every face's dumps equal the original's, the
/// digests agree at each step, and new ids continue after the copied ones on both targets.
fn every_face_round_trips_through_postgres(pg: Env) {
    let pg_url = pg.pg.as_ref().unwrap().url.clone();
    let env = Env::new().with_var(
        "STORECTL_ACL_RIGHTS_BEFORE",
        "WikiAdmin:read,write,delete,revert,admin",
    );
    populate(&env);
    let original_store = env.store.to_str().unwrap().to_string();
    let original = dumps(&env, &original_store);

    let there = copy_to(&env, &original_store, &pg_url);
    assert_eq!(there["dry_run"], false);
    for (name, face) in faces(&there) {
        assert_eq!(face["verified"], true, "{name}");
        assert!(face["rows"].as_u64().unwrap() > 0, "{name} copied nothing");
    }
    assert_eq!(
        faces(&there)["comments"]["tables"][1],
        serde_json::json!({"table": "comments", "rows": 4})
    );
    assert_same_dumps(&original, &dumps(&env, &pg_url), "on PostgreSQL");

    let back = env.path("back.db");
    let back_store = back.to_str().unwrap().to_string();
    let home = copy_to(&env, &pg_url, &back_store);
    assert_same_dumps(&original, &dumps(&env, &back_store), "back on SQLite");
    for (name, face) in faces(&home) {
        assert_eq!(face["digest"], faces(&there)[&name]["digest"], "{name}");
    }
    // PostgreSQL to another PostgreSQL database: the same code, the same result.
    let second = PgDatabase::create().expect("the server of this test");
    let across = copy_to(&env, &pg_url, &second.url);
    assert_same_dumps(
        &original,
        &dumps(&env, &second.url),
        "on a second PostgreSQL database",
    );
    for (name, face) in faces(&across) {
        assert_eq!(face["digest"], faces(&there)[&name]["digest"], "{name}");
    }
    // No temporary file stays beside the new store.
    let left = names_in(env.dir.path(), |n| n.contains(".copy-"));
    assert!(left.is_empty(), "{left:?}");

    // New rows continue the ids: comment 5 was hard-deleted, so the next comment is 6, on
    // either copy; identity columns and rowids take new namespaces, items and sessions.
    for store in [&pg_url, &back_store] {
        let added = env.json(&[
            "--store", store, "--as", "dave", "comment", "add", "--node", "n1", "--text", "new",
        ]);
        assert_eq!(added["id"], 6, "on {store}");
        for args in [
            &["namespace", "set", "fresh", "k", "1"][..],
            &[
                "feed",
                "add",
                "fresh:1",
                "--actor",
                "3",
                "--verb",
                "1",
                "--object",
                "1",
                "--time",
                "2021-01-01T00:00:00Z",
            ],
            &["--as", "WikiAdmin", "item", "put", "Fresh"],
            &["session", "configure", "fresh"],
        ] {
            let mut full = vec!["--store", store.as_str()];
            full.extend_from_slice(args);
            let out = env.run_stdin(&full, r#"{"t":{"after":["go"],"run":"x"}}"#);
            assert_ok(&out, &full);
        }
        let check = env.run(&["--store", store, "check"]);
        assert_ok(&check, &["check"]);
    }
}

/// A runner's claim on an instance (SQLite keeps it in the state's JSON, PostgreSQL in two
/// columns) survives both ways.
fn a_claim_survives_both_ways(pg: Env) {
    let db = pg.pg.as_ref().unwrap();
    let env = Env::new();
    env.run_stdin(
        &["session", "configure", "s"],
        r#"{"t":{"after":["go"],"run":"x"}}"#,
    );
    assert_ok(&env.run(&["session", "fire", "s", "go"]), &["fire"]);
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    conn.execute(
        "UPDATE session_instances SET state = json_set(state, '$.claim', \
         json('{\"holder\":\"runner-7\",\"renewed_us\":1700000000000001}'))",
        [],
    )
    .unwrap();
    drop(conn);
    copy_to(&env, env.store.to_str().unwrap(), &db.url);
    let row = db
        .client()
        .query_one(
            "SELECT claim_holder, claim_renewed_us, state FROM session_instances",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, Option<String>>(0).as_deref(), Some("runner-7"));
    assert_eq!(row.get::<_, Option<i64>>(1), Some(1_700_000_000_000_001));
    assert!(!row.get::<_, String>(2).contains("claim"));
    let back = env.path("back.db");
    copy_to(&env, &db.url, back.to_str().unwrap());
    let conn = rusqlite::Connection::open(&back).unwrap();
    let claim: String = conn
        .query_row(
            "SELECT json_extract(state, '$.claim') FROM session_instances",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        claim,
        r#"{"holder":"runner-7","renewed_us":1700000000000001}"#
    );
}

/// A PostgreSQL target that holds rows is refused (exit 4, naming them), and stays as it was.
fn a_non_empty_postgres_target_is_refused_unchanged(pg: Env) {
    let db = pg.pg.as_ref().unwrap();
    assert_ok(&pg.run(&["namespace", "set", "there", "k", "1"]), &["set"]);
    let before = db.dump();
    let env = Env::new();
    assert_ok(&env.run(&["namespace", "set", "here", "k", "2"]), &["set"]);
    let out = env.run(&["copy", "--to", &db.url]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let err = error_doc(&out);
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("not empty") && message.contains("1 in namespaces"),
        "{message}"
    );
    assert!(err["hint"]
        .as_str()
        .unwrap()
        .contains("empty PostgreSQL database"));
    assert_eq!(db.dump(), before);
}

/// A copy that fails while writing (a conflict on the third batch) or is killed before it
/// commits leaves the PostgreSQL target as empty as it was: not even the schema stays.
fn a_failed_copy_leaves_postgres_untouched(pg: Env) {
    let db = pg.pg.as_ref().unwrap();
    let env = Env::new();
    populate_some(&env);
    let before = db.dump();
    assert_eq!(before, "", "a new database holds no table");
    for (failpoint, expect) in [
        ("copy-append@3", 75),
        ("copy-before-commit", -libc::SIGABRT),
    ] {
        let out = env
            .cmd()
            .env("STORECTL_FAILPOINT", failpoint)
            .args(["copy", "--to", &db.url, "--batch-size", "2"])
            .output()
            .unwrap();
        assert_eq!(
            code_or_signal(&out),
            expect,
            "{failpoint}: {}",
            stderr(&out)
        );
        assert_eq!(db.dump(), before, "{failpoint}");
    }
    // And then it works.
    copy_to(&env, env.store.to_str().unwrap(), &db.url);
    assert_ne!(db.dump(), before);
}

/// The exit code, or minus the signal that ended the process (a failpoint aborts).
fn code_or_signal(out: &std::process::Output) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    out.status
        .code()
        .unwrap_or_else(|| -out.status.signal().unwrap_or(0))
}

fn populate_some(env: &Env) {
    for i in 0..7 {
        let args = ["namespace", "set", "ns", &format!("k{i}"), &i.to_string()];
        assert_ok(&env.run(&args), &args);
    }
}

/// A wrong password, a server that does not answer, and a bad URL: the exit codes of the
/// PostgreSQL backend, and never the password in the message.
fn an_unreachable_target_is_reported_without_its_password(pg: Env) {
    let db = pg.pg.as_ref().unwrap();
    let env = Env::new();
    populate_some(&env);
    // A port where nothing listens: 74 or 75 as for --store, the password redacted.
    let url = "postgres://u:s3cret@127.0.0.1:1/db?connect_timeout=2";
    let out = env.run(&["copy", "--to", url]);
    assert!(matches!(code(&out), 74 | 75), "{}", stderr(&out));
    let shown = format!("{:?}", error_doc(&out));
    assert!(
        !shown.contains("s3cret") && shown.contains("postgres://u@127.0.0.1:1/db"),
        "{shown}"
    );
    let through_store = pg.run(&["--store", url, "namespace", "list"]);
    assert_eq!(code(&out), code(&through_store));
    // A URL that does not parse: 78.
    let out = env.run(&["copy", "--to", "postgres://u:s3cret@127.0.0.1:notaport/db"]);
    assert_eq!(code(&out), 78, "{}", stderr(&out));
    assert!(!stderr(&out).contains("s3cret"), "{}", stderr(&out));
    let _ = db;
}

on_postgres!(
    every_face_round_trips_through_postgres,
    a_claim_survives_both_ways,
    a_non_empty_postgres_target_is_refused_unchanged,
    a_failed_copy_leaves_postgres_untouched,
    an_unreachable_target_is_reported_without_its_password,
);

/// Every table and column of both schemas is one `copy` knows (tables.rs), apart from what each
/// backend declares it keeps otherwise: a migration that adds a table fails here until copy
/// copies it.
#[test]
fn copy_knows_every_table_of_the_sqlite_schema() {
    let env = Env::new();
    assert_ok(&env.run(&["init"]), &["init"]);
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    let mut found = BTreeMap::new();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name NOT LIKE 'item_words_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in tables {
        let columns: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY name")
            .unwrap()
            .query_map([&table], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        found.insert(table, columns);
    }
    assert_eq!(
        found,
        expected(storectl::engine::sqlite::rows::KEPT_ELSEWHERE, &[]),
        "SQLite's tables (left) and what copy knows of them (right)"
    );
}

#[test]
fn copy_knows_every_table_of_the_postgres_schema() {
    let Some(db) = PgDatabase::create() else {
        return;
    };
    let env = Env::new().with_var("STORECTL_STORE", &db.url);
    assert_ok(&env.run(&["init"]), &["init"]);
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in db
        .client()
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name <> 'schema_version'
              ORDER BY 1, 2",
            &[],
        )
        .unwrap()
    {
        found.entry(row.get(0)).or_default().push(row.get(1));
    }
    assert_eq!(
        found,
        expected(&[], storectl::engine::postgres::rows::DERIVED),
        "PostgreSQL's tables (left) and what copy knows of them (right)"
    );
}

/// Each table of copy's list with its columns, less those `kept_elsewhere` (a table with none
/// left is not a table of the schema), plus the backend's `derived` ones; names sorted.
fn expected(
    kept_elsewhere: &[(&str, &[&str])],
    derived: &[(&str, &[&str])],
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for t in storectl::engine::tables::TABLES {
        let away: &[&str] = kept_elsewhere
            .iter()
            .find(|(n, _)| *n == t.name)
            .map_or(&[], |(_, c)| c);
        let extra: &[&str] = derived
            .iter()
            .find(|(n, _)| *n == t.name)
            .map_or(&[], |(_, c)| c);
        let mut columns: Vec<String> = t
            .columns
            .iter()
            .map(|c| c.name)
            .filter(|c| !away.contains(c))
            .chain(extra.iter().copied())
            .map(String::from)
            .collect();
        if columns.is_empty() {
            continue;
        }
        columns.sort();
        out.insert(t.name.to_string(), columns);
    }
    out
}

/// SQLite to a new SQLite file and into an existing empty store; a store that holds rows is
/// refused byte-identical; a dry run counts and writes nothing.
#[test]
fn sqlite_to_sqlite_into_new_and_empty_stores_and_not_into_full_ones() {
    let env = Env::new();
    populate_some(&env);
    let source = env.store.to_str().unwrap().to_string();
    // Dry run: counts, no file.
    let new = env.path("new.db");
    let dry = env.json(&["copy", "--to", new.to_str().unwrap(), "--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(faces(&dry)["namespaces"]["rows"], 8);
    assert_eq!(faces(&dry)["namespaces"]["verified"], false);
    assert!(!new.exists());
    // Into a new file.
    let done = copy_to(&env, &source, new.to_str().unwrap());
    assert_eq!(done["faces"][0]["digest"], dry["faces"][0]["digest"]);
    assert_eq!(
        env.json(&["--store", new.to_str().unwrap(), "namespace", "dump", "ns"]),
        env.json(&["namespace", "dump", "ns"])
    );
    // Into an existing empty store (init made it).
    let empty = env.path("empty.db");
    assert_ok(
        &env.run(&["--store", empty.to_str().unwrap(), "init"]),
        &["init"],
    );
    copy_to(&env, &source, empty.to_str().unwrap());
    // The key counts kept by triggers are the source's, not doubled.
    assert_eq!(
        env.json(&["--store", empty.to_str().unwrap(), "namespace", "list"]),
        env.json(&["namespace", "list"])
    );
    assert_ok(
        &env.run(&["--store", empty.to_str().unwrap(), "check"]),
        &["check"],
    );
    // Not into a store with rows, which stays byte-identical.
    let before = std::fs::read(&new).unwrap();
    let out = env.run(&["copy", "--to", new.to_str().unwrap()]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("8 in namespace_entries")
            || stderr(&out).contains("7 in namespace_entries"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&new).unwrap(), before);
    // Not into itself.
    let out = env.run(&["copy", "--to", &source]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

/// A copy killed before it commits leaves no new file, and one that fails removes its
/// temporary file.
#[test]
fn a_failed_copy_to_a_new_sqlite_file_leaves_nothing() {
    let env = Env::new();
    populate_some(&env);
    let new = env.path("new.db");
    for (failpoint, expect) in [
        ("copy-append@2", 75),
        ("copy-before-commit", -libc::SIGABRT),
    ] {
        let out = env
            .cmd()
            .env("STORECTL_FAILPOINT", failpoint)
            .args(["copy", "--to", new.to_str().unwrap(), "--batch-size", "2"])
            .output()
            .unwrap();
        assert_eq!(
            code_or_signal(&out),
            expect,
            "{failpoint}: {}",
            stderr(&out)
        );
        assert!(!new.exists(), "{failpoint}");
    }
    // The killed copy's temporary file goes with the next copy to that name.
    copy_to(&env, env.store.to_str().unwrap(), new.to_str().unwrap());
    let names = names_in(env.dir.path(), |n| n.starts_with(".new.db"));
    assert!(names.is_empty(), "{names:?}");
}

/// moin16 data dirs are neither source nor target, with a hint naming the commands that are.
#[test]
fn moin16_stores_are_refused_with_the_commands_that_move_them() {
    let (moin, data) = crate::common::moin16_env();
    let out = moin.run(&["copy", "--to", moin.path("x.db").to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("migrate moin16"));
    let env = Env::new();
    populate_some(&env);
    let out = env.run(&["copy", "--to", &format!("moin16:{}", data.display())]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("export moin16"));
}

#[test]
fn a_missing_source_is_66_naming_it_once() {
    let env = Env::new();
    let target = env.path("copy.db");
    let out = env.run(&["copy", "--to", target.to_str().unwrap()]);
    assert_eq!(code(&out), 66, "{}", stderr(&out));
    let message = stderr(&out);
    let store = env.store.to_str().unwrap();
    assert_eq!(message.matches(store).count(), 1, "{message}");
    assert!(message.contains("does not exist"), "{message}");
    assert!(!target.exists());
}

/// The names of the files in `dir` that `keep` accepts (temporary files left behind).
fn names_in(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| keep(n))
        .collect()
}
