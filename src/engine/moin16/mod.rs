//! The `moin16:DATA_DIR` backend: items read from and written to a live MoinMoin 1.6–1.9 data
//! directory in moin's own format, so that a moin 1.9 wiki on the same directory sees every
//! change storectl makes (and storectl every change moin makes).
//!
//! A write follows `PageEditor._write_file`. The page is held by renaming its `current` to
//! `current-locked`, which is moin's own save lock, so moin and storectl never save one page at
//! once. The revision file is written, and the new number goes into `current-locked` through a
//! temp file and a rename. Unlike moin, which finishes each save at once, storectl keeps the
//! page held and the edit-log lines in memory until the transaction commits. The commit
//! appends the lines to the global and per-page logs and renames `current-locked` back. A
//! rollback (an error, `--dry-run`) removes what was written and restores `current`, so the
//! logs never carry a line for a change that did not happen.
//!
//! Locks taken with `lock acquire` live in a sidecar storectl store, `storectl-locks.db`, in
//! the data dir. Its write transaction also puts storectl's own writers in order.

mod items;
mod journal;

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::sqlite::SqliteBackend;
use super::{
    Backend, BackupReport, CommentStorage, Face, FeedStorage, ItemStorage, LockStorage,
    NamespaceStorage, SessionStorage, Transaction, TxMode,
};
use crate::engine::items::LockRecord;
use crate::error::{Error, Result};
use crate::moin16::page::{format_current, read_current};
use crate::moin16::user::UserDirectory;
use journal::{CommitRecord, LogAppend, Undo};

/// The sidecar store that holds `lock acquire` locks for a data dir.
pub const LOCK_STORE_FILE: &str = "storectl-locks.db";
/// Where replaced and removed files wait for the commit (same file system, so renames work).
const TRASH_DIR: &str = "storectl-trash";

/// The data dir of a wiki: `DIR` itself when it holds `pages/`, else `DIR/data`.
pub fn locate_data_dir(dir: &Path) -> Result<PathBuf> {
    if !dir.is_dir() {
        return Err(Error::input_missing(format!(
            "data directory {} not found",
            dir.display()
        )));
    }
    if dir.join("pages").is_dir() {
        return Ok(dir.to_path_buf());
    }
    if dir.join("data").join("pages").is_dir() {
        return Ok(dir.join("data"));
    }
    Err(Error::bad_input(format!(
        "{} is not a MoinMoin data directory: it has no pages/",
        dir.display()
    ))
    .hint("give the wiki's data directory, the one that holds pages/ and edit-log"))
}

pub struct Moin16Backend {
    data_dir: PathBuf,
    sidecar: Option<SqliteBackend>,
    busy_timeout: Duration,
}

impl Moin16Backend {
    pub fn open(dir: &Path, busy_timeout: Duration) -> Result<Moin16Backend> {
        let data_dir = locate_data_dir(dir)?;
        refuse_moin15(&data_dir)?;
        Ok(Moin16Backend {
            data_dir,
            sidecar: None,
            busy_timeout,
        })
    }
}

/// Fails (exit 65, with moin's own upgrade path as the hint) unless `data_dir` holds moin
/// 1.6-1.9 data; returns what told. `meta` names the format for every wiki moin 1.6+ ran on;
/// only without it does the slower detection read the pages' markup.
pub fn refuse_moin15(data_dir: &Path) -> Result<crate::moin16::Detection> {
    let detection = crate::moin16::detect(data_dir, None)
        .map_err(|e| Error::input_missing(format!("cannot read {}: {e}", data_dir.display())))?;
    if !detection.is_moin16() {
        return Err(Error::bad_input(format!(
            "{} is not a MoinMoin 1.6-1.9 data directory: {}",
            data_dir.display(),
            detection.explanation()
        ))
        .hint("migrate it to moin 1.9 first with moin's own `moin migration data` (1.5 -> 1.6), then run this again"));
    }
    Ok(detection)
}

fn items_only(face: &str) -> Error {
    Error::usage(format!(
        "the moin16 backend stores items (and their locks) only, not {face}"
    ))
    .hint("use a sqlite: store for the other faces, e.g. --store sqlite:storectl.db")
}

impl Moin16Backend {
    /// Finishes the transaction of a storectl that died, under the writers' lock (so no
    /// running storectl's journal is touched).
    fn recover(&mut self) -> Result<()> {
        let Some(sidecar) = self.sidecar.as_mut() else {
            return Ok(());
        };
        let lock = sidecar.begin(TxMode::Write)?;
        let done = journal::recover(&self.data_dir, &self.data_dir.join(TRASH_DIR))?;
        lock.commit()?;
        if let Some(done) = done {
            eprintln!(
                "storectl: warning: a storectl process died in a transaction on {}; its changes were {done}",
                self.data_dir.display()
            );
        }
        Ok(())
    }
}

impl Backend for Moin16Backend {
    fn faces(&self) -> &'static [Face] {
        &[Face::Items]
    }

    fn url(&self) -> String {
        format!("moin16:{}", self.data_dir.display())
    }

    fn begin(&mut self, mode: TxMode) -> Result<Box<dyn Transaction + '_>> {
        let sidecar_path = self.data_dir.join(LOCK_STORE_FILE);
        let interrupted = self.data_dir.join(journal::JOURNAL_FILE).exists();
        // Readers never create the sidecar: a read-only wiki stays untouched.
        if self.sidecar.is_none() && (mode == TxMode::Write || interrupted || sidecar_path.exists())
        {
            self.sidecar = Some(SqliteBackend::open(
                &sidecar_path,
                false,
                self.busy_timeout,
            )?);
        }
        if interrupted {
            self.recover()?;
        }
        let data = DataDir::new(self.data_dir.clone(), mode, self.busy_timeout);
        let locks = match self.sidecar.as_mut() {
            Some(s) => Some(s.begin(mode)?),
            None => None,
        };
        Ok(Box::new(Moin16Transaction {
            locks,
            no_locks: NoLocks,
            data,
        }))
    }

    fn integrity_problems(&mut self) -> Result<Vec<String>> {
        let mut problems =
            DataDir::new(self.data_dir.clone(), TxMode::Read, self.busy_timeout).item_audit()?;
        if let Some(s) = self.sidecar.as_mut() {
            problems.extend(
                s.integrity_problems()?
                    .into_iter()
                    .map(|p| format!("{LOCK_STORE_FILE}: {p}")),
            );
        }
        Ok(problems)
    }

    fn backup(
        &mut self,
        _dest: &Path,
        _progress: &mut dyn FnMut(u64, u64),
    ) -> Result<BackupReport> {
        Err(Error::usage("storectl backup copies SQLite stores; a moin16 data dir is a directory tree")
            .hint("copy it with `tar -C DATA_DIR -cf backup.tar .` while the wiki is idle, or `storectl migrate moin16 DATA_DIR` into a sqlite store"))
    }

    fn storage_stats(&mut self) -> Result<Value> {
        let pages = fs::read_dir(self.data_dir.join("pages"))
            .map(|d| d.count())
            .unwrap_or(0);
        let log_bytes = fs::metadata(self.data_dir.join("edit-log")).map_or(0, |m| m.len());
        Ok(json!({
            "backend": "moin16",
            "data_dir": self.data_dir.display().to_string(),
            "page_directories": pages,
            "edit_log_bytes": log_bytes,
            "lock_store": self.data_dir.join(LOCK_STORE_FILE).exists(),
        }))
    }
}

/// Lock storage of a data dir without a sidecar store: no lock was ever taken.
struct NoLocks;

impl LockStorage for NoLocks {
    fn lock(&mut self, _resource: &str) -> Result<Option<LockRecord>> {
        Ok(None)
    }
    fn put_lock(&mut self, _lock: &LockRecord) -> Result<()> {
        Err(Error::internal("a read transaction cannot take locks"))
    }
    fn remove_lock(&mut self, _resource: &str) -> Result<bool> {
        Ok(false)
    }
    fn locks(&mut self, _f: &mut dyn FnMut(LockRecord) -> Result<()>) -> Result<()> {
        Ok(())
    }
}

struct Moin16Transaction<'a> {
    locks: Option<Box<dyn Transaction + 'a>>,
    no_locks: NoLocks,
    data: DataDir,
}

impl Transaction for Moin16Transaction<'_> {
    fn namespaces(&mut self) -> Result<&mut dyn NamespaceStorage> {
        Err(items_only("namespaces"))
    }
    fn comments(&mut self) -> Result<&mut dyn CommentStorage> {
        Err(items_only("comments"))
    }
    fn feeds(&mut self) -> Result<&mut dyn FeedStorage> {
        Err(items_only("feeds"))
    }
    fn items(&mut self) -> Result<&mut dyn ItemStorage> {
        Ok(&mut self.data)
    }
    fn locks(&mut self) -> Result<&mut dyn LockStorage> {
        match self.locks.as_mut() {
            Some(tx) => tx.locks(),
            None => Ok(&mut self.no_locks),
        }
    }
    fn sessions(&mut self) -> Result<&mut dyn SessionStorage> {
        Err(items_only("sessions"))
    }
    fn commit(self: Box<Self>) -> Result<()> {
        let Moin16Transaction {
            locks, mut data, ..
        } = *self;
        data.commit()?;
        if let Some(tx) = locks {
            tx.commit()?;
        }
        Ok(())
    }
}

/// An edit-log line waiting for the commit; `page_dir` is `None` for the global log.
struct PendingLine {
    page_dir: Option<PathBuf>,
    line: String,
}

/// One transaction's view of, and changes to, a data dir.
pub(crate) struct DataDir {
    root: PathBuf,
    pages: PathBuf,
    mode: TxMode,
    busy_timeout: Duration,
    undo: Vec<Undo>,
    /// Page directories held with `current-locked`, in the order taken.
    held: Vec<PathBuf>,
    pending: Vec<PendingLine>,
    /// Files and directories moved to the trash, removed at commit.
    trashed: Vec<PathBuf>,
    trash_counter: u64,
    users: Option<UserDirectory>,
    /// Attachment files a rename moved here in this transaction: the save that follows
    /// rewrites them without logging a removal.
    moved_in: HashSet<PathBuf>,
    finished: bool,
}

impl DataDir {
    fn new(root: PathBuf, mode: TxMode, busy_timeout: Duration) -> DataDir {
        DataDir {
            pages: root.join("pages"),
            root,
            mode,
            busy_timeout,
            undo: Vec::new(),
            held: Vec::new(),
            pending: Vec::new(),
            trashed: Vec::new(),
            trash_counter: 0,
            users: None,
            moved_in: HashSet::new(),
            finished: false,
        }
    }

    fn writable(&self) -> Result<()> {
        match self.mode {
            TxMode::Write => Ok(()),
            TxMode::Read => Err(Error::internal(
                "a read transaction tried to change the data dir",
            )),
        }
    }

    /// Takes moin's save lock on a page directory (creating it as moin does for a new page)
    /// for the rest of the transaction; returns the current revision number.
    fn hold(&mut self, dir: &Path, name: &str) -> Result<u64> {
        self.writable()?;
        if !self.held.iter().any(|d| d == dir) {
            if !dir.exists() {
                self.journaled(Undo::RemoveTree(dir.to_path_buf()), || {
                    fs::create_dir(dir).map_err(|e| io_error(dir, e))
                })?;
            }
            let revisions = dir.join("revisions");
            if !revisions.exists() {
                self.journaled(Undo::RemoveTree(revisions.clone()), || {
                    fs::create_dir(&revisions).map_err(|e| io_error(&revisions, e))
                })?;
                let current = dir.join("current");
                if !current.exists() {
                    self.journaled(Undo::RemoveFile(current.clone()), || {
                        write_new(&current, format_current(0).as_bytes())
                    })?;
                }
            }
            let started = Instant::now();
            loop {
                match fs::rename(dir.join("current"), dir.join("current-locked")) {
                    Ok(()) => break,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        if started.elapsed() >= self.busy_timeout.max(Duration::from_millis(100)) {
                            return Err(Error::busy(format!(
                                "page {name:?} is being saved by another process: its 'current' file is renamed to 'current-locked'"
                            ))
                            .hint("retry later; if no moin or storectl process is saving it, a crash left it so: rename current-locked back to current"));
                        }
                        std::thread::sleep(Duration::from_millis(100));
                    }
                    Err(e) => return Err(io_error(&dir.join("current"), e)),
                }
            }
            let original = fs::read(dir.join("current-locked"))
                .map_err(|e| io_error(&dir.join("current-locked"), e));
            // Recorded once the lock is ours (its bytes are known only now); if reading failed,
            // the lock is still given back.
            let original = match original {
                Ok(bytes) => bytes,
                Err(e) => {
                    let _ = fs::rename(dir.join("current-locked"), dir.join("current"));
                    return Err(e);
                }
            };
            self.record(Undo::Release {
                dir: dir.to_path_buf(),
                original,
            })?;
            self.held.push(dir.to_path_buf());
        }
        let current = read_current(dir)
            .map_err(|e| io_error(dir, e))?
            .and_then(|c| c.revision)
            .ok_or_else(|| {
                Error::conflict(format!(
                    "page {name:?} has an unreadable 'current' file; moin treats it as missing"
                ))
                .hint("look at the file and write the right revision number into it (8 digits)")
            })?;
        Ok(current)
    }

    /// Sets a held page's revision number the way moin does: a temp file renamed over
    /// `current-locked`.
    fn set_current(&mut self, dir: &Path, revision: u64) -> Result<()> {
        let tmp = dir.join("current-locked.tmp");
        fs::write(&tmp, format_current(revision)).map_err(|e| io_error(&tmp, e))?;
        fs::rename(&tmp, dir.join("current-locked")).map_err(|e| io_error(&tmp, e))
    }

    /// Moves a file or directory out of the way until the commit removes it.
    fn trash(&mut self, path: &Path) -> Result<()> {
        let trash = self.root.join(TRASH_DIR);
        if !trash.exists() {
            fs::create_dir(&trash).map_err(|e| io_error(&trash, e))?;
        }
        self.trash_counter += 1;
        let dest = trash.join(format!("{}-{}", std::process::id(), self.trash_counter));
        self.rename(path, &dest)?;
        self.trashed.push(dest);
        Ok(())
    }

    fn rename(&mut self, from: &Path, to: &Path) -> Result<()> {
        let undo = Undo::RenameBack {
            from: from.to_path_buf(),
            to: to.to_path_buf(),
        };
        self.journaled(undo, || fs::rename(from, to).map_err(|e| io_error(from, e)))
    }

    /// Records how to take a change back (in memory and in the journal), before it is made.
    fn record(&mut self, undo: Undo) -> Result<()> {
        journal::record_undo(&self.root, &undo)?;
        self.undo.push(undo);
        Ok(())
    }

    /// Records a change, then makes it; when it fails there is nothing to take back.
    fn journaled<T>(&mut self, undo: Undo, change: impl FnOnce() -> Result<T>) -> Result<T> {
        self.record(undo)?;
        change().inspect_err(|_| {
            self.undo.pop();
            let _ = journal::record_cancel(&self.root);
        })
    }

    fn log_line(&mut self, page_dir: Option<&Path>, line: String) {
        self.pending.push(PendingLine {
            page_dir: page_dir.map(Path::to_path_buf),
            line,
        });
    }

    /// The pending lines of one log (`None`: the global one), in order.
    fn pending_lines<'a>(
        &'a self,
        page_dir: Option<&'a Path>,
    ) -> impl Iterator<Item = &'a str> + 'a {
        self.pending
            .iter()
            .filter(move |p| p.page_dir.as_deref() == page_dir)
            .map(|p| p.line.as_str())
    }

    fn commit(&mut self) -> Result<()> {
        if self.finished {
            return Ok(());
        }
        // Global log first, then the page logs, then the pages are released: moin's order.
        let mut logs = Vec::new();
        let mut targets: Vec<Option<PathBuf>> = vec![None];
        for p in &self.pending {
            if p.page_dir.is_some() && !targets.contains(&p.page_dir) {
                targets.push(p.page_dir.clone());
            }
        }
        for target in targets {
            let text: String = self.pending_lines(target.as_deref()).collect();
            if text.is_empty() {
                continue;
            }
            let path = target.unwrap_or_else(|| self.root.clone()).join("edit-log");
            let len = fs::metadata(&path).map_or(0, |m| m.len());
            logs.push(LogAppend { path, len, text });
        }
        let commit = CommitRecord {
            logs,
            held: self.held.clone(),
            trashed: self.trashed.clone(),
        };
        if !self.undo.is_empty() {
            journal::record_commit(&self.root, &commit)?;
        }
        crate::failpoint::hit("moin16-commit-recorded");
        journal::complete(&commit, false)?;
        let _ = fs::remove_dir(self.root.join(TRASH_DIR));
        journal::remove(&self.root);
        self.finished = true;
        self.undo.clear();
        Ok(())
    }

    /// Takes back every change, newest first. Best effort: a step that fails is reported and
    /// the rest still run.
    fn rollback(&mut self) {
        if self.finished {
            return;
        }
        self.finished = true;
        while let Some(step) = self.undo.pop() {
            if let Err(e) = journal::undo(&step, false) {
                eprintln!("storectl: warning: rolling back {step:?} failed: {e}");
            }
        }
        let _ = fs::remove_dir(self.root.join(TRASH_DIR));
        journal::remove(&self.root);
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        self.rollback();
    }
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::Io(e).context(path.display())
}

/// Creates a file that must not exist yet.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::conflict(format!(
                    "{} already exists; another process wrote it meanwhile",
                    path.display()
                ))
            } else {
                io_error(path, e)
            }
        })?;
    f.write_all(bytes).map_err(|e| io_error(path, e))
}
