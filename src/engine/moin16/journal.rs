//! The undo journal that makes a transaction on a data dir survive `kill -9`.
//!
//! Each change is recorded in `storectl-journal` (one JSON object a line) before it is made, so
//! a process that dies leaves a list of what to take back. When the transaction commits, a commit
//! record first lists the log lines to append and the pages to release; from then on the
//! transaction is completed rather than taken back. storectl's writers take the sidecar store's
//! write lock first, so a journal found by a writer (or by a reader, which then takes that lock)
//! belongs to a process that died: `recover` finishes or undoes its work.
//!
//! The journal is not fsynced: it covers a process that dies, not a machine that loses power
//! (moin itself writes nothing durably either).

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::moin16::confined::Confined;

/// The journal's file name in the data dir.
pub const JOURNAL_FILE: &str = "storectl-journal";

/// How to take back one change.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Undo {
    /// A file this transaction created.
    RemoveFile(PathBuf),
    /// A directory (and everything below) this transaction created.
    RemoveTree(PathBuf),
    /// A rename this transaction made, from `to` back to `from`.
    RenameBack { from: PathBuf, to: PathBuf },
    /// A page held with `current-locked`: restore `current` with its original bytes.
    Release { dir: PathBuf, original: Vec<u8> },
}

/// Log text to append at commit; `len` is the file's length before, so that a completion after
/// a crash appends it exactly once.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogAppend {
    pub path: PathBuf,
    pub len: u64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CommitRecord {
    pub logs: Vec<LogAppend>,
    /// Page directories to release (`current-locked` back to `current`).
    pub held: Vec<PathBuf>,
    /// Files and directories in the trash, to remove.
    pub trashed: Vec<PathBuf>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Entry {
    Undo(Undo),
    /// The change just recorded failed, so there is nothing to take back.
    Cancel,
    Commit(CommitRecord),
}

/// Appends one entry; the journal is created with the first.
fn append(fs: &Confined, entry: &Entry) -> Result<()> {
    let path = fs.root().join(JOURNAL_FILE);
    let mut line = serde_json::to_string(entry).map_err(|e| {
        Error::internal(format!("cannot record a change in {}: {e}", path.display()))
    })?;
    line.push('\n');
    let mut f = fs.append(&path).map_err(|e| super::io_error(&path, e))?;
    f.write_all(line.as_bytes())
        .map_err(|e| Error::Io(e).context(path.display()))
}

pub fn record_undo(fs: &Confined, undo: &Undo) -> Result<()> {
    append(fs, &Entry::Undo(undo.clone()))
}

pub fn record_cancel(fs: &Confined) -> Result<()> {
    append(fs, &Entry::Cancel)
}

pub fn record_commit(fs: &Confined, commit: &CommitRecord) -> Result<()> {
    append(fs, &Entry::Commit(commit.clone()))
}

pub fn remove(fs: &Confined) {
    let _ = fs.remove_file(&fs.root().join(JOURNAL_FILE));
}

fn not_found_is_done(r: std::io::Result<()>) -> std::io::Result<()> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Takes back one change. `after_crash`: the change may not have happened (it is recorded
/// first), so what is already as it was counts as done.
pub fn undo(fs: &Confined, step: &Undo, after_crash: bool) -> std::io::Result<()> {
    let exists = |p: &Path| fs.exists_lstat(p);
    let result = match step {
        // Gone already (a temp file renamed into place, a directory removed with its parent).
        Undo::RemoveFile(p) => not_found_is_done(fs.remove_file(p)),
        Undo::RemoveTree(p) => not_found_is_done(fs.remove_dir_all(p)),
        Undo::RenameBack { from, to } => {
            if after_crash && exists(from) && !exists(to) {
                Ok(())
            } else {
                fs.rename(to, from)
            }
        }
        Undo::Release { dir, original } => {
            if after_crash && !exists(&dir.join("current-locked")) {
                Ok(())
            } else {
                let tmp = dir.join("current-locked.tmp");
                fs.write(&tmp, original)
                    .and_then(|()| fs.rename(&tmp, &dir.join("current-locked")))
                    .and_then(|()| fs.rename(&dir.join("current-locked"), &dir.join("current")))
            }
        }
    };
    if after_crash {
        not_found_is_done(result)
    } else {
        result
    }
}

/// Appends the logs, releases the pages and empties the trash of a committing transaction.
/// `after_crash`: some of it may be done already.
pub fn complete(fs: &Confined, commit: &CommitRecord, after_crash: bool) -> Result<()> {
    for log in &commit.logs {
        // Never through a link: an edit-log that is one is refused (and was checked before
        // anything was written; this open is what makes a link put there since safe too).
        let mut f = fs
            .append(&log.path)
            .map_err(|e| super::io_error(&log.path, e))?;
        if after_crash {
            let len = f.metadata()?.len();
            if len >= log.len + log.text.len() as u64 {
                continue;
            }
            // A partial append: cut it off and write the whole text again.
            f.set_len(log.len)?;
        }
        f.write_all(log.text.as_bytes())
            .map_err(|e| Error::Io(e).context(log.path.display()))?;
    }
    for dir in &commit.held {
        let locked = dir.join("current-locked");
        if after_crash && !fs.exists_lstat(&locked) {
            continue;
        }
        fs.rename(&locked, &dir.join("current"))
            .map_err(|e| Error::Io(e).context(dir.display()))?;
    }
    for t in &commit.trashed {
        let is_dir = fs
            .kind(t)
            .is_ok_and(|k| k == Some(crate::moin16::confined::Kind::Dir));
        let removed = if is_dir {
            fs.remove_dir_all(t)
        } else {
            fs.remove_file(t)
        };
        if let Err(e) = not_found_is_done(removed) {
            eprintln!("storectl: warning: could not remove {}: {e}", t.display());
        }
    }
    Ok(())
}

/// Finishes the transaction a dead process left, if any: completed when it had reached its
/// commit, taken back otherwise. Call with storectl's write lock held. Returns what was done.
pub fn recover(fs: &Confined, trash_dir: &Path) -> Result<Option<&'static str>> {
    let path = fs.root().join(JOURNAL_FILE);
    let text = match fs.read(&path) {
        Ok(t) => String::from_utf8_lossy(&t).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(super::io_error(&path, e)),
    };
    let mut undos = Vec::new();
    let mut commit = None;
    for line in text.lines() {
        // A line cut short by the crash was never acted on.
        let Ok(entry) = serde_json::from_str::<Entry>(line) else {
            continue;
        };
        match entry {
            Entry::Undo(u) => undos.push(u),
            Entry::Cancel => {
                undos.pop();
            }
            Entry::Commit(c) => commit = Some(c),
        }
    }
    let done = match commit {
        Some(c) => {
            complete(fs, &c, true)?;
            "completed"
        }
        None => {
            for step in undos.iter().rev() {
                undo(fs, step, true).map_err(|e| {
                    Error::Io(e).context(format!("undoing {step:?} of an interrupted transaction"))
                })?;
            }
            "rolled back"
        }
    };
    let _ = fs.remove_dir(trash_dir);
    remove(fs);
    Ok(Some(done))
}
