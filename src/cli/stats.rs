//! `storectl stats`: counts and sizes per face, and storage facts.

use clap::Args;
use serde_json::Value;

use super::Ctx;
use crate::error::{Error, Result};
use crate::ops::store as ops;
use crate::output::Output;
use crate::plural::count;

#[derive(Debug, Args)]
pub struct StatsArgs {}

pub fn run(ctx: &mut Ctx, _args: StatsArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let stats = ops::stats(&mut store)?;
    let storage = &stats.storage;
    let mut text = match storage.get("path").and_then(Value::as_str) {
        Some(path) => format!(
            "store {path} (schema {}): {} on disk (+{} in WAL)",
            storage["schema_version"],
            count(&storage["file_bytes"], "byte"),
            count(&storage["wal_bytes"], "byte"),
        ),
        None => format!("store {}", store.backend().url()),
    };
    for (face, s) in &stats.faces {
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
        doc: serde_json::to_value(&stats).map_err(|e| Error::internal(e.to_string()))?,
        text,
    })
}
