//! Where a PostgreSQL store's password comes from, in this order: the URL (discouraged), the
//! file of `[postgres] password_file`, `PGPASSWORD`, then the matching line of `PGPASSFILE` or
//! `~/.pgpass` (libpq's format and rules). The password is held as a [`Secret`] and only ever
//! handed to the client library.

use std::path::Path;

use crate::error::{Error, Result};
use crate::settings::{PostgresSettings, Secret};

/// What a connection is for, as a `.pgpass` line matches it.
pub struct Target<'a> {
    pub host: &'a str,
    pub port: u16,
    pub dbname: &'a str,
    pub user: &'a str,
}

/// The password for `target`, or `None` when no source has one (the server may not ask).
pub fn password(
    url_password: Option<&Secret>,
    settings: &PostgresSettings,
    target: &Target,
) -> Result<Option<Secret>> {
    if let Some(p) = url_password {
        return Ok(Some(p.clone()));
    }
    if let Some(file) = &settings.password_file {
        return read_password_file(file).map(Some);
    }
    if let Some(p) = &settings.env_password {
        return Ok(Some(p.clone()));
    }
    match &settings.passfile {
        Some(file) => from_passfile(file, target),
        None => Ok(None),
    }
}

/// The first line of `[postgres] password_file`; a file others may read is refused.
fn read_password_file(path: &Path) -> Result<Secret> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::input_missing(format!(
            "cannot read the PostgreSQL password file {shown} ([postgres] password_file): {e}"
        ))
        .hint("create it with the password on its first line (mode 0600), or unset the setting")
    })?;
    if let Some(mode) = loose_mode(&meta) {
        return Err(Error::config(format!(
            "the PostgreSQL password file {shown} ([postgres] password_file) has mode {mode:04o}: \
             others may read it"
        ))
        .hint(format!("chmod 600 {shown}")));
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::input_missing(format!(
            "cannot read the PostgreSQL password file {shown}: {e}"
        ))
    })?;
    let line = text.lines().next().unwrap_or("");
    Ok(Secret::new(line.trim_end_matches('\r')))
}

/// The mode's permission bits when group or others have any access, as libpq checks `.pgpass`.
#[cfg(unix)]
fn loose_mode(meta: &std::fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o7777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn loose_mode(_meta: &std::fs::Metadata) -> Option<u32> {
    None
}

/// The password of the first `.pgpass` line matching `target`. A missing file has none; a file
/// that is not a regular file, or that group or others may access, is ignored with a warning,
/// as libpq does.
fn from_passfile(path: &Path, target: &Target) -> Result<Option<Secret>> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(None);
    };
    if !meta.is_file() {
        eprintln!(
            "storectl: warning: password file {} is not a plain file; it is ignored",
            path.display()
        );
        return Ok(None);
    }
    if let Some(mode) = loose_mode(&meta) {
        eprintln!(
            "storectl: warning: password file {} has mode {mode:04o} (group or others may \
             access it); it is ignored: chmod 600 it",
            path.display()
        );
        return Ok(None);
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(None);
    };
    Ok(match_passfile(&text, target))
}

/// libpq's rules: `hostname:port:database:username:password`, `*` matches anything in the first
/// four fields, `\:` and `\\` escape, `#` starts a comment line; a Unix-socket connection
/// matches the host name `localhost`.
pub fn match_passfile(text: &str, target: &Target) -> Option<Secret> {
    let host = if target.host.starts_with('/') {
        "localhost"
    } else {
        target.host
    };
    let port = target.port.to_string();
    let wanted = [host, port.as_str(), target.dbname, target.user];
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields = split_fields(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = fields[..4]
            .iter()
            .zip(wanted)
            .all(|(field, want)| field == "*" || field == want);
        if matches {
            return Some(Secret::new(fields[4..].join(":")));
        }
    }
    None
}

/// Splits a `.pgpass` line at unescaped colons, undoing `\:` and `\\`. The password (the fifth
/// field) keeps any further colons: libpq takes the rest of the line.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("a field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            _ => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target<'a>(host: &'a str, port: u16, dbname: &'a str, user: &'a str) -> Target<'a> {
        Target {
            host,
            port,
            dbname,
            user,
        }
    }

    #[test]
    fn pgpass_lines_match_with_wildcards_and_escapes() {
        let text = "# comment\n\
                    db.example:5432:other:app:wrong\n\
                    db.example:5432:store:app:first\\:part\\\\x:y\n\
                    *:*:*:app:fallback\n\
                    localhost:55432:*:*:socket\n";
        let pw = |t: &Target| match_passfile(text, t).map(|s| s.expose().to_string());
        assert_eq!(
            pw(&target("db.example", 5432, "store", "app")).as_deref(),
            Some("first:part\\x:y")
        );
        assert_eq!(
            pw(&target("db.example", 5433, "store", "app")).as_deref(),
            Some("fallback")
        );
        assert_eq!(
            pw(&target("/tmp", 55432, "d", "bob")).as_deref(),
            Some("socket")
        );
        assert_eq!(pw(&target("h", 1, "d", "bob")), None);
    }

    #[cfg(unix)]
    #[test]
    fn sources_in_order_and_loose_files_refused_or_ignored() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let passfile = dir.path().join("pgpass");
        std::fs::write(&passfile, "*:*:*:*:from-pgpass\n").unwrap();
        std::fs::set_permissions(&passfile, std::fs::Permissions::from_mode(0o600)).unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "from-file\nignored\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let t = target("h", 5432, "d", "u");
        let mut settings = PostgresSettings {
            password_file: Some(file.clone()),
            env_password: Some(Secret::new("from-env")),
            passfile: Some(passfile.clone()),
            default_user: None,
        };
        let get = |s: &PostgresSettings, url: Option<&Secret>| {
            password(url, s, &t)
                .unwrap()
                .map(|p| p.expose().to_string())
        };
        assert_eq!(
            get(&settings, Some(&Secret::new("from-url"))).as_deref(),
            Some("from-url")
        );
        assert_eq!(get(&settings, None).as_deref(), Some("from-file"));
        settings.password_file = None;
        assert_eq!(get(&settings, None).as_deref(), Some("from-env"));
        settings.env_password = None;
        assert_eq!(get(&settings, None).as_deref(), Some("from-pgpass"));
        std::fs::set_permissions(&passfile, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(get(&settings, None), None, "a readable .pgpass is ignored");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        settings.password_file = Some(file);
        let err = password(None, &settings, &t).unwrap_err();
        assert_eq!(err.exit_code(), 78);
        assert!(!err.message().contains("from-file"));
    }
}
