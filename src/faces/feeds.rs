//! Feeds face (seed 003, Stream Framework storage): activities with exact 26-digit ids and
//! per-key timelines sorted newest first.
//!
//! The id is Stream Framework's `serialization_id`: `epoch_ms`, then `object` zero-padded to 10
//! digits, then `verb` to 3. It is handled as an exact integer split into (ms, tail); the Redis
//! backend's float scores (Stream Framework issue #66) are the bug this avoids. An application's
//! own activity class may make other ids (any non-negative integer): an activity keeps its own
//! verb, object and time (to the microsecond), so nothing is read back from the id.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::engine::feeds::{ActivityRecord, FeedId, FeedStorage, IdRange, Order, TimelineInfo};
use crate::engine::items::LockRecord;
use crate::engine::Transaction;
use crate::error::{Error, Fix, Result};
use crate::faces::locks::{self, Actor};
use crate::input::{Record, RecordReader, Tally};
use crate::timestamp::{format_rfc3339, parse_rfc3339};

/// Objects are below 10^10 (10 digits in the id); verbs below 1000 (3 digits).
pub const OBJECT_LIMIT: u64 = 10_000_000_000;
pub const VERB_LIMIT: u64 = 1000;
const TAIL_LIMIT: i64 = 10_000_000_000_000;
pub const BUILTIN_VERBS: &[(&str, u64)] = &[("follow", 1), ("comment", 2), ("love", 3), ("add", 4)];

// ---------------------------------------------------------------------------------------------
// Ids

pub fn id_for(ms: i64, object: u64, verb: u64) -> FeedId {
    FeedId {
        ms,
        tail: (object * VERB_LIMIT + verb) as i64,
    }
}

/// The decimal id, exactly as Stream Framework prints it (an id below 10^13 without zeros in
/// front: a custom id such as 12345 is not `0000000012345`).
pub fn format_id(id: FeedId) -> String {
    if id.ms == 0 {
        id.tail.to_string()
    } else {
        format!("{}{:013}", id.ms, id.tail)
    }
}

/// Parses an id given as a decimal string (or JSON integer) of any length up to what a
/// millisecond time allows.
pub fn parse_id(text: &str) -> Result<FeedId> {
    let t = text.trim();
    let bad = || {
        Error::bad_input(format!("{text:?} is not an activity id")).hint(
            "an id is a non-negative integer: by default the decimal epoch_ms followed by 10 \
             digits of object and 3 of verb, e.g. 15778800010000000000001003",
        )
    };
    if t.is_empty() || t.len() > 32 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let value: u128 = t.parse().map_err(|_| bad())?;
    let ms = value / TAIL_LIMIT as u128;
    if ms > i64::MAX as u128 {
        return Err(bad());
    }
    Ok(FeedId {
        ms: ms as i64,
        tail: (value % TAIL_LIMIT as u128) as i64,
    })
}

fn id_from_json(value: &Value) -> Result<FeedId> {
    match value {
        Value::String(s) => parse_id(s),
        Value::Number(n) => parse_id(&n.to_string()),
        other => Err(Error::bad_input(format!(
            "an id must be a string or an integer, got {other}"
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Verbs and caps (from configuration)

/// Verb names: the built-ins plus `[feeds.verbs]`.
#[derive(Debug, Clone)]
pub struct Verbs {
    names: Vec<(String, u64)>,
}

impl Verbs {
    pub fn new(configured: &[(String, u64)]) -> Result<Verbs> {
        let mut names: Vec<(String, u64)> = BUILTIN_VERBS
            .iter()
            .map(|(n, v)| (n.to_string(), *v))
            .collect();
        for (name, id) in configured {
            if *id >= VERB_LIMIT {
                return Err(Error::config(format!(
                    "[feeds.verbs] {name} = {id}: verb ids must be below {VERB_LIMIT}"
                )));
            }
            if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::config(format!(
                    "[feeds.verbs]: {name:?} is not a usable verb name"
                )));
            }
            names.retain(|(n, _)| n != name);
            names.push((name.clone(), *id));
        }
        Ok(Verbs { names })
    }

    /// A verb id, or a name of one.
    pub fn parse(&self, text: &str) -> Result<u64> {
        let t = text.trim();
        if let Ok(id) = t.parse::<u64>() {
            return check_verb(id);
        }
        if t.starts_with('-') && t[1..].bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::bad_input(format!(
                "verb {t} is negative; verb ids are 0 to 999"
            )));
        }
        self.names
            .iter()
            .find(|(n, _)| n == t)
            .map(|(_, id)| *id)
            .ok_or_else(|| {
                Error::bad_input(format!("unknown verb {t:?}")).hint(format!(
                    "use a verb id (0 to 999) or one of: {}; more names go in [feeds.verbs]",
                    self.names
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })
    }

    fn parse_json(&self, value: &Value) -> Result<u64> {
        match value {
            Value::String(s) => self.parse(s),
            Value::Number(n) => self.parse(&n.to_string()),
            other => Err(Error::bad_input(format!(
                "verb must be an id or a name, got {other}"
            ))),
        }
    }

    pub fn name_of(&self, id: u64) -> Option<&str> {
        self.names
            .iter()
            .rev()
            .find(|(_, v)| *v == id)
            .map(|(n, _)| n.as_str())
    }
}

fn check_verb(id: u64) -> Result<u64> {
    if id >= VERB_LIMIT {
        return Err(Error::bad_input(format!(
            "verb {id} is not below {VERB_LIMIT}: the id has 3 digits for it"
        )));
    }
    Ok(id)
}

fn check_object(object: u64) -> Result<u64> {
    if object >= OBJECT_LIMIT {
        return Err(Error::bad_input(format!(
            "object {object} is not below 10^10: the id has 10 digits for it"
        )));
    }
    Ok(object)
}

/// `[feeds] max_length` and `[feeds.max_length_by_prefix]`: the longest matching prefix wins.
#[derive(Debug, Clone, Default)]
pub struct Caps {
    pub default: Option<u64>,
    pub by_prefix: Vec<(String, u64)>,
}

impl Caps {
    pub fn for_key(&self, key: &str) -> Option<u64> {
        self.by_prefix
            .iter()
            .filter(|(p, _)| key.starts_with(p.as_str()))
            .max_by_key(|(p, _)| p.len())
            .map(|(_, n)| *n)
            .or(self.default)
    }
}

/// Trims a timeline to its cap; part of every insert.
fn enforce_cap(store: &mut dyn FeedStorage, caps: &Caps, key: &str) -> Result<u64> {
    match caps.for_key(key) {
        Some(cap) if store.timeline_count(key)?.unwrap_or(0) > cap => store.trim(key, cap),
        _ => Ok(0),
    }
}

pub fn validate_key(key: &str) -> Result<()> {
    if key.is_empty() {
        return Err(Error::bad_input("empty feed key"));
    }
    if let Some(c) = key.chars().find(|c| c.is_control()) {
        return Err(Error::bad_input(format!(
            "feed key {key:?} contains the control character U+{:04X}",
            c as u32
        )));
    }
    Ok(())
}

fn timeline_not_found(key: &str) -> Error {
    Error::not_found(format!("feed {key:?} not found")).hint(Fix::ListFeeds)
}

// ---------------------------------------------------------------------------------------------
// Locks

/// The lock check of the feeds face: every changing function takes the transaction and reaches
/// feed storage only through [`Change::begin`] (or [`Change::everything`]).
///
/// A `feed:KEY` lock keeps KEY's timeline as its owner sees it: its entries, and the activities
/// they show. So a change stops (exit 75) when another owner's unexpired lock is on a timeline
/// it writes, or on a timeline that holds an activity it writes or removes (activity storage is
/// shared by every timeline: `activity add` overwrites what a locked feed shows, `activity
/// remove` leaves it a dangling id). `feed gc` removes only activities no timeline holds, so no
/// lock stops it; `feed flush` removes everything, so any other owner's feed lock stops it.
struct Change {
    /// Other owners' unexpired feed locks, on timelines the change does not write.
    others: Vec<LockRecord>,
}

impl Change {
    /// Checks the timelines a change writes, and notes the other locks its activities are
    /// checked against.
    fn begin<'t>(
        tx: &'t mut dyn Transaction,
        actor: Actor,
        timelines: &[&str],
    ) -> Result<(Change, &'t mut dyn FeedStorage)> {
        locks::ensure_unlocked(tx, "feed", timelines, actor.user, actor.now_us)?;
        let others = locks::held_by_others(tx, "feed", actor.user, actor.now_us)?;
        Ok((Change { others }, tx.feeds()?))
    }

    /// For a change of every timeline and activity: any other owner's feed lock stops it.
    fn everything<'t>(
        tx: &'t mut dyn Transaction,
        actor: Actor,
    ) -> Result<&'t mut dyn FeedStorage> {
        locks::ensure_kind_free(tx, "feed", actor.user, actor.now_us)?;
        tx.feeds()
    }

    /// Exit 75 when a timeline another owner locked holds one of `ids`, which the change writes
    /// or removes in activity storage.
    fn activities(&self, store: &mut dyn FeedStorage, ids: &[FeedId]) -> Result<()> {
        for lock in &self.others {
            let key = lock.resource.split_once(':').map_or("", |(_, k)| k);
            for id in ids {
                if store.contains(key, *id)? {
                    return Err(locks::stopped_by(
                        lock,
                        &format!("its timeline holds activity {}", format_id(*id)),
                    ));
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Activities

/// An activity as the face sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: FeedId,
    pub actor: i64,
    pub verb: u64,
    pub object: u64,
    pub target: Option<i64>,
    /// Epoch microseconds; `None` only for a record stored before schema version 7 whose id's
    /// epoch_ms has no microsecond count in 64 bits (shown as `@MSms`).
    pub time_us: Option<i64>,
    pub extra_context: Map<String, Value>,
}

impl Activity {
    /// Builds an activity with the default id; `time_us` must not be before 1970.
    pub fn new(
        actor: i64,
        verb: u64,
        object: u64,
        target: Option<i64>,
        time_us: i64,
        extra_context: Map<String, Value>,
    ) -> Result<Activity> {
        check_verb(verb)?;
        check_object(object)?;
        if time_us < 0 {
            return Err(Error::bad_input(
                "activity time is before 1970: ids need a non-negative epoch_ms",
            ));
        }
        // Every activity is shown with its time in RFC 3339, which ends with the year 9999 (so
        // does Stream Framework's Python datetime); a later time has none to show.
        if jiff::Timestamp::from_microsecond(time_us).is_err() {
            return Err(Error::bad_input(format!(
                "activity time {} (epoch milliseconds) is after the year 9999",
                time_us.div_euclid(1000)
            )));
        }
        Ok(Activity {
            id: id_for(time_us.div_euclid(1000), object, verb),
            actor,
            verb,
            object,
            target,
            time_us: Some(time_us),
            extra_context,
        })
    }

    fn record(&self) -> ActivityRecord {
        ActivityRecord {
            id: self.id,
            actor: self.actor,
            target: self.target,
            extra_context: Value::Object(self.extra_context.clone()).to_string(),
            verb: Some(self.verb),
            object: Some(self.object),
            time_us: self.time_us,
        }
    }

    fn from_record(r: ActivityRecord) -> Activity {
        let extra_context = match crate::exact_json::from_str(&r.extra_context) {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        };
        // Records stored before schema version 7 have a default-form id that says the rest.
        Activity {
            id: r.id,
            actor: r.actor,
            verb: r.verb.unwrap_or((r.id.tail as u64) % VERB_LIMIT),
            object: r.object.unwrap_or((r.id.tail as u64) / VERB_LIMIT),
            target: r.target,
            time_us: r.time_us.or_else(|| r.id.ms.checked_mul(1000)),
            extra_context,
        }
    }

    /// The activity as every command shows it.
    pub fn view(&self, verbs: &Verbs) -> ActivityView {
        // An id read back from the store is not re-validated here.
        let time = match self.time_us {
            Some(us) => format_rfc3339(us),
            None => format!("@{}ms", self.id.ms),
        };
        ActivityView {
            id: format_id(self.id),
            actor: self.actor,
            verb: self.verb,
            verb_name: verbs.name_of(self.verb).map(str::to_string),
            object: self.object,
            target: self.target,
            time,
            extra_context: self.extra_context.clone(),
        }
    }

    pub fn to_json(&self, verbs: &Verbs) -> Value {
        self.view(verbs).to_json()
    }
}

/// An activity as `feed add`, `feed slice` and `feed activity get` show it, in the field order
/// of their JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivityView {
    pub id: String,
    pub actor: i64,
    pub verb: u64,
    /// The verb's name, built in or from `[feeds.verbs]`; null for a verb without one.
    pub verb_name: Option<String>,
    pub object: u64,
    pub target: Option<i64>,
    /// RFC 3339 in UTC, to the microsecond when it has them; `@MSms` for a stored time past
    /// what RFC 3339 shows.
    pub time: String,
    pub extra_context: Map<String, Value>,
}

impl ActivityView {
    /// As JSON, with the numbers of `extra_context` exactly as stored. (`serde_json::to_value`,
    /// and so `json!`, rewrites them: `1E5` becomes `1e+5`.)
    pub fn to_json(&self) -> Value {
        let mut doc = json!({
            "id": self.id,
            "actor": self.actor,
            "verb": self.verb,
            "verb_name": self.verb_name,
            "object": self.object,
            "target": self.target,
            "time": self.time,
            "extra_context": null,
        });
        // Moved in, not through json!, which would rewrite numbers (1E5 as 1e+5).
        doc["extra_context"] = Value::Object(self.extra_context.clone());
        doc
    }
}

/// Parses `--time` or a record's `time` into epoch microseconds: RFC 3339 (to the microsecond;
/// a finer fraction is cut), the same without an offset (taken as UTC, as Stream Framework's
/// naive `datetime.utcnow()` times are), or epoch milliseconds.
pub fn parse_time_us(text: &str) -> Result<i64> {
    let t = text.trim();
    if let Ok(ms) = t.parse::<i64>() {
        return ms.checked_mul(1000).ok_or_else(|| {
            Error::bad_input(format!(
                "activity time {ms} (epoch milliseconds) is after the year 9999"
            ))
        });
    }
    parse_rfc3339(t, "time").or_else(|e| {
        // No offset: UTC. (Tried second: a civil time parses from a text with an offset too,
        // dropping the offset.)
        t.parse::<jiff::civil::DateTime>()
            .ok()
            .and_then(|civil| civil.to_zoned(jiff::tz::TimeZone::UTC).ok())
            .map(|zoned| zoned.timestamp().as_microsecond())
            .ok_or_else(|| {
                Error::bad_input(e.message().to_string()).hint(
                    "write it like 2026-11-22T12:00:00.123456Z, 2026-11-22T14:00:00+02:00, \
                     2026-11-22T12:00:00 (no offset: UTC) or epoch milliseconds",
                )
            })
    })
}

/// One activity of NDJSON input.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivityInput {
    id: Option<Value>,
    actor: Option<i64>,
    verb: Option<Value>,
    object: Option<Value>,
    target: Option<i64>,
    time: Option<Value>,
    #[serde(default, deserialize_with = "crate::exact_json::deserialize_option")]
    extra_context: Option<Value>,
}

/// One record of `feed add-many`: an activity, or a bare id (`{"id": …}` alone) for the
/// timelines only, as Stream Framework's default timeline stores them (its activity may be
/// stored before, after, or never).
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Activity(Activity),
    Id(FeedId),
}

impl Parsed {
    pub fn id(&self) -> FeedId {
        match self {
            Parsed::Activity(a) => a.id,
            Parsed::Id(id) => *id,
        }
    }
}

/// Parses one record into an activity; `now_us` when it has no time. A given `id` is kept as
/// it is (an application's own `serialization_id`); without one it is the default id. A record
/// with only an `id` is a bare id.
pub fn parse_record(record: &Record, verbs: &Verbs, now_us: i64) -> Result<Parsed> {
    let input: ActivityInput = record.parse()?;
    let named = |e: Error| record.error(e.message());
    let bare = input.actor.is_none()
        && input.verb.is_none()
        && input.object.is_none()
        && input.target.is_none()
        && input.time.is_none()
        && input.extra_context.is_none();
    if let (true, Some(id)) = (bare, &input.id) {
        return Ok(Parsed::Id(id_from_json(id).map_err(named)?));
    }
    let missing = |field: &str| record.error(format!("missing field \"{field}\""));
    let actor = input.actor.ok_or_else(|| missing("actor"))?;
    let verb = input.verb.as_ref().ok_or_else(|| missing("verb"))?;
    let verb = verbs.parse_json(verb).map_err(named)?;
    let object = input.object.as_ref().ok_or_else(|| missing("object"))?;
    let object = match object {
        Value::Number(n) => match n.as_u64() {
            Some(o) => o,
            None if n.as_i64().is_some() => {
                return Err(record.error(format!("object {n} is negative")))
            }
            None => {
                return Err(record.error(format!(
                    "object {n} is not below 10^10: the id has 10 digits for it"
                )))
            }
        },
        other => return Err(record.error(format!("object must be an integer, got {other}"))),
    };
    let time_us = match &input.time {
        None | Some(Value::Null) => now_us,
        Some(Value::Number(n)) => {
            let ms = n
                .as_i64()
                .ok_or_else(|| record.error(format!("time {n} is not epoch milliseconds")))?;
            ms.checked_mul(1000).ok_or_else(|| {
                record.error(format!(
                    "activity time {ms} (epoch milliseconds) is after the year 9999"
                ))
            })?
        }
        Some(Value::String(s)) => parse_time_us(s).map_err(named)?,
        Some(other) => {
            return Err(record.error(format!(
                "time must be RFC 3339 or epoch milliseconds, got {other}"
            )))
        }
    };
    let extra_context = match input.extra_context {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map,
        Some(other) => {
            return Err(record.error(format!("extra_context must be a JSON object, got {other}")))
        }
    };
    let mut activity =
        Activity::new(actor, verb, object, input.target, time_us, extra_context).map_err(named)?;
    // Not checked against the fields: an application's own activity class may make any id
    // (of any length, so the form alone does not tell a default id from a custom one), and the
    // activity keeps its own verb, object and time, so nothing is read back from the id.
    if let Some(given) = &input.id {
        activity.id = id_from_json(given).map_err(named)?;
    }
    Ok(Parsed::Activity(activity))
}

/// [`parse_record`] where only an activity will do (activity storage).
pub fn parse_activity(record: &Record, verbs: &Verbs, now_us: i64) -> Result<Activity> {
    match parse_record(record, verbs, now_us)? {
        Parsed::Activity(a) => Ok(a),
        Parsed::Id(_) => Err(record.error(
            "an id alone is a timeline entry; activity storage needs \"actor\", \"verb\" and \"object\"",
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Commands

/// `feed add`: stores the activity once and adds its id to every key, capped.
pub fn add(
    tx: &mut dyn Transaction,
    actor: Actor,
    keys: &[String],
    activity: &Activity,
    caps: &Caps,
) -> Result<()> {
    for key in keys {
        validate_key(key)?;
    }
    let timelines: Vec<&str> = keys.iter().map(String::as_str).collect();
    let (change, store) = Change::begin(tx, actor, &timelines)?;
    change.activities(store, &[activity.id])?;
    store.put_activities(&[activity.record()])?;
    for key in keys {
        store.add_entries(key, &[activity.id])?;
        enforce_cap(store, caps, key)?;
    }
    Ok(())
}

/// Running totals of `feed add-many` / `activity add`, across batches.
#[derive(Debug, Default, Clone)]
pub struct AddMany {
    pub records: u64,
    /// Activities new to activity storage.
    pub new_activities: u64,
    /// Per key: ids that were new to the timeline.
    pub added: HashMap<String, u64>,
    /// Per key: entries trimmed by the cap.
    pub trimmed: HashMap<String, u64>,
    /// Records committed by finished batches.
    pub committed: u64,
}

/// Small (counts per key of the command): a mark is a copy.
impl Tally for AddMany {
    type Mark = AddMany;
    fn mark(&mut self) -> AddMany {
        self.clone()
    }
    fn restore(&mut self, mark: &AddMany) {
        self.clone_from(mark);
    }
}

/// How many activities go to the store per statement batch.
const CHUNK: usize = 1024;

/// Adds up to `limit` records (all when `None`) to activity storage and to every key, in the
/// current transaction; false when the input is exhausted.
#[allow(clippy::too_many_arguments)]
pub fn add_many(
    tx: &mut dyn Transaction,
    actor: Actor,
    keys: &[String],
    reader: &mut RecordReader,
    verbs: &Verbs,
    caps: &Caps,
    limit: Option<u64>,
    totals: &mut AddMany,
    now_us: i64,
) -> Result<bool> {
    for key in keys {
        validate_key(key)?;
    }
    let timelines: Vec<&str> = keys.iter().map(String::as_str).collect();
    let (change, store) = Change::begin(tx, actor, &timelines)?;
    let mut applied = 0u64;
    let mut pending: Vec<Parsed> = Vec::with_capacity(CHUNK);
    let flush = |store: &mut dyn FeedStorage,
                 pending: &mut Vec<Parsed>,
                 totals: &mut AddMany|
     -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let ids: Vec<FeedId> = pending.iter().map(Parsed::id).collect();
        let records: Vec<ActivityRecord> = pending
            .iter()
            .filter_map(|p| match p {
                Parsed::Activity(a) => Some(a.record()),
                Parsed::Id(_) => None,
            })
            .collect();
        let written: Vec<FeedId> = records.iter().map(|r| r.id).collect();
        change.activities(store, &written)?;
        totals.new_activities += store.put_activities(&records)?;
        for key in keys {
            *totals.added.entry(key.clone()).or_default() += store.add_entries(key, &ids)?;
        }
        pending.clear();
        Ok(())
    };
    let more = loop {
        if limit.is_some_and(|l| applied >= l) {
            break true;
        }
        let Some(record) = reader.next_record()? else {
            break false;
        };
        // Activity storage alone (`activity add`, no keys) takes only activities.
        pending.push(if keys.is_empty() {
            Parsed::Activity(parse_activity(&record, verbs, now_us)?)
        } else {
            parse_record(&record, verbs, now_us)?
        });
        applied += 1;
        totals.records += 1;
        if pending.len() == CHUNK {
            flush(store, &mut pending, totals)?;
        }
    };
    flush(store, &mut pending, totals)?;
    for key in keys {
        let trimmed = enforce_cap(store, caps, key)?;
        *totals.trimmed.entry(key.clone()).or_default() += trimmed;
    }
    totals.committed += applied;
    Ok(more)
}

/// Which part of a timeline `slice` returns.
#[derive(Debug, Clone, Default)]
pub struct SliceQuery {
    /// Python slice bounds on the filtered order; `None` is open.
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub gt: Option<FeedId>,
    pub gte: Option<FeedId>,
    pub lt: Option<FeedId>,
    pub lte: Option<FeedId>,
    pub ascending: bool,
    /// Keyset paging: continue after this id in the chosen order.
    pub after: Option<FeedId>,
}

/// A slice entry: the activity, or a dangling id.
#[derive(Debug, Clone)]
pub enum Entry {
    Found(Activity),
    Missing(FeedId),
}

impl Entry {
    pub fn id(&self) -> FeedId {
        match self {
            Entry::Found(a) => a.id,
            Entry::Missing(id) => *id,
        }
    }

    /// The entry as `feed slice` shows it.
    pub fn view(&self, verbs: &Verbs) -> EntryView {
        match self {
            Entry::Found(a) => EntryView::Found(a.view(verbs)),
            Entry::Missing(id) => EntryView::Missing {
                id: format_id(*id),
                missing: true,
            },
        }
    }

    pub fn to_json(&self, verbs: &Verbs) -> Value {
        self.view(verbs).to_json()
    }
}

/// A slice entry as shown: the activity, or `{"id", "missing": true}` for a dangling id.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum EntryView {
    Found(ActivityView),
    Missing { id: String, missing: bool },
}

impl EntryView {
    pub fn id(&self) -> &str {
        match self {
            EntryView::Found(a) => &a.id,
            EntryView::Missing { id, .. } => id,
        }
    }

    /// As JSON, numbers exactly as stored (see [`ActivityView::to_json`]).
    pub fn to_json(&self) -> Value {
        match self {
            EntryView::Found(a) => a.to_json(),
            EntryView::Missing { id, missing } => json!({"id": id, "missing": missing}),
        }
    }
}

fn tighter_lower(a: Option<(FeedId, bool)>, b: Option<(FeedId, bool)>) -> Option<(FeedId, bool)> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if (y.0, !y.1) > (x.0, !x.1) { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

fn tighter_upper(a: Option<(FeedId, bool)>, b: Option<(FeedId, bool)>) -> Option<(FeedId, bool)> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if (y.0, y.1) < (x.0, x.1) { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// `get_slice`: filters first, then Python slice semantics on the filtered order. Only the
/// page's activities are read.
pub fn slice(store: &mut dyn FeedStorage, key: &str, q: &SliceQuery) -> Result<Vec<Entry>> {
    let mut range = IdRange {
        above: tighter_lower(q.gt.map(|id| (id, false)), q.gte.map(|id| (id, true))),
        below: tighter_upper(q.lt.map(|id| (id, false)), q.lte.map(|id| (id, true))),
    };
    if let Some(after) = q.after {
        if q.ascending {
            range.above = tighter_lower(range.above, Some((after, false)));
        } else {
            range.below = tighter_upper(range.below, Some((after, false)));
        }
    }
    let order = if q.ascending {
        Order::OldestFirst
    } else {
        Order::NewestFirst
    };
    let needs_len = q.start.is_some_and(|s| s < 0) || q.stop.is_some_and(|s| s < 0);
    let len = if needs_len {
        store.count_in_range(key, range)? as i64
    } else {
        0
    };
    let resolve = |bound: i64| {
        if bound < 0 {
            (len + bound).max(0)
        } else {
            bound
        }
    };
    let start = q.start.map_or(0, resolve);
    let stop = q.stop.map(resolve);
    if stop.is_some_and(|s| start >= s) {
        return Ok(Vec::new());
    }
    let limit = stop.map(|s| (s - start) as u64);
    let rows = store.entries(key, range, order, start as u64, limit)?;
    Ok(rows
        .into_iter()
        .map(|(id, record)| match record {
            Some(r) => Entry::Found(Activity::from_record(r)),
            None => Entry::Missing(id),
        })
        .collect())
}

/// Entries in a timeline; 0 for one that does not exist.
pub fn count(store: &mut dyn FeedStorage, key: &str) -> Result<u64> {
    Ok(store.timeline_count(key)?.unwrap_or(0))
}

/// 0-based rank newest first; exit 3 when the id is not in the timeline.
pub fn index_of(store: &mut dyn FeedStorage, key: &str, id: FeedId) -> Result<u64> {
    if !store.contains(key, id)? {
        return Err(Error::not_found(format!(
            "activity {} is not in feed {key:?}",
            format_id(id)
        )));
    }
    store.count_in_range(
        key,
        IdRange {
            above: Some((id, false)),
            below: None,
        },
    )
}

pub fn contains(store: &mut dyn FeedStorage, key: &str, id: FeedId) -> Result<bool> {
    store.contains(key, id)
}

pub fn remove(tx: &mut dyn Transaction, actor: Actor, key: &str, ids: &[FeedId]) -> Result<u64> {
    let (_, store) = Change::begin(tx, actor, &[key])?;
    store.remove_entries(key, ids)
}

pub fn trim(tx: &mut dyn Transaction, actor: Actor, key: &str, length: u64) -> Result<u64> {
    let (_, store) = Change::begin(tx, actor, &[key])?;
    store.trim(key, length)
}

/// `delete`: the timeline and how many entries it held; `None` (nothing done) when there was
/// none, as Redis's DEL of a missing key.
pub fn delete(tx: &mut dyn Transaction, actor: Actor, key: &str) -> Result<Option<u64>> {
    let (_, store) = Change::begin(tx, actor, &[key])?;
    let Some(entries) = store.timeline_count(key)? else {
        return Ok(None);
    };
    store.delete_timeline(key)?;
    Ok(Some(entries))
}

pub fn keys(
    store: &mut dyn FeedStorage,
    prefix: &str,
    f: &mut dyn FnMut(TimelineInfo) -> Result<()>,
) -> Result<()> {
    store.timelines(prefix, f)
}

/// `activity get`: the activities found, and the ids that were not.
pub fn get_activities(
    store: &mut dyn FeedStorage,
    ids: &[FeedId],
) -> Result<(Vec<Activity>, Vec<FeedId>)> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for id in ids {
        match store.activity(*id)? {
            Some(r) => found.push(Activity::from_record(r)),
            None => missing.push(*id),
        }
    }
    Ok((found, missing))
}

/// `activity remove`: refused while a timeline another owner locked holds one of them.
pub fn remove_activities(tx: &mut dyn Transaction, actor: Actor, ids: &[FeedId]) -> Result<u64> {
    let (change, store) = Change::begin(tx, actor, &[])?;
    change.activities(store, ids)?;
    store.remove_activities(ids)
}

/// `Manager.follow_user`: the newest `limit` ids of `source` go into `follower`, capped.
pub fn follow(
    tx: &mut dyn Transaction,
    actor: Actor,
    follower: &str,
    source: &str,
    limit: u64,
    caps: &Caps,
) -> Result<u64> {
    validate_key(follower)?;
    let (_, store) = Change::begin(tx, actor, &[follower])?;
    if store.timeline_count(source)?.is_none() {
        return Err(timeline_not_found(source));
    }
    let added = store.copy_newest(source, follower, limit)?;
    enforce_cap(store, caps, follower)?;
    Ok(added)
}

/// `Manager.unfollow_user`: entries whose activity's actor is one of `actors` leave `follower`.
pub fn unfollow(
    tx: &mut dyn Transaction,
    actor: Actor,
    follower: &str,
    actors: &[i64],
) -> Result<u64> {
    let (_, store) = Change::begin(tx, actor, &[follower])?;
    store.remove_entries_by_actor(follower, actors)
}

/// Removes activities that no timeline holds: no timeline changes, so no lock stops it.
pub fn gc(tx: &mut dyn Transaction, actor: Actor) -> Result<u64> {
    let (_, store) = Change::begin(tx, actor, &[])?;
    store.collect_garbage()
}

/// Every timeline and every activity: any other owner's feed lock stops it.
pub fn flush(tx: &mut dyn Transaction, actor: Actor) -> Result<(u64, u64)> {
    Change::everything(tx, actor)?.flush()
}

/// `activity flush`: every activity, timelines left as they are (their ids dangle). Any other
/// owner's feed lock stops it, as for `flush`.
pub fn flush_activities(tx: &mut dyn Transaction, actor: Actor) -> Result<u64> {
    Change::everything(tx, actor)?.flush_activities()
}

/// `activity list`: activity storage by id, ascending, after `after`, at most `limit`.
pub fn list_activities(
    store: &mut dyn FeedStorage,
    after: Option<FeedId>,
    limit: Option<u64>,
    f: &mut dyn FnMut(Activity) -> Result<()>,
) -> Result<()> {
    store.activities(after, limit, &mut |r| f(Activity::from_record(r)))
}

/// `check`: problems (counts out of step), and how many activities no timeline holds (not a
/// problem: garbage collection removes them; the seed never does).
pub fn check(store: &mut dyn FeedStorage) -> Result<(Vec<String>, u64)> {
    let audit = store.feed_audit()?;
    let mut problems: Vec<String> = audit
        .count_mismatches
        .iter()
        .map(|(key, kept, actual)| {
            format!(
                "feeds: feed {key:?} records {} but holds {actual}",
                crate::plural::count(kept, "entry")
            )
        })
        .collect();
    problems.extend(crate::faces::feeds_aggregated::check(store)?);
    Ok((problems, audit.unreferenced))
}

pub fn stats(store: &mut dyn FeedStorage) -> Result<Value> {
    let audit = store.feed_audit()?;
    let (aggregated_feeds, groups) = store.aggregated_totals()?;
    Ok(json!({
        "timelines": audit.timelines,
        "entries": audit.entries,
        "activities": audit.activities,
        "unreferenced_activities": audit.unreferenced,
        "aggregated_feeds": aggregated_feeds,
        "groups": groups,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_id_past_any_time_is_shown_without_overflowing() {
        // parse_id takes epoch_ms up to i64::MAX; times 1000 that would overflow.
        let id = parse_id(&format!("{}0000000001003", i64::MAX)).unwrap();
        let activity = Activity::from_record(ActivityRecord {
            id,
            actor: 1,
            target: None,
            extra_context: "{}".into(),
            verb: None,
            object: None,
            time_us: None,
        });
        let shown = activity.to_json(&Verbs::new(&[]).unwrap());
        assert_eq!(shown["time"], json!(format!("@{}ms", i64::MAX)));
    }

    #[test]
    fn ids_are_stream_frameworks_serialization_id() {
        let ms = parse_time_us("2020-01-01T12:00:01Z").unwrap() / 1000;
        let id = id_for(ms, 1, 3);
        assert_eq!(format_id(id), "15778800010000000000001003");
        assert_eq!(parse_id("15778800010000000000001003").unwrap(), id);
        // Ordering is numeric even where floats collapse (issue #66): same millisecond.
        let a = id_for(ms, 1, 3);
        let b = id_for(ms, 2, 3);
        assert!(a < b);
        assert!(parse_id("1.5e25").is_err());
        assert!(parse_id("").is_err());
    }

    #[test]
    fn caps_pick_the_longest_prefix() {
        let caps = Caps {
            default: Some(100),
            by_prefix: vec![("user".into(), 10), ("user_feed:".into(), 5)],
        };
        assert_eq!(caps.for_key("user_feed:1"), Some(5));
        assert_eq!(caps.for_key("user:1"), Some(10));
        assert_eq!(caps.for_key("other"), Some(100));
    }

    #[test]
    fn verbs_by_name_and_number() {
        let verbs = Verbs::new(&[("share".into(), 5)]).unwrap();
        assert_eq!(verbs.parse("love").unwrap(), 3);
        assert_eq!(verbs.parse("share").unwrap(), 5);
        assert_eq!(verbs.parse("999").unwrap(), 999);
        assert_eq!(verbs.parse("1000").unwrap_err().exit_code(), 65);
        assert_eq!(verbs.parse("poke").unwrap_err().exit_code(), 65);
        assert_eq!(
            Verbs::new(&[("big".into(), 1000)]).unwrap_err().exit_code(),
            78
        );
    }

    /// Found by the `feed_records` fuzz target: `to_json` multiplied the time by 1000 and
    /// overflowed (a panic in debug builds, a wrapped time in release ones).
    #[test]
    fn times_past_the_year_9999_are_bad_input() {
        let verbs = Verbs::new(&[]).unwrap();
        let record = |text: &str| Record {
            number: 1,
            line: 1,
            text: text.to_string(),
        };
        for time in [
            "9223372036854775807",
            "\"9223372036854775807\"",
            "253402300800000",
        ] {
            let r = record(&format!(
                r#"{{"actor":1,"verb":1,"object":1,"time":{time}}}"#
            ));
            let err = parse_activity(&r, &verbs, 0).unwrap_err();
            assert_eq!(err.exit_code(), 65, "{time}");
            assert!(
                err.message().contains("after the year 9999"),
                "{}",
                err.message()
            );
        }
        // The end of the year 9999 is still an activity.
        let r = record(r#"{"actor":1,"verb":1,"object":1,"time":"9999-12-30T21:59:59.999Z"}"#);
        let a = parse_activity(&r, &verbs, 0).unwrap();
        assert_eq!(a.to_json(&verbs)["time"], "9999-12-30T21:59:59.999Z");
    }
}
