//! The comments face as sphinxcontrib-websupport's rows: what `export websupport` writes.
//!
//! Every node, comment and vote of the store becomes the row WebSupport's SQLAlchemy storage
//! would hold for it. Comment ids are the store's (kept from a `migrate websupport`); the
//! materialised `path` (`node.c1.c2...id`) is rebuilt from the thread, as `Comment.set_path`
//! computes it; `node_id` is set on replies too, as WebSupport does. Where WebSupport has one
//! form for what storectl keeps as another, the row takes WebSupport's: an anonymous author is
//! the literal `Anonymous` (what `WebSupport.add_comment` stores), times are naive UTC.

use std::collections::HashMap;

use serde::Serialize;

use crate::engine::comments::{CommentRecord, CommentStorage};
use crate::error::Result;
use crate::faces::comments::{ANONYMOUS, DELETED};
use crate::websupport::write::{format_naive_time, Rows};
use crate::websupport::{SourceComment, SourceNode, SourceVote};

/// What `export websupport` wrote.
#[derive(Debug, Default, Clone, Serialize)]
pub struct WebSupportExport {
    /// The file written.
    pub destination: String,
    /// Its table name prefix.
    pub prefix: String,
    pub nodes: u64,
    pub documents: u64,
    /// Every comment written, replies and hidden ones included.
    pub comments: u64,
    pub replies: u64,
    /// Comments waiting for moderation (`displayed` false).
    pub hidden: u64,
    /// Comments their author deleted (`[deleted]`), kept as WebSupport keeps them.
    pub deleted: u64,
    /// Comments carrying a proposal.
    pub proposals: u64,
    /// Anonymous comments, written with the username `Anonymous`.
    pub anonymous: u64,
    pub votes: u64,
    /// Every comment not written, and why (its thread is broken in the store).
    pub skipped: Vec<String>,
}

/// Writes every node, comment and vote of `store` to `rows`; `progress` gets the number of
/// comments done. The report's `destination` and `prefix` are the caller's to fill.
pub fn export_websupport(
    store: &mut dyn CommentStorage,
    rows: &mut dyn Rows,
    progress: &mut dyn FnMut(u64),
) -> Result<WebSupportExport> {
    let mut report = WebSupportExport::default();
    let mut nodes = Vec::new();
    store.nodes(None, &mut |n| {
        nodes.push(n.node);
        Ok(())
    })?;
    let mut documents: Vec<&str> = nodes.iter().map(|n| n.document.as_str()).collect();
    documents.dedup(); // nodes come in (document, id) order
    report.documents = documents.len() as u64;
    let mut done = 0;
    for node in &nodes {
        rows.node(&SourceNode {
            id: node.id.clone(),
            document: node.document.clone(),
            source: node.source.clone(),
        })?;
        report.nodes += 1;
        let mut comments = Vec::new();
        store.node_comments(&node.id, false, None, &mut |c, _| {
            comments.push(c);
            Ok(())
        })?;
        let paths = thread_paths(&node.id, &comments);
        for c in &comments {
            done += 1;
            let Some(path) = paths.get(&c.id).cloned().flatten() else {
                report.skipped.push(format!(
                    "comment {}: its parent comment {} is not in the store (storectl check lists it)",
                    c.id,
                    c.parent.unwrap_or_default()
                ));
                continue;
            };
            rows.comment(&row(c, path, &mut report))?;
            for (username, value) in store.comment_votes(c.id)? {
                rows.vote(&SourceVote {
                    username,
                    comment_id: c.id,
                    value,
                })?;
                report.votes += 1;
            }
            progress(done);
        }
    }
    Ok(report)
}

/// The WebSupport row of a comment, counted into `report`.
fn row(c: &CommentRecord, path: String, report: &mut WebSupportExport) -> SourceComment {
    report.comments += 1;
    report.replies += u64::from(c.parent.is_some());
    report.hidden += u64::from(!c.displayed);
    report.deleted += u64::from(c.username.as_deref() == Some(DELETED));
    report.proposals += u64::from(c.proposal.as_deref().is_some_and(|p| !p.is_empty()));
    let username = match &c.username {
        Some(name) => name.clone(),
        None => {
            report.anonymous += 1;
            ANONYMOUS.to_string()
        }
    };
    SourceComment {
        id: c.id,
        rating: c.rating,
        time: format_naive_time(c.time_us),
        text: c.text.clone(),
        displayed: Some(c.displayed),
        username: Some(username),
        proposal: c.proposal.clone(),
        proposal_diff: c.proposal_diff.clone(),
        path: Some(path),
        node_id: Some(c.node.clone()),
    }
}

/// Each comment's materialised path, `node.c1.c2...id` as `Comment.set_path` makes it; `None`
/// for a comment whose chain of parents leaves the node's comments (a broken thread).
fn thread_paths(node: &str, comments: &[CommentRecord]) -> HashMap<i64, Option<String>> {
    let parents: HashMap<i64, Option<i64>> = comments.iter().map(|c| (c.id, c.parent)).collect();
    let mut paths: HashMap<i64, Option<String>> = HashMap::new();
    for c in comments {
        // The chain up to a comment whose path is known, or to the top.
        let mut chain = vec![c.id];
        let mut base = Some(node.to_string());
        while let Some(&id) = chain.last() {
            if let Some(known) = paths.get(&id) {
                chain.pop();
                base = known.clone();
                break;
            }
            match parents.get(&id) {
                Some(Some(parent)) if !chain.contains(parent) => chain.push(*parent),
                Some(None) => break,
                // A parent outside the node, or a cycle: nothing below it has a path.
                _ => {
                    base = None;
                    break;
                }
            }
        }
        for id in chain.into_iter().rev() {
            let path = base.as_ref().map(|b| format!("{b}.{id}"));
            paths.insert(id, path.clone());
            base = path;
        }
    }
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: i64, parent: Option<i64>) -> CommentRecord {
        CommentRecord {
            id,
            node: "n".into(),
            parent,
            text: String::new(),
            username: None,
            time_us: 0,
            rating: 0,
            displayed: true,
            proposal: None,
            proposal_diff: None,
            proposal_diff_text: None,
        }
    }

    #[test]
    fn paths_follow_the_thread_whatever_the_order_and_broken_threads_have_none() {
        let comments = [
            comment(12, Some(3)),
            comment(3, None),
            comment(4, Some(12)),
            comment(5, Some(99)),
            comment(6, Some(5)),
            comment(7, None),
        ];
        let paths = thread_paths("n", &comments);
        let path = |id| paths[&id].as_deref();
        assert_eq!(path(3), Some("n.3"));
        assert_eq!(path(12), Some("n.3.12"));
        assert_eq!(path(4), Some("n.3.12.4"));
        assert_eq!(path(7), Some("n.7"));
        assert_eq!(path(5), None);
        assert_eq!(path(6), None);
    }
}
