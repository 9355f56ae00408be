//! Aggregated and notification feeds: `feed aggregated add | put | slice | count | mark |
//! remove | trim | delete`. The rules are in `faces::feeds_aggregated`.

use serde::Serialize;

use super::Policy;
use crate::engine::feeds::FeedId;
use crate::error::Result;
use crate::faces::feeds as flat;
use crate::faces::feeds_aggregated::{
    self as face, Aggregator, Counts, GroupView, Limits, Marked, Marks,
};
use crate::input::RecordReader;
use crate::ops::{Actor, Transactions};

/// A feed's counts as every aggregated command reports them (Stream Framework's names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FeedCounts {
    pub groups: u64,
    pub unseen_count: u64,
    pub unread_count: u64,
}

impl From<Counts> for FeedCounts {
    fn from(c: Counts) -> FeedCounts {
        FeedCounts {
            groups: c.groups,
            unseen_count: c.unseen,
            unread_count: c.unread,
        }
    }
}

/// The aggregator and limits of one add or put: the request's, else `[feeds]`'s.
#[derive(Debug, Clone, Default)]
pub struct Grouping {
    /// For a new feed only; an existing feed keeps its own (another is a conflict).
    pub aggregator: Option<String>,
    pub max_length: Option<u64>,
    pub max_activities: Option<u64>,
}

impl Grouping {
    fn resolve(&self, policy: &Policy) -> Result<(Option<Aggregator>, Limits)> {
        Ok((
            self.aggregator
                .as_deref()
                .map(Aggregator::parse)
                .transpose()?,
            Limits {
                max_length: self.max_length.unwrap_or(policy.limits.max_length),
                max_activities: self.max_activities.unwrap_or(policy.limits.max_activities),
            },
        ))
    }
}

/// `feed aggregated add KEY`: activities (records of `feed add-many`) join their groups.
#[derive(Debug, Clone)]
pub struct AggregatedAdd {
    pub key: String,
    pub grouping: Grouping,
    pub dry_run: bool,
}

/// What `add` and `put` did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AggregatedAdded {
    pub key: String,
    pub aggregator: &'static str,
    pub records: u64,
    /// Activities that joined a group (for `put`: the activities of the groups written).
    pub added: u64,
    /// Activities the feed held already.
    pub duplicates: u64,
    pub new_groups: Vec<String>,
    pub changed_groups: Vec<String>,
    /// Groups past `max_length` that went.
    pub trimmed: u64,
    #[serde(flatten)]
    pub counts: FeedCounts,
    pub dry_run: bool,
}

fn added(key: &str, records: u64, done: face::Added, dry_run: bool) -> AggregatedAdded {
    AggregatedAdded {
        key: key.to_string(),
        aggregator: done.aggregator.map_or("", Aggregator::name),
        records,
        added: done.added,
        duplicates: done.duplicates,
        new_groups: done.new_groups,
        changed_groups: done.changed_groups,
        trimmed: done.trimmed,
        counts: done.counts.into(),
        dry_run,
    }
}

/// Reads every activity, then merges them in one transaction (a merge reads what earlier
/// activities of the input wrote, as Stream Framework's `add_many` does).
pub fn aggregated_add(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    req: &AggregatedAdd,
    reader: &mut RecordReader,
) -> Result<AggregatedAdded> {
    let (aggregator, limits) = req.grouping.resolve(policy)?;
    let mut activities = Vec::new();
    while let Some(record) = reader.next_record()? {
        activities.push(flat::parse_activity(&record, &policy.verbs, actor.now_us)?);
    }
    let records = activities.len() as u64;
    let done = store.write(req.dry_run, |tx| {
        face::add(
            tx,
            actor.locks(),
            &req.key,
            aggregator,
            policy.aggregator,
            &activities,
            limits,
        )
    })?;
    Ok(added(&req.key, records, done, req.dry_run))
}

/// `feed aggregated put KEY`: whole groups (Stream Framework's `add_many_aggregated`).
pub fn aggregated_put(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    req: &AggregatedAdd,
    reader: &mut RecordReader,
) -> Result<AggregatedAdded> {
    let (aggregator, limits) = req.grouping.resolve(policy)?;
    let mut groups = Vec::new();
    while let Some(record) = reader.next_record()? {
        let group = face::parse_group(&record, &policy.verbs, actor.now_us)?;
        if groups
            .iter()
            .any(|g: &face::GroupInput| g.group.group == group.group.group)
        {
            return Err(record.error(format!("group {:?} is given twice", group.group.group)));
        }
        groups.push(group);
    }
    let records = groups.len() as u64;
    let done = store.write(req.dry_run, |tx| {
        face::put(
            tx,
            actor.locks(),
            &req.key,
            aggregator,
            policy.aggregator,
            &groups,
            limits,
        )
    })?;
    Ok(added(&req.key, records, done, req.dry_run))
}

/// `feed aggregated slice KEY`: groups by rank with Python slice bounds.
pub fn aggregated_slice(
    store: &mut impl Transactions,
    policy: &Policy,
    key: &str,
    start: Option<i64>,
    stop: Option<i64>,
) -> Result<Vec<GroupView>> {
    let groups = store.read(|tx| face::slice(tx.feeds()?, key, start, stop))?;
    Ok(groups.iter().map(|g| g.view(&policy.verbs)).collect())
}

/// `feed aggregated count KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AggregatedCount {
    pub key: String,
    /// Null when there is no such feed (its counts are 0).
    pub aggregator: Option<&'static str>,
    #[serde(flatten)]
    pub counts: FeedCounts,
}

/// The maintained counts (no scan); zeros for a feed that does not exist.
pub fn aggregated_count(store: &mut impl Transactions, key: &str) -> Result<AggregatedCount> {
    let info = store.read(|tx| face::info(tx.feeds()?, key))?;
    Ok(AggregatedCount {
        key: key.to_string(),
        aggregator: info.map(|(a, _)| a.name()),
        counts: info.map(|(_, c)| c).unwrap_or_default().into(),
    })
}

/// `feed aggregated mark KEY [GROUP...] [--all]`.
#[derive(Debug, Clone)]
pub struct AggregatedMark {
    pub key: String,
    /// Empty: every group.
    pub groups: Vec<String>,
    pub marks: Marks,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AggregatedMarked {
    pub key: String,
    /// Groups whose seen or read state changed.
    pub marked: u64,
    #[serde(flatten)]
    pub counts: FeedCounts,
    pub dry_run: bool,
}

pub fn aggregated_mark(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &AggregatedMark,
) -> Result<AggregatedMarked> {
    let which = if req.groups.is_empty() {
        Marked::All
    } else {
        Marked::Groups(req.groups.clone())
    };
    let (marked, counts) = store.write(req.dry_run, |tx| {
        face::mark(tx, actor.locks(), &req.key, &which, req.marks)
    })?;
    Ok(AggregatedMarked {
        key: req.key.clone(),
        marked,
        counts: counts.into(),
        dry_run: req.dry_run,
    })
}

/// `feed aggregated remove KEY ID...` or `--group G...`.
#[derive(Debug, Clone)]
pub enum AggregatedRemoval {
    Activities(Vec<FeedId>),
    Groups(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct AggregatedRemove {
    pub key: String,
    pub what: AggregatedRemoval,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AggregatedRemoved {
    pub key: String,
    /// Activities (or, with --group, groups) removed.
    pub removed: u64,
    /// Ids (or group keys) the feed does not hold.
    pub missing: Vec<String>,
    /// Groups that went (their last activity left, or removed whole).
    pub removed_groups: Vec<String>,
    /// Groups that lost activities and stay.
    pub changed_groups: Vec<String>,
    #[serde(flatten)]
    pub counts: FeedCounts,
    pub dry_run: bool,
}

pub fn aggregated_remove(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &AggregatedRemove,
) -> Result<AggregatedRemoved> {
    let done = store.write(req.dry_run, |tx| match &req.what {
        AggregatedRemoval::Activities(ids) => face::remove(tx, actor.locks(), &req.key, ids),
        AggregatedRemoval::Groups(groups) => {
            face::remove_groups(tx, actor.locks(), &req.key, groups)
        }
    })?;
    Ok(AggregatedRemoved {
        key: req.key.clone(),
        removed: done.removed,
        missing: done.missing,
        removed_groups: done.removed_groups,
        changed_groups: done.changed_groups,
        counts: done.counts.into(),
        dry_run: req.dry_run,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AggregatedTrimmed {
    pub key: String,
    /// Groups that went.
    pub removed: u64,
    #[serde(flatten)]
    pub counts: FeedCounts,
    pub dry_run: bool,
}

/// `feed aggregated trim KEY LENGTH`: only the LENGTH highest-ranked groups stay.
pub fn aggregated_trim(
    store: &mut impl Transactions,
    actor: &Actor,
    key: &str,
    length: u64,
    dry_run: bool,
) -> Result<AggregatedTrimmed> {
    let (removed, counts) =
        store.write(dry_run, |tx| face::trim(tx, actor.locks(), key, length))?;
    Ok(AggregatedTrimmed {
        key: key.to_string(),
        removed,
        counts: counts.into(),
        dry_run,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AggregatedDeleted {
    pub key: String,
    pub deleted: bool,
    /// Groups the feed held.
    pub groups: u64,
    pub dry_run: bool,
}

/// `feed aggregated delete KEY`: a missing feed is no error (`deleted: false`).
pub fn aggregated_delete(
    store: &mut impl Transactions,
    actor: &Actor,
    key: &str,
    dry_run: bool,
) -> Result<AggregatedDeleted> {
    let groups = store.write(dry_run, |tx| face::delete(tx, actor.locks(), key))?;
    Ok(AggregatedDeleted {
        key: key.to_string(),
        deleted: groups.is_some(),
        groups: groups.unwrap_or(0),
        dry_run,
    })
}
