//! The service layer: every command's orchestration, behind typed requests and typed results,
//! for any program that drives the store (the CLI, `batch`, `serve`, a Rust program).
//!
//! # What goes where
//! - **`faces`** hold the rules of one storage interface inside one transaction: validation,
//!   lock checks on what a change touches, the change itself. They take a
//!   `&mut dyn Transaction` and return data.
//! - **`ops`** (here) hold what one command does around those rules: which transactions it
//!   takes and how many (a read, a write, a chunked import committed every N records with its
//!   running counts), dry runs, the wording of errors about that orchestration (how many records
//!   an interrupted import committed), and what happens after a commit. An op takes
//!   - a source of transactions, [`Transactions`] (the CLI's `Runner`, or a [`Store`]),
//!   - the per-request [`Actor`] (user, moderator, now),
//!   - one typed request struct (one per command, in the face's module: [`namespaces::Set`]),
//!
//!   and returns a typed result that derives `Serialize`.
//! - **`cli`** parses flags into the request (reading files and stdin named on the command line,
//!   asking for confirmation at a terminal, progress bars), calls the op, and renders the result:
//!   the JSON document is the result serialized (with `serde_json`'s `preserve_order`, in field
//!   order), the text sentence is worded by the CLI from the result's fields. Ops never touch
//!   clap, stdout or stderr.
//!
//! # Reads that stream
//! A read that may return millions of records (`namespace dump`, `export`) does not collect
//! them: its op takes a row sink, `&mut dyn FnMut(row) -> Result<()>`, called inside the read
//! transaction, and the CLI prints each row as it comes. A read runs once (see
//! [`Store::read`]), so a sink may have effects; a write's closure may run again and has none.
//!
//! # Errors and hints
//! Ops return [`crate::error::Error`]: its kind is the exit code, its hint a structured
//! [`crate::error::Fix`] or text. An op adds context where it knows more than the face (the
//! import loop says how much was committed before the failure); the CLI prints the error and
//! words the hint; `serve` puts both into its error response. Nothing in ops decides an exit
//! code or prints.
//!
//! # Following the pattern for another face
//! Add `ops/FACE.rs` with a request struct per command and a function per command; move the
//! body of `cli/FACE.rs`'s match arm into it (keeping only flag parsing, input opening and
//! rendering in the CLI); derive `Serialize` on the result in the field order of today's JSON
//! document; test the op on a real store in `ops/FACE.rs` without the CLI.

pub mod comments;
pub mod copy;
pub mod export;
pub mod feeds;
pub mod items;
pub mod locks;
pub mod migrate;
pub mod migrate_errbot;
pub mod namespaces;
pub mod progress;
pub mod sessions;
pub mod store;
#[cfg(test)]
mod test_store;

use crate::engine::{Store, Transaction};
use crate::error::{Error, Result};
use crate::input::{RecordReader, Tally};
use crate::timestamp::now_us;

/// Who makes a request, and when: per request (a `serve` request's `"as"` holds for that
/// request only), never per process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The acting user; `None` is anonymous.
    pub user: Option<String>,
    /// A moderator was asked for. Whether it is honoured is a face's rule, checked against the
    /// configuration (`ops::comments::Commenter::new`); faces without moderation ignore it.
    pub moderator: bool,
    /// The request's clock, in microseconds since the epoch: one instant for the whole request,
    /// so every lock check and timestamp of one request agree.
    pub now_us: i64,
}

impl Actor {
    /// `user` acting now, without moderation.
    pub fn new(user: Option<&str>) -> Actor {
        Actor {
            user: user.map(str::to_string),
            moderator: false,
            now_us: now_us(),
        }
    }

    /// What a face's lock check compares a lock with.
    pub fn locks(&self) -> crate::faces::locks::Actor<'_> {
        crate::faces::locks::Actor {
            user: self.user.as_deref(),
            now_us: self.now_us,
        }
    }
}

/// Where an op's transactions come from: a [`Store`] of its own, or the CLI's `Runner`, which is
/// the batch's (or serve's) open transaction when the command is one line of many.
pub trait Transactions {
    /// Runs `f` in one read transaction. It runs once, so `f` may stream what it reads out.
    fn read<T>(&mut self, f: impl FnOnce(&mut dyn Transaction) -> Result<T>) -> Result<T>;

    /// Runs `f` in one write transaction: committed when `f` succeeds, rolled back when it fails
    /// or when `dry_run` is set. `f` may run more than once (see [`Store::write`]), so it has no
    /// effect outside the transaction.
    fn write<T>(
        &mut self,
        dry_run: bool,
        f: impl FnMut(&mut dyn Transaction) -> Result<T>,
    ) -> Result<T>;

    /// Runs one chunk of a streaming import as a [`Transactions::write`] that can run again:
    /// each run starts where the chunk started in `reader`, with `tally` as it was then, so
    /// records are read and counted once however often the store runs the transaction (records
    /// read ahead before it included). `chunk` returns what the chunk did, e.g. whether records
    /// remain.
    fn write_records<S: Tally, T>(
        &mut self,
        dry_run: bool,
        reader: &mut RecordReader,
        tally: &mut S,
        mut chunk: impl FnMut(&mut dyn Transaction, &mut RecordReader, &mut S) -> Result<T>,
    ) -> Result<T> {
        reader.mark();
        let mark = tally.mark();
        self.write(dry_run, |tx| {
            reader.rewind()?;
            tally.restore(&mark);
            chunk(tx, reader, tally)
        })
    }

    /// Runs `work` once what this source's writes wrote is committed, and returns its warnings.
    /// Where each write commits (a [`Store`]): at once. Where writes join a longer transaction
    /// (a line of the CLI's `batch`, a `serve` transaction group): after that one commits, never
    /// if it is rolled back; its warnings then go where that caller's go, and none come back here.
    fn after_commit(&mut self, work: AfterCommit) -> Vec<String> {
        work()
    }
}

/// Work for after a commit (a moderation hook): it runs once, and returns its warnings.
pub type AfterCommit = Box<dyn FnOnce() -> Vec<String>>;

/// The running totals of a streaming write that may span several transactions.
pub trait ChunkTally: Tally {
    /// Records committed by finished chunks (in a dry run: applied).
    fn committed(&self) -> u64;
}

/// How a streaming write commits: every `batch_size` records (in one transaction without one),
/// or not at all in a dry run (one transaction however it is chunked).
#[derive(Debug, Clone, Copy)]
pub struct Chunking {
    pub dry_run: bool,
    pub batch_size: Option<u64>,
}

/// Runs a streaming write through `reader`: in one transaction, or (with `limit`) in
/// transactions of up to `limit` records each, each committed on its own. `chunk` applies up to
/// its limit in one transaction and returns what it did; once that transaction has committed,
/// `committed` gets it (for work that must follow a commit, such as telling moderators) and says
/// whether records remain. A failure goes to `stopped` with the count finished chunks committed
/// before it, for an error that says what stayed stored. A dry run is one transaction however it
/// is chunked: nothing is committed anyway.
///
/// Each chunk's records are read before its transaction begins (and held in memory until it
/// commits), so that a producer that pauses (a pipe) never keeps the store locked while it is
/// idle: other writers get in between chunks. Unchunked, records are read inside the one
/// transaction, which would otherwise have to hold the whole input.
pub fn write_in_chunks<S: ChunkTally, T: Transactions, C>(
    store: &mut T,
    chunking: Chunking,
    reader: &mut RecordReader,
    tally: &mut S,
    mut chunk: impl FnMut(&mut dyn Transaction, &mut RecordReader, Option<u64>, &mut S) -> Result<C>,
    mut committed: impl FnMut(&mut T, C) -> bool,
    stopped: impl FnOnce(Error, u64) -> Error,
) -> Result<()> {
    let Chunking {
        dry_run,
        batch_size,
    } = chunking;
    let limit = if dry_run { None } else { batch_size };
    loop {
        let committed_before = tally.committed();
        let step = match limit {
            Some(n) => reader.read_ahead(n),
            None => Ok(()),
        }
        .and_then(|()| {
            store.write_records(dry_run, reader, tally, |tx, r, t| chunk(tx, r, limit, t))
        });
        match step {
            Ok(done) => {
                if !committed(store, done) {
                    return Ok(());
                }
            }
            Err(e) => return Err(stopped(e, committed_before)),
        }
    }
}

impl Transactions for Store {
    fn read<T>(&mut self, f: impl FnOnce(&mut dyn Transaction) -> Result<T>) -> Result<T> {
        Store::read(self, f)
    }

    fn write<T>(
        &mut self,
        dry_run: bool,
        f: impl FnMut(&mut dyn Transaction) -> Result<T>,
    ) -> Result<T> {
        Store::write(self, dry_run, f)
    }
}
