//! Opening a store from its URL, transactions, and the traits a backend implements.
//!
//! A backend is storage only: it offers the primitives a face needs, inside a transaction.
//! Every rule (merge semantics, what counts as a change, validation) lives in `faces/`.

pub mod comments;
pub mod feeds;
pub mod feeds_aggregated;
pub mod items;
pub mod moin16;
pub mod namespaces;
pub mod postgres;
pub mod sessions;
pub mod sqlite;
pub mod tables;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::error::{Error, Fix, Result};
use crate::settings::{PostgresSettings, Settings};

pub use comments::CommentStorage;
pub use feeds::FeedStorage;
pub use items::{ItemStorage, LockStorage};
pub use namespaces::{NamespaceInfo, NamespaceStorage};
pub use sessions::SessionStorage;

/// A parsed store URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreUrl {
    Sqlite(PathBuf),
    /// A live MoinMoin 1.6–1.9 data dir (items only).
    Moin16(PathBuf),
    /// A PostgreSQL server's database: `postgres://` or `postgresql://`, kept as written (it
    /// may hold a password: show it with [`redact_store_url`]).
    Postgres(String),
}

/// Backends known by name; the factory in [`Store::open`] matches on these.
pub const BACKENDS: &[&str] = &["sqlite", "postgres", "moin16"];

/// A store URL as it may be shown: a PostgreSQL URL's password replaced by `***`.
pub fn redact_store_url(text: &str) -> String {
    postgres::redact(text)
}

impl StoreUrl {
    /// `sqlite:PATH`, `sqlite://PATH`, a bare path, `postgres://…`, `postgresql://…` or
    /// `moin16:DATA_DIR`.
    pub fn parse(text: &str) -> Result<StoreUrl> {
        if text.is_empty() {
            return Err(Error::config("the store URL is empty").hint(Fix::GiveStoreUrl));
        }
        if let Some((scheme, rest)) = text.split_once(':') {
            let looks_like_scheme = scheme.len() > 1
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            if looks_like_scheme {
                return match scheme {
                    "sqlite" => {
                        let path = rest.strip_prefix("//").unwrap_or(rest);
                        if path.is_empty() {
                            Err(Error::config(format!("store URL {text:?} names no file"))
                                .hint("write sqlite:PATH, e.g. sqlite:./storectl.db"))
                        } else {
                            Ok(StoreUrl::Sqlite(PathBuf::from(path)))
                        }
                    }
                    "moin16" => {
                        let path = rest.strip_prefix("//").unwrap_or(rest);
                        if path.is_empty() {
                            Err(Error::config(format!("store URL {text:?} names no directory"))
                                .hint("write moin16:DATA_DIR, e.g. moin16:/srv/wiki/data"))
                        } else {
                            Ok(StoreUrl::Moin16(PathBuf::from(path)))
                        }
                    }
                    "postgres" | "postgresql" => {
                        postgres::PgUrl::parse(text)?;
                        Ok(StoreUrl::Postgres(text.to_string()))
                    }
                    other => Err(Error::config(format!(
                        "unknown store backend {other:?} in store URL {:?}",
                        redact_store_url(text)
                    ))
                    .hint(format!(
                        "backends in this build: {}; a path containing ':' can be written sqlite:PATH",
                        BACKENDS.join(", ")
                    ))),
                };
            }
        }
        Ok(StoreUrl::Sqlite(PathBuf::from(text)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxMode {
    Read,
    Write,
}

/// The faces a store can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Namespaces,
    Comments,
    Feeds,
    Items,
    Sessions,
}

impl Face {
    pub const ALL: [Face; 5] = [
        Face::Namespaces,
        Face::Comments,
        Face::Feeds,
        Face::Items,
        Face::Sessions,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Face::Namespaces => "namespaces",
            Face::Comments => "comments",
            Face::Feeds => "feeds",
            Face::Items => "items",
            Face::Sessions => "sessions",
        }
    }
}

/// A store's storage: opens transactions and does whole-store maintenance.
pub trait Backend {
    /// The faces this backend stores (the others' storage calls fail with a usage error).
    fn faces(&self) -> &'static [Face] {
        &Face::ALL
    }
    /// The store as a URL, for messages and reports.
    fn url(&self) -> String;
    fn begin(&mut self, mode: TxMode) -> Result<Box<dyn Transaction + '_>>;
    /// When a commit reaches the disk (`[sqlite] synchronous`); other backends decide that
    /// themselves (PostgreSQL: the server's `synchronous_commit`).
    fn set_synchronous(&mut self, _synchronous: crate::settings::Synchronous) -> Result<()> {
        Ok(())
    }
    /// A write transaction that will be rolled back (`--dry-run`); a store that does not exist
    /// is not created for it. Backends whose rollback leaves traces (the moin16 data dir:
    /// mtimes) compute without writing instead.
    fn begin_dry_run(&mut self) -> Result<Box<dyn Transaction + '_>> {
        self.begin(TxMode::Write)
    }
    /// A write transaction that fills a new store (`storectl copy`): where the store has no
    /// schema yet, it is created inside this transaction, so that a rollback leaves the store
    /// as it was. Once committed, the backend is not used again.
    fn begin_fill(&mut self) -> Result<Box<dyn Transaction + '_>> {
        self.begin(TxMode::Write)
    }
    /// Puts every committed change into the store's own file (SQLite: a full checkpoint of its
    /// write-ahead log, which otherwise outlives the process), for a file about to be given
    /// another name. Nothing to do for a server's store.
    fn flush_to_file(&mut self) -> Result<()> {
        Ok(())
    }
    /// Creates the store if it does not exist yet (`storectl init`; otherwise the first write
    /// does); a store that exists is left as it is.
    fn create(&mut self) -> Result<()> {
        Ok(())
    }
    /// Storage-level integrity problems (page structure, references, maintained counters).
    fn integrity_problems(&mut self) -> Result<Vec<String>>;
    /// Text values whose bytes are not UTF-8 (bit rot, or a write that bypassed storectl), at
    /// most `limit` of them, each naming its record.
    fn damaged_text(&mut self, _limit: usize) -> Result<Vec<String>> {
        Ok(Vec::new())
    }
    /// Copies the whole store to a new file at `dest` while others may keep using it;
    /// `progress(done, total)` in pages.
    fn backup(&mut self, dest: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<BackupReport>;
    /// Storage facts for `storectl stats` (file sizes, pages, schema version).
    fn storage_stats(&mut self) -> Result<Value>;
    /// For a long-lived process that reads often (serve): each read transaction may be left
    /// open after its read, to end in the round trip that begins the next transaction (one
    /// round trip less per read on a server store). The process must then call
    /// [`Backend::end_open_read`] before it waits long, so that no snapshot is held idle.
    fn leave_reads_open(&mut self) {}
    /// Whether a read transaction is left open (see [`Backend::leave_reads_open`]).
    fn has_open_read(&self) -> bool {
        false
    }
    /// Ends the read transaction left open (see [`Backend::leave_reads_open`]), if any.
    fn end_open_read(&mut self) -> Result<()> {
        Ok(())
    }
    /// How many times [`Store::write`] runs a transaction that keeps losing to other writers.
    fn write_attempts(&self) -> u32 {
        WRITE_ATTEMPTS
    }
    /// Called before a write transaction runs again after losing to another writer (attempt
    /// 2, 3, …): a backend whose writers collide often spreads them out here.
    fn before_retry(&mut self, _attempt: u32) {}
    /// Returns once another process may have changed the store since this backend's last
    /// transaction, or at `until`, whichever comes first: for a waiter (a lock held by
    /// another owner) to try again when it may succeed. Spurious returns are allowed; this
    /// default, for a backend that cannot tell, returns after at most [`CHANGE_POLL`].
    fn wait_for_change(&mut self, until: Instant) -> Result<()> {
        poll_pause(until);
        Ok(())
    }
}

/// How often a backend that cannot see changes lets a waiter look again.
pub const CHANGE_POLL: Duration = Duration::from_millis(10);

/// Sleeps until `until`, at most [`CHANGE_POLL`]: a wait for a change that cannot be seen.
pub fn poll_pause(until: Instant) {
    let now = Instant::now();
    if until > now {
        std::thread::sleep((until - now).min(CHANGE_POLL));
    }
}

/// One open transaction. Dropping it without `commit` rolls it back.
pub trait Transaction {
    fn namespaces(&mut self) -> Result<&mut dyn NamespaceStorage>;
    fn comments(&mut self) -> Result<&mut dyn CommentStorage>;
    fn feeds(&mut self) -> Result<&mut dyn FeedStorage>;
    fn items(&mut self) -> Result<&mut dyn ItemStorage>;
    fn locks(&mut self) -> Result<&mut dyn LockStorage>;
    fn sessions(&mut self) -> Result<&mut dyn SessionStorage>;
    /// Whole tables as logical rows (`storectl copy`); a backend that does not keep the
    /// tables of [`tables::TABLES`] (moin16 data dirs) refuses.
    fn rows(&mut self) -> Result<&mut dyn tables::TableRows> {
        Err(Error::usage(
            "this store does not keep storectl's tables; it cannot be copied row by row",
        )
        .hint(Fix::MigrateMoinDataDirFirst))
    }
    fn commit(self: Box<Self>) -> Result<()>;
}

#[derive(Debug, Clone)]
pub struct BackupReport {
    pub pages: u64,
    pub bytes: u64,
}

/// An open store: a backend chosen by the URL's scheme.
pub struct Store {
    backend: Box<dyn Backend>,
}

impl Store {
    pub fn open(settings: &Settings) -> Result<Store> {
        let mut store = Store::open_url_with(
            &settings.store,
            settings.store_is_default,
            settings.busy_timeout,
            &settings.postgres,
        )?;
        store.backend.set_synchronous(settings.synchronous)?;
        Ok(store)
    }

    /// Opens the store at `url` (`sqlite:PATH`, a bare path, `moin16:DIR`, `postgres://…`)
    /// without resolving settings: for a program that uses [`crate::ops`] directly.
    /// `create_parent` allows creating the store file's directory (as for the default store).
    /// A PostgreSQL store's password must then be in the URL: see [`Store::open_url_with`].
    pub fn open_url(url: &str, create_parent: bool, busy_timeout: Duration) -> Result<Store> {
        Store::open_url_with(
            url,
            create_parent,
            busy_timeout,
            &PostgresSettings::default(),
        )
    }

    /// [`Store::open_url`] with where a PostgreSQL store's password may come from.
    pub fn open_url_with(
        url: &str,
        create_parent: bool,
        busy_timeout: Duration,
        postgres: &PostgresSettings,
    ) -> Result<Store> {
        let backend: Box<dyn Backend> = match StoreUrl::parse(url)? {
            StoreUrl::Postgres(text) => Box::new(postgres::PostgresBackend::open(&text, postgres)?),
            StoreUrl::Sqlite(path) => Box::new(sqlite::SqliteBackend::open(
                &path,
                create_parent,
                busy_timeout,
            )?),
            StoreUrl::Moin16(dir) => Box::new(moin16::Moin16Backend::open(&dir, busy_timeout)?),
        };
        Ok(Store { backend })
    }

    pub fn backend(&mut self) -> &mut dyn Backend {
        &mut *self.backend
    }

    /// Runs `f` in a read transaction (one consistent snapshot).
    ///
    /// A read is never run again, so `f` may stream its records out as it reads them (a list of a
    /// million keys is not collected first). That holds because a read transaction cannot lose
    /// to another writer: SQLite reads a snapshot, and a PostgreSQL backend must take reads as
    /// `REPEATABLE READ READ ONLY` (or `SERIALIZABLE READ ONLY DEFERRABLE`), which never fail
    /// with a serialization error. A read that must write belongs in [`Store::write`].
    pub fn read<T>(&mut self, f: impl FnOnce(&mut dyn Transaction) -> Result<T>) -> Result<T> {
        let result = (|| {
            let mut tx = self.backend.begin(TxMode::Read)?;
            let out = f(&mut *tx)?;
            tx.commit()?;
            Ok(out)
        })();
        result.map_err(|e| self.explain(e))
    }

    /// Names the store in a storage error's message (which says only what SQLite said), and,
    /// for text that is not UTF-8, the records that hold it.
    pub fn explain(&mut self, err: Error) -> Error {
        if let Error::Postgres(_) = &err {
            let url = self.backend.url();
            return err.context(format!("store {url}"));
        }
        let Error::Sqlite(e) = &err else {
            return err;
        };
        let url = self.backend.url();
        if crate::error::is_bad_utf8(e) {
            let found = self.backend.damaged_text(3).unwrap_or_default();
            let records = if found.is_empty() {
                String::new()
            } else {
                let found: Vec<&str> = found
                    .iter()
                    .map(|f| f.trim_start_matches("not UTF-8: "))
                    .collect();
                format!(": {}", found.join("; "))
            };
            return Error::bad_input(format!(
                "store {url} holds text that is not valid UTF-8 (the file is damaged){records}"
            ))
            .hint(Fix::FindDamagedRecords);
        }
        err.context(format!("store {url}"))
    }

    /// Returns once another process may have changed the store, or at `until`.
    pub fn wait_for_change(&mut self, until: Instant) -> Result<()> {
        let result = self.backend.wait_for_change(until);
        result.map_err(|e| self.explain(e))
    }

    /// Runs `f` in one write transaction: committed when `f` succeeds, rolled back when it
    /// fails or when `dry_run` is set.
    ///
    /// A write may run more than once: when the backend reports that another writer committed
    /// first ([`Error::is_retryable`]), the transaction is rolled back and `f` runs again in a
    /// new one, up to [`WRITE_ATTEMPTS`] times in all. So `f` has no effect outside the
    /// transaction: it prints nothing, consumes no input it cannot read again (see
    /// [`crate::input::RecordReader::rewind`]), counts into nothing that outlives a run, and
    /// leaves after-commit work (notifications, reports) to its caller. Its result is what the
    /// last, committed run returned.
    pub fn write<T>(
        &mut self,
        dry_run: bool,
        mut f: impl FnMut(&mut dyn Transaction) -> Result<T>,
    ) -> Result<T> {
        let attempts = self.backend.write_attempts();
        let mut attempt = 1;
        loop {
            match self.write_once(dry_run, &mut f) {
                Err(e) if e.is_retryable() && attempt < attempts => {
                    attempt += 1;
                    self.backend.before_retry(attempt);
                }
                result => return result.map_err(|e| self.explain(e)),
            }
        }
    }

    fn write_once<T>(
        &mut self,
        dry_run: bool,
        f: &mut impl FnMut(&mut dyn Transaction) -> Result<T>,
    ) -> Result<T> {
        let mut tx = if dry_run {
            self.backend.begin_dry_run()?
        } else {
            self.backend.begin(TxMode::Write)?
        };
        let out = f(&mut *tx)?;
        // Where a backend finds a conflict at the latest: a test asks for one here.
        crate::failpoint::conflict("write-conflict")?;
        if !dry_run {
            // Where a test kills a writer that holds its transaction's locks, or stops the
            // server under it.
            crate::failpoint::pause("write-before-commit");
            tx.commit()?;
        }
        Ok(out)
    }
}

/// How many times [`Store::write`] runs a transaction that keeps losing to other writers before
/// it reports the conflict (exit 75). Conflicts are rare and short-lived (another transaction
/// committed in between), so a few immediate reruns are enough.
pub const WRITE_ATTEMPTS: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_urls() {
        assert_eq!(
            StoreUrl::parse("sqlite:a.db").unwrap(),
            StoreUrl::Sqlite("a.db".into())
        );
        assert_eq!(
            StoreUrl::parse("sqlite:///x/a.db").unwrap(),
            StoreUrl::Sqlite("/x/a.db".into())
        );
        assert_eq!(
            StoreUrl::parse("/x/a.db").unwrap(),
            StoreUrl::Sqlite("/x/a.db".into())
        );
        assert_eq!(
            StoreUrl::parse("./a:b.db").unwrap(),
            StoreUrl::Sqlite("./a:b.db".into())
        );
        assert_eq!(
            StoreUrl::parse("moin16:/srv/wiki/data").unwrap(),
            StoreUrl::Moin16("/srv/wiki/data".into())
        );
        assert_eq!(StoreUrl::parse("moin16:").unwrap_err().exit_code(), 78);
        assert_eq!(StoreUrl::parse("mysql://h/db").unwrap_err().exit_code(), 78);
        assert_eq!(StoreUrl::parse("sqlite:").unwrap_err().exit_code(), 78);
    }
}
