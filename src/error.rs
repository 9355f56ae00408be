//! The one error type of storectl, and the only place that knows exit codes.
//!
//! Every failure is classified into a [`Kind`]; the kind decides the exit code and the
//! `kind` field of the JSON error document. A message says what failed and on what; a hint,
//! where there is one, says what to do.

use std::fmt;

mod pg;

pub use crate::hint::{Fix, Hint};

/// The documented exit codes: (code, kind name, meaning). The README, the `storectl-exit-codes(7)`
/// man page and `main` all read this table.
pub const EXIT_CODES: &[(i32, &str, &str)] = &[
    (0, "ok", "success"),
    (1, "internal", "internal error: a bug in storectl; the message says so"),
    (2, "usage", "usage error: unknown flag, missing argument, a missing --yes"),
    (
        3,
        "not_found",
        "not found: unknown namespace key, node, comment, item, revision, session",
    ),
    (
        4,
        "conflict",
        "conflict: already exists, or the current state does not allow it",
    ),
    (
        5,
        "partial",
        "partial: a batch or migration finished but skipped records; the report lists them",
    ),
    (
        65,
        "bad_input",
        "bad input data: malformed JSON, a value out of range, a corrupt store or source file",
    ),
    (66, "input_missing", "input missing: a file or directory that does not exist or cannot be opened"),
    (
        74,
        "io",
        "I/O error: the disk is full, a file grew past a size limit, or reading or writing a file failed",
    ),
    (
        75,
        "busy",
        "busy or locked: locked by another owner, or the database stayed busy past the timeout",
    ),
    (
        77,
        "denied",
        "not authorized: not the author, not a moderator, an ACL denies, not the lock's owner or administrator, a read-only store",
    ),
    (
        78,
        "config",
        "bad configuration: unparsable TOML, unknown key, bad value, unknown backend, a store from a newer storectl",
    ),
];

/// What kind of failure happened; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Internal,
    Usage,
    NotFound,
    Conflict,
    Partial,
    BadInput,
    InputMissing,
    Io,
    Busy,
    Denied,
    Config,
}

impl Kind {
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Partial => 5,
            Kind::BadInput => 65,
            Kind::InputMissing => 66,
            Kind::Io => 74,
            Kind::Busy => 75,
            Kind::Denied => 77,
            Kind::Config => 78,
        }
    }

    /// The stable name used as `error.kind` in JSON.
    pub fn name(self) -> &'static str {
        let code = self.exit_code();
        EXIT_CODES
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(_, name, _)| *name)
            .unwrap_or("internal")
    }
}

/// A message plus an optional hint.
#[derive(Debug, Clone)]
pub struct Detail {
    pub message: String,
    pub hint: Option<Hint>,
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A classified failure with a message for the user.
    #[error("{detail}")]
    Reported { kind: Kind, detail: Detail },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// What a PostgreSQL server (or the connection to it) reported; classified in `error/pg.rs`.
    #[error("database error: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Error {
        Error::Reported {
            kind,
            detail: Detail {
                message: message.into(),
                hint: None,
            },
        }
    }

    /// Adds (or replaces) the hint: what the user can do about it (words, or a [`Fix`] that the
    /// front end words).
    pub fn hint(mut self, hint: impl Into<Hint>) -> Error {
        if let Error::Reported { detail, .. } = &mut self {
            detail.hint = Some(hint.into());
        }
        self
    }

    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(Kind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Error {
        Error::new(Kind::Conflict, message)
    }
    pub fn bad_input(message: impl Into<String>) -> Error {
        Error::new(Kind::BadInput, message)
    }
    pub fn input_missing(message: impl Into<String>) -> Error {
        Error::new(Kind::InputMissing, message)
    }
    pub fn config(message: impl Into<String>) -> Error {
        Error::new(Kind::Config, message)
    }
    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(Kind::Usage, message)
    }
    pub fn busy(message: impl Into<String>) -> Error {
        Error::new(Kind::Busy, message)
    }
    pub fn denied(message: impl Into<String>) -> Error {
        Error::new(Kind::Denied, message)
    }
    pub fn internal(message: impl Into<String>) -> Error {
        Error::new(Kind::Internal, message)
    }

    pub fn kind(&self) -> Kind {
        match self {
            Error::Reported { kind, .. } => *kind,
            Error::Sqlite(e) => sqlite_kind(e),
            Error::Postgres(e) => pg::kind(e),
            Error::Io(e) => io_kind(e),
        }
    }

    pub fn exit_code(&self) -> i32 {
        self.kind().exit_code()
    }

    pub fn message(&self) -> String {
        match self {
            Error::Reported { detail, .. } => detail.message.clone(),
            Error::Sqlite(_) | Error::Postgres(_) if self.is_retryable() => {
                "the transaction lost to other writers that committed first, each time it ran; \
                 nothing was stored"
                    .into()
            }
            Error::Postgres(e) => pg::message(e),
            Error::Sqlite(e) => match sqlite_kind(e) {
                Kind::Busy => {
                    "the store stayed busy (locked by another process) past the busy timeout".into()
                }
                Kind::Denied => "the store is read-only for this process".into(),
                Kind::BadInput if is_bad_utf8(e) => {
                    "the store holds a text value that is not valid UTF-8 (the file is damaged)"
                        .into()
                }
                Kind::BadInput if e.sqlite_error_code() == Some(rusqlite::ErrorCode::TooBig) => {
                    format!(
                        "a value is larger than SQLite's limit of {SQLITE_MAX_LENGTH} bytes per \
                         value (SQLITE_MAX_LENGTH); nothing was stored"
                    )
                }
                Kind::BadInput => format!("the store is damaged or not an SQLite database: {e}"),
                Kind::Io if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) => {
                    "the disk is full (or a file size limit was reached): the store could not grow"
                        .into()
                }
                Kind::Io => format!("I/O error on the store: {e}"),
                _ => format!("internal error: database error: {e}"),
            },
            Error::Io(e) => e.to_string(),
        }
    }

    /// What the user can do about it; a front end words a [`Hint::Fix`] (the CLI:
    /// `cli::hint_text`).
    pub fn hint_of(&self) -> Option<Hint> {
        match self {
            Error::Reported { detail, .. } => detail.hint.clone(),
            Error::Sqlite(e)
                if sqlite_kind(e) == Kind::BadInput
                    && e.sqlite_error_code() != Some(rusqlite::ErrorCode::TooBig) =>
            {
                Some(Hint::Fix(Fix::CheckOrRestore))
            }
            _ => self.hint_words().map(Hint::Text),
        }
    }

    /// The hints of storage errors that need no command's name.
    fn hint_words(&self) -> Option<String> {
        match self {
            Error::Reported { .. } => None,
            Error::Sqlite(_) | Error::Postgres(_) if self.is_retryable() => {
                Some("run the command again".into())
            }
            Error::Postgres(e) => pg::hint(e),
            Error::Sqlite(e) => match sqlite_kind(e) {
                Kind::Busy => Some(
                    "retry, or raise [sqlite] busy_timeout_ms (env STORECTL_SQLITE_BUSY_TIMEOUT_MS)".into(),
                ),
                Kind::Denied => Some("check the permissions of the store file and its directory".into()),
                Kind::BadInput if e.sqlite_error_code() == Some(rusqlite::ErrorCode::TooBig) => {
                    Some("store a smaller value, or split it".into())
                }
                Kind::BadInput => None,
                Kind::Io => Some(
                    "free disk space (or raise the file size limit) and retry; the store is unchanged"
                        .into(),
                ),
                _ => Some("this is a bug in storectl; please report it with the command you ran".into()),
            },
            Error::Io(e) if io_kind(e) == Kind::Io => {
                Some("free disk space (or raise the file size limit) and retry".into())
            }
            Error::Io(_) => None,
        }
    }

    /// True when the transaction failed only because another writer committed first, and running
    /// it again may succeed: SQLite's SQLITE_BUSY_SNAPSHOT (a read transaction that turned into a
    /// write after another connection committed), PostgreSQL's serialization failure (40001) and
    /// deadlock (40P01).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                e.extended_code == rusqlite::ffi::SQLITE_BUSY_SNAPSHOT
            }
            Error::Postgres(e) => pg::is_retryable(e),
            _ => false,
        }
    }

    /// True for a write to a closed stdout pipe, which ends the program quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// Prefixes the message with context ("reading FILE: ..."), keeping kind and hint.
    pub fn context(self, what: impl fmt::Display) -> Error {
        let kind = self.kind();
        let hint = self.hint_of();
        let message = format!("{what}: {}", self.message());
        Error::Reported {
            kind,
            detail: Detail { message, hint },
        }
    }
}

/// SQLite's default (and compiled-in maximum) length of one string or blob, in bytes.
pub const SQLITE_MAX_LENGTH: i64 = 1_000_000_000;

fn sqlite_kind(e: &rusqlite::Error) -> Kind {
    use rusqlite::ErrorCode;
    if is_bad_utf8(e) {
        return Kind::BadInput;
    }
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Kind::Busy,
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::PermissionDenied) => Kind::Denied,
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => Kind::BadInput,
        Some(ErrorCode::TooBig) => Kind::BadInput,
        Some(ErrorCode::DiskFull) | Some(ErrorCode::SystemIoFailure) => Kind::Io,
        Some(ErrorCode::CannotOpen) => Kind::InputMissing,
        _ => Kind::Internal,
    }
}

/// A text column whose bytes are not UTF-8: bit rot, or a write that bypassed storectl.
pub fn is_bad_utf8(e: &rusqlite::Error) -> bool {
    match e {
        rusqlite::Error::Utf8Error(..) => true,
        rusqlite::Error::FromSqlConversionFailure(_, _, inner) => {
            inner.is::<std::str::Utf8Error>()
                || matches!(
                    inner.downcast_ref::<rusqlite::types::FromSqlError>(),
                    Some(rusqlite::types::FromSqlError::Utf8Error(_))
                )
        }
        _ => false,
    }
}

/// Disk full, a file size limit (RLIMIT_FSIZE), a quota, or a failing device: exit 74, not a bug.
fn io_kind(e: &std::io::Error) -> Kind {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => Kind::InputMissing,
        ErrorKind::PermissionDenied => Kind::Denied,
        ErrorKind::InvalidData => Kind::BadInput,
        ErrorKind::StorageFull | ErrorKind::FileTooLarge | ErrorKind::QuotaExceeded => Kind::Io,
        #[cfg(unix)]
        _ if e.raw_os_error() == Some(libc::EIO) => Kind::Io,
        _ => Kind::Internal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deferred read transaction that turns into a write after another connection committed
    /// gets SQLITE_BUSY_SNAPSHOT at once (no busy wait helps): the conflict `Store::write` runs
    /// a transaction again for.
    #[test]
    fn sqlite_busy_snapshot_is_retryable_and_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let a = rusqlite::Connection::open(&path).unwrap();
        a.execute_batch(
            "PRAGMA journal_mode=WAL; CREATE TABLE t(n INTEGER); INSERT INTO t VALUES (0);",
        )
        .unwrap();
        let b = rusqlite::Connection::open(&path).unwrap();
        b.busy_timeout(std::time::Duration::from_secs(5)).unwrap();
        b.execute_batch("BEGIN").unwrap();
        let _: i64 = b.query_row("SELECT n FROM t", [], |r| r.get(0)).unwrap();
        a.execute("UPDATE t SET n = n + 1", []).unwrap();
        let err = Error::from(b.execute("UPDATE t SET n = n + 1", []).unwrap_err());
        assert!(err.is_retryable(), "{err:?}");
        assert_eq!(err.exit_code(), 75);
        assert!(!Error::from(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None
        ))
        .is_retryable());
    }

    #[test]
    fn every_kind_has_a_documented_code() {
        for kind in [
            Kind::Internal,
            Kind::Usage,
            Kind::NotFound,
            Kind::Conflict,
            Kind::Partial,
            Kind::BadInput,
            Kind::InputMissing,
            Kind::Io,
            Kind::Busy,
            Kind::Denied,
            Kind::Config,
        ] {
            assert!(EXIT_CODES
                .iter()
                .any(|(c, n, _)| *c == kind.exit_code() && *n == kind.name()));
        }
    }

    /// A value past SQLite's length limit (lowered here, since the real one is 1 GB) is bad
    /// input naming the limit, not a bug.
    #[test]
    fn a_value_too_big_for_sqlite_is_65_naming_the_limit() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        // SAFETY: a valid open connection; sqlite3_limit only sets a per-connection number.
        unsafe {
            rusqlite::ffi::sqlite3_limit(conn.handle(), rusqlite::ffi::SQLITE_LIMIT_LENGTH, 1000);
        }
        conn.execute_batch("CREATE TABLE t (v TEXT)").unwrap();
        let err: Error = conn
            .execute("INSERT INTO t VALUES (?1)", ["x".repeat(2000)])
            .unwrap_err()
            .into();
        assert_eq!(err.exit_code(), 65);
        assert!(
            err.message().contains("1000000000 bytes"),
            "{}",
            err.message()
        );
        assert!(err.message().contains("SQLITE_MAX_LENGTH"));
    }

    #[test]
    fn a_full_disk_and_a_file_size_limit_are_io_errors() {
        for errno in [libc::ENOSPC, libc::EFBIG, libc::EDQUOT, libc::EIO] {
            let err = Error::from(std::io::Error::from_raw_os_error(errno));
            assert_eq!(err.exit_code(), 74, "errno {errno}");
            assert_eq!(err.kind().name(), "io");
            assert!(err
                .hint_of()
                .unwrap()
                .words()
                .unwrap()
                .contains("free disk space"));
        }
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert_eq!(Error::from(full).exit_code(), 74);
    }
}
