//! Reading a sphinxcontrib-websupport SQLAlchemy database (`<prefix>nodes`, `<prefix>comments`,
//! `<prefix>commentvote`), read-only. What the rows mean is decided by `faces::comments_import`.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Fix, Result};

#[derive(Debug, Clone)]
pub struct SourceNode {
    pub id: String,
    pub document: String,
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct SourceComment {
    pub id: i64,
    pub rating: i64,
    /// As stored: naive `YYYY-MM-DD HH:MM:SS[.ffffff]`.
    pub time: String,
    pub text: String,
    pub displayed: Option<bool>,
    pub username: Option<String>,
    pub proposal: Option<String>,
    pub proposal_diff: Option<String>,
    /// Materialised path: `node.c1.c2...id`.
    pub path: Option<String>,
    pub node_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SourceVote {
    pub username: String,
    pub comment_id: i64,
    pub value: i64,
}

/// Everything in a WebSupport database, comments in id order.
#[derive(Debug, Default)]
pub struct WebSupportData {
    pub nodes: Vec<SourceNode>,
    pub comments: Vec<SourceComment>,
    pub votes: Vec<SourceVote>,
}

/// Opens the database read-only and reads its three tables.
pub fn read(path: &Path, prefix: &str) -> Result<WebSupportData> {
    if !path.is_file() {
        return Err(Error::input_missing(format!(
            "WebSupport database {} not found",
            path.display()
        ))
        .hint("give the path of the SQLite file sphinxcontrib-websupport writes"));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| Error::input_missing(format!("cannot open {}: {e}", path.display())))?;
    let shown = path.display().to_string();
    let table_exists = |name: &str| -> Result<bool> {
        conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)",
            [name],
            |r| r.get(0),
        )
        .map_err(|e| Error::bad_input(format!("{shown} is not an SQLite database: {e}")))
    };
    for table in ["nodes", "comments", "commentvote"] {
        let name = format!("{prefix}{table}");
        if !table_exists(&name)? {
            return Err(Error::bad_input(format!(
                "{shown} is not a sphinxcontrib-websupport database: it has no table {name}"
            ))
            .hint(Fix::GiveTablePrefix));
        }
    }
    let bad = |e: rusqlite::Error| Error::bad_input(format!("{shown}: unexpected data: {e}"));
    // The prefix is data (WebSupport's db_prefix may be anything SQLAlchemy quotes): the table
    // names go into the SQL as quoted identifiers, never as SQL text.
    let [nodes, comments, votes] = ["nodes", "comments", "commentvote"]
        .map(|table| format!("\"{}\"", format!("{prefix}{table}").replace('"', "\"\"")));
    let mut data = WebSupportData::default();
    let mut stmt = conn
        .prepare(&format!(
            "SELECT id, document, source FROM {nodes} ORDER BY id"
        ))
        .map_err(bad)?;
    let rows = stmt
        .query_map([], |r| {
            Ok(SourceNode {
                id: r.get(0)?,
                document: r.get(1)?,
                source: r.get(2)?,
            })
        })
        .map_err(bad)?;
    data.nodes = rows.collect::<rusqlite::Result<_>>().map_err(bad)?;
    let mut stmt = conn
        .prepare(&format!(
            "SELECT id, rating, CAST(time AS TEXT), text, displayed, username, proposal, proposal_diff, path, node_id
               FROM {comments} ORDER BY id"
        ))
        .map_err(bad)?;
    let rows = stmt
        .query_map([], |r| {
            Ok(SourceComment {
                id: r.get(0)?,
                rating: r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                time: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                text: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                displayed: r.get::<_, Option<i64>>(4)?.map(|v| v != 0),
                username: r.get(5)?,
                proposal: r.get(6)?,
                proposal_diff: r.get(7)?,
                path: r.get(8)?,
                node_id: r.get(9)?,
            })
        })
        .map_err(bad)?;
    data.comments = rows.collect::<rusqlite::Result<_>>().map_err(bad)?;
    let mut stmt = conn
        .prepare(&format!(
            "SELECT username, comment_id, value FROM {votes} ORDER BY comment_id, username"
        ))
        .map_err(bad)?;
    let rows = stmt
        .query_map([], |r| {
            Ok(SourceVote {
                username: r.get(0)?,
                comment_id: r.get(1)?,
                value: r.get(2)?,
            })
        })
        .map_err(bad)?;
    data.votes = rows.collect::<rusqlite::Result<_>>().map_err(bad)?;
    Ok(data)
}

/// Parses the naive `YYYY-MM-DD HH:MM:SS[.ffffff]` SQLAlchemy writes, taken as UTC.
pub fn parse_naive_time(text: &str) -> Option<i64> {
    let civil: jiff::civil::DateTime = text.trim().replace(' ', "T").parse().ok()?;
    civil
        .to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp().as_microsecond())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn naive_times_are_utc() {
        let us = parse_naive_time("2023-03-14 09:26:53.123456").unwrap();
        assert_eq!(
            crate::timestamp::format_rfc3339(us),
            "2023-03-14T09:26:53.123456Z"
        );
        assert!(parse_naive_time("2023-03-14 09:26:53").is_some());
        assert!(parse_naive_time("yesterday").is_none());
    }
}
