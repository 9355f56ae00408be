//! `storectl stats`: counts and sizes per face, and storage facts.

use clap::Args;
use serde_json::{json, Value};

use super::Ctx;
use crate::engine::Face;
use crate::error::Result;
use crate::faces;
use crate::output::Output;
use crate::plural::count;

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
            "store {path} (schema {}): {} on disk (+{} in WAL)",
            storage["schema_version"],
            count(&storage["file_bytes"], "byte"),
            count(&storage["wal_bytes"], "byte"),
        ),
        None => format!("store {}", store.backend().url()),
    };
    for (face, s) in &per_face {
        let c = |field: &str, noun: &str| count(&s[field], noun);
        let line = match face.as_str() {
            "namespaces" => format!(
                "{}, {}, {}",
                c("namespaces", "namespace"),
                c("keys", "key"),
                c("value_bytes", "value byte")
            ),
            "comments" => format!(
                "{}, {} ({} hidden), {}",
                c("nodes", "node"),
                c("comments", "comment"),
                s["hidden"],
                c("votes", "vote")
            ),
            "feeds" => format!(
                "{}, {}, {}",
                c("timelines", "timeline"),
                c("entries", "entry"),
                c("activities", "activity")
            ),
            "items" => format!(
                "{}, {}, {} ({}), {}",
                c("items", "item"),
                c("revisions", "revision"),
                c("content_blobs", "content blob"),
                c("content_bytes", "byte"),
                c("users", "user")
            ),
            _ => format!(
                "{}, {}",
                c("sessions", "session"),
                c("instances", "instance")
            ),
        };
        text.push_str(&format!("\n  {face}: {line}"));
    }
    Ok(Output::Report {
        doc: json!({"storage": storage, "faces": per_face}),
        text,
    })
}
