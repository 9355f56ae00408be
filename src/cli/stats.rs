//! `storectl stats`: counts and sizes per face, and storage facts.

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::faces;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct StatsArgs {}

pub fn run(ctx: &mut Ctx, _args: StatsArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let storage = store.backend().storage_stats()?;
    let (namespaces, comments, feeds, items, sessions) = store.read(|tx| {
        Ok((
            faces::namespaces::stats(tx.namespaces()?)?,
            faces::comments::stats(tx.comments()?)?,
            faces::feeds::stats(tx.feeds()?)?,
            faces::items::stats(tx.items()?)?,
            faces::sessions::stats(tx.sessions()?)?,
        ))
    })?;
    let text = format!(
        "store {} (schema {}): {} bytes on disk (+{} in WAL)\n  namespaces: {} namespaces, {} keys, {} value bytes\n  \
         comments: {} nodes, {} comments ({} hidden), {} votes\n  \
         feeds: {} timelines, {} entries, {} activities\n  \
         items: {} items, {} revisions, {} content blobs ({} bytes), {} users\n  \
         sessions: {} sessions, {} instances",
        storage["path"].as_str().unwrap_or_default(),
        storage["schema_version"],
        storage["file_bytes"],
        storage["wal_bytes"],
        namespaces["namespaces"],
        namespaces["keys"],
        namespaces["value_bytes"],
        comments["nodes"],
        comments["comments"],
        comments["hidden"],
        comments["votes"],
        feeds["timelines"],
        feeds["entries"],
        feeds["activities"],
        items["items"],
        items["revisions"],
        items["content_blobs"],
        items["content_bytes"],
        items["users"],
        sessions["sessions"],
        sessions["instances"],
    );
    Ok(Output::Report {
        doc: json!({"storage": storage, "faces": {"namespaces": namespaces, "comments": comments, "feeds": feeds, "items": items, "sessions": sessions}}),
        text,
    })
}
