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
mod view;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::sqlite::SqliteBackend;
use super::{
    Backend, BackupReport, CommentStorage, Face, FeedStorage, ItemStorage, LockStorage,
    NamespaceStorage, SessionStorage, Transaction, TxMode,
};
use crate::engine::items::LockRecord;
use crate::error::{Error, Fix, Result};
use crate::moin16::confined::{symlink_of, Confined, Kind, SYMLINK_HINT};
use crate::moin16::page::{format_current, read_current_in};
use crate::moin16::user::UserDirectory;
use journal::{CommitRecord, LogAppend, Undo};
use view::View;

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
    /// A dry run's private copy of the sidecar (outside the data dir), and its path.
    dry_sidecar: Option<(SqliteBackend, PathBuf)>,
    busy_timeout: Duration,
}

impl Drop for Moin16Backend {
    fn drop(&mut self) {
        if let Some((db, path)) = self.dry_sidecar.take() {
            drop(db);
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut p = path.clone().into_os_string();
                p.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
        }
    }
}

impl Moin16Backend {
    pub fn open(dir: &Path, busy_timeout: Duration) -> Result<Moin16Backend> {
        let data_dir = locate_data_dir(dir)?;
        refuse_moin15(&data_dir)?;
        Ok(Moin16Backend {
            data_dir,
            sidecar: None,
            dry_sidecar: None,
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
    .hint(Fix::SqliteStoreForOtherFaces)
}

impl Moin16Backend {
    /// Finishes the transaction of a storectl that died, under the writers' lock (so no
    /// running storectl's journal is touched).
    fn recover(&mut self) -> Result<()> {
        let Some(sidecar) = self.sidecar.as_mut() else {
            return Ok(());
        };
        let lock = sidecar.begin(TxMode::Write)?;
        let fs = Confined::new(&self.data_dir);
        let done = journal::recover(&fs, &self.data_dir.join(TRASH_DIR))?;
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
        self.begin_tx(mode, false)
    }

    /// A dry run reads the data dir and keeps its changes in memory: nothing on disk changes,
    /// mtimes included, and no sidecar file is created.
    fn begin_dry_run(&mut self) -> Result<Box<dyn Transaction + '_>> {
        self.begin_tx(TxMode::Write, true)
    }

    fn integrity_problems(&mut self) -> Result<Vec<String>> {
        let mut problems = DataDir::new(
            self.data_dir.clone(),
            TxMode::Read,
            self.busy_timeout,
            false,
        )
        .item_audit()?;
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
        Err(Error::usage(
            "storectl backup copies SQLite stores; a moin16 data dir is a directory tree",
        )
        .hint(Fix::CopyMoinDataDir))
    }

    /// Locks, what a waiter waits for, live in the sidecar store: it tells when they change.
    fn wait_for_change(&mut self, until: Instant) -> Result<()> {
        match self.sidecar.as_mut() {
            Some(sidecar) => sidecar.wait_for_change(until),
            None => {
                super::poll_pause(until);
                Ok(())
            }
        }
    }

    fn storage_stats(&mut self) -> Result<Value> {
        let fs = Confined::new(&self.data_dir);
        let pages = fs
            .read_dir(&self.data_dir.join("pages"))
            .map(|d| d.len())
            .unwrap_or(0);
        let log_bytes = fs
            .metadata(&self.data_dir.join("edit-log"))
            .map_or(0, |m| m.len());
        Ok(json!({
            "backend": "moin16",
            "data_dir": self.data_dir.display().to_string(),
            "page_directories": pages,
            "edit_log_bytes": log_bytes,
            "lock_store": self.data_dir.join(LOCK_STORE_FILE).exists(),
        }))
    }
}

impl Moin16Backend {
    /// Copies the sidecar (and its WAL, if a writer left one) to a private file in the
    /// temporary directory and opens that.
    fn copy_sidecar(&self, fs: &Confined, sidecar: &Path) -> Result<(SqliteBackend, PathBuf)> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let copy = std::env::temp_dir().join(format!(
            "storectl-dry-run-locks-{}-{nanos}.db",
            std::process::id()
        ));
        for suffix in ["", "-wal"] {
            let from = PathBuf::from(format!("{}{suffix}", sidecar.display()));
            let Some(bytes) = fs.read_if_exists(&from).map_err(|e| io_error(&from, e))? else {
                continue;
            };
            let to = PathBuf::from(format!("{}{suffix}", copy.display()));
            let mut o = std::fs::OpenOptions::new();
            o.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                o.mode(0o600);
            }
            std::io::Write::write_all(&mut o.open(&to).map_err(|e| io_error(&to, e))?, &bytes)
                .map_err(|e| io_error(&to, e))?;
        }
        let db = SqliteBackend::open(&copy, false, self.busy_timeout)?;
        Ok((db, copy))
    }

    fn begin_tx(&mut self, mode: TxMode, dry_run: bool) -> Result<Box<dyn Transaction + '_>> {
        let sidecar_path = self.data_dir.join(LOCK_STORE_FILE);
        // storectl's own files are never links either.
        let fs = Confined::new(&self.data_dir);
        for file in [
            LOCK_STORE_FILE,
            "storectl-locks.db-wal",
            "storectl-locks.db-shm",
            "storectl-locks.db-journal",
            journal::JOURNAL_FILE,
            TRASH_DIR,
        ] {
            let path = self.data_dir.join(file);
            fs.kind_no_link(&path).map_err(|e| io_error(&path, e))?;
        }
        let interrupted = fs.exists_lstat(&self.data_dir.join(journal::JOURNAL_FILE));
        let has_sidecar = fs.exists_lstat(&sidecar_path);
        if dry_run {
            if interrupted {
                return Err(Error::busy(format!(
                    "a storectl process died in a transaction on {}; a dry run cannot finish it",
                    self.data_dir.display()
                ))
                .hint(Fix::FinishInterruptedTransaction));
            }
            // Opening the sidecar would create (and remove) its -wal and -shm files, changing
            // the data dir's mtime: a dry run reads a private copy instead.
            if has_sidecar && self.dry_sidecar.is_none() {
                self.dry_sidecar = Some(self.copy_sidecar(&fs, &sidecar_path)?);
            }
            let data = DataDir::new(self.data_dir.clone(), mode, self.busy_timeout, true);
            let locks = match self.dry_sidecar.as_mut() {
                Some((s, _)) => Some(s.begin(mode)?),
                None => None,
            };
            return Ok(Box::new(Moin16Transaction {
                locks,
                no_locks: NoLocks::default(),
                data,
            }));
        }
        // Readers and dry runs never create the sidecar: a read-only wiki stays untouched.
        if self.sidecar.is_none()
            && ((mode == TxMode::Write && !dry_run) || interrupted || has_sidecar)
        {
            let created = !has_sidecar;
            if created {
                // moin's group mode, before SQLite opens it (its -wal and -shm files take the
                // mode of the database file).
                fs.create_new(&sidecar_path, b"")
                    .map_err(|e| io_error(&sidecar_path, e))?;
            }
            self.sidecar = Some(SqliteBackend::open(
                &sidecar_path,
                false,
                self.busy_timeout,
            )?);
        }
        if interrupted {
            self.recover()?;
        }
        let data = DataDir::new(self.data_dir.clone(), mode, self.busy_timeout, dry_run);
        let locks = match self.sidecar.as_mut() {
            Some(s) => Some(s.begin(mode)?),
            None => None,
        };
        Ok(Box::new(Moin16Transaction {
            locks,
            no_locks: NoLocks::default(),
            data,
        }))
    }
}

/// Lock storage of a data dir without a sidecar store: no lock was ever taken. A dry run
/// keeps the locks it takes here, in memory.
#[derive(Default)]
struct NoLocks {
    taken: std::collections::BTreeMap<String, LockRecord>,
}

impl LockStorage for NoLocks {
    fn lock(&mut self, resource: &str) -> Result<Option<LockRecord>> {
        Ok(self.taken.get(resource).cloned())
    }
    fn put_lock(&mut self, lock: &LockRecord) -> Result<()> {
        self.taken.insert(lock.resource.clone(), lock.clone());
        Ok(())
    }
    fn remove_lock(&mut self, resource: &str) -> Result<bool> {
        Ok(self.taken.remove(resource).is_some())
    }
    fn locks(&mut self, f: &mut dyn FnMut(LockRecord) -> Result<()>) -> Result<()> {
        for l in self.taken.values() {
            f(l.clone())?;
        }
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
    /// Every file access goes through it: no link followed; in a dry run, nothing written.
    fs: View,
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
    fn new(root: PathBuf, mode: TxMode, busy_timeout: Duration, dry_run: bool) -> DataDir {
        DataDir {
            fs: View::new(&root, dry_run),
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
            let exists = |fs: &View, p: &Path| fs.exists(p).map_err(|e| io_error(p, e));
            // What is read or renamed below must not be a link (checked before any change).
            for name in [
                "current",
                "current-locked",
                "current-locked.tmp",
                "edit-log",
            ] {
                exists(&self.fs, &dir.join(name))?;
            }
            if !exists(&self.fs, dir)? {
                self.journaled(Undo::RemoveTree(dir.to_path_buf()), |fs| {
                    fs.create_dir(dir).map_err(|e| io_error(dir, e))
                })?;
            }
            let revisions = dir.join("revisions");
            if !exists(&self.fs, &revisions)? {
                self.journaled(Undo::RemoveTree(revisions.clone()), |fs| {
                    fs.create_dir(&revisions)
                        .map_err(|e| io_error(&revisions, e))
                })?;
                let current = dir.join("current");
                if !exists(&self.fs, &current)? {
                    self.journaled(Undo::RemoveFile(current.clone()), |fs| {
                        write_new(fs, &current, format_current(0).as_bytes())
                    })?;
                }
            }
            let started = Instant::now();
            loop {
                match self
                    .fs
                    .rename(&dir.join("current"), &dir.join("current-locked"))
                {
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
            let original = self
                .fs
                .read(&dir.join("current-locked"))
                .map_err(|e| io_error(&dir.join("current-locked"), e));
            // Recorded once the lock is ours (its bytes are known only now); if reading failed,
            // the lock is still given back.
            let original = match original {
                Ok(bytes) => bytes,
                Err(e) => {
                    let _ = self
                        .fs
                        .rename(&dir.join("current-locked"), &dir.join("current"));
                    return Err(e);
                }
            };
            self.record(Undo::Release {
                dir: dir.to_path_buf(),
                original,
            })?;
            self.held.push(dir.to_path_buf());
        }
        let current = read_current_in(&self.fs, dir)
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
        self.fs
            .write(&tmp, format_current(revision).as_bytes())
            .map_err(|e| io_error(&tmp, e))?;
        self.fs
            .rename(&tmp, &dir.join("current-locked"))
            .map_err(|e| io_error(&tmp, e))
    }

    /// Moves a file or directory out of the way until the commit removes it.
    fn trash(&mut self, path: &Path) -> Result<()> {
        if self.fs.is_dry_run() {
            return self.fs.remove(path).map_err(|e| io_error(path, e));
        }
        let trash = self.root.join(TRASH_DIR);
        if !self.fs.exists(&trash).map_err(|e| io_error(&trash, e))? {
            self.fs
                .create_dir(&trash)
                .map_err(|e| io_error(&trash, e))?;
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
        self.journaled(undo, |fs| {
            fs.rename(from, to).map_err(|e| io_error(from, e))
        })
    }

    /// Records how to take a change back (in memory and in the journal), before it is made. A
    /// dry run changes nothing on disk, so there is nothing to record.
    fn record(&mut self, undo: Undo) -> Result<()> {
        if self.fs.is_dry_run() {
            return Ok(());
        }
        journal::record_undo(self.fs.confined(), &undo)?;
        self.undo.push(undo);
        Ok(())
    }

    /// Records a change, then makes it; when it fails there is nothing to take back.
    fn journaled<T>(
        &mut self,
        undo: Undo,
        change: impl FnOnce(&mut View) -> Result<T>,
    ) -> Result<T> {
        self.record(undo)?;
        change(&mut self.fs).inspect_err(|_| {
            if !self.fs.is_dry_run() {
                self.undo.pop();
                let _ = journal::record_cancel(self.fs.confined());
            }
        })
    }

    /// Queues a log line for the commit. The log must not be a link: refused now, before the
    /// commit appends anything anywhere.
    fn log_line(&mut self, page_dir: Option<&Path>, line: String) -> Result<()> {
        let log = page_dir.unwrap_or(&self.root).join("edit-log");
        self.fs.exists(&log).map_err(|e| io_error(&log, e))?;
        self.pending.push(PendingLine {
            page_dir: page_dir.map(Path::to_path_buf),
            line,
        });
        Ok(())
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
        if self.fs.is_dry_run() {
            return Err(Error::internal("a dry run cannot commit"));
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
            // A log that became a link since its line was queued: refused before any append.
            let len = match self.fs.confined().metadata(&path) {
                Ok(m) => m.len(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
                Err(e) => return Err(io_error(&path, e)),
            };
            logs.push(LogAppend { path, len, text });
        }
        let commit = CommitRecord {
            logs,
            held: self.held.clone(),
            trashed: self.trashed.clone(),
        };
        let fs = self.fs.confined().clone();
        if !self.undo.is_empty() {
            journal::record_commit(&fs, &commit)?;
        }
        crate::failpoint::hit("moin16-commit-recorded");
        journal::complete(&fs, &commit, false)?;
        let _ = fs.remove_dir(&self.root.join(TRASH_DIR));
        journal::remove(&fs);
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
        if self.fs.is_dry_run() {
            return; // nothing was written
        }
        let fs = self.fs.confined().clone();
        while let Some(step) = self.undo.pop() {
            if let Err(e) = journal::undo(&fs, &step, false) {
                eprintln!("storectl: warning: rolling back {step:?} failed: {e}");
            }
        }
        let _ = fs.remove_dir(&self.root.join(TRASH_DIR));
        journal::remove(&fs);
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        self.rollback();
    }
}

/// An I/O error on `path` as storectl reports it; a symbolic link is bad input (65) naming the
/// link, with what to do about it.
fn io_error(path: &Path, e: std::io::Error) -> Error {
    if symlink_of(&e).is_some() {
        return Error::bad_input(e.to_string()).hint(SYMLINK_HINT);
    }
    Error::Io(e).context(path.display())
}

/// Creates a file that must not exist yet.
fn write_new(fs: &mut View, path: &Path, bytes: &[u8]) -> Result<()> {
    fs.create_new(path, bytes).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists && symlink_of(&e).is_none() {
            Error::conflict(format!(
                "{} already exists; another process wrote it meanwhile",
                path.display()
            ))
        } else {
            io_error(path, e)
        }
    })
}
