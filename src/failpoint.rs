//! Fault injection for tests, chosen with `STORECTL_FAILPOINT=NAME`:
//! - at a [`hit`] point called NAME the process aborts, with no cleanup at all, as if killed with
//!   SIGKILL there. Such points sit where timing alone could not put a kill (between two file
//!   operations of one command).
//! - at a [`pause`] point called NAME the process says so on stderr and stops itself (SIGSTOP),
//!   inside the transaction it is about to commit: the test then kills it with a real SIGKILL,
//!   or stops the database server and lets it go on (SIGCONT), at that point and not by timing.
//! - at a [`conflict`] point called NAME the store reports a conflict with another writer, the
//!   error a backend answers when a transaction must run again (`NAME*N`: the first N times;
//!   `NAME@K`: the Kth time only).

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use crate::error::{Error, Result};

fn point() -> Option<&'static str> {
    static POINT: OnceLock<Option<String>> = OnceLock::new();
    POINT
        .get_or_init(|| std::env::var("STORECTL_FAILPOINT").ok())
        .as_deref()
}

pub fn hit(name: &str) {
    if point() == Some(name) {
        std::process::abort();
    }
}

/// Stops the process (SIGSTOP) at point NAME when `STORECTL_FAILPOINT` is `NAME`, after
/// writing `storectl: paused at fail point NAME` on stderr; SIGCONT lets it go on.
pub fn pause(name: &str) {
    if point() == Some(name) {
        eprintln!("storectl: paused at fail point {name}");
        #[cfg(unix)]
        // SAFETY: raise has no memory preconditions.
        unsafe {
            libc::raise(libc::SIGSTOP);
        }
    }
}

/// A retryable conflict (what SQLite reports as SQLITE_BUSY_SNAPSHOT) the first N times this
/// point is reached, when `STORECTL_FAILPOINT` is `NAME` (N = 1) or `NAME*N`; only the Kth time
/// for `NAME@K`.
pub fn conflict(name: &str) -> Result<()> {
    static HITS: AtomicU32 = AtomicU32::new(0);
    let Some(spec) = point() else {
        return Ok(());
    };
    // Which hits (counted from 1) fail: `NAME` the first, `NAME*N` the first N, `NAME@K` the Kth.
    let (point, first, last) = if let Some((point, n)) = spec.split_once('*') {
        (point, 1, n.parse().unwrap_or(1))
    } else if let Some((point, k)) = spec.split_once('@') {
        let k = k.parse().unwrap_or(1);
        (point, k, k)
    } else {
        (spec, 1, 1)
    };
    if point != name {
        return Ok(());
    }
    let hit = HITS.fetch_add(1, Ordering::Relaxed) + 1;
    if hit < first || hit > last {
        return Ok(());
    }
    Err(Error::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY_SNAPSHOT),
        Some(format!("failpoint {name}: another writer committed first")),
    )))
}
