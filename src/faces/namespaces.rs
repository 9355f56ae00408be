//! Namespaces face (seed 001, Errbot storage): the rules of namespaced key/value storage.
//!
//! Values are JSON; they are stored as compact JSON text with object key order kept. A change
//! is reported per key as added, changed or removed; writing a value equal to the stored text is
//! no change. A value JSON cannot carry is an opaque value, stored as a reserved JSON tag (see
//! [`crate::faces::namespaces_opaque`]): every changing function takes the caller's [`Tags`].

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::engine::{NamespaceInfo, NamespaceStorage, Transaction};
use crate::error::{Error, Fix, Result};
use crate::faces::locks::{self, Actor};
use crate::faces::merge::{deep_merge, merge_patch, ArrayMode};
pub use crate::faces::namespaces_opaque::Tags;
use crate::faces::namespaces_opaque::{self as opaque, stored_text};
use crate::input::{Record, RecordReader, Tally};
use crate::plural::count;

/// How `merge` combines values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeStrategy {
    /// Deep merge at every level (errbot's rule, applied consistently).
    Deep(ArrayMode),
    /// RFC 7386.
    JsonMergePatch,
}

/// What a changing command did (or, under `--dry-run`, would do) to one namespace.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    pub namespace: String,
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl Changes {
    fn new(ns: &str) -> Changes {
        Changes {
            namespace: ns.to_string(),
            ..Changes::default()
        }
    }
}

/// A namespace name is non-empty UTF-8 without control characters. It is a database key, never a
/// path: `/` and `..` are ordinary characters.
pub fn validate_namespace(ns: &str) -> Result<()> {
    if ns.is_empty() {
        return Err(Error::bad_input("namespace name is empty").hint("give a non-empty name"));
    }
    if let Some(c) = ns.chars().find(|c| c.is_control()) {
        return Err(Error::bad_input(format!(
            "namespace name {ns:?} contains the control character U+{:04X}",
            c as u32
        )));
    }
    Ok(())
}

/// A key is a non-empty UTF-8 string.
pub fn validate_key(ns: &str, key: &str) -> Result<()> {
    if key.is_empty() {
        return Err(Error::bad_input(format!("empty key in namespace {ns:?}"))
            .hint("keys must be non-empty"));
    }
    Ok(())
}

/// The stored form of a value: compact JSON, object key order kept.
pub fn encode(value: &Value) -> String {
    value.to_string()
}

fn decode(ns: &str, key: &str, text: &str) -> Result<Value> {
    crate::exact_json::from_str(text).map_err(|e| {
        Error::bad_input(format!(
            "stored value of key {key:?} in namespace {ns:?} is not JSON: {e}"
        ))
        .hint(Fix::RunCheck)
    })
}

fn key_not_found(ns: &str, key: &str) -> Error {
    Error::not_found(format!("key {key:?} not found in namespace {ns:?}")).hint(Fix::ListKeys {
        namespace: ns.to_string(),
    })
}

fn namespace_not_found(ns: &str) -> Error {
    Error::not_found(format!("namespace {ns:?} not found")).hint(Fix::ListNamespaces)
}

/// The one way a change reaches namespace storage: it fails with exit 75 when someone other than
/// the actor holds an unexpired `namespace:NS` lock on a namespace in `changed`. Every changing
/// function of this face takes the transaction and goes through here, so that no command can
/// change a namespace without the check.
fn changing<'t>(
    tx: &'t mut dyn Transaction,
    actor: Actor,
    changed: &[&str],
) -> Result<&'t mut dyn NamespaceStorage> {
    locks::ensure_unlocked(tx, "namespace", changed, actor.user, actor.now_us)?;
    tx.namespaces()
}

pub fn list(store: &mut dyn NamespaceStorage) -> Result<Vec<NamespaceInfo>> {
    store.list()
}

/// Number of keys, in constant time; 0 for a namespace that does not exist (as errbot, whose
/// `open` makes any namespace).
pub fn len(store: &mut dyn NamespaceStorage, ns: &str) -> Result<u64> {
    validate_namespace(ns)?;
    Ok(store.info(ns)?.map_or(0, |i| i.keys))
}

/// The stored JSON text of a key; with a default, that default instead of "not found".
pub fn get(
    store: &mut dyn NamespaceStorage,
    ns: &str,
    key: &str,
    default: Option<&Value>,
) -> Result<String> {
    validate_namespace(ns)?;
    match store.get(ns, key)? {
        Some(text) => Ok(text),
        None => match default {
            Some(d) => Ok(encode(d)),
            None => Err(key_not_found(ns, key)),
        },
    }
}

/// Keys in order, optionally only those starting with `prefix`; `f` sees each one.
pub fn keys(
    store: &mut dyn NamespaceStorage,
    ns: &str,
    prefix: &str,
    f: &mut dyn FnMut(&str) -> Result<()>,
) -> Result<()> {
    validate_namespace(ns)?;
    store.scan(ns, prefix, &mut |key, _| {
        if !key.starts_with(prefix) {
            return Ok(false);
        }
        f(key)?;
        Ok(true)
    })
}

/// Every (key, JSON text) pair in key order.
pub fn dump(
    store: &mut dyn NamespaceStorage,
    ns: &str,
    f: &mut dyn FnMut(&str, &str) -> Result<()>,
) -> Result<()> {
    validate_namespace(ns)?;
    store.scan(ns, "", &mut |key, value| {
        f(key, value)?;
        Ok(true)
    })
}

/// Creates an empty namespace that `list` shows with 0 keys.
pub fn create(tx: &mut dyn Transaction, actor: Actor, ns: &str) -> Result<bool> {
    validate_namespace(ns)?;
    let store = changing(tx, actor, &[ns])?;
    store.create(ns)
}

/// Writes `text` (already canonical) under `key`, recording the change.
fn put(
    store: &mut dyn NamespaceStorage,
    changes: &mut Changes,
    key: &str,
    text: &str,
) -> Result<()> {
    let ns = changes.namespace.clone();
    match store.get(&ns, key)? {
        None => changes.added.push(key.to_string()),
        Some(old) if old == text => return Ok(()),
        Some(_) => changes.changed.push(key.to_string()),
    }
    store.put(&ns, key, text)
}

pub fn set(
    tx: &mut dyn Transaction,
    actor: Actor,
    ns: &str,
    key: &str,
    value: &Value,
    tags: Tags,
) -> Result<Changes> {
    validate_namespace(ns)?;
    validate_key(ns, key)?;
    let text = stored_text(ns, key, value, tags)?;
    let store = changing(tx, actor, &[ns])?;
    let mut changes = Changes::new(ns);
    put(store, &mut changes, key, &text)?;
    Ok(changes)
}

/// `migrate errbot`: stores each (key, value) of one shelf in `ns`, one lock check for all;
/// values are plain JSON or opaque tags (read as tags). Keys of `ns` that are not in `entries`
/// stay. An empty shelf still makes the namespace, as Errbot's `open` does.
pub fn put_all(
    tx: &mut dyn Transaction,
    actor: Actor,
    ns: &str,
    entries: &[(String, Value)],
) -> Result<Changes> {
    validate_namespace(ns)?;
    let mut texts = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        validate_key(ns, key)?;
        texts.push(stored_text(ns, key, value, Tags::Read)?);
    }
    let store = changing(tx, actor, &[ns])?;
    if entries.is_empty() {
        store.create(ns)?;
    }
    let mut changes = Changes::new(ns);
    for ((key, _), text) in entries.iter().zip(&texts) {
        put(store, &mut changes, key, text)?;
    }
    Ok(changes)
}

/// Removes keys, all or nothing: a missing key fails the whole command unless `ignore_missing`.
pub fn remove(
    tx: &mut dyn Transaction,
    actor: Actor,
    ns: &str,
    keys: &[String],
    ignore_missing: bool,
) -> Result<Changes> {
    validate_namespace(ns)?;
    let store = changing(tx, actor, &[ns])?;
    let mut changes = Changes::new(ns);
    for key in keys {
        if changes.removed.contains(key) {
            continue;
        }
        if store.remove(ns, key)? {
            changes.removed.push(key.clone());
        } else if !ignore_missing {
            return Err(key_not_found(ns, key).hint(Fix::IgnoreMissingKeys));
        }
    }
    Ok(changes)
}

/// The input of `replace` and `merge` must be one JSON object with non-empty keys.
fn expect_object(ns: &str, doc: Value, command: &str) -> Result<Map<String, Value>> {
    let map = match doc {
        Value::Object(map) => map,
        other => {
            let kind = match other {
                Value::Array(_) => "an array",
                Value::String(_) => "a string",
                Value::Number(_) => "a number",
                Value::Bool(_) => "a boolean",
                _ => "null",
            };
            return Err(Error::bad_input(format!(
                "{command} needs a JSON object of keys and values, got {kind}; namespace {ns:?} is unchanged"
            ))
            .hint(Fix::GiveJsonObject {
                command: command.to_string(),
            }));
        }
    };
    for key in map.keys() {
        validate_key(ns, key)?;
    }
    Ok(map)
}

/// errbot `--storage-set` done atomically: the namespace's content becomes `doc`.
pub fn replace(
    tx: &mut dyn Transaction,
    actor: Actor,
    ns: &str,
    doc: Value,
    tags: Tags,
) -> Result<Changes> {
    validate_namespace(ns)?;
    let new = expect_object(ns, doc, "replace")?;
    // Every value is checked before anything changes.
    let new: Vec<(String, String)> = new
        .iter()
        .map(|(key, value)| Ok((key.clone(), stored_text(ns, key, value, tags)?)))
        .collect::<Result<_>>()?;
    let store = changing(tx, actor, &[ns])?;
    let mut existing: Vec<String> = Vec::new();
    store.scan(ns, "", &mut |key, _| {
        existing.push(key.to_string());
        Ok(true)
    })?;
    let mut changes = Changes::new(ns);
    for key in existing {
        if !new.iter().any(|(k, _)| *k == key) {
            store.remove(ns, &key)?;
            changes.removed.push(key);
        }
    }
    for (key, text) in &new {
        put(store, &mut changes, key, text)?;
    }
    Ok(changes)
}

/// errbot `--storage-merge`, with the same rule at every level (see `faces::merge`).
pub fn merge(
    tx: &mut dyn Transaction,
    actor: Actor,
    ns: &str,
    doc: Value,
    strategy: MergeStrategy,
    tags: Tags,
) -> Result<Changes> {
    validate_namespace(ns)?;
    let patch = expect_object(ns, doc, "merge")?;
    let store = changing(tx, actor, &[ns])?;
    let mut changes = Changes::new(ns);
    for (key, value) in patch {
        // An opaque value is not merged into: like any value that is not an object, the new
        // value replaces it.
        let stored = store.get(ns, &key)?;
        let existed = stored.is_some();
        let old = stored.filter(|t| !opaque::is_stored_opaque(t));
        if opaque::is_tag_form(&value) {
            let text = stored_text(ns, &key, &value, tags)?;
            put(store, &mut changes, &key, &text)?;
            continue;
        }
        let merged = match (strategy, old) {
            (MergeStrategy::JsonMergePatch, _) if value.is_null() => {
                if existed {
                    store.remove(ns, &key)?;
                    changes.removed.push(key);
                }
                continue;
            }
            (MergeStrategy::JsonMergePatch, old) => {
                let mut target = match old {
                    Some(text) => decode(ns, &key, &text)?,
                    None => Value::Null,
                };
                merge_patch(&mut target, value);
                target
            }
            (MergeStrategy::Deep(arrays), Some(text)) => {
                let mut target = decode(ns, &key, &text)?;
                deep_merge(&mut target, value, arrays);
                target
            }
            (MergeStrategy::Deep(_), None) => value,
        };
        // A merge can build the tag's form (merge-patch removing every other key): refused unless
        // tags are read, as any input of that form.
        let text = stored_text(ns, &key, &merged, tags)?;
        put(store, &mut changes, &key, &text)?;
    }
    Ok(changes)
}

/// Removes a namespace and every key in it; returns how many keys it held.
pub fn drop(tx: &mut dyn Transaction, actor: Actor, ns: &str) -> Result<u64> {
    validate_namespace(ns)?;
    let store = changing(tx, actor, &[ns])?;
    let info = store.info(ns)?.ok_or_else(|| namespace_not_found(ns))?;
    store.drop_namespace(ns)?;
    Ok(info.keys)
}

/// What `copy` and `rename` did.
#[derive(Debug, Clone)]
pub struct Transfer {
    pub source: String,
    pub destination: String,
    pub keys: u64,
    /// Keys the destination held before (only with `force`).
    pub replaced: u64,
}

fn prepare_transfer(
    store: &mut dyn NamespaceStorage,
    src: &str,
    dst: &str,
    force: bool,
    verb: &str,
) -> Result<Transfer> {
    validate_namespace(src)?;
    validate_namespace(dst)?;
    if src == dst {
        return Err(Error::conflict(format!(
            "cannot {verb} namespace {src:?} onto itself"
        )));
    }
    let source = store.info(src)?.ok_or_else(|| namespace_not_found(src))?;
    let existing = store.info(dst)?.map_or(0, |i| i.keys);
    if existing > 0 && !force {
        return Err(Error::conflict(format!(
            "namespace {dst:?} already has {}; not overwritten",
            count(existing, "key")
        ))
        .hint(Fix::ForceOrAnotherName {
            verb: verb.to_string(),
        }));
    }
    if existing > 0 || store.info(dst)?.is_some() {
        store.drop_namespace(dst)?;
    }
    Ok(Transfer {
        source: src.to_string(),
        destination: dst.to_string(),
        keys: source.keys,
        replaced: existing,
    })
}

/// Copies `src` to `dst`; a non-empty `dst` is replaced only with `force`. Only `dst` changes,
/// so only a lock on it stops the copy.
pub fn copy(
    tx: &mut dyn Transaction,
    actor: Actor,
    src: &str,
    dst: &str,
    force: bool,
) -> Result<Transfer> {
    let store = changing(tx, actor, &[dst])?;
    let transfer = prepare_transfer(store, src, dst, force, "copy")?;
    store.copy(src, dst)?;
    Ok(transfer)
}

/// Renames `src` to `dst`; a non-empty `dst` is replaced only with `force`. Both change.
pub fn rename(
    tx: &mut dyn Transaction,
    actor: Actor,
    src: &str,
    dst: &str,
    force: bool,
) -> Result<Transfer> {
    let store = changing(tx, actor, &[src, dst])?;
    let transfer = prepare_transfer(store, src, dst, force, "rename")?;
    store.rename(src, dst)?;
    Ok(transfer)
}

/// Every (namespace, key, JSON text) of the given namespaces (all when empty), in order.
pub fn export(
    store: &mut dyn NamespaceStorage,
    namespaces: &[String],
    f: &mut dyn FnMut(&str, &str, &str) -> Result<()>,
) -> Result<()> {
    let names: Vec<String> = if namespaces.is_empty() {
        store.list()?.into_iter().map(|i| i.name).collect()
    } else {
        for ns in namespaces {
            validate_namespace(ns)?;
            if store.info(ns)?.is_none() {
                return Err(namespace_not_found(ns));
            }
        }
        namespaces.to_vec()
    };
    for ns in &names {
        store.scan(ns, "", &mut |key, value| {
            f(ns, key, value)?;
            Ok(true)
        })?;
    }
    Ok(())
}

/// One line of `namespace export` / `import`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportRecord {
    namespace: String,
    key: String,
    #[serde(deserialize_with = "crate::exact_json::deserialize")]
    value: Value,
}

/// Running totals of an import that may span several transactions.
#[derive(Debug, Default, Clone)]
pub struct ImportTally {
    pub records: u64,
    /// Key count of each touched namespace before its first record, and after the last.
    counts: HashMap<String, (u64, u64)>,
    /// Records committed (or, in a dry run, applied) by finished chunks.
    pub committed: u64,
}

/// Small (a count per namespace): a mark is a copy.
impl Tally for ImportTally {
    type Mark = ImportTally;
    fn mark(&mut self) -> ImportTally {
        self.clone()
    }
    fn restore(&mut self, mark: &ImportTally) {
        self.clone_from(mark);
    }
}

impl ImportTally {
    /// Keys that did not exist before.
    pub fn added(&self) -> u64 {
        self.counts
            .values()
            .map(|(before, after)| after.saturating_sub(*before))
            .sum()
    }

    /// Key count of each touched namespace after its last record.
    pub fn per_namespace(&self) -> BTreeMap<String, u64> {
        self.counts
            .iter()
            .map(|(ns, (_, after))| (ns.clone(), *after))
            .collect()
    }
}

/// How many imported entries go to the backend together: on PostgreSQL a COPY or a statement
/// per group, where fewer and larger groups measured faster (50,000 entries of the bench's size
/// are about 5 MB in memory).
const IMPORT_GROUP: usize = 50_000;

/// Applies up to `limit` records (all when `None`) from `reader` in the current transaction.
/// Returns false when the input is exhausted.
pub fn import_chunk(
    tx: &mut dyn Transaction,
    actor: Actor,
    reader: &mut RecordReader,
    limit: Option<u64>,
    tally: &mut ImportTally,
    tags: Tags,
) -> Result<bool> {
    let mut touched: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut applied = 0u64;
    // Entries go to the backend in groups (a COPY or a statement each on PostgreSQL), in order.
    let mut pending: Vec<(String, String, String)> = Vec::with_capacity(IMPORT_GROUP);
    let more = loop {
        if pending.len() >= IMPORT_GROUP {
            tx.namespaces()?.put_many(&pending)?;
            pending.clear();
        }
        if limit.is_some_and(|l| applied >= l) {
            break true;
        }
        let Some(record) = reader.next_record()? else {
            break false;
        };
        let (ns, key, text) = parse_import_record(&record, tags)?;
        // Checked in every chunk that touches the namespace: a lock can be taken between two.
        if !touched.contains(&ns) {
            changing(tx, actor, &[&ns])?;
            touched.insert(ns.clone());
        }
        if !tally.counts.contains_key(&ns) {
            let before = tx.namespaces()?.info(&ns)?.map_or(0, |i| i.keys);
            tally.counts.insert(ns.clone(), (before, before));
        }
        // `ns` was checked above, in this transaction.
        pending.push((ns, key, text));
        applied += 1;
        tally.records += 1;
    };
    tx.namespaces()?.put_many(&pending)?;
    for ns in touched {
        let after = tx.namespaces()?.info(&ns)?.map_or(0, |i| i.keys);
        if let Some(entry) = tally.counts.get_mut(&ns) {
            entry.1 = after;
        }
    }
    tally.committed += applied;
    Ok(more)
}

fn parse_import_record(record: &Record, tags: Tags) -> Result<(String, String, String)> {
    let parsed: ImportRecord = record.parse()?;
    validate_namespace(&parsed.namespace).map_err(|e| record.error(e.message()))?;
    validate_key(&parsed.namespace, &parsed.key).map_err(|e| record.error(e.message()))?;
    let text = stored_text(&parsed.namespace, &parsed.key, &parsed.value, tags).map_err(|e| {
        let hint = e.hint_of();
        let err = record.error(e.message());
        match hint {
            Some(hint) => err.hint(hint),
            None => err,
        }
    })?;
    Ok((parsed.namespace, parsed.key, text))
}

/// Counts for `storectl stats`, from the maintained counters.
pub fn stats(store: &mut dyn NamespaceStorage) -> Result<Value> {
    let list = store.list()?;
    Ok(json!({
        "namespaces": list.len(),
        "keys": list.iter().map(|i| i.keys).sum::<u64>(),
        "value_bytes": list.iter().map(|i| i.value_bytes).sum::<u64>(),
    }))
}

/// The face's invariants for `storectl check`: valid names and keys, every value JSON, and the
/// maintained key count equal to the keys actually held.
pub fn check(store: &mut dyn NamespaceStorage) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for info in store.list()? {
        let ns = info.name;
        if let Err(e) = validate_namespace(&ns) {
            problems.push(format!("namespaces: {}", e.message()));
        }
        let mut held = 0u64;
        store.scan(&ns, "", &mut |key, text| {
            held += 1;
            if key.is_empty() {
                problems.push(format!("namespaces: namespace {ns:?} has an empty key"));
            }
            if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
                problems.push(format!(
                    "namespaces: value of key {key:?} in namespace {ns:?} is not JSON"
                ));
            } else if let Some(fault) = opaque::check_stored(text) {
                problems.push(format!(
                    "namespaces: value of key {key:?} in namespace {ns:?}: {fault}"
                ));
            }
            Ok(true)
        })?;
        if held != info.keys {
            problems.push(format!(
                "namespaces: namespace {ns:?} reports {} but holds {held}",
                count(info.keys, "key")
            ));
        }
    }
    Ok(problems)
}
