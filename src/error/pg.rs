//! PostgreSQL's errors in storectl's kinds: SQLSTATE classes decide the exit code, as SQLite's
//! result codes do in `error.rs`.

use postgres::error::SqlState;

use super::Kind;

/// The server's SQLSTATE, or `None` for a client-side failure (connection, protocol, TLS).
fn code(e: &postgres::Error) -> Option<&str> {
    e.code().map(SqlState::code)
}

/// The connection failed or was lost (a client-side failure that is not storectl's own mistake,
/// or the server's connection-exception and shutdown classes).
fn is_connection(e: &postgres::Error) -> bool {
    match code(e) {
        Some(c) => c.starts_with("08") || c.starts_with("57P"),
        None => !is_client_mistake(e),
    }
}

/// What tokio-postgres says when storectl itself asked for something wrong (a parameter of the
/// wrong type or count, a column read as the wrong type, `query_one` of a query that returned
/// another number of rows): a bug in storectl, not a connection that failed.
const CLIENT_MISTAKES: &[&str] = &[
    "error serializing parameter",
    "error deserializing column",
    "invalid column",
    "query returned an unexpected number of rows",
    "parameters but",
];

fn is_client_mistake(e: &postgres::Error) -> bool {
    if e.is_closed() || e.code().is_some() {
        return false;
    }
    let text = e.to_string();
    CLIENT_MISTAKES.iter().any(|m| text.contains(m))
}

/// Why TLS failed where the store URL, not the network, is to blame.
#[derive(Clone, Copy, PartialEq)]
enum TlsMismatch {
    /// The server's certificate was not signed by a trusted root, or names another host.
    Untrusted,
    /// The URL asks for TLS and the server has it off.
    NotOffered,
}

fn tls_mismatch(e: &postgres::Error) -> Option<TlsMismatch> {
    if e.code().is_some() {
        return None;
    }
    let text = words(e);
    if text.contains("invalid peer certificate") {
        Some(TlsMismatch::Untrusted)
    } else if text.contains("server does not support TLS") {
        Some(TlsMismatch::NotOffered)
    } else {
        None
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
        if is_client_mistake(e) {
            return Kind::Internal;
        }
        if tls_mismatch(e).is_some() {
            return Kind::Config;
        }
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
        Kind::Config => format!("TLS to the PostgreSQL server failed: {words}"),
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
            Kind::Config if tls_mismatch(e) == Some(TlsMismatch::NotOffered) => {
                "the server has TLS off: turn ssl on in its postgresql.conf, or connect without \
                 TLS (sslmode=prefer or sslmode=disable in the store URL)"
            }
            Kind::Config => {
                "the server's certificate is not trusted: name the CA that signed it with \
                 sslrootcert=PATH in the store URL (for verify-full the certificate must also \
                 name the URL's host), or encrypt without checking who answers (sslmode=require)"
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A client of the test server, or a visible skip.
    fn client() -> Option<postgres::Client> {
        let Some(url) = std::env::var("STORECTL_TEST_POSTGRES")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            crate::test_skip::skip("STORECTL_TEST_POSTGRES names no PostgreSQL server");
            return None;
        };
        Some(postgres::Client::connect(&url, postgres::NoTls).expect("connect to the test server"))
    }

    #[test]
    fn storectls_own_mistakes_are_internal_errors_not_lost_connections() {
        let Some(mut client) = client() else {
            return;
        };
        // A parameter of the wrong type, a column read as the wrong type, a count of rows.
        let wrong_parameter = client.query("SELECT $1::INT4", &[&"text"]).unwrap_err();
        let wrong_column = client
            .query_one("SELECT 'text'::TEXT", &[])
            .unwrap()
            .try_get::<_, i64>(0)
            .unwrap_err();
        let wrong_count = client.query_one("SELECT 1 WHERE false", &[]).unwrap_err();
        for e in [&wrong_parameter, &wrong_column, &wrong_count] {
            assert_eq!(kind(e), Kind::Internal, "{e}");
            assert!(message(e).starts_with("internal error"), "{}", message(e));
            assert!(hint(e).unwrap().contains("bug in storectl"));
        }
        // A connection that is gone stays an I/O failure.
        let Err(closed) = postgres::Config::new()
            .host("127.0.0.1")
            .port(1)
            .connect(postgres::NoTls)
        else {
            panic!("a server answered on port 1");
        };
        assert_eq!(kind(&closed), Kind::Io, "{closed}");
    }
}
