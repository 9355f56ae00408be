//! The storage primitives of aggregated feeds. A backend stores groups as the face hands them
//! over and keeps no rules: merging, ranking ties, trimming and the counts' arithmetic are in
//! `faces::feeds_aggregated`.

use super::feeds::FeedId;
use crate::error::Result;

/// One group of an aggregated feed (Stream Framework's `AggregatedActivity`).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRecord {
    /// The aggregator's group key, e.g. `3-2026-12-04` (verb 3, that day).
    pub group: String,
    pub created_us: i64,
    pub updated_us: i64,
    pub seen_us: Option<i64>,
    pub read_us: Option<i64>,
    /// Activities dropped from the front to keep the group short.
    pub minimized: u64,
    /// The ids of `activities`, in the same order (the backend indexes them).
    pub ids: Vec<FeedId>,
    /// The activities, a JSON array, oldest first.
    pub activities: String,
}

/// An aggregated feed's row: its aggregator and its maintained counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AggregatedInfo {
    pub aggregator: String,
    pub groups: u64,
    pub unseen: u64,
    pub unread: u64,
}

/// `check`: an aggregated feed whose maintained counts differ from its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountMismatch {
    pub key: String,
    /// (groups, unseen, unread) as kept.
    pub kept: (u64, u64, u64),
    /// (groups, unseen, unread) as the rows say.
    pub actual: (u64, u64, u64),
}

pub trait AggregatedFeedStorage {
    fn aggregated_feed(&mut self, key: &str) -> Result<Option<AggregatedInfo>>;
    /// Creates the feed (no groups) with its aggregator.
    fn create_aggregated_feed(&mut self, key: &str, aggregator: &str) -> Result<()>;
    /// Writes the maintained counts of an existing feed.
    fn set_aggregated_counts(
        &mut self,
        key: &str,
        groups: u64,
        unseen: u64,
        unread: u64,
    ) -> Result<()>;
    /// Removes the feed and its groups; false when there was none.
    fn delete_aggregated_feed(&mut self, key: &str) -> Result<bool>;
    fn group(&mut self, key: &str, group: &str) -> Result<Option<GroupRecord>>;
    /// The group holding activity `id`, if any.
    fn group_of(&mut self, key: &str, id: FeedId) -> Result<Option<String>>;
    /// Inserts or replaces a group (and its member index).
    fn put_group(&mut self, key: &str, group: &GroupRecord) -> Result<()>;
    fn remove_group(&mut self, key: &str, group: &str) -> Result<bool>;
    /// Groups by rank (`updated_us` descending, then group key descending), skipping `offset`,
    /// at most `limit`.
    fn groups(&mut self, key: &str, offset: u64, limit: Option<u64>) -> Result<Vec<GroupRecord>>;
    /// Every aggregated feed whose counts differ from its rows, by key.
    fn aggregated_audit(&mut self) -> Result<Vec<CountMismatch>>;
    /// Totals for `stats`: (feeds, groups).
    fn aggregated_totals(&mut self) -> Result<(u64, u64)>;
}
