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
mod items;
mod migrate_moin16;
mod migrate_websupport;
mod moin_live;
mod moin_reads_export;
mod namespaces;
mod output;
#[cfg(unix)]
mod readme;
mod sessions;
mod soak;
#[cfg(unix)]
mod terminal;
