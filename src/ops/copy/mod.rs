//! `storectl copy --to URL`: the whole store, every face, copied to another store (SQLite ↔
//! PostgreSQL), streaming, all or nothing, verified.
//!
//! - **One snapshot.** The source is read in one read transaction, so the copy is the store
//!   as it was at one moment while others keep writing.
//! - **Streaming.** Each table of [`TABLES`] (the one declared list, in dependency order) is
//!   read in key order a batch of rows at a time and appended to the target as it is read;
//!   memory holds one batch.
//! - **All or nothing.** The target is written in one transaction, committed only after the
//!   copy was verified; a new SQLite file is built beside its name and linked into place after
//!   that (see [`target`]). Any failure, a kill included, leaves the target as it was.
//! - **Only into an empty store.** A target that holds rows is refused (exit 4), in the same
//!   transaction that would write it: copy never merges two stores.
//! - **Verified.** While copying, every table's row count and digest ([`digest`]) of the
//!   source's rows are computed; before committing, the target's tables are read back in the
//!   same transaction and must give the same counts and digests.
//! - **Exact.** Ids are copied as they are (comment ids, item and blob ids, revisions,
//!   activity ids), and so are locks with their expiry, the edit-logs, moderation state and
//!   the comment id counter; the target's own id counters (PostgreSQL identity sequences,
//!   SQLite's AUTOINCREMENT) are set past the copied ids.

pub mod digest;
pub mod target;

use serde::Serialize;

use super::progress::{ProgressEvent, Stage};
use crate::engine::tables::{of_face, Kind, TableRows, TABLES};
use crate::engine::{redact_store_url, Face, Store, StoreUrl, TxMode};
use crate::error::{Error, Fix, Result};
use crate::settings::Settings;
use digest::TableDigest;

/// Rows read and written at a time when the request names no batch size.
pub const DEFAULT_BATCH_ROWS: usize = 1000;

/// At most this many rows at a time of a table with byte columns (item contents, edit-logs),
/// whose rows may each be megabytes: memory stays bounded by a few rows' contents.
pub const BYTES_BATCH_ROWS: usize = 16;

/// What to copy where.
#[derive(Debug, Clone)]
pub struct Copy {
    /// The target store's URL (`sqlite:PATH`, a path, `postgres://…`).
    pub target: String,
    /// Rows per batch read from the source and written to the target (memory, not commits:
    /// the copy is one transaction).
    pub batch_rows: usize,
    /// Read and count the source and check the target, but write nothing.
    pub dry_run: bool,
}

/// What `copy` did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Copied {
    pub source: String,
    pub target: String,
    pub dry_run: bool,
    /// Rows of every table.
    pub rows: u64,
    pub faces: Vec<FaceCopied>,
}

/// One face's part of the copy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FaceCopied {
    pub face: &'static str,
    pub rows: u64,
    /// The digest of the face's rows as read from the source ([`digest`]).
    pub digest: String,
    /// The target's rows were read back and matched (false in a dry run).
    pub verified: bool,
    pub tables: Vec<TableCopied>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableCopied {
    pub table: &'static str,
    pub rows: u64,
}

/// Copies the store `settings` name to `req.target`.
pub fn copy(
    settings: &Settings,
    req: &Copy,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<Copied> {
    let source_url = StoreUrl::parse(&settings.store)?;
    target::refuse_moin16(&source_url, "source")?;
    let target_url = StoreUrl::parse(&req.target)?;
    target::refuse_moin16(&target_url, "target")?;
    if target::same_store(&source_url, &target_url) {
        return Err(Error::usage(format!(
            "the target {} is the source store itself",
            redact_store_url(&req.target)
        ))
        .hint(Fix::CopyToAnotherStore));
    }
    let mut source = Store::open(settings)?;
    let source_shown = source.backend().url();
    let mut target = target::open(&target_url, &req.target, settings, !req.dry_run)?;
    let target_shown = match &target {
        Some(t) => t.shown.clone(),
        None => redact_store_url(&req.target),
    };
    let in_source = |e: Error| naming(e, "reading", &source_shown);
    let in_target = |e: Error| naming(e, "writing", &target_shown);

    // The transactions end (the target's committed) before a new target file takes its name.
    let (digests, verified) = {
        let mut source_tx = source.backend().begin(TxMode::Read).map_err(in_source)?;
        let src = source_tx.rows().map_err(in_source)?;
        let mut target_tx = match &mut target {
            Some(t) => Some(t.store()?.backend().begin_fill().map_err(in_target)?),
            None => None,
        };
        let mut dst = match &mut target_tx {
            Some(tx) => Some(tx.rows().map_err(in_target)?),
            None => None,
        };
        if let Some(dst) = dst.as_deref_mut() {
            refuse_non_empty(dst, &target_shown).map_err(in_target)?;
        }

        // Copy every table, digesting the source's rows on the way.
        let mut digests = Vec::with_capacity(TABLES.len());
        for table in TABLES {
            let total = src.count_rows(table).map_err(in_source)?;
            progress(ProgressEvent::Start {
                stage: if req.dry_run {
                    Stage::CountingRows(table.name)
                } else {
                    Stage::CopyingRows(table.name)
                },
                total: Some(total),
            });
            let mut digest = TableDigest::default();
            let mut target_failed = false;
            let batch = if table.columns.iter().any(|c| c.kind == Kind::Bytes) {
                req.batch_rows.min(BYTES_BATCH_ROWS)
            } else {
                req.batch_rows
            };
            let scanned = src.scan_rows(table, batch, &mut |rows| {
                for row in &rows {
                    digest.add(table, row);
                }
                if let Some(dst) = dst.as_deref_mut() {
                    let appended = dst
                        .append_rows(table, &rows)
                        .and_then(|()| crate::failpoint::conflict("copy-append"));
                    if let Err(e) = appended {
                        target_failed = true;
                        return Err(in_target(e.context(format!("table {}", table.name))));
                    }
                }
                progress(ProgressEvent::Done(digest.rows));
                Ok(())
            });
            scanned.map_err(|e| if target_failed { e } else { in_source(e) })?;
            progress(ProgressEvent::Finish);
            digests.push(digest);
        }

        let verified = match dst {
            Some(dst) => {
                dst.finish_appending().map_err(in_target)?;
                verify(dst, &digests, &target_shown, progress).map_err(in_target)?;
                true
            }
            None => false,
        };
        if let Some(tx) = target_tx {
            // A test kills the copy here: nothing of it may stay.
            crate::failpoint::hit("copy-before-commit");
            tx.commit().map_err(in_target)?;
        }
        drop(source_tx);
        (digests, verified)
    };
    if let Some(t) = target {
        t.publish()?;
    }
    Ok(report(
        source_shown,
        target_shown,
        req.dry_run,
        &digests,
        verified,
    ))
}

/// `err` with the store it happened on, unless its message names it already.
fn naming(err: Error, doing: &str, shown: &str) -> Error {
    // An SQLite store's own errors name its path without the scheme.
    let path = shown.strip_prefix("sqlite:").unwrap_or(shown);
    if err.message().contains(path) {
        err
    } else {
        err.context(format!("{doing} store {shown}"))
    }
}

/// Refuses a target that holds any row, naming what it holds.
fn refuse_non_empty(dst: &mut dyn TableRows, shown: &str) -> Result<()> {
    let mut held = Vec::new();
    for table in TABLES {
        let n = dst.count_rows(table)?;
        if n > 0 {
            held.push(format!("{n} in {}", table.name));
        }
    }
    if held.is_empty() {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "target store {shown} is not empty (rows: {}); it was left unchanged",
        held.join(", ")
    ))
    .hint(Fix::CopyToEmptyStore))
}

/// Reads the target's tables back and compares their counts and digests with the source's.
fn verify(
    dst: &mut dyn TableRows,
    digests: &[TableDigest],
    shown: &str,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<()> {
    for (table, want) in TABLES.iter().zip(digests) {
        progress(ProgressEvent::Start {
            stage: Stage::VerifyingRows(table.name),
            total: Some(want.rows),
        });
        let counted = dst.count_rows(table)?;
        let mut got = TableDigest::default();
        let batch = if table.columns.iter().any(|c| c.kind == Kind::Bytes) {
            BYTES_BATCH_ROWS
        } else {
            DEFAULT_BATCH_ROWS
        };
        dst.scan_rows(table, batch, &mut |rows| {
            for row in &rows {
                got.add(table, row);
            }
            progress(ProgressEvent::Done(got.rows));
            Ok(())
        })?;
        progress(ProgressEvent::Finish);
        check_table(table.name, want, &got, counted, shown)?;
    }
    Ok(())
}

/// The verdict on one table: its copy must have the source's count and digest.
fn check_table(
    name: &str,
    want: &TableDigest,
    got: &TableDigest,
    counted: u64,
    shown: &str,
) -> Result<()> {
    if want == got && counted == want.rows {
        return Ok(());
    }
    Err(Error::bad_input(format!(
        "the copy of table {name} in store {shown} does not match the source ({} rows read, \
         {} rows in the copy{}); nothing was committed",
        want.rows,
        counted,
        if counted == want.rows {
            ", different content"
        } else {
            ""
        }
    ))
    .hint(Fix::CopyMismatch))
}

fn report(
    source: String,
    target: String,
    dry_run: bool,
    digests: &[TableDigest],
    verified: bool,
) -> Copied {
    let faces: Vec<FaceCopied> = Face::ALL
        .iter()
        .map(|&face| {
            let tables: Vec<(&'static str, &TableDigest)> = TABLES
                .iter()
                .zip(digests)
                .filter(|(t, _)| t.face == face)
                .map(|(t, d)| (t.name, d))
                .collect();
            debug_assert_eq!(tables.len(), of_face(face).count());
            FaceCopied {
                face: face.name(),
                rows: tables.iter().map(|(_, d)| d.rows).sum(),
                digest: digest::face_digest(tables.iter().copied()),
                verified,
                tables: tables
                    .iter()
                    .map(|(t, d)| TableCopied {
                        table: t,
                        rows: d.rows,
                    })
                    .collect(),
            }
        })
        .collect();
    Copied {
        source,
        target,
        dry_run,
        rows: faces.iter().map(|f| f.rows).sum(),
        faces,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tables::{table, Cell};

    #[test]
    fn a_copy_whose_digest_differs_is_refused() {
        let t = table("namespace_entries").unwrap();
        let row = |v: &str| vec![Cell::Int(1), Cell::Text("k".into()), Cell::Text(v.into())];
        let mut source = TableDigest::default();
        source.add(t, &row("1"));
        let mut same = TableDigest::default();
        same.add(t, &row("1"));
        assert!(check_table(t.name, &source, &same, 1, "sqlite:x").is_ok());
        let mut changed = TableDigest::default();
        changed.add(t, &row("2"));
        let err = check_table(t.name, &source, &changed, 1, "sqlite:x").unwrap_err();
        assert_eq!(err.exit_code(), 65);
        assert!(err.message().contains("table namespace_entries"), "{err}");
        assert!(err.message().contains("different content"), "{err}");
        // The digest right, the count read from the store wrong: refused too.
        assert!(check_table(t.name, &source, &same, 2, "sqlite:x").is_err());
    }
}
