//! The storage primitives the comments face needs from a backend. Rules (who may delete, how a
//! vote changes a rating, what a moderator sees) are in `faces::comments`.

use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeRecord {
    pub id: String,
    pub document: String,
    pub source: String,
}

/// A node with its comment counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeCounts {
    pub node: NodeRecord,
    /// Every comment at any depth, hidden and soft-deleted included.
    pub comments: u64,
    /// Displayed comments (what a non-moderator sees).
    pub visible: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentRecord {
    /// Ignored by `insert_comment`, which assigns the next id.
    pub id: i64,
    pub node: String,
    pub parent: Option<i64>,
    pub text: String,
    pub username: Option<String>,
    /// Microseconds since the Unix epoch, UTC.
    pub time_us: i64,
    pub rating: i64,
    pub displayed: bool,
    pub proposal: Option<String>,
    pub proposal_diff: Option<String>,
    pub proposal_diff_text: Option<String>,
}

/// Aggregates for `storectl check`.
#[derive(Debug, Default)]
pub struct CommentAudit {
    /// (comment, stored rating, sum of its votes) where they differ.
    pub rating_mismatches: Vec<(i64, i64, i64)>,
    /// (reply, its node, its parent's node) where they differ.
    pub node_mismatches: Vec<(i64, String, String)>,
    /// (comment, username) of votes whose comment does not exist.
    pub orphan_votes: Vec<(i64, String)>,
    /// (comment, parent) whose parent does not exist.
    pub orphan_replies: Vec<(i64, i64)>,
}

pub trait CommentStorage {
    fn node(&mut self, id: &str) -> Result<Option<NodeRecord>>;
    /// Inserts or replaces a node.
    fn put_node(&mut self, node: &NodeRecord) -> Result<()>;
    /// Nodes (of one document, or all) in (document, id) order with their counts.
    fn nodes(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(NodeCounts) -> Result<()>,
    ) -> Result<()>;
    fn node_counts(&mut self, id: &str) -> Result<(u64, u64)>;
    /// (id, document) of the nodes (of one document, or all) in (document, id) order: no source
    /// and no counts, so that a build can learn which nodes exist in one cheap read.
    fn node_ids(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(String, String) -> Result<()>,
    ) -> Result<()>;

    /// Stores a new comment and returns its id: `comment.id` when it is positive (it must be
    /// free), otherwise the next id.
    fn insert_comment(&mut self, comment: &CommentRecord) -> Result<i64>;
    /// Whether a comment id has never been used (not by a deleted comment either).
    fn comment_id_unused(&mut self, id: i64) -> Result<bool>;
    fn comment(&mut self, id: i64) -> Result<Option<CommentRecord>>;
    /// The comments of a node in id order (displayed ones only, or all), each with `viewer`'s vote.
    fn node_comments(
        &mut self,
        node: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()>;
    /// The comments written by `username` in id order (displayed ones only, or all), each with
    /// `viewer`'s vote.
    fn user_comments(
        &mut self,
        username: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()>;
    /// Writes text, username, displayed, proposal fields and rating of an existing comment.
    fn update_comment(&mut self, comment: &CommentRecord) -> Result<()>;
    /// The ids of a comment's replies at every depth.
    fn descendants(&mut self, id: i64) -> Result<Vec<i64>>;
    /// Removes comments and their votes; returns how many comments.
    fn delete_comments(&mut self, ids: &[i64]) -> Result<u64>;
    /// Hidden comments (of one document, or all), oldest first.
    fn hidden_comments(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(CommentRecord) -> Result<()>,
    ) -> Result<()>;
    /// The document of each comment's node is needed by several outputs.
    fn document_of(&mut self, node: &str) -> Result<Option<String>>;

    fn vote(&mut self, comment: i64, username: &str) -> Result<Option<i64>>;
    fn put_vote(&mut self, comment: i64, username: &str, value: i64) -> Result<()>;
    fn delete_vote(&mut self, comment: i64, username: &str) -> Result<()>;
    /// The sum of a comment's vote values.
    fn vote_total(&mut self, comment: i64) -> Result<i64>;
    /// Adds `delta` to a comment's rating and returns the new rating.
    fn add_rating(&mut self, comment: i64, delta: i64) -> Result<i64>;
    /// Every (comment, value) vote of a user.
    fn votes_by(&mut self, username: &str) -> Result<Vec<(i64, i64)>>;
    /// Every (username, value) vote on a comment, by username.
    fn comment_votes(&mut self, comment: i64) -> Result<Vec<(String, i64)>>;
    fn move_vote(&mut self, comment: i64, from: &str, to: &str) -> Result<()>;
    /// Renames the author of every comment by `from`; returns how many.
    fn rename_author(&mut self, from: &str, to: &str) -> Result<u64>;

    /// Where an imported row went: (source, kind, source id) → local id.
    fn import_mapping(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
    ) -> Result<Option<String>>;
    fn put_import_mapping(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
        local_id: &str,
    ) -> Result<()>;

    /// Counts for `stats`: (nodes, comments, hidden comments, votes).
    fn comment_totals(&mut self) -> Result<(u64, u64, u64, u64)>;
    fn audit(&mut self) -> Result<CommentAudit>;
}
