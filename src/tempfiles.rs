//! Temporary files written beside a destination and renamed into place (`backup`, `export`):
//! cleaning up after writers that were killed.

use std::path::Path;

/// Removes what killed writers to the same destination left in `dir`: a temporary file or
/// directory `PREFIX<pid>` and its `-journal` (or `-wal`, `-shm`) whose process no longer runs.
/// Those under our own pid go too: a killed process that had our pid left them (an old journal
/// would otherwise be rolled back into our new temporary file). A running writer's files stay.
pub fn remove_stale(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let (pid, suffix) = rest.split_once('-').unwrap_or((rest, ""));
        if !matches!(suffix, "" | "journal" | "wal" | "shm") {
            continue;
        }
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if pid == std::process::id() || !process_runs(pid) {
            let path = entry.path();
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
    }
}

/// Whether a process with this id exists (when that cannot be told: yes, to keep its files).
#[cfg(unix)]
fn process_runs(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    if pid <= 0 {
        return true;
    }
    // SAFETY: signal 0 sends nothing; kill only checks that the process exists.
    let found = unsafe { libc::kill(pid, 0) } == 0;
    found || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn process_runs(_pid: u32) -> bool {
    true
}
