//! `storectl batch`: many commands, one JSON line each, in one process and one write
//! transaction (or one per `--batch-size N` commands).
//!
//! A reading thread parses each line ahead (JSON, then the command line's clap definitions, in a
//! tree built once), and this thread runs each command through the same `run` functions as the
//! command line, with a [`Runner::Batch`] that hands every `read` and `write` the batch's open
//! transaction, and a printer that captures the line's JSON result.

mod reading;
mod results;

use std::path::PathBuf;
use std::sync::mpsc;

use clap::Args;

use super::line::{self, LineParser, Parsed, Place, RefusedOption};
use super::{AfterCommit, Ctx, DryRun, Runner};
use crate::engine::{Store, Transaction, TxMode};
use crate::error::{Error, Result};
use crate::output::Output;
use reading::{Ahead, Incoming, ParsedLine};
use results::Results;

pub const LONG_ABOUT: &str = "\
Run many commands, one JSON line each, in one process and one write transaction.

Each line of FILE (or stdin) is an object: \"cmd\", the arguments of a storectl command as you \
would type them after `storectl`, each one a JSON string; and, for a command that reads stdin \
(`-`, or an input left out), \"stdin\": the text it reads ({\"$base64\": \"...\"} for bytes). \
Global options (--store, --as, --moderator, --config, ...) are given once, before `batch`, and \
hold for every line; on a line they are an error. Blank lines are skipped.

Every command gets one result on stdout, in order, as NDJSON: {\"ok\": DOC}, DOC being the \
document the command prints with --format json (null when it prints nothing), or {\"error\": \
{\"kind\", \"message\", \"hint\", \"line\", \"committed_through\"}}. --format only changes how \
the error that stops a batch is printed on stderr.

All commands run in one write transaction, committed after the last line; with --batch-size N, \
one transaction per N commands. A transaction begins at the first command that changes data (the \
commands with --dry-run); lines before it, which only read, run in read transactions of their \
own. Results are written as lines run, and flushed whenever the batch waits for more input, so a \
program can write a line and read its result. A full chunk of --batch-size N is committed before \
more input is read: with --batch-size 1 each command is committed before its result is read, and \
nothing is held while the batch waits; without it, the one transaction holds the store's write \
lock from the first change to the end of the input. The first error stops the batch: the open transaction is rolled \
back, so an error on line 3 leaves lines 1 and 2 unwritten too, and storectl exits with that \
command's exit code (a line that is not JSON, has no \"cmd\" or an argument that is not a \
string: 65). Lines up to \"committed_through\" (0: none) were committed by earlier batches of \
--batch-size and stay. With --dry-run every command runs and reports as under its own --dry-run, \
and everything is rolled back at the end.

When a transaction loses to another writer that committed first (PostgreSQL's serialization \
failures and deadlocks), the batch runs it again from its first line, as a command on its own \
is run again, up to the store's limit of runs; the results of the run that commits are the ones \
printed. That needs its results not to have been sent yet: results of an open transaction are \
held until it commits, or until the batch waits for input (a program may be waiting for them), \
or past 16 MiB. A transaction whose results went out, or whose lines exceed 64 MiB, is not run \
again: the batch stops with exit 75 and says why. Give --batch-size to keep transactions small.

Commands read what earlier lines wrote. They cannot be: batch, init, check, stats, backup, \
config, export, migrate, session run (they manage the store or transactions of their own); nor \
can a line have --dry-run (give it to batch), --batch-size (idem), lock acquire --wait (no one \
can release a lock while the batch holds the store) or item show --raw (bytes are not a JSON \
result). Destructive commands need --yes on their line. Moderation hooks run after the commit.";

pub const AFTER_HELP: &str = r#"Example:
  $ cat changes.ndjson
  {"cmd": ["namespace", "set", "core", "motd", "\"hello\""]}
  {"cmd": ["namespace", "merge", "core", "-"], "stdin": "{\"limits\": {\"max\": 5}}"}
  {"cmd": ["namespace", "get", "core", "limits"]}
  {"cmd": ["namespace", "get", "core", "nope"]}
  $ storectl batch changes.ndjson; echo "exit $?"
  {"ok":{"namespace":"core","added":["motd"],"changed":[],"removed":[],"dry_run":false}}
  {"ok":{"namespace":"core","added":["limits"],"changed":[],"removed":[],"dry_run":false}}
  {"ok":{"max":5}}
  {"error":{"kind":"not_found","message":"key \"nope\" not found in namespace \"core\"","hint":"list the keys with: storectl namespace keys core","line":4,"committed_through":0}}
  error: batch stopped at line 4: key "nope" not found in namespace "core"; nothing was committed (hint: list the keys with: storectl namespace keys core)
  exit 3

Without line 4, all three commands commit together. `storectl --as alice batch --batch-size 10000 big.ndjson` commits every 10,000 commands."#;

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// NDJSON file of commands (- or nothing for stdin)
    #[arg(value_name = "FILE")]
    input: Option<PathBuf>,
    /// Commit every N commands instead of once at the end
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    batch_size: Option<u64>,
    #[command(flatten)]
    dry: DryRun,
}

/// Options of commands that a line cannot have.
const LINE_OPTIONS: &[RefusedOption] = &[
    RefusedOption {
        id: "dry_run",
        flag: "--dry-run",
        why: "applies to the whole batch: give `storectl batch --dry-run`",
    },
    RefusedOption {
        id: "batch_size",
        flag: "--batch-size",
        why: "commits on its own, and in a batch the batch commits: give `storectl batch --batch-size N`",
    },
    RefusedOption {
        id: "wait",
        flag: "--wait",
        why: "retries in a loop, and no one can release a lock while the batch holds the store",
    },
    RefusedOption {
        id: "raw",
        flag: "--raw",
        why: "writes bytes, not a JSON result: leave it out (data comes as text or {\"$base64\": ...})",
    },
];

const BATCH: Place = Place {
    line: "on a batch line",
    runs: "in a batch",
    refused_options: LINE_OPTIONS,
    global_hint,
};

fn global_hint(flag: &str) -> String {
    format!("give it once, before `batch`: storectl {flag} ... batch")
}

pub fn run(ctx: &mut Ctx, args: BatchArgs) -> Result<Output> {
    let input = ctx.open_input(args.input.as_deref())?;
    let mut store = ctx.open_store()?;
    let dry_run = args.dry.dry_run;
    // Reading and parsing (JSON, then clap) run ahead on their own thread while this one runs
    // the commands: on two CPUs, a batch takes about the time of the commands alone. The
    // thread is not joined: after an error it may still be waiting for input that never ends.
    let (sender, receiver) = mpsc::sync_channel(16);
    std::thread::Builder::new()
        .name("batch-reader".to_string())
        .spawn(move || reading::read_ahead(input, dry_run, sender))
        .map_err(|e| Error::internal(format!("cannot start the reading thread: {e}")))?;
    let mut incoming = Incoming::new(receiver);
    let mut line_ctx = line::capturing_ctx(&ctx.settings, ctx.settings.quiet);
    let mut results = Results::new(ctx.printer.raw());
    // A dry run is one transaction however it is chunked: nothing is committed anyway.
    let batch_size = if dry_run { None } else { args.batch_size };
    let attempts = store.backend().write_attempts();
    let mut reparser: Option<LineParser> = None;
    let mut after_commit: Vec<AfterCommit> = Vec::new();
    let mut committed_through = 0u64;
    loop {
        // No transaction is open. Lines that only read run in read transactions of their own
        // (a dry run keeps its one transaction from its first line), until a line that writes
        // begins the next chunk.
        let (first_line, first) = loop {
            let (line_no, parsed) = match incoming.next(&mut results) {
                Ahead::End => {
                    results.finish()?;
                    return Ok(Output::Nothing);
                }
                Ahead::ReadFailed(line, e) => {
                    return Err(read_failed(results, e, line, committed_through, dry_run))
                }
                Ahead::Line(line, parsed) => (line, parsed),
            };
            let parsed = match parsed {
                Ok(parsed) if parsed.parsed.writes || dry_run => break (line_no, parsed),
                Ok(parsed) => parsed,
                Err(e) => return Err(results.stop(e, line_no, committed_through, dry_run)),
            };
            let outcome = read_line(&mut store, parsed, &mut line_ctx);
            let captured = line_ctx.printer.captured().expect("a printer to memory");
            match outcome {
                Ok(()) => results.ok(captured),
                Err(e) => {
                    let e = store.explain(e);
                    return Err(results.stop(e, line_no, committed_through, dry_run));
                }
            }
            captured.clear();
        };
        // The chunk's lines are kept, so that it can run again from its first line when it
        // loses to another writer (PostgreSQL's serialization failures), as a command on its
        // own does.
        results.transaction_begins();
        let mut retained = Retained::new();
        let mut first = Some(Ahead::Line(first_line, Ok(first)));
        let mut attempt = 1;
        let mut ended = false;
        let mut full = false;
        let mut last_line = 0u64;
        // One run of the chunk's transaction per pass; a pass that loses to another writer
        // ends with `continue`, rolled back, and the next runs the lines kept so far again.
        let outcome: std::result::Result<(), ChunkFailed> = 'attempt: loop {
            if attempt > 1 {
                store.backend().before_retry(attempt);
            }
            let begun = if dry_run {
                store.backend().begin_dry_run()
            } else {
                store.backend().begin(TxMode::Write)
            };
            let mut tx = match begun {
                Ok(tx) => tx,
                Err(e) => {
                    if may_run_again(&e, attempt, attempts, &retained, &mut results) {
                        attempt += 1;
                        continue 'attempt;
                    }
                    break 'attempt Err(ChunkFailed::Line(e, first_line));
                }
            };
            after_commit.clear();
            let mut commands = 0u64;
            for kept in retained.lines() {
                let parser = reparser.get_or_insert_with(|| LineParser::new(dry_run));
                let outcome = reading::parse(parser, &kept.text).and_then(|(parsed, stdin)| {
                    run_line(&mut *tx, parsed, stdin, &mut line_ctx, &mut after_commit)
                });
                match settle(
                    outcome,
                    &mut line_ctx,
                    &mut results,
                    &retained,
                    attempt,
                    attempts,
                ) {
                    Settled::Ran => commands += 1,
                    Settled::RunAgain => {
                        attempt += 1;
                        continue 'attempt;
                    }
                    Settled::Failed(e) => break 'attempt Err(ChunkFailed::Line(e, kept.line)),
                }
            }
            while !ended && !full {
                let next = first.take().unwrap_or_else(|| incoming.next(&mut results));
                let (line_no, parsed) = match next {
                    Ahead::End => {
                        ended = true;
                        break;
                    }
                    Ahead::ReadFailed(line, e) => {
                        return Err(read_failed(results, e, line, committed_through, dry_run))
                    }
                    Ahead::Line(line, parsed) => (line, parsed),
                };
                let outcome = parsed.and_then(|parsed| {
                    retained.keep(line_no, parsed.text);
                    run_line(
                        &mut *tx,
                        parsed.parsed,
                        parsed.stdin,
                        &mut line_ctx,
                        &mut after_commit,
                    )
                });
                match settle(
                    outcome,
                    &mut line_ctx,
                    &mut results,
                    &retained,
                    attempt,
                    attempts,
                ) {
                    Settled::Ran => commands += 1,
                    Settled::RunAgain => {
                        attempt += 1;
                        continue 'attempt;
                    }
                    Settled::Failed(e) => break 'attempt Err(ChunkFailed::Line(e, line_no)),
                }
                last_line = line_no;
                // A full chunk commits before anything more is read.
                full = batch_size.is_some_and(|n| commands >= n);
            }
            if dry_run {
                // Rolled back when dropped; a dry run has one chunk, which ended with the input.
                drop(tx);
                results.finish()?;
                return Ok(Output::Nothing);
            }
            crate::failpoint::pause("write-before-commit");
            // Where a backend finds a conflict at the latest: a test asks for one here.
            let committed = crate::failpoint::conflict("write-conflict").and_then(|()| tx.commit());
            if let Err(e) = committed {
                if may_run_again(&e, attempt, attempts, &retained, &mut results) {
                    attempt += 1;
                    continue 'attempt;
                }
                break 'attempt Err(ChunkFailed::Commit(e));
            }
            break Ok(());
        };
        // A loss to another writer that did not run again says why, naming the store.
        let mut explain = |e: Error, results: &Results| match not_run_again(
            &e, attempts, &retained, results, attempt,
        ) {
            Some(why) => {
                let url = store.backend().url();
                let explained = Error::new(
                    e.kind(),
                    format!("store {url}: {why}; nothing of it was stored"),
                );
                match e.hint_of() {
                    Some(hint) => explained.hint(hint),
                    None => explained,
                }
            }
            None => store.explain(e),
        };
        match outcome {
            Ok(()) => {}
            Err(ChunkFailed::Line(e, line)) => {
                let e = explain(e, &results);
                return Err(results.stop(e, line, committed_through, dry_run));
            }
            Err(ChunkFailed::Commit(e)) => {
                let e = explain(e, &results).context(format!(
                    "batch stopped: the commit of the commands up to line {last_line} failed; {}",
                    committed_text(committed_through, false)
                ));
                let _ = results.finish();
                return Err(e);
            }
        }
        results.transaction_ends();
        committed_through = last_line;
        for work in after_commit.drain(..) {
            work(&line_ctx);
        }
        if ended {
            results.finish()?;
            return Ok(Output::Nothing);
        }
    }
}

/// Why the open transaction of a batch ended without committing.
enum ChunkFailed {
    /// The command of line N failed (or the transaction could not begin at line N).
    Line(Error, u64),
    Commit(Error),
}

/// Runs one line in the batch's open transaction.
fn run_line(
    tx: &mut dyn Transaction,
    parsed: Parsed,
    stdin: Option<Vec<u8>>,
    ctx: &mut Ctx,
    after_commit: &mut Vec<AfterCommit>,
) -> Result<()> {
    let mut runner = Runner::Batch { tx, after_commit };
    line::run_captured(parsed.command, stdin, ctx, &mut runner)
}

/// What became of a line of the open transaction.
enum Settled {
    /// It ran; its result is with the others.
    Ran,
    /// It lost to another writer: the transaction runs again from its first line.
    RunAgain,
    /// Its error stops the batch.
    Failed(Error),
}

/// Takes a line's result (what it printed) or settles what its error means.
fn settle(
    outcome: Result<()>,
    ctx: &mut Ctx,
    results: &mut Results,
    retained: &Retained,
    attempt: u32,
    attempts: u32,
) -> Settled {
    let captured = ctx.printer.captured().expect("a printer to memory");
    let settled = match outcome {
        Ok(()) => {
            results.ok(captured);
            Settled::Ran
        }
        Err(e) if may_run_again(&e, attempt, attempts, retained, results) => Settled::RunAgain,
        Err(e) => Settled::Failed(e),
    };
    captured.clear();
    settled
}

/// Whether the open transaction, which failed with `e` on its `attempt`-th run, runs again:
/// `e` says another writer committed first, runs are left, its lines were kept, and none of
/// its results has gone out (they are then taken back).
fn may_run_again(
    e: &Error,
    attempt: u32,
    attempts: u32,
    retained: &Retained,
    results: &mut Results,
) -> bool {
    e.is_retryable() && attempt < attempts && retained.complete() && results.take_back()
}

/// Why a transaction that lost to another writer (`e`) did not run again, when runs were left;
/// `None` when `e` is not such a loss, or when every run lost (`e` says so).
fn not_run_again(
    e: &Error,
    attempts: u32,
    retained: &Retained,
    results: &Results,
    attempt: u32,
) -> Option<&'static str> {
    if !e.is_retryable() || attempt >= attempts {
        return None;
    }
    Some(if !retained.complete() {
        "the transaction lost to another writer that committed first, and was too large to run \
         again (give --batch-size N)"
    } else if results.sent_open_results() {
        "the transaction lost to another writer that committed first, and could not run again: \
         results of its lines had been sent (with --batch-size 1 each line commits before its \
         result is sent)"
    } else {
        "the transaction lost to another writer that committed first"
    })
}

/// The lines of the open transaction, as written, for running it again.
struct Retained {
    lines: Vec<KeptLine>,
    bytes: usize,
    /// False once a line was not kept: the transaction can no longer run again.
    complete: bool,
}

struct KeptLine {
    line: u64,
    /// The line as written (parsed again to run it again).
    text: Vec<u8>,
}

/// Lines beyond this many bytes are not kept (the transaction then cannot run again): memory
/// stays bounded however long the batch.
const RETAINED_LIMIT: usize = 64 * 1024 * 1024;

impl Retained {
    fn new() -> Retained {
        Retained {
            lines: Vec::new(),
            bytes: 0,
            complete: true,
        }
    }

    /// Keeps line `line`, as written.
    fn keep(&mut self, line: u64, text: Vec<u8>) {
        if !self.complete {
            return;
        }
        self.bytes += text.len();
        if self.bytes > RETAINED_LIMIT {
            self.complete = false;
            self.lines = Vec::new();
            return;
        }
        self.lines.push(KeptLine { line, text });
    }

    fn complete(&self) -> bool {
        self.complete
    }

    fn lines(&self) -> &[KeptLine] {
        &self.lines
    }
}

/// Runs a line that only reads, in a read transaction of its own.
fn read_line(store: &mut Store, line: ParsedLine, ctx: &mut Ctx) -> Result<()> {
    // A store that does not exist yet is created, as the first line of a batch always did.
    store.backend().create()?;
    let mut tx = store.backend().begin(TxMode::Read)?;
    // Nothing that only reads leaves work for after a commit.
    let mut after_commit = Vec::new();
    let mut runner = Runner::Batch {
        tx: &mut *tx,
        after_commit: &mut after_commit,
    };
    line::run_captured(line.parsed.command, line.stdin, ctx, &mut runner)?;
    tx.commit()
}

/// The error when reading the input failed after `line`.
fn read_failed(
    results: Results,
    e: Error,
    line: u64,
    committed_through: u64,
    dry_run: bool,
) -> Error {
    let _ = results.finish();
    e.context(format!(
        "batch stopped after line {line}; {}",
        committed_text(committed_through, dry_run)
    ))
}

/// The error that ends a batch: the line's error, saying where it stopped and what committed.
fn stopped(e: Error, line: u64, committed_through: u64, dry_run: bool) -> Error {
    let error = Error::new(
        e.kind(),
        format!(
            "batch stopped at line {line}: {}; {}",
            e.message(),
            committed_text(committed_through, dry_run)
        ),
    );
    match e.hint_of() {
        Some(hint) => error.hint(hint),
        None => error,
    }
}

fn committed_text(committed_through: u64, dry_run: bool) -> String {
    match (committed_through, dry_run) {
        (_, true) => "nothing was committed (dry run)".to_string(),
        (0, false) => "nothing was committed".to_string(),
        (n, false) => format!("lines 1-{n} were committed, later lines rolled back"),
    }
}
