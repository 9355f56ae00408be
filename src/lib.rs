//! storectl: one storage engine and one CLI for the storage interfaces of Sphinx WebSupport,
//! Errbot, Triggers, Stream Framework and MoinMoin.
//!
//! Data flows one way: `cli` → `settings` → `ops` (the service layer: typed requests, typed
//! results) → `engine` → `faces` → backend (SQL/files), and results flow back through `output`.
//! `error` is the only place that knows exit codes.

pub mod cli;
pub mod engine;
pub mod errbot_shelf;
pub mod error;
pub mod exact_json;
pub mod faces;
pub mod failpoint;
pub mod hint;
pub mod hooks;
pub mod input;
pub mod items_model;
pub mod moin16;
pub mod ops;
pub mod output;
pub mod plural;
pub mod settings;
pub mod tempfiles;
pub mod timestamp;
pub mod websupport;

#[cfg(test)]
mod test_skip;
