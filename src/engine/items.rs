//! The storage primitives the items face needs (SQLite, a moin 1.6 data dir). Rules (ACLs,
//! revision numbering, what a rename writes) are in `faces::items`; what an item and its
//! metadata are is in `items_model`, which backends and faces share.

use std::io::Write;

use serde_json::{Map, Value};

use crate::error::Result;

pub use crate::items_model::{ItemKind, RevisionMeta};

/// An item as listing sees it: no revision data.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRecord {
    pub name: String,
    pub kind: ItemKind,
    pub current: u64,
    pub deleted: bool,
    pub mtime_us: i64,
    pub size: u64,
    /// The ACL of the latest revision with data; `None` when it has no `#acl` line.
    pub acl: Option<String>,
    pub meta: Map<String, Value>,
}

/// A revision's metadata (never its data).
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionRecord {
    pub revno: u64,
    pub mtime_us: i64,
    pub action: String,
    pub deleted: bool,
    /// Who, why, what the data gives, and the user's own keys.
    pub meta: RevisionMeta,
}

/// A new revision to store.
pub struct NewRevision<'a> {
    pub revision: RevisionRecord,
    /// `None` for a deleted revision.
    pub data: Option<&'a [u8]>,
    /// The item's ACL after this revision (unchanged by a deletion).
    pub acl: Option<String>,
    /// Text for full-text search, `None` when the item is not searchable now.
    pub search_text: Option<&'a str>,
}

/// What `item list` asks for.
#[derive(Debug, Clone, Default)]
pub struct ItemQuery {
    pub prefix: Option<String>,
    pub kind: Option<ItemKind>,
    pub include_deleted: bool,
    pub changed_since_us: Option<i64>,
    /// The words to find in current page text (`items_model::search_words`): all required.
    pub search: Option<String>,
}

/// A user profile.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRecord {
    pub name: String,
    pub profile: Map<String, Value>,
    pub created_us: i64,
}

/// Receives a kept moin global edit-log: (source data dir, its bytes; `None`: it had none).
pub type MoinLogVisitor<'a> = dyn FnMut(&str, Option<&[u8]>) -> Result<()> + 'a;

pub trait ItemStorage {
    fn item(&mut self, name: &str) -> Result<Option<ItemRecord>>;
    /// Items matching the query, by name.
    fn items(
        &mut self,
        query: &ItemQuery,
        f: &mut dyn FnMut(ItemRecord) -> Result<()>,
    ) -> Result<()>;
    fn revision(&mut self, name: &str, revno: u64) -> Result<Option<RevisionRecord>>;
    /// Revisions newest first.
    fn revisions(
        &mut self,
        name: &str,
        f: &mut dyn FnMut(RevisionRecord) -> Result<()>,
    ) -> Result<()>;
    /// A revision's data, whole; `None` for a deleted revision.
    fn data(&mut self, name: &str, revno: u64) -> Result<Option<Vec<u8>>>;
    /// Streams a revision's data in chunks; returns the bytes written.
    fn write_data(&mut self, name: &str, revno: u64, out: &mut dyn Write) -> Result<u64>;
    /// Stores a revision (creating the item with `kind` if needed) and makes it current.
    fn put_revision(&mut self, name: &str, kind: ItemKind, new: &NewRevision) -> Result<()>;
    fn set_item_meta(&mut self, name: &str, meta: &Map<String, Value>) -> Result<()>;
    /// Renames an item with its whole history.
    fn rename_item(&mut self, old: &str, new: &str) -> Result<()>;
    /// Copies an item with every revision (data shared, not duplicated).
    fn copy_item(&mut self, src: &str, dst: &str) -> Result<()>;
    /// Removes an item, its history and content no other revision uses.
    fn destroy_item(&mut self, name: &str) -> Result<()>;
    /// The global edit-log: (item, revision) newest first, from `since_us`.
    fn log(
        &mut self,
        since_us: Option<i64>,
        f: &mut dyn FnMut(&str, RevisionRecord) -> Result<bool>,
    ) -> Result<()>;

    fn user(&mut self, name: &str) -> Result<Option<UserRecord>>;
    fn put_user(&mut self, user: &UserRecord) -> Result<()>;
    fn remove_user(&mut self, name: &str) -> Result<bool>;
    fn users(&mut self, f: &mut dyn FnMut(UserRecord) -> Result<()>) -> Result<()>;

    /// The global edit-logs of migrated moin data dirs, in the order they were first migrated:
    /// (source, the log's bytes; `None` when the data dir had none).
    fn moin_global_logs(&mut self, f: &mut MoinLogVisitor) -> Result<()>;
    /// Keeps (or replaces) the global edit-log a migration read from `source`.
    fn put_moin_global_log(&mut self, source: &str, log: Option<&[u8]>) -> Result<()>;

    /// Problems of storage-level item invariants (numbering, blobs, search index).
    fn item_audit(&mut self) -> Result<Vec<String>>;
    /// (items, revisions, blobs, blob bytes, users).
    fn item_totals(&mut self) -> Result<(u64, u64, u64, u64, u64)>;
}

/// A held lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockRecord {
    pub resource: String,
    pub owner: String,
    pub acquired_us: i64,
    /// `None`: until released.
    pub expires_us: Option<i64>,
}

pub trait LockStorage {
    fn lock(&mut self, resource: &str) -> Result<Option<LockRecord>>;
    fn put_lock(&mut self, lock: &LockRecord) -> Result<()>;
    fn remove_lock(&mut self, resource: &str) -> Result<bool>;
    fn locks(&mut self, f: &mut dyn FnMut(LockRecord) -> Result<()>) -> Result<()>;
}
