//! Feed commands (Stream Framework storage) as typed requests and results: one struct and one
//! function per `storectl feed` command. See [`crate::ops`] for the pattern.
//!
//! Ids arrive parsed ([`FeedId`], from [`face::parse_id`]); verbs arrive as given (an id or a
//! name), because names come from the configuration, which [`Policy`] holds. Adding activities
//! is in `add.rs`, removing and following in `changes.rs`; reads are here.

mod add;
mod aggregated;
mod changes;
#[cfg(test)]
mod testing;

pub use add::*;
pub use aggregated::*;
pub use changes::*;

use serde::Serialize;

use super::Transactions;
use crate::engine::feeds::FeedId;
use crate::error::Result;
use crate::faces::feeds::{self as face, ActivityView, Caps, EntryView, SliceQuery, Verbs};
use crate::faces::feeds_aggregated::{Aggregator, Limits};
use crate::settings::Settings;

/// What `[feeds]` makes of the feed commands: the verb names and the timeline caps. Built once
/// per store's configuration, used by every request.
#[derive(Debug, Clone)]
pub struct Policy {
    pub verbs: Verbs,
    pub caps: Caps,
    /// The aggregator new aggregated feeds use (`[feeds] aggregator`).
    pub aggregator: Aggregator,
    /// `[feeds] aggregated_max_length` and `max_aggregated_activities_length`.
    pub limits: Limits,
}

impl Policy {
    /// `[feeds.verbs]`, `[feeds] max_length` and `[feeds.max_length_by_prefix]`; a verb id out
    /// of range is a configuration error.
    pub fn from_settings(settings: &Settings) -> Result<Policy> {
        Ok(Policy {
            verbs: Verbs::new(&settings.feeds.verbs)?,
            caps: Caps {
                default: settings.feeds.max_length,
                by_prefix: settings.feeds.max_length_by_prefix.clone(),
            },
            aggregator: Aggregator::parse(&settings.feeds.aggregator)
                .map_err(|e| crate::error::Error::config(format!("[feeds] {}", e.message())))?,
            limits: Limits {
                max_length: settings.feeds.aggregated_max_length,
                max_activities: settings.feeds.max_aggregated_activities_length,
            },
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Reading timelines and activities

/// `feed slice KEY`: filters, then Python slice bounds, on the order asked for.
#[derive(Debug, Clone)]
pub struct Slice {
    pub key: String,
    pub query: SliceQuery,
}

/// The page: activities, and dangling ids as `{"id", "missing": true}`.
pub fn slice(
    store: &mut impl Transactions,
    policy: &Policy,
    req: &Slice,
) -> Result<Vec<EntryView>> {
    let entries = store.read(|tx| face::slice(tx.feeds()?, &req.key, &req.query))?;
    Ok(entries.iter().map(|e| e.view(&policy.verbs)).collect())
}

/// Entries in a timeline; 0 for one that does not exist.
pub fn count_entries(store: &mut impl Transactions, key: &str) -> Result<u64> {
    store.read(|tx| face::count(tx.feeds()?, key))
}

/// 0-based rank of `id` in `key`'s timeline, newest first; not found when it is not there.
pub fn index_of(store: &mut impl Transactions, key: &str, id: FeedId) -> Result<u64> {
    store.read(|tx| face::index_of(tx.feeds()?, key, id))
}

pub fn contains(store: &mut impl Transactions, key: &str, id: FeedId) -> Result<bool> {
    store.read(|tx| face::contains(tx.feeds()?, key, id))
}

/// One timeline of `feed keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub key: String,
    pub entries: u64,
}

/// Streams the timelines whose key starts with `prefix`, by key, to `row`.
pub fn keys(
    store: &mut impl Transactions,
    prefix: &str,
    row: &mut dyn FnMut(Timeline) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::keys(tx.feeds()?, prefix, &mut |t| {
            row(Timeline {
                key: t.key,
                entries: t.entries,
            })
        })
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activities {
    pub activities: Vec<ActivityView>,
    /// The ids asked for that activity storage does not hold.
    pub missing: Vec<String>,
}

/// `feed activity get ID...`: the activities found, in the order asked for, and the ids that
/// were not, each exactly as given (`007` stays `007`), so a caller finds its own ids in the
/// answer. None found is not an error here: the caller decides (the CLI prints the document and
/// exits 3).
pub fn get_activities(
    store: &mut impl Transactions,
    policy: &Policy,
    ids: &[(String, FeedId)],
) -> Result<Activities> {
    let parsed: Vec<FeedId> = ids.iter().map(|(_, id)| *id).collect();
    let (found, _) = store.read(|tx| face::get_activities(tx.feeds()?, &parsed))?;
    let mut found = found.into_iter().peekable();
    let mut done = Activities {
        activities: Vec::new(),
        missing: Vec::new(),
    };
    // `found` keeps the order of `ids`, less the missing ones.
    for (given, id) in ids {
        match found.next_if(|a| a.id == *id) {
            Some(a) => {
                let mut view = a.view(&policy.verbs);
                view.id = given.clone();
                done.activities.push(view);
            }
            None => done.missing.push(given.clone()),
        }
    }
    Ok(done)
}

/// `feed activity list`: activity storage by id, ascending, after `after`, at most `limit`,
/// streamed to `row`.
pub fn list_activities(
    store: &mut impl Transactions,
    policy: &Policy,
    after: Option<FeedId>,
    limit: Option<u64>,
    row: &mut dyn FnMut(ActivityView) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::list_activities(tx.feeds()?, after, limit, &mut |a| {
            row(a.view(&policy.verbs))
        })
    })
}
