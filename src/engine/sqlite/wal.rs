//! The write-ahead log kept between processes, and checkpoints by size.
//!
//! SQLite checkpoints a WAL store and deletes its `-wal` and `-shm` files when the last
//! connection closes. Every storectl command is a process of its own, so each was the last
//! connection, and a one-shot write paid for a new log (its header and its directory entry
//! synced), its commit, and a checkpoint (the log and the store file synced again): five fsyncs
//! where a commit needs one. Here the log stays when a process ends, and a commit that leaves
//! it longer than [`CHECKPOINT_PAGES`] checkpoints it, in the committing process. Durability is SQLite's
//! `synchronous=FULL` by default either way: a commit returns once its frames are synced in the
//! log, and the next process to open the store reads them from there. `[sqlite] synchronous =
//! "normal"` ([`apply_synchronous`]) leaves the syncing to checkpoints: a commit is then in the
//! operating system's cache, which outlives the process but not a power loss.
//!
//! What the kept log costs: the first process to open the store rebuilds the log's index in
//! `-shm` by reading every frame (SQLite cannot trust an index no process holds open), about a
//! millisecond per MiB; hence a small threshold. The file is cut back to [`LOG_LIMIT_BYTES`]
//! when a writer starts it over after a checkpoint.

use std::path::{Path, PathBuf};

use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{ffi, Connection};

use crate::error::Result;
use crate::settings::Synchronous;

/// A commit that leaves more pages than this in the log checkpoints it: 1 MiB of 16 KB pages.
/// A one-shot `namespace set` adds two to four pages, so about one write in a hundred pays for
/// a checkpoint (two more fsyncs), and a process opening the store reads at most about 1 MiB of
/// log.
pub const CHECKPOINT_PAGES: i64 = 64;

/// The threshold under `synchronous = "normal"`: 4 MiB. There a checkpoint's two fsyncs are
/// the only ones, so they are what a write costs on average; a longer log makes them rarer
/// (about one commit in 25 of a Triggers session save, rather than one in 6), for at most
/// about 4 ms of log reading by the next process that opens the store.
pub const CHECKPOINT_PAGES_NORMAL: i64 = 256;

/// The log file's size after a writer starts it over: what a checkpoint threshold's worth of
/// pages (of a store's 16 KB pages, with their frame headers) takes. A longer transaction
/// makes the file longer until the next start-over.
pub const LOG_LIMIT_BYTES: i64 = log_limit_bytes(CHECKPOINT_PAGES);

const fn log_limit_bytes(pages: i64) -> i64 {
    pages * (16384 + 24) + 32
}

/// Sets when `conn`'s commits reach the disk. `NORMAL` in WAL mode syncs the log only at
/// checkpoints: SQLite keeps the store consistent through a power loss, which loses at most
/// the commits since the last checkpoint.
///
/// Best effort, and only when it changes something: SQLite's own default is FULL, and setting
/// the pragma reads the store's schema, which a reader that may not read the log cannot do here
/// (it is refused later, with the reason). A connection that could not be set stays FULL.
fn apply_synchronous(conn: &Connection, synchronous: Synchronous) {
    let level = match synchronous {
        Synchronous::Full => "FULL",
        Synchronous::Normal => "NORMAL",
    };
    let current = conn.query_row("PRAGMA synchronous", [], |r| r.get::<_, i64>(0));
    let wanted = if synchronous == Synchronous::Full {
        2
    } else {
        1
    };
    if current.ok() != Some(wanted) {
        let _ = conn.execute_batch(&format!("PRAGMA synchronous = {level}"));
    }
}

/// Sets `conn` to leave the log in place when it closes, to checkpoint it by size, and to sync
/// commits as `synchronous` says (it may be called again to change that).
///
/// Not SQLite's own `wal_autocheckpoint`: its PASSIVE checkpoint copies the log into the store
/// file but leaves the frames in the log, and the next process, which must rebuild the log's
/// index (SQLite cannot trust the -shm file of a store no process holds open), counts them as
/// not yet copied: the log would never start over, and each process would copy all of it
/// again. A TRUNCATE checkpoint empties the log once every frame is in the store file.
pub fn keep_between_processes(
    conn: &Connection,
    busy_timeout: Duration,
    synchronous: Synchronous,
) -> Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    apply_synchronous(conn, synchronous);
    let (pages, hook): (i64, WalHook) = match synchronous {
        Synchronous::Full => (CHECKPOINT_PAGES, checkpoint_when_long::<CHECKPOINT_PAGES>),
        Synchronous::Normal => (
            CHECKPOINT_PAGES_NORMAL,
            checkpoint_when_long::<CHECKPOINT_PAGES_NORMAL>,
        ),
    };
    conn.execute_batch(&format!(
        "PRAGMA journal_size_limit = {};",
        log_limit_bytes(pages)
    ))?;
    let busy_ms = busy_timeout.as_millis().min(i32::MAX as u128) as usize;
    // SAFETY: the callback is a plain function that keeps no state; its argument is the busy
    // timeout in milliseconds, carried in the pointer and never dereferenced. The hook lives as
    // long as the connection, which SQLite calls it on.
    unsafe {
        ffi::sqlite3_wal_hook(conn.handle(), Some(hook), busy_ms as *mut std::ffi::c_void);
    }
    Ok(())
}

type WalHook = unsafe extern "C" fn(
    *mut std::ffi::c_void,
    *mut ffi::sqlite3,
    *const std::ffi::c_char,
    std::ffi::c_int,
) -> std::ffi::c_int;

/// Called by SQLite after each commit with the number of frames in the log: past `PAGES`,
/// copies the log into the store file and empties it. Without waiting
/// for readers: the commit is already durable, and a reader in the middle of the log only
/// delays the emptying to a later commit (the pages are copied as far as it allows).
unsafe extern "C" fn checkpoint_when_long<const PAGES: i64>(
    busy_ms: *mut std::ffi::c_void,
    db: *mut ffi::sqlite3,
    name: *const std::ffi::c_char,
    pages: std::ffi::c_int,
) -> std::ffi::c_int {
    if i64::from(pages) < PAGES {
        return ffi::SQLITE_OK;
    }
    // SAFETY: SQLite passes the connection and schema name of the commit, valid during this
    // call, on the thread that committed; the busy timeout is put back as configured.
    unsafe {
        ffi::sqlite3_busy_timeout(db, 0);
        ffi::sqlite3_wal_checkpoint_v2(
            db,
            name,
            ffi::SQLITE_CHECKPOINT_TRUNCATE,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        );
        ffi::sqlite3_busy_timeout(db, busy_ms as std::ffi::c_int);
    }
    // A checkpoint that could not finish is no error of the commit.
    ffi::SQLITE_OK
}

/// Copies every committed page of the log into the store file and empties the log, when no
/// other process reads from it; otherwise leaves it for a later checkpoint. Best effort: the
/// data is durable in the log either way.
pub fn checkpoint_and_truncate(conn: &Connection) {
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

/// The `-wal` and `-shm` files of the store at `store`.
pub fn sidecars(store: &Path) -> [PathBuf; 2] {
    ["-wal", "-shm"].map(|suffix| {
        let mut path = store.as_os_str().to_owned();
        path.push(suffix);
        PathBuf::from(path)
    })
}

/// Gives the store's `-wal` and `-shm` files the store file's permission bits, where this
/// process may (it owns them). SQLite creates them with the store's mode, but they now outlive
/// the process that made them: when the owner later lets others read the store (`chmod 644`),
/// others can read what the log holds only once the log has that mode too.
pub fn align_sidecar_modes(store: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(store) else {
            return;
        };
        let mode = meta.permissions().mode() & 0o777;
        for sidecar in sidecars(store) {
            let Ok(meta) = std::fs::symlink_metadata(&sidecar) else {
                continue;
            };
            if meta.is_file() && meta.permissions().mode() & 0o777 != mode {
                // Fails, harmlessly, for a user who does not own the file.
                let _ = std::fs::set_permissions(&sidecar, std::fs::Permissions::from_mode(mode));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = store;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sqlite::SqliteBackend;
    use crate::engine::Backend;

    #[test]
    fn commits_stay_fully_synced_and_the_log_outlives_the_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let mut store = SqliteBackend::open(&path, false, Duration::from_secs(1)).unwrap();
        store.create().unwrap();
        let conn = store.conn.as_ref().unwrap();
        let synchronous: i64 = conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(synchronous, 2, "synchronous=FULL, as the README says");
        assert!(conn
            .db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE)
            .unwrap());
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        drop(store);
        let [wal, shm] = sidecars(&path);
        assert!(std::fs::metadata(&wal).unwrap().len() > 0);
        assert!(shm.exists());
    }
}
