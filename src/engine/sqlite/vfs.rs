//! The platform's SQLite VFS, with one change: a write-ahead log that already holds frames is
//! opened as the existing file it is, so that its first sync in a process does not also sync
//! its directory.
//!
//! SQLite opens a log with SQLITE_OPEN_CREATE whether or not the file exists, and the unix VFS
//! then syncs the directory with the file's first sync, for a directory entry that may be new.
//! The log now outlives each process (see `wal`), so every one-shot write paid that second
//! fsync for an entry made long before. An entry needs it once: a log with frames was written
//! by a connection that opened it when it was empty or missing (with CREATE: that one synced
//! the directory with the log's header, which SQLite syncs before any frame), or, by the same
//! argument, when it already had frames. An empty or missing log is opened as before.

use std::ffi::{c_char, c_int, CStr};
use std::sync::atomic::{AtomicPtr, Ordering};

use rusqlite::ffi;

/// The VFS this one passes every call to.
static PLATFORM: AtomicPtr<ffi::sqlite3_vfs> = AtomicPtr::new(std::ptr::null_mut());

/// Makes this VFS SQLite's default, for every connection opened afterwards. For a program's
/// start, before it opens a connection; calling it again changes nothing.
pub fn register() {
    // SAFETY: sqlite3_vfs_find returns the registered default VFS, which SQLite never frees.
    // The copy keeps all of its methods and its pAppData (the unix VFS reads its own state
    // there), and is leaked: SQLite keeps a registered VFS for the life of the process.
    unsafe {
        let platform = ffi::sqlite3_vfs_find(std::ptr::null());
        if platform.is_null()
            || PLATFORM
                .compare_exchange(
                    std::ptr::null_mut(),
                    platform,
                    Ordering::AcqRel,
                    Ordering::Acquire,
                )
                .is_err()
        {
            return;
        }
        let mut vfs = *platform;
        vfs.zName = c"storectl".as_ptr();
        vfs.pNext = std::ptr::null_mut();
        vfs.xOpen = Some(open);
        ffi::sqlite3_vfs_register(Box::into_raw(Box::new(vfs)), 1);
    }
}

/// xOpen: a log that holds frames without SQLITE_OPEN_CREATE (so without a directory sync);
/// everything else, and a log that vanished meanwhile, as the platform VFS opens it.
unsafe extern "C" fn open(
    _vfs: *mut ffi::sqlite3_vfs,
    name: ffi::sqlite3_filename,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    let platform = PLATFORM.load(Ordering::Acquire);
    // SAFETY: `register` stored the platform VFS before making this one reachable; SQLite
    // passes a file object of the size both VFSes declare and, for a log, its path.
    unsafe {
        let Some(platform_open) = (*platform).xOpen else {
            return ffi::SQLITE_CANTOPEN;
        };
        let log = flags & ffi::SQLITE_OPEN_WAL != 0 && flags & ffi::SQLITE_OPEN_CREATE != 0;
        if log && !name.is_null() && has_frames(name) {
            let rc = platform_open(
                platform,
                name,
                file,
                flags & !ffi::SQLITE_OPEN_CREATE,
                out_flags,
            );
            if rc == ffi::SQLITE_OK {
                return rc;
            }
        }
        platform_open(platform, name, file, flags, out_flags)
    }
}

/// Whether the file at `name` exists and is longer than a log header (32 bytes).
///
/// # Safety
/// `name` is a NUL-terminated path.
unsafe fn has_frames(name: *const c_char) -> bool {
    // SAFETY: as the caller promises.
    let name = unsafe { CStr::from_ptr(name) };
    #[cfg(unix)]
    let path = {
        use std::os::unix::ffi::OsStrExt;
        std::path::Path::new(std::ffi::OsStr::from_bytes(name.to_bytes()))
    };
    #[cfg(not(unix))]
    let path = match name.to_str() {
        Ok(p) => std::path::Path::new(p),
        Err(_) => return false,
    };
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() > 32)
}
