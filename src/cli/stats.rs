//! `storectl stats`: counts and sizes per face, and storage facts.

use clap::Args;
use serde_json::{json, Value};

use super::Ctx;
use crate::engine::Face;
use crate::error::Result;
use crate::faces;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct StatsArgs {}

pub fn run(ctx: &mut Ctx, _args: StatsArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let storage = store.backend().storage_stats()?;
    let held = store.backend().faces();
    let per_face = store.read(|tx| {
        let mut out = serde_json::Map::new();
        for face in held {
            let stats = match face {
                Face::Namespaces => faces::namespaces::stats(tx.namespaces()?)?,
                Face::Comments => faces::comments::stats(tx.comments()?)?,
                Face::Feeds => faces::feeds::stats(tx.feeds()?)?,
                Face::Items => faces::items::stats(tx.items()?)?,
                Face::Sessions => faces::sessions::stats(tx.sessions()?)?,
            };
            out.insert(face.name().to_string(), stats);
        }
        Ok(out)
    })?;
    let mut text = match storage.get("path").and_then(Value::as_str) {
        Some(path) => format!(
            "store {path} (schema {}): {} bytes on disk (+{} in WAL)",
            storage["schema_version"], storage["file_bytes"], storage["wal_bytes"],
        ),
        None => format!("store {}", store.backend().url()),
    };
    for (face, s) in &per_face {
        let line = match face.as_str() {
            "namespaces" => format!(
                "{} namespaces, {} keys, {} value bytes",
                s["namespaces"], s["keys"], s["value_bytes"]
            ),
            "comments" => format!(
                "{} nodes, {} comments ({} hidden), {} votes",
                s["nodes"], s["comments"], s["hidden"], s["votes"]
            ),
            "feeds" => format!(
                "{} timelines, {} entries, {} activities",
                s["timelines"], s["entries"], s["activities"]
            ),
            "items" => format!(
                "{} items, {} revisions, {} content blobs ({} bytes), {} users",
                s["items"], s["revisions"], s["content_blobs"], s["content_bytes"], s["users"]
            ),
            _ => format!("{} sessions, {} instances", s["sessions"], s["instances"]),
        };
        text.push_str(&format!("\n  {face}: {line}"));
    }
    Ok(Output::Report {
        doc: json!({"storage": storage, "faces": per_face}),
        text,
    })
}
