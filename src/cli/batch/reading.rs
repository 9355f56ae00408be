//! The batch's input: a thread that reads and parses lines ahead (JSON, then the command line's
//! clap definitions), and the other end, which hands them to the batch in order.

use std::io::{BufRead, BufReader};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TryRecvError};
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use super::results::Results;
use super::BATCH;
use crate::cli::line::{self, LineParser, Parsed};
use crate::error::{Error, Result};
use crate::input;

/// One line as written: `{"cmd": [ARG...], "stdin"?: TEXT | {"$base64": B64}}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    cmd: Vec<String>,
    #[serde(default)]
    stdin: Option<Value>,
}

/// A line ready to run: its command parsed, and the line as written, for running it again.
pub struct ParsedLine {
    pub parsed: Parsed,
    pub stdin: Option<Vec<u8>>,
    pub text: Vec<u8>,
}

/// Lines travel from the reading thread in chunks of up to this many, so that the two threads
/// rarely wait for each other.
const CHUNK: usize = 64;

/// How long the batch waits for the reading thread before it sends on results that could still
/// be taken back (those of an open transaction, which may have to run again): a reader that is
/// only a little behind is not mistaken for a program waiting for its results.
const GRACE: Duration = Duration::from_millis(2);

/// What the reading thread hands over, in input order.
pub enum Ahead {
    /// Line N: its command and "stdin", or why it is not a command.
    Line(u64, Result<ParsedLine>),
    /// Reading failed after line N.
    ReadFailed(u64, Error),
    /// The input ended; nothing follows.
    End,
}

/// The lines from the reading thread. Before it waits for more, it flushes the results so far:
/// a program that writes a line and waits for its result gets it.
pub struct Incoming {
    receiver: Receiver<Vec<Ahead>>,
    at_hand: std::vec::IntoIter<Ahead>,
    last_read: u64,
}

impl Incoming {
    pub fn new(receiver: Receiver<Vec<Ahead>>) -> Incoming {
        Incoming {
            receiver,
            at_hand: Vec::new().into_iter(),
            last_read: 0,
        }
    }

    pub fn next(&mut self, results: &mut Results) -> Ahead {
        let item = match self.at_hand.next() {
            Some(item) => Some(item),
            None => {
                let chunk = match self.receiver.try_recv() {
                    Ok(chunk) => Ok(chunk),
                    Err(TryRecvError::Empty) => self.wait(results),
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

    /// Waits for more lines, sending the results so far on first.
    fn wait(&mut self, results: &mut Results) -> std::result::Result<Vec<Ahead>, ()> {
        if results.holds_open_results() {
            match self.receiver.recv_timeout(GRACE) {
                Ok(chunk) => return Ok(chunk),
                Err(RecvTimeoutError::Disconnected) => return Err(()),
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
        results.flush();
        self.receiver.recv().map_err(|_| ())
    }
}

/// The reading thread: reads and parses lines, and sends them on in order, in chunks, until the
/// input ends, reading fails, or the batch stops listening.
pub fn read_ahead(input: input::Input, dry_run: bool, sender: SyncSender<Vec<Ahead>>) {
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
                Ahead::Line(
                    line_no,
                    parse(&mut parser, &text).map(|(parsed, stdin)| ParsedLine {
                        parsed,
                        stdin,
                        text: text.clone(),
                    }),
                )
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
pub fn parse(parser: &mut LineParser, text: &[u8]) -> Result<(Parsed, Option<Vec<u8>>)> {
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
