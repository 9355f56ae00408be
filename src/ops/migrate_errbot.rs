//! `migrate errbot BOT_DATA_DIR`: every shelf of Errbot's Shelf storage becomes a namespace.
//!
//! - **Names.** A shelf `NS.db` (whatever its dbm flavour) is Errbot namespace `NS` — `core`,
//!   `repomgr`, or a plugin's name — and becomes storectl namespace `NS`, the name the
//!   `storectl.errbot` plugin opens for the same namespace.
//! - **Values.** A pickle whose value JSON carries exactly (the plugin's rule,
//!   `storectl.values.is_plain_json`) is stored as JSON; any other is stored as an opaque
//!   `python-pickle` value holding the shelf's own bytes, unchanged: the plugin reads it with
//!   `pickle.loads`, the call Shelf storage made on the same bytes, so the bot gets the same
//!   object back (storectl runs no Python, so it could not re-pickle anyway).
//! - **Transactions.** One per namespace: a shelf is stored whole or not at all. A shelf that
//!   cannot be read (unknown flavour, a corrupt file, a key that is not UTF-8, a pickle Python
//!   could not load either) is listed with every bad key and skipped, and the others go on.
//! - **Re-running** stores the shelves again over the store: a key equal to its stored value is
//!   unchanged, so a second run changes nothing and says so. Keys only the store has are kept.

use std::path::PathBuf;

use serde::Serialize;
use serde_json::Value;

use super::progress::{ProgressEvent, Stage};
use super::{Actor, Transactions};
use crate::errbot_shelf::{self as shelf, pickle};
use crate::error::{Error, Kind, Result};
use crate::faces::namespaces as face;
use crate::faces::namespaces_opaque::Opaque;
use crate::moin16::confined::{symlink_of, Confined};

/// The opaque type of the plugin's pickled values.
pub const PICKLE_TYPE: &str = "python-pickle";

/// `migrate errbot BOT_DATA_DIR [--dry-run]`.
#[derive(Debug, Clone)]
pub struct Errbot {
    pub data_dir: PathBuf,
    pub dry_run: bool,
}

/// One shelf that became a namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ShelfReport {
    pub namespace: String,
    pub file: String,
    pub flavour: String,
    pub keys: u64,
    /// Values stored as plain JSON.
    pub json: u64,
    /// Values stored as opaque `python-pickle` values.
    pub opaque: u64,
    pub added: u64,
    pub changed: u64,
    pub unchanged: u64,
}

/// Something not migrated (exit 5): a shelf, or one key of it (the shelf is then skipped whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub message: String,
}

/// Something worth knowing that is not a failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub file: String,
    pub message: String,
}

/// Sums over the migrated shelves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub namespaces: u64,
    pub keys: u64,
    pub json: u64,
    pub opaque: u64,
    pub added: u64,
    pub changed: u64,
    pub unchanged: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ErrbotReport {
    pub source: String,
    pub dry_run: bool,
    pub totals: Totals,
    pub namespaces: Vec<ShelfReport>,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<Note>,
}

impl ErrbotReport {
    pub fn is_partial(&self) -> bool {
        !self.skipped.is_empty()
    }
}

/// A shelf's entries as namespace values, or every reason it cannot be migrated.
fn convert(
    shelf: &shelf::Shelf,
    entries: shelf::Entries,
) -> std::result::Result<Converted, Vec<Skipped>> {
    let mut out = Converted::default();
    let mut bad = Vec::new();
    for (raw_key, bytes) in entries {
        let skip = |key: String, message: String| Skipped {
            file: shelf.file.clone(),
            key: Some(key),
            message,
        };
        let key = match String::from_utf8(raw_key) {
            Ok(k) if k.is_empty() => {
                bad.push(skip(
                    k,
                    "an empty key, which storectl namespaces do not hold".into(),
                ));
                continue;
            }
            Ok(k) => k,
            Err(e) => {
                let shown = String::from_utf8_lossy(e.as_bytes()).into_owned();
                bad.push(skip(
                    shown,
                    "a key that is not UTF-8 (shelve writes keys as UTF-8; Python cannot list it)"
                        .into(),
                ));
                continue;
            }
        };
        match pickle::load(&bytes) {
            Ok(decoded) => match decoded.plain_json() {
                Some(v) => {
                    out.json += 1;
                    out.entries.push((key, v));
                }
                None => {
                    out.opaque += 1;
                    let tag = Opaque::new(PICKLE_TYPE, bytes)
                        .expect("python-pickle is a type name")
                        .to_value();
                    out.entries.push((key, tag));
                }
            },
            Err(c) => bad.push(skip(key, format!("a pickle Python cannot load: {c}"))),
        }
    }
    if bad.is_empty() {
        Ok(out)
    } else {
        Err(bad)
    }
}

#[derive(Debug, Default)]
struct Converted {
    entries: Vec<(String, Value)>,
    json: u64,
    opaque: u64,
}

/// Migrates every shelf of `req.data_dir`, one transaction per namespace.
pub fn errbot(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &Errbot,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<ErrbotReport> {
    let dir = &req.data_dir;
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(Error::bad_input(format!(
                "{} is not a directory; give the bot's BOT_DATA_DIR",
                dir.display()
            )))
        }
        Err(e) => {
            return Err(
                Error::input_missing(format!("cannot read {}: {e}", dir.display()))
                    .hint("give the bot's BOT_DATA_DIR (the directory holding core.db...)"),
            )
        }
    }
    let source = std::fs::canonicalize(dir)
        .unwrap_or(dir.clone())
        .display()
        .to_string();
    let root = Confined::new(dir.clone());
    let layout = shelf::scan(&root)
        .map_err(|e| Error::new(Kind::Io, format!("cannot list {}: {e}", dir.display())))?;
    let mut report = ErrbotReport {
        source,
        dry_run: req.dry_run,
        ..ErrbotReport::default()
    };
    report
        .skipped
        .extend(layout.skipped.into_iter().map(|(file, message)| Skipped {
            file,
            key: None,
            message,
        }));
    report.notes.extend(
        layout
            .notes
            .into_iter()
            .map(|(file, message)| Note { file, message }),
    );
    progress(ProgressEvent::Start {
        stage: Stage::MigratingShelves,
        total: Some(layout.shelves.len() as u64),
    });
    for (n, s) in layout.shelves.iter().enumerate() {
        migrate_one(store, actor, req.dry_run, &root, s, &mut report)?;
        progress(ProgressEvent::Done(n as u64 + 1));
    }
    progress(ProgressEvent::Finish);
    let t = &mut report.totals;
    for r in &report.namespaces {
        t.namespaces += 1;
        t.keys += r.keys;
        t.json += r.json;
        t.opaque += r.opaque;
        t.added += r.added;
        t.changed += r.changed;
        t.unchanged += r.unchanged;
    }
    Ok(report)
}

/// Migrates one shelf, or lists why not in `report`. A fault of the store itself (the backend
/// holds no namespaces, the disk is full...) is returned: it stops the run, the namespaces
/// committed before it stay, and a run after the fix goes on where this one stopped.
fn migrate_one(
    store: &mut impl Transactions,
    actor: &Actor,
    dry_run: bool,
    root: &Confined,
    s: &shelf::Shelf,
    report: &mut ErrbotReport,
) -> Result<()> {
    let skip_shelf = |message: String| Skipped {
        file: s.file.clone(),
        key: None,
        message,
    };
    // A link swapped in after the scan is caught by the reads too; this names it plainly.
    if let Err(e) = root.kind_no_link(&root.root().join(&s.file)) {
        let message = match symlink_of(&e) {
            Some(_) => {
                "a symbolic link; storectl never follows links inside a bot's data dir".to_string()
            }
            None => e.to_string(),
        };
        report.skipped.push(skip_shelf(message));
        return Ok(());
    }
    let (flavour, entries) = match shelf::read(root, s) {
        Ok(x) => x,
        Err(why) => {
            report.skipped.push(skip_shelf(why));
            return Ok(());
        }
    };
    let converted = match convert(s, entries) {
        Ok(c) => c,
        Err(bad) => {
            report.skipped.extend(bad);
            return Ok(());
        }
    };
    let written = store.write(dry_run, |tx| {
        face::put_all(tx, actor.locks(), &s.namespace, &converted.entries)
    });
    match written {
        Ok(changes) => {
            let keys = converted.entries.len() as u64;
            let (added, changed) = (changes.added.len() as u64, changes.changed.len() as u64);
            report.namespaces.push(ShelfReport {
                namespace: s.namespace.clone(),
                file: s.file.clone(),
                flavour: flavour.name().to_string(),
                keys,
                json: converted.json,
                opaque: converted.opaque,
                added,
                changed,
                unchanged: keys - added - changed,
            });
        }
        // Another owner's lock, or a name the store refuses: this shelf's matter.
        Err(e) if matches!(e.kind(), Kind::Busy | Kind::BadInput) => {
            report.skipped.push(skip_shelf(format!(
                "namespace {:?} not written: {}",
                s.namespace,
                e.message()
            )))
        }
        Err(e) => {
            return Err(e.context(format!(
                "migrating {} into namespace {:?} failed; {} migrated before it stay",
                s.file,
                s.namespace,
                crate::plural::count(report.namespaces.len(), "namespace")
            )))
        }
    }
    Ok(())
}
