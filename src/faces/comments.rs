//! Comments face (seed 000, Sphinx WebSupport storage): nodes, threaded comments, votes,
//! moderation. Semantics of sphinxcontrib-websupport 1.2.7, with its bugs fixed as
//! spec/comments.md says (every "storectl:" there is a rule here).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::engine::comments::{CommentRecord, CommentStorage, NodeCounts, NodeRecord};
use crate::engine::Transaction;
use crate::error::{Error, Fix, Result};
use crate::faces::locks::{self, Actor};
use crate::faces::proposal_diff::proposal_diff;
use crate::input::{Record, RecordReader, Tally};
use crate::timestamp::{format_rfc3339, parse_rfc3339};

/// What a soft-deleted comment's author and text become.
pub const DELETED: &str = "[deleted]";
/// How a comment without a user is shown.
pub const ANONYMOUS: &str = "Anonymous";

/// Who is acting, after the moderator rule has been applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub user: Option<String>,
    pub moderator: bool,
}

impl Identity {
    /// `--as` and `--moderator`; when `moderators` is not empty, only those users may moderate.
    pub fn resolve(user: Option<&str>, moderator: bool, moderators: &[String]) -> Result<Identity> {
        if let Some(name) = user {
            validate_username(name)?;
        }
        if moderator
            && !moderators.is_empty()
            && !user.is_some_and(|u| moderators.iter().any(|m| m == u))
        {
            return Err(Error::denied(format!(
                "{} is not a moderator: [comments] moderators lists {}",
                user.map_or("an anonymous user".to_string(), |u| format!("user {u:?}")),
                moderators.join(", ")
            ))
            .hint(Fix::ActAsModeratorOrNot));
        }
        Ok(Identity {
            user: user.map(str::to_string),
            moderator,
        })
    }

    fn name(&self) -> String {
        self.user
            .clone()
            .unwrap_or_else(|| "an anonymous user".to_string())
    }
}

/// `[comments]` rules that depend on configuration.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Every comment by a non-moderator is stored hidden.
    pub moderation: bool,
    pub allow_anonymous: bool,
}

/// A username: non-empty, no control characters, and not one of the names storectl shows for
/// something else (`[deleted]`, `Anonymous`).
pub fn validate_username(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::bad_input("empty username").hint(Fix::NameOrAnonymous));
    }
    if name == DELETED || name == ANONYMOUS {
        return Err(Error::bad_input(format!(
            "{name:?} is not a valid username: storectl shows it for deleted or anonymous comments"
        )));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(Error::bad_input(format!(
            "username {name:?} contains the control character U+{:04X}",
            c as u32
        )));
    }
    Ok(())
}

pub(crate) fn comment_not_found(id: i64) -> Error {
    Error::not_found(format!("comment {id} not found"))
}

fn node_not_found(id: &str) -> Error {
    Error::not_found(format!("node {id:?} not found")).hint(Fix::ListNodes)
}

pub(crate) fn need_moderator(what: &str, who: &Identity) -> Error {
    Error::denied(format!(
        "{} may not {what}: only moderators can",
        who.name()
    ))
    .hint(Fix::ActAsModerator)
}

// ---------------------------------------------------------------------------------------------
// Locks

/// The lock check of the comments face: every changing function reaches comment storage through
/// here, in its transaction.
///
/// A `node:ID` lock keeps node ID's thread as its owner sees it (say, while its paragraph is
/// being rewritten): another owner's unexpired lock stops changes of the node itself (`node add
/// --update`) and of the comments on it: adding a comment or a reply, deleting, voting,
/// accepting, rejecting (exit 75). `rename-user` rewrites authors in every thread, so any other
/// owner's node lock stops it.
fn changing<'t>(
    tx: &'t mut dyn Transaction,
    actor: Actor,
    nodes: &[&str],
) -> Result<&'t mut dyn CommentStorage> {
    locks::ensure_unlocked(tx, "node", nodes, actor.user, actor.now_us)?;
    tx.comments()
}

/// The actor of a lock check: the identity's user, at `now_us`.
fn actor(who: &Identity, now_us: i64) -> Actor<'_> {
    Actor {
        user: who.user.as_deref(),
        now_us,
    }
}

/// The node a comment is on; exit 3 when there is no such comment.
fn node_of_comment(tx: &mut dyn Transaction, id: i64) -> Result<String> {
    Ok(tx
        .comments()?
        .comment(id)?
        .ok_or_else(|| comment_not_found(id))?
        .node)
}

// ---------------------------------------------------------------------------------------------
// Nodes

/// What `node add` does with an id that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnExisting {
    Fail,
    /// Replace document and source.
    Update,
    /// The builder's `has_node` skip.
    Ignore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeOutcome {
    Added,
    Updated,
    Unchanged,
    Skipped,
}

fn validate_node(node: &NodeRecord) -> Result<()> {
    if node.id.trim().is_empty() {
        return Err(Error::bad_input("empty node id"));
    }
    if node.document.trim().is_empty() {
        return Err(Error::bad_input(format!(
            "node {:?} has an empty document name",
            node.id
        )));
    }
    Ok(())
}

pub fn add_node(
    tx: &mut dyn Transaction,
    actor: Actor,
    node: &NodeRecord,
    on_existing: OnExisting,
) -> Result<NodeOutcome> {
    validate_node(node)?;
    let store = changing(tx, actor, &[&node.id])?;
    let outcome = match (store.node(&node.id)?, on_existing) {
        (None, _) => NodeOutcome::Added,
        (Some(_), OnExisting::Ignore) => return Ok(NodeOutcome::Skipped),
        (Some(old), OnExisting::Update) if old == *node => return Ok(NodeOutcome::Unchanged),
        (Some(_), OnExisting::Update) => NodeOutcome::Updated,
        (Some(_), OnExisting::Fail) => {
            return Err(
                Error::conflict(format!("node {:?} already exists", node.id))
                    .hint(Fix::UpdateOrIgnoreExistingNode),
            )
        }
    };
    store.put_node(node)?;
    Ok(outcome)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeInput {
    id: String,
    document: String,
    source: String,
}

/// Totals of `node add --from`.
#[derive(Debug, Default, Serialize)]
pub struct NodeBatch {
    pub records: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub skipped: u64,
}

/// A whole build's nodes (pre_build, add_node..., post_build) in the caller's one transaction.
pub fn add_nodes_from(
    tx: &mut dyn Transaction,
    actor: Actor,
    reader: &mut RecordReader,
    on_existing: OnExisting,
) -> Result<NodeBatch> {
    let mut batch = NodeBatch::default();
    while let Some(record) = reader.next_record()? {
        let input: NodeInput = record.parse()?;
        let node = NodeRecord {
            id: input.id,
            document: input.document,
            source: input.source,
        };
        let outcome = add_node(tx, actor, &node, on_existing).map_err(|e| in_record(&record, e))?;
        batch.records += 1;
        match outcome {
            NodeOutcome::Added => batch.added += 1,
            NodeOutcome::Updated => batch.updated += 1,
            NodeOutcome::Unchanged => batch.unchanged += 1,
            NodeOutcome::Skipped => batch.skipped += 1,
        }
    }
    Ok(batch)
}

/// Names the record in an error, keeping its kind and hint.
fn in_record(record: &Record, e: Error) -> Error {
    e.context(format!("record {} (line {})", record.number, record.line))
}

#[derive(Debug, Serialize)]
pub struct NodeView {
    pub id: String,
    pub document: String,
    pub source: String,
    pub comments: u64,
    pub visible: u64,
}

impl From<NodeCounts> for NodeView {
    fn from(n: NodeCounts) -> NodeView {
        NodeView {
            id: n.node.id,
            document: n.node.document,
            source: n.node.source,
            comments: n.comments,
            visible: n.visible,
        }
    }
}

pub fn show_node(store: &mut dyn CommentStorage, id: &str) -> Result<NodeView> {
    let node = store.node(id)?.ok_or_else(|| node_not_found(id))?;
    let (comments, visible) = store.node_counts(id)?;
    Ok(NodeCounts {
        node,
        comments,
        visible,
    }
    .into())
}

/// Every node of a document (or all) with counts; an unknown document is an empty list.
pub fn list_nodes(
    store: &mut dyn CommentStorage,
    document: Option<&str>,
    f: &mut dyn FnMut(NodeView) -> Result<()>,
) -> Result<()> {
    store.nodes(document, &mut |n| f(n.into()))
}

// ---------------------------------------------------------------------------------------------
// Reading comments

/// A comment as every read shows it (the proposal itself is never shown).
#[derive(Debug, Clone, Serialize)]
pub struct CommentView {
    pub id: i64,
    pub node: String,
    pub parent: Option<i64>,
    pub username: String,
    pub text: String,
    pub displayed: bool,
    pub rating: i64,
    pub time: String,
    /// Whole seconds since `time` (never negative).
    pub age: i64,
    /// The viewer's vote; 0 for none or anonymous.
    pub vote: i64,
    pub proposal_diff: Option<String>,
    /// The same diff as text (`- `, `+ `, `  ` line prefixes), for mail and terminals.
    pub proposal_diff_text: Option<String>,
    pub children: Vec<CommentView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip)]
    time_us: i64,
}

impl CommentView {
    pub(crate) fn new(c: CommentRecord, vote: i64, now_us: i64) -> CommentView {
        CommentView {
            id: c.id,
            node: c.node,
            parent: c.parent,
            username: c.username.unwrap_or_else(|| ANONYMOUS.to_string()),
            text: c.text,
            displayed: c.displayed,
            rating: c.rating,
            time: format_rfc3339(c.time_us),
            // Saturating: a time read back from a damaged store must not overflow (or panic).
            age: (now_us.saturating_sub(c.time_us) / 1_000_000).max(0),
            vote,
            proposal_diff: c.proposal_diff,
            proposal_diff_text: c.proposal_diff_text,
            children: Vec::new(),
            document: None,
            time_us: c.time_us,
        }
    }
}

/// Sibling order in a thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    /// Ascending id: oldest first (the seed sorts by the string of the path: 10 before 9).
    Id,
    Rating,
    RatingDesc,
    Time,
    TimeDesc,
}

/// `get_data`: a node's source and its comment tree as the viewer may see it.
#[derive(Debug, Serialize)]
pub struct Thread {
    pub source: String,
    pub comments: Vec<CommentView>,
}

pub fn list(
    store: &mut dyn CommentStorage,
    node: &str,
    who: &Identity,
    sort: SortOrder,
    now_us: i64,
) -> Result<Thread> {
    let source = store
        .node(node)?
        .ok_or_else(|| node_not_found(node))?
        .source;
    let mut flat: Vec<CommentView> = Vec::new();
    store.node_comments(node, !who.moderator, who.user.as_deref(), &mut |c, vote| {
        flat.push(CommentView::new(c, vote, now_us));
        Ok(())
    })?;
    Ok(Thread {
        source,
        comments: build_tree(flat, None, sort),
    })
}

/// Nests comments (given in id order) under their parents; returns the replies to `top` (the
/// top-level comments for `None`). A reply whose parent is not in the list (hidden from this
/// viewer) is left out with it.
fn build_tree(flat: Vec<CommentView>, top: Option<i64>, sort: SortOrder) -> Vec<CommentView> {
    let index: HashMap<i64, usize> = flat.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); flat.len()];
    let mut roots = Vec::new();
    for (i, c) in flat.iter().enumerate() {
        if c.parent == top {
            roots.push(i);
        } else if let Some(&pi) = c.parent.as_ref().and_then(|p| index.get(p)) {
            children[pi].push(i);
        }
    }
    let mut slots: Vec<Option<CommentView>> = flat.into_iter().map(Some).collect();
    fn take(
        i: usize,
        slots: &mut [Option<CommentView>],
        children: &[Vec<usize>],
        sort: SortOrder,
    ) -> CommentView {
        let mut view = slots[i].take().expect("each comment is placed once");
        view.children = children[i]
            .iter()
            .map(|&c| take(c, slots, children, sort))
            .collect();
        sort_siblings(&mut view.children, sort);
        view
    }
    let mut tree: Vec<CommentView> = roots
        .iter()
        .map(|&r| take(r, &mut slots, &children, sort))
        .collect();
    sort_siblings(&mut tree, sort);
    tree
}

fn sort_siblings(siblings: &mut [CommentView], sort: SortOrder) {
    match sort {
        SortOrder::Id => {}
        SortOrder::Rating => siblings.sort_by_key(|c| (c.rating, c.id)),
        SortOrder::RatingDesc => siblings.sort_by_key(|c| (-c.rating, c.id)),
        SortOrder::Time => siblings.sort_by_key(|c| (c.time_us, c.id)),
        SortOrder::TimeDesc => siblings.sort_by_key(|c| (std::cmp::Reverse(c.time_us), c.id)),
    }
}

/// One comment with its document and its replies; a hidden one only for moderators.
pub fn show(
    store: &mut dyn CommentStorage,
    id: i64,
    who: &Identity,
    now_us: i64,
) -> Result<CommentView> {
    let c = store.comment(id)?.ok_or_else(|| comment_not_found(id))?;
    if !c.displayed && !who.moderator {
        return Err(Error::denied(format!(
            "comment {id} is waiting for moderation; only moderators can see it"
        ))
        .hint(Fix::ActAsModerator));
    }
    let vote = match &who.user {
        Some(u) => store.vote(id, u)?.unwrap_or(0),
        None => 0,
    };
    let node = c.node.clone();
    let mut view = view_with_document(store, c, vote, now_us)?;
    // Its replies as `list` nests them, with what this viewer may see of them.
    let mut flat: Vec<CommentView> = Vec::new();
    store.node_comments(
        &node,
        !who.moderator,
        who.user.as_deref(),
        &mut |c, vote| {
            flat.push(CommentView::new(c, vote, now_us));
            Ok(())
        },
    )?;
    view.children = build_tree(flat, Some(id), SortOrder::Id);
    Ok(view)
}

pub(crate) fn view_with_document(
    store: &mut dyn CommentStorage,
    c: CommentRecord,
    vote: i64,
    now_us: i64,
) -> Result<CommentView> {
    let document = store.document_of(&c.node)?;
    let mut view = CommentView::new(c, vote, now_us);
    view.document = document;
    Ok(view)
}

/// Comments waiting for moderation, oldest first (moderators only).
pub fn waiting(
    store: &mut dyn CommentStorage,
    document: Option<&str>,
    who: &Identity,
    now_us: i64,
    f: &mut dyn FnMut(CommentView) -> Result<()>,
) -> Result<()> {
    if !who.moderator {
        return Err(need_moderator("list the moderation queue", who));
    }
    let mut hidden = Vec::new();
    store.hidden_comments(document, &mut |c| {
        hidden.push(c);
        Ok(())
    })?;
    let mut documents: HashMap<String, Option<String>> = HashMap::new();
    for c in hidden {
        let document = match documents.get(&c.node) {
            Some(d) => d.clone(),
            None => {
                let d = store.document_of(&c.node)?;
                documents.insert(c.node.clone(), d.clone());
                d
            }
        };
        let mut view = CommentView::new(c, 0, now_us);
        view.document = document;
        f(view)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Adding comments

/// Where a new comment goes.
#[derive(Debug, Clone)]
pub enum Target {
    Node(String),
    Parent(i64),
}

#[derive(Debug, Clone)]
pub struct NewComment {
    pub target: Target,
    pub text: String,
    /// The author; `None` is anonymous.
    pub username: Option<String>,
    pub time_us: i64,
    pub hidden: bool,
    pub proposal: Option<String>,
}

/// A stored comment, and whether moderators must be told about it (it is hidden).
#[derive(Debug)]
pub struct Added {
    pub comment: CommentView,
    pub needs_moderation: bool,
}

/// Where a reply's thread is: (node, parent displayed).
fn parent_of(store: &mut dyn CommentStorage, parent: i64) -> Result<(String, bool)> {
    let p = store.comment(parent)?.ok_or_else(|| {
        Error::not_found(format!("parent comment {parent} not found")).hint("nothing was stored")
    })?;
    Ok((p.node, p.displayed))
}

/// `add_comment`: validates everything before storing anything.
pub fn add_comment(
    tx: &mut dyn Transaction,
    who: &Identity,
    policy: Policy,
    new: NewComment,
    now_us: i64,
) -> Result<Added> {
    let store = tx.comments()?;
    let (node, parent) = match &new.target {
        Target::Node(node) => {
            if store.node(node)?.is_none() {
                return Err(node_not_found(node).hint(Fix::AddNodeFirst));
            }
            (node.clone(), None)
        }
        Target::Parent(p) => {
            let (node, displayed) = parent_of(store, *p)?;
            if !displayed {
                return Err(Error::conflict(format!(
                    "Can't add child to a parent that is not displayed (comment {p} is waiting for moderation)"
                ))
                .hint(Fix::AcceptParentFirst));
            }
            (node, Some(*p))
        }
    };
    let store = changing(tx, actor(who, now_us), &[&node])?;
    let mut added = insert_comment(store, who, policy, new, node, parent, now_us)?;
    added.comment.document = store.document_of(&added.comment.node)?;
    Ok(added)
}

/// Stores a comment whose node and parent are already checked. The view has no `document`: a
/// bulk load should not pay a lookup per comment for a field it rarely prints.
fn insert_comment(
    store: &mut dyn CommentStorage,
    who: &Identity,
    policy: Policy,
    new: NewComment,
    node: String,
    parent: Option<i64>,
    now_us: i64,
) -> Result<Added> {
    match &new.username {
        Some(name) => validate_username(name)?,
        None if !policy.allow_anonymous => {
            return Err(Error::denied(
                "anonymous comments are not allowed ([comments] allow_anonymous = false)",
            )
            .hint(Fix::SayWhoYouAre))
        }
        None => {}
    }
    if new.text.is_empty() {
        return Err(Error::bad_input("empty comment text").hint(Fix::GiveCommentText));
    }
    let (proposal_diff, proposal_diff_text) = match (&new.proposal, parent) {
        (Some(_), Some(_)) => {
            return Err(Error::usage(
                "a proposal can only be made by a top-level comment (--node), not a reply",
            ))
        }
        (Some(proposal), None) => {
            let source = store.node(&node)?.map(|n| n.source).unwrap_or_default();
            let diff = proposal_diff(&source, proposal);
            (Some(diff.html), Some(diff.text))
        }
        (None, _) => (None, None),
    };
    let displayed = !(new.hidden || (policy.moderation && !who.moderator));
    let mut record = CommentRecord {
        id: 0,
        node,
        parent,
        text: new.text,
        username: new.username,
        time_us: new.time_us,
        rating: 0,
        displayed,
        proposal: new.proposal,
        proposal_diff,
        proposal_diff_text,
    };
    record.id = store.insert_comment(&record)?;
    Ok(Added {
        comment: CommentView::new(record, 0, now_us),
        needs_moderation: !displayed,
    })
}

/// One line of `comment add --from`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommentInput {
    node: Option<String>,
    parent: Option<i64>,
    /// The `ref` of an earlier record of the same input: a reply to it.
    parent_ref: Option<String>,
    /// A label later records can reply to with `parent_ref`.
    #[serde(rename = "ref")]
    label: Option<String>,
    text: String,
    username: Option<String>,
    time: Option<String>,
    #[serde(default)]
    hidden: bool,
    proposal: Option<String>,
}

/// Running totals of `comment add --from`, across batches.
#[derive(Debug, Default)]
pub struct CommentBatch {
    pub records: u64,
    pub hidden: u64,
    pub first_id: Option<i64>,
    pub last_id: Option<i64>,
    /// Records committed by finished batches.
    pub committed: u64,
    /// `ref` → (id, node, displayed).
    refs: HashMap<String, RefTarget>,
    known_nodes: HashSet<String>,
    /// What each `ref` of the running chunk replaced, so that a run the store repeats takes
    /// it back ([`Tally::restore`]); the table of refs grows with the input, so it is not copied.
    refs_replaced: Vec<(String, Option<RefTarget>)>,
}

/// What a `ref` names: (comment id, node, displayed).
type RefTarget = (i64, String, bool);

/// Where a chunk of `comment add --from` started.
pub struct CommentBatchMark {
    records: u64,
    hidden: u64,
    first_id: Option<i64>,
    last_id: Option<i64>,
    committed: u64,
}

impl Tally for CommentBatch {
    type Mark = CommentBatchMark;
    fn mark(&mut self) -> CommentBatchMark {
        // The chunk before committed: what its refs replaced is for good.
        self.refs_replaced.clear();
        CommentBatchMark {
            records: self.records,
            hidden: self.hidden,
            first_id: self.first_id,
            last_id: self.last_id,
            committed: self.committed,
        }
    }
    fn restore(&mut self, mark: &CommentBatchMark) {
        while let Some((label, before)) = self.refs_replaced.pop() {
            match before {
                Some(value) => self.refs.insert(label, value),
                None => self.refs.remove(&label),
            };
        }
        self.records = mark.records;
        self.hidden = mark.hidden;
        self.first_id = mark.first_id;
        self.last_id = mark.last_id;
        self.committed = mark.committed;
    }
}

/// What one call of [`add_comments_from`] stored, in the caller's transaction.
#[derive(Debug)]
pub struct AddedChunk {
    /// Whether input remains.
    pub more: bool,
    /// The hidden comments it stored (when asked to collect them), with their ids: once the
    /// transaction commits, these and only these are the ones moderators must hear about.
    pub awaiting_moderation: Vec<CommentView>,
}

impl CommentBatch {
    pub fn to_json(&self, dry_run: bool) -> Value {
        json!({
            "records": self.records,
            "hidden": self.hidden,
            "first_id": self.first_id,
            "last_id": self.last_id,
            "dry_run": dry_run,
        })
    }
}

/// Adds up to `limit` records (all when `None`) in the current transaction, and says whether
/// input remains and (with `collect_hidden`) which hidden comments it stored. A record names
/// its author with `username` (default: `--as`).
#[allow(clippy::too_many_arguments)]
pub fn add_comments_from(
    tx: &mut dyn Transaction,
    reader: &mut RecordReader,
    who: &Identity,
    policy: Policy,
    limit: Option<u64>,
    batch: &mut CommentBatch,
    now_us: i64,
    collect_hidden: bool,
) -> Result<AddedChunk> {
    let mut applied = 0;
    let mut awaiting_moderation = Vec::new();
    // Nodes whose lock was checked in this transaction.
    let mut free = HashSet::new();
    let more = loop {
        if limit.is_some_and(|l| applied >= l) {
            break true;
        }
        let Some(record) = reader.next_record()? else {
            break false;
        };
        let added = add_one_record(tx, &record, who, policy, batch, &mut free, now_us)
            .map_err(|e| in_record(&record, e))?;
        applied += 1;
        batch.records += 1;
        batch.first_id.get_or_insert(added.comment.id);
        batch.last_id = Some(added.comment.id);
        if added.needs_moderation {
            batch.hidden += 1;
            if collect_hidden {
                let mut comment = added.comment;
                comment.document = tx.comments()?.document_of(&comment.node)?;
                awaiting_moderation.push(comment);
            }
        }
    };
    batch.committed += applied;
    Ok(AddedChunk {
        more,
        awaiting_moderation,
    })
}

fn add_one_record(
    tx: &mut dyn Transaction,
    record: &Record,
    who: &Identity,
    policy: Policy,
    batch: &mut CommentBatch,
    free: &mut HashSet<String>,
    now_us: i64,
) -> Result<Added> {
    let input: CommentInput = record.parse()?;
    let store = tx.comments()?;
    let (node, parent) = match (&input.node, input.parent, &input.parent_ref) {
        (Some(node), None, None) => {
            if !batch.known_nodes.contains(node) {
                if store.node(node)?.is_none() {
                    return Err(node_not_found(node));
                }
                batch.known_nodes.insert(node.clone());
            }
            (node.clone(), None)
        }
        (None, Some(p), None) => {
            let (node, displayed) = parent_of(store, p)?;
            check_parent_displayed(p, displayed)?;
            (node, Some(p))
        }
        (None, None, Some(label)) => {
            let (id, node, displayed) = batch.refs.get(label).cloned().ok_or_else(|| {
                Error::not_found(format!("parent_ref {label:?} names no earlier record"))
                    .hint("a record can reply to a record above it that has \"ref\"")
            })?;
            check_parent_displayed(id, displayed)?;
            (node, Some(id))
        }
        _ => {
            return Err(Error::bad_input(
                "give exactly one of \"node\", \"parent\" or \"parent_ref\"",
            ))
        }
    };
    let time_us = match &input.time {
        Some(t) => parse_rfc3339(t, "time")?,
        None => now_us,
    };
    let new = NewComment {
        target: parent.map_or_else(|| Target::Node(node.clone()), Target::Parent),
        text: input.text,
        username: input.username.or_else(|| who.user.clone()),
        time_us,
        hidden: input.hidden,
        proposal: input.proposal,
    };
    if !free.contains(&node) {
        changing(tx, actor(who, now_us), &[&node])?;
        free.insert(node.clone());
    }
    let added = insert_comment(tx.comments()?, who, policy, new, node, parent, now_us)?;
    if let Some(label) = input.label {
        let before = batch.refs.insert(
            label.clone(),
            (
                added.comment.id,
                added.comment.node.clone(),
                added.comment.displayed,
            ),
        );
        batch.refs_replaced.push((label, before));
    }
    Ok(added)
}

fn check_parent_displayed(parent: i64, displayed: bool) -> Result<()> {
    if displayed {
        Ok(())
    } else {
        Err(Error::conflict(format!(
            "Can't add child to a parent that is not displayed (comment {parent} is waiting for moderation)"
        )))
    }
}

// ---------------------------------------------------------------------------------------------
// Changing comments

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DeleteKind {
    Soft,
    Hard,
}

#[derive(Debug, Serialize)]
pub struct Deleted {
    pub deleted: DeleteKind,
    pub ids: Vec<i64>,
}

/// A moderator deletes hard (the comment, its replies at every depth, and all their votes); the
/// author deletes soft (`[deleted]` author and text, proposal emptied, the rest kept).
pub fn delete(tx: &mut dyn Transaction, id: i64, who: &Identity, now_us: i64) -> Result<Deleted> {
    let node = node_of_comment(tx, id)?;
    let store = changing(tx, actor(who, now_us), &[&node])?;
    let mut c = store.comment(id)?.ok_or_else(|| comment_not_found(id))?;
    if who.moderator {
        return hard_delete(store, id);
    }
    let is_author = matches!((&who.user, &c.username), (Some(me), Some(author)) if me == author);
    if !is_author {
        return Err(
            Error::denied(format!("not authorized to delete comment {id}"))
                .hint(Fix::ActAsAuthorOrModerator),
        );
    }
    c.username = Some(DELETED.to_string());
    c.text = DELETED.to_string();
    c.proposal = Some(String::new());
    store.update_comment(&c)?;
    Ok(Deleted {
        deleted: DeleteKind::Soft,
        ids: vec![id],
    })
}

fn hard_delete(store: &mut dyn CommentStorage, id: i64) -> Result<Deleted> {
    let mut ids = vec![id];
    ids.extend(store.descendants(id)?);
    store.delete_comments(&ids)?;
    ids.sort_unstable();
    Ok(Deleted {
        deleted: DeleteKind::Hard,
        ids,
    })
}

/// `moderate reject`: a moderator's (hard) delete.
pub fn reject(tx: &mut dyn Transaction, id: i64, who: &Identity, now_us: i64) -> Result<Deleted> {
    if !who.moderator {
        return Err(need_moderator("reject comments", who));
    }
    let node = node_of_comment(tx, id)?;
    let store = changing(tx, actor(who, now_us), &[&node])?;
    hard_delete(store, id)
}

/// `moderate accept`: makes a comment displayed. Returns whether it was hidden.
pub fn accept(tx: &mut dyn Transaction, id: i64, who: &Identity, now_us: i64) -> Result<bool> {
    if !who.moderator {
        return Err(need_moderator("accept comments", who));
    }
    let node = node_of_comment(tx, id)?;
    let store = changing(tx, actor(who, now_us), &[&node])?;
    let mut c = store.comment(id)?.ok_or_else(|| comment_not_found(id))?;
    let was_hidden = !c.displayed;
    if was_hidden {
        c.displayed = true;
        store.update_comment(&c)?;
    }
    Ok(was_hidden)
}

/// Parses a vote value: exactly -1, 0 or 1.
pub fn parse_vote_value(text: &str) -> Result<i64> {
    match text.trim().parse::<i64>() {
        Ok(v) if (-1..=1).contains(&v) => Ok(v),
        Ok(v) => Err(Error::bad_input(format!(
            "vote value {v} out of range (-1, 1)"
        ))),
        Err(_) => Err(Error::bad_input(format!(
            "vote value {text:?} is not -1, 0 or 1"
        ))),
    }
}

#[derive(Debug, Serialize)]
pub struct VoteResult {
    pub comment: i64,
    pub username: String,
    pub value: i64,
    pub rating: i64,
}

/// `process_vote`: the rating moves by the difference to the user's previous vote, so that it
/// always equals the sum of the stored votes. A 0 vote keeps its row.
pub fn vote(
    tx: &mut dyn Transaction,
    id: i64,
    who: &Identity,
    value: i64,
    now_us: i64,
) -> Result<VoteResult> {
    let Some(user) = &who.user else {
        return Err(Error::denied("anonymous users cannot vote").hint(Fix::SayWhoYouAre));
    };
    if !(-1..=1).contains(&value) {
        return Err(Error::bad_input(format!(
            "vote value {value} out of range (-1, 1)"
        )));
    }
    let node = node_of_comment(tx, id)?;
    let store = changing(tx, actor(who, now_us), &[&node])?;
    let old = store.vote(id, user)?.unwrap_or(0);
    store.put_vote(id, user, value)?;
    let rating = store.add_rating(id, value - old)?;
    Ok(VoteResult {
        comment: id,
        username: user.clone(),
        value,
        rating,
    })
}

#[derive(Debug, Serialize)]
pub struct Renamed {
    pub old: String,
    pub new: String,
    pub comments: u64,
    pub votes_moved: u64,
    /// Votes of OLD dropped because NEW had voted on the same comment.
    pub votes_merged: u64,
}

/// `update_username`: comments and votes move to NEW; where both voted, NEW's vote stays and the
/// rating loses OLD's.
pub fn rename_user(
    tx: &mut dyn Transaction,
    actor: Actor,
    old: &str,
    new: &str,
) -> Result<Renamed> {
    validate_username(old)?;
    validate_username(new)?;
    if old == new {
        return Err(Error::conflict(format!(
            "cannot rename user {old:?} to itself"
        )));
    }
    // It rewrites authors and votes in every thread: any other owner's node lock stops it.
    locks::ensure_kind_free(tx, "node", actor.user, actor.now_us)?;
    let store = tx.comments()?;
    let comments = store.rename_author(old, new)?;
    let (mut moved, mut merged) = (0, 0);
    for (comment, value) in store.votes_by(old)? {
        if store.vote(comment, new)?.is_some() {
            store.delete_vote(comment, old)?;
            store.add_rating(comment, -value)?;
            merged += 1;
        } else {
            store.move_vote(comment, old, new)?;
            moved += 1;
        }
    }
    Ok(Renamed {
        old: old.to_string(),
        new: new.to_string(),
        comments,
        votes_moved: moved,
        votes_merged: merged,
    })
}

// ---------------------------------------------------------------------------------------------
// Store-wide

/// The face's invariants for `storectl check`.
pub fn check(store: &mut dyn CommentStorage) -> Result<Vec<String>> {
    let audit = store.audit()?;
    let mut problems = Vec::new();
    for (id, rating, sum) in audit.rating_mismatches {
        problems.push(format!(
            "comments: comment {id} has rating {rating} but its votes sum to {sum}"
        ));
    }
    for (id, node, parent_node) in audit.node_mismatches {
        problems.push(format!(
            "comments: reply {id} is on node {node:?} but its parent is on node {parent_node:?}"
        ));
    }
    for (id, user) in audit.orphan_votes {
        problems.push(format!(
            "comments: a vote by {user:?} points at missing comment {id}"
        ));
    }
    for (id, parent) in audit.orphan_replies {
        problems.push(format!(
            "comments: comment {id} replies to missing comment {parent}"
        ));
    }
    Ok(problems)
}

pub fn stats(store: &mut dyn CommentStorage) -> Result<Value> {
    let (nodes, comments, hidden, votes) = store.comment_totals()?;
    Ok(json!({"nodes": nodes, "comments": comments, "hidden": hidden, "votes": votes}))
}

#[cfg(test)]
mod time_tests {
    use super::*;

    #[test]
    fn a_comment_time_at_the_edge_of_i64_gives_an_age_without_overflowing() {
        let record = |time_us| CommentRecord {
            id: 1,
            node: "n".into(),
            parent: None,
            text: "t".into(),
            username: None,
            time_us,
            rating: 0,
            displayed: true,
            proposal: None,
            proposal_diff: None,
            proposal_diff_text: None,
        };
        let now = 1_800_000_000_000_000;
        assert_eq!(
            CommentView::new(record(i64::MIN), 0, now).age,
            i64::MAX / 1_000_000
        );
        assert_eq!(CommentView::new(record(i64::MAX), 0, now).age, 0);
        assert_eq!(CommentView::new(record(now - 5_000_000), 0, now).age, 5);
    }
}
