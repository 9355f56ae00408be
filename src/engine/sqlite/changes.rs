//! Waiting for another process to change the store (a lock waiter waits for a release).
//!
//! SQLite counts the changes a connection sees: the pager's data version goes up when a read
//! transaction starts on a store that another connection committed to since. Starting one is
//! cheap in WAL mode (it reads the log index's header from shared memory, no disk), so a waiter
//! polls it every [`POLL`] and retries only when the store changed.

use std::time::{Duration, Instant};

use rusqlite::{ffi, Connection};

use crate::error::Result;

/// How often a waiter looks: a change reaches it within this (plus its retry).
pub const POLL: Duration = Duration::from_millis(1);

/// Returns once another connection committed to the store after `conn`'s last transaction,
/// or at `until`, whichever comes first.
pub fn wait_for_change(conn: &Connection, until: Instant) -> Result<()> {
    let seen = data_version(conn)?;
    let mut look = conn.prepare_cached("PRAGMA data_version")?;
    loop {
        // Only starting a read transaction updates the version (this statement's is at once
        // ended again, so the waiter holds nothing between looks).
        look.query_row([], |_| Ok(()))?;
        if data_version(conn)? != seen {
            return Ok(());
        }
        let now = Instant::now();
        if now >= until {
            return Ok(());
        }
        std::thread::sleep(POLL.min(until - now));
    }
}

/// The pager's data version: unlike `PRAGMA data_version`, a read of a number, which starts no
/// transaction, so it tells what the connection's last transaction saw.
fn data_version(conn: &Connection) -> Result<u32> {
    let mut version: u32 = 0;
    // SAFETY: SQLITE_FCNTL_DATA_VERSION writes one unsigned 32-bit integer through its
    // argument, which points at `version`; the connection handle is valid while `conn` lives.
    let rc = unsafe {
        ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            ffi::SQLITE_FCNTL_DATA_VERSION,
            (&mut version as *mut u32).cast(),
        )
    };
    if rc != ffi::SQLITE_OK {
        return Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None).into());
    }
    Ok(version)
}
