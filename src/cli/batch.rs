//! `storectl batch`: many commands, one JSON line each, in one process and one write
//! transaction (or one per `--batch-size N` commands).
//!
//! A reading thread parses each line ahead (JSON, then the command line's clap definitions, in a
//! tree built once), and this thread runs each command through the same `run` functions as the
//! command line, with a [`Runner::Batch`] that hands every `read` and `write` the batch's open
//! transaction, and a printer that captures the line's JSON result.

use std::cell::Cell;
use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, SyncSender};

use base64::Engine;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, FromArgMatches};
use serde::Deserialize;
use serde_json::{json, Value};

use super::session::SessionCommand;
use super::{AfterCommit, Command, Ctx, DryRun, Runner, Stdin};
use crate::engine::{Transaction, TxMode};
use crate::error::{Error, Result};
use crate::input;
use crate::output::{Output, Printer};
use crate::settings::Format;

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
one transaction per N commands. The first error stops the batch: the open transaction is rolled \
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

/// The global options as written: given once to `batch`, never on a line.
const GLOBAL_OPTIONS: &[&str] = &[
    "--store",
    "--config",
    "--format",
    "--json",
    "--color",
    "--quiet",
    "-q",
    "--as",
    "--moderator",
];

/// Options of commands that a line cannot have: clap id, as written, why.
const LINE_OPTIONS: &[(&str, &str, &str)] = &[
    (
        "dry_run",
        "--dry-run",
        "applies to the whole batch: give `storectl batch --dry-run`",
    ),
    (
        "batch_size",
        "--batch-size",
        "commits on its own, and in a batch the batch commits: give `storectl batch --batch-size N`",
    ),
    (
        "wait",
        "--wait",
        "retries in a loop, and no one can release a lock while the batch holds the store",
    ),
    (
        "raw",
        "--raw",
        "writes bytes, not a JSON result: leave it out (data comes as text or {\"$base64\": ...})",
    ),
];

/// The commands a line cannot run, and why. Every command is listed, so that a new one must be
/// decided on.
fn refusal(command: &Command) -> Option<(&'static str, &'static str)> {
    const OWN_STORE: &str =
        "works on the whole store outside any transaction; run it before or after the batch";
    match command {
        Command::Batch(_) => Some(("batch", "is the batch")),
        Command::Init(_) => Some((
            "init",
            "creates and migrates the store, which every batch does anyway",
        )),
        Command::Check(_) => Some(("check", OWN_STORE)),
        Command::Stats(_) => Some(("stats", OWN_STORE)),
        Command::Backup(_) => Some(("backup", OWN_STORE)),
        Command::Config(_) => Some((
            "config",
            "shows settings, which are resolved once for the whole batch",
        )),
        Command::Export(_) => Some(("export", "writes files in long-running steps of its own")),
        Command::Migrate(_) => Some(("migrate", "imports in transactions of its own")),
        Command::GenerateDocs(_) => Some(("generate-docs", "writes files, not the store")),
        Command::Session(SessionCommand::Run { .. }) => Some((
            "session run",
            "runs commands between transactions of its own, in a loop",
        )),
        Command::Namespace(_)
        | Command::Node(_)
        | Command::Comment(_)
        | Command::Vote(_)
        | Command::Moderate(_)
        | Command::RenameUser(_)
        | Command::Feed(_)
        | Command::Item(_)
        | Command::Lock(_)
        | Command::Session(_) => None,
    }
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
    Line(u64, Result<(Command, Option<Vec<u8>>)>),
    /// Reading failed after line N.
    ReadFailed(u64, Error),
    /// The input ended; nothing follows.
    End,
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
    let mut lines = receiver.into_iter().flatten();
    let mut last_read = 0;
    let mut receive = move || match lines.next() {
        Some(item) => {
            if let Ahead::Line(line, _) = &item {
                last_read = *line;
            }
            item
        }
        // The thread ended without saying so: it panicked.
        None => Ahead::ReadFailed(
            last_read,
            Error::internal("the reading thread of the batch stopped; this is a bug in storectl"),
        ),
    };

    // One context for every line: settings resolved once, results captured as JSON, no
    // progress bars, stdin from the line.
    let mut settings = ctx.settings.clone();
    settings.format = Some(Format::Json);
    settings.format_explicit = true;
    settings.quiet = true;
    let mut line_ctx = Ctx {
        printer: Printer::to_memory(ctx.settings.quiet),
        settings,
        stdin: Stdin::Line(Cell::new(None)),
    };
    let mut results = Results {
        out: ctx.printer.raw(),
        failed: None,
    };
    // A dry run is one transaction however it is chunked: nothing is committed anyway.
    let batch_size = if dry_run { None } else { args.batch_size };
    let mut after_commit: Vec<AfterCommit> = Vec::new();
    let mut committed_through = 0u64;
    let mut next = receive();
    loop {
        let line_no = match &next {
            Ahead::End => break,
            Ahead::ReadFailed(line, _) | Ahead::Line(line, _) => *line,
        };
        let begun = if dry_run {
            store.backend().begin_dry_run()
        } else {
            store.backend().begin(TxMode::Write)
        };
        let mut tx = match begun {
            Ok(tx) => tx,
            Err(e) => return Err(results.stop(e, line_no, committed_through, dry_run)),
        };
        let mut commands = 0u64;
        let mut last_line = 0u64;
        while batch_size.is_none_or(|n| commands < n) {
            let (line_no, parsed) = match next {
                Ahead::End => {
                    next = Ahead::End;
                    break;
                }
                Ahead::ReadFailed(line, e) => {
                    let _ = results.finish();
                    return Err(e.context(format!(
                        "batch stopped after line {line}; {}",
                        committed_text(committed_through, dry_run)
                    )));
                }
                Ahead::Line(line, parsed) => (line, parsed),
            };
            let outcome = parsed.and_then(|(command, stdin)| {
                run_command(command, stdin, &mut line_ctx, &mut *tx, &mut after_commit)
            });
            let captured = line_ctx.printer.captured().expect("a printer to memory");
            match outcome {
                Ok(()) => results.ok(captured),
                Err(e) => return Err(results.stop(e, line_no, committed_through, dry_run)),
            }
            captured.clear();
            commands += 1;
            last_line = line_no;
            next = receive();
        }
        if dry_run {
            continue;
        }
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
    }
    results.finish()?;
    Ok(Output::Nothing)
}

/// The reading thread: reads and parses lines, and sends them on in order, in chunks, until the
/// input ends, reading fails, or the batch stops listening.
fn read_ahead(input: input::Input, dry_run: bool, sender: SyncSender<Vec<Ahead>>) {
    let mut clap = line_command();
    if dry_run {
        clap = dry_run_by_default(clap);
    }
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
                Ahead::Line(line_no, parse(&mut clap, &text))
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
fn parse(clap: &mut clap::Command, text: &[u8]) -> Result<(Command, Option<Vec<u8>>)> {
    let line = parse_line(text)?;
    let stdin = line.stdin.map(stdin_bytes).transpose()?;
    Ok((parse_command(clap, line.cmd, text)?, stdin))
}

/// Runs one line's command in `tx`; its result is left in the line's printer.
fn run_command(
    command: Command,
    stdin: Option<Vec<u8>>,
    ctx: &mut Ctx,
    tx: &mut dyn Transaction,
    after_commit: &mut Vec<AfterCommit>,
) -> Result<()> {
    ctx.stdin = Stdin::Line(Cell::new(stdin));
    let mut store = Runner::Batch { tx, after_commit };
    let output = super::run(command, ctx, &mut store)?;
    ctx.printer.print(output)
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

/// A line's "stdin": text, or `{"$base64": ...}` for bytes.
fn stdin_bytes(value: Value) -> Result<Vec<u8>> {
    let wrong =
        || Error::bad_input("\"stdin\" must be a string, or {\"$base64\": \"...\"} for bytes");
    match value {
        Value::String(text) => Ok(text.into_bytes()),
        Value::Object(map) if map.len() == 1 => {
            let b64 = map
                .get("$base64")
                .and_then(Value::as_str)
                .ok_or_else(wrong)?;
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .map_err(|e| Error::bad_input(format!("\"stdin\" is not valid base64: {e}")))
        }
        _ => Err(wrong()),
    }
}

/// The clap tree of a line, built once: the command line's commands without the global options,
/// which a line cannot have (and which clap would otherwise propagate through every level of
/// every parse).
fn line_command() -> clap::Command {
    super::negative_numbers_are_values(<Command as clap::Subcommand>::augment_subcommands(
        clap::Command::new("storectl").subcommand_required(true),
    ))
}

/// Parses a line's arguments (of the line `text`) with the command line's clap definitions,
/// refusing what cannot run inside a batch.
fn parse_command(clap: &mut clap::Command, args: Vec<String>, text: &[u8]) -> Result<Command> {
    // Owned strings become clap's OsStrings without a copy.
    let argv = std::iter::once("storectl".to_string()).chain(args);
    let mut matches = clap
        .try_get_matches_from_mut(argv)
        .map_err(|e| clap_error(e, text))?;
    let mut level = &matches;
    loop {
        for id in level.ids() {
            if let Some((_, flag, why)) = LINE_OPTIONS.iter().find(|(i, _, _)| id == *i) {
                if given(level, id.as_str()) {
                    return Err(Error::usage(format!(
                        "{flag} cannot be given on a batch line: it {why}"
                    )));
                }
            }
        }
        match level.subcommand() {
            Some((_, sub)) => level = sub,
            None => break,
        }
    }
    let command = Command::from_arg_matches_mut(&mut matches).map_err(|e| clap_error(e, text))?;
    if let Some((name, why)) = refusal(&command) {
        return Err(Error::usage(format!(
            "`{name}` cannot run in a batch: it {why}"
        )));
    }
    Ok(command)
}

fn given(matches: &ArgMatches, id: &str) -> bool {
    matches.value_source(id) == Some(ValueSource::CommandLine)
}

/// A clap error on the line `text` as a usage error: clap's first paragraph, and its usage line
/// as the hint.
fn clap_error(e: clap::Error, text: &[u8]) -> Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let args = parse_line(text).map(|line| line.cmd).unwrap_or_default();
    let command = format!("storectl {}", args.join(" "));
    if let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) {
        let flag = arg.split_once('=').map_or(arg.as_str(), |(flag, _)| flag);
        if GLOBAL_OPTIONS.contains(&flag) {
            return Error::usage(format!(
                "{flag} is a global option, not an option of one line"
            ))
            .hint(format!(
                "give it once, before `batch`: storectl {flag} ... batch"
            ));
        }
    }
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            return Error::usage("--help and --version print text, not a result")
                .hint(format!("run `{command}` outside the batch"))
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Error::usage(format!("`{command}` is incomplete"))
                .hint(format!("see `{command} --help`"))
        }
        _ => {}
    }
    // Clap's first paragraph is the message ("the following required arguments were not
    // provided:" continues on the next lines).
    let rendered = e.render().to_string();
    let message = rendered
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches("error: ")
        .to_string();
    let error = Error::usage(message);
    match rendered.lines().find_map(|l| l.strip_prefix("Usage: ")) {
        Some(usage) => error.hint(format!("usage: {usage}")),
        None => error,
    }
}

/// Sets every `--dry-run` of the tree on by default: under `batch --dry-run`, every line runs
/// and reports as under its own `--dry-run`.
fn dry_run_by_default(cmd: clap::Command) -> clap::Command {
    let cmd = if cmd.get_arguments().any(|a| a.get_id() == "dry_run") {
        cmd.mut_arg("dry_run", |a| a.default_value("true"))
    } else {
        cmd
    };
    cmd.mut_subcommands(dry_run_by_default)
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
            if captured.is_empty() {
                out.write_all(b"null")?;
            }
            for part in captured.split(|b| *b == b'\n') {
                out.write_all(part)?;
            }
            out.write_all(b"}\n")
        });
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
