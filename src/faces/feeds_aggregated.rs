//! Aggregated and notification feeds (Stream Framework 1.4.0's `AggregatedFeed` and
//! `NotificationFeed`): a feed's activities grouped by an aggregator's group key.
//!
//! Each group is Stream Framework's `AggregatedActivity`: its activities (oldest first, at most
//! `max_aggregated_activities_length`, the ones dropped from the front counted in
//! `minimized_activities`), `created_at`, `updated_at`, `seen_at` and `read_at`. Groups rank by
//! `updated_at`, newest first (ties by group key, so the order is total). A feed keeps at most
//! `max_length` groups, enforced on every write. A group is unseen (unread) while it has no
//! `seen_at` (`read_at`); a group that changes (an activity joins or leaves) becomes unseen and
//! unread again, as Stream Framework's notification feed re-marks a changed group.
//!
//! Where storectl differs from Stream Framework, and why:
//! - A new activity joins its group wherever that group ranks. Stream Framework merges only
//!   into the newest `merge_max_length` (20) groups and starts a second group with the same key
//!   past them; here a group key names one group (exact group ids).
//! - `max_length` is hard (every write trims), not a 1-in-100 random trim.
//! - `unseen_count` / `unread_count` are counts kept in the feed's row, not lists of group
//!   serialization ids capped at 100 (whose ids, `updated_at` to the second, collide).
//! - Seen and read are states of the group (a time or none), not `seen_at >= updated_at`,
//!   which activities timed in the future never satisfy.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::engine::feeds::FeedId;
use crate::engine::feeds_aggregated::{AggregatedInfo, GroupRecord};
use crate::engine::{FeedStorage, Transaction};
use crate::error::{Error, Fix, Result};
use crate::faces::feeds::{format_id, parse_activity, validate_key, Activity, ActivityView, Verbs};
use crate::faces::locks::{self, Actor};
use crate::input::Record;
use crate::timestamp::format_rfc3339;

// ---------------------------------------------------------------------------------------------
// Aggregators

/// How activities are grouped: Stream Framework's aggregator classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregator {
    /// `RecentVerbAggregator`, the default of `AggregatedFeed`: verb and day, `"{verb}-{date}"`.
    RecentVerb,
    /// `NotificationAggregator`, the default of `NotificationFeed`: verb, object and day,
    /// `"{verb}-{object}-{date}"`.
    Notification,
}

pub const AGGREGATOR_NAMES: &[&str] = &["recent_verb", "notification"];

impl Aggregator {
    pub fn parse(name: &str) -> Result<Aggregator> {
        match name {
            "recent_verb" => Ok(Aggregator::RecentVerb),
            "notification" => Ok(Aggregator::Notification),
            other => Err(
                Error::bad_input(format!("unknown aggregator {other:?}")).hint(format!(
                    "aggregators: {} (Stream Framework's RecentVerbAggregator and \
                 NotificationAggregator)",
                    AGGREGATOR_NAMES.join(", ")
                )),
            ),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Aggregator::RecentVerb => "recent_verb",
            Aggregator::Notification => "notification",
        }
    }

    /// The group key, as Stream Framework's `get_group` writes it: the verb id, (the object id,)
    /// and the activity's date in UTC (`datetime.date()` of its naive UTC time).
    pub fn group_of(self, activity: &Activity) -> String {
        let us = activity
            .time_us
            .or_else(|| activity.id.ms.checked_mul(1000))
            .unwrap_or(0);
        let date = jiff::Timestamp::from_microsecond(us)
            .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
            .unwrap_or_else(|_| "9999-12-31".into());
        match self {
            Aggregator::RecentVerb => format!("{}-{date}", activity.verb),
            Aggregator::Notification => format!("{}-{}-{date}", activity.verb, activity.object),
        }
    }
}

/// `max_length` (groups a feed keeps) and `max_aggregated_activities_length` (activities a
/// group keeps).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_length: u64,
    pub max_activities: u64,
}

// ---------------------------------------------------------------------------------------------
// Groups

/// One group as the face works with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub group: String,
    pub created_us: i64,
    pub updated_us: i64,
    pub seen_us: Option<i64>,
    pub read_us: Option<i64>,
    pub minimized: u64,
    /// Oldest first.
    pub activities: Vec<Activity>,
}

fn time_of(a: &Activity) -> i64 {
    a.time_us.unwrap_or_else(|| a.id.ms.saturating_mul(1000))
}

/// An activity as a group row stores it: every field, the time in microseconds.
fn stored(a: &Activity) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), Value::String(format_id(a.id)));
    m.insert("actor".into(), a.actor.into());
    m.insert("verb".into(), a.verb.into());
    m.insert("object".into(), a.object.into());
    m.insert("target".into(), a.target.map_or(Value::Null, Value::from));
    m.insert("time_us".into(), time_of(a).into());
    // Moved in, not through json!, which would rewrite numbers (1E5 as 1e+5).
    m.insert(
        "extra_context".into(),
        Value::Object(a.extra_context.clone()),
    );
    Value::Object(m)
}

fn from_stored(v: &Value) -> Result<Activity> {
    let bad = || Error::internal(format!("a stored group holds an unreadable activity: {v}"));
    let id = crate::faces::feeds::parse_id(v["id"].as_str().ok_or_else(bad)?)?;
    Ok(Activity {
        id,
        actor: v["actor"].as_i64().ok_or_else(bad)?,
        verb: v["verb"].as_u64().ok_or_else(bad)?,
        object: v["object"].as_u64().ok_or_else(bad)?,
        target: v["target"].as_i64(),
        time_us: Some(v["time_us"].as_i64().ok_or_else(bad)?),
        extra_context: match &v["extra_context"] {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        },
    })
}

impl Group {
    fn new(group: String, first: &Activity) -> Group {
        Group {
            group,
            created_us: time_of(first),
            updated_us: time_of(first),
            seen_us: None,
            read_us: None,
            minimized: 0,
            activities: Vec::new(),
        }
    }

    fn from_record(r: GroupRecord) -> Result<Group> {
        let list = match crate::exact_json::from_str(&r.activities) {
            Ok(Value::Array(list)) => list,
            _ => {
                return Err(Error::internal(format!(
                    "group {:?} stores no activity list",
                    r.group
                )))
            }
        };
        Ok(Group {
            group: r.group,
            created_us: r.created_us,
            updated_us: r.updated_us,
            seen_us: r.seen_us,
            read_us: r.read_us,
            minimized: r.minimized,
            activities: list.iter().map(from_stored).collect::<Result<_>>()?,
        })
    }

    fn record(&self) -> GroupRecord {
        GroupRecord {
            group: self.group.clone(),
            created_us: self.created_us,
            updated_us: self.updated_us,
            seen_us: self.seen_us,
            read_us: self.read_us,
            minimized: self.minimized,
            ids: self.activities.iter().map(|a| a.id).collect(),
            activities: Value::Array(self.activities.iter().map(stored).collect()).to_string(),
        }
    }

    fn contains(&self, id: FeedId) -> bool {
        self.activities.iter().any(|a| a.id == id)
    }

    /// `AggregatedActivity.append`: the activity joins; `updated_at` moves forward; the oldest
    /// activity goes past `max`.
    fn append(&mut self, activity: Activity, max: u64) {
        self.updated_us = self.updated_us.max(time_of(&activity));
        self.activities.push(activity);
        while self.activities.len() as u64 > max.max(1) {
            self.activities.remove(0);
            self.minimized += 1;
        }
    }

    /// (unseen, unread)
    fn state(&self) -> (bool, bool) {
        (self.seen_us.is_none(), self.read_us.is_none())
    }

    /// Stream Framework's `serialization_id` of an aggregated activity: `updated_at` in whole
    /// seconds, times 1000.
    pub fn serialization_id(&self) -> String {
        (self.updated_us.div_euclid(1_000_000) * 1000).to_string()
    }

    pub fn view(&self, verbs: &Verbs) -> GroupView {
        let mut actors: Vec<i64> = Vec::new();
        for a in &self.activities {
            if !actors.contains(&a.actor) {
                actors.push(a.actor);
            }
        }
        GroupView {
            group: self.group.clone(),
            serialization_id: self.serialization_id(),
            created_at: format_rfc3339(self.created_us),
            updated_at: format_rfc3339(self.updated_us),
            seen_at: self.seen_us.map(format_rfc3339),
            read_at: self.read_us.map(format_rfc3339),
            is_seen: self.seen_us.is_some(),
            is_read: self.read_us.is_some(),
            activity_count: self.activities.len() as u64 + self.minimized,
            actor_count: actors.len() as u64 + self.minimized,
            minimized_activities: self.minimized,
            activities: self.activities.iter().map(|a| a.view(verbs)).collect(),
        }
    }
}

/// A group as `feed aggregated slice` shows it, in the field order of its JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupView {
    pub group: String,
    pub serialization_id: String,
    pub created_at: String,
    pub updated_at: String,
    pub seen_at: Option<String>,
    pub read_at: Option<String>,
    pub is_seen: bool,
    pub is_read: bool,
    /// Stream Framework's `activity_count`: the activities kept plus the minimized ones.
    pub activity_count: u64,
    /// Stream Framework's `actor_count`: distinct actors kept plus the minimized activities.
    pub actor_count: u64,
    pub minimized_activities: u64,
    pub activities: Vec<ActivityView>,
}

impl GroupView {
    /// As JSON, the activities' numbers exactly as stored.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("group".into(), self.group.clone().into());
        m.insert(
            "serialization_id".into(),
            self.serialization_id.clone().into(),
        );
        m.insert("created_at".into(), self.created_at.clone().into());
        m.insert("updated_at".into(), self.updated_at.clone().into());
        m.insert("seen_at".into(), self.seen_at.clone().into());
        m.insert("read_at".into(), self.read_at.clone().into());
        m.insert("is_seen".into(), self.is_seen.into());
        m.insert("is_read".into(), self.is_read.into());
        m.insert("activity_count".into(), self.activity_count.into());
        m.insert("actor_count".into(), self.actor_count.into());
        m.insert(
            "minimized_activities".into(),
            self.minimized_activities.into(),
        );
        m.insert(
            "activities".into(),
            Value::Array(self.activities.iter().map(ActivityView::to_json).collect()),
        );
        Value::Object(m)
    }
}

// ---------------------------------------------------------------------------------------------
// Counts

/// A feed's maintained counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub groups: u64,
    pub unseen: u64,
    pub unread: u64,
}

impl Counts {
    fn of(info: &AggregatedInfo) -> Counts {
        Counts {
            groups: info.groups,
            unseen: info.unseen,
            unread: info.unread,
        }
    }

    /// A group went from `before` to `after` ((unseen, unread); `None`: absent).
    fn change(&mut self, before: Option<(bool, bool)>, after: Option<(bool, bool)>) {
        let weigh = |s: Option<(bool, bool)>| match s {
            None => (0i64, 0i64, 0i64),
            Some((unseen, unread)) => (1, unseen as i64, unread as i64),
        };
        let (g0, s0, r0) = weigh(before);
        let (g1, s1, r1) = weigh(after);
        let step = |n: u64, d: i64| (n as i64 + d).max(0) as u64;
        self.groups = step(self.groups, g1 - g0);
        self.unseen = step(self.unseen, s1 - s0);
        self.unread = step(self.unread, r1 - r0);
    }

    fn save(&self, store: &mut dyn FeedStorage, key: &str) -> Result<()> {
        store.set_aggregated_counts(key, self.groups, self.unseen, self.unread)
    }
}

// ---------------------------------------------------------------------------------------------
// Changing a feed

/// Checks the feed lock of `key` and opens feed storage.
fn begin<'t>(
    tx: &'t mut dyn Transaction,
    actor: Actor,
    key: &str,
) -> Result<&'t mut dyn FeedStorage> {
    validate_key(key)?;
    locks::ensure_unlocked(tx, "feed", &[key], actor.user, actor.now_us)?;
    tx.feeds()
}

/// The feed's row, made with `aggregator` (else `default`) when there is none; a feed made
/// with another aggregator than the one asked for is a conflict (its groups would mix keys).
fn open_feed(
    store: &mut dyn FeedStorage,
    key: &str,
    asked: Option<Aggregator>,
    default: Aggregator,
) -> Result<(Aggregator, Counts)> {
    match store.aggregated_feed(key)? {
        Some(info) => {
            let has = Aggregator::parse(&info.aggregator)?;
            if let Some(asked) = asked.filter(|a| *a != has) {
                return Err(Error::conflict(format!(
                    "aggregated feed {key:?} groups by {}, not {}",
                    has.name(),
                    asked.name()
                ))
                .hint(Fix::KeepFeedAggregator {
                    feed: key.to_string(),
                }));
            }
            Ok((has, Counts::of(&info)))
        }
        None => {
            let aggregator = asked.unwrap_or(default);
            store.create_aggregated_feed(key, aggregator.name())?;
            Ok((aggregator, Counts::default()))
        }
    }
}

/// Removes the groups ranked past `max_length`; returns how many went.
fn enforce_max_length(
    store: &mut dyn FeedStorage,
    key: &str,
    counts: &mut Counts,
    max_length: u64,
) -> Result<u64> {
    if counts.groups <= max_length {
        return Ok(0);
    }
    let past = store.groups(key, max_length, None)?;
    for r in &past {
        store.remove_group(key, &r.group)?;
        counts.change(Some((r.seen_us.is_none(), r.read_us.is_none())), None);
    }
    Ok(past.len() as u64)
}

/// What `add` did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Added {
    pub aggregator: Option<Aggregator>,
    /// Activities that joined a group.
    pub added: u64,
    /// Activities the feed held already.
    pub duplicates: u64,
    pub new_groups: Vec<String>,
    pub changed_groups: Vec<String>,
    /// Groups `max_length` removed.
    pub trimmed: u64,
    pub counts: Counts,
}

/// `AggregatedFeed.add_many`: each activity joins its group (made if needed); duplicates are
/// skipped; `max_length` trims. In the order Stream Framework merges them: by id, ascending.
pub fn add(
    tx: &mut dyn Transaction,
    actor: Actor,
    key: &str,
    aggregator: Option<Aggregator>,
    default: Aggregator,
    activities: &[Activity],
    limits: Limits,
) -> Result<Added> {
    let store = begin(tx, actor, key)?;
    let (aggregator, mut counts) = open_feed(store, key, aggregator, default)?;
    let mut sorted: Vec<&Activity> = activities.iter().collect();
    sorted.sort_by_key(|a| a.id);
    // The batch by group, groups in the order their first activity came.
    let mut order: Vec<String> = Vec::new();
    let mut by_group: HashMap<String, Vec<&Activity>> = HashMap::new();
    for a in sorted {
        let g = aggregator.group_of(a);
        by_group
            .entry(g.clone())
            .or_insert_with(|| {
                order.push(g);
                Vec::new()
            })
            .push(a);
    }
    let mut done = Added {
        aggregator: Some(aggregator),
        ..Added::default()
    };
    for name in order {
        let batch = &by_group[&name];
        let existing = store
            .group(key, &name)?
            .map(Group::from_record)
            .transpose()?;
        let before = existing.as_ref().map(Group::state);
        let mut group = existing.unwrap_or_else(|| Group::new(name.clone(), batch[0]));
        let mut joined = 0;
        for a in batch {
            // Held by this group, or (after a `put` of other groups) by another one.
            if group.contains(a.id) || store.group_of(key, a.id)?.is_some() {
                done.duplicates += 1;
                continue;
            }
            group.append((*a).clone(), limits.max_activities);
            joined += 1;
        }
        if joined == 0 {
            continue;
        }
        done.added += joined;
        group.seen_us = None;
        group.read_us = None;
        store.put_group(key, &group.record())?;
        counts.change(before, Some(group.state()));
        if before.is_some() {
            done.changed_groups.push(name);
        } else {
            done.new_groups.push(name);
        }
    }
    done.trimmed = enforce_max_length(store, key, &mut counts, limits.max_length)?;
    counts.save(store, key)?;
    done.counts = counts;
    Ok(done)
}

/// One group of `put` input: Stream Framework's `add_many_aggregated` writes groups whole.
#[derive(Debug, Clone)]
pub struct GroupInput {
    pub group: Group,
}

/// Parses one `put` record: `{"group", "activities": [...], "created_at"?, "updated_at"?,
/// "seen_at"?, "read_at"?, "minimized_activities"?}`. Times default to the activities' first
/// and last; an activity is a `feed add-many` record.
pub fn parse_group(record: &Record, verbs: &Verbs, now_us: i64) -> Result<GroupInput> {
    let value: Value = crate::exact_json::from_str(&record.text)
        .map_err(|e| record.error(format!("not JSON: {e}")))?;
    let Value::Object(map) = value else {
        return Err(record.error("a group must be a JSON object"));
    };
    for field in map.keys() {
        if ![
            "group",
            "activities",
            "created_at",
            "updated_at",
            "seen_at",
            "read_at",
            "minimized_activities",
        ]
        .contains(&field.as_str())
        {
            return Err(record.error(format!("unknown field {field:?}")));
        }
    }
    let name = match map.get("group") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        _ => return Err(record.error("missing field \"group\" (a non-empty string)")),
    };
    let Some(Value::Array(list)) = map.get("activities") else {
        return Err(record.error("missing field \"activities\" (a non-empty array)"));
    };
    if list.is_empty() {
        return Err(record.error(format!("group {name:?} has no activities")));
    }
    let mut activities = Vec::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        let inner = Record {
            number: record.number,
            line: record.line,
            text: item.to_string(),
        };
        let a = parse_activity(&inner, verbs, now_us)
            .map_err(|e| record.error(format!("activity {}: {}", i + 1, e.message())))?;
        if activities.iter().any(|b: &Activity| b.id == a.id) {
            return Err(record.error(format!(
                "group {name:?} holds activity {} twice",
                format_id(a.id)
            )));
        }
        activities.push(a);
    }
    let time = |field: &str| -> Result<Option<i64>> {
        match map.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => crate::faces::feeds::parse_time_us(s)
                .map(Some)
                .map_err(|e| record.error(format!("{field}: {}", e.message()))),
            Some(other) => Err(record.error(format!(
                "{field} must be an RFC 3339 time or null, got {other}"
            ))),
        }
    };
    let first = activities.iter().map(time_of).min().unwrap_or(now_us);
    let last = activities.iter().map(time_of).max().unwrap_or(now_us);
    let minimized = match map.get("minimized_activities") {
        None | Some(Value::Null) => 0,
        Some(v) => v.as_u64().ok_or_else(|| {
            record.error(format!(
                "minimized_activities must be a non-negative integer, got {v}"
            ))
        })?,
    };
    Ok(GroupInput {
        group: Group {
            group: name,
            created_us: time("created_at")?.unwrap_or(first),
            updated_us: time("updated_at")?.unwrap_or(last),
            seen_us: time("seen_at")?,
            read_us: time("read_at")?,
            minimized,
            activities,
        },
    })
}

/// `add_many_aggregated`: writes groups whole (replacing a group of the same key), then trims
/// to `max_length`. An activity another group holds is a conflict.
pub fn put(
    tx: &mut dyn Transaction,
    actor: Actor,
    key: &str,
    aggregator: Option<Aggregator>,
    default: Aggregator,
    groups: &[GroupInput],
    limits: Limits,
) -> Result<Added> {
    let store = begin(tx, actor, key)?;
    let (aggregator, mut counts) = open_feed(store, key, aggregator, default)?;
    let mut done = Added {
        aggregator: Some(aggregator),
        ..Added::default()
    };
    for input in groups {
        let g = &input.group;
        for a in &g.activities {
            if let Some(other) = store.group_of(key, a.id)?.filter(|o| *o != g.group) {
                return Err(Error::conflict(format!(
                    "activity {} is in group {other:?} of aggregated feed {key:?}, not in {:?}",
                    format_id(a.id),
                    g.group
                ))
                .hint("remove it from its group first"));
            }
        }
        let before = store
            .group(key, &g.group)?
            .map(|r| (r.seen_us.is_none(), r.read_us.is_none()));
        store.put_group(key, &g.record())?;
        counts.change(before, Some(g.state()));
        done.added += g.activities.len() as u64;
        if before.is_some() {
            done.changed_groups.push(g.group.clone());
        } else {
            done.new_groups.push(g.group.clone());
        }
    }
    done.trimmed = enforce_max_length(store, key, &mut counts, limits.max_length)?;
    counts.save(store, key)?;
    done.counts = counts;
    Ok(done)
}

/// What `remove` did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Removed {
    /// Activities (or, for `remove_groups`, groups) removed.
    pub removed: u64,
    /// Ids (or group keys) the feed does not hold.
    pub missing: Vec<String>,
    /// Groups that lost their last activity (or were removed whole).
    pub removed_groups: Vec<String>,
    /// Groups that lost some activities.
    pub changed_groups: Vec<String>,
    pub counts: Counts,
}

/// `AggregatedFeed.remove_many`: each activity leaves its group; a group left empty goes;
/// a group that changes takes its last activity's time as `updated_at` and becomes unseen and
/// unread. Ids the feed does not hold are reported, not an error.
pub fn remove(
    tx: &mut dyn Transaction,
    actor: Actor,
    key: &str,
    ids: &[FeedId],
) -> Result<Removed> {
    let store = begin(tx, actor, key)?;
    let mut done = Removed::default();
    let Some(info) = store.aggregated_feed(key)? else {
        done.missing = ids.iter().map(|id| format_id(*id)).collect();
        return Ok(done);
    };
    let mut counts = Counts::of(&info);
    for id in ids {
        let Some(name) = store.group_of(key, *id)? else {
            done.missing.push(format_id(*id));
            continue;
        };
        let Some(record) = store.group(key, &name)? else {
            done.missing.push(format_id(*id));
            continue;
        };
        let mut group = Group::from_record(record)?;
        let before = Some(group.state());
        group.activities.retain(|a| a.id != *id);
        done.removed += 1;
        if group.activities.is_empty() {
            store.remove_group(key, &name)?;
            counts.change(before, None);
            done.changed_groups.retain(|g| *g != name);
            done.removed_groups.push(name);
            continue;
        }
        // As `AggregatedActivity.remove`: the last activity's time, one fewer minimized.
        group.updated_us = group.activities.last().map_or(group.updated_us, time_of);
        group.minimized = group.minimized.saturating_sub(1);
        group.seen_us = None;
        group.read_us = None;
        store.put_group(key, &group.record())?;
        counts.change(before, Some(group.state()));
        if !done.changed_groups.contains(&name) {
            done.changed_groups.push(name);
        }
    }
    counts.save(store, key)?;
    done.counts = counts;
    Ok(done)
}

/// `remove_many_aggregated`: whole groups go; keys the feed does not hold are reported.
pub fn remove_groups(
    tx: &mut dyn Transaction,
    actor: Actor,
    key: &str,
    groups: &[String],
) -> Result<Removed> {
    let store = begin(tx, actor, key)?;
    let mut done = Removed::default();
    let Some(info) = store.aggregated_feed(key)? else {
        done.missing = groups.to_vec();
        return Ok(done);
    };
    let mut counts = Counts::of(&info);
    for name in groups {
        match store.group(key, name)? {
            Some(r) => {
                store.remove_group(key, name)?;
                counts.change(Some((r.seen_us.is_none(), r.read_us.is_none())), None);
                done.removed += 1;
                done.removed_groups.push(name.clone());
            }
            None => done.missing.push(name.clone()),
        }
    }
    counts.save(store, key)?;
    done.counts = counts;
    Ok(done)
}

/// Which groups `mark` changes.
#[derive(Debug, Clone)]
pub enum Marked {
    All,
    Groups(Vec<String>),
}

/// What `mark` sets: `Some(true)` marks (now), `Some(false)` unmarks, `None` leaves it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks {
    pub seen: Option<bool>,
    pub read: Option<bool>,
}

/// `mark_activities` / `mark_all`: sets or clears `seen_at` and `read_at`. A named group the
/// feed does not hold is not found (nothing is marked).
pub fn mark(
    tx: &mut dyn Transaction,
    actor: Actor,
    key: &str,
    which: &Marked,
    marks: Marks,
) -> Result<(u64, Counts)> {
    let now = actor.now_us;
    let store = begin(tx, actor, key)?;
    let Some(info) = store.aggregated_feed(key)? else {
        return match which {
            Marked::All => Ok((0, Counts::default())),
            Marked::Groups(_) => Err(feed_not_found(key)),
        };
    };
    let mut counts = Counts::of(&info);
    let records = match which {
        Marked::All => store.groups(key, 0, None)?,
        Marked::Groups(names) => {
            let mut found = Vec::with_capacity(names.len());
            for name in names {
                found.push(store.group(key, name)?.ok_or_else(|| {
                    Error::not_found(format!("aggregated feed {key:?} has no group {name:?}")).hint(
                        Fix::ListGroups {
                            feed: key.to_string(),
                        },
                    )
                })?);
            }
            found
        }
    };
    let set = |current: Option<i64>, to: Option<bool>| match to {
        Some(true) => current.or(Some(now)),
        Some(false) => None,
        None => current,
    };
    let mut changed = 0;
    for r in records {
        let before = (r.seen_us.is_none(), r.read_us.is_none());
        let seen_us = set(r.seen_us, marks.seen);
        let read_us = set(r.read_us, marks.read);
        if (seen_us, read_us) == (r.seen_us, r.read_us) {
            continue;
        }
        let mut group = Group::from_record(r)?;
        group.seen_us = seen_us;
        group.read_us = read_us;
        store.put_group(key, &group.record())?;
        counts.change(Some(before), Some(group.state()));
        changed += 1;
    }
    counts.save(store, key)?;
    Ok((changed, counts))
}

fn feed_not_found(key: &str) -> Error {
    Error::not_found(format!("aggregated feed {key:?} not found"))
        .hint(Fix::AddToMakeAggregatedFeed)
}

/// `trim`: only the `keep` highest-ranked groups stay; returns how many went.
pub fn trim(tx: &mut dyn Transaction, actor: Actor, key: &str, keep: u64) -> Result<(u64, Counts)> {
    let store = begin(tx, actor, key)?;
    let Some(info) = store.aggregated_feed(key)? else {
        return Ok((0, Counts::default()));
    };
    let mut counts = Counts::of(&info);
    let trimmed = enforce_max_length(store, key, &mut counts, keep)?;
    counts.save(store, key)?;
    Ok((trimmed, counts))
}

/// `delete`: the feed and its groups; `None` when there was none.
pub fn delete(tx: &mut dyn Transaction, actor: Actor, key: &str) -> Result<Option<u64>> {
    let store = begin(tx, actor, key)?;
    let Some(info) = store.aggregated_feed(key)? else {
        return Ok(None);
    };
    store.delete_aggregated_feed(key)?;
    Ok(Some(info.groups))
}

// ---------------------------------------------------------------------------------------------
// Reading

/// The feed's aggregator and counts; `None` when there is no such feed.
pub fn info(store: &mut dyn FeedStorage, key: &str) -> Result<Option<(Aggregator, Counts)>> {
    match store.aggregated_feed(key)? {
        Some(info) => Ok(Some((
            Aggregator::parse(&info.aggregator)?,
            Counts::of(&info),
        ))),
        None => Ok(None),
    }
}

/// Groups by rank with Python slice bounds (`None` open; negative from the end).
pub fn slice(
    store: &mut dyn FeedStorage,
    key: &str,
    start: Option<i64>,
    stop: Option<i64>,
) -> Result<Vec<Group>> {
    let len = store.aggregated_feed(key)?.map_or(0, |i| i.groups) as i64;
    let resolve = |b: i64| if b < 0 { (len + b).max(0) } else { b };
    let start = start.map_or(0, resolve);
    let stop = stop.map(resolve);
    if stop.is_some_and(|s| start >= s) {
        return Ok(Vec::new());
    }
    store
        .groups(key, start as u64, stop.map(|s| (s - start) as u64))?
        .into_iter()
        .map(Group::from_record)
        .collect()
}

/// `check`: aggregated feeds whose maintained counts are out of step with their groups.
pub fn check(store: &mut dyn FeedStorage) -> Result<Vec<String>> {
    Ok(store
        .aggregated_audit()?
        .into_iter()
        .map(|m| {
            format!(
                "feeds: aggregated feed {:?} records {} groups, {} unseen, {} unread but holds \
                 {}, {}, {}",
                m.key, m.kept.0, m.kept.1, m.kept.2, m.actual.0, m.actual.1, m.actual.2
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(verb: u64, object: u64, time: &str) -> Activity {
        let us = crate::faces::feeds::parse_time_us(time).unwrap();
        Activity::new(1, verb, object, None, us, Map::new()).unwrap()
    }

    #[test]
    fn group_keys_are_stream_frameworks() {
        let a = activity(3, 42, "2026-12-04T23:59:59.999999Z");
        assert_eq!(Aggregator::RecentVerb.group_of(&a), "3-2026-12-04");
        assert_eq!(Aggregator::Notification.group_of(&a), "3-42-2026-12-04");
    }

    #[test]
    fn a_group_keeps_its_newest_activities_and_counts_the_rest() {
        let first = activity(3, 1, "2026-12-04T10:00:00Z");
        let mut g = Group::new("3-2026-12-04".into(), &first);
        for o in 1..=4 {
            g.append(activity(3, o, &format!("2026-12-04T1{o}:00:00Z")), 3);
        }
        assert_eq!(g.activities.len(), 3);
        assert_eq!(g.minimized, 1);
        assert_eq!(g.activities[0].object, 2);
        assert_eq!(g.created_us, time_of(&first));
        // int(datetime_to_epoch(datetime(2026, 12, 4, 14))) * 1000, as Python computes it.
        assert_eq!(g.serialization_id(), "1796392800000");
    }

    #[test]
    fn counts_follow_each_change() {
        let mut c = Counts::default();
        c.change(None, Some((true, true)));
        c.change(None, Some((true, true)));
        c.change(Some((true, true)), Some((false, true)));
        assert_eq!(
            c,
            Counts {
                groups: 2,
                unseen: 1,
                unread: 2
            }
        );
        c.change(Some((false, true)), None);
        assert_eq!(
            c,
            Counts {
                groups: 1,
                unseen: 1,
                unread: 1
            }
        );
    }
}
