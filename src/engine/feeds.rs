//! The storage primitives the feeds face needs. Ids cross this interface as [`FeedId`]; the
//! rules (id computation, slice semantics, caps, verbs) are in `faces::feeds`.

use crate::error::Result;

/// An activity id: `epoch_ms` followed by the 13 digits of `object * 1000 + verb`, or any other
/// non-negative integer (an application's own `serialization_id`) split the same way: `ms` is
/// the id divided by 10^13, `tail` the remainder, so (ms, tail) orders as the integer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FeedId {
    pub ms: i64,
    /// `object * 1000 + verb`, below 10^13.
    pub tail: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRecord {
    pub id: FeedId,
    pub actor: i64,
    pub target: Option<i64>,
    /// A JSON object, as compact text.
    pub extra_context: String,
    /// The activity's own verb, object and time (epoch microseconds); `None` in records stored
    /// before schema version 7, whose id is of the default form and says them (time to the ms).
    pub verb: Option<u64>,
    pub object: Option<u64>,
    pub time_us: Option<i64>,
}

/// Bounds on ids, each inclusive or exclusive.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdRange {
    pub above: Option<(FeedId, bool)>,
    pub below: Option<(FeedId, bool)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    NewestFirst,
    OldestFirst,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineInfo {
    pub key: String,
    pub entries: u64,
}

/// Totals and problems for `stats` and `check`.
#[derive(Debug, Default)]
pub struct FeedAudit {
    pub timelines: u64,
    pub entries: u64,
    pub activities: u64,
    /// (key, maintained count, actual entries) where they differ.
    pub count_mismatches: Vec<(String, u64, u64)>,
    /// Activities no timeline references.
    pub unreferenced: u64,
}

/// Aggregated feeds are part of feed storage: every feed backend stores both.
pub trait FeedStorage: super::feeds_aggregated::AggregatedFeedStorage {
    /// Inserts or overwrites activities (the later write wins); returns how many were new.
    fn put_activities(&mut self, activities: &[ActivityRecord]) -> Result<u64>;
    fn activity(&mut self, id: FeedId) -> Result<Option<ActivityRecord>>;
    /// Removes activities; returns how many existed.
    fn remove_activities(&mut self, ids: &[FeedId]) -> Result<u64>;

    /// The timeline's entry count, in constant time; `None` when it does not exist.
    fn timeline_count(&mut self, key: &str) -> Result<Option<u64>>;
    /// Adds ids to a timeline (created if needed); ids already there stay. Returns how many
    /// were new.
    fn add_entries(&mut self, key: &str, ids: &[FeedId]) -> Result<u64>;
    /// Entries in a range and order, skipping `offset`, at most `limit`, with their activities
    /// (`None` for a dangling id).
    fn entries(
        &mut self,
        key: &str,
        range: IdRange,
        order: Order,
        offset: u64,
        limit: Option<u64>,
    ) -> Result<Vec<(FeedId, Option<ActivityRecord>)>>;
    /// Entries in a range (an index-only count).
    fn count_in_range(&mut self, key: &str, range: IdRange) -> Result<u64>;
    fn contains(&mut self, key: &str, id: FeedId) -> Result<bool>;
    /// Removes the given ids; returns how many were there.
    fn remove_entries(&mut self, key: &str, ids: &[FeedId]) -> Result<u64>;
    /// Keeps the `keep` largest ids (one range delete); returns how many went.
    fn trim(&mut self, key: &str, keep: u64) -> Result<u64>;
    fn delete_timeline(&mut self, key: &str) -> Result<bool>;
    fn timelines(
        &mut self,
        prefix: &str,
        f: &mut dyn FnMut(TimelineInfo) -> Result<()>,
    ) -> Result<()>;
    /// Copies the newest `limit` ids of `source` into `follower`; returns how many were new.
    fn copy_newest(&mut self, source: &str, follower: &str, limit: u64) -> Result<u64>;
    /// Removes the entries whose activity's actor is one of `actors`; returns how many.
    fn remove_entries_by_actor(&mut self, key: &str, actors: &[i64]) -> Result<u64>;
    /// Removes activities no timeline references; returns how many.
    fn collect_garbage(&mut self) -> Result<u64>;
    /// Removes every timeline and activity; returns (timelines, activities).
    fn flush(&mut self) -> Result<(u64, u64)>;
    /// Removes every activity, leaving the timelines (their ids dangle); returns how many.
    fn flush_activities(&mut self) -> Result<u64>;
    /// Activity storage by id, ascending, starting above `after`, at most `limit`.
    fn activities(
        &mut self,
        after: Option<FeedId>,
        limit: Option<u64>,
        f: &mut dyn FnMut(ActivityRecord) -> Result<()>,
    ) -> Result<()>;
    fn feed_audit(&mut self) -> Result<FeedAudit>;
}
