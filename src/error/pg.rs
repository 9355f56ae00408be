//! PostgreSQL's errors in storectl's kinds: SQLSTATE classes decide the exit code, as SQLite's
//! result codes do in `error.rs`.

use postgres::error::SqlState;

use super::Kind;

/// The server's SQLSTATE, or `None` for a client-side failure (connection, protocol, TLS).
fn code(e: &postgres::Error) -> Option<&str> {
    e.code().map(SqlState::code)
}

/// The connection failed or was lost (no SQLSTATE and an I/O cause, or the server's
/// connection-exception and shutdown classes).
fn is_connection(e: &postgres::Error) -> bool {
    match code(e) {
        Some(c) => c.starts_with("08") || c.starts_with("57P"),
        None => true,
    }
}

/// A serialization failure or a deadlock: running the transaction again may succeed.
pub(super) fn is_retryable(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(&SqlState::T_R_SERIALIZATION_FAILURE) | Some(&SqlState::T_R_DEADLOCK_DETECTED)
    )
}

pub(super) fn kind(e: &postgres::Error) -> Kind {
    if is_retryable(e) {
        return Kind::Busy;
    }
    let Some(c) = code(e) else {
        return Kind::Io;
    };
    match c {
        // lock_not_available, query_canceled (statement_timeout), too_many_connections
        "55P03" | "57014" | "53300" => Kind::Busy,
        _ if c.starts_with("57P") || c.starts_with("08") => Kind::Io,
        // invalid_authorization_specification, invalid_password, insufficient_privilege
        _ if c.starts_with("28") || c == "42501" || c == "25006" => Kind::Denied,
        // disk_full, out_of_memory, io_error
        "53100" | "53200" | "58030" => Kind::Io,
        // invalid_catalog_name: the database does not exist
        "3D000" => Kind::InputMissing,
        // data exceptions: a NUL character, bad encoding, a value too long
        _ if c.starts_with("22") => Kind::BadInput,
        _ => Kind::Internal,
    }
}

/// The server's own words (`ERROR: ...`), or the client's for a connection failure.
fn words(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_string(),
        },
        None => {
            // tokio-postgres says "error connecting to server: <cause>"; the cause is the news.
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text = format!("{text}: {s}");
                source = s.source();
            }
            text
        }
    }
}

pub(super) fn message(e: &postgres::Error) -> String {
    let words = words(e);
    match kind(e) {
        Kind::Busy => format!("the PostgreSQL server gave up waiting: {words}"),
        Kind::Io if is_connection(e) => {
            format!("the connection to the PostgreSQL server failed: {words}")
        }
        Kind::Io => format!("the PostgreSQL server could not store the data: {words}"),
        Kind::Denied => format!("the PostgreSQL server refused access: {words}"),
        Kind::InputMissing => format!("the PostgreSQL server says: {words}"),
        Kind::BadInput => {
            format!("the PostgreSQL server refused a value: {words}; nothing was stored")
        }
        _ => format!("internal error: PostgreSQL error: {words}"),
    }
}

pub(super) fn hint(e: &postgres::Error) -> Option<String> {
    Some(
        match kind(e) {
            Kind::Busy => "retry; the server was busy",
            Kind::Io if is_connection(e) => {
                "check that the server is running and reachable at the store URL's host and \
                 port; nothing partial was stored"
            }
            Kind::Io => "free space on the database server and retry",
            Kind::Denied => {
                "check the user name and the password (PGPASSWORD, ~/.pgpass or [postgres] \
                 password_file) and the user's privileges on the database"
            }
            Kind::InputMissing => "create the database first (createdb), or fix the store URL",
            // character_not_in_repertoire: in a UTF8 database, the NUL character.
            Kind::BadInput if code(e) == Some("22021") => {
                "PostgreSQL text cannot hold the NUL character (\\u0000): remove it from the key \
                 or name"
            }
            Kind::BadInput => return None,
            _ => "this is a bug in storectl; please report it with the command you ran",
        }
        .to_string(),
    )
}
