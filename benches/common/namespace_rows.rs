//! The namespace rows the namespace and batch benches store, and the raw-rusqlite reference
//! that inserts the same rows.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::time::{Duration, Instant};

const SCHEMA: &str = include_str!("../../src/engine/migrations/0001_namespaces.sql");

/// The key of record `i`, zero-padded so that keys are distinct and sort by number.
pub fn key_of(i: u64) -> String {
    format!("key{i:07}")
}

/// The stored value of record `i`, as `namespace import` stores it (compact JSON).
pub fn value_of(i: u64) -> String {
    format!(r#"{{"n":{i},"tags":["a","b"]}}"#)
}

/// Writes records 1..=`records` of namespace `bench` as `namespace import` NDJSON.
pub fn write_ndjson(path: &Path, records: u64) {
    let mut out = BufWriter::new(File::create(path).expect("cannot create the NDJSON file"));
    for i in 1..=records {
        writeln!(
            out,
            r#"{{"namespace":"bench","key":"{}","value":{}}}"#,
            key_of(i),
            value_of(i)
        )
        .expect("cannot write the NDJSON file");
    }
    out.flush().expect("cannot write the NDJSON file");
}

/// Inserts the same rows into the same schema with rusqlite, in one transaction with one
/// prepared statement: the floor an import could reach. Returns the time of the transaction.
pub fn raw_insert(db: &Path, records: u64) -> Duration {
    let mut conn = rusqlite::Connection::open(db).expect("cannot create the raw database");
    // The connection settings storectl uses, so that only the work differs.
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .expect("WAL");
    conn.execute_batch("PRAGMA foreign_keys = ON")
        .expect("foreign keys");
    conn.execute_batch(SCHEMA).expect("schema");
    conn.execute("INSERT INTO namespaces (name) VALUES ('bench')", [])
        .expect("namespace row");
    let id = conn.last_insert_rowid();

    let start = Instant::now();
    let tx = conn.transaction().expect("begin");
    {
        let mut insert = tx
            .prepare("INSERT INTO namespace_entries (namespace_id, key, value) VALUES (?1, ?2, ?3)")
            .expect("prepare");
        for i in 1..=records {
            insert
                .execute(rusqlite::params![id, key_of(i), value_of(i)])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
    start.elapsed()
}
