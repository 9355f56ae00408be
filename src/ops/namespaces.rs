//! Namespace commands (Errbot storage) as typed requests and results: one struct and one
//! function per `storectl namespace` command. See [`crate::ops`] for the pattern.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::{Actor, Transactions};
use crate::error::{Error, Fix, Result};
use crate::faces::namespaces::{self as face, ImportTally, MergeStrategy, Tags};
use crate::input::RecordReader;
use crate::plural::count;

/// One namespace of `namespace list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    pub namespace: String,
    pub keys: u64,
    pub value_bytes: u64,
}

/// Every namespace with its key count and value bytes, by name.
pub fn list(store: &mut impl Transactions) -> Result<Vec<Listed>> {
    let list = store.read(|tx| face::list(tx.namespaces()?))?;
    Ok(list
        .into_iter()
        .map(|info| Listed {
            namespace: info.name,
            keys: info.keys,
            value_bytes: info.value_bytes,
        })
        .collect())
}

/// `namespace keys NS [--prefix P]`.
#[derive(Debug, Clone)]
pub struct Keys {
    pub ns: String,
    pub prefix: Option<String>,
}

/// Streams the keys of a namespace, sorted, to `key`.
pub fn keys(
    store: &mut impl Transactions,
    req: &Keys,
    key: &mut dyn FnMut(&str) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::keys(
            tx.namespaces()?,
            &req.ns,
            req.prefix.as_deref().unwrap_or(""),
            key,
        )
    })
}

/// The number of keys of `ns` (0 for a namespace that does not exist).
pub fn len(store: &mut impl Transactions, ns: &str) -> Result<u64> {
    store.read(|tx| face::len(tx.namespaces()?, ns))
}

/// `namespace get NS KEY [--default JSON]`.
#[derive(Debug, Clone)]
pub struct Get {
    pub ns: String,
    pub key: String,
    /// Returned instead of a not-found error when the key is missing.
    pub default: Option<Value>,
}

/// The value of a key as its stored JSON text (exact: numbers are not rewritten).
pub fn get(store: &mut impl Transactions, req: &Get) -> Result<String> {
    store.read(|tx| face::get(tx.namespaces()?, &req.ns, &req.key, req.default.as_ref()))
}

/// What a changing command did (or, in a dry run, would do) to one namespace, key by key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changed {
    pub namespace: String,
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    pub dry_run: bool,
}

impl Changed {
    fn new(changes: face::Changes, dry_run: bool) -> Changed {
        Changed {
            namespace: changes.namespace,
            added: changes.added,
            changed: changes.changed,
            removed: changes.removed,
            dry_run,
        }
    }

    /// True when no key was (or would be) added, changed or removed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// `namespace set NS KEY VALUE`.
#[derive(Debug, Clone)]
pub struct Set {
    pub ns: String,
    pub key: String,
    pub value: Value,
    /// Whether a value of the opaque tag's form is an opaque value or refused.
    pub tags: Tags,
    pub dry_run: bool,
}

pub fn set(store: &mut impl Transactions, actor: &Actor, req: &Set) -> Result<Changed> {
    let changes = store.write(req.dry_run, |tx| {
        face::set(tx, actor.locks(), &req.ns, &req.key, &req.value, req.tags)
    })?;
    Ok(Changed::new(changes, req.dry_run))
}

/// `namespace rm NS KEY...`: all keys or none.
#[derive(Debug, Clone)]
pub struct Remove {
    pub ns: String,
    pub keys: Vec<String>,
    /// Skip missing keys instead of failing.
    pub ignore_missing: bool,
    pub dry_run: bool,
}

pub fn remove(store: &mut impl Transactions, actor: &Actor, req: &Remove) -> Result<Changed> {
    let changes = store.write(req.dry_run, |tx| {
        face::remove(tx, actor.locks(), &req.ns, &req.keys, req.ignore_missing)
    })?;
    Ok(Changed::new(changes, req.dry_run))
}

/// Streams every (key, value) of a namespace, sorted by key, to `row`.
pub fn dump(
    store: &mut impl Transactions,
    ns: &str,
    row: &mut dyn FnMut(&str, Value) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::dump(tx.namespaces()?, ns, &mut |key, text| {
            row(key, stored_value(text)?)
        })
    })
}

/// `namespace replace NS`: the namespace becomes `doc`, a JSON object.
#[derive(Debug, Clone)]
pub struct Replace {
    pub ns: String,
    pub doc: Value,
    pub tags: Tags,
    pub dry_run: bool,
}

pub fn replace(store: &mut impl Transactions, actor: &Actor, req: &Replace) -> Result<Changed> {
    let changes = store.write(req.dry_run, |tx| {
        face::replace(tx, actor.locks(), &req.ns, req.doc.clone(), req.tags)
    })?;
    Ok(Changed::new(changes, req.dry_run))
}

/// `namespace merge NS`: `doc`, a JSON object, merged in by `strategy`.
#[derive(Debug, Clone)]
pub struct Merge {
    pub ns: String,
    pub doc: Value,
    pub strategy: MergeStrategy,
    pub tags: Tags,
    pub dry_run: bool,
}

pub fn merge(store: &mut impl Transactions, actor: &Actor, req: &Merge) -> Result<Changed> {
    let changes = store.write(req.dry_run, |tx| {
        face::merge(
            tx,
            actor.locks(),
            &req.ns,
            req.doc.clone(),
            req.strategy,
            req.tags,
        )
    })?;
    Ok(Changed::new(changes, req.dry_run))
}

/// `namespace create NS`.
#[derive(Debug, Clone)]
pub struct Create {
    pub ns: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Created {
    pub namespace: String,
    /// False when the namespace existed already.
    pub created: bool,
    pub dry_run: bool,
}

pub fn create(store: &mut impl Transactions, actor: &Actor, req: &Create) -> Result<Created> {
    let created = store.write(req.dry_run, |tx| face::create(tx, actor.locks(), &req.ns))?;
    Ok(Created {
        namespace: req.ns.clone(),
        created,
        dry_run: req.dry_run,
    })
}

/// `namespace drop NS`. Confirmation is the caller's (the CLI asks at a terminal; [`len`] says
/// how many keys would go).
#[derive(Debug, Clone)]
pub struct Drop {
    pub ns: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dropped {
    pub namespace: String,
    pub dropped: bool,
    /// Keys the namespace held.
    pub keys: u64,
    pub dry_run: bool,
}

pub fn drop(store: &mut impl Transactions, actor: &Actor, req: &Drop) -> Result<Dropped> {
    let keys = store.write(req.dry_run, |tx| face::drop(tx, actor.locks(), &req.ns))?;
    Ok(Dropped {
        namespace: req.ns.clone(),
        dropped: true,
        keys,
        dry_run: req.dry_run,
    })
}

/// `namespace copy|rename SRC DST [--force]`.
#[derive(Debug, Clone)]
pub struct Transfer {
    pub src: String,
    pub dst: String,
    /// Replace a destination that has keys.
    pub force: bool,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transferred {
    pub source: String,
    pub destination: String,
    pub keys: u64,
    /// Keys the destination held before (only with `force`).
    pub replaced: u64,
    pub dry_run: bool,
}

impl Transferred {
    fn new(t: face::Transfer, dry_run: bool) -> Transferred {
        Transferred {
            source: t.source,
            destination: t.destination,
            keys: t.keys,
            replaced: t.replaced,
            dry_run,
        }
    }
}

pub fn copy(store: &mut impl Transactions, actor: &Actor, req: &Transfer) -> Result<Transferred> {
    let t = store.write(req.dry_run, |tx| {
        face::copy(tx, actor.locks(), &req.src, &req.dst, req.force)
    })?;
    Ok(Transferred::new(t, req.dry_run))
}

pub fn rename(store: &mut impl Transactions, actor: &Actor, req: &Transfer) -> Result<Transferred> {
    let t = store.write(req.dry_run, |tx| {
        face::rename(tx, actor.locks(), &req.src, &req.dst, req.force)
    })?;
    Ok(Transferred::new(t, req.dry_run))
}

/// Streams every (namespace, key, value) of `namespaces` (all when empty) to `row`.
pub fn export(
    store: &mut impl Transactions,
    namespaces: &[String],
    row: &mut dyn FnMut(&str, &str, Value) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::export(tx.namespaces()?, namespaces, &mut |ns, key, text| {
            row(ns, key, stored_value(text)?)
        })
    })
}

/// `namespace import`: {"namespace", "key", "value"} records from `reader`.
pub struct Import {
    pub reader: RecordReader,
    /// Commit every N records instead of once at the end (ignored in a dry run, which commits
    /// nothing anyway).
    pub batch_size: Option<u64>,
    pub tags: Tags,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Imported {
    pub records: u64,
    /// Keys that did not exist before.
    pub added: u64,
    pub updated: u64,
    /// Key count of each namespace the import touched, after it.
    pub namespaces: BTreeMap<String, u64>,
    pub dry_run: bool,
}

/// Imports every record, in one transaction or (with `batch_size`) one per chunk. A failure
/// says how many records earlier chunks committed; those stay committed.
pub fn import(store: &mut impl Transactions, actor: &Actor, req: Import) -> Result<Imported> {
    let Import {
        mut reader,
        batch_size,
        tags,
        dry_run,
    } = req;
    let mut tally = ImportTally::default();
    super::write_in_chunks(
        store,
        super::Chunking {
            dry_run,
            batch_size,
        },
        &mut reader,
        &mut tally,
        |tx, r, limit, t| face::import_chunk(tx, actor.locks(), r, limit, t, tags),
        |_, more| more,
        |e, committed| match committed {
            0 => e.context("import failed; nothing was stored"),
            n => e.context(format!(
                "import stopped; {} committed in earlier batches",
                count(n, "record")
            )),
        },
    )?;
    Ok(Imported {
        records: tally.records,
        added: tally.added(),
        updated: tally.records - tally.added(),
        namespaces: tally.per_namespace(),
        dry_run,
    })
}

impl super::ChunkTally for ImportTally {
    fn committed(&self) -> u64 {
        self.committed
    }
}

/// A stored value's text as JSON (exact: `1E5` stays `1E5`).
fn stored_value(text: &str) -> Result<Value> {
    crate::exact_json::from_str(text)
        .map_err(|e| Error::bad_input(format!("stored value is not JSON: {e}")).hint(Fix::RunCheck))
}

/// The layer driven as a program would drive it: a real SQLite store, no CLI.
#[cfg(test)]
mod tests {

    use serde_json::json;

    use super::*;
    use crate::engine::Store;
    use crate::error::Kind;
    use crate::faces::locks::{self, LockAuthority};
    use crate::faces::merge::ArrayMode;
    use crate::input::from_bytes;
    use crate::ops::test_store::new_store;

    fn records(lines: &[Value]) -> RecordReader {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        RecordReader::new(from_bytes(text.into_bytes()))
    }

    fn set(ns: &str, key: &str, value: Value) -> Set {
        Set {
            ns: ns.into(),
            key: key.into(),
            value,
            tags: Tags::Refuse,
            dry_run: false,
        }
    }

    fn get_text(store: &mut Store, ns: &str, key: &str) -> Result<String> {
        get(
            store,
            &Get {
                ns: ns.into(),
                key: key.into(),
                default: None,
            },
        )
    }

    #[test]
    fn set_get_and_merge_on_a_store_return_typed_results() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let alice = Actor::new(Some("alice"));

        let value = crate::exact_json::from_str(r#"{"PORT": 1E5, "tags": ["a"]}"#).unwrap();
        let done = super::set(&mut store, &alice, &set("core", "cfg", value)).unwrap();
        assert_eq!(done.added, vec!["cfg".to_string()]);
        assert!(!done.dry_run);
        // The document the CLI prints is the result serialized, in field order.
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"namespace":"core","added":["cfg"],"changed":[],"removed":[],"dry_run":false}"#
        );
        // Stored exactly: 1E5 is not rewritten.
        assert_eq!(
            get_text(&mut store, "core", "cfg").unwrap(),
            r#"{"PORT":1E5,"tags":["a"]}"#
        );

        let patch = Merge {
            ns: "core".into(),
            doc: json!({"cfg": {"tags": ["b"]}, "motd": "hi"}),
            strategy: MergeStrategy::Deep(ArrayMode::Append),
            tags: Tags::Refuse,
            dry_run: true,
        };
        let would = merge(&mut store, &alice, &patch).unwrap();
        assert_eq!((would.added.len(), would.changed.len()), (1, 1));
        assert!(would.dry_run);
        assert_eq!(
            len(&mut store, "core").unwrap(),
            1,
            "a dry run writes nothing"
        );

        let done = merge(
            &mut store,
            &alice,
            &Merge {
                dry_run: false,
                ..patch
            },
        )
        .unwrap();
        assert_eq!(done.added, vec!["motd".to_string()]);
        assert_eq!(done.changed, vec!["cfg".to_string()]);
        assert_eq!(
            get_text(&mut store, "core", "cfg").unwrap(),
            r#"{"PORT":1E5,"tags":["a","b"]}"#
        );
        let listed = list(&mut store).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].namespace.as_str(), listed[0].keys), ("core", 2));

        let missing = get_text(&mut store, "core", "nope").unwrap_err();
        assert_eq!(missing.kind(), Kind::NotFound);
    }

    #[test]
    fn a_lock_held_by_another_user_stops_a_write_and_not_its_owner() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let bob = Actor::new(Some("bob"));
        store
            .write(false, |tx| {
                let auth = LockAuthority {
                    user: Some("bob"),
                    administrators: &[],
                    items: None,
                };
                locks::acquire(tx, &auth, "namespace:core", "bob", None, bob.now_us)
            })
            .unwrap();

        let alice = Actor::new(Some("alice"));
        let err = super::set(&mut store, &alice, &set("core", "k", json!(1))).unwrap_err();
        assert_eq!(err.kind(), Kind::Busy, "{}", err.message());
        assert_eq!(len(&mut store, "core").unwrap(), 0);
        super::set(&mut store, &bob, &set("core", "k", json!(1))).unwrap();
        assert_eq!(len(&mut store, "core").unwrap(), 1);
    }

    #[test]
    fn a_chunked_import_commits_each_chunk_and_counts_what_it_committed() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let actor = Actor::new(None);
        super::set(&mut store, &actor, &set("a", "k1", json!("old"))).unwrap();

        let lines: Vec<Value> = (1..=5)
            .map(|i| json!({"namespace": if i % 2 == 0 { "b" } else { "a" }, "key": format!("k{i}"), "value": i}))
            .collect();
        let done = import(
            &mut store,
            &actor,
            Import {
                reader: records(&lines),
                batch_size: Some(2),
                tags: Tags::Refuse,
                dry_run: false,
            },
        )
        .unwrap();
        assert_eq!((done.records, done.added, done.updated), (5, 4, 1));
        assert_eq!(
            done.namespaces,
            BTreeMap::from([("a".to_string(), 3), ("b".to_string(), 2)])
        );
        assert_eq!(get_text(&mut store, "a", "k1").unwrap(), "1");

        // A bad fourth record: the first chunk of two stays committed, and the error says so.
        let mut lines: Vec<Value> = (10..13)
            .map(|i| json!({"namespace": "c", "key": format!("k{i}"), "value": i}))
            .collect();
        lines.push(json!({"namespace": "c", "key": "bad"}));
        let err = import(
            &mut store,
            &actor,
            Import {
                reader: records(&lines),
                batch_size: Some(2),
                tags: Tags::Refuse,
                dry_run: false,
            },
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::BadInput, "{}", err.message());
        assert!(
            err.message()
                .contains("import stopped; 2 records committed in earlier batches"),
            "{}",
            err.message()
        );
        assert_eq!(len(&mut store, "c").unwrap(), 2);

        // Unchunked, the same input stores nothing.
        let err = import(
            &mut store,
            &actor,
            Import {
                reader: records(&lines),
                batch_size: None,
                tags: Tags::Refuse,
                dry_run: false,
            },
        )
        .unwrap_err();
        assert!(err.message().contains("import failed; nothing was stored"));
        assert_eq!(len(&mut store, "c").unwrap(), 2);
    }
}
