//! One client of `storectl serve` (stdin and stdout, or one socket connection): its requests run
//! one after another on a store opened once for it.
//!
//! A request outside a transaction group runs exactly as the same command on its own, with a
//! [`Runner::Own`] over the connection's store: every read in a read transaction, every write in
//! a write transaction committed before the response is written. Between requests nothing is
//! open, so other processes write freely. A group holds one write transaction from `begin` to
//! `commit` or `rollback`, like a chunk of `storectl batch`.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;

use serde_json::json;

use super::request::{self, Body, CommandRequest, ErrorExtras, TxVerb};
use super::stop::{LineReader, Next};
use crate::cli::line::{self, LineParser, Place, RefusedOption};
use crate::cli::{AfterCommit, Ctx, Runner};
use crate::engine::{Store, TxMode};
use crate::error::{Error, Result};
use crate::settings::Settings;

/// `--raw` writes bytes, which a JSON response cannot carry.
const RAW: RefusedOption = RefusedOption {
    id: "raw",
    flag: "--raw",
    why: "writes bytes, not a JSON result: leave it out (data comes as text or {\"$base64\": ...})",
};

/// Options refused in a request outside a group.
const REQUEST_OPTIONS: &[RefusedOption] = &[RAW];

/// Options refused inside a transaction group, whose one transaction the group commits.
const GROUP_OPTIONS: &[RefusedOption] = &[
    RAW,
    RefusedOption {
        id: "dry_run",
        flag: "--dry-run",
        why: "rolls back its own transaction, and in a group the group commits: send it outside \
              the group, or end the group with {\"tx\": \"rollback\"}",
    },
    RefusedOption {
        id: "batch_size",
        flag: "--batch-size",
        why: "commits on its own, and in a group the group commits: send it outside the group",
    },
    RefusedOption {
        id: "wait",
        flag: "--wait",
        why: "retries in a loop, and no one can release a lock while the group holds the store: \
              send it outside the group",
    },
];

const REQUEST: Place = Place {
    line: "in a serve request",
    runs: "in serve",
    refused_options: REQUEST_OPTIONS,
    global_hint,
};

const GROUP: Place = Place {
    line: "in a transaction group",
    runs: "in serve",
    refused_options: GROUP_OPTIONS,
    global_hint,
};

fn global_hint(flag: &str) -> String {
    match flag {
        "--as" => {
            "give the request an \"as\" field: {\"as\": \"alice\", \"cmd\": [...]}".to_string()
        }
        "--moderator" => {
            "give the request a \"moderator\" field: {\"moderator\": true, \"cmd\": [...]}"
                .to_string()
        }
        "--store" | "--config" => format!(
            "the store and the config are fixed when serve starts: storectl {flag} ... serve"
        ),
        _ => "responses are always JSON, and serve's own options are given when it starts"
            .to_string(),
    }
}

/// One client: its store, parser and context, all made once.
pub struct Connection {
    runner: Runner<'static>,
    parser: LineParser,
    /// Captures each command's JSON; its identity is set per request.
    ctx: Ctx,
    /// The identity serve was started with (`--as`, `--moderator`, STORECTL_USER), for requests
    /// that do not give their own.
    user: Option<String>,
    moderator: bool,
    /// Request lines read so far, for messages.
    line_no: u64,
    /// Responses not sent yet (see [`emit`]).
    response: Vec<u8>,
}

/// How a request ended, for the loop that reads the next.
enum Flow {
    Continue,
    /// The input ended or a stop was asked for.
    Stop,
}

impl Connection {
    pub fn new(mut store: Store, settings: &Settings) -> Connection {
        // A request that reads ends its transaction in the round trip that begins the next
        // request's (on a server store), or when the client goes quiet (see `end_read_if_idle`).
        store.backend().leave_reads_open();
        Connection {
            runner: Runner::Own(store),
            parser: LineParser::new(false),
            ctx: line::capturing_ctx(settings, settings.quiet),
            user: settings.user.clone(),
            moderator: settings.moderator,
            line_no: 0,
            response: Vec::with_capacity(4096),
        }
    }

    /// Serves requests until the input ends or a stop is asked for. An error of a request is
    /// its response; only failing to read or write the connection ends it early.
    pub fn serve<R: Read + AsRawFd>(
        &mut self,
        input: &mut LineReader<R>,
        out: &mut dyn Write,
    ) -> Result<()> {
        let served = self.requests(input, out);
        // Whatever is answered goes out, also when reading failed.
        let sent = request::send(out, &self.response);
        self.response.clear();
        served?;
        Ok(sent?)
    }

    fn requests<R: Read + AsRawFd>(
        &mut self,
        input: &mut LineReader<R>,
        out: &mut dyn Write,
    ) -> Result<()> {
        loop {
            self.end_read_if_idle(input);
            let request = match input.next_line()? {
                Next::Line(text) => {
                    self.line_no += 1;
                    if text.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    request::parse(text, self.line_no)
                }
                Next::End | Next::Stop => return Ok(()),
            };
            let flow = match request.body {
                Ok(Body::Command(cmd)) => {
                    self.command(&request.id, cmd);
                    Flow::Continue
                }
                Ok(Body::Tx(TxVerb::Begin)) => self.group(&request.id, input, out)?,
                Ok(Body::Group(commands)) => {
                    self.one_line_group(&request.id, commands);
                    Flow::Continue
                }
                Ok(Body::Tx(verb)) => {
                    let e = Error::usage(format!(
                        "{{\"tx\": \"{}\"}} outside a transaction group",
                        verb.name()
                    ))
                    .hint("begin one with {\"tx\": \"begin\"}; requests outside a group commit on their own");
                    self.error(&request.id, &e);
                    Flow::Continue
                }
                Err(e) => {
                    self.error(&request.id, &e);
                    Flow::Continue
                }
            };
            emit(&mut self.response, input, out)?;
            if let Flow::Stop = flow {
                return Ok(());
            }
        }
    }

    /// Ends the read transaction the last request left open when no request comes within
    /// [`IDLE`]: a quiet client holds no snapshot of the store (which would keep the server
    /// from cleaning up old rows), while one that sends its next request at once saves a round
    /// trip.
    fn end_read_if_idle<R: Read + AsRawFd>(&mut self, input: &LineReader<R>) {
        let Runner::Own(store) = &mut self.runner else {
            return;
        };
        // Without a read left open (always on SQLite) there is nothing to end: no wait.
        if !store.backend().has_open_read() || input.input_within(IDLE) {
            return;
        }
        // A failure here is a lost connection, which the next request finds and reports
        // (connecting again).
        let _ = store.backend().end_open_read();
    }

    /// An error response to a request that runs nothing.
    fn error(&mut self, id: &str, e: &Error) {
        request::write_error(&mut self.response, id, e, ErrorExtras::default());
    }

    /// Runs a request outside a group; its response is added to `self.response`.
    fn command(&mut self, id: &str, mut cmd: CommandRequest) {
        identify(&mut self.ctx, &mut cmd, &self.user, self.moderator);
        let outcome = self.parser.parse(&cmd.args, &REQUEST).and_then(|parsed| {
            line::run_captured(parsed.command, cmd.stdin, &mut self.ctx, &mut self.runner)
        });
        respond(&mut self.response, &mut self.ctx, id, outcome, false);
    }

    /// A `"group"` request: its commands in one write transaction, answered with the array of
    /// their documents, or with the first error (nothing of the group written). Unlike a
    /// `begin` ... `commit` group, a client may send it without waiting for anything: no request
    /// after it can end up inside it, or run outside it because it failed. And since serve
    /// holds every command of it, it runs the group again when another writer committed first
    /// (PostgreSQL's serialization failures), as a command on its own is.
    fn one_line_group(&mut self, id: &str, commands: Vec<CommandRequest>) {
        let Connection {
            runner,
            parser,
            ctx,
            user,
            moderator,
            response,
            ..
        } = self;
        let Runner::Own(store) = runner else {
            let e = Error::internal("a serve connection without its store");
            request::write_error(response, id, &e, ErrorExtras::default());
            return;
        };
        let store: &mut Store = store;
        let mut after_commit: Vec<AfterCommit> = Vec::new();
        let mut docs: Vec<u8> = Vec::with_capacity(256);
        let mut failed_at: Option<usize> = None;
        let outcome = store.write(false, |tx| {
            // A run again starts from nothing.
            after_commit.clear();
            docs.clear();
            docs.push(b'[');
            failed_at = None;
            for (i, cmd) in commands.iter().enumerate() {
                let mut cmd = cmd.clone();
                identify(ctx, &mut cmd, user, *moderator);
                let result = parser.parse(&cmd.args, &GROUP).and_then(|parsed| {
                    let mut runner = Runner::Batch {
                        tx: &mut *tx,
                        after_commit: &mut after_commit,
                    };
                    line::run_captured(parsed.command, cmd.stdin, ctx, &mut runner)
                });
                let captured = ctx.printer.captured().expect("a printer to memory");
                if let Err(e) = result {
                    captured.clear();
                    failed_at = Some(i + 1);
                    return Err(e);
                }
                if i > 0 {
                    docs.push(b',');
                }
                // Writing to a Vec cannot fail.
                let _ = line::write_captured(&mut docs, captured);
                captured.clear();
            }
            docs.push(b']');
            Ok(())
        });
        if let Err(failed) = outcome {
            let what = match failed_at {
                Some(n) => format!("request {n} of the group: {}", failed.message()),
                None => format!("the commit of the group failed: {}", failed.message()),
            };
            let e = rolled_back_error(&failed, what);
            let extras = ErrorExtras {
                rolled_back: true,
                group_request: failed_at,
                ..ErrorExtras::default()
            };
            request::write_error(response, id, &e, extras);
            return;
        }
        for work in after_commit.drain(..) {
            work(ctx);
        }
        request::write_ok_raw(response, id, &docs);
    }

    /// A transaction group, from its `begin` (request `begin_id`) to its end; its last response
    /// is added to `self.response`.
    fn group<R: Read + AsRawFd>(
        &mut self,
        begin_id: &str,
        input: &mut LineReader<R>,
        out: &mut dyn Write,
    ) -> Result<Flow> {
        let Connection {
            runner,
            parser,
            ctx,
            user,
            moderator,
            line_no,
            response,
        } = self;
        let Runner::Own(store) = runner else {
            return Err(Error::internal("a serve connection without its store"));
        };
        let store: &mut Store = store;
        // The group's transaction lives in this block; an error that ends it leaves the block,
        // so that the store can explain it (naming the store) once the transaction is gone.
        let ended: GroupEnd = 'group: {
            let mut tx = match store.backend().begin(TxMode::Write) {
                Ok(tx) => tx,
                Err(e) => break 'group GroupEnd::NotBegun(e),
            };
            request::write_ok_doc(response, begin_id, &json!({"tx": "begin"}));
            emit(response, input, out)?;
            let mut after_commit: Vec<AfterCommit> = Vec::new();
            let mut requests = 0u64;
            loop {
                let request = match input.next_line()? {
                    Next::Line(text) => {
                        *line_no += 1;
                        if text.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        request::parse(text, *line_no)
                    }
                    // Rolled back: the transaction is dropped uncommitted.
                    Next::End | Next::Stop => return Ok(Flow::Stop),
                };
                let id = &request.id;
                let failed = match request.body {
                    Ok(Body::Tx(TxVerb::Commit)) => {
                        match tx.commit() {
                            Ok(()) => {
                                for work in after_commit.drain(..) {
                                    work(ctx);
                                }
                                let doc = json!({"tx": "commit", "requests": requests});
                                request::write_ok_doc(response, id, &doc);
                            }
                            Err(e) => break 'group GroupEnd::CommitFailed(request.id, e),
                        }
                        return Ok(Flow::Continue);
                    }
                    Ok(Body::Tx(TxVerb::Rollback)) => {
                        drop(tx);
                        let doc = json!({"tx": "rollback", "requests": requests});
                        request::write_ok_doc(response, id, &doc);
                        return Ok(Flow::Continue);
                    }
                    Ok(Body::Group(_)) => nested(
                        "a \"group\" request",
                        "send its commands as requests of this group, or end the group first",
                    ),
                    Ok(Body::Tx(TxVerb::Begin)) => nested(
                        "{\"tx\": \"begin\"}",
                        "end the group with {\"tx\": \"commit\"} or {\"tx\": \"rollback\"} first",
                    ),
                    Ok(Body::Command(mut cmd)) => {
                        identify(ctx, &mut cmd, user, *moderator);
                        let outcome = parser.parse(&cmd.args, &GROUP).and_then(|parsed| {
                            let mut runner = Runner::Batch {
                                tx: &mut *tx,
                                after_commit: &mut after_commit,
                            };
                            line::run_captured(parsed.command, cmd.stdin, ctx, &mut runner)
                        });
                        match outcome {
                            Ok(()) => {
                                respond(response, ctx, id, Ok(()), false);
                                emit(response, input, out)?;
                                requests += 1;
                                continue;
                            }
                            Err(e) => e,
                        }
                    }
                    Err(e) => e,
                };
                // Any error ends the group, rolled back: a client never commits half of what it
                // meant to.
                break 'group GroupEnd::Failed(request.id, failed);
            }
        };
        match ended {
            GroupEnd::NotBegun(e) => {
                let e = store.explain(e);
                request::write_error(response, begin_id, &e, ErrorExtras::default());
            }
            GroupEnd::CommitFailed(id, e) => {
                let e = store.explain(e).context(
                    "the commit of the transaction group failed; nothing of it was written",
                );
                request::write_error(response, &id, &e, rolled_back());
            }
            GroupEnd::Failed(id, failed) => {
                let failed = store.explain(failed);
                let e = rolled_back_error(&failed, failed.message());
                respond(response, ctx, &id, Err(e), true);
            }
        }
        Ok(Flow::Continue)
    }
}

/// `what` sent inside a transaction group, where `fix` says what to do instead.
fn nested(what: &str, fix: &str) -> Error {
    Error::usage(format!(
        "{what} inside a transaction group (groups do not nest)"
    ))
    .hint(fix.to_string())
}

/// How a transaction group ended other than by its commit or rollback.
enum GroupEnd {
    /// Its transaction could not begin.
    NotBegun(Error),
    /// Its commit (request ID) failed.
    CommitFailed(String, Error),
    /// Request ID failed, ending the group.
    Failed(String, Error),
}

/// The error that ended a group: `what` failed, of `failed`'s kind and with its hint, and the
/// group was rolled back.
fn rolled_back_error(failed: &Error, what: String) -> Error {
    let e = Error::new(
        failed.kind(),
        format!("{what}; the transaction group was rolled back, nothing of it was written"),
    );
    match failed.hint_of() {
        Some(hint) => e.hint(hint),
        None => e,
    }
}

/// Sets the request's identity in `ctx`: its own "as" and "moderator", else serve's (`user`,
/// `moderator`). Set for every request, so that none inherits the one before it.
fn identify(ctx: &mut Ctx, cmd: &mut CommandRequest, user: &Option<String>, moderator: bool) {
    ctx.settings.user = match cmd.user.take() {
        Some(user) => user,
        None => user.clone(),
    };
    ctx.settings.moderator = cmd.moderator.unwrap_or(moderator);
}

/// How long a client may be quiet before the read transaction its last request left open ends.
const IDLE: std::time::Duration = std::time::Duration::from_millis(20);

/// Responses go out in at most this many bytes at a time.
const RESPONSE_BUFFER: usize = 64 * 1024;

/// Sends the responses written so far, flushed at once, unless the client already sent its next
/// request (it pipelines): then they go out together with the next ones, when no request is left
/// at hand or RESPONSE_BUFFER bytes are waiting. A client that waits for each response gets it
/// as soon as its request ran; one that pipelines gets fewer, larger writes.
fn emit<R: Read + AsRawFd>(
    response: &mut Vec<u8>,
    input: &LineReader<R>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if response.is_empty() || (input.line_at_hand() && response.len() < RESPONSE_BUFFER) {
        return Ok(());
    }
    request::send(out, response)?;
    response.clear();
    Ok(())
}

fn rolled_back() -> ErrorExtras<'static> {
    ErrorExtras {
        rolled_back: true,
        ..ErrorExtras::default()
    }
}

/// The response of a command request, from its outcome and what it printed.
fn respond(response: &mut Vec<u8>, ctx: &mut Ctx, id: &str, outcome: Result<()>, in_group: bool) {
    let captured = ctx.printer.captured().expect("a printer to memory");
    match outcome {
        Ok(()) => request::write_ok(response, id, captured),
        Err(e) => {
            let extras = ErrorExtras {
                captured: Some(captured),
                rolled_back: in_group,
                ..ErrorExtras::default()
            };
            request::write_error(response, id, &e, extras)
        }
    }
    captured.clear();
}
