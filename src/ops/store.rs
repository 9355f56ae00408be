//! Commands on the whole store: `init`, `check`, `backup`, `stats`. They work on the storage
//! itself (schema, integrity, file copies, sizes), so they take the [`Store`], not a source of
//! transactions, and never run as a line of `batch` or a `serve` request. See [`crate::ops`].

use std::path::PathBuf;

use serde::Serialize;
use serde_json::{Map, Value};

use super::progress::{ProgressEvent, Stage};
use crate::engine::{Face, Store};
use crate::error::{Error, Fix, Kind, Result};
use crate::faces;

/// What `init` did: the store is there, with its schema up to date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Initialized {
    pub store: String,
    pub schema_version: Value,
}

/// Creates the store if needed and brings its schema up to date.
pub fn init(store: &mut Store) -> Result<Initialized> {
    store.backend().create()?;
    let stats = store.backend().storage_stats()?;
    Ok(Initialized {
        store: store.backend().url(),
        schema_version: stats["schema_version"].clone(),
    })
}

/// What `check` found. `ok` is false when there are `problems`; `notes` are findings that are
/// not damage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checked {
    pub store: String,
    pub ok: bool,
    /// Storage integrity problems, then each face's broken invariants, each naming its record.
    pub problems: Vec<String>,
    /// Findings that are not damage; a front end words them (their document is its words).
    #[serde(skip)]
    pub notes: Vec<CheckNote>,
}

/// A finding of `check` that is not damage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckNote {
    /// Activities that no timeline holds (a feed garbage collection removes them).
    UnreferencedActivities(u64),
}

/// Checks the storage's integrity and every face's invariants, in one read. Damaged storage
/// (text that is not UTF-8) can stop a face's check: that is reported as one more problem.
pub fn check(store: &mut Store, progress: &mut dyn FnMut(ProgressEvent)) -> Result<Checked> {
    progress(ProgressEvent::Start {
        stage: Stage::Checking,
        total: None,
    });
    let mut problems = store.backend().integrity_problems()?;
    let held = store.backend().faces();
    let checked = store.read(|tx| {
        let mut notes = Vec::new();
        for face in held {
            match face {
                Face::Namespaces => problems.extend(faces::namespaces::check(tx.namespaces()?)?),
                Face::Comments => problems.extend(faces::comments::check(tx.comments()?)?),
                Face::Items => problems.extend(faces::items::check(tx.items()?)?),
                Face::Sessions => problems.extend(faces::sessions::check(tx.sessions()?)?),
                Face::Feeds => {
                    let (feed_problems, unreferenced) = faces::feeds::check(tx.feeds()?)?;
                    problems.extend(feed_problems);
                    if unreferenced > 0 {
                        notes.push(CheckNote::UnreferencedActivities(unreferenced));
                    }
                }
            }
        }
        Ok(notes)
    });
    let notes = match checked {
        Ok(notes) => notes,
        // Damaged storage (text that is not UTF-8, listed above) can stop a face's check: that
        // is one more problem to report, not a reason to report none.
        Err(e) if e.kind() == Kind::BadInput && !problems.is_empty() => {
            problems.push(format!("the faces' checks stopped early: {}", e.message()));
            Vec::new()
        }
        Err(e) => return Err(e),
    };
    progress(ProgressEvent::Finish);
    Ok(Checked {
        store: store.backend().url(),
        ok: problems.is_empty(),
        problems,
        notes,
    })
}

/// `backup DEST [--force]`.
#[derive(Debug, Clone)]
pub struct Backup {
    /// The file to write; it appears only when the copy is complete.
    pub dest: PathBuf,
    /// Overwrite `dest` if it exists.
    pub force: bool,
}

/// What `backup` wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackedUp {
    pub store: String,
    pub destination: String,
    /// Database pages copied.
    pub pages: u64,
    pub bytes: u64,
}

/// Copies the whole store to `dest` while it stays in use.
pub fn backup(
    store: &mut Store,
    req: &Backup,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<BackedUp> {
    if req.dest.is_dir() {
        return Err(Error::bad_input(format!(
            "backup destination {} is a directory",
            req.dest.display()
        ))
        .hint(format!(
            "name a file, e.g. {}",
            req.dest.join("storectl.db").display()
        )));
    }
    if req.dest.exists() && !req.force {
        return Err(Error::conflict(format!(
            "backup destination {} already exists",
            req.dest.display()
        ))
        .hint(Fix::OverwriteOrAnotherFile));
    }
    progress(ProgressEvent::Start {
        stage: Stage::BackingUp,
        total: None,
    });
    let report = store.backend().backup(&req.dest, &mut |done, total| {
        progress(ProgressEvent::Total(total));
        progress(ProgressEvent::Done(done));
    })?;
    progress(ProgressEvent::Finish);
    Ok(BackedUp {
        store: store.backend().url(),
        destination: req.dest.display().to_string(),
        pages: report.pages,
        bytes: report.bytes,
    })
}

/// What `stats` found: storage facts, and each face's counts by face name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub storage: Value,
    pub faces: Map<String, Value>,
}

/// Storage facts and every face's counts, in one read.
pub fn stats(store: &mut Store) -> Result<Stats> {
    let storage = store.backend().storage_stats()?;
    let held = store.backend().faces();
    let faces = store.read(|tx| {
        let mut out = Map::new();
        for face in held {
            let stats = match face {
                Face::Namespaces => faces::namespaces::stats(tx.namespaces()?)?,
                Face::Comments => faces::comments::stats(tx.comments()?)?,
                Face::Feeds => faces::feeds::stats(tx.feeds()?)?,
                Face::Items => faces::items::stats(tx.items()?)?,
                Face::Sessions => faces::sessions::stats(tx.sessions()?)?,
            };
            out.insert(face.name().to_string(), stats);
        }
        Ok(out)
    })?;
    Ok(Stats { storage, faces })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use serde_json::json;

    use super::*;
    use crate::ops::progress::ignore;

    fn store_at(path: &std::path::Path) -> Store {
        Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(1)).expect("open store")
    }

    fn with_a_key(dir: &tempfile::TempDir) -> (Store, PathBuf) {
        let path = dir.path().join("ops.db");
        let mut store = store_at(&path);
        init(&mut store).unwrap();
        store
            .write(false, |tx| tx.namespaces()?.put("core", "k", "1"))
            .unwrap();
        (store, path)
    }

    #[test]
    fn init_creates_the_store_and_says_its_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        let mut store = store_at(&path);
        assert!(!path.exists());
        let done = init(&mut store).unwrap();
        assert!(path.exists());
        assert!(
            done.schema_version.as_u64().is_some_and(|v| v > 0),
            "{done:?}"
        );
        let doc = serde_json::to_value(&done).unwrap();
        assert_eq!(
            doc.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["store", "schema_version"]
        );
        // Again: nothing to do, the same answer.
        assert_eq!(init(&mut store).unwrap(), done);
    }

    #[test]
    fn check_finds_no_problem_in_a_sound_store_and_notes_are_not_in_the_document() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = with_a_key(&dir);
        let mut events = Vec::new();
        let checked = check(&mut store, &mut |e| events.push(e)).unwrap();
        assert!(checked.ok && checked.problems.is_empty(), "{checked:?}");
        assert_eq!(
            events,
            [
                ProgressEvent::Start {
                    stage: Stage::Checking,
                    total: None
                },
                ProgressEvent::Finish
            ]
        );
        let doc = serde_json::to_value(&checked).unwrap();
        assert_eq!(
            doc.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["store", "ok", "problems"]
        );
    }

    #[test]
    fn check_lists_each_problem_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, path) = with_a_key(&dir);
        store
            .write(false, |tx| tx.namespaces()?.put("core", "bad", "{not json"))
            .unwrap();
        let before = std::fs::read(&path).unwrap();
        let checked = check(&mut store, &mut ignore).unwrap();
        assert!(!checked.ok);
        assert_eq!(
            checked.problems,
            ["namespaces: value of key \"bad\" in namespace \"core\" is not JSON"]
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn backup_copies_the_store_and_refuses_to_overwrite_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = with_a_key(&dir);
        let dest = dir.path().join("copy.db");
        let req = |force| Backup {
            dest: dest.clone(),
            force,
        };
        let done = backup(&mut store, &req(false), &mut ignore).unwrap();
        assert_eq!(done.destination, dest.display().to_string());
        assert!(done.bytes > 0 && done.pages > 0, "{done:?}");
        let mut copy = store_at(&dest);
        assert_eq!(
            stats(&mut copy).unwrap().faces["namespaces"]["keys"],
            json!(1)
        );
        // Refused: the copy stays as it was.
        let before = std::fs::read(&dest).unwrap();
        let err = backup(&mut store, &req(false), &mut ignore).unwrap_err();
        assert_eq!(err.kind(), Kind::Conflict, "{err}");
        assert_eq!(err.hint_of(), Some(Fix::OverwriteOrAnotherFile.into()));
        assert_eq!(std::fs::read(&dest).unwrap(), before);
        let err = backup(
            &mut store,
            &Backup {
                dest: dir.path().to_path_buf(),
                force: true,
            },
            &mut ignore,
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::BadInput, "{err}");
        // With force, overwritten.
        backup(&mut store, &req(true), &mut ignore).unwrap();
    }

    #[test]
    fn stats_count_every_face_in_the_documents_field_order() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = with_a_key(&dir);
        let s = stats(&mut store).unwrap();
        assert_eq!(s.faces["namespaces"]["namespaces"], json!(1));
        let doc = serde_json::to_value(&s).unwrap();
        assert_eq!(
            doc.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["storage", "faces"]
        );
    }
}
