//! `storectl batch`: many commands, one JSON line each, in one process and one write
//! transaction (or one per `--batch-size N` commands).
//!
//! A reading thread parses each line ahead (JSON, then the command line's clap definitions, in a
//! tree built once), and this thread runs each command through the same `run` functions as the
//! command line, with a [`Runner::Batch`] that hands every `read` and `write` the batch's open
//! transaction, and a printer that captures the line's JSON result.

use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};

use clap::Args;
use serde::Deserialize;
use serde_json::{json, Value};

use super::line::{self, LineParser, Parsed, Place, RefusedOption};
use super::{AfterCommit, Ctx, DryRun, Runner};
use crate::engine::{Store, TxMode};
use crate::error::{Error, Result};
use crate::input;
use crate::output::Output;

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

/// One line as written: `{"cmd": [ARG...], "stdin"?: TEXT | {"$base64": B64}}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    cmd: Vec<String>,
    #[serde(default)]
    stdin: Option<Value>,
}

/// Lines travel from the reading thread in chunks of up to this many, so that the two threads
/// rarely wait for each other.
const CHUNK: usize = 64;

/// What the reading thread hands over, in input order.
enum Ahead {
    /// Line N: its command and "stdin", or why it is not a command.
    Line(u64, Result<(Parsed, Option<Vec<u8>>)>),
    /// Reading failed after line N.
    ReadFailed(u64, Error),
    /// The input ended; nothing follows.
    End,
}

/// The lines from the reading thread. Before it waits for more, it flushes the results so far:
/// a program that writes a line and waits for its result gets it.
struct Incoming {
    receiver: Receiver<Vec<Ahead>>,
    at_hand: std::vec::IntoIter<Ahead>,
    last_read: u64,
}

impl Incoming {
    fn next(&mut self, results: &mut Results) -> Ahead {
        let item = match self.at_hand.next() {
            Some(item) => Some(item),
            None => {
                let chunk = match self.receiver.try_recv() {
                    Ok(chunk) => Ok(chunk),
                    Err(TryRecvError::Empty) => {
                        results.flush();
                        self.receiver.recv().map_err(|_| ())
                    }
                    Err(TryRecvError::Disconnected) => Err(()),
                };
                chunk.ok().and_then(|chunk| {
                    self.at_hand = chunk.into_iter();
                    self.at_hand.next()
                })
            }
        };
        match item {
            Some(item) => {
                if let Ahead::Line(line, _) = &item {
                    self.last_read = *line;
                }
                item
            }
            // The thread ended without saying so: it panicked.
            None => Ahead::ReadFailed(
                self.last_read,
                Error::internal(
                    "the reading thread of the batch stopped; this is a bug in storectl",
                ),
            ),
        }
    }
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
        .spawn(move || read_ahead(input, dry_run, sender))
        .map_err(|e| Error::internal(format!("cannot start the reading thread: {e}")))?;
    let mut incoming = Incoming {
        receiver,
        at_hand: Vec::new().into_iter(),
        last_read: 0,
    };
    let mut line_ctx = line::capturing_ctx(&ctx.settings, ctx.settings.quiet);
    let mut results = Results {
        out: ctx.printer.raw(),
        failed: None,
    };
    // A dry run is one transaction however it is chunked: nothing is committed anyway.
    let batch_size = if dry_run { None } else { args.batch_size };
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
            let (parsed, stdin) = match parsed {
                Ok((parsed, stdin)) if parsed.writes || dry_run => {
                    break (line_no, (parsed, stdin))
                }
                Ok(ok) => ok,
                Err(e) => return Err(results.stop(e, line_no, committed_through, dry_run)),
            };
            let outcome = read_line(&mut store, parsed, stdin, &mut line_ctx);
            let captured = line_ctx.printer.captured().expect("a printer to memory");
            match outcome {
                Ok(()) => results.ok(captured),
                Err(e) => return Err(results.stop(e, line_no, committed_through, dry_run)),
            }
            captured.clear();
        };
        let begun = if dry_run {
            store.backend().begin_dry_run()
        } else {
            store.backend().begin(TxMode::Write)
        };
        let mut tx = match begun {
            Ok(tx) => tx,
            Err(e) => return Err(results.stop(e, first_line, committed_through, dry_run)),
        };
        let mut next = Ahead::Line(first_line, Ok(first));
        let mut commands = 0u64;
        let mut last_line = 0u64;
        let mut ended = false;
        loop {
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
            let outcome = parsed.and_then(|(parsed, stdin)| {
                let mut runner = Runner::Batch {
                    tx: &mut *tx,
                    after_commit: &mut after_commit,
                };
                line::run_captured(parsed.command, stdin, &mut line_ctx, &mut runner)
            });
            let captured = line_ctx.printer.captured().expect("a printer to memory");
            match outcome {
                Ok(()) => results.ok(captured),
                Err(e) => return Err(results.stop(e, line_no, committed_through, dry_run)),
            }
            captured.clear();
            commands += 1;
            last_line = line_no;
            // A full chunk commits before anything more is read.
            if batch_size.is_some_and(|n| commands >= n) {
                break;
            }
            next = incoming.next(&mut results);
        }
        if dry_run {
            // Rolled back when dropped; a dry run has one chunk, which ended with the input.
            drop(tx);
            results.finish()?;
            return Ok(Output::Nothing);
        }
        crate::failpoint::pause("write-before-commit");
        tx.commit().map_err(|e| {
            e.context(format!(
                "batch stopped: the commit of the commands up to line {last_line} failed; {}",
                committed_text(committed_through, false)
            ))
        })?;
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

/// Runs a line that only reads, in a read transaction of its own.
fn read_line(
    store: &mut Store,
    parsed: Parsed,
    stdin: Option<Vec<u8>>,
    ctx: &mut Ctx,
) -> Result<()> {
    // A store that does not exist yet is created, as the first line of a batch always did.
    store.backend().create()?;
    let mut tx = store.backend().begin(TxMode::Read)?;
    // Nothing that only reads leaves work for after a commit.
    let mut after_commit = Vec::new();
    let mut runner = Runner::Batch {
        tx: &mut *tx,
        after_commit: &mut after_commit,
    };
    line::run_captured(parsed.command, stdin, ctx, &mut runner)?;
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

/// The reading thread: reads and parses lines, and sends them on in order, in chunks, until the
/// input ends, reading fails, or the batch stops listening.
fn read_ahead(input: input::Input, dry_run: bool, sender: SyncSender<Vec<Ahead>>) {
    let mut parser = LineParser::new(dry_run);
    // A buffer of our own, to see whether more input is at hand: a chunk goes out when it is
    // full, or before a read that may have to wait for a slow writer, so that the lines read
    // so far run (and an error stops the batch) without waiting for more.
    let mut reader = BufReader::with_capacity(256 * 1024, input.reader);
    let mut text = Vec::new();
    let mut line_no = 0u64;
    let mut chunk = Vec::with_capacity(CHUNK);
    loop {
        if chunk.len() >= CHUNK || (!chunk.is_empty() && reader.buffer().is_empty()) {
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
            if sender.send(full).is_err() {
                return;
            }
        }
        text.clear();
        let item = match reader.read_until(b'\n', &mut text) {
            Ok(0) => Ahead::End,
            Ok(_) if text.iter().all(u8::is_ascii_whitespace) => {
                line_no += 1;
                continue;
            }
            Ok(_) => {
                line_no += 1;
                Ahead::Line(line_no, parse(&mut parser, &text))
            }
            Err(e) => Ahead::ReadFailed(
                line_no,
                Error::input_missing(format!("cannot read {}: {e}", input.name)),
            ),
        };
        let last = !matches!(item, Ahead::Line(..));
        chunk.push(item);
        if last {
            let _ = sender.send(chunk);
            return;
        }
    }
}

/// A line's command and "stdin".
fn parse(parser: &mut LineParser, text: &[u8]) -> Result<(Parsed, Option<Vec<u8>>)> {
    let line = parse_line(text)?;
    let stdin = line.stdin.map(line::stdin_bytes).transpose()?;
    Ok((parser.parse(&line.cmd, &BATCH)?, stdin))
}

fn parse_line(text: &[u8]) -> Result<Line> {
    let line: Line = serde_json::from_slice(text).map_err(|e| bad_line(text, &e))?;
    if line.cmd.is_empty() {
        return Err(Error::bad_input("\"cmd\" is empty")
            .hint("give a command and its arguments, e.g. [\"namespace\", \"list\"]"));
    }
    Ok(line)
}

/// What is wrong with a line that is not `{"cmd": [STRING...], "stdin"?: ...}`.
fn bad_line(text: &[u8], e: &serde_json::Error) -> Error {
    const SHAPE: &str =
        "write one JSON object per line: {\"cmd\": [\"namespace\", \"get\", \"NS\", \"KEY\"]}, \
                         plus \"stdin\" for a command that reads stdin";
    let message = match serde_json::from_slice::<Value>(text) {
        Err(e) => format!(
            "invalid JSON at column {}: {}",
            e.column(),
            input::serde_message(&e)
        ),
        Ok(Value::Object(map)) => match (map.get("cmd"), map.keys().find(|k| *k != "cmd" && *k != "stdin")) {
            (_, Some(key)) => format!("unknown field {key:?}: a line has \"cmd\" and \"stdin\""),
            (None, None) => "missing field \"cmd\"".to_string(),
            (Some(Value::Array(args)), None) => match args.iter().position(|a| !a.is_string()) {
                Some(i) => format!(
                    "argument {} of \"cmd\" is {}, not a string; write every argument as a JSON string",
                    i + 1,
                    args[i]
                ),
                None => input::serde_message(e),
            },
            (Some(other), None) => format!("\"cmd\" is {other}, not an array of strings"),
        },
        Ok(other) => format!("a line must be a JSON object, not {other}"),
    };
    Error::bad_input(message).hint(SHAPE)
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

/// The results on stdout. A failed write (a closed pipe) stops the printing, not the batch:
/// what the batch writes does not depend on whether anyone reads the results.
struct Results<'a> {
    out: &'a mut dyn Write,
    failed: Option<io::Error>,
}

impl Results<'_> {
    /// `{"ok": DOC}`: the JSON the command printed, on one line (JSON text never holds a raw
    /// newline but between tokens, so removing them keeps it intact).
    fn ok(&mut self, captured: &[u8]) {
        self.write(|out| {
            out.write_all(b"{\"ok\":")?;
            line::write_captured(out, captured)?;
            out.write_all(b"}\n")
        });
    }

    /// Sends the results so far on (before the batch waits for more input).
    fn flush(&mut self) {
        self.write(|out| out.flush());
    }

    fn error(&mut self, e: &Error, line: u64, committed_through: u64) {
        let doc = json!({"error": {
            "kind": e.kind().name(),
            "message": e.message(),
            "hint": super::hint_text(e),
            "line": line,
            "committed_through": committed_through,
        }});
        self.write(|out| writeln!(out, "{doc}"));
    }

    /// Ends the batch at `line`: prints its error record and returns the error to exit with.
    fn stop(mut self, e: Error, line: u64, committed_through: u64, dry_run: bool) -> Error {
        self.error(&e, line, committed_through);
        // The line's error is what counts, even when stdout is gone.
        let _ = self.finish();
        stopped(e, line, committed_through, dry_run)
    }

    fn write(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
        if self.failed.is_none() {
            if let Err(e) = f(self.out) {
                self.failed = Some(e);
            }
        }
    }

    /// Flushes; a closed pipe ends quietly, like every command's.
    fn finish(mut self) -> Result<()> {
        self.write(|out| out.flush());
        match self.failed {
            None => Ok(()),
            Some(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Error::Io(e)),
            Some(e) => {
                Err(Error::from(e)
                    .context("cannot write the batch's results (the batch itself ran)"))
            }
        }
    }
}
