//! Comment commands (Sphinx WebSupport storage) as typed requests and results: `comment`,
//! `vote`, `moderate` and `rename-user` here, `node` in [`nodes`], `comment add --from` in
//! [`add_many`], and telling moderators about hidden comments in [`moderation`]. See
//! [`crate::ops`] for the pattern.
//!
//! A comment op acts for a [`Commenter`]: the request's [`Actor`] checked against the
//! `[comments]` settings (who may moderate), with the rules those settings make (moderation,
//! anonymous comments, the moderation hook). The caller builds it once per request with
//! [`Commenter::new`].

pub mod add_many;
pub mod moderation;
pub mod nodes;
pub mod reads;
#[cfg(test)]
mod tests;

use serde::Serialize;

use super::{Actor, Transactions};
use crate::error::Result;
use crate::faces::comments::{
    self as face, CommentView, DeleteKind, Identity, NewComment, Policy, SortOrder, Target, Thread,
};
use crate::settings::Settings;

pub use add_many::{add_many, AddMany, AddedMany};
pub use moderation::Moderation;
pub use reads::{by_user, votes};

/// Who acts on comments, under which `[comments]` rules, at which instant.
#[derive(Debug, Clone)]
pub struct Commenter {
    /// The actor's user, and moderation as honoured by `[comments] moderators`.
    pub identity: Identity,
    /// `[comments] moderation` and `allow_anonymous`.
    pub policy: Policy,
    /// `[comments] moderation_command`.
    pub moderation: Moderation,
    /// The request's clock (the actor's).
    pub now_us: i64,
}

impl Commenter {
    /// `actor` under `settings`: refused (77) when it asks to moderate and `[comments]
    /// moderators` does not list it, or (65) when its user name is not one a comment may carry.
    pub fn new(settings: &Settings, actor: &Actor) -> Result<Commenter> {
        let comments = &settings.comments;
        Ok(Commenter {
            identity: Identity::resolve(
                actor.user.as_deref(),
                actor.moderator,
                &comments.moderators,
            )?,
            policy: Policy {
                moderation: comments.moderation,
                allow_anonymous: comments.allow_anonymous,
            },
            moderation: Moderation::new(comments.moderation_command.clone()),
            now_us: actor.now_us,
        })
    }
}

/// `comment add --node ID | --parent CID`.
#[derive(Debug, Clone)]
pub struct Add {
    pub target: Target,
    /// Stored as given.
    pub text: String,
    /// When it was written; `None` is now (the commenter's clock).
    pub time_us: Option<i64>,
    /// Store it hidden, waiting for moderation.
    pub hidden: bool,
    /// A proposed new source for the node (top-level comments only).
    pub proposal: Option<String>,
    pub dry_run: bool,
}

/// The comment `comment add` stored. Its JSON document is the comment.
#[derive(Debug, Clone, Serialize)]
pub struct Added {
    #[serde(flatten)]
    pub comment: CommentView,
    /// It is stored hidden and moderators were (or, in a batch, will be once it commits) told.
    #[serde(skip)]
    pub needs_moderation: bool,
    #[serde(skip)]
    pub dry_run: bool,
}

/// Stores one comment by the commenter; once it is committed, moderators hear of it when it is
/// hidden (the failures of that notice go to `warn`: the comment stays stored).
pub fn add(
    store: &mut impl Transactions,
    who: &Commenter,
    req: &Add,
    warn: &mut dyn FnMut(String),
) -> Result<Added> {
    let new = NewComment {
        target: req.target.clone(),
        text: req.text.clone(),
        username: who.identity.user.clone(),
        time_us: req.time_us.unwrap_or(who.now_us),
        hidden: req.hidden,
        proposal: req.proposal.clone(),
    };
    let added = store.write(req.dry_run, |tx| {
        face::add_comment(tx, &who.identity, who.policy, new.clone(), who.now_us)
    })?;
    if added.needs_moderation && !req.dry_run {
        for warning in who
            .moderation
            .after_commit(store, vec![added.comment.clone()])
        {
            warn(warning);
        }
    }
    Ok(Added {
        comment: added.comment,
        needs_moderation: added.needs_moderation,
        dry_run: req.dry_run,
    })
}

/// `comment list --node ID [--sort ...]`.
#[derive(Debug, Clone)]
pub struct List {
    pub node: String,
    pub sort: SortOrder,
}

/// A node's source and its comment tree as the commenter may see it.
pub fn list(store: &mut impl Transactions, who: &Commenter, req: &List) -> Result<Thread> {
    store.read(|tx| {
        face::list(
            tx.comments()?,
            &req.node,
            &who.identity,
            req.sort,
            who.now_us,
        )
    })
}

/// One comment with its document and replies (a hidden one for moderators only).
pub fn show(store: &mut impl Transactions, who: &Commenter, id: i64) -> Result<CommentView> {
    store.read(|tx| face::show(tx.comments()?, id, &who.identity, who.now_us))
}

/// `comment delete CID` and `moderate reject CID`.
#[derive(Debug, Clone)]
pub struct Delete {
    pub id: i64,
    pub dry_run: bool,
}

/// What a delete did (or would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deleted {
    pub deleted: DeleteKind,
    /// The comment and, for a hard delete, its replies at every depth, ascending.
    pub ids: Vec<i64>,
    pub dry_run: bool,
}

impl Deleted {
    fn new(deleted: face::Deleted, dry_run: bool) -> Deleted {
        Deleted {
            deleted: deleted.deleted,
            ids: deleted.ids,
            dry_run,
        }
    }
}

/// Soft by the comment's author, hard (with replies and votes) by a moderator.
pub fn delete(store: &mut impl Transactions, who: &Commenter, req: &Delete) -> Result<Deleted> {
    let deleted = store.write(req.dry_run, |tx| {
        face::delete(tx, req.id, &who.identity, who.now_us)
    })?;
    Ok(Deleted::new(deleted, req.dry_run))
}

/// `moderate reject CID`: a moderator's hard delete.
pub fn reject(store: &mut impl Transactions, who: &Commenter, req: &Delete) -> Result<Deleted> {
    let deleted = store.write(req.dry_run, |tx| {
        face::reject(tx, req.id, &who.identity, who.now_us)
    })?;
    Ok(Deleted::new(deleted, req.dry_run))
}

/// `moderate accept CID`.
#[derive(Debug, Clone)]
pub struct Accept {
    pub id: i64,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Accepted {
    pub id: i64,
    /// Always true: the comment is (or would be) displayed.
    pub displayed: bool,
    /// False when it was displayed already (nothing changed).
    pub was_hidden: bool,
    pub dry_run: bool,
}

/// A moderator makes a hidden comment displayed.
pub fn accept(store: &mut impl Transactions, who: &Commenter, req: &Accept) -> Result<Accepted> {
    let was_hidden = store.write(req.dry_run, |tx| {
        face::accept(tx, req.id, &who.identity, who.now_us)
    })?;
    Ok(Accepted {
        id: req.id,
        displayed: true,
        was_hidden,
        dry_run: req.dry_run,
    })
}

/// `moderate list [--document DOC]`.
#[derive(Debug, Clone)]
pub struct Waiting {
    /// Only comments on this document's nodes.
    pub document: Option<String>,
}

/// Streams the comments waiting for moderation, oldest first, to `row` (moderators only).
pub fn waiting(
    store: &mut impl Transactions,
    who: &Commenter,
    req: &Waiting,
    row: &mut dyn FnMut(CommentView) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::waiting(
            tx.comments()?,
            req.document.as_deref(),
            &who.identity,
            who.now_us,
            row,
        )
    })
}

/// `vote CID VALUE`.
#[derive(Debug, Clone)]
pub struct Vote {
    pub comment: i64,
    /// -1, 0 or 1 (0 withdraws a vote and keeps its row); see [`face::parse_vote_value`].
    pub value: i64,
    pub dry_run: bool,
}

/// A vote cast. Its JSON document has no `dry_run` (it never had).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voted {
    pub comment: i64,
    pub username: String,
    pub value: i64,
    /// The comment's rating after the vote: the sum of its votes.
    pub rating: i64,
    #[serde(skip)]
    pub dry_run: bool,
}

pub fn vote(store: &mut impl Transactions, who: &Commenter, req: &Vote) -> Result<Voted> {
    let voted = store.write(req.dry_run, |tx| {
        face::vote(tx, req.comment, &who.identity, req.value, who.now_us)
    })?;
    Ok(Voted {
        comment: voted.comment,
        username: voted.username,
        value: voted.value,
        rating: voted.rating,
        dry_run: req.dry_run,
    })
}

/// `rename-user OLD NEW`.
#[derive(Debug, Clone)]
pub struct RenameUser {
    pub old: String,
    pub new: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenamedUser {
    pub old: String,
    pub new: String,
    /// Comments whose author was OLD.
    pub comments: u64,
    pub votes_moved: u64,
    /// Votes of OLD dropped because NEW had voted on the same comment.
    pub votes_merged: u64,
    pub dry_run: bool,
}

/// Moves OLD's comments and votes to NEW. Any other owner's node lock stops it. (The acting
/// user's name is not checked against `[comments]`: as before, only locks care who acts.)
pub fn rename_user(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &RenameUser,
) -> Result<RenamedUser> {
    let renamed = store.write(req.dry_run, |tx| {
        face::rename_user(tx, actor.locks(), &req.old, &req.new)
    })?;
    Ok(RenamedUser {
        old: renamed.old,
        new: renamed.new,
        comments: renamed.comments,
        votes_moved: renamed.votes_moved,
        votes_merged: renamed.votes_merged,
        dry_run: req.dry_run,
    })
}
