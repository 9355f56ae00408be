//! Exporting the item store as a moin 1.9 data directory: page by page, so memory stays bounded.
//! Migrated content comes back byte for byte: revision files, profiles, and the edit-logs, whose
//! lines a migration kept exactly as it read them (per page in the item's `moin_log`, the global
//! one per data dir). Lines of what changed in the store since are formatted as moin writes them
//! and appended after those, in time order. Every path comes from item names (moin's quoting),
//! through [`DataDirWriter::path`].

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use crate::engine::items::{
    ItemKind, ItemQuery, ItemRecord, ItemStorage, RevisionMeta, RevisionRecord,
};
use crate::error::{Error, Result};
use crate::faces::items::validate_name;
use crate::faces::items_migrate::{log_from_json, MOIN_LOG};
use crate::moin16::editlog::{clean_input, Action, EditLogEntry, LogRevision, UNVERSIONED};
use crate::moin16::names::url_quote;
use crate::moin16::user::is_user_id;
use crate::moin16::writer::{AttachmentOut, DataDirWriter, PageOut, RevisionOut};

#[derive(Debug, Default, Serialize)]
pub struct ExportReport {
    pub destination: String,
    pub pages: u64,
    pub revisions: u64,
    pub deleted_revisions: u64,
    pub attachments: u64,
    pub users: u64,
    /// Items not written, and why.
    pub skipped: Vec<String>,
}

fn text(field: &Option<String>) -> String {
    RevisionMeta::text(field).to_string()
}

/// The line moin's `EditLog.add` would have written for a revision made in the store.
fn log_line(
    item: &str,
    page: &str,
    revision: LogRevision,
    r: &RevisionRecord,
    extra: Option<String>,
) -> Result<String> {
    let entry = EditLogEntry {
        mtime_usecs: r.mtime_us,
        revision,
        action: Action::parse(&r.action),
        page_name: r.meta.moin_text("moin_page").unwrap_or(page).to_string(),
        addr: text(&r.meta.addr),
        hostname: text(&r.meta.hostname),
        userid: text(&r.meta.userid),
        extra: extra.unwrap_or_else(|| text(&r.meta.extra)),
        // moin cleans every comment it logs (`wikiutil.clean_input`).
        comment: clean_input(&text(&r.meta.comment)),
    };
    entry.to_line().map_err(|e| {
        Error::bad_input(format!(
            "item {item:?} revision {}: no edit-log line can hold it: {e}",
            r.revno
        ))
    })
}

/// Appends `more` to a log, starting a new line if the log ends in an unterminated one (a
/// truncated write in the source), so that the appended lines stay readable.
fn append_log(log: &mut Vec<u8>, more: &[u8]) {
    if !more.is_empty() && !log.is_empty() && !log.ends_with(b"\n") {
        log.push(b'\n');
    }
    log.extend_from_slice(more);
}

/// Lines made in the store, by time (stable for equal times).
fn by_time(mut lines: Vec<(i64, String)>) -> Vec<u8> {
    lines.sort_by_key(|(t, _)| *t);
    lines
        .into_iter()
        .flat_map(|(_, l)| l.into_bytes())
        .collect()
}

/// Where a migrated revision's edit-log line already is: the data dir it came from.
fn migrated_from(r: &RevisionRecord) -> Option<&str> {
    r.meta.moin_text("moin_source")
}

fn revisions_oldest_first(store: &mut dyn ItemStorage, name: &str) -> Result<Vec<RevisionRecord>> {
    let mut revs = Vec::new();
    store.revisions(name, &mut |r| {
        revs.push(r);
        Ok(())
    })?;
    revs.reverse();
    Ok(revs)
}

/// Writes every page (live and deleted), its revisions and attachments, and every user; returns
/// the report and the global edit-log, for [`DataDirWriter::finish`].
pub fn export_moin16(
    store: &mut dyn ItemStorage,
    writer: &mut DataDirWriter,
    progress: &mut dyn FnMut(u64),
) -> Result<(ExportReport, Vec<u8>)> {
    let mut report = ExportReport::default();
    // The global logs migrations kept: the lines of revisions from those data dirs are in them.
    let mut global = Vec::new();
    let mut global_sources: HashSet<String> = HashSet::new();
    store.moin_global_logs(&mut |source, log| {
        global_sources.insert(source.to_string());
        append_log(&mut global, log.unwrap_or_default());
        Ok(())
    })?;
    let mut new_global: Vec<(i64, String)> = Vec::new();
    let all = ItemQuery {
        include_deleted: true,
        ..ItemQuery::default()
    };
    let mut items: Vec<ItemRecord> = Vec::new();
    store.items(&all, &mut |i| {
        items.push(i);
        Ok(())
    })?;
    let mut pages: Vec<&ItemRecord> = Vec::new();
    for p in items.iter().filter(|i| i.kind == ItemKind::Page) {
        match validate_name(&p.name) {
            Ok(()) => pages.push(p),
            Err(e) => report
                .skipped
                .push(format!("page {:?}: {}", p.name, e.message())),
        }
    }
    let page_names: HashSet<&str> = pages.iter().map(|p| p.name.as_str()).collect();
    // Attachments by page, found once (not by scanning every item for every page).
    let mut attachments_of: HashMap<&str, Vec<&ItemRecord>> = HashMap::new();
    for a in items.iter().filter(|i| i.kind == ItemKind::Attachment) {
        let parent = a.name.rsplit_once('/').map_or("", |(p, _)| p);
        if let Err(e) = validate_name(&a.name) {
            report
                .skipped
                .push(format!("attachment {:?}: {}", a.name, e.message()));
        } else if page_names.contains(parent) {
            attachments_of.entry(parent).or_default().push(a);
        } else {
            report.skipped.push(format!(
                "attachment {:?}: its page {parent:?} is not in the store",
                a.name
            ));
        }
    }
    for (n, page) in pages.iter().enumerate() {
        progress(n as u64 + 1);
        // The page's own log as migrated (`Some(None)`: the source had none); without it, every
        // line is made from the revisions.
        let kept_log: Option<Option<Vec<u8>>> = page.meta.get(MOIN_LOG).map(log_from_json);
        let in_kept_log = |r: &RevisionRecord| kept_log.is_some() && migrated_from(r).is_some();
        let in_global =
            |r: &RevisionRecord| migrated_from(r).is_some_and(|s| global_sources.contains(s));
        let mut new_lines: Vec<(i64, String)> = Vec::new();
        let mut line_for = |r: &RevisionRecord, line: &dyn Fn() -> Result<String>| {
            if in_kept_log(r) && in_global(r) {
                return Ok(());
            }
            let line = line()?;
            if !in_kept_log(r) {
                new_lines.push((r.mtime_us, line.clone()));
            }
            if !in_global(r) {
                new_global.push((r.mtime_us, line));
            }
            Ok::<(), Error>(())
        };
        let revs = revisions_oldest_first(store, &page.name)?;
        let mut datas: Vec<Option<Vec<u8>>> = Vec::with_capacity(revs.len());
        for r in &revs {
            datas.push(if r.deleted {
                None
            } else {
                store.data(&page.name, r.revno)?
            });
            line_for(r, &|| {
                log_line(
                    &page.name,
                    &page.name,
                    LogRevision::from_number(r.revno),
                    r,
                    None,
                )
            })?;
        }
        let out: Vec<RevisionOut> = revs
            .iter()
            .zip(&datas)
            .map(|(r, d)| RevisionOut {
                number: r.revno,
                data: d.as_deref(),
                mtime_us: r.mtime_us,
            })
            .collect();
        report.revisions += datas.iter().filter(|d| d.is_some()).count() as u64;
        report.deleted_revisions += datas.iter().filter(|d| d.is_none()).count() as u64;
        let prefix = format!("{}/", page.name);
        let mut attachments = Vec::new();
        for a in attachments_of
            .get(page.name.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let file = a.name[prefix.len()..].to_string();
            for r in revisions_oldest_first(store, &a.name)? {
                line_for(&r, &|| {
                    let extra = Some(text(&r.meta.extra))
                        .filter(|e| !e.is_empty())
                        .unwrap_or_else(|| url_quote(&file));
                    log_line(
                        &a.name,
                        &page.name,
                        LogRevision::from_number(UNVERSIONED),
                        &r,
                        Some(extra),
                    )
                })?;
            }
            let data = if a.deleted {
                None
            } else {
                store.data(&a.name, a.current)?
            };
            report.attachments += u64::from(data.is_some());
            attachments.push(AttachmentOut {
                file_name: file,
                data,
                mtime_us: a.mtime_us,
            });
        }
        let mut log = kept_log.flatten();
        if !new_lines.is_empty() {
            append_log(log.get_or_insert_with(Vec::new), &by_time(new_lines));
        }
        writer
            .page(&PageOut {
                name: &page.name,
                current: page.current,
                revisions: &out,
                attachments: &attachments,
                log: log.as_deref(),
            })
            .map_err(|e| Error::Io(e).context(format!("writing page {:?}", page.name)))?;
        report.pages += 1;
    }
    append_log(&mut global, &by_time(new_global));
    let mut users = Vec::new();
    store.users(&mut |u| {
        users.push(u);
        Ok(())
    })?;
    let mut ids = HashSet::new();
    for (n, u) in users.iter().enumerate() {
        let id = u
            .profile
            .get("moin_id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("{}.{}.0", u.created_us / 1_000_000, n + 1));
        // The id is a file name: only what moin itself names profiles by.
        if !is_user_id(&id) {
            report.skipped.push(format!(
                "user {:?}: {id:?} is not a moin user id (digits.digits[.digits])",
                u.name
            ));
            continue;
        }
        if !ids.insert(id.clone()) {
            report.skipped.push(format!(
                "user {:?}: another user has the moin id {id:?}",
                u.name
            ));
            continue;
        }
        let text = match u.profile.get("moin_profile").and_then(Value::as_str) {
            Some(raw) => raw.to_string(),
            None => {
                use crate::moin16::user::{format_profile, UserValue};
                let name = UserValue::Text(u.name.clone());
                let email = UserValue::Text(
                    u.profile
                        .get("email")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                );
                let saved = format!("{}", u.created_us / 1_000_000);
                format_profile(&id, &saved, [("name", &name), ("email", &email)]).map_err(|e| {
                    Error::bad_input(format!(
                        "user {:?} cannot be written as a moin profile: {e}",
                        u.name
                    ))
                })?
            }
        };
        writer
            .user(&id, &text)
            .map_err(|e| Error::Io(e).context(format!("writing user {:?}", u.name)))?;
        report.users += 1;
    }
    Ok((report, global))
}
