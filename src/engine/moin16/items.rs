//! Items as a moin data dir holds them. A page is a directory under `pages/`; its revisions are
//! the revision files, the revisions the per-page log records without a file (deletions), and
//! `current` when it has no file (a deleted page). An attachment `Page/file` is a file in the
//! page's `attachments/`; moin keeps no attachment history, so its revisions are its
//! ATTNEW/ATTDEL lines, and only the current one has data.
//!
//! Revision metadata is what `migrate moin16` imports: the per-page log line, else the global
//! log's, else the file's mtime.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use super::{io_error, write_new, DataDir, Kind, TxMode, Undo};
use crate::engine::items::{
    ItemKind, ItemQuery, ItemRecord, ItemStorage, NewRevision, RevisionRecord, UserRecord,
};
use crate::error::{Error, Fix, Result};
use crate::items_model::{acl_from_body, mimetype_of, search_words, RevisionMeta};
use crate::moin16::confined::{symlink_error, symlink_of};
use crate::moin16::editlog::{clean_input, Action, EditLogEntry, EditLogFile, LogRevision};
use crate::moin16::item_meta::{editor_meta, page_revision_meta};
use crate::moin16::names::{decode_page_dir, is_ignored_page_dir, quote_wikiname_fs, url_quote};
use crate::moin16::page::{
    encode_revision_text, parse_revision_file_name, read_current_in, revision_file_name,
    CurrentAnomaly,
};
use crate::moin16::source::MetaSource;
use crate::moin16::user::{format_profile, is_user_id, UserDirectory, UserProfile, UserValue};

/// A page directory as read in this transaction.
struct PageState {
    dir: PathBuf,
    name: String,
    current: u64,
    /// Revision numbers that have a file.
    files: BTreeSet<u64>,
    /// The per-page log, with this transaction's pending lines.
    log: EditLogFile,
}

impl PageState {
    fn revision_path(&self, revno: u64) -> PathBuf {
        self.dir.join("revisions").join(revision_file_name(revno))
    }

    /// Every revision number, oldest first: files, logged revisions without a file (deletions)
    /// below `current`, and `current` itself.
    fn revision_numbers(&self) -> Vec<u64> {
        let mut numbers = self.files.clone();
        for e in self.log.entries() {
            if let Some(r) = e.revision.page() {
                if r > 0 && r < self.current && !e.action.is_attachment() {
                    numbers.insert(r);
                }
            }
        }
        numbers.insert(self.current);
        numbers.into_iter().collect()
    }

    fn deleted(&self) -> bool {
        !self.files.contains(&self.current)
    }
}

/// An attachment as read in this transaction.
struct AttachmentState {
    path: PathBuf,
    exists: bool,
    /// Its ATT* lines in the page's log, oldest first; each is a revision.
    lines: Vec<EditLogEntry>,
}

impl AttachmentState {
    fn current(&self) -> u64 {
        self.lines.len().max(1) as u64
    }
}

/// A page's text as moin reads it (`decodeTextMimeType`): every CR removed. Bytes that are not
/// UTF-8 (moin itself cannot read them) are served as they are.
fn page_text(mut bytes: Vec<u8>) -> Vec<u8> {
    if std::str::from_utf8(&bytes).is_ok() {
        bytes.retain(|b| *b != b'\r');
    }
    bytes
}

/// `wikiutil.taintfilename` replaces these; storectl refuses them instead of renaming silently.
fn check_attachment_file_name(file: &str) -> Result<()> {
    // `attachments/..` is the page directory itself: never a file name.
    if matches!(file, "" | "." | "..") {
        return Err(Error::bad_input(format!(
            "attachment name {file:?} names a directory, not a file"
        )));
    }
    if let Some(c) = file
        .chars()
        .find(|c| c.is_control() || ":/\\<>\"*?%|".contains(*c))
    {
        return Err(Error::bad_input(format!(
            "attachment name {file:?} contains {c:?}, which moin does not allow in file names"
        ))
        .hint("rename the file: moin replaces control characters and :/\\<>\"*?%| with '_'"));
    }
    Ok(())
}

fn split_attachment(name: &str) -> Result<(&str, &str)> {
    name.rsplit_once('/').ok_or_else(|| {
        Error::bad_input(format!(
            "attachment name {name:?} names no page: write PAGE/FILE"
        ))
    })
}

fn is_attachment_line(e: &EditLogEntry, file: &str, quoted: &str) -> bool {
    e.action.is_attachment() && (e.extra == quoted || e.extra == file)
}

fn text_of(map: &Map<String, Value>, key: &str) -> String {
    map.get(key)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn field_text(field: &Option<String>) -> String {
    RevisionMeta::text(field).to_string()
}

impl DataDir {
    fn page_dir(&self, name: &str) -> PathBuf {
        self.pages.join(quote_wikiname_fs(name))
    }

    /// A page's log with this transaction's pending lines; a log that is a link is refused.
    fn read_log(&self, dir: &Path) -> Result<EditLogFile> {
        let path = dir.join("edit-log");
        let mut bytes = match self.fs.read(&path) {
            Ok(b) => b,
            Err(e) if symlink_of(&e).is_some() => return Err(io_error(&path, e)),
            Err(_) => Vec::new(),
        };
        for line in self.pending_lines(Some(dir)) {
            bytes.extend_from_slice(line.as_bytes());
        }
        Ok(EditLogFile::parse(&bytes))
    }

    /// Refuses a global edit-log that is a link: page metadata may come from it.
    fn check_global_log(&self) -> Result<()> {
        let path = self.root.join("edit-log");
        self.fs.exists(&path).map_err(|e| io_error(&path, e))?;
        Ok(())
    }

    fn read_global_log(&self) -> EditLogFile {
        let mut bytes = self
            .fs
            .read(&self.root.join("edit-log"))
            .unwrap_or_default();
        for line in self.pending_lines(None) {
            bytes.extend_from_slice(line.as_bytes());
        }
        EditLogFile::parse(&bytes)
    }

    /// A page directory, if moin would call it a page (a readable `current` above 0).
    /// Every link in the page's directory (its revisions, `current`, its log, the directory
    /// itself) is refused here, before anything reads or writes the page.
    fn load_page_at(&self, dir: PathBuf, name: String) -> Result<Option<PageState>> {
        self.check_global_log()?;
        if !self.fs.is_dir(&dir).map_err(|e| io_error(&dir, e))? {
            return Ok(None);
        }
        let current = match read_current_in(&self.fs, &dir).map_err(|e| io_error(&dir, e))? {
            Some(c) => match c.revision {
                Some(r) if r > 0 => r,
                _ => return Ok(None),
            },
            None => return Ok(None),
        };
        let mut files = BTreeSet::new();
        let revisions = dir.join("revisions");
        let listed = match self.fs.read_dir(&revisions) {
            Ok(entries) => entries,
            Err(e) if symlink_of(&e).is_some() => return Err(io_error(&revisions, e)),
            Err(_) => Vec::new(),
        };
        for (file, kind) in listed {
            if let Some(r) = parse_revision_file_name(file.as_encoded_bytes()) {
                if kind == Kind::Symlink {
                    let path = revisions.join(&file);
                    return Err(io_error(&path, symlink_error(&path)));
                }
                if r.number > 0 {
                    files.insert(r.number as u64);
                }
            }
        }
        let log = self.read_log(&dir)?;
        Ok(Some(PageState {
            dir,
            name,
            current,
            files,
            log,
        }))
    }

    fn load_page(&self, name: &str) -> Result<Option<PageState>> {
        self.load_page_at(self.page_dir(name), name.to_string())
    }

    fn load_attachment(&self, name: &str) -> Result<Option<AttachmentState>> {
        let Some((page, file)) = name.rsplit_once('/') else {
            return Ok(None);
        };
        if matches!(file, "" | "." | "..") {
            return Ok(None);
        }
        let dir = self.page_dir(page);
        if !self.fs.is_dir(&dir).map_err(|e| io_error(&dir, e))? {
            return Ok(None);
        }
        self.check_global_log()?;
        self.attachment_in(&dir, &self.read_log(&dir)?, file)
    }

    /// An attachment; one that is a link is refused.
    fn attachment_in(
        &self,
        dir: &Path,
        log: &EditLogFile,
        file: &str,
    ) -> Result<Option<AttachmentState>> {
        let path = dir.join("attachments").join(file);
        let exists = self
            .fs
            .kind_no_link(&path)
            .map_err(|e| io_error(&path, e))?
            == Some(Kind::File);
        let quoted = url_quote(file);
        let lines: Vec<EditLogEntry> = log
            .entries()
            .filter(|e| is_attachment_line(e, file, &quoted))
            .cloned()
            .collect();
        Ok((exists || !lines.is_empty()).then_some(AttachmentState {
            path,
            exists,
            lines,
        }))
    }

    /// The file names of a page's attachments: files present and files its log names. A link
    /// among them is refused.
    fn attachment_names(&self, dir: &Path, log: &EditLogFile) -> Result<BTreeSet<String>> {
        let mut names = BTreeSet::new();
        let att_dir = dir.join("attachments");
        let listed = match self.fs.read_dir(&att_dir) {
            Ok(entries) => entries,
            Err(e) if symlink_of(&e).is_some() => return Err(io_error(&att_dir, e)),
            Err(_) => Vec::new(),
        };
        for (file, kind) in listed {
            if kind == Kind::Symlink {
                let path = att_dir.join(&file);
                return Err(io_error(&path, symlink_error(&path)));
            }
            if kind == Kind::File {
                if let Ok(n) = file.into_string() {
                    names.insert(n);
                }
            }
        }
        for e in log.entries() {
            if let Some(n) = e.attachment_name() {
                if !n.is_empty() && !n.contains('/') {
                    names.insert(n);
                }
            }
        }
        Ok(names)
    }

    /// The ACL of the newest revision file at or below `revno` (moin's `Page.parseACL`).
    fn acl_at(&self, page: &PageState, revno: u64) -> Option<String> {
        let newest = page.files.range(..=revno).next_back()?;
        let bytes = page_text(self.fs.read(&page.revision_path(*newest)).ok()?);
        acl_from_body(&String::from_utf8_lossy(&bytes))
    }

    fn page_revision(
        &self,
        page: &PageState,
        revno: u64,
        global: &mut Option<EditLogFile>,
    ) -> RevisionRecord {
        let has_file = page.files.contains(&revno);
        let path = page.revision_path(revno);
        let data = if has_file {
            self.fs.read(&path).ok().map(page_text)
        } else {
            None
        };
        let (entry, source) = match page.log.entry_for_revision(revno) {
            Some(e) => (Some(e.clone()), MetaSource::PageLog),
            None => {
                let g = global.get_or_insert_with(|| self.read_global_log());
                let found = g
                    .entries()
                    .filter(|e| e.page_name == page.name && e.revision == LogRevision::Page(revno))
                    .last()
                    .cloned();
                match found {
                    Some(e) => (Some(e), MetaSource::GlobalLog),
                    None if has_file => (None, MetaSource::FileMtime),
                    None => (None, MetaSource::Nothing),
                }
            }
        };
        let mtime_us = match (&entry, has_file) {
            (Some(e), _) => e.mtime_usecs,
            (None, true) => self.fs.mtime_us(&path),
            (None, false) => 0,
        };
        let text = data.as_deref().and_then(|d| std::str::from_utf8(d).ok());
        let acl = match &data {
            Some(d) => acl_from_body(&String::from_utf8_lossy(d)),
            None => self.acl_at(page, revno),
        };
        let size = data.as_ref().map_or(0, Vec::len);
        let mimetype = mimetype_of(text, ItemKind::Page);
        RevisionRecord {
            revno,
            mtime_us,
            action: entry
                .as_ref()
                .map_or("SAVE", |e| e.action.as_str())
                .to_string(),
            deleted: !has_file,
            meta: page_revision_meta(
                entry.as_ref(),
                &page.name,
                source,
                size,
                &acl,
                &mimetype,
                None,
            ),
        }
    }

    fn attachment_revision(&self, att: &AttachmentState, revno: u64) -> Option<RevisionRecord> {
        let current = att.current();
        if revno == 0 || revno > current {
            return None;
        }
        let entry = att.lines.get(revno as usize - 1);
        let size = if revno == current && att.exists {
            self.fs.len(&att.path).unwrap_or(0)
        } else {
            0
        };
        let mut meta = editor_meta(entry);
        meta.size = Some(size);
        meta.mimetype = Some(mimetype_of(None, ItemKind::Attachment));
        let source = if entry.is_some() {
            MetaSource::PageLog
        } else {
            MetaSource::FileMtime
        };
        meta.moin
            .insert("moin_meta_source".into(), json!(source.name()));
        let deleted = if revno == current {
            !att.exists
        } else {
            entry.is_some_and(|e| e.action == Action::AttDel)
        };
        Some(RevisionRecord {
            revno,
            mtime_us: entry.map_or_else(|| self.fs.mtime_us(&att.path), |e| e.mtime_usecs),
            action: entry.map_or("ATTNEW", |e| e.action.as_str()).to_string(),
            deleted,
            meta,
        })
    }

    fn page_record(&self, page: &PageState) -> ItemRecord {
        let mut global = None;
        let current = self.page_revision(page, page.current, &mut global);
        let mut meta = Map::new();
        if let Some(dir) = page.dir.file_name().and_then(|d| d.to_str()) {
            if dir != quote_wikiname_fs(&page.name) {
                meta.insert("moin_dir".into(), json!(dir));
            }
        }
        ItemRecord {
            name: page.name.clone(),
            kind: ItemKind::Page,
            current: page.current,
            deleted: page.deleted(),
            mtime_us: current.mtime_us,
            size: current.meta.size.unwrap_or(0),
            acl: self.acl_at(page, page.current),
            meta,
        }
    }

    fn attachment_record(&self, name: String, att: &AttachmentState) -> ItemRecord {
        let current = att.current();
        let r = self.attachment_revision(att, current);
        ItemRecord {
            name,
            kind: ItemKind::Attachment,
            current,
            deleted: !att.exists,
            mtime_us: r.as_ref().map_or(0, |r| r.mtime_us),
            size: r.as_ref().and_then(|r| r.meta.size).unwrap_or(0),
            acl: None,
            meta: Map::new(),
        }
    }

    /// The profiles of `user/` (as this transaction sees them); a profile or a `user/` that is
    /// a link is refused.
    fn users_dir(&mut self) -> Result<&UserDirectory> {
        if self.users.is_none() {
            let dir = self.root.join("user");
            let mut profiles = Vec::new();
            let listed = match self.fs.read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) if symlink_of(&e).is_some() => return Err(io_error(&dir, e)),
                Err(_) => Vec::new(),
            };
            for (file, kind) in listed {
                let path = dir.join(&file);
                let Ok(id) = file.into_string() else { continue };
                if !is_user_id(id.as_bytes()) {
                    continue;
                }
                match kind {
                    Kind::Symlink => return Err(io_error(&path, symlink_error(&path))),
                    Kind::File => {
                        let bytes = self.fs.read(&path).map_err(|e| io_error(&path, e))?;
                        if let Ok(p) = UserProfile::parse(&bytes) {
                            profiles.push((id, p));
                        }
                    }
                    _ => {}
                }
            }
            self.users = Some(UserDirectory::from_profiles(profiles));
        }
        Ok(self.users.as_ref().expect("read above"))
    }

    /// addr, hostname and userid of a new log line. A storectl user with a moin profile is
    /// logged by its id; any other name the way moin logs an override name (antispam, package
    /// installs): in the hostname field, with addr and userid empty.
    fn editor_fields(&mut self, meta: &RevisionMeta) -> Result<(String, String, String)> {
        let who = field_text(&meta.userid);
        let addr = field_text(&meta.addr);
        let hostname = field_text(&meta.hostname);
        if who.is_empty() {
            return Ok((addr, hostname, who));
        }
        let users = self.users_dir()?;
        if users.profiles.contains_key(&who) {
            return Ok((addr, hostname, who));
        }
        Ok(match users.ids_of_name(&who).first() {
            Some(id) => (addr, hostname, id.to_string()),
            None => (String::new(), who, String::new()),
        })
    }

    fn format_line(entry: &EditLogEntry) -> Result<String> {
        entry.to_line().map_err(|e| {
            Error::bad_input(format!(
                "cannot write an edit-log line for {:?}: {e}",
                entry.page_name
            ))
        })
    }

    /// Writes both log lines (global and per-page) for an entry at commit.
    fn log_entry(&mut self, dir: &Path, entry: &EditLogEntry) -> Result<()> {
        let line = Self::format_line(entry)?;
        self.log_line(None, line.clone())?;
        self.log_line(Some(dir), line)
    }

    fn put_page_revision(&mut self, name: &str, new: &NewRevision) -> Result<()> {
        let dir = self.page_dir(name);
        // Read before anything is written: a refusal (a linked profile) changes nothing.
        let meta = &new.revision.meta;
        let (addr, hostname, userid) = self.editor_fields(meta)?;
        let on_disk = self.hold(&dir, name)?;
        let revno = new.revision.revno;
        if revno != on_disk + 1 {
            return Err(Error::conflict(format!(
                "page {name:?} is at revision {on_disk} on disk, so revision {revno} cannot follow it; it changed meanwhile"
            ))
            .hint("run the command again"));
        }
        let mtime_us = match new.data {
            Some(data) => {
                let path = dir.join("revisions").join(revision_file_name(revno));
                // moin writes page text with CRLF line ends (`encodeTextMimeType`).
                let encoded;
                let bytes = match std::str::from_utf8(data) {
                    Ok(text) => {
                        encoded = encode_revision_text(text);
                        encoded.as_bytes()
                    }
                    Err(_) => data,
                };
                self.journaled(Undo::RemoveFile(path.clone()), |fs| {
                    write_new(fs, &path, bytes)
                })?;
                // moin logs a save at the revision file's mtime.
                self.fs.mtime_us(&path)
            }
            None => new.revision.mtime_us,
        };
        self.set_current(&dir, revno)?;
        crate::failpoint::hit("moin16-revision-written");
        let entry = EditLogEntry {
            mtime_usecs: mtime_us,
            revision: LogRevision::Page(revno),
            action: Action::parse(&new.revision.action),
            page_name: name.to_string(),
            addr,
            hostname,
            userid,
            extra: field_text(&meta.extra),
            comment: clean_input(&field_text(&meta.comment)),
        };
        self.log_entry(&dir, &entry)
    }

    fn put_attachment_revision(&mut self, name: &str, new: &NewRevision) -> Result<()> {
        let (page, file) = split_attachment(name)?;
        check_attachment_file_name(file)?;
        let dir = self.page_dir(page);
        let meta = &new.revision.meta;
        let (addr, hostname, userid) = self.editor_fields(meta)?;
        let attachments = dir.join("attachments");
        let path = attachments.join(file);
        // Links are refused before anything is written.
        for p in [&dir, &attachments, &path, &dir.join("edit-log")] {
            self.fs.exists(p).map_err(|e| io_error(p, e))?;
        }
        self.check_global_log()?;
        if !self.fs.exists(&dir).map_err(|e| io_error(&dir, e))? {
            self.journaled(Undo::RemoveTree(dir.clone()), |fs| {
                fs.create_dir(&dir).map_err(|e| io_error(&dir, e))
            })?;
        }
        if !self
            .fs
            .exists(&attachments)
            .map_err(|e| io_error(&attachments, e))?
        {
            self.journaled(Undo::RemoveTree(attachments.clone()), |fs| {
                fs.create_dir(&attachments)
                    .map_err(|e| io_error(&attachments, e))
            })?;
        }
        let entry = |action: Action| EditLogEntry {
            mtime_usecs: new.revision.mtime_us,
            revision: LogRevision::Unversioned,
            action,
            page_name: page.to_string(),
            addr: addr.clone(),
            hostname: hostname.clone(),
            userid: userid.clone(),
            extra: url_quote(file),
            comment: clean_input(&field_text(&meta.comment)),
        };
        let moved_here = self.moved_in.contains(&path);
        if self.fs.exists(&path).map_err(|e| io_error(&path, e))? && !moved_here {
            // An overwrite is a removal and an upload in moin (`add_attachment`).
            self.trash(&path)?;
            let line = entry(Action::AttDel);
            self.log_entry(&dir, &line)?;
        }
        if let Some(data) = new.data {
            let tmp = attachments.join(format!(".storectl-{}.tmp", std::process::id()));
            // Undone newest first: the new file goes, then the one it replaced comes back from
            // the trash (a temp file left by a crash goes too).
            self.record(Undo::RemoveFile(tmp.clone()))?;
            self.fs.write(&tmp, data).map_err(|e| io_error(&tmp, e))?;
            if moved_here {
                self.fs
                    .rename(&tmp, &path)
                    .map_err(|e| io_error(&path, e))?;
            } else {
                self.journaled(Undo::RemoveFile(path.clone()), |fs| {
                    fs.rename(&tmp, &path).map_err(|e| io_error(&path, e))
                })?;
            }
            let line = entry(Action::parse(&new.revision.action));
            self.log_entry(&dir, &line)?;
        }
        self.moved_in.remove(&path);
        Ok(())
    }

    fn kind_of(&self, name: &str) -> Result<Option<ItemKind>> {
        if self.load_page(name)?.is_some() {
            return Ok(Some(ItemKind::Page));
        }
        Ok(self.load_attachment(name)?.map(|_| ItemKind::Attachment))
    }

    /// The `PageState` of every page directory, by name.
    fn all_pages(&self, wanted: &dyn Fn(&str) -> bool) -> Result<Vec<PageState>> {
        let mut out = Vec::new();
        let entries = match self.fs.read_dir(&self.pages) {
            Ok(e) => e,
            Err(e) => return Err(io_error(&self.pages, e)),
        };
        for (file, kind) in entries {
            let raw = file.as_encoded_bytes();
            if kind == Kind::Symlink && !is_ignored_page_dir(raw) {
                let path = self.pages.join(&file);
                return Err(io_error(&path, symlink_error(&path)));
            }
            if is_ignored_page_dir(raw) || kind != Kind::Dir {
                continue;
            }
            let Ok(decoded) = decode_page_dir(raw) else {
                continue;
            };
            if !wanted(&decoded.name) {
                continue;
            }
            if let Some(p) = self.load_page_at(self.pages.join(&file), decoded.name)? {
                out.push(p);
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Whether anything is at `path`; a link there is refused.
    fn present(&self, path: &Path) -> Result<bool> {
        self.fs.exists(path).map_err(|e| io_error(path, e))
    }

    fn current_text(&self, page: &PageState) -> Option<String> {
        if page.deleted() {
            return None;
        }
        // Text that is not UTF-8 is not searchable, as a database store does not index it.
        let bytes = self.fs.read(&page.revision_path(page.current)).ok()?;
        String::from_utf8(bytes).ok()
    }
}

impl ItemStorage for DataDir {
    fn item(&mut self, name: &str) -> Result<Option<ItemRecord>> {
        if let Some(page) = self.load_page(name)? {
            return Ok(Some(self.page_record(&page)));
        }
        Ok(self
            .load_attachment(name)?
            .map(|a| self.attachment_record(name.to_string(), &a)))
    }

    fn items(
        &mut self,
        query: &ItemQuery,
        f: &mut dyn FnMut(ItemRecord) -> Result<()>,
    ) -> Result<()> {
        let prefix = query.prefix.clone().unwrap_or_default();
        // A page is read when it or one of its attachments can match the prefix.
        let wanted = |name: &str| {
            name.starts_with(&prefix)
                || prefix
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with('/'))
        };
        // The words of `items_model::search_words`, as the database backends index them: moin's
        // own search matches substrings, storectl's matches whole words on every backend.
        let terms = query
            .search
            .as_deref()
            .map(search_words::query_words)
            .transpose()?;
        let mut found: BTreeMap<String, ItemRecord> = BTreeMap::new();
        for page in self.all_pages(&wanted)? {
            let keep = |r: &ItemRecord| {
                r.name.starts_with(&prefix)
                    && query.kind.is_none_or(|k| k == r.kind)
                    && (query.include_deleted || !r.deleted)
                    && query.changed_since_us.is_none_or(|s| r.mtime_us >= s)
            };
            let record = self.page_record(&page);
            let matches_search = match &terms {
                None => true,
                Some(terms) => self
                    .current_text(&page)
                    .is_some_and(|t| search_words::text_matches(&t, terms)),
            };
            if keep(&record) && matches_search {
                found.insert(record.name.clone(), record);
            }
            if terms.is_some() || query.kind == Some(ItemKind::Page) {
                continue;
            }
            for file in self.attachment_names(&page.dir, &page.log)? {
                if let Some(att) = self.attachment_in(&page.dir, &page.log, &file)? {
                    let record = self.attachment_record(format!("{}/{file}", page.name), &att);
                    if keep(&record) {
                        found.insert(record.name.clone(), record);
                    }
                }
            }
        }
        for (_, record) in found {
            f(record)?;
        }
        Ok(())
    }

    fn revision(&mut self, name: &str, revno: u64) -> Result<Option<RevisionRecord>> {
        if let Some(page) = self.load_page(name)? {
            if !page.revision_numbers().contains(&revno) {
                return Ok(None);
            }
            return Ok(Some(self.page_revision(&page, revno, &mut None)));
        }
        Ok(self
            .load_attachment(name)?
            .and_then(|a| self.attachment_revision(&a, revno)))
    }

    fn revisions(
        &mut self,
        name: &str,
        f: &mut dyn FnMut(RevisionRecord) -> Result<()>,
    ) -> Result<()> {
        if let Some(page) = self.load_page(name)? {
            let mut global = None;
            let records: Vec<RevisionRecord> = page
                .revision_numbers()
                .into_iter()
                .map(|n| self.page_revision(&page, n, &mut global))
                .collect();
            for r in records.into_iter().rev() {
                f(r)?;
            }
            return Ok(());
        }
        if let Some(att) = self.load_attachment(name)? {
            for n in (1..=att.current()).rev() {
                if let Some(r) = self.attachment_revision(&att, n) {
                    f(r)?;
                }
            }
        }
        Ok(())
    }

    fn data(&mut self, name: &str, revno: u64) -> Result<Option<Vec<u8>>> {
        match self.open_data(name, revno)? {
            Some((path, kind)) => {
                let bytes = self.fs.read(&path).map_err(|e| io_error(&path, e))?;
                Ok(Some(match kind {
                    ItemKind::Page => page_text(bytes),
                    ItemKind::Attachment => bytes,
                }))
            }
            None => Ok(None),
        }
    }

    fn write_data(&mut self, name: &str, revno: u64, out: &mut dyn Write) -> Result<u64> {
        let Some((path, kind)) = self.open_data(name, revno)? else {
            return Ok(0);
        };
        if kind == ItemKind::Page {
            let text = page_text(self.fs.read(&path).map_err(|e| io_error(&path, e))?);
            out.write_all(&text)?;
            return Ok(text.len() as u64);
        }
        let mut file = self.fs.open(&path).map_err(|e| io_error(&path, e))?;
        Ok(std::io::copy(&mut file, out)?)
    }

    fn put_revision(&mut self, name: &str, kind: ItemKind, new: &NewRevision) -> Result<()> {
        self.writable()?;
        let existing = self.kind_of(name)?;
        if existing.is_some_and(|k| k != kind) {
            return Err(Error::conflict(format!(
                "{name:?} is a {} in the data dir, not a {}",
                existing.map_or("", ItemKind::name),
                kind.name()
            )));
        }
        match kind {
            ItemKind::Page => self.put_page_revision(name, new),
            ItemKind::Attachment => self.put_attachment_revision(name, new),
        }
    }

    fn set_item_meta(&mut self, name: &str, _meta: &Map<String, Value>) -> Result<()> {
        Err(Error::usage(format!(
            "a moin data dir has no place for item-level metadata (item {name:?})"
        ))
        .hint("revision metadata comes from the edit-log; use a sqlite: store for item metadata"))
    }

    fn rename_item(&mut self, old: &str, new: &str) -> Result<()> {
        self.writable()?;
        match self.kind_of(old)? {
            Some(ItemKind::Page) => {
                let from = self.page_dir(old);
                let to = self.page_dir(new);
                if self.held.contains(&from) {
                    return Err(Error::usage(format!(
                        "page {old:?} was changed earlier in this transaction; on a moin16 store it can be renamed only in a transaction of its own"
                    ))
                    .hint(Fix::CommitFirst));
                }
                if self.present(&to)? {
                    // A leftover directory without a page (moin makes them on reads).
                    self.trash(&to)?;
                }
                // moin's `renamePage`: the whole directory moves, log and attachments included.
                self.rename(&from, &to)
            }
            Some(ItemKind::Attachment) => {
                let (old_page, old_file) = split_attachment(old)?;
                let (new_page, new_file) = split_attachment(new)?;
                check_attachment_file_name(new_file)?;
                let from = self.page_dir(old_page).join("attachments").join(old_file);
                let to_dir = self.page_dir(new_page).join("attachments");
                let to = to_dir.join(new_file);
                if !self.present(&from)? {
                    // Already moved with its page's directory, or deleted: nothing to move.
                    if self.present(&to)? {
                        self.moved_in.insert(to);
                    }
                    return Ok(());
                }
                if !self.present(&to_dir)? {
                    self.journaled(Undo::RemoveTree(to_dir.clone()), |fs| {
                        fs.create_dir_all(&to_dir).map_err(|e| io_error(&to_dir, e))
                    })?;
                }
                self.rename(&from, &to)?;
                self.moved_in.insert(to);
                let entry = EditLogEntry {
                    mtime_usecs: crate::timestamp::now_us(),
                    revision: LogRevision::Unversioned,
                    action: Action::AttDel,
                    page_name: old_page.to_string(),
                    addr: String::new(),
                    hostname: String::new(),
                    userid: String::new(),
                    extra: url_quote(old_file),
                    comment: String::new(),
                };
                let dir = self.page_dir(old_page);
                self.log_entry(&dir, &entry)
            }
            // An attachment whose page directory was renamed a moment ago has moved with it.
            None if self.load_attachment(new)?.is_some() => Ok(()),
            None => Err(Error::not_found(format!("item {old:?} not found"))),
        }
    }

    fn copy_item(&mut self, src: &str, dst: &str) -> Result<()> {
        self.writable()?;
        match self.kind_of(src)? {
            Some(ItemKind::Page) => {
                let from = self.page_dir(src);
                let to = self.page_dir(dst);
                if self.present(&to)? {
                    self.trash(&to)?;
                }
                // moin's `copyPage`: the whole directory, history under the old name included.
                // Recorded first and kept when the copy fails half-way: a partial copy goes too.
                self.record(Undo::RemoveTree(to.clone()))?;
                self.fs
                    .copy_tree(&from, &to)
                    .map_err(|e| io_error(&from, e))
            }
            Some(ItemKind::Attachment) => {
                let (src_page, src_file) = split_attachment(src)?;
                let (dst_page, dst_file) = split_attachment(dst)?;
                check_attachment_file_name(dst_file)?;
                let to = self.page_dir(dst_page).join("attachments").join(dst_file);
                if self.present(&to)? {
                    return Ok(());
                }
                let from = self.page_dir(src_page).join("attachments").join(src_file);
                let data = self.fs.read(&from).map_err(|e| io_error(&from, e))?;
                let meta = RevisionMeta {
                    extra: Some(url_quote(dst_file)),
                    ..RevisionMeta::default()
                };
                self.put_attachment_revision(
                    dst,
                    &NewRevision {
                        revision: RevisionRecord {
                            revno: 1,
                            mtime_us: crate::timestamp::now_us(),
                            action: "ATTNEW".into(),
                            deleted: false,
                            meta,
                        },
                        data: Some(&data),
                        acl: None,
                        search_text: None,
                    },
                )
            }
            None => Err(Error::not_found(format!("item {src:?} not found"))),
        }
    }

    fn destroy_item(&mut self, name: &str) -> Result<()> {
        self.writable()?;
        match self.kind_of(name)? {
            Some(ItemKind::Page) => {
                let dir = self.page_dir(name);
                self.trash(&dir)
            }
            Some(ItemKind::Attachment) => {
                // Its page was destroyed with it already, or only the attachment goes: moin's
                // log lines about it stay in the page's log (moin never rewrites a log).
                let att = self.load_attachment(name)?;
                match att {
                    Some(a) if a.exists => self.trash(&a.path),
                    _ => Ok(()),
                }
            }
            None => Ok(()),
        }
    }

    fn log(
        &mut self,
        since_us: Option<i64>,
        f: &mut dyn FnMut(&str, RevisionRecord) -> Result<bool>,
    ) -> Result<()> {
        self.check_global_log()?;
        let log = self.read_global_log();
        let entries: Vec<&EditLogEntry> = log.entries().collect();
        // Lines logged before a rename belong to the page under its new name. Walking back
        // from the end, a SAVE/RENAME line maps the old name to whatever the new name became.
        let mut renamed_to: HashMap<&str, String> = HashMap::new();
        let mut pages: Vec<String> = vec![String::new(); entries.len()];
        for (i, e) in entries.iter().enumerate().rev() {
            let now = renamed_to
                .get(e.page_name.as_str())
                .cloned()
                .unwrap_or_else(|| e.page_name.clone());
            if let Some(old) = e.renamed_from() {
                renamed_to.insert(old, now.clone());
            }
            pages[i] = now;
        }
        // Attachment events are numbered per attachment, in log order.
        let mut counts: HashMap<String, u64> = HashMap::new();
        let mut numbered: Vec<(String, u64)> = Vec::with_capacity(entries.len());
        for (e, page) in entries.iter().zip(&pages) {
            match e.attachment_name() {
                Some(file) => {
                    let name = format!("{page}/{file}");
                    let n = counts.entry(name.clone()).or_default();
                    *n += 1;
                    numbered.push((name, *n));
                }
                None => numbered.push((page.clone(), e.revision.number())),
            }
        }
        for ((e, page), (name, revno)) in entries.iter().zip(&pages).zip(numbered).rev() {
            if since_us.is_some_and(|s| e.mtime_usecs < s) || e.action == Action::Lock {
                continue;
            }
            let deleted = if e.action.is_attachment() {
                e.action == Action::AttDel
            } else {
                let file = self
                    .page_dir(page)
                    .join("revisions")
                    .join(revision_file_name(revno));
                !self.present(&file)?
            };
            let mut meta = editor_meta(Some(e));
            if e.page_name != *page {
                meta.moin.insert("moin_page".into(), json!(e.page_name));
            }
            let record = RevisionRecord {
                revno,
                mtime_us: e.mtime_usecs,
                action: e.action.as_str().to_string(),
                deleted,
                meta,
            };
            if !f(&name, record)? {
                break;
            }
        }
        Ok(())
    }

    fn user(&mut self, name: &str) -> Result<Option<UserRecord>> {
        let users = self.users_dir()?;
        Ok(users
            .ids_of_name(name)
            .first()
            .map(|id| user_record(users, id)))
    }

    fn put_user(&mut self, user: &UserRecord) -> Result<()> {
        self.writable()?;
        let dir = self.root.join("user");
        self.users_dir()?; // refuses links before anything is written
        if !self.present(&dir)? {
            self.journaled(Undo::RemoveTree(dir.clone()), |fs| {
                fs.create_dir(&dir).map_err(|e| io_error(&dir, e))
            })?;
        }
        let now = crate::timestamp::now_us();
        // moin's ids: "<seconds>.<fraction>.<random>".
        let id = format!(
            "{}.{}.{}",
            now / 1_000_000,
            (now % 1_000_000) / 10_000,
            std::process::id() % 65536
        );
        let text = |key: &str| UserValue::Text(text_of(&user.profile, key));
        let name = UserValue::Text(user.name.clone());
        let email = text("email");
        let alias = text("aliasname");
        let profile = format_profile(
            &id,
            &format!("{}", now / 1_000_000),
            [("name", &name), ("email", &email), ("aliasname", &alias)],
        )
        .map_err(|e| {
            Error::bad_input(format!(
                "user {:?} cannot be written as a moin profile: {e}",
                user.name
            ))
        })?;
        let path = dir.join(&id);
        self.journaled(Undo::RemoveFile(path.clone()), |fs| {
            write_new(fs, &path, profile.as_bytes())
        })?;
        self.users = None;
        Ok(())
    }

    fn remove_user(&mut self, name: &str) -> Result<bool> {
        self.writable()?;
        let ids: Vec<String> = self
            .users_dir()?
            .ids_of_name(name)
            .into_iter()
            .map(str::to_string)
            .collect();
        for id in &ids {
            let path = self.root.join("user").join(id);
            self.trash(&path)?;
        }
        self.users = None;
        Ok(!ids.is_empty())
    }

    fn users(&mut self, f: &mut dyn FnMut(UserRecord) -> Result<()>) -> Result<()> {
        let users = self.users_dir()?;
        let mut by_name: BTreeMap<&str, &str> = BTreeMap::new();
        for (id, p) in &users.profiles {
            if let (false, Some(name)) = (p.disabled(), p.name()) {
                if !name.trim().is_empty() {
                    by_name.entry(name).or_insert(id);
                }
            }
        }
        let records: Vec<UserRecord> = by_name.values().map(|id| user_record(users, id)).collect();
        for r in records {
            f(r)?;
        }
        Ok(())
    }

    fn item_audit(&mut self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let fs = self.fs.confined().clone();
        // Every link storectl refuses to follow, so that one `check` lists them all.
        let mut links = Vec::new();
        for top in ["edit-log", "pages", "user"] {
            let path = self.root.join(top);
            if fs.kind(&path).ok().flatten() == Some(Kind::Symlink) {
                links.push(path);
            }
        }
        for dir in ["user"] {
            let dir = self.root.join(dir);
            for (file, kind) in fs.read_dir(&dir).unwrap_or_default() {
                if kind == Kind::Symlink {
                    links.push(dir.join(file));
                }
            }
        }
        let entries = match fs.read_dir(&self.pages) {
            Ok(entries) => entries,
            // Listed above; nothing below it is looked at.
            Err(e) if symlink_of(&e).is_some() => Vec::new(),
            Err(e) => return Err(io_error(&self.pages, e)),
        };
        for (raw, kind) in entries {
            let page = self.pages.join(&raw);
            if kind == Kind::Symlink {
                links.push(page);
                continue;
            }
            for (file, kind) in fs.read_dir(&page).unwrap_or_default() {
                match kind {
                    Kind::Symlink => links.push(page.join(file)),
                    Kind::Dir if file == "revisions" || file == "attachments" => {
                        for (f, k) in fs.read_dir(&page.join(&file)).unwrap_or_default() {
                            if k == Kind::Symlink {
                                links.push(page.join(&file).join(f));
                            }
                        }
                    }
                    _ => {}
                }
            }
            if is_ignored_page_dir(raw.as_encoded_bytes()) {
                continue;
            }
            let shown = raw.to_string_lossy();
            let Ok(Some(current)) = read_current_in(&fs, &page) else {
                continue;
            };
            for a in &current.anomalies {
                if matches!(
                    a,
                    CurrentAnomaly::InterruptedSave { .. }
                        | CurrentAnomaly::Unreadable { .. }
                        | CurrentAnomaly::LeftoverLockFile { .. }
                ) {
                    problems.push(format!("pages/{shown}: {a}"));
                }
            }
        }
        for link in links {
            problems.push(format!("{}", crate::moin16::confined::symlink_error(&link)));
        }
        if fs.exists_lstat(&self.root.join(super::TRASH_DIR)) && self.mode == TxMode::Read {
            problems.push(format!(
                "{} exists: an interrupted storectl transaction left files there",
                super::TRASH_DIR
            ));
        }
        Ok(problems)
    }

    /// The data dir's own `edit-log` is its global log: nothing was migrated into it.
    fn moin_global_logs(&mut self, _f: &mut crate::engine::items::MoinLogVisitor) -> Result<()> {
        Ok(())
    }

    fn put_moin_global_log(&mut self, source: &str, _log: Option<&[u8]>) -> Result<()> {
        Err(Error::usage(format!(
            "a moin data dir cannot keep the edit-log of another one ({source})"
        ))
        .hint("migrate into a sqlite: store"))
    }

    fn item_totals(&mut self) -> Result<(u64, u64, u64, u64, u64)> {
        let (mut items, mut revisions, mut blobs, mut bytes) = (0u64, 0u64, 0u64, 0u64);
        for page in self.all_pages(&|_| true)? {
            items += 1;
            revisions += page.revision_numbers().len() as u64;
            for n in &page.files {
                blobs += 1;
                bytes += self.fs.len(&page.revision_path(*n)).unwrap_or(0);
            }
            for file in self.attachment_names(&page.dir, &page.log)? {
                if let Some(att) = self.attachment_in(&page.dir, &page.log, &file)? {
                    items += 1;
                    revisions += att.current();
                    if att.exists {
                        blobs += 1;
                        bytes += self.fs.len(&att.path).unwrap_or(0);
                    }
                }
            }
        }
        let users = self.users_dir()?.profiles.len() as u64;
        Ok((items, revisions, blobs, bytes, users))
    }
}

impl DataDir {
    /// The file holding a revision's data, `None` for a revision without data.
    fn open_data(&mut self, name: &str, revno: u64) -> Result<Option<(PathBuf, ItemKind)>> {
        if let Some(page) = self.load_page(name)? {
            return Ok(page
                .files
                .contains(&revno)
                .then(|| (page.revision_path(revno), ItemKind::Page)));
        }
        Ok(self
            .load_attachment(name)?
            .filter(|a| a.exists && revno == a.current())
            .map(|a| (a.path, ItemKind::Attachment)))
    }
}

fn user_record(users: &UserDirectory, id: &str) -> UserRecord {
    let profile = &users.profiles[id];
    let mut data = Map::new();
    data.insert("moin_id".into(), json!(id));
    for key in ["email", "aliasname"] {
        if let Some(text) = profile.values().get(key).and_then(|v| v.as_text()) {
            data.insert(key.to_string(), json!(text));
        }
    }
    let created_us = id
        .split('.')
        .next()
        .and_then(|s| s.parse::<i64>().ok())
        .map_or(0, |s| s * 1_000_000);
    debug_assert!(is_user_id(id.as_bytes()));
    UserRecord {
        name: profile.name().unwrap_or_default().to_string(),
        profile: data,
        created_us,
    }
}
