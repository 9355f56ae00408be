//! Importing a moin 1.6–1.9 data directory into the item model: every revision with its number
//! (gaps kept) and exact bytes, deleted revisions, metadata from the edit-logs, attachments and
//! user profiles. Re-running imports only what is missing, so an interrupted run continues.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::engine::items::{
    ItemKind, ItemRecord, ItemStorage, LockRecord, NewRevision, RevisionRecord, UserRecord,
};
use crate::engine::Transaction;
use crate::error::Result;
use crate::faces::locks;
use crate::items_model::{acl_from_body, mimetype_of};
use crate::moin16::item_meta::{editor_meta, page_revision_meta};
use crate::moin16::source::{MetaSource, SourcePage};
use crate::moin16::UserProfile;

#[derive(Debug, Default, Clone, Serialize)]
pub struct PageCounts {
    pub found: u64,
    pub imported: u64,
    pub already_imported: u64,
    pub skipped: u64,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct RevisionCounts {
    /// Revisions with data (revision files).
    pub imported: u64,
    /// Deleted revisions (`current` past the last file).
    pub deleted: u64,
    pub already_imported: u64,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct AttachmentCounts {
    pub imported: u64,
    pub bytes: u64,
    pub already_imported: u64,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct UserCounts {
    pub imported: u64,
    pub already_imported: u64,
    pub skipped: u64,
}

/// Where revision metadata came from, counted.
#[derive(Debug, Default, Clone, Serialize)]
pub struct MetaSources {
    pub page_log: u64,
    pub global_log: u64,
    pub file_mtime: u64,
    pub none: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub page: String,
    pub message: String,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct MigrationReport {
    pub source: String,
    pub moin: String,
    pub pages: PageCounts,
    pub revisions: RevisionCounts,
    pub attachments: AttachmentCounts,
    pub users: UserCounts,
    pub metadata_from: MetaSources,
    /// Odd things that were handled; the data was imported.
    pub anomalies: Vec<Note>,
    /// Directories that are not pages (no `current`, never saved): nothing to import.
    pub ignored: Vec<Note>,
    /// What was not imported, and why.
    pub skipped: Vec<Note>,
    pub dry_run: bool,
    /// How many of `skipped` another owner's lock kept out (a later run imports them), for the
    /// front end's advice; not in the report's document.
    #[serde(skip)]
    pub locked: u64,
}

impl MigrationReport {
    pub fn is_partial(&self) -> bool {
        !self.skipped.is_empty()
    }

    pub fn skip(&mut self, page: &str, message: impl Into<String>) {
        self.skipped.push(Note {
            page: page.to_string(),
            message: message.into(),
        });
    }
}

/// Item metadata holding a migrated page's own edit-log, byte for byte (see [`log_to_json`]).
pub const MOIN_LOG: &str = "moin_log";

/// An edit-log's bytes as item metadata: the text when it is UTF-8, `{"$base64": ...}` when not,
/// `null` when there was no file.
pub fn log_to_json(bytes: Option<&[u8]>) -> Value {
    use base64::Engine;
    match bytes {
        None => Value::Null,
        Some(b) => match std::str::from_utf8(b) {
            Ok(text) => json!(text),
            Err(_) => json!({"$base64": base64::engine::general_purpose::STANDARD.encode(b)}),
        },
    }
}

/// The bytes [`log_to_json`] wrote; `None` for `null` (no file) and for what it cannot have
/// written.
pub fn log_from_json(value: &Value) -> Option<Vec<u8>> {
    use base64::Engine;
    match value {
        Value::String(text) => Some(text.as_bytes().to_vec()),
        Value::Object(o) => o
            .get("$base64")
            .and_then(Value::as_str)
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok()),
        _ => None,
    }
}

/// The unexpired locks other owners hold on items, read in the transaction that imports a
/// batch of pages. Moin's rule holds for a migration too: an item is locked before it is
/// modified, so a page someone else has locked (an editor session, `lock acquire`) is not
/// written. A migration goes on with the other pages and lists the locked ones as skipped, like
/// every other page it cannot import; running it again after the lock is released imports them.
#[derive(Debug, Default)]
pub struct LockedItems(HashMap<String, LockRecord>);

impl LockedItems {
    pub fn read(tx: &mut dyn Transaction, actor: locks::Actor) -> Result<LockedItems> {
        let held = locks::held_by_others(tx, "item", actor.user, actor.now_us)?;
        Ok(LockedItems(
            held.into_iter().map(|l| (l.resource.clone(), l)).collect(),
        ))
    }

    /// The lock that stops a change of item `name`.
    fn of(&self, name: &str) -> Option<&LockRecord> {
        self.0.get(&format!("item:{name}"))
    }
}

fn skip_locked(report: &mut MigrationReport, name: &str, lock: &LockRecord) {
    let why = locks::stopped_by(
        lock,
        "not imported; a migration run after the lock is released imports it",
    );
    report.locked += 1;
    report.skip(name, why.message());
}

/// The item metadata of a migrated page: `meta` with the page's own edit-log as read, so that
/// an export writes every line back in its order (ATTDEL lines and lines of lost revisions
/// included; a re-run takes the source's newer log), and `moin_dir` when the directory name is
/// not how moin quotes the page's name (for information only: an export writes where the name
/// says).
fn page_item_meta(mut meta: Map<String, Value>, page: &SourcePage) -> Map<String, Value> {
    meta.insert(MOIN_LOG.into(), log_to_json(page.log.as_deref()));
    if page.dir_name != crate::moin16::quote_wikiname_fs(&page.name) {
        meta.insert("moin_dir".into(), json!(page.dir_name));
    }
    meta
}

/// Whether importing `page` would write anything: revisions past `have`, new item metadata, or
/// an attachment the store does not have. Only then does a lock on it stop the page: an editor
/// holding the lock of a page the store already has as the source has it loses nothing.
fn page_has_news(
    store: &mut dyn ItemStorage,
    page: &SourcePage,
    existing: Option<&ItemRecord>,
    have: u64,
) -> Result<bool> {
    if page.revisions.iter().any(|r| r.number > have) {
        return Ok(true);
    }
    if let Some(item) = existing {
        if page_item_meta(item.meta.clone(), page) != item.meta {
            return Ok(true);
        }
    }
    for a in &page.attachments {
        let name = format!("{}/{}", page.name, a.file_name);
        if crate::faces::items::validate_name(&name).is_ok() && store.item(&name)?.is_none() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Imports one page (and its attachments) in the caller's transaction, unless another owner's
/// lock (in `locked`, read in the same transaction) covers what it would write: the page's lock
/// covers the page and its attachments, an attachment's lock that attachment.
pub fn import_page(
    store: &mut dyn ItemStorage,
    locked: &LockedItems,
    page: &SourcePage,
    source: &str,
    report: &mut MigrationReport,
) -> Result<()> {
    report.pages.found += 1;
    if let Err(e) = crate::faces::items::validate_name(&page.name) {
        report.pages.skipped += 1;
        report.skip(
            &page.dir_name,
            format!("the page name is not a valid item name: {}", e.message()),
        );
        return Ok(());
    }
    for a in &page.anomalies {
        report.anomalies.push(Note {
            page: page.name.clone(),
            message: a.clone(),
        });
    }
    let existing = store.item(&page.name)?;
    let have = existing.as_ref().map_or(0, |i| i.current);
    if let Some(item) = &existing {
        let from_here = store
            .revision(&page.name, item.current)?
            .and_then(|r| r.meta.moin_text("moin_source").map(str::to_string));
        if from_here.as_deref() != Some(source) {
            report.pages.skipped += 1;
            report.skip(&page.name, "an item of this name already exists in the store and was not migrated from this data dir");
            return Ok(());
        }
    }
    if let Some(lock) = locked.of(&page.name) {
        if page_has_news(store, page, existing.as_ref(), have)? {
            report.pages.skipped += 1;
            skip_locked(report, &page.name, lock);
            return Ok(());
        }
    }
    let mut acl_now: Option<String> = existing.and_then(|i| i.acl);
    let mut wrote = false;
    let last = page.revisions.last().map(|r| r.number).unwrap_or(0);
    for r in &page.revisions {
        if r.number <= have {
            report.revisions.already_imported += 1;
            continue;
        }
        let text = r.data.as_deref().and_then(|d| std::str::from_utf8(d).ok());
        if r.data.is_some() {
            acl_now = text.and_then(|t| acl_from_body(&t.replace('\r', "")));
        }
        let mimetype = mimetype_of(text, ItemKind::Page);
        let size = r.data.as_ref().map_or(0, Vec::len);
        // Without a log line, SAVE: moin logs a delete as SAVE too.
        let action = r
            .entry
            .as_ref()
            .map_or("SAVE", |e| e.action.as_str())
            .to_string();
        store.put_revision(
            &page.name,
            ItemKind::Page,
            &NewRevision {
                revision: RevisionRecord {
                    revno: r.number,
                    mtime_us: r.mtime_us,
                    action,
                    deleted: r.data.is_none(),
                    meta: page_revision_meta(
                        r.entry.as_ref(),
                        &page.name,
                        r.meta_source,
                        size,
                        &acl_now,
                        &mimetype,
                        Some(source),
                    ),
                },
                data: r.data.as_deref(),
                acl: acl_now.clone(),
                search_text: if r.number == last { text } else { None },
            },
        )?;
        match &r.data {
            Some(_) => report.revisions.imported += 1,
            None => report.revisions.deleted += 1,
        }
        match r.meta_source {
            crate::moin16::source::MetaSource::PageLog => report.metadata_from.page_log += 1,
            crate::moin16::source::MetaSource::GlobalLog => report.metadata_from.global_log += 1,
            crate::moin16::source::MetaSource::FileMtime => report.metadata_from.file_mtime += 1,
            crate::moin16::source::MetaSource::Nothing => report.metadata_from.none += 1,
        }
        wrote = true;
    }
    if wrote {
        report.pages.imported += 1;
    } else {
        report.pages.already_imported += 1;
    }
    if let Some(item) = store.item(&page.name)? {
        let meta = page_item_meta(item.meta.clone(), page);
        if meta != item.meta {
            store.set_item_meta(&page.name, &meta)?;
        }
    }
    for a in &page.attachments {
        let name = format!("{}/{}", page.name, a.file_name);
        if let Err(e) = crate::faces::items::validate_name(&name) {
            report.skip(
                &name,
                format!(
                    "the attachment name is not a valid item name: {}",
                    e.message()
                ),
            );
            continue;
        }
        if store.item(&name)?.is_some() {
            report.attachments.already_imported += 1;
            continue;
        }
        if let Some(lock) = locked.of(&name) {
            skip_locked(report, &name, lock);
            continue;
        }
        let e = a.entry.as_ref();
        let mut meta = editor_meta(e);
        // Without its ATTNEW line, the extra moin writes for one: the url-quoted file name.
        if e.is_none() {
            meta.extra = Some(crate::moin16::url_quote(&a.file_name));
        }
        meta.size = Some(a.data.len() as u64);
        meta.mimetype = Some(mimetype_of(None, ItemKind::Attachment));
        meta.moin.insert("moin_source".into(), json!(source));
        // As for page revisions: whether a log line or only the file's mtime was there.
        let from = match e {
            Some(_) => MetaSource::PageLog,
            None => MetaSource::FileMtime,
        };
        meta.moin
            .insert("moin_meta_source".into(), json!(from.name()));
        store.put_revision(
            &name,
            ItemKind::Attachment,
            &NewRevision {
                revision: RevisionRecord {
                    revno: 1,
                    mtime_us: a.mtime_us,
                    action: "ATTNEW".to_string(),
                    deleted: false,
                    meta,
                },
                data: Some(&a.data),
                acl: None,
                search_text: None,
            },
        )?;
        report.attachments.imported += 1;
        report.attachments.bytes += a.data.len() as u64;
    }
    Ok(())
}

/// Imports user profiles; a profile's name makes it `Known`.
pub fn import_users(
    store: &mut dyn ItemStorage,
    profiles: &[(String, UserProfile)],
    now_us: i64,
    report: &mut MigrationReport,
) -> Result<()> {
    for (id, profile) in profiles {
        let Some(name) = profile.name().filter(|n| !n.trim().is_empty()) else {
            report.users.skipped += 1;
            report.skip(&format!("user/{id}"), "the profile has no name");
            continue;
        };
        if store.user(name)?.is_some() {
            report.users.already_imported += 1;
            continue;
        }
        let mut data = Map::new();
        data.insert("moin_id".into(), json!(id));
        for key in ["email", "aliasname"] {
            if let Some(text) = profile.values().get(key).and_then(|v| v.as_text()) {
                data.insert(key.to_string(), json!(text));
            }
        }
        // The whole profile as moin wrote it (password hash included, as moin kept it), so that
        // `export moin16` gives it back byte for byte.
        data.insert("moin_profile".into(), json!(profile.to_text()));
        store.put_user(&UserRecord {
            name: name.to_string(),
            profile: data,
            created_us: now_us,
        })?;
        report.users.imported += 1;
    }
    Ok(())
}

/// What `migrate verify` found.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Verification {
    pub source: String,
    pub pages_compared: u64,
    pub revisions_compared: u64,
    pub attachments_compared: u64,
    pub differences: Vec<Note>,
    /// What was not compared because it is a symbolic link in the data dir (never followed).
    pub skipped: Vec<Note>,
}

impl Verification {
    fn differ(&mut self, item: &str, message: impl Into<String>) {
        self.differences.push(Note {
            page: item.to_string(),
            message: message.into(),
        });
    }
}

/// Compares one source page (and its attachments) with the store.
pub fn verify_page(
    store: &mut dyn ItemStorage,
    page: &SourcePage,
    v: &mut Verification,
) -> Result<()> {
    v.pages_compared += 1;
    let Some(item) = store.item(&page.name)? else {
        v.differ(&page.name, "the page is not in the store");
        return Ok(());
    };
    let mut stored: Vec<RevisionRecord> = Vec::new();
    store.revisions(&page.name, &mut |r| {
        stored.push(r);
        Ok(())
    })?;
    stored.reverse();
    let source_numbers: Vec<u64> = page.revisions.iter().map(|r| r.number).collect();
    let stored_numbers: Vec<u64> = stored.iter().map(|r| r.revno).collect();
    if source_numbers != stored_numbers {
        v.differ(
            &page.name,
            format!("revisions {source_numbers:?} in the source, {stored_numbers:?} in the store"),
        );
    }
    for r in &page.revisions {
        let Some(s) = stored.iter().find(|s| s.revno == r.number) else {
            continue;
        };
        v.revisions_compared += 1;
        if s.deleted != r.data.is_none() {
            v.differ(
                &page.name,
                format!("revision {}: deleted in one and not in the other", r.number),
            );
            continue;
        }
        if let Some(bytes) = &r.data {
            if store.data(&page.name, r.number)?.as_deref() != Some(bytes.as_slice()) {
                v.differ(
                    &page.name,
                    format!("revision {}: the bytes differ", r.number),
                );
            }
        }
        if s.mtime_us != r.mtime_us {
            v.differ(
                &page.name,
                format!(
                    "revision {}: time {} in the source, {} in the store",
                    r.number, r.mtime_us, s.mtime_us
                ),
            );
        }
    }
    if item.current != page.revisions.last().map_or(0, |r| r.number) {
        v.differ(
            &page.name,
            format!("the store's current revision is {}", item.current),
        );
    }
    match item.meta.get(MOIN_LOG) {
        None => v.differ(
            &page.name,
            "the store does not keep the page's edit-log (migrated by an older storectl)",
        ),
        Some(kept) if log_from_json(kept) != page.log => {
            v.differ(&page.name, "the page's edit-log differs")
        }
        Some(_) => {}
    }
    for a in &page.attachments {
        v.attachments_compared += 1;
        let name = format!("{}/{}", page.name, a.file_name);
        match store.item(&name)? {
            None => v.differ(&name, "the attachment is not in the store"),
            Some(att) if att.deleted => v.differ(&name, "the attachment is deleted in the store"),
            Some(att) if store.data(&name, att.current)?.as_deref() != Some(a.data.as_slice()) => {
                v.differ(&name, "the attachment's bytes differ")
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The other direction: items of the store that the source does not have. `pages` and
/// `attachments` are the names the source has; items migrated from another data dir (an
/// underlay, another wiki) are not this source's business.
pub fn verify_store_items(
    store: &mut dyn ItemStorage,
    source: &str,
    pages: &std::collections::HashSet<String>,
    attachments: &std::collections::HashSet<String>,
    v: &mut Verification,
) -> Result<()> {
    let all = crate::engine::items::ItemQuery {
        include_deleted: true,
        ..Default::default()
    };
    let mut items = Vec::new();
    store.items(&all, &mut |i| {
        items.push(i);
        Ok(())
    })?;
    for item in items {
        let (known, what) = match item.kind {
            ItemKind::Page => (pages, "page"),
            ItemKind::Attachment => (attachments, "attachment"),
        };
        if known.contains(&item.name) {
            continue;
        }
        let mut from_elsewhere = false;
        store.revisions(&item.name, &mut |r| {
            let from = r.meta.moin_text("moin_source");
            from_elsewhere |= from.is_some_and(|s| s != source);
            Ok(())
        })?;
        if !from_elsewhere {
            v.differ(
                &item.name,
                format!("the {what} is in the store but not in the source"),
            );
        }
    }
    Ok(())
}

/// Compares the global edit-log the store keeps for `source` with the data dir's.
pub fn verify_global_log(
    store: &mut dyn ItemStorage,
    source: &str,
    log: Option<&[u8]>,
    v: &mut Verification,
) -> Result<()> {
    let mut kept: Option<Option<Vec<u8>>> = None;
    store.moin_global_logs(&mut |s, bytes| {
        if s == source {
            kept = Some(bytes.map(<[u8]>::to_vec));
        }
        Ok(())
    })?;
    match kept {
        None => v.differ(
            "edit-log",
            "the store keeps no global edit-log of this data dir (migrated by an older storectl)",
        ),
        Some(kept) if kept.as_deref() != log => v.differ("edit-log", "the global edit-log differs"),
        Some(_) => {}
    }
    Ok(())
}

/// Compares the store's users with the profiles of a data dir's `user/` (both directions).
pub fn verify_users(
    store: &mut dyn ItemStorage,
    directory: &crate::moin16::UserDirectory,
    v: &mut Verification,
) -> Result<()> {
    let mut names = std::collections::HashSet::new();
    for profile in directory.profiles.values() {
        let Some(name) = profile.name() else {
            continue;
        };
        names.insert(name.to_string());
        match store.user(name)? {
            None => v.differ(&format!("user {name}"), "the user is not in the store"),
            Some(u)
                if u.profile
                    .get("moin_profile")
                    .and_then(Value::as_str)
                    .is_some_and(|kept| kept != profile.to_text()) =>
            {
                v.differ(&format!("user {name}"), "the user's profile differs")
            }
            Some(_) => {}
        }
    }
    let mut extra = Vec::new();
    store.users(&mut |u| {
        if !names.contains(&u.name) {
            extra.push(u.name);
        }
        Ok(())
    })?;
    for name in extra {
        v.differ(
            &format!("user {name}"),
            "the user is in the store but not in the source",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_logs_round_trip_exactly() {
        for bytes in [
            &b""[..],
            b"1\t00000001\tSAVE\tA\t\t\t\t\t\n",
            b"1\t00000001\tSAVE\tCaf\xe9\t\t\t\t\t\n2\t000",
        ] {
            assert_eq!(
                log_from_json(&log_to_json(Some(bytes))).as_deref(),
                Some(bytes)
            );
        }
        assert_eq!(log_to_json(None), Value::Null);
        assert_eq!(log_from_json(&Value::Null), None);
    }
}
