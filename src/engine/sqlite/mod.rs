//! The embedded default backend: one SQLite file (WAL, busy timeout, foreign keys, writers
//! with `BEGIN IMMEDIATE`, schema version in `PRAGMA user_version`).

mod changes;
mod comments;
mod feeds;
mod feeds_aggregated;
mod items;
mod namespaces;
pub mod rows;
mod sessions;
mod tx;
mod vfs;
mod wal;

pub use wal::{CHECKPOINT_PAGES, CHECKPOINT_PAGES_NORMAL, LOG_LIMIT_BYTES};

use std::collections::HashMap;
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use serde_json::{json, Value};

use super::{
    Backend, BackupReport, CommentStorage, FeedStorage, ItemStorage, LockStorage, NamespaceStorage,
    SessionStorage, Transaction, TxMode,
};
use crate::error::{Error, Fix, Kind, Result};
use crate::settings::Synchronous;

/// Marks a file as a storectl store (`PRAGMA application_id`, "STCT").
pub const APPLICATION_ID: i32 = 0x5354_4354;

/// Forward-only schema migrations: version N is reached by running the Nth script (public for
/// the tests that build a store of an older version).
pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_namespaces.sql"),
    include_str!("../migrations/0002_comments.sql"),
    include_str!("../migrations/0003_feeds.sql"),
    include_str!("../migrations/0004_items.sql"),
    include_str!("../migrations/0005_sessions.sql"),
    include_str!("../migrations/0006_moin_logs.sql"),
    include_str!("../migrations/0007_feed_activity_fields.sql"),
    include_str!("../migrations/0008_feed_aggregated.sql"),
    include_str!("../migrations/0009_item_words.sql"),
];

/// The schema version whose migration rebuilds the search words from the current revisions
/// (a Rust step: the words are `items_model::search_words`', which SQL cannot compute).
const SEARCH_WORDS_VERSION: usize = 9;

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
///
/// And a one-shot write's commit costs one fsync, not two: see `vfs.rs`.
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
    // After the setting above: registering a VFS initializes SQLite.
    vfs::register();
}

pub struct SqliteBackend {
    /// `None` while the store file does not exist: the first write creates it, and a read is
    /// refused (66) rather than answered from a new, empty store left behind.
    conn: Option<Connection>,
    path: PathBuf,
    create_parent: bool,
    busy_timeout: Duration,
    synchronous: Synchronous,
    /// Why this process can only read the store; `None` when it can write.
    read_only: Option<String>,
    /// `conn` is an empty store in memory standing in for one that does not exist, for a dry
    /// run to work on without creating the file.
    scratch: bool,
}

impl SqliteBackend {
    /// Opens the store at `path` and brings its schema up to date. A store that does not exist
    /// yet is created (mode 0600, in a directory made 0700 when `create_parent`) by the first
    /// write; a store this process may not write is opened for reading only.
    pub fn open(path: &Path, create_parent: bool, busy_timeout: Duration) -> Result<SqliteBackend> {
        let shown = path.display();
        let mut backend = SqliteBackend {
            conn: None,
            path: path.to_path_buf(),
            create_parent,
            busy_timeout,
            synchronous: Synchronous::Full,
            read_only: None,
            scratch: false,
        };
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => Err(Error::input_missing(format!(
                "store path {shown} is a directory"
            ))
            .hint(Fix::StoreFileInDirectory {
                example: path.join("storectl.db").display().to_string(),
            })),
            Ok(meta) if !meta.is_file() => Err(Error::input_missing(format!(
                "store path {shown} is not a regular file (a device, pipe or socket)"
            ))
            .hint(Fix::NameStoreFile)),
            Ok(_) => {
                backend.connect()?;
                backend.ensure_schema_waiting()?;
                Ok(backend)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(backend),
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Err(Error::denied(
                format!("cannot reach store {shown}: permission denied on a directory of its path"),
            )
            .hint("ask for access to its directory, or run storectl as the store's owner")),
            Err(e) => Err(Error::from(e).context(format!("cannot open store {shown}"))),
        }
    }

    /// The error for a read of a store that does not exist.
    fn missing(&self) -> Error {
        Error::input_missing(format!("store {} does not exist", self.path.display()))
            .hint(Fix::CreateStore)
    }

    /// The open connection, for reads; 66 when the store does not exist.
    fn existing(&mut self) -> Result<&mut Connection> {
        // The error is made only when needed: this runs at the start of every transaction.
        if self.scratch || self.conn.is_none() {
            return Err(self.missing());
        }
        self.conn
            .as_mut()
            .ok_or_else(|| Error::internal("the store's connection vanished"))
    }

    /// The open connection, for writes: creates a missing store, refuses (77) one this process
    /// can only read.
    fn writable(&mut self) -> Result<&mut Connection> {
        if self.scratch {
            self.conn = None;
            self.scratch = false;
        }
        if self.conn.is_none() {
            create_store_file(&self.path, self.create_parent)?;
            self.connect()?;
            self.ensure_schema_waiting()?;
        }
        if let Some(why) = &self.read_only {
            return Err(Error::denied(format!(
                "cannot write store {}: {why}",
                self.path.display()
            ))
            .hint(
                "ask the store's owner for write access to the file and its directory, or run \
                   storectl as that user; reads work as they are",
            ));
        }
        self.existing()
    }

    /// Opens the existing store file: read-write where this process may, else read-only.
    fn connect(&mut self) -> Result<()> {
        let shown = self.path.display();
        if let Err(e) = std::fs::File::open(&self.path) {
            return Err(if e.kind() == std::io::ErrorKind::PermissionDenied {
                Error::denied(format!("cannot read store {shown}: permission denied"))
                    .hint("ask its owner for read access, or run storectl as the store's owner")
            } else {
                Error::from(e).context(format!("cannot open store {shown}"))
            });
        }
        wal::align_sidecar_modes(&self.path);
        // SQLite opens a file it may not write read-only (then writes fail with SQLITE_READONLY).
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::input_missing(format!("cannot open store {shown}: {e}"))
                .hint("check that the file exists and is readable by you")
        })?;
        let conn = self.configure(conn)?;
        self.read_only = conn
            .is_readonly(rusqlite::MAIN_DB)?
            .then(|| "the file is not writable by you".to_string());
        // A WAL store is read through its -shm file, which SQLite creates beside the store; in
        // a directory this process may not write, even a read fails (SQLITE_READONLY_CANTINIT).
        match read_versions(&conn) {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::CannotOpen)
                ) =>
            {
                drop(conn);
                self.conn = Some(self.connect_immutable()?);
            }
            _ => self.conn = Some(conn),
        }
        Ok(())
    }

    /// Opens the store as an immutable file: no -wal, no -shm, no locks. Only used when this
    /// process cannot create those files, and only when no write-ahead log holds committed
    /// changes that the store file lacks (an immutable open would not see them). A writer
    /// elsewhere that checkpoints while such a read runs can make it fail or see a mix of old and
    /// new pages; the README says so.
    fn connect_immutable(&mut self) -> Result<Connection> {
        let shown = self.path.display();
        let dir = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let [wal, shm] = wal::sidecars(&self.path);
        if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
            // The log outlives the process that wrote it; what it holds may be missing from the
            // store file.
            let unreadable = [&wal, &shm].into_iter().find(|p| {
                std::fs::File::open(p)
                    .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
            });
            if let Some(unreadable) = unreadable {
                return Err(Error::denied(format!(
                    "cannot read store {shown}: its write-ahead log {} may hold changes its \
                     file lacks, and you may not read {}",
                    wal.display(),
                    unreadable.display()
                ))
                .hint(format!(
                    "the store's owner can share them: any storectl command the owner runs gives \
                     {} and {} the store file's mode (or chmod them like the store)",
                    wal.display(),
                    shm.display()
                )));
            }
            return Err(Error::denied(format!(
                "cannot read store {shown}: its write-ahead log {} may hold changes its file \
                 lacks, and its index {} is missing, which you may not create in directory {}",
                wal.display(),
                shm.display(),
                dir.display()
            ))
            .hint(
                "run any storectl command on the store once as a user who may write in that \
                 directory: it makes the index, and others can read through it",
            ));
        }
        let conn = Connection::open_with_flags(
            format!("file:{}?immutable=1", uri_path(&self.path)),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::input_missing(format!("cannot open store {shown}: {e}"))
                .hint("check that the file is readable by you")
        })?;
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.read_only = Some(format!(
            "you may not write in directory {}, where SQLite needs to create {name}-wal and \
             {name}-shm",
            dir.display()
        ));
        self.configure(conn)
    }

    fn configure(&self, conn: Connection) -> Result<Connection> {
        conn.busy_timeout(self.busy_timeout)?;
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
        // Plans that do not depend on bound values. Without this, SQLite marks a statement with a
        // `column = ?` term for re-planning when its bindings are cleared, which rusqlite does
        // each time a cached statement goes back to its cache: every later use of, say, the
        // namespace key lookup parsed and planned its SQL again (a third of `storectl batch`'s
        // time). Nothing here binds what QPSG stops using at plan time (LIKE patterns, ANALYZE
        // statistics, partial-index conditions).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        wal::keep_between_processes(&conn, self.busy_timeout, self.synchronous)?;
        Ok(conn)
    }

    fn versions(&mut self) -> Result<(i64, i32)> {
        let shown = self.path.display().to_string();
        read_versions(self.existing()?).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase)
            | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                Error::bad_input(format!("store {shown} is not an SQLite database"))
                    .hint(Fix::PointAtStorectlStore)
            }
            _ => Error::Sqlite(e).context(format!("store {shown}")),
        })
    }

    /// [`Self::ensure_schema`], waiting up to the busy timeout for another process that is
    /// creating or migrating the store at the same moment. While a new store changes from a
    /// rollback journal to WAL, SQLite answers some of its lock requests with SQLITE_BUSY at once,
    /// without the busy handler: two processes starting on one new store would see that.
    fn ensure_schema_waiting(&mut self) -> Result<()> {
        let deadline = std::time::Instant::now() + self.busy_timeout;
        loop {
            match self.ensure_schema() {
                Err(e) if e.kind() == Kind::Busy && std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                done => return done,
            }
        }
    }

    /// Refuses stores from a newer storectl, foreign databases and stores whose version number
    /// was lowered; brings older ones up to date.
    fn ensure_schema(&mut self) -> Result<()> {
        // The version and the tables are read in one read transaction: another process may be
        // creating the store right now, and a version read before its commit next to tables
        // read after it would look like a lowered version.
        self.existing()?.execute_batch("BEGIN DEFERRED")?;
        let checked = self.checked_version();
        let end = self.existing()?.execute_batch("COMMIT");
        let version = checked?;
        end?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        if let Some(why) = &self.read_only {
            return Err(Error::denied(format!(
                "store {} has schema version {version} and needs migrating to version \
                 {SCHEMA_VERSION}, which writes to it: {why}",
                self.path.display()
            ))
            .hint("run any storectl command once as a user who may write the store"));
        }
        let conn = self.existing()?;
        // Only a store we are about to migrate is switched to WAL: opening a current store must
        // not write to it, and a newer one is never touched.
        if version == 0 {
            // Before the first table: 16 KB pages hold typical revision texts (0.5-3 KB) and JSON
            // values with far less waste than 4 KB pages (the store of a 235 MB wiki: 352 MB, not 429).
            conn.execute_batch("PRAGMA page_size = 16384")?;
        }
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, script) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            tx.execute_batch(script).map_err(|e| {
                // SQLite's message, without the migration's SQL that rusqlite appends.
                let why = e.to_string();
                let why = why.split(" in ").next().unwrap_or(&why).to_string();
                Error::internal(format!("schema migration {} failed: {why}", i + 1))
            })?;
            if i + 1 == SEARCH_WORDS_VERSION {
                items::rebuild_search_words(&tx)?;
            }
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {SCHEMA_VERSION}; PRAGMA application_id = {APPLICATION_ID};"
        ))?;
        tx.commit()?;
        // The new schema goes into the store file now, not with the next few hundred writes:
        // a store just created or migrated is whole in its file, as a copy or `stats` expect.
        wal::checkpoint_and_truncate(conn);
        Ok(())
    }

    /// The store's schema version, once it is known to be a storectl store this build can open
    /// or bring up to date.
    fn checked_version(&mut self) -> Result<i64> {
        let (version, app) = self.versions()?;
        self.refuse_foreign(version, app)?;
        if version != SCHEMA_VERSION {
            self.refuse_lowered(version)?;
        }
        Ok(version)
    }

    fn refuse_foreign(&mut self, version: i64, app: i32) -> Result<()> {
        let shown = self.path.display().to_string();
        if app != APPLICATION_ID {
            let has_tables: bool = self.existing()?.query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_schema)",
                [],
                |r| r.get(0),
            )?;
            if app != 0 || version != 0 || has_tables {
                return Err(Error::bad_input(format!(
                    "{shown} is an SQLite database but not a storectl store"
                ))
                .hint(Fix::PointAtStorectlStore));
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

    /// Refuses a store whose `user_version` says less than its tables are: running the
    /// migrations again would fail halfway, or worse. Only a tool other than storectl lowers it.
    fn refuse_lowered(&mut self, version: i64) -> Result<()> {
        let shown = self.path.display().to_string();
        if version < 0 {
            return Err(Error::bad_input(format!(
                "store {shown} has schema version {version} (PRAGMA user_version), which no \
                 storectl writes (this one writes {SCHEMA_VERSION}); it was left unchanged"
            ))
            .hint("the number was changed outside storectl: restore the store from a backup"));
        }
        let conn = self.existing()?;
        let mut present = None;
        for (i, script) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            for table in tables_created_by(script) {
                let exists: bool = conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)",
                    [table],
                    |r| r.get(0),
                )?;
                if exists {
                    present = Some((i + 1, table));
                }
            }
        }
        match present {
            Some((has, table)) => Err(Error::bad_input(format!(
                "store {shown} says schema version {version} (PRAGMA user_version), but it already \
                 holds the tables of version {has} (table {table}; this storectl writes version \
                 {SCHEMA_VERSION}); the number was changed outside storectl, and the store was \
                 left unchanged"
            ))
            .hint(format!(
                "if nothing else was changed, restore the number with: sqlite3 {shown} \
                 'PRAGMA user_version = {has}'; otherwise restore the store from a backup"
            ))),
            None => Ok(()),
        }
    }
}

fn read_versions(conn: &Connection) -> rusqlite::Result<(i64, i32)> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    Ok((version, app))
}

/// The tables a migration script creates (`CREATE TABLE name`, `CREATE VIRTUAL TABLE name`).
fn tables_created_by(script: &str) -> Vec<&str> {
    script
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let rest = line
                .strip_prefix("CREATE TABLE ")
                .or_else(|| line.strip_prefix("CREATE VIRTUAL TABLE "))?;
            let rest = rest.strip_prefix("IF NOT EXISTS ").unwrap_or(rest);
            rest.split(|c: char| c.is_whitespace() || c == '(')
                .next()
                .filter(|name| !name.is_empty())
        })
        .collect()
}

/// Values of `TEXT` columns that are not UTF-8, each with its table, row key and column; rusqlite
/// refuses to read them as strings, so every command touching one would fail.
fn damaged_text(conn: &Connection, limit: usize) -> Result<Vec<String>> {
    use rusqlite::types::ValueRef;
    let show = |v: ValueRef| match v {
        ValueRef::Null => "NULL".to_string(),
        ValueRef::Integer(n) => n.to_string(),
        ValueRef::Real(x) => x.to_string(),
        ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => format!("<{} bytes>", b.len()),
    };
    let mut found = Vec::new();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables {
        // (name, declared type, position in the primary key)
        let columns: Vec<(String, String, i64)> = conn
            .prepare("SELECT name, type, pk FROM pragma_table_info(?1)")?
            .query_map([&table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let text: Vec<&str> = columns
            .iter()
            .filter(|(_, ty, _)| ty.eq_ignore_ascii_case("TEXT"))
            .map(|(name, _, _)| name.as_str())
            .collect();
        if text.is_empty() {
            continue;
        }
        let mut key: Vec<(&str, i64)> = columns
            .iter()
            .filter(|(_, _, pk)| *pk > 0)
            .map(|(name, _, pk)| (name.as_str(), *pk))
            .collect();
        key.sort_by_key(|(_, pk)| *pk);
        let mut key: Vec<&str> = key.into_iter().map(|(name, _)| name).collect();
        if key.is_empty() {
            key.push("rowid");
        }
        let quote = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
        let sql = format!(
            "SELECT {}, {} FROM {}",
            key.iter().map(|k| quote(k)).collect::<Vec<_>>().join(", "),
            text.iter()
                .map(|c| format!("CAST({} AS BLOB)", quote(c)))
                .collect::<Vec<_>>()
                .join(", "),
            quote(&table)
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for (i, column) in text.iter().enumerate() {
                if let ValueRef::Blob(bytes) = row.get_ref(key.len() + i)? {
                    if std::str::from_utf8(bytes).is_err() {
                        let at: Vec<String> = (0..key.len())
                            .map(|k| Ok(format!("{}={}", key[k], show(row.get_ref(k)?))))
                            .collect::<rusqlite::Result<_>>()?;
                        found.push(format!(
                            "not UTF-8: table {table}, row {}, column {column}",
                            at.join(", ")
                        ));
                        if found.len() >= limit {
                            return Ok(found);
                        }
                    }
                }
            }
        }
    }
    Ok(found)
}

/// `path` for a `file:` URI: every byte but unreserved ones and `/` percent-encoded.
fn uri_path(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().into_owned().into_bytes();
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Creates the store file, mode 0600 whatever the umask; a file that appeared meanwhile is
/// left as it is.
fn create_store_file(path: &Path, create_parent: bool) -> Result<()> {
    let shown = path.display();
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = parent {
        if !dir.is_dir() {
            if create_parent {
                create_private_dir(dir)?;
            } else {
                return Err(Error::input_missing(format!(
                    "cannot create store {shown}: directory {} does not exist",
                    dir.display()
                ))
                .hint(Fix::CreateDirectoryOrAnotherStore));
            }
        }
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(file) => private_mode(&file, 0o600)
            .map_err(|e| Error::from(e).context(format!("cannot create store {shown}"))),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Err(Error::denied(format!(
            "cannot create store {shown}: permission denied"
        ))
        .hint(Fix::StoreInWritableDirectory)),
        Err(e) => Err(Error::from(e).context(format!("cannot create store {shown}"))),
    }
}

/// Sets `mode` on a file storectl created: the umask may have taken bits from it (or, for a
/// directory created with the default mode, left too many).
fn private_mode(file: &std::fs::File, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (file, mode);
    Ok(())
}

/// Creates `dir` and every missing parent (e.g. `~/.local` and `~/.local/share`) with mode 0700,
/// whatever the umask; directories that exist are left as they are.
fn create_private_dir(dir: &Path) -> Result<()> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at.filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
        missing.push(d);
        at = d.parent();
    }
    for d in missing.into_iter().rev() {
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        match builder.create(d) {
            Ok(()) => {
                let opened = std::fs::File::open(d);
                opened.and_then(|f| private_mode(&f, 0o700))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => Ok(()),
            Err(e) => Err(e),
        }
        .map_err(|e| Error::from(e).context(format!("cannot create directory {}", d.display())))?;
    }
    Ok(())
}

/// A transaction on the SQLite store; rolls back when dropped uncommitted.
pub struct SqliteTx<'c> {
    tx: tx::CachedTx<'c>,
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

    fn rows(&mut self) -> Result<&mut dyn crate::engine::tables::TableRows> {
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
        let conn = match mode {
            TxMode::Read => self.existing()?,
            TxMode::Write => self.writable()?,
        };
        let tx = tx::CachedTx::begin(conn, behavior)?;
        Ok(Box::new(SqliteTx {
            tx,
            namespace_ids: HashMap::new(),
            timeline_ids: HashMap::new(),
            session_ids: HashMap::new(),
        }))
    }

    fn create(&mut self) -> Result<()> {
        if self.conn.is_none() || self.scratch {
            self.writable()?;
        }
        Ok(())
    }

    fn begin_dry_run(&mut self) -> Result<Box<dyn Transaction + '_>> {
        if self.conn.is_some() && !self.scratch {
            return self.begin(TxMode::Write);
        }
        if self.conn.is_none() {
            let conn = self.configure(Connection::open_in_memory()?)?;
            self.conn = Some(conn);
            self.read_only = None;
            self.ensure_schema()?;
            self.scratch = true;
        }
        let conn = self
            .conn
            .as_mut()
            .ok_or_else(|| Error::internal("dry-run store vanished"))?;
        let tx = tx::CachedTx::begin(conn, TransactionBehavior::Immediate)?;
        Ok(Box::new(SqliteTx {
            tx,
            namespace_ids: HashMap::new(),
            timeline_ids: HashMap::new(),
            session_ids: HashMap::new(),
        }))
    }

    fn flush_to_file(&mut self) -> Result<()> {
        let path = self.path.display().to_string();
        let conn = self.existing()?;
        let (busy, _, _): (i64, i64, i64) =
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        if busy != 0 {
            return Err(Error::busy(format!(
                "store {path} is being read by another process; its log cannot be folded in"
            )));
        }
        Ok(())
    }

    fn integrity_problems(&mut self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let conn = self.existing()?;
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            let row = row?;
            if row != "ok" {
                problems.push(format!("integrity: {row}"));
            }
        }
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
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
        problems.extend(namespaces::counter_problems(conn)?);
        problems.extend(damaged_text(conn, usize::MAX)?);
        Ok(problems)
    }

    fn damaged_text(&mut self, limit: usize) -> Result<Vec<String>> {
        damaged_text(self.existing()?, limit)
    }

    fn backup(&mut self, dest: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<BackupReport> {
        use rusqlite::backup::{Backup, StepResult};
        let conn = &*self.existing()?;
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
                let backup = Backup::new(conn, &mut dst)?;
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
        result.map_err(|e| e.context(format!("cannot back up to {}", dest.display())))
    }

    fn wait_for_change(&mut self, until: Instant) -> Result<()> {
        match self.conn.as_ref().filter(|_| !self.scratch) {
            Some(conn) => changes::wait_for_change(conn, until),
            // No store yet: the first write elsewhere creates it; look again soon.
            None => {
                super::poll_pause(until);
                Ok(())
            }
        }
    }

    fn set_synchronous(&mut self, synchronous: Synchronous) -> Result<()> {
        if synchronous == self.synchronous {
            return Ok(());
        }
        self.synchronous = synchronous;
        // A connection that can only read (or reads an immutable file) never commits: it keeps
        // the settings it was opened with, which it may not be able to change.
        if self.read_only.is_none() {
            if let Some(conn) = &self.conn {
                wal::keep_between_processes(conn, self.busy_timeout, synchronous)?;
            }
        }
        Ok(())
    }

    fn storage_stats(&mut self) -> Result<Value> {
        let path = self.path.clone();
        let conn = &*self.existing()?;
        let pragma = |name: &str| -> Result<i64> {
            Ok(conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))?)
        };
        let page_size = pragma("page_size")?;
        let pages = pragma("page_count")?;
        let free = pragma("freelist_count")?;
        let file_bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let mut wal = path.clone().into_os_string();
        wal.push("-wal");
        let wal_bytes = std::fs::metadata(PathBuf::from(wal))
            .map(|m| m.len())
            .unwrap_or(0);
        let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        let synchronous = match pragma("synchronous")? {
            2 => "full",
            1 => "normal",
            0 => "off",
            _ => "extra",
        };
        Ok(json!({
            "backend": "sqlite",
            "path": path.display().to_string(),
            "schema_version": pragma("user_version")?,
            "journal_mode": journal,
            "synchronous": synchronous,
            "page_size": page_size,
            "pages": pages,
            "free_pages": free,
            "file_bytes": file_bytes,
            "wal_bytes": wal_bytes,
        }))
    }
}
