//! Importing a real sphinxcontrib-websupport database into the comments face.
//!
//! Threads come from the materialised `path` column (`node.c1.c2...id`). Re-running is
//! idempotent: every imported comment is remembered by (source, source id). Rows the seed left
//! inconsistent are never guessed at: they are skipped and listed (exit 5), or normalised and
//! counted (`Anonymous` → anonymous, ratings recomputed from the votes).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::engine::comments::{CommentRecord, CommentStorage, NodeRecord};
use crate::engine::Transaction;
use crate::error::Result;
use crate::faces::comments::ANONYMOUS;
use crate::faces::locks::{self, Actor};
use crate::faces::proposal_diff::proposal_diff;
use crate::timestamp::parse_rfc3339;
use crate::websupport::{parse_naive_time, SourceComment, WebSupportData};

#[derive(Debug, Default, Serialize)]
pub struct NodeCounts {
    pub added: u64,
    pub unchanged: u64,
    /// Present in the store with other content: the store's was kept.
    pub differing: u64,
}

#[derive(Debug, Default, Serialize)]
pub struct CommentCounts {
    pub imported: u64,
    pub already_imported: u64,
    pub skipped: u64,
}

#[derive(Debug, Default, Serialize)]
pub struct VoteCounts {
    pub imported: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub skipped: u64,
}

#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    pub source: String,
    pub nodes: NodeCounts,
    pub comments: CommentCounts,
    pub votes: VoteCounts,
    /// Whether imported comments kept their ids (only when none of them is taken in the store).
    pub ids_preserved: bool,
    /// Comments stored with the literal username "Anonymous", imported as anonymous.
    pub anonymous_normalised: u64,
    /// Imported comments whose stored rating was not the sum of their votes.
    pub ratings_corrected: u64,
    /// Every record not imported, and why.
    pub skipped: Vec<String>,
    pub dry_run: bool,
}

impl ImportReport {
    pub fn is_partial(&self) -> bool {
        !self.skipped.is_empty()
    }
}

/// Imports `data` (read from `source`) in the caller's transaction. It adds to threads all over
/// the store, so any other owner's `node:` lock stops it (exit 75), as it stops `rename-user`.
pub fn import_websupport(
    tx: &mut dyn Transaction,
    actor: Actor,
    data: &WebSupportData,
    source: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<ImportReport> {
    locks::ensure_kind_free(tx, "node", actor.user, actor.now_us)?;
    let store = tx.comments()?;
    let mut report = ImportReport {
        source: source.to_string(),
        ..ImportReport::default()
    };
    import_nodes(store, data, &mut report)?;
    let ids = import_comments(store, data, source, &mut report, progress)?;
    let touched = import_votes(store, data, &ids, &mut report)?;
    for local in touched
        .into_iter()
        .chain(ids.fresh.iter().copied())
        .collect::<HashSet<_>>()
    {
        let total = store.vote_total(local)?;
        if let Some(c) = store.comment(local)? {
            if c.rating != total {
                // Set rather than adjusted by the difference: the source column can hold any
                // integer, and `total - rating` overflows near i64's ends.
                store.update_comment(&CommentRecord { rating: total, ..c })?;
                if ids.fresh.contains(&local) {
                    report.ratings_corrected += 1;
                }
            }
        }
    }
    report.skipped.sort();
    Ok(report)
}

fn import_nodes(
    store: &mut dyn CommentStorage,
    data: &WebSupportData,
    report: &mut ImportReport,
) -> Result<()> {
    for n in &data.nodes {
        if n.id.trim().is_empty() || n.document.trim().is_empty() {
            report
                .skipped
                .push(format!("node {:?}: empty id or document", n.id));
            continue;
        }
        let node = NodeRecord {
            id: n.id.clone(),
            document: n.document.clone(),
            source: n.source.clone(),
        };
        match store.node(&n.id)? {
            None => {
                store.put_node(&node)?;
                report.nodes.added += 1;
            }
            Some(existing) if existing == node => report.nodes.unchanged += 1,
            Some(_) => {
                report.nodes.differing += 1;
                report.skipped.push(format!(
                    "node {:?}: the store holds different content; the store's was kept",
                    n.id
                ));
            }
        }
    }
    Ok(())
}

/// Source comment id → local id, and which local ids were created by this run.
#[derive(Default)]
struct IdMap {
    local: HashMap<i64, i64>,
    fresh: Vec<i64>,
}

/// Where a comment sits: (node, parent source id), from its path (falling back to `node_id`).
fn thread_position(c: &SourceComment) -> std::result::Result<(String, Option<i64>), String> {
    let Some(path) = c.path.as_deref().filter(|p| !p.is_empty()) else {
        return match &c.node_id {
            Some(node) => Ok((node.clone(), None)),
            None => Err("no path and no node_id".to_string()),
        };
    };
    let parts: Vec<&str> = path.split('.').collect();
    if parts.len() < 2 || parts.last() != Some(&c.id.to_string().as_str()) {
        return Err(format!("path {path:?} does not end with its own id"));
    }
    let parent = if parts.len() > 2 {
        let p = parts[parts.len() - 2];
        Some(
            p.parse::<i64>()
                .map_err(|_| format!("path {path:?} has a bad parent id {p:?}"))?,
        )
    } else {
        None
    };
    Ok((parts[0].to_string(), parent))
}

fn import_comments(
    store: &mut dyn CommentStorage,
    data: &WebSupportData,
    source: &str,
    report: &mut ImportReport,
    progress: &mut dyn FnMut(u64),
) -> Result<IdMap> {
    let mut ids = IdMap::default();
    let mut pending = Vec::new();
    for c in &data.comments {
        match store.import_mapping(source, "comment", &c.id.to_string())? {
            Some(local) => {
                if let Ok(local) = local.parse::<i64>() {
                    ids.local.insert(c.id, local);
                }
                report.comments.already_imported += 1;
            }
            None => pending.push(c),
        }
    }
    // Ids are kept only if every new one is free; mixing kept and new ids would collide.
    let mut preserve = true;
    for c in &pending {
        if !store.comment_id_unused(c.id)? {
            preserve = false;
            break;
        }
    }
    report.ids_preserved = preserve && !pending.is_empty();
    let mut sources: HashMap<String, String> = HashMap::new();
    for (done, c) in pending.into_iter().enumerate() {
        progress(done as u64 + 1);
        let skip = |report: &mut ImportReport, why: String| {
            report.comments.skipped += 1;
            report.skipped.push(format!("comment {}: {why}", c.id));
        };
        let (node, parent) = match thread_position(c) {
            Ok(position) => position,
            Err(why) => {
                skip(report, why);
                continue;
            }
        };
        let node_source = match sources.get(&node) {
            Some(s) => s.clone(),
            None => match store.node(&node)? {
                Some(n) => {
                    sources.insert(node.clone(), n.source.clone());
                    n.source
                }
                None => {
                    skip(report, format!("its node {node:?} is not in the database"));
                    continue;
                }
            },
        };
        let parent_local = match parent {
            None => None,
            Some(p) => match ids.local.get(&p) {
                Some(&local) => Some(local),
                None => {
                    skip(
                        report,
                        format!("its parent comment {p} is not in the database (deleted?)"),
                    );
                    continue;
                }
            },
        };
        let time_us =
            match parse_naive_time(&c.time).or_else(|| parse_rfc3339(&c.time, "time").ok()) {
                Some(t) => t,
                None => {
                    skip(report, format!("unreadable time {:?}", c.time));
                    continue;
                }
            };
        let username = match c.username.as_deref() {
            Some(ANONYMOUS) => {
                report.anonymous_normalised += 1;
                None
            }
            Some("") | None => None,
            Some(name) => Some(name.to_string()),
        };
        let proposal_diff_text = match (&c.proposal, parent_local) {
            (Some(p), None) if !p.is_empty() => Some(proposal_diff(&node_source, p).text),
            _ => None,
        };
        let record = CommentRecord {
            id: if preserve { c.id } else { 0 },
            node,
            parent: parent_local,
            text: c.text.clone(),
            username,
            time_us,
            rating: c.rating,
            displayed: c.displayed.unwrap_or(false),
            proposal: c.proposal.clone(),
            proposal_diff: c.proposal_diff.clone(),
            proposal_diff_text,
        };
        let local = store.insert_comment(&record)?;
        store.put_import_mapping(source, "comment", &c.id.to_string(), &local.to_string())?;
        ids.local.insert(c.id, local);
        ids.fresh.push(local);
        report.comments.imported += 1;
    }
    Ok(ids)
}

/// Imports votes; returns the local comments whose votes changed.
fn import_votes(
    store: &mut dyn CommentStorage,
    data: &WebSupportData,
    ids: &IdMap,
    report: &mut ImportReport,
) -> Result<HashSet<i64>> {
    let mut touched = HashSet::new();
    for v in &data.votes {
        let skip = |report: &mut ImportReport, why: &str| {
            report.votes.skipped += 1;
            report.skipped.push(format!(
                "vote by {:?} on comment {}: {why}",
                v.username, v.comment_id
            ));
        };
        let Some(&local) = ids.local.get(&v.comment_id) else {
            skip(
                report,
                "the comment is not in the database (left behind by a deletion)",
            );
            continue;
        };
        if store.comment(local)?.is_none() {
            skip(
                report,
                "the comment was deleted from the store after an earlier import",
            );
            continue;
        }
        if !(-1..=1).contains(&v.value) {
            skip(report, &format!("value {} out of range (-1, 1)", v.value));
            continue;
        }
        if v.username.trim().is_empty() {
            skip(report, "empty username");
            continue;
        }
        match store.vote(local, &v.username)? {
            Some(old) if old == v.value => report.votes.unchanged += 1,
            Some(_) => {
                store.put_vote(local, &v.username, v.value)?;
                report.votes.updated += 1;
                touched.insert(local);
            }
            None => {
                store.put_vote(local, &v.username, v.value)?;
                report.votes.imported += 1;
                touched.insert(local);
            }
        }
    }
    Ok(touched)
}
