//! What the feed ops' tests share: a real SQLite store in a temp dir, a policy from a config
//! file, activities and a snapshot of everything the feed commands can see.

use std::path::PathBuf;

use serde_json::{json, Map, Value};

use super::*;
use crate::engine::Store;
use crate::faces::locks::{self as lock_face, LockAuthority};
use crate::input::{from_bytes, RecordReader};
use crate::ops::Actor;

/// T0 = 2020-01-01T00:00:00Z in epoch milliseconds.
pub const T0_MS: i64 = 1_577_836_800_000;

pub use crate::ops::test_store::new_store;

/// The policy of a config file with `[feeds]` caps and a verb name of its own.
pub fn policy(dir: &tempfile::TempDir) -> Policy {
    let config = dir.path().join("storectl.toml");
    std::fs::write(
        &config,
        "[feeds]\nmax_length = 100\n[feeds.max_length_by_prefix]\n\"capped:\" = 2\n\
         [feeds.verbs]\nshare = 5\n",
    )
    .unwrap();
    let settings = crate::settings::resolve(crate::settings::Inputs {
        config_flag: Some(config),
        flags: vec![],
        env: &|_| None,
        config_dir: None,
        data_dir: Some(PathBuf::from("/data")),
    })
    .unwrap();
    Policy::from_settings(&settings).unwrap()
}

pub fn records(lines: &[Value]) -> RecordReader {
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    RecordReader::new(from_bytes(text.into_bytes()))
}

/// Activity i: actor i, verb 3 (love), object i, at T0 + i seconds.
pub fn activity(i: i64) -> Value {
    json!({"actor": i, "verb": 3, "object": i, "time": T0_MS + i * 1000})
}

/// Ids as `activity get` takes them: each with the text it was given as.
pub fn given(ids: &[FeedId]) -> Vec<(String, FeedId)> {
    ids.iter().map(|id| (face::format_id(*id), *id)).collect()
}

pub fn id(i: i64) -> FeedId {
    face::id_for(T0_MS + i * 1000, i as u64, 3)
}

pub fn add_req(keys: &[&str], i: i64) -> Add {
    Add {
        keys: keys.iter().map(|k| k.to_string()).collect(),
        actor: i,
        verb: "love".into(),
        object: i as u64,
        target: None,
        time_us: Some((T0_MS + i * 1000) * 1000),
        extra_context: Map::new(),
        dry_run: false,
    }
}

pub fn ids_of(store: &mut Store, policy: &Policy, key: &str) -> Vec<String> {
    let req = Slice {
        key: key.into(),
        query: SliceQuery::default(),
    };
    slice(store, policy, &req)
        .unwrap()
        .iter()
        .map(|e| e.id().to_string())
        .collect()
}

/// Everything the feed commands can see: every timeline with its entries, and the counts of
/// activity storage.
pub fn snapshot(store: &mut Store, policy: &Policy) -> (Vec<(String, Vec<String>)>, Value) {
    let mut timelines = Vec::new();
    keys(store, "", &mut |t| {
        timelines.push(t.key);
        Ok(())
    })
    .unwrap();
    let timelines = timelines
        .into_iter()
        .map(|k| {
            let ids = ids_of(store, policy, &k);
            (k, ids)
        })
        .collect();
    let stats = store.read(|tx| face::stats(tx.feeds()?)).unwrap();
    (timelines, stats)
}

pub fn lock_feed(store: &mut Store, owner: &Actor, key: &str) {
    store
        .write(false, |tx| {
            let auth = LockAuthority {
                user: owner.user.as_deref(),
                administrators: &[],
                items: None,
            };
            let resource = format!("feed:{key}");
            let user = owner.user.as_deref().unwrap();
            lock_face::acquire(tx, &auth, &resource, user, None, owner.now_us)
        })
        .unwrap();
}
