//! `postgres://USER[:PASSWORD]@HOST:PORT/DB?param=value` (and `postgresql://`), as libpq reads
//! it, for the parameters storectl honours; and the same URL with its password hidden.

use std::time::Duration;

use crate::error::{Error, Result};
use crate::settings::Secret;

/// The URL parameters storectl understands; any other is a configuration error, so that a
/// typo (`sslmod=require`) never silently connects without TLS.
pub const PARAMETERS: &[&str] = &[
    "sslmode",
    "sslrootcert",
    "application_name",
    "connect_timeout",
    "host",
    "port",
    "user",
    "dbname",
    "password",
];

/// libpq's `sslmode`, less `allow` (which prefers no encryption).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Plain TCP.
    Disable,
    /// TLS when the server offers it (libpq's default), the certificate unchecked.
    Prefer,
    /// TLS or nothing, the certificate unchecked (as libpq without a root certificate).
    Require,
    /// TLS with the server's certificate checked against the system's roots (or
    /// `sslrootcert`), host name included: stricter than libpq, which skips the name.
    VerifyCa,
    /// TLS, certificate and host name checked.
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Option<SslMode> {
        Some(match text {
            "disable" => SslMode::Disable,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }
}

/// A parsed PostgreSQL store URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgUrl {
    /// `None`: the user of the settings (PGUSER, USER).
    pub user: Option<String>,
    /// A password written in the URL (discouraged: it shows in process lists and shell history).
    pub password: Option<Secret>,
    /// A host name or address, or a directory holding the server's Unix socket.
    pub host: String,
    pub port: u16,
    /// `None`: the user's name, as libpq does.
    pub dbname: Option<String>,
    pub sslmode: SslMode,
    pub sslrootcert: Option<String>,
    pub application_name: Option<String>,
    pub connect_timeout: Option<Duration>,
}

impl PgUrl {
    /// Parses `text`; errors show it with its password hidden.
    pub fn parse(text: &str) -> Result<PgUrl> {
        let shown = redact(text);
        let bad = |why: String| {
            Error::config(format!("store URL {shown:?}: {why}"))
                .hint("write postgres://USER@HOST:PORT/DB, e.g. postgres://app@db.example:5432/storectl?sslmode=verify-full")
        };
        let rest = text
            .strip_prefix("postgres://")
            .or_else(|| text.strip_prefix("postgresql://"))
            .ok_or_else(|| bad("it does not start with postgres:// or postgresql://".into()))?;
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        if rest.contains('#') || query.is_some_and(|q| q.contains('#')) {
            return Err(bad("a URL fragment (#...) means nothing here".into()));
        }
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let (userinfo, hostport) = match authority.rfind('@') {
            Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
            None => (None, authority),
        };
        let mut url = PgUrl {
            user: None,
            password: None,
            host: String::new(),
            port: 5432,
            dbname: None,
            sslmode: SslMode::Prefer,
            sslrootcert: None,
            application_name: None,
            connect_timeout: None,
        };
        if let Some(info) = userinfo {
            let (user, password) = match info.split_once(':') {
                Some((u, p)) => (u, Some(p)),
                None => (info, None),
            };
            if !user.is_empty() {
                url.user = Some(decode(user).map_err(bad)?);
            }
            if let Some(p) = password {
                url.password = Some(Secret::new(decode(p).map_err(bad)?));
            }
        }
        if hostport.contains(',') {
            return Err(bad(
                "several hosts are not supported; name one (the primary)".into(),
            ));
        }
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (addr, after) = v6
                .split_once(']')
                .ok_or_else(|| bad("an IPv6 address lacks its closing ]".into()))?;
            (addr.to_string(), after.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (decode(h).map_err(bad)?, Some(p)),
                None => (decode(hostport).map_err(bad)?, None),
            }
        };
        url.host = host;
        if let Some(port) = port {
            url.port = parse_port(port).map_err(bad)?;
        }
        if let Some(path) = path.filter(|p| !p.is_empty()) {
            url.dbname = Some(decode(path).map_err(bad)?);
        }
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair
                .split_once('=')
                .ok_or_else(|| bad(format!("parameter {pair:?} has no value (name=value)")))?;
            let value = decode(value).map_err(bad)?;
            match name {
                "sslmode" => {
                    url.sslmode = SslMode::parse(&value).ok_or_else(|| {
                        bad(format!(
                            "sslmode {value:?} is not one of disable, prefer, require, \
                             verify-ca, verify-full"
                        ))
                    })?
                }
                "sslrootcert" => url.sslrootcert = Some(value),
                "application_name" => url.application_name = Some(value),
                "connect_timeout" => {
                    let secs: u64 = value.parse().map_err(|_| {
                        bad(format!(
                            "connect_timeout {value:?} is not a whole number of seconds"
                        ))
                    })?;
                    // libpq: 0 (or absent) waits indefinitely.
                    url.connect_timeout = (secs > 0).then(|| Duration::from_secs(secs));
                }
                "host" => url.host = value,
                "port" => url.port = parse_port(&value).map_err(bad)?,
                "user" => url.user = Some(value),
                "dbname" => url.dbname = Some(value),
                "password" => url.password = Some(Secret::new(value)),
                other => {
                    return Err(bad(format!(
                        "unknown parameter {other:?} (storectl understands {})",
                        PARAMETERS.join(", ")
                    )))
                }
            }
        }
        if url.host.is_empty() {
            // libpq's default: the server's Unix socket in Debian's directory.
            url.host = "/var/run/postgresql".into();
        }
        Ok(url)
    }

    /// The URL for messages: no password, parameters as given.
    pub fn shown(&self, user: &str) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let db = self.dbname.as_deref().unwrap_or(user);
        format!("postgres://{user}@{host}:{}/{db}", self.port)
    }
}

fn parse_port(text: &str) -> std::result::Result<u16, String> {
    match text.parse::<u16>() {
        Ok(p) if p > 0 => Ok(p),
        _ => Err(format!("port {text:?} is not a number from 1 to 65535")),
    }
}

/// Percent-decoding of a URL part (user, password, host, database, parameter value).
fn decode(text: &str) -> std::result::Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| "a % is not followed by two hex digits".to_string())?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "a percent-encoded part is not UTF-8".to_string())
}

/// `text` with the password of a `postgres://` URL (in its user info or its `password`
/// parameter) replaced by `***`; any other text unchanged. For everything that prints a store
/// URL: `config show`, errors, `stats`, debug output.
pub fn redact(text: &str) -> String {
    let Some(scheme_len) = ["postgres://", "postgresql://"]
        .iter()
        .find(|p| text.starts_with(**p))
        .map(|p| p.len())
    else {
        return text.to_string();
    };
    let rest = &text[scheme_len..];
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let mut out = text[..scheme_len].to_string();
    match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.split_once(':') {
                Some((user, _)) => out.push_str(&format!("{user}:***")),
                None => out.push_str(userinfo),
            }
            out.push_str(&authority[at..]);
        }
        None => out.push_str(authority),
    }
    let tail = &rest[end..];
    match tail.split_once('?') {
        Some((path, query)) => {
            out.push_str(path);
            out.push('?');
            let params: Vec<String> = query
                .split('&')
                .map(|p| match p.split_once('=') {
                    Some(("password", _)) => "password=***".to_string(),
                    _ => p.to_string(),
                })
                .collect();
            out.push_str(&params.join("&"));
        }
        None => out.push_str(tail),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_of_a_url() {
        let url = PgUrl::parse(
            "postgres://app@db.example:6543/store?sslmode=require&application_name=w%201&connect_timeout=7",
        )
        .unwrap();
        assert_eq!(url.user.as_deref(), Some("app"));
        assert_eq!(url.host, "db.example");
        assert_eq!(url.port, 6543);
        assert_eq!(url.dbname.as_deref(), Some("store"));
        assert_eq!(url.sslmode, SslMode::Require);
        assert_eq!(url.application_name.as_deref(), Some("w 1"));
        assert_eq!(url.connect_timeout, Some(Duration::from_secs(7)));
        assert!(url.password.is_none());
        let url = PgUrl::parse("postgresql://[::1]/d").unwrap();
        assert_eq!((url.host.as_str(), url.port), ("::1", 5432));
        assert_eq!(url.sslmode, SslMode::Prefer);
        let url = PgUrl::parse("postgres:///d?host=/tmp&port=55432").unwrap();
        assert_eq!((url.host.as_str(), url.port), ("/tmp", 55432));
        assert_eq!(url.user, None);
    }

    #[test]
    fn bad_urls_are_configuration_errors_that_hide_the_password() {
        for text in [
            "postgres://u:s3cret@h/d?sslmode=maybe",
            "postgres://u:s3cret@h:0/d",
            "postgres://u:s3cret@h:99999/d",
            "postgres://u:s3cret@h/d?sslmod=require",
            "postgres://u:s3cret@h1,h2/d",
            "postgres://u:s3cret@h/d?connect_timeout=soon",
            "postgres://u:s3cret@h/d%zz",
        ] {
            let err = PgUrl::parse(text).unwrap_err();
            assert_eq!(err.exit_code(), 78, "{text}");
            assert!(!err.message().contains("s3cret"), "{}", err.message());
            assert!(err.message().contains("u:***@h"), "{}", err.message());
        }
    }

    #[test]
    fn redact_hides_passwords_only() {
        assert_eq!(
            redact("postgres://u:p%40ss@h:5/d?sslmode=require"),
            "postgres://u:***@h:5/d?sslmode=require"
        );
        assert_eq!(
            redact("postgresql://h/d?password=x&application_name=a"),
            "postgresql://h/d?password=***&application_name=a"
        );
        assert_eq!(redact("postgres://u@h/d"), "postgres://u@h/d");
        assert_eq!(redact("sqlite:/a:b@c.db"), "sqlite:/a:b@c.db");
        let url = PgUrl::parse("postgres://u:pw@h/d?password=other").unwrap();
        assert_eq!(url.password.unwrap().expose(), "other");
    }
}
