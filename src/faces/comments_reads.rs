//! The comments face's reads for integrators (a web application, the Python WebSupport
//! backend): votes by comment or by user, comments by user, and node ids without their sources.
//! The seed's SQLAlchemy storage leaves these to direct queries of its tables; here they are
//! verbs with the same visibility rules as `comment list`.

use serde::Serialize;

use crate::engine::comments::CommentStorage;
use crate::error::{Error, Fix, Result};
use crate::faces::comments::{
    comment_not_found, need_moderator, validate_username, view_with_document, CommentView, Identity,
};

/// One stored vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VoteView {
    pub comment: i64,
    pub username: String,
    pub value: i64,
}

/// Whose votes `vote list` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteFilter {
    /// Every vote on one comment (moderators only: who voted how is not public).
    Comment(i64),
    /// Every vote of one user (that user, or a moderator).
    User(String),
    /// The acting user's own votes.
    Mine,
}

pub fn votes(
    store: &mut dyn CommentStorage,
    filter: &VoteFilter,
    who: &Identity,
) -> Result<Vec<VoteView>> {
    match filter {
        VoteFilter::Comment(id) => {
            if !who.moderator {
                return Err(need_moderator(
                    &format!("list who voted on comment {id}"),
                    who,
                ));
            }
            store.comment(*id)?.ok_or_else(|| comment_not_found(*id))?;
            Ok(store
                .comment_votes(*id)?
                .into_iter()
                .map(|(username, value)| VoteView {
                    comment: *id,
                    username,
                    value,
                })
                .collect())
        }
        VoteFilter::User(user) => {
            validate_username(user)?;
            if !who.moderator && who.user.as_deref() != Some(user.as_str()) {
                return Err(need_moderator(&format!("list the votes of {user}"), who));
            }
            user_votes(store, user)
        }
        VoteFilter::Mine => match &who.user {
            Some(user) => user_votes(store, user),
            None => {
                Err(Error::denied("anonymous users have no votes to list").hint(Fix::SayWhoYouAre))
            }
        },
    }
}

fn user_votes(store: &mut dyn CommentStorage, user: &str) -> Result<Vec<VoteView>> {
    Ok(store
        .votes_by(user)?
        .into_iter()
        .map(|(comment, value)| VoteView {
            comment,
            username: user.to_string(),
            value,
        })
        .collect())
}

/// The comments `username` wrote, oldest first, flat (each with its document, without
/// children): a moderator sees hidden ones too, anyone else only displayed ones, as in
/// `comment list`. Soft-deleted comments are no longer theirs (their author is `[deleted]`).
pub fn by_user(
    store: &mut dyn CommentStorage,
    username: &str,
    who: &Identity,
    now_us: i64,
) -> Result<Vec<CommentView>> {
    validate_username(username)?;
    let mut found = Vec::new();
    store.user_comments(
        username,
        !who.moderator,
        who.user.as_deref(),
        &mut |c, vote| {
            found.push((c, vote));
            Ok(())
        },
    )?;
    found
        .into_iter()
        .map(|(c, vote)| view_with_document(store, c, vote, now_us))
        .collect()
}

/// A node's id and document: what `node list --ids` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NodeId {
    pub id: String,
    pub document: String,
}

/// Every node id (of one document, or all) in (document, id) order; an unknown document is an
/// empty list.
pub fn node_ids(
    store: &mut dyn CommentStorage,
    document: Option<&str>,
    f: &mut dyn FnMut(NodeId) -> Result<()>,
) -> Result<()> {
    store.node_ids(document, &mut |id, document| f(NodeId { id, document }))
}
