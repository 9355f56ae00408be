//! Adding activities: `feed add`, and the streaming `feed add-many` and `feed activity add`.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::Policy;
use crate::error::Result;
use crate::faces::feeds::{self as face, Activity, ActivityView};
use crate::input::RecordReader;
use crate::ops::{Actor, ChunkTally, Transactions};
use crate::plural::count;

/// `feed add KEY... --actor A --verb V --object O`.
#[derive(Debug, Clone)]
pub struct Add {
    pub keys: Vec<String>,
    pub actor: i64,
    /// A verb id (0 to 999) or name.
    pub verb: String,
    pub object: u64,
    pub target: Option<i64>,
    /// Epoch microseconds; `None` is the request's now.
    pub time_us: Option<i64>,
    pub extra_context: Map<String, Value>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Added {
    pub id: String,
    pub keys: Vec<String>,
    pub activity: ActivityView,
    pub dry_run: bool,
}

/// Stores the activity once and adds it to every key's timeline (fan-out), capped.
pub fn add(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    req: &Add,
) -> Result<Added> {
    let activity = Activity::new(
        req.actor,
        policy.verbs.parse(&req.verb)?,
        req.object,
        req.target,
        req.time_us.unwrap_or(actor.now_us),
        req.extra_context.clone(),
    )?;
    store.write(req.dry_run, |tx| {
        face::add(tx, actor.locks(), &req.keys, &activity, &policy.caps)
    })?;
    Ok(Added {
        id: face::format_id(activity.id),
        keys: req.keys.clone(),
        activity: activity.view(&policy.verbs),
        dry_run: req.dry_run,
    })
}

/// `feed add-many KEY...`: activities from a [`RecordReader`] into activity storage and every
/// key's timeline.
#[derive(Debug, Clone)]
pub struct AddMany {
    pub keys: Vec<String>,
    /// Commit every N records instead of once at the end (ignored in a dry run, which commits
    /// nothing anyway).
    pub batch_size: Option<u64>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AddedMany {
    pub records: u64,
    pub keys: PerKey,
    pub dry_run: bool,
}

/// What an add did to one timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeyTotals {
    /// Ids new to the timeline.
    pub added: u64,
    /// Records whose id the timeline held already (or that an earlier record of the input added).
    pub duplicates: u64,
    /// Entries the cap trimmed.
    pub trimmed: u64,
}

/// Per key, in the order the keys were given (a key given twice once, where it came first):
/// a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerKey(pub Vec<(String, KeyTotals)>);

impl PerKey {
    pub fn get(&self, key: &str) -> Option<&KeyTotals> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, t)| t)
    }
}

impl Serialize for PerKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, totals) in &self.0 {
            map.serialize_entry(key, totals)?;
        }
        map.end()
    }
}

impl AddedMany {
    /// The result of an add of `totals.records` records to `keys`.
    pub fn new(totals: &face::AddMany, keys: &[String], dry_run: bool) -> AddedMany {
        let mut per_key: Vec<(String, KeyTotals)> = Vec::with_capacity(keys.len());
        for key in keys {
            if per_key.iter().any(|(k, _)| k == key) {
                continue;
            }
            let added = totals.added.get(key).copied().unwrap_or(0);
            per_key.push((
                key.clone(),
                KeyTotals {
                    added,
                    duplicates: totals.records - added,
                    trimmed: totals.trimmed.get(key).copied().unwrap_or(0),
                },
            ));
        }
        AddedMany {
            records: totals.records,
            keys: PerKey(per_key),
            dry_run,
        }
    }
}

/// Adds every record of `reader`, in one transaction or (with `batch_size`) one per chunk, each
/// chunk read before its transaction begins. A failure says how many records earlier chunks
/// committed; those stay committed.
pub fn add_many(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    req: &AddMany,
    reader: &mut RecordReader,
) -> Result<AddedMany> {
    let totals = add_records(
        store,
        actor,
        policy,
        &req.keys,
        req.batch_size,
        req.dry_run,
        reader,
    )?;
    Ok(AddedMany::new(&totals, &req.keys, req.dry_run))
}

/// `feed activity add`: activities from a [`RecordReader`] into activity storage only.
#[derive(Debug, Clone)]
pub struct AddActivities {
    /// Commit every N records instead of once at the end (ignored in a dry run).
    pub batch_size: Option<u64>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stored {
    pub records: u64,
    /// Activities activity storage did not hold before (the others were overwritten).
    pub new: u64,
    pub dry_run: bool,
}

/// Stores every record of `reader` in activity storage, in one transaction or one per chunk.
pub fn add_activities(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    req: &AddActivities,
    reader: &mut RecordReader,
) -> Result<Stored> {
    let totals = add_records(
        store,
        actor,
        policy,
        &[],
        req.batch_size,
        req.dry_run,
        reader,
    )?;
    Ok(Stored {
        records: totals.records,
        new: totals.new_activities,
        dry_run: req.dry_run,
    })
}

/// The streaming add of `add-many` and `activity add`: records without a time get the request's.
fn add_records(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    keys: &[String],
    batch_size: Option<u64>,
    dry_run: bool,
    reader: &mut RecordReader,
) -> Result<face::AddMany> {
    let now_us = actor.now_us;
    let mut totals = face::AddMany::default();
    crate::ops::write_in_chunks(
        store,
        crate::ops::Chunking {
            dry_run,
            batch_size,
        },
        reader,
        &mut totals,
        |tx, reader, limit, totals| {
            face::add_many(
                tx,
                actor.locks(),
                keys,
                reader,
                &policy.verbs,
                &policy.caps,
                limit,
                totals,
                now_us,
            )
        },
        |_, more| more,
        |e, committed| match committed {
            0 => e.context("stopped; nothing was stored"),
            n => e.context(format!(
                "stopped; {} committed in earlier batches",
                count(n, "record")
            )),
        },
    )?;
    Ok(totals)
}

impl ChunkTally for face::AddMany {
    fn committed(&self) -> u64 {
        self.committed
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::super::testing::*;
    use super::super::*;
    use crate::error::{Kind, Result};
    use crate::input::RecordReader;
    use crate::ops::{Actor, Transactions};

    #[test]
    fn add_fans_out_and_returns_the_document_the_cli_prints() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let alice = Actor::new(Some("alice"));

        let mut req = add_req(&["user:1", "follower:2"], 1);
        req.verb = "share".into();
        req.extra_context = crate::exact_json::from_str(r#"{"n": 1.50}"#)
            .unwrap()
            .as_object()
            .unwrap()
            .clone();
        let done = add(&mut store, &alice, &policy, &req).unwrap();
        let want = face::format_id(face::id_for(T0_MS + 1000, 1, 5));
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            format!(
                r#"{{"id":"{want}","keys":["user:1","follower:2"],"activity":{{"id":"{want}","actor":1,"verb":5,"verb_name":"share","object":1,"target":null,"time":"2020-01-01T00:00:01Z","extra_context":{{"n":1.50}}}},"dry_run":false}}"#
            )
        );
        assert_eq!(
            ids_of(&mut store, &policy, "follower:2"),
            vec![want.clone()]
        );
        assert_eq!(count_entries(&mut store, "user:1").unwrap(), 1);
        let want_id = face::parse_id(&want).unwrap();
        assert_eq!(index_of(&mut store, "user:1", want_id).unwrap(), 0);
        assert!(contains(&mut store, "user:1", want_id).unwrap());
        let err = index_of(&mut store, "user:1", id(1)).unwrap_err();
        assert_eq!(err.kind(), Kind::NotFound);
        let got = get_activities(&mut store, &policy, &given(&[want_id, id(7)])).unwrap();
        assert_eq!(got.activities, vec![done.activity.clone()]);
        assert_eq!(got.missing, vec![face::format_id(id(7))]);

        // A time left out is the request's.
        let mut req = add_req(&["user:1"], 2);
        req.time_us = None;
        let done = add(&mut store, &alice, &policy, &req).unwrap();
        let shown = face::parse_id(&done.id).unwrap();
        assert_eq!(shown.ms, alice.now_us.div_euclid(1000));
    }

    #[test]
    fn a_bad_add_is_refused_and_a_dry_run_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let actor = Actor::new(None);
        add(&mut store, &actor, &policy, &add_req(&["user:1"], 1)).unwrap();
        let before = snapshot(&mut store, &policy);

        let mut poke = add_req(&["user:1"], 2);
        poke.verb = "poke".into();
        let err = add(&mut store, &actor, &policy, &poke).unwrap_err();
        assert_eq!(err.kind(), Kind::BadInput, "{}", err.message());
        let err = add(&mut store, &actor, &policy, &add_req(&["user:1", ""], 2)).unwrap_err();
        assert_eq!(err.message(), "empty feed key");
        assert_eq!(snapshot(&mut store, &policy), before);

        let mut dry = add_req(&["user:1", "user:2"], 2);
        dry.dry_run = true;
        let done = add(&mut store, &actor, &policy, &dry).unwrap();
        assert!(done.dry_run);
        assert_eq!(done.id, face::format_id(id(2)));
        assert_eq!(snapshot(&mut store, &policy), before);
    }

    #[test]
    fn add_many_commits_chunks_counts_per_key_and_names_what_stayed_committed() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let actor = Actor::new(None);
        add(&mut store, &actor, &policy, &add_req(&["user:1"], 1)).unwrap();

        // A key given twice is one entry of the document, where it came first; the cap of
        // "capped:" trims.
        let req = AddMany {
            keys: vec!["user:1".into(), "capped:1".into(), "user:1".into()],
            batch_size: Some(2),
            dry_run: false,
        };
        let lines: Vec<Value> = (1..=5).map(activity).collect();
        let done = add_many(&mut store, &actor, &policy, &req, &mut records(&lines)).unwrap();
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"records":5,"keys":{"user:1":{"added":4,"duplicates":1,"trimmed":0},"capped:1":{"added":5,"duplicates":0,"trimmed":3}},"dry_run":false}"#
        );
        assert_eq!(count_entries(&mut store, "user:1").unwrap(), 5);
        assert_eq!(
            ids_of(&mut store, &policy, "capped:1"),
            vec![face::format_id(id(5)), face::format_id(id(4))]
        );

        // A bad fourth record: the first chunk of two stays committed, and the error says so.
        let before = snapshot(&mut store, &policy);
        let mut lines: Vec<Value> = (10..13).map(activity).collect();
        lines.push(json!({"actor": 1}));
        let req = AddMany {
            keys: vec!["user:2".into()],
            batch_size: Some(2),
            dry_run: false,
        };
        let err = add_many(&mut store, &actor, &policy, &req, &mut records(&lines)).unwrap_err();
        assert_eq!(err.kind(), Kind::BadInput);
        assert_eq!(
            err.message(),
            "stopped; 2 records committed in earlier batches: record 4 (line 4): missing field \"verb\""
        );
        assert_eq!(count_entries(&mut store, "user:2").unwrap(), 2);

        // Unchunked, the same input stores nothing; as a dry run, nothing either.
        let req = AddMany {
            keys: vec!["user:3".into()],
            batch_size: None,
            dry_run: false,
        };
        let err = add_many(&mut store, &actor, &policy, &req, &mut records(&lines)).unwrap_err();
        assert!(err
            .message()
            .starts_with("stopped; nothing was stored: record 4"));
        let after_refusal = snapshot(&mut store, &policy);
        let dry = AddMany {
            keys: vec!["user:3".into()],
            batch_size: Some(1),
            dry_run: true,
        };
        let lines: Vec<Value> = (20..23).map(activity).collect();
        let done = add_many(&mut store, &actor, &policy, &dry, &mut records(&lines)).unwrap();
        assert_eq!((done.records, done.dry_run), (3, true));
        assert_eq!(done.keys.get("user:3").map(|t| t.added), Some(3));
        assert_eq!(snapshot(&mut store, &policy), after_refusal);
        assert_ne!(
            after_refusal, before,
            "the committed chunk of the refused add stays"
        );
    }

    #[test]
    fn activity_add_stores_without_timelines_and_gc_and_flush_clean_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let actor = Actor::new(None);
        let lines: Vec<Value> = (1..=3).map(activity).collect();
        let req = AddActivities {
            batch_size: None,
            dry_run: false,
        };
        let done = add_activities(&mut store, &actor, &policy, &req, &mut records(&lines)).unwrap();
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"records":3,"new":3,"dry_run":false}"#
        );
        let got = get_activities(&mut store, &policy, &given(&[id(1), id(2), id(3)])).unwrap();
        assert_eq!((got.activities.len(), got.missing.len()), (3, 0));
        assert_eq!(snapshot(&mut store, &policy).0, vec![]);

        add(&mut store, &actor, &policy, &add_req(&["user:1"], 1)).unwrap();
        let before = snapshot(&mut store, &policy);
        assert_eq!(
            gc(&mut store, &actor, true).unwrap(),
            Removed {
                removed: 2,
                dry_run: true
            }
        );
        assert_eq!(snapshot(&mut store, &policy), before);
        assert_eq!(gc(&mut store, &actor, false).unwrap().removed, 2);
        let got = get_activities(&mut store, &policy, &given(&[id(1), id(2)])).unwrap();
        assert_eq!(got.missing, vec![face::format_id(id(2))]);

        let before = snapshot(&mut store, &policy);
        let would = flush(&mut store, &actor, true).unwrap();
        assert_eq!((would.timelines, would.activities), (1, 1));
        assert_eq!(snapshot(&mut store, &policy), before);
        let done = flush(&mut store, &actor, false).unwrap();
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"timelines":1,"activities":1,"dry_run":false}"#
        );
        assert_eq!(count_entries(&mut store, "user:1").unwrap(), 0);
    }

    /// Input that counts the reads made while a write transaction is open: one line per read,
    /// as a pipe that a producer writes line by line gives them.
    struct Watched {
        lines: std::collections::VecDeque<Vec<u8>>,
        in_write: std::sync::Arc<std::sync::atomic::AtomicBool>,
        reads_in_write: std::sync::Arc<std::sync::atomic::AtomicU64>,
    }

    impl std::io::Read for Watched {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            use std::sync::atomic::Ordering;
            if self.in_write.load(Ordering::SeqCst) {
                self.reads_in_write.fetch_add(1, Ordering::SeqCst);
            }
            let Some(line) = self.lines.pop_front() else {
                return Ok(0);
            };
            assert!(line.len() <= buf.len());
            buf[..line.len()].copy_from_slice(&line);
            Ok(line.len())
        }
    }

    /// A store whose write transactions say when they are open.
    struct Watching<'s> {
        store: &'s mut crate::engine::Store,
        in_write: std::sync::Arc<std::sync::atomic::AtomicBool>,
    }

    impl Transactions for Watching<'_> {
        fn read<T>(
            &mut self,
            f: impl FnOnce(&mut dyn crate::engine::Transaction) -> Result<T>,
        ) -> Result<T> {
            self.store.read(f)
        }

        fn write<T>(
            &mut self,
            dry_run: bool,
            f: impl FnMut(&mut dyn crate::engine::Transaction) -> Result<T>,
        ) -> Result<T> {
            use std::sync::atomic::Ordering;
            self.in_write.store(true, Ordering::SeqCst);
            let done = self.store.write(dry_run, f);
            self.in_write.store(false, Ordering::SeqCst);
            done
        }
    }

    #[test]
    fn a_chunked_add_reads_its_input_only_between_transactions() {
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
        use std::sync::Arc;
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let actor = Actor::new(None);
        for (batch_size, reads_inside) in [(Some(1), false), (Some(2), false), (None, true)] {
            let in_write = Arc::new(AtomicBool::new(false));
            let reads_in_write = Arc::new(AtomicU64::new(0));
            let input = Watched {
                lines: (1..=5)
                    .map(|i| format!("{}\n", activity(i)).into_bytes())
                    .collect(),
                in_write: in_write.clone(),
                reads_in_write: reads_in_write.clone(),
            };
            let mut reader = RecordReader::new(crate::input::Input {
                name: "stdin".into(),
                size: None,
                reader: Box::new(std::io::BufReader::new(input)),
                file: None,
            });
            let req = AddMany {
                keys: vec!["user:1".into()],
                batch_size,
                dry_run: false,
            };
            let mut watching = Watching {
                store: &mut store,
                in_write,
            };
            let done = add_many(&mut watching, &actor, &policy, &req, &mut reader).unwrap();
            assert_eq!(done.records, 5);
            // Unchunked, the one transaction reads the input itself (the watch sees reads).
            assert_eq!(
                reads_in_write.load(Ordering::SeqCst) > 0,
                reads_inside,
                "batch size {batch_size:?}"
            );
        }
    }
}
