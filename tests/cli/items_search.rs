//! `item list --search`: one definition of a word (`items_model::search_words`) gives the same
//! answers on SQLite, PostgreSQL and a moin16 data dir, for the texts where the databases' own
//! parsers used to differ; and stores of schema 8 come up searchable the new way.

use serde_json::{json, Value};

use crate::common::{code, error_doc, Env, PgDatabase};

fn admin(env: Env) -> Env {
    env.with_var("STORECTL_ACL_ENFORCE", "false")
}

fn put(env: &Env, name: &str, text: &str) {
    env.json_stdin(&["item", "put", name], text);
}

fn found(env: &Env, search: &str) -> Vec<String> {
    env.json(&["item", "list", &format!("--search={search}")])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect()
}

/// The pages of the tricky texts, and what each search finds among them.
const PAGES: &[(&str, &str)] = &[
    ("Hyphens", "A well-known e-mail convention.\n"),
    ("Email", "Write to Alice@Example.org today.\n"),
    (
        "Url",
        "See https://www.example.org/wiki/FrontPage?action=raw for details.\n",
    ),
    ("Dotted", "Open storectl.db with MoinMoin.Page.\n"),
    ("Accents", "Un café à Zürich. ÉCOLE, Straße.\n"),
    ("Mixed", "CamelCase WikiName iPhone\n"),
    ("Cjk", "東京タワー は 333m です\n"),
    ("Digits", "Release 1.9.11 of 2024 and v2\n"),
    ("Editing", "Help on editing pages.\n"),
    // A page without a word is indexed as having none (and `check` agrees).
    ("Rule", "----\n-- !!\n"),
];

const SEARCHES: &[(&str, &[&str])] = &[
    // Hyphenated words are two words, found apart or together, in any order.
    ("well-known", &["Hyphens"]),
    ("known", &["Hyphens"]),
    ("mail E", &["Hyphens"]),
    ("wellknown", &[]),
    // E-mail addresses, URLs and dotted names split at their punctuation.
    ("alice@example.org", &["Email"]),
    ("example", &["Email", "Url"]),
    ("org example", &["Email", "Url"]),
    ("frontpage action", &["Url"]),
    ("www.example.org", &["Url"]),
    ("db", &["Dotted"]),
    ("moinmoin.page", &["Dotted"]),
    // Case folds for every script; diacritics stay.
    ("CAFÉ", &["Accents"]),
    ("cafe", &[]),
    ("zürich école", &["Accents"]),
    ("zurich", &[]),
    ("STRASSE", &[]),
    ("straße", &["Accents"]),
    ("camelcase IPHONE", &["Mixed"]),
    ("camel", &[]),
    // CJK runs are words as they stand; digits are words too.
    ("東京タワー", &["Cjk"]),
    ("東京", &[]),
    ("333M", &["Cjk"]),
    ("9", &["Digits"]),
    ("1.9.11 2024", &["Digits"]),
    ("v2", &["Digits"]),
    // Whole words only: moin's own search would find "edit" in "editing"; storectl does not.
    ("edit", &[]),
    ("editing", &["Editing"]),
    // Query syntax of no backend: quotes, operators and stars are punctuation or plain words.
    ("\"help\" pages*", &["Editing"]),
    ("help OR nothing", &[]),
    // No word at all matches nothing.
    ("-- !!", &[]),
    ("   ", &[]),
];

fn the_same_words_are_found_on_every_backend(env: Env) {
    let env = admin(env);
    for (name, text) in PAGES {
        put(&env, name, text);
    }
    for (search, expected) in SEARCHES {
        assert_eq!(found(&env, search), *expected, "--search {search:?}");
    }
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn words_over_255_bytes_are_not_indexed_and_searching_one_is_exit_65(env: Env) {
    let env = admin(env);
    let at_cap = "a".repeat(255);
    let over = "b".repeat(256);
    // 128 two-byte letters: 128 characters, 256 bytes.
    let wide = "é".repeat(128);
    put(&env, "Long", &format!("short {at_cap} {over} {wide} end\n"));
    assert_eq!(found(&env, &at_cap), ["Long"]);
    assert_eq!(found(&env, "short end"), ["Long"]);
    for word in [&over, &wide] {
        let out = env.run(&["item", "list", "--search", &format!("short {word}")]);
        assert_eq!(code(&out), 65, "{}", String::from_utf8_lossy(&out.stderr));
        let message = error_doc(&out)["message"].as_str().unwrap().to_string();
        assert!(message.contains("256 bytes"), "{message}");
        assert!(
            message.contains("longer than 255 bytes are not indexed"),
            "{message}"
        );
    }
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn words_past_the_index_budget_of_a_page_are_not_found(env: Env) {
    let env = admin(env);
    // 110,000 distinct 9-byte words: 1.1 MB, more than PostgreSQL's tsvector holds. The
    // index keeps the first 100,000 (999,999 bytes with their spaces) on every backend.
    let text: String = (0..110_000).map(|i| format!("w{i:08}\n")).collect();
    let file = env.write("big.txt", &text);
    let out = env.run(&["item", "put", "Big", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    put(&env, "Small", "w00000000 w00105000\n");
    assert_eq!(found(&env, "w00000000"), ["Big", "Small"]);
    assert_eq!(found(&env, "w00099999"), ["Big"]);
    assert_eq!(found(&env, "w00100000"), Vec::<String>::new());
    assert_eq!(found(&env, "w00105000"), ["Small"]);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

on_sqlite_and_postgres!(
    the_same_words_are_found_on_every_backend,
    words_over_255_bytes_are_not_indexed_and_searching_one_is_exit_65,
    words_past_the_index_budget_of_a_page_are_not_found,
);

mod on_moin16 {
    #[test]
    fn the_same_words_are_found_on_every_backend() {
        super::the_same_words_are_found_on_every_backend(crate::common::moin16_env().0)
    }
    #[test]
    fn words_over_255_bytes_are_not_indexed_and_searching_one_is_exit_65() {
        super::words_over_255_bytes_are_not_indexed_and_searching_one_is_exit_65(
            crate::common::moin16_env().0,
        )
    }
    #[test]
    fn words_past_the_index_budget_of_a_page_are_not_found() {
        super::words_past_the_index_budget_of_a_page_are_not_found(crate::common::moin16_env().0)
    }
}

/// An item of a schema-8 store: id, name, kind, its revisions' data, whether it is deleted.
type OldItem = (i64, &'static str, &'static str, Vec<Vec<u8>>, bool);

/// The pages of the schema-8 stores below: (id, name, text); "Gone" is deleted, "Old" has a
/// newer revision, "Logo" is an attachment, "Latin1" is not UTF-8.
fn old_store_rows() -> Vec<OldItem> {
    vec![
        (
            1,
            "Accents",
            "page",
            vec![b"Un caf\xc3\xa9 well-known\n".to_vec()],
            false,
        ),
        (
            2,
            "Email",
            "page",
            vec![b"mail alice@example.org\n".to_vec()],
            false,
        ),
        (3, "Gone", "page", vec![b"example gone\n".to_vec()], true),
        (
            4,
            "Old",
            "page",
            vec![b"example first\n".to_vec(), b"now second\n".to_vec()],
            false,
        ),
        (
            5,
            "Logo",
            "attachment",
            vec![b"example bytes".to_vec()],
            false,
        ),
        (
            6,
            "Latin1",
            "page",
            vec![b"example caf\xe9\n".to_vec()],
            false,
        ),
    ]
}

fn sha256(data: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(data).to_vec()
}

/// What schema 8 indexed: the current text of live pages that is UTF-8, whole.
fn old_index_text(kind: &str, revisions: &[Vec<u8>], deleted: bool) -> Option<String> {
    if kind != "page" || deleted {
        return None;
    }
    String::from_utf8(revisions.last().unwrap().clone()).ok()
}

fn searches_of_a_migrated_store(env: &Env) {
    // Words as storectl defines them now: no diacritic folding, e-mail addresses split.
    assert_eq!(found(env, "cafe"), Vec::<String>::new());
    assert_eq!(found(env, "café known"), ["Accents"]);
    assert_eq!(found(env, "example"), ["Email"]);
    assert_eq!(found(env, "second"), ["Old"]);
    assert_eq!(found(env, "first"), Vec::<String>::new());
    assert_eq!(found(env, "gone"), Vec::<String>::new());
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    // And the index goes on being kept.
    env.json_stdin(&["item", "put", "Email"], "no address now\n");
    assert_eq!(found(env, "example"), Vec::<String>::new());
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// An SQLite store as storectl wrote it at schema version 8 (migrations 1-8, FTS5 over the
/// whole text), opened by this build: migration 9 rebuilds the words in its transaction.
#[test]
fn an_sqlite_store_of_schema_8_comes_up_searchable_by_words() {
    let env = admin(Env::new());
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    conn.execute_batch("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;")
        .unwrap();
    for script in &storectl::engine::sqlite::MIGRATIONS[..8] {
        conn.execute_batch(script).unwrap();
    }
    conn.execute_batch("PRAGMA user_version = 8; PRAGMA application_id = 1398031188;")
        .unwrap();
    let mut blob = 0;
    for (id, name, kind, revisions, deleted) in old_store_rows() {
        let current = revisions.len() as i64 + i64::from(deleted);
        conn.execute(
            "INSERT INTO items (id, name, kind, current_rev, deleted, mtime_us, size)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, 0)",
            rusqlite::params![id, name, kind, current, deleted],
        )
        .unwrap();
        for (n, data) in revisions.iter().enumerate() {
            blob += 1;
            conn.execute(
                "INSERT INTO item_blobs (id, sha256, size, data) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![blob, sha256(data), data.len() as i64, data],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, meta)
                 VALUES (?1, ?2, ?3, 1, 'SAVE', '{}')",
                rusqlite::params![id, n as i64 + 1, blob],
            )
            .unwrap();
        }
        if deleted {
            conn.execute(
                "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, deleted, meta)
                 VALUES (?1, ?2, NULL, 1, 'SAVE', 1, '{}')",
                rusqlite::params![id, current],
            )
            .unwrap();
        }
        if let Some(text) = old_index_text(kind, &revisions, deleted) {
            conn.execute(
                "INSERT INTO item_search (rowid, body) VALUES (?1, ?2)",
                rusqlite::params![id, text],
            )
            .unwrap();
        }
    }
    drop(conn);
    searches_of_a_migrated_store(&env);
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 9);
}

/// A PostgreSQL store of schema version 8 (migrations 1-8, PostgreSQL's parser over the whole
/// text), opened by this build: migration 9 rebuilds the words in its transaction.
#[test]
fn a_postgres_store_of_schema_8_comes_up_searchable_by_words() {
    let Some(db) = PgDatabase::create() else {
        return;
    };
    let mut client = db.client();
    client
        .batch_execute(
            "CREATE TABLE schema_version (
                 only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
                 version INTEGER NOT NULL
             );
             INSERT INTO schema_version (version) VALUES (8);",
        )
        .unwrap();
    for script in &storectl::engine::postgres::MIGRATIONS[..8] {
        client.batch_execute(script).unwrap();
    }
    let mut blob = 0i64;
    for (id, name, kind, revisions, deleted) in old_store_rows() {
        let current = revisions.len() as i64 + i64::from(deleted);
        client
            .execute(
                "INSERT INTO items (id, name, kind, current_rev, deleted, mtime_us, size)
                 VALUES ($1, $2, $3, $4, $5, 1, 0)",
                &[&id, &name, &kind, &current, &deleted],
            )
            .unwrap();
        for (n, data) in revisions.iter().enumerate() {
            blob += 1;
            client
                .execute(
                    "INSERT INTO item_blobs (id, sha256, size, data) VALUES ($1, $2, $3, $4)",
                    &[&blob, &sha256(data), &(data.len() as i64), data],
                )
                .unwrap();
            client
                .execute(
                    "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, meta)
                     VALUES ($1, $2, $3, 1, 'SAVE', '{}')",
                    &[&id, &(n as i64 + 1), &blob],
                )
                .unwrap();
        }
        if deleted {
            client
                .execute(
                    "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, deleted, meta)
                     VALUES ($1, $2, NULL, 1, 'SAVE', true, '{}')",
                    &[&id, &current],
                )
                .unwrap();
        }
        if let Some(text) = old_index_text(kind, &revisions, deleted) {
            client
                .execute(
                    "INSERT INTO item_search (item_id, body) VALUES ($1, $2)",
                    &[&id, &text],
                )
                .unwrap();
        }
    }
    client
        .batch_execute(
            "SELECT setval(pg_get_serial_sequence('items', 'id'), 6);
             SELECT setval(pg_get_serial_sequence('item_blobs', 'id'), 100);",
        )
        .unwrap();
    drop(client);
    let url = db.url.clone();
    let mut env = admin(Env::new().with_var("STORECTL_STORE", &url));
    env.pg = Some(db);
    searches_of_a_migrated_store(&env);
    let version: i32 = env
        .pg
        .as_ref()
        .unwrap()
        .client()
        .query_one("SELECT version FROM schema_version", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, 9);
}

/// `check` computes every indexed page's words again: a row changed behind storectl's back is
/// reported, on either database.
fn check_finds_search_words_out_of_step(env: Env, tamper: &dyn Fn(&Env)) {
    let env = admin(env);
    put(&env, "Page", "some words here\n");
    put(&env, "Other", "other words\n");
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    tamper(&env);
    let out = env.run(&["check"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ok"], json!(false), "{report}");
    assert_eq!(
        report["problems"],
        json!(["items: the search index is out of step for item \"Page\""]),
        "{report}"
    );
}

#[test]
fn check_finds_search_words_out_of_step_on_sqlite() {
    check_finds_search_words_out_of_step(Env::new(), &|env| {
        rusqlite::Connection::open(&env.store)
            .unwrap()
            .execute(
                "UPDATE item_words SET words = 'some words' WHERE rowid =
                   (SELECT id FROM items WHERE name = 'Page')",
                [],
            )
            .unwrap();
    });
}

#[test]
fn check_finds_search_words_out_of_step_on_postgres() {
    let Some(env) = crate::common::postgres_env() else {
        return;
    };
    check_finds_search_words_out_of_step(env, &|env| {
        env.pg
            .as_ref()
            .unwrap()
            .client()
            .execute(
                "UPDATE item_words SET words = 'some words' WHERE item_id =
                   (SELECT id FROM items WHERE name = 'Page')",
                &[],
            )
            .unwrap();
    });
}
