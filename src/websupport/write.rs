//! Writing a sphinxcontrib-websupport SQLite database: the tables exactly as the SQLAlchemy
//! storage's `create_all` makes them on SQLite (1.2.7 and 2.0.0 declare the same ones), and
//! rows as its `SQLAlchemyStorage` writes them, so that WebSupport opens the file as its own.

use std::path::Path;

use rusqlite::Connection;

use super::{SourceComment, SourceNode, SourceVote};
use crate::error::{Error, Fix, Result};

/// The DDL SQLAlchemy emits for `sqlalchemy_db.py`'s three models on SQLite, byte for byte
/// (`{p}` is the prefix), so a schema diff against a database WebSupport made shows nothing.
const SCHEMA: &str = "CREATE TABLE {p}nodes (
\tid VARCHAR(32) NOT NULL, 
\tdocument VARCHAR(256) NOT NULL, 
\tsource TEXT NOT NULL, 
\tPRIMARY KEY (id)
);
CREATE TABLE {p}comments (
\tid INTEGER NOT NULL, 
\trating INTEGER NOT NULL, 
\ttime DATETIME NOT NULL, 
\ttext TEXT NOT NULL, 
\tdisplayed BOOLEAN, 
\tusername VARCHAR(64), 
\tproposal TEXT, 
\tproposal_diff TEXT, 
\tpath VARCHAR(256), 
\tnode_id VARCHAR(32), 
\tPRIMARY KEY (id), 
\tFOREIGN KEY(node_id) REFERENCES {p}nodes (id)
);
CREATE INDEX ix_{p}comments_path ON {p}comments (path);
CREATE INDEX ix_{p}comments_displayed ON {p}comments (displayed);
CREATE TABLE {p}commentvote (
\tusername VARCHAR(64) NOT NULL, 
\tcomment_id INTEGER NOT NULL, 
\tvalue INTEGER NOT NULL, 
\tPRIMARY KEY (username, comment_id), 
\tFOREIGN KEY(comment_id) REFERENCES {p}comments (id)
);
";

/// A table prefix is spliced into table and index names: letters, digits and `_`, not
/// starting with a digit (WebSupport's own is `sphinx_`; empty is allowed).
pub fn check_prefix(prefix: &str) -> Result<()> {
    let ok = prefix
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !prefix.starts_with(|c: char| c.is_ascii_digit());
    if ok {
        return Ok(());
    }
    Err(Error::usage(format!(
        "{prefix:?} is not a usable table prefix: it may hold ASCII letters, digits and _, \
         and not start with a digit"
    ))
    .hint(Fix::UsableTablePrefix))
}

/// The naive `YYYY-MM-DD HH:MM:SS.ffffff` (UTC) SQLAlchemy stores a `DateTime` as on SQLite:
/// always six fractional digits.
pub fn format_naive_time(us: i64) -> String {
    match jiff::Timestamp::from_microsecond(us) {
        Ok(t) => t.strftime("%Y-%m-%d %H:%M:%S.%6f").to_string(),
        // Out of jiff's range (years -9999..9999): no WebSupport wrote it; the epoch says so.
        Err(_) => "1970-01-01 00:00:00.000000".to_string(),
    }
}

/// Where exported rows go: a [`Writer`], or whatever a test collects them in.
pub trait Rows {
    fn node(&mut self, n: &SourceNode) -> Result<()>;
    fn comment(&mut self, c: &SourceComment) -> Result<()>;
    fn vote(&mut self, v: &SourceVote) -> Result<()>;
}

/// An open database being filled in one transaction; [`Writer::finish`] commits it.
pub struct Writer {
    conn: Connection,
    prefix: String,
}

impl Writer {
    /// Makes the three tables in the (new, empty) SQLite file at `path`.
    pub fn create(path: &Path, prefix: &str) -> Result<Writer> {
        check_prefix(prefix)?;
        let conn = Connection::open(path)?;
        conn.execute_batch("BEGIN")?;
        conn.execute_batch(&SCHEMA.replace("{p}", prefix))?;
        Ok(Writer {
            conn,
            prefix: prefix.to_string(),
        })
    }

    /// Commits and closes; the file is complete and on disk when this returns.
    pub fn finish(self, path: &Path) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.conn.close().map_err(|(_, e)| Error::Sqlite(e))?;
        std::fs::File::open(path)?.sync_all()?;
        Ok(())
    }
}

impl Rows for Writer {
    fn node(&mut self, n: &SourceNode) -> Result<()> {
        let sql = format!(
            "INSERT INTO {}nodes (id, document, source) VALUES (?1, ?2, ?3)",
            self.prefix
        );
        self.conn
            .prepare_cached(&sql)?
            .execute((&n.id, &n.document, &n.source))?;
        Ok(())
    }

    fn comment(&mut self, c: &SourceComment) -> Result<()> {
        let sql = format!(
            "INSERT INTO {}comments (id, rating, time, text, displayed, username, proposal, \
             proposal_diff, path, node_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            self.prefix
        );
        self.conn.prepare_cached(&sql)?.execute((
            c.id,
            c.rating,
            &c.time,
            &c.text,
            c.displayed,
            &c.username,
            &c.proposal,
            &c.proposal_diff,
            &c.path,
            &c.node_id,
        ))?;
        Ok(())
    }

    fn vote(&mut self, v: &SourceVote) -> Result<()> {
        let sql = format!(
            "INSERT INTO {}commentvote (username, comment_id, value) VALUES (?1, ?2, ?3)",
            self.prefix
        );
        self.conn
            .prepare_cached(&sql)?
            .execute((&v.username, v.comment_id, v.value))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_have_six_fractional_digits_and_read_back() {
        let us = super::super::parse_naive_time("2023-03-14 09:26:53.000120").unwrap();
        assert_eq!(format_naive_time(us), "2023-03-14 09:26:53.000120");
        assert_eq!(format_naive_time(0), "1970-01-01 00:00:00.000000");
    }

    #[test]
    fn prefixes_are_identifiers() {
        for good in ["sphinx_", "", "ws2_", "_x"] {
            assert!(check_prefix(good).is_ok(), "{good:?}");
        }
        for bad in ["a b", "x;", "2x_", "x\"", "é_"] {
            let err = check_prefix(bad).unwrap_err();
            assert_eq!(err.kind(), crate::error::Kind::Usage, "{bad:?}");
        }
    }
}
