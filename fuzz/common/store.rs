//! A real SQLite store for the targets that drive a face end to end. It is opened once per
//! process (opening runs the schema migrations, far slower than one input) and every input
//! runs in a write transaction that is dropped uncommitted, exactly as `--dry-run` does, so
//! inputs cannot influence each other.

use std::time::Duration;

use storectl::engine::sqlite::SqliteBackend;

use crate::scratch;

/// Opens a fresh store named after the target and this process.
pub fn open(target: &str) -> SqliteBackend {
    let path = scratch::path(target, ".db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    SqliteBackend::open(&path, false, Duration::from_secs(5)).expect("open fuzz store")
}
