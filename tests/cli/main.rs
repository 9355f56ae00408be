//! CLI tests: the real binary, a real SQLite file in a temp dir. One binary, one module per area.

mod batch;
mod comments;
mod common;
mod config;
#[cfg(unix)]
mod crash;
mod docs;
mod engine;
mod feeds;
mod item_names;
mod items;
mod migrate_moin16;
mod migrate_websupport;
mod moin_export;
mod moin_live;
mod moin_reads_export;
mod namespaces;
mod output;
mod sessions;
mod soak;
