//! `comment add --from`: comment records from a stream, in one transaction or in chunks of
//! `batch_size` records, each committed on its own, moderators told after each commit.

use serde::Serialize;

use super::Commenter;
use crate::error::{Error, Result};
use crate::faces::comments::{self as face, CommentBatch};
use crate::input::RecordReader;
use crate::ops::{write_in_chunks, ChunkTally, Chunking, Transactions};
use crate::plural::count;

/// `comment add --from FILE [--batch-size N]`; the records come from a separate reader.
#[derive(Debug, Clone, Default)]
pub struct AddMany {
    /// Commit every N records instead of once at the end (ignored in a dry run, which commits
    /// nothing anyway).
    pub batch_size: Option<u64>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AddedMany {
    pub records: u64,
    /// Of them, stored hidden (waiting for moderation).
    pub hidden: u64,
    pub first_id: Option<i64>,
    pub last_id: Option<i64>,
    pub dry_run: bool,
}

/// Adds every record of `reader`. A record names its author with `username` (default: the
/// commenter's user).
///
/// With a batch size, each chunk is read ahead before its transaction begins, so the store is
/// not held while the input is slow; once a chunk commits, moderators hear of exactly the hidden
/// comments it stored (their ids as stored, whoever else writes between chunks), before the
/// next chunk is read. Failed notices go to `warn`. A failure says how many records earlier
/// chunks committed; those stay committed, and their notices have gone out.
pub fn add_many(
    store: &mut impl Transactions,
    who: &Commenter,
    req: &AddMany,
    reader: &mut RecordReader,
    warn: &mut dyn FnMut(String),
) -> Result<AddedMany> {
    let dry_run = req.dry_run;
    let collect_hidden = who.moderation.wanted() && !dry_run;
    let mut batch = CommentBatch::default();
    write_in_chunks(
        store,
        Chunking {
            dry_run,
            batch_size: req.batch_size,
        },
        reader,
        &mut batch,
        |tx, reader, limit, batch| {
            face::add_comments_from(
                tx,
                reader,
                &who.identity,
                who.policy,
                limit,
                batch,
                who.now_us,
                collect_hidden,
            )
        },
        |store, chunk| {
            for warning in who
                .moderation
                .after_commit(store, chunk.awaiting_moderation)
            {
                warn(warning);
            }
            chunk.more
        },
        stopped,
    )?;
    Ok(AddedMany {
        records: batch.records,
        hidden: batch.hidden,
        first_id: batch.first_id,
        last_id: batch.last_id,
        dry_run,
    })
}

impl ChunkTally for CommentBatch {
    fn committed(&self) -> u64 {
        self.committed
    }
}

/// The error of a chunk, saying what earlier chunks left stored.
fn stopped(e: Error, committed_before: u64) -> Error {
    match committed_before {
        0 => e.context("comment add stopped; nothing was stored"),
        n => e.context(format!(
            "comment add stopped; {} committed in earlier batches",
            count(n, "record")
        )),
    }
}
