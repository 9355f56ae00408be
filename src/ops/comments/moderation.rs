//! Telling moderators about hidden comments: `[comments] moderation_command` runs once per
//! comment stored hidden, with the comment's JSON document on its stdin, after the transaction
//! that stored it has committed (never from inside it: a transaction closure may run again, and a
//! rolled-back comment must not be announced).

use crate::faces::comments::CommentView;
use crate::ops::Transactions;

/// `[comments] moderation_command`, or nobody to tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moderation {
    command: Option<String>,
}

impl Moderation {
    pub fn new(command: Option<String>) -> Moderation {
        Moderation { command }
    }

    /// Whether a command is configured: without one, nobody needs the hidden comments listed.
    pub fn wanted(&self) -> bool {
        self.command.is_some()
    }

    /// Tells moderators about `comments`, which the last write of `store` stored, once they are
    /// committed (see [`Transactions::after_commit`]): now for a write that committed, after
    /// its batch's commit for a line of one. Returns the failures of what ran now, as warnings.
    pub fn after_commit(
        &self,
        store: &mut impl Transactions,
        comments: Vec<CommentView>,
    ) -> Vec<String> {
        match &self.command {
            Some(command) if !comments.is_empty() => {
                let command = command.clone();
                store.after_commit(Box::new(move || notify(&command, &comments)))
            }
            _ => Vec::new(),
        }
    }
}

/// Runs `command` once per comment; a failure is a warning, the comment stays stored.
fn notify(command: &str, comments: &[CommentView]) -> Vec<String> {
    let mut warnings = Vec::new();
    for c in comments {
        let doc = serde_json::to_vec(c).unwrap_or_default();
        if let Err(why) = crate::hooks::run_with_stdin(command, &doc) {
            warnings.push(format!(
                "moderation command for comment {} failed: {why}; the comment stays stored",
                c.id
            ));
        }
    }
    warnings
}
