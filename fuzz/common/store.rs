//! A real SQLite store for the targets that drive a face end to end. It is opened once per
//! process (opening runs the schema migrations, far slower than one input) and every input
//! runs in a write transaction that is dropped uncommitted, exactly as `--dry-run` does, so
//! inputs cannot influence each other.

use std::path::PathBuf;
use std::time::Duration;

use storectl::engine::sqlite::SqliteBackend;

/// Opens a fresh store named after the target and this process. Stores left by earlier runs
/// of the same target are removed once their process is gone (libFuzzer leaves by `exit`, so
/// nothing runs at the end to clean up).
pub fn open(target: &str) -> SqliteBackend {
    let dir = std::env::temp_dir().join("storectl-fuzz");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let prefix = format!("{target}-");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(rest) = name.strip_prefix(&prefix) else {
                continue;
            };
            let pid = rest.split('.').next().unwrap_or("");
            if !PathBuf::from(format!("/proc/{pid}")).exists() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let path = dir.join(format!("{target}-{}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    SqliteBackend::open(&path, false, Duration::from_secs(5)).expect("open fuzz store")
}
