//! Temporary files written beside a destination and renamed into place (`backup`, `export`):
//! creating them private, putting them in place, cleaning up after writers that were killed.

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

/// Creates `path` as a new empty file readable by its owner only (0600), before anything is
/// written into it; an existing file there is an error.
pub fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        // The umask may only take bits away; set the mode exactly all the same.
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(())
    }
    #[cfg(not(unix))]
    options.open(path).map(|_| ())
}

/// Moves the complete temporary file `tmp` to `dest`. Without `replace`, an existing `dest` is
/// never replaced, even one that appeared while `tmp` was written (a hard link fails where a
/// rename would overwrite; where hard links are not supported, the check is made just before
/// the rename). The directory is synced, so the new name survives a crash.
pub fn put_in_place(tmp: &Path, dest: &Path, replace: bool) -> crate::error::Result<()> {
    use crate::error::Error;
    let taken = || {
        Error::conflict(format!("{} already exists", dest.display()))
            .hint(crate::error::Fix::OverwriteOrAnotherFile)
    };
    if replace {
        std::fs::rename(tmp, dest)?;
    } else {
        match std::fs::hard_link(tmp, dest) {
            Ok(()) => std::fs::remove_file(tmp)?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(taken()),
            Err(_) => {
                if std::fs::symlink_metadata(dest).is_ok() {
                    return Err(taken());
                }
                std::fs::rename(tmp, dest)?;
            }
        }
    }
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes a temporary SQLite file and the journal a failed write may have left beside it.
pub fn remove_with_journal(path: &Path) {
    let _ = std::fs::remove_file(path);
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    let _ = std::fs::remove_file(journal);
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
