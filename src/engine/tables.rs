//! Every table of a store, per face, as rows of logical values: what `storectl copy` streams
//! from one backend to another.
//!
//! [`TABLES`] is the one declared list: each face's tables in dependency order (a row's
//! references come before it), each with its columns and what kind of value they hold. A
//! backend reads and writes these logical rows ([`TableRows`]); where its own tables differ (a
//! column kept elsewhere, a counter in a system table), it maps them, and says so in its
//! `rows.rs`. A test enumerates each backend's schema and fails on a table or column this list
//! does not name, so a new migration cannot be forgotten by `copy`.

use crate::engine::Face;
use crate::error::Result;

/// What a column holds, as a logical value independent of its backend's encoding (SQLite's
/// integer booleans, PostgreSQL's BOOLEAN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Bool,
    Text,
    /// JSON text whose form may differ between backends (key order, the document's parts kept
    /// in columns): compared by meaning.
    Json,
    Bytes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub nullable: bool,
}

/// One table: its columns in order, the first `key` of them its primary key (rows are read in
/// key order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub face: Face,
    pub name: &'static str,
    pub columns: &'static [Column],
    pub key: usize,
}

impl Table {
    pub fn column_names(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }

    /// The primary key's columns, comma-separated, for `ORDER BY`.
    pub fn key_list(&self) -> String {
        self.column_names()[..self.key].join(", ")
    }
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Null,
    Int(i64),
    Bool(bool),
    /// Text (of a [`Kind::Text`] or [`Kind::Json`] column).
    Text(String),
    Bytes(Vec<u8>),
}

pub type Row = Vec<Cell>;

/// Whole tables as logical rows, in a transaction: read from a source, appended to a target.
pub trait TableRows {
    /// How many rows `table` holds.
    fn count_rows(&mut self, table: &Table) -> Result<u64>;
    /// Every row of `table` in key order, handed to `sink` in batches of at most `batch` rows,
    /// read as they are handed on (never the whole table at once).
    fn scan_rows(
        &mut self,
        table: &Table,
        batch: usize,
        sink: &mut dyn FnMut(Vec<Row>) -> Result<()>,
    ) -> Result<()>;
    /// Adds `rows` to `table` exactly as given (ids included), tables in [`TABLES`]' order.
    fn append_rows(&mut self, table: &Table, rows: &[Row]) -> Result<()>;
    /// After every table was appended: what the backend keeps beside the rows (identity
    /// counters, counts that triggers doubled) made right for them.
    fn finish_appending(&mut self) -> Result<()>;
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        nullable: false,
    }
}

const fn opt(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        nullable: true,
    }
}

use Kind::{Bool, Bytes, Int, Json, Text};

/// Every table of every face, in dependency order within each face.
pub const TABLES: &[Table] = &[
    // Namespaces: SQLite's migration 0001, PostgreSQL's 0001.
    Table {
        face: Face::Namespaces,
        name: "namespaces",
        columns: &[
            col("id", Int),
            col("name", Text),
            col("key_count", Int),
            col("value_bytes", Int),
            col("created_explicitly", Bool),
        ],
        key: 1,
    },
    Table {
        face: Face::Namespaces,
        name: "namespace_entries",
        columns: &[
            col("namespace_id", Int),
            col("key", Text),
            col("value", Text),
        ],
        key: 2,
    },
    // Comments: SQLite's 0002, PostgreSQL's 0005.
    Table {
        face: Face::Comments,
        name: "comment_nodes",
        columns: &[col("id", Text), col("document", Text), col("source", Text)],
        key: 1,
    },
    Table {
        face: Face::Comments,
        name: "comments",
        columns: &[
            col("id", Int),
            col("node_id", Text),
            opt("parent_id", Int),
            col("text", Text),
            opt("username", Text),
            col("time_us", Int),
            col("rating", Int),
            col("displayed", Bool),
            opt("proposal", Text),
            opt("proposal_diff", Text),
            opt("proposal_diff_text", Text),
        ],
        key: 1,
    },
    Table {
        face: Face::Comments,
        name: "comment_votes",
        columns: &[
            col("comment_id", Int),
            col("username", Text),
            col("value", Int),
        ],
        key: 2,
    },
    Table {
        face: Face::Comments,
        name: "comment_import_map",
        columns: &[
            col("source", Text),
            col("kind", Text),
            col("source_id", Text),
            col("local_id", Text),
        ],
        key: 3,
    },
    // The last comment id handed out (ids only increase, even past a hard-deleted newest
    // comment): one row once a comment was ever added, none before. SQLite keeps it in
    // sqlite_sequence (AUTOINCREMENT), PostgreSQL in its table comment_sequence.
    Table {
        face: Face::Comments,
        name: "comment_sequence",
        columns: &[col("last_id", Int)],
        key: 1,
    },
    // Feeds: SQLite's 0003 and 0007, PostgreSQL's 0004 and 0007.
    Table {
        face: Face::Feeds,
        name: "feed_activities",
        columns: &[
            col("ms", Int),
            col("tail", Int),
            col("actor", Int),
            opt("target", Int),
            col("extra_context", Text),
            opt("verb", Int),
            opt("object", Int),
            opt("time_us", Int),
        ],
        key: 2,
    },
    Table {
        face: Face::Feeds,
        name: "feed_timelines",
        columns: &[col("id", Int), col("key", Text), col("entries", Int)],
        key: 1,
    },
    Table {
        face: Face::Feeds,
        name: "feed_entries",
        columns: &[col("timeline_id", Int), col("ms", Int), col("tail", Int)],
        key: 3,
    },
    // Aggregated and notification feeds: 0008 on both backends.
    Table {
        face: Face::Feeds,
        name: "feed_aggregated",
        columns: &[
            col("id", Int),
            col("key", Text),
            col("aggregator", Text),
            col("group_count", Int),
            col("unseen_count", Int),
            col("unread_count", Int),
        ],
        key: 1,
    },
    Table {
        face: Face::Feeds,
        name: "feed_groups",
        columns: &[
            col("feed_id", Int),
            col("grp", Text),
            col("created_us", Int),
            col("updated_us", Int),
            opt("seen_us", Int),
            opt("read_us", Int),
            col("minimized", Int),
            col("activities", Json),
        ],
        key: 2,
    },
    Table {
        face: Face::Feeds,
        name: "feed_group_members",
        columns: &[
            col("feed_id", Int),
            col("ms", Int),
            col("tail", Int),
            col("grp", Text),
        ],
        key: 3,
    },
    // Items (and the locks of every face): SQLite's 0004, 0006 and 0009, PostgreSQL's 0002, 0006
    // and 0009.
    Table {
        face: Face::Items,
        name: "item_blobs",
        columns: &[
            col("id", Int),
            col("sha256", Bytes),
            col("size", Int),
            col("data", Bytes),
        ],
        key: 1,
    },
    Table {
        face: Face::Items,
        name: "items",
        columns: &[
            col("id", Int),
            col("name", Text),
            col("kind", Text),
            col("current_rev", Int),
            col("deleted", Bool),
            col("mtime_us", Int),
            col("size", Int),
            opt("acl", Text),
            col("meta", Text),
        ],
        key: 1,
    },
    Table {
        face: Face::Items,
        name: "item_revisions",
        columns: &[
            col("item_id", Int),
            col("revno", Int),
            opt("blob_id", Int),
            col("mtime_us", Int),
            col("action", Text),
            col("deleted", Bool),
            col("meta", Text),
        ],
        key: 2,
    },
    // The search words of live pages (migration 0009 on both backends): distinct, in order of
    // first occurrence, separated by spaces, as `items_model::search_words::index_text` makes
    // them (SQLite: an FTS5 table whose rowid is the item id; PostgreSQL derives a tsvector).
    Table {
        face: Face::Items,
        name: "item_words",
        columns: &[col("item_id", Int), col("words", Text)],
        key: 1,
    },
    Table {
        face: Face::Items,
        name: "item_users",
        columns: &[
            col("name", Text),
            col("profile", Text),
            col("created_us", Int),
        ],
        key: 1,
    },
    Table {
        face: Face::Items,
        name: "moin_global_logs",
        columns: &[col("id", Int), col("source", Text), opt("log", Bytes)],
        key: 1,
    },
    Table {
        face: Face::Items,
        name: "locks",
        columns: &[
            col("resource", Text),
            col("owner", Text),
            col("acquired_us", Int),
            opt("expires_us", Int),
        ],
        key: 1,
    },
    // Sessions: SQLite's 0005, PostgreSQL's 0003.
    Table {
        face: Face::Sessions,
        name: "sessions",
        columns: &[
            col("id", Int),
            col("uid", Text),
            col("created_us", Int),
            col("modified_us", Int),
            col("metadata", Text),
        ],
        key: 1,
    },
    Table {
        face: Face::Sessions,
        name: "session_tasks",
        columns: &[
            col("session_id", Int),
            col("name", Text),
            col("config", Text),
            col("next_instance", Int),
        ],
        key: 2,
    },
    Table {
        face: Face::Sessions,
        name: "session_task_triggers",
        columns: &[
            col("session_id", Int),
            col("trigger", Text),
            col("task", Text),
        ],
        key: 3,
    },
    // A runner's claim is two columns here, as on PostgreSQL; SQLite keeps it in the state's
    // JSON (key "claim"), and the state is compared by meaning.
    Table {
        face: Face::Sessions,
        name: "session_instances",
        columns: &[
            col("session_id", Int),
            col("name", Text),
            col("task", Text),
            col("number", Int),
            col("status", Text),
            col("state", Json),
            opt("claim_holder", Text),
            opt("claim_renewed_us", Int),
        ],
        key: 2,
    },
    Table {
        face: Face::Sessions,
        name: "session_latest_kwargs",
        columns: &[
            col("session_id", Int),
            col("trigger", Text),
            col("kwargs", Text),
        ],
        key: 2,
    },
];

/// The table of [`TABLES`] called `name`.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// A face's tables, in dependency order.
pub fn of_face(face: Face) -> impl Iterator<Item = &'static Table> {
    TABLES.iter().filter(move |t| t.face == face)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_has_tables_and_names_are_unique() {
        for face in Face::ALL {
            assert!(of_face(face).next().is_some(), "{}", face.name());
        }
        let mut names: Vec<_> = TABLES.iter().map(|t| t.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TABLES.len());
        for t in TABLES {
            assert!(t.key >= 1 && t.key <= t.columns.len(), "{}", t.name);
        }
    }
}
