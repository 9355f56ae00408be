//! A moin revision's metadata in the item model ([`RevisionMeta`]), from its edit-log line: what
//! `migrate moin16` imports and what the moin16 backend serves.

use serde_json::json;

use super::editlog::EditLogEntry;
use super::source::MetaSource;
use crate::items_model::RevisionMeta;

/// The editor fields of a log line: userid, addr, hostname, comment and extra ("" for each
/// without a line).
pub fn editor_meta(entry: Option<&EditLogEntry>) -> RevisionMeta {
    let field = |f: fn(&EditLogEntry) -> &str| Some(entry.map_or("", f).to_string());
    RevisionMeta {
        userid: field(|e| &e.userid),
        addr: field(|e| &e.addr),
        hostname: field(|e| &e.hostname),
        comment: field(|e| &e.comment),
        extra: field(|e| &e.extra),
        ..RevisionMeta::default()
    }
}

/// A page revision's metadata; `source` names the data dir a migration read it from (`None`
/// when served live by the moin16 backend).
pub fn page_revision_meta(
    entry: Option<&EditLogEntry>,
    page: &str,
    meta_source: MetaSource,
    size: usize,
    acl: &Option<String>,
    mimetype: &str,
    source: Option<&str>,
) -> RevisionMeta {
    let mut meta = editor_meta(entry);
    meta.size = Some(size as u64);
    meta.mimetype = Some(mimetype.to_string());
    meta.acl = Some(acl.clone());
    meta.moin
        .insert("moin_meta_source".into(), json!(meta_source.name()));
    // A renamed page's log keeps its earlier lines under the old name (moin's `renamePage`
    // moves the log with the directory); kept so that export writes them back as they were.
    if let Some(e) = entry.filter(|e| e.page_name != page) {
        meta.moin.insert("moin_page".into(), json!(e.page_name));
    }
    if let Some(source) = source {
        meta.moin.insert("moin_source".into(), json!(source));
    }
    meta
}
