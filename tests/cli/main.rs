//! CLI tests: the real binary, a real SQLite file in a temp dir. One binary, one module per area.

#[macro_use]
mod common;
mod batch;
mod comments;
mod comments_bulk;
mod comments_reads;
mod config;
mod copy;
#[cfg(unix)]
mod crash;
mod docs;
mod engine;
mod export_websupport;
mod feeds;
mod feeds_aggregated;
mod feeds_bulk;
mod feeds_stream_framework;
#[cfg(unix)]
mod interrupted;
mod item_names;
mod items;
mod items_search;
mod layers;
mod lock_wait;
mod locks;
mod migrate_errbot;
mod migrate_moin16;
mod migrate_websupport;
mod moin_export;
mod moin_live;
mod moin_reads_export;
#[cfg(unix)]
mod moin_symlinks;
mod moin_user_names;
#[cfg(unix)]
mod multihost;
mod namespaces;
mod namespaces_import;
mod namespaces_opaque;
mod output;
mod postgres;
#[cfg(unix)]
mod postgres_round_trips;
#[cfg(unix)]
mod postgres_tls;
#[cfg(unix)]
mod progress;
mod readme;
#[cfg(unix)]
mod serve;
mod sessions;
mod sessions_triggers;
mod soak;
#[cfg(unix)]
mod store_access;
mod store_log;
#[cfg(unix)]
mod terminal;
mod transactions;
