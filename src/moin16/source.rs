//! Reading a moin 1.6–1.9 data directory page by page, as a migration sees it: every revision
//! file, the metadata each revision had (per-page log, else global log, else file mtime), deleted
//! revisions, attachments with their log lines, and every anomaly as a sentence. Reads only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::confined::{symlink_of, Confined, Kind};
use super::editlog::{Action, EditLogEntry, EditLogFile};
use super::names::{decode_page_dir, is_ignored_page_dir, url_quote};
use super::page::{parse_revision_file_name, read_current_in};

/// Where a revision's metadata came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaSource {
    PageLog,
    GlobalLog,
    FileMtime,
    /// A deleted revision with no log line and no file.
    Nothing,
}

impl MetaSource {
    pub fn name(self) -> &'static str {
        match self {
            MetaSource::PageLog => "page_log",
            MetaSource::GlobalLog => "global_log",
            MetaSource::FileMtime => "file_mtime",
            MetaSource::Nothing => "none",
        }
    }
}

#[derive(Debug, Clone)]
pub struct SourceRevision {
    pub number: u64,
    /// The revision file's exact bytes; `None` for a deleted revision (no file).
    pub data: Option<Vec<u8>>,
    pub entry: Option<EditLogEntry>,
    pub meta_source: MetaSource,
    pub mtime_us: i64,
}

#[derive(Debug, Clone)]
pub struct SourceAttachment {
    pub file_name: String,
    pub data: Vec<u8>,
    /// The last ATTNEW line naming it.
    pub entry: Option<EditLogEntry>,
    pub mtime_us: i64,
}

/// One page directory, read.
#[derive(Debug, Clone)]
pub struct SourcePage {
    pub dir_name: String,
    pub name: String,
    pub revisions: Vec<SourceRevision>,
    pub attachments: Vec<SourceAttachment>,
    /// Sentences about what was odd (the page is still imported).
    pub anomalies: Vec<String>,
    /// Parts of the page that are not imported (attachments that are symbolic links), each a
    /// sentence naming the path: the migration is partial.
    pub skipped: Vec<String>,
    /// The per-page `edit-log` exactly as read (`None`: the page has none), so that an export
    /// writes back every line, in its order.
    pub log: Option<Vec<u8>>,
}

/// A directory that is not imported, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub dir_name: String,
    pub reason: String,
    /// Not a page at all (no `current`, never saved, ignored by moin): nothing is lost.
    pub junk: bool,
    /// Left out because of a symbolic link (`migrate verify` reports these too).
    pub symlink: bool,
}

/// The global edit-log, indexed by (page, revision): the fallback for revisions whose page log
/// lost their line. It also carries the data dir's [`Confined`] root, through which every page
/// of the data dir is read.
pub struct GlobalLog {
    by_revision: HashMap<(String, u64), EditLogEntry>,
    pub unparsable_lines: usize,
    /// Set when the global edit-log is a symbolic link (not read): why, naming the path.
    pub refused: Option<String>,
    fs: Confined,
    /// The file exactly as read (`None`: the data dir has no global edit-log).
    pub bytes: Option<Vec<u8>>,
}

impl GlobalLog {
    pub fn read(data_dir: &Path) -> GlobalLog {
        let mut log = GlobalLog {
            by_revision: HashMap::new(),
            unparsable_lines: 0,
            refused: None,
            fs: Confined::new(data_dir),
            bytes: None,
        };
        let bytes = match log.fs.read(&data_dir.join("edit-log")) {
            Ok(b) => b,
            Err(e) => {
                if symlink_of(&e).is_some() {
                    log.refused = Some(format!(
                        "{e}: not read (revisions whose page log lacks a line take their time from the file)"
                    ));
                }
                return log;
            }
        };
        let file = EditLogFile::parse(&bytes);
        log.unparsable_lines = file.errors().count();
        for entry in file.entries() {
            if let Some(rev) = entry.revision.page() {
                log.by_revision
                    .insert((entry.page_name.clone(), rev), entry.clone());
            }
        }
        log.bytes = Some(bytes);
        log
    }
}

/// The page directories of `pages_dir`, sorted by their raw names; symbolic links among them
/// are listed too, so that [`read_page`] reports them. `pages_dir` itself must not be a link.
pub fn page_dirs(pages_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let fs = Confined::new(pages_dir.parent().unwrap_or(pages_dir));
    let mut dirs: Vec<PathBuf> = fs
        .read_dir(pages_dir)?
        .into_iter()
        .filter(|(_, kind)| matches!(kind, Kind::Dir | Kind::Symlink))
        .map(|(name, _)| pages_dir.join(name))
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Reads one page directory; `Err` says why it is not a page to import.
pub fn read_page(dir: &Path, global: &GlobalLog) -> Result<SourcePage, Skipped> {
    let raw_name = dir
        .file_name()
        .map(|n| n.as_encoded_bytes().to_vec())
        .unwrap_or_default();
    let dir_name = String::from_utf8_lossy(&raw_name).into_owned();
    let skip = |reason: String| Skipped {
        dir_name: dir_name.clone(),
        reason,
        junk: false,
        symlink: false,
    };
    let link_skip = |reason: String| Skipped {
        symlink: true,
        ..skip(reason)
    };
    let junk = |reason: &str| Skipped {
        dir_name: dir_name.clone(),
        reason: reason.to_string(),
        junk: true,
        symlink: false,
    };
    if is_ignored_page_dir(&raw_name) {
        return Err(junk("not a page directory (moin ignores it)"));
    }
    let fs = &global.fs;
    // Every link in the page is named, then the page is left out: its history would be wrong
    // without the linked revision, log or `current`.
    let mut links: Vec<String> = Vec::new();
    let mut note_link = |e: &std::io::Error| match symlink_of(e) {
        Some(p) => {
            links.push(p.display().to_string());
            true
        }
        None => false,
    };
    if let Err(e) = fs.kind_no_link(dir) {
        note_link(&e);
        return Err(link_skip(format!("{e}; the page is not imported")));
    }
    let decoded = decode_page_dir(&raw_name)
        .map_err(|e| skip(format!("the directory name cannot be decoded: {e}")))?;
    let mut anomalies = Vec::new();
    if !decoded.is_canonical {
        anomalies.push(format!(
            "directory {dir_name:?} is not how moin quotes {:?} ({:?}); imported under the decoded name",
            decoded.name, decoded.canonical_dir
        ));
    }
    let current = match read_current_in(fs, dir) {
        Ok(Some(c)) => c,
        Ok(None) => {
            return Err(junk(
                "no 'current' file: not a page (moin creates such directories on reads)",
            ))
        }
        Err(e) if note_link(&e) => return Err(link_skip(format!("{e}; the page is not imported"))),
        Err(e) => return Err(skip(format!("cannot read 'current': {e}"))),
    };
    anomalies.extend(current.anomalies.iter().map(|a| a.to_string()));
    let Some(current_rev) = current.revision else {
        return Err(skip(format!(
            "'current' is unreadable ({}): moin treats the page as missing",
            current
                .anomalies
                .first()
                .map(|a| a.to_string())
                .unwrap_or_default()
        )));
    };
    if current_rev == 0 {
        return Err(junk("'current' is 0: the page was never saved"));
    }
    let log = match fs.read(&dir.join("edit-log")) {
        Ok(b) => Some(b),
        Err(e) => {
            note_link(&e);
            None
        }
    };
    let page_log = log.as_deref().map(EditLogFile::parse).unwrap_or_default();
    let bad_lines = page_log.errors().count();
    if bad_lines > 0 {
        anomalies.push(format!(
            "{bad_lines} unreadable edit-log lines (kept out of the metadata)"
        ));
    }
    let mut numbers: Vec<(u64, PathBuf)> = Vec::new();
    let revisions_dir = dir.join("revisions");
    let listed = fs.read_dir(&revisions_dir).inspect_err(|e| {
        note_link(e);
    });
    if let Ok(entries) = listed {
        for (name, kind) in entries {
            let path = revisions_dir.join(&name);
            match parse_revision_file_name(name.as_encoded_bytes()) {
                Some(_) if kind == Kind::Symlink => links.push(path.display().to_string()),
                Some(r) if r.number > 0 => numbers.push((r.number as u64, path)),
                Some(r) => anomalies.push(format!(
                    "revisions/{} is revision {}: not imported",
                    name.to_string_lossy(),
                    r.number
                )),
                None => anomalies.push(format!(
                    "revisions/{} is not a revision file; ignored",
                    name.to_string_lossy()
                )),
            }
        }
    }
    if !links.is_empty() {
        return Err(link_skip(format!(
            "{} {}: storectl never follows links inside a moin data dir, so the page is not imported",
            links.join(", "),
            if links.len() == 1 { "is a symbolic link" } else { "are symbolic links" }
        )));
    }
    numbers.sort();
    numbers.dedup_by_key(|(n, _)| *n);
    let mut revisions = Vec::new();
    for (number, path) in &numbers {
        let data = fs
            .read(path)
            .map_err(|e| skip(format!("cannot read revision {number}: {e}")))?;
        if std::str::from_utf8(&data).is_err() {
            anomalies.push(format!(
                "revision {number} is not UTF-8; its bytes are kept exactly"
            ));
        }
        revisions.push(revision_with_meta(
            *number,
            Some(data),
            &decoded.name,
            &page_log,
            global,
            Some(path),
            fs,
        ));
    }
    let last_file = numbers.last().map(|(n, _)| *n);
    if last_file.is_none_or(|last| current_rev > last) {
        // "Deleted" in moin: `current` names a revision that has no file.
        let deleted = revision_with_meta(
            current_rev,
            None,
            &decoded.name,
            &page_log,
            global,
            None,
            fs,
        );
        let lost: Vec<u64> = page_log
            .entries()
            .filter_map(|e| e.revision.page())
            .filter(|r| *r < current_rev && last_file.is_none_or(|l| *r > l))
            .collect();
        if !lost.is_empty() {
            anomalies.push(format!(
                "the log records revisions {lost:?} but their files are missing; the page counts as deleted at revision {current_rev}"
            ));
        }
        revisions.push(deleted);
    } else if current_rev < last_file.unwrap_or(0) {
        anomalies.push(format!(
            "revision files go up to {} but 'current' says {current_rev}; all files are imported",
            last_file.unwrap_or(0)
        ));
    }
    if revisions.is_empty() {
        return Err(skip("no revisions".into()));
    }
    for r in &revisions {
        if r.meta_source == MetaSource::FileMtime {
            anomalies.push(format!(
                "revision {}: no edit-log line; time taken from the file's mtime",
                r.number
            ));
        }
    }
    if fs.exists_lstat(&dir.join("edit-lock")) {
        anomalies.push("an edit-lock file (a stale editor lock) was not imported".into());
    }
    let mut skipped = Vec::new();
    let attachments = read_attachments(fs, dir, &page_log, &mut anomalies, &mut skipped);
    Ok(SourcePage {
        dir_name,
        name: decoded.name,
        revisions,
        attachments,
        anomalies,
        skipped,
        log,
    })
}

fn revision_with_meta(
    number: u64,
    data: Option<Vec<u8>>,
    page: &str,
    page_log: &EditLogFile,
    global: &GlobalLog,
    file: Option<&Path>,
    fs: &Confined,
) -> SourceRevision {
    let (entry, meta_source) = match page_log.entry_for_revision(number) {
        Some(e) => (Some(e.clone()), MetaSource::PageLog),
        None => match global.by_revision.get(&(page.to_string(), number)) {
            Some(e) => (Some(e.clone()), MetaSource::GlobalLog),
            None if file.is_some() => (None, MetaSource::FileMtime),
            None => (None, MetaSource::Nothing),
        },
    };
    let mtime_us = match (&entry, file) {
        (Some(e), _) => e.mtime_usecs,
        (None, Some(path)) => fs.mtime_us(path),
        (None, None) => 0,
    };
    SourceRevision {
        number,
        data,
        entry,
        meta_source,
        mtime_us,
    }
}

fn read_attachments(
    fs: &Confined,
    dir: &Path,
    page_log: &EditLogFile,
    anomalies: &mut Vec<String>,
    skipped: &mut Vec<String>,
) -> Vec<SourceAttachment> {
    let mut out = Vec::new();
    let att_dir = dir.join("attachments");
    let entries = match fs.read_dir(&att_dir) {
        Ok(e) => e,
        Err(e) => {
            if symlink_of(&e).is_some() {
                skipped.push(format!("{e}: its attachments are not imported"));
            }
            return out;
        }
    };
    let mut files: Vec<PathBuf> = Vec::new();
    for (name, kind) in entries {
        let path = att_dir.join(name);
        match kind {
            Kind::File => files.push(path),
            Kind::Symlink => skipped.push(format!(
                "{}: the attachment is not imported",
                super::confined::symlink_error(&path)
            )),
            _ => {}
        }
    }
    files.sort();
    for path in files {
        let raw = path
            .file_name()
            .map(|n| n.as_encoded_bytes().to_vec())
            .unwrap_or_default();
        let Ok(file_name) = String::from_utf8(raw.clone()) else {
            anomalies.push(format!(
                "attachment {:?} has a name that is not UTF-8; not imported",
                String::from_utf8_lossy(&raw)
            ));
            continue;
        };
        let data = match fs.read(&path) {
            Ok(d) => d,
            Err(e) => {
                anomalies.push(format!(
                    "attachment {file_name:?} cannot be read ({e}); not imported"
                ));
                continue;
            }
        };
        let quoted = url_quote(&file_name);
        let entry = page_log
            .entries()
            .filter(|e| {
                e.action == Action::parse("ATTNEW") && (e.extra == quoted || e.extra == file_name)
            })
            .last()
            .cloned();
        if entry.is_none() {
            anomalies.push(format!(
                "attachment {file_name:?} has no ATTNEW line; time taken from the file's mtime"
            ));
        }
        let mtime_us = entry
            .as_ref()
            .map_or_else(|| fs.mtime_us(&path), |e| e.mtime_usecs);
        out.push(SourceAttachment {
            file_name,
            data,
            entry,
            mtime_us,
        });
    }
    out
}
