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
/// for `NAME@K`; N times from the Kth for `NAME@K*N`.
pub fn conflict(name: &str) -> Result<()> {
    static HITS: AtomicU32 = AtomicU32::new(0);
    let Some(spec) = point() else {
        return Ok(());
    };
    let (point, first, last) = conflict_hits(spec);
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

/// The point a `conflict` spec names, and which of its hits (counted from 1) fail.
fn conflict_hits(spec: &str) -> (&str, u32, u32) {
    let (rest, count) = match spec.split_once('*') {
        Some((rest, n)) => (rest, Some(n.parse().unwrap_or(1))),
        None => (spec, None),
    };
    let (point, first) = match rest.split_once('@') {
        Some((point, k)) => (point, k.parse().unwrap_or(1)),
        None => (rest, 1),
    };
    let count: u32 = count.unwrap_or(1);
    (point, first, first + count.max(1) - 1)
}

#[cfg(test)]
mod tests {
    use super::conflict_hits;

    #[test]
    fn conflict_specs_name_the_hits_that_fail() {
        assert_eq!(conflict_hits("p"), ("p", 1, 1));
        assert_eq!(conflict_hits("p*3"), ("p", 1, 3));
        assert_eq!(conflict_hits("p@2"), ("p", 2, 2));
        assert_eq!(conflict_hits("p@2*5"), ("p", 2, 6));
    }
}
