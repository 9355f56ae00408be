//! `vote list` and `comment list --user`: the reads an integrator needs besides a node's thread.

use super::Commenter;
use crate::error::Result;
use crate::faces::comments::CommentView;
use crate::faces::comments_reads::{self as face, VoteFilter, VoteView};
use crate::ops::Transactions;

/// `vote list [--comment CID | --user USER]`: votes by comment (moderators), by user (that user
/// or a moderator), or the acting user's own.
pub fn votes(
    store: &mut impl Transactions,
    who: &Commenter,
    filter: &VoteFilter,
) -> Result<Vec<VoteView>> {
    store.read(|tx| face::votes(tx.comments()?, filter, &who.identity))
}

/// `comment list --user USER`: the comments a user wrote, oldest first, flat.
pub fn by_user(
    store: &mut impl Transactions,
    who: &Commenter,
    username: &str,
) -> Result<Vec<CommentView>> {
    store.read(|tx| face::by_user(tx.comments()?, username, &who.identity, who.now_us))
}
