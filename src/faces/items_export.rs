//! Exporting the item store as a moin 1.9 data directory: page by page, so memory stays bounded.
//! Migrated content comes back byte for byte (revision files, profiles); edit-log lines are
//! written from each revision's metadata as moin formats them.

use serde::Serialize;
use serde_json::Value;

use crate::engine::items::{ItemKind, ItemQuery, ItemRecord, ItemStorage, RevisionRecord};
use crate::error::{Error, Result};
use crate::moin16::editlog::{Action, EditLogEntry, LogRevision, UNVERSIONED};
use crate::moin16::names::{quote_wikiname_fs, url_quote};
use crate::moin16::writer::{AttachmentOut, DataDirWriter, RevisionOut};

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

fn text(meta: &serde_json::Map<String, Value>, key: &str) -> String {
    meta.get(key)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn log_entry(
    page: &str,
    revision: LogRevision,
    r: &RevisionRecord,
    extra: Option<String>,
) -> EditLogEntry {
    EditLogEntry {
        mtime_usecs: r.mtime_us,
        revision,
        action: Action::parse(&r.action),
        page_name: r
            .meta
            .get("moin_page")
            .and_then(Value::as_str)
            .unwrap_or(page)
            .to_string(),
        addr: text(&r.meta, "addr"),
        hostname: text(&r.meta, "hostname"),
        userid: text(&r.meta, "userid"),
        extra: extra.unwrap_or_else(|| text(&r.meta, "extra")),
        comment: text(&r.meta, "comment"),
    }
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

/// Writes every page (live and deleted), its revisions and attachments, and every user.
pub fn export_moin16(
    store: &mut dyn ItemStorage,
    writer: &mut DataDirWriter,
    progress: &mut dyn FnMut(u64),
) -> Result<ExportReport> {
    let mut report = ExportReport::default();
    let all = ItemQuery {
        include_deleted: true,
        ..ItemQuery::default()
    };
    let mut items: Vec<ItemRecord> = Vec::new();
    store.items(&all, &mut |i| {
        items.push(i);
        Ok(())
    })?;
    let pages: Vec<&ItemRecord> = items.iter().filter(|i| i.kind == ItemKind::Page).collect();
    let page_names: std::collections::HashSet<&str> =
        pages.iter().map(|p| p.name.as_str()).collect();
    // Attachments by page, found once (not by scanning every item for every page).
    let mut attachments_of: std::collections::HashMap<&str, Vec<&ItemRecord>> =
        std::collections::HashMap::new();
    for a in items.iter().filter(|i| i.kind == ItemKind::Attachment) {
        let parent = a.name.rsplit_once('/').map_or("", |(p, _)| p);
        if page_names.contains(parent) {
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
        let revs = revisions_oldest_first(store, &page.name)?;
        let mut datas: Vec<Option<Vec<u8>>> = Vec::with_capacity(revs.len());
        for r in &revs {
            datas.push(if r.deleted {
                None
            } else {
                store.data(&page.name, r.revno)?
            });
        }
        let out: Vec<RevisionOut> = revs
            .iter()
            .zip(&datas)
            .map(|(r, d)| RevisionOut {
                number: r.revno,
                data: d.as_deref(),
                log: log_entry(&page.name, LogRevision::from_number(r.revno), r, None),
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
            let a_revs = revisions_oldest_first(store, &a.name)?;
            let lines = a_revs
                .iter()
                .map(|r| {
                    let extra = Some(text(&r.meta, "extra"))
                        .filter(|e| !e.is_empty())
                        .unwrap_or_else(|| url_quote(&file));
                    log_entry(
                        &page.name,
                        LogRevision::from_number(UNVERSIONED),
                        r,
                        Some(extra),
                    )
                })
                .collect();
            let data = if a.deleted {
                None
            } else {
                store.data(&a.name, a.current)?
            };
            report.attachments += u64::from(data.is_some());
            attachments.push(AttachmentOut {
                file_name: file,
                data,
                log: lines,
            });
        }
        let dir = page
            .meta
            .get("moin_dir")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| quote_wikiname_fs(&page.name));
        writer
            .page(&dir, page.current, &out, &attachments)
            .map_err(|e| Error::Io(e).context(format!("writing page {:?}", page.name)))?;
        report.pages += 1;
    }
    let mut users = Vec::new();
    store.users(&mut |u| {
        users.push(u);
        Ok(())
    })?;
    for (n, u) in users.iter().enumerate() {
        let id = u
            .profile
            .get("moin_id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("{}.{}.0", u.created_us / 1_000_000, n + 1));
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
    Ok(report)
}
