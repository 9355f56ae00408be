//! The embedded default backend: one SQLite file (WAL, busy timeout, foreign keys, writers
//! with `BEGIN IMMEDIATE`, schema version in `PRAGMA user_version`).

mod comments;
mod feeds;
mod items;
mod namespaces;
mod sessions;

use std::collections::HashMap;
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use serde_json::{json, Value};

use super::{
    Backend, BackupReport, CommentStorage, FeedStorage, ItemStorage, LockStorage, NamespaceStorage,
    SessionStorage, Transaction, TxMode,
};
use crate::error::{Error, Result};

/// Marks a file as a storectl store (`PRAGMA application_id`, "STCT").
pub const APPLICATION_ID: i32 = 0x5354_4354;

/// Forward-only schema migrations: version N is reached by running the Nth script.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_namespaces.sql"),
    include_str!("../migrations/0002_comments.sql"),
    include_str!("../migrations/0003_feeds.sql"),
    include_str!("../migrations/0004_items.sql"),
    include_str!("../migrations/0005_sessions.sql"),
    include_str!("../migrations/0006_moin_logs.sql"),
];

/// The schema version this storectl writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How much of a statement journal SQLite keeps in memory before moving it to a temporary file.
const STATEMENT_JOURNAL_IN_MEMORY: i32 = 1 << 20;

/// Process-wide SQLite settings, for a program to apply at its start, before any connection is
/// opened (SQLite refuses them later, which costs only speed).
///
/// Statement journals stay in memory up to 1 MiB instead of 64 KiB. Inside a transaction, each
/// statement that may fail halfway (an upsert with counting triggers, for one) journals the pages
/// it changes, so that it alone can be undone. With 16 KB pages, one statement that touched four
/// of them (a page split) moved the journal to a temporary file for the rest of the transaction,
/// and every later statement wrote its pages there: a quarter of the time of a `storectl batch`
/// of `namespace set` commands.
pub fn configure_process() {
    // SAFETY: sqlite3_config takes this option with one int argument. SQLite requires it to be
    // called before the library is initialized and while no other thread uses SQLite: the binary
    // calls this first thing in main, single-threaded. Called later, it returns SQLITE_MISUSE and
    // changes nothing.
    unsafe {
        rusqlite::ffi::sqlite3_config(
            rusqlite::ffi::SQLITE_CONFIG_STMTJRNL_SPILL,
            STATEMENT_JOURNAL_IN_MEMORY,
        );
    }
}

pub struct SqliteBackend {
    conn: Connection,
    path: PathBuf,
}

impl SqliteBackend {
    /// Opens (creating on first use, mode 0600) and migrates the store at `path`.
    pub fn open(path: &Path, create_parent: bool, busy_timeout: Duration) -> Result<SqliteBackend> {
        let shown = path.display();
        if path.is_dir() {
            return Err(
                Error::input_missing(format!("store path {shown} is a directory")).hint(format!(
                    "name a file, e.g. --store {}",
                    path.join("storectl.db").display()
                )),
            );
        }
        if !path.exists() {
            create_store_file(path, create_parent)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::input_missing(format!("cannot open store {shown}: {e}"))
                .hint("check that the file exists and is readable and writable by you")
        })?;
        conn.busy_timeout(busy_timeout)?;
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
        // Plans that do not depend on bound values. Without this, SQLite marks a statement with a
        // `column = ?` term for re-planning when its bindings are cleared, which rusqlite does
        // each time a cached statement goes back to its cache: every later use of, say, the
        // namespace key lookup parsed and planned its SQL again (a third of `storectl batch`'s
        // time). Nothing here binds what QPSG stops using at plan time (LIKE patterns, ANALYZE
        // statistics, partial-index conditions).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        let mut backend = SqliteBackend {
            conn,
            path: path.to_path_buf(),
        };
        backend.ensure_schema()?;
        Ok(backend)
    }

    fn versions(&self) -> Result<(i64, i32)> {
        let read = |conn: &Connection| -> rusqlite::Result<(i64, i32)> {
            let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
            Ok((version, app))
        };
        read(&self.conn).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase)
            | Some(rusqlite::ErrorCode::DatabaseCorrupt) => Error::bad_input(format!(
                "store {} is not an SQLite database",
                self.path.display()
            ))
            .hint("point --store at a storectl store, or at a new file name to create one"),
            _ => Error::Sqlite(e),
        })
    }

    /// Refuses stores from a newer storectl and foreign databases; brings older ones up to date.
    fn ensure_schema(&mut self) -> Result<()> {
        let (version, app) = self.versions()?;
        self.refuse_foreign(version, app)?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // Only a store we are about to migrate is switched to WAL: opening a current store must
        // not write to it, and a newer one is never touched.
        if version == 0 {
            // Before the first table: 16 KB pages hold typical revision texts (0.5-3 KB) and JSON
            // values with far less waste than 4 KB pages (the store of a 235 MB wiki: 352 MB, not 429).
            self.conn.execute_batch("PRAGMA page_size = 16384")?;
        }
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, script) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            tx.execute_batch(script)
                .map_err(|e| Error::internal(format!("schema migration {} failed: {e}", i + 1)))?;
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {SCHEMA_VERSION}; PRAGMA application_id = {APPLICATION_ID};"
        ))?;
        tx.commit()?;
        Ok(())
    }

    fn refuse_foreign(&self, version: i64, app: i32) -> Result<()> {
        let shown = self.path.display();
        if app != APPLICATION_ID {
            let has_tables: bool =
                self.conn
                    .query_row("SELECT EXISTS (SELECT 1 FROM sqlite_schema)", [], |r| {
                        r.get(0)
                    })?;
            if app != 0 || version != 0 || has_tables {
                return Err(Error::bad_input(format!(
                    "{shown} is an SQLite database but not a storectl store"
                ))
                .hint("point --store at a storectl store, or at a new file name to create one"));
            }
        }
        if version > SCHEMA_VERSION {
            return Err(Error::config(format!(
                "store {shown} has schema version {version}, newer than this storectl understands \
                 ({SCHEMA_VERSION}); it was left unchanged"
            ))
            .hint("upgrade storectl to the version that wrote this store"));
        }
        Ok(())
    }
}

fn create_store_file(path: &Path, create_parent: bool) -> Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = parent {
        if !dir.is_dir() {
            if create_parent {
                create_private_dir(dir)?;
            } else {
                return Err(Error::input_missing(format!(
                    "cannot create store {}: directory {} does not exist",
                    path.display(),
                    dir.display()
                ))
                .hint("create the directory first, or choose another --store"));
            }
        }
    }
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| {
        Error::input_missing(format!("cannot create store {}: {e}", path.display()))
            .hint("check the directory's permissions, or choose another --store")
    })?;
    Ok(())
}

/// Creates `dir` with mode 0700; missing parents (e.g. `~/.local/share`) get the usual mode.
fn create_private_dir(dir: &Path) -> Result<()> {
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            Error::input_missing(format!("cannot create directory {}: {e}", parent.display()))
        })?;
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| {
        Error::input_missing(format!("cannot create directory {}: {e}", dir.display()))
    })
}

/// A transaction on the SQLite store; rolls back when dropped uncommitted.
pub struct SqliteTx<'c> {
    tx: rusqlite::Transaction<'c>,
    /// Namespace ids looked up in this transaction (cleared by renames and drops).
    namespace_ids: HashMap<String, i64>,
    /// Timeline ids looked up in this transaction (cleared by deletes and flushes).
    timeline_ids: HashMap<String, i64>,
    /// Session ids looked up in this transaction (cleared by deletes).
    session_ids: HashMap<String, i64>,
}

impl Transaction for SqliteTx<'_> {
    fn namespaces(&mut self) -> Result<&mut dyn NamespaceStorage> {
        Ok(self)
    }

    fn comments(&mut self) -> Result<&mut dyn CommentStorage> {
        Ok(self)
    }

    fn feeds(&mut self) -> Result<&mut dyn FeedStorage> {
        Ok(self)
    }

    fn items(&mut self) -> Result<&mut dyn ItemStorage> {
        Ok(self)
    }

    fn locks(&mut self) -> Result<&mut dyn LockStorage> {
        Ok(self)
    }

    fn sessions(&mut self) -> Result<&mut dyn SessionStorage> {
        Ok(self)
    }

    fn commit(self: Box<Self>) -> Result<()> {
        self.tx.commit()?;
        Ok(())
    }
}

impl Backend for SqliteBackend {
    fn url(&self) -> String {
        format!("sqlite:{}", self.path.display())
    }

    fn begin(&mut self, mode: TxMode) -> Result<Box<dyn Transaction + '_>> {
        let behavior = match mode {
            TxMode::Read => TransactionBehavior::Deferred,
            TxMode::Write => TransactionBehavior::Immediate,
        };
        let tx = self.conn.transaction_with_behavior(behavior)?;
        Ok(Box::new(SqliteTx {
            tx,
            namespace_ids: HashMap::new(),
            timeline_ids: HashMap::new(),
            session_ids: HashMap::new(),
        }))
    }

    fn integrity_problems(&mut self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            let row = row?;
            if row != "ok" {
                problems.push(format!("integrity: {row}"));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "foreign key: row {} of {} points at a missing row of {}",
                r.get::<_, Option<i64>>(1)?
                    .map_or("?".into(), |v| v.to_string()),
                r.get::<_, String>(0)?,
                r.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        problems.extend(namespaces::counter_problems(&self.conn)?);
        Ok(problems)
    }

    fn backup(&mut self, dest: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<BackupReport> {
        use rusqlite::backup::{Backup, StepResult};
        let name = dest.file_name().ok_or_else(|| {
            Error::usage(format!(
                "backup destination {} names no file",
                dest.display()
            ))
        })?;
        let dir = dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !dir.is_dir() {
            return Err(Error::input_missing(format!(
                "backup directory {} does not exist",
                dir.display()
            ))
            .hint("create it first"));
        }
        // Write beside the destination and rename when complete, so that an interrupted backup
        // never leaves a partial file under the destination's name.
        let prefix = format!(".{}.storectl-tmp-", name.to_string_lossy());
        crate::tempfiles::remove_stale(dir, &prefix);
        let tmp = dir.join(format!("{prefix}{}", std::process::id()));
        create_store_file(&tmp, false)?;
        let result = (|| -> Result<BackupReport> {
            let mut dst = Connection::open(&tmp)?;
            {
                let backup = Backup::new(&self.conn, &mut dst)?;
                loop {
                    match backup.step(256)? {
                        StepResult::Done => break,
                        StepResult::More => {}
                        StepResult::Busy | StepResult::Locked => {
                            std::thread::sleep(Duration::from_millis(10))
                        }
                        _ => {}
                    }
                    let p = backup.progress();
                    let total = p.pagecount.max(0) as u64;
                    progress(total - (p.remaining.max(0) as u64).min(total), total);
                }
                let p = backup.progress();
                progress(p.pagecount.max(0) as u64, p.pagecount.max(0) as u64);
            }
            // A backup is a single self-contained file: fold any WAL content back in.
            dst.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            let pages: i64 = dst.query_row("PRAGMA page_count", [], |r| r.get(0))?;
            dst.close().map_err(|(_, e)| Error::Sqlite(e))?;
            let file = std::fs::File::open(&tmp)?;
            file.sync_all()?;
            let bytes = file.metadata()?.len();
            std::fs::rename(&tmp, dest)?;
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(BackupReport {
                pages: pages as u64,
                bytes,
            })
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    fn storage_stats(&mut self) -> Result<Value> {
        let pragma = |name: &str| -> Result<i64> {
            Ok(self
                .conn
                .query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))?)
        };
        let page_size = pragma("page_size")?;
        let pages = pragma("page_count")?;
        let free = pragma("freelist_count")?;
        let file_bytes = std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        let wal_bytes = std::fs::metadata(PathBuf::from(wal))
            .map(|m| m.len())
            .unwrap_or(0);
        let journal: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        Ok(json!({
            "backend": "sqlite",
            "path": self.path.display().to_string(),
            "schema_version": pragma("user_version")?,
            "journal_mode": journal,
            "page_size": page_size,
            "pages": pages,
            "free_pages": free,
            "file_bytes": file_bytes,
            "wal_bytes": wal_bytes,
        }))
    }
}
