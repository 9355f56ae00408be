//! The schema of a PostgreSQL store: forward-only migrations, versioned like SQLite's, the
//! version kept in a one-row table `schema_version` (PostgreSQL has no `user_version`).

use postgres::{Client, IsolationLevel};

use crate::error::{Error, Fix, Result};

/// Version N is reached by running the Nth script. A new face adds its script at the end.
/// (Public for the tests that build a store of an older version.)
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_namespaces.sql"),
    include_str!("migrations/0002_locks.sql"),
    include_str!("migrations/0003_sessions.sql"),
    include_str!("migrations/0004_feeds.sql"),
    include_str!("migrations/0005_comments.sql"),
    include_str!("migrations/0006_items.sql"),
    include_str!("migrations/0007_feed_activity_fields.sql"),
    include_str!("migrations/0008_feed_aggregated.sql"),
    include_str!("migrations/0009_item_words.sql"),
];

/// The schema version whose migration rebuilds the search words from the current revisions
/// (a Rust step: the words are `items_model::search_words`', which SQL cannot compute).
const SEARCH_WORDS_VERSION: usize = 9;

/// The schema version this storectl writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// What a database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No table at all: the first write (or `storectl init`) creates the schema.
    Empty,
    /// A storectl schema of this version (older ones are migrated when found).
    Version(i64),
}

/// Reads the state of the database `client` is connected to; refuses foreign databases and
/// schemas newer than this build.
pub fn inspect(client: &mut Client, shown: &str) -> Result<State> {
    let row = client.query_one(
        "SELECT to_regclass('schema_version') IS NOT NULL,
                (SELECT count(*) FROM information_schema.tables
                  WHERE table_schema = current_schema())",
        &[],
    )?;
    let (has_version, tables): (bool, i64) = (row.get(0), row.get(1));
    if !has_version {
        if tables > 0 {
            return Err(Error::bad_input(format!(
                "database of store {shown} holds tables but is not a storectl store (it has no \
                 schema_version table)"
            ))
            .hint(Fix::PointAtStorectlStore));
        }
        return Ok(State::Empty);
    }
    let version: i64 = client
        .query_opt("SELECT version FROM schema_version", &[])?
        .map(|r| r.get::<_, i32>(0) as i64)
        .unwrap_or(0);
    refuse_newer(version, shown)?;
    Ok(State::Version(version))
}

fn refuse_newer(version: i64, shown: &str) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(Error::config(format!(
            "store {shown} has schema version {version}, newer than this storectl understands \
             ({SCHEMA_VERSION}); it was left unchanged"
        ))
        .hint("upgrade storectl to the version that wrote this store"));
    }
    Ok(())
}

/// Creates or brings the schema up to date, in one transaction. Concurrent storectl processes
/// may do this at once (two first writes): the loser's transaction fails on the catalog's
/// unique names, or waits on the version row, and reads the version again.
pub fn migrate(client: &mut Client, shown: &str) -> Result<()> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        match migrate_once(client, shown) {
            Err(Error::Postgres(e)) if attempt < 5 && is_race(&e) => continue,
            other => return other,
        }
    }
}

/// Failures another migrator committing first causes: duplicate catalog names, serialization.
fn is_race(e: &postgres::Error) -> bool {
    use postgres::error::SqlState;
    matches!(
        e.code(),
        Some(&SqlState::UNIQUE_VIOLATION)
            | Some(&SqlState::DUPLICATE_TABLE)
            | Some(&SqlState::DUPLICATE_OBJECT)
            | Some(&SqlState::T_R_SERIALIZATION_FAILURE)
            | Some(&SqlState::T_R_DEADLOCK_DETECTED)
    )
}

fn migrate_once(client: &mut Client, shown: &str) -> Result<()> {
    let state = inspect(client, shown)?;
    if state == State::Version(SCHEMA_VERSION) {
        return Ok(());
    }
    let mut tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::Serializable)
        .start()?;
    run_migrations(&mut tx, state, shown)?;
    tx.commit()?;
    Ok(())
}

/// Runs the missing migrations inside `tx` (which a dry run rolls back).
pub fn run_migrations(tx: &mut postgres::Transaction, state: State, shown: &str) -> Result<()> {
    let from = match state {
        State::Empty => {
            tx.batch_execute(
                "CREATE TABLE schema_version (
                     only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
                     version INTEGER NOT NULL
                 );
                 INSERT INTO schema_version (version) VALUES (0);",
            )?;
            0
        }
        State::Version(_) => {
            // The row lock puts concurrent migrators in a line; the version is read again.
            let version: i32 = tx
                .query_one("SELECT version FROM schema_version FOR UPDATE", &[])?
                .get(0);
            let version = version as i64;
            refuse_newer(version, shown)?;
            version
        }
    };
    for (i, script) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        tx.batch_execute(script).map_err(|e| {
            let why = e
                .as_db_error()
                .map(|d| d.message().to_string())
                .unwrap_or_else(|| e.to_string());
            if is_race(&e) {
                Error::Postgres(e)
            } else {
                Error::internal(format!("schema migration {} failed: {why}", i + 1))
            }
        })?;
        if i + 1 == SEARCH_WORDS_VERSION {
            super::items::rebuild_search_words(tx)?;
        }
    }
    tx.execute(
        "UPDATE schema_version SET version = $1",
        &[&(SCHEMA_VERSION as i32)],
    )?;
    Ok(())
}
