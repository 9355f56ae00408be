//! `storectl serve`: a persistent request/response process for programs. Requests are NDJSON
//! on stdin (responses on stdout) or on a Unix socket; each runs a storectl command on a store
//! opened once, with the identity the request gives.
//!
//! - `request`: the protocol (request lines in, response lines out);
//! - `connection`: one client's requests, transactions and transaction groups;
//! - `socket`: the listener and its clients;
//! - `stop`: SIGTERM/SIGINT between requests, and reading lines a signal can interrupt.

mod connection;
mod request;
mod socket;
mod stop;

use std::path::PathBuf;

use clap::Args;

use super::Ctx;
use crate::engine::Store;
use crate::error::Result;
use crate::output::Output;

/// The protocol, for `serve --help` and storectl-json(7).
macro_rules! protocol {
    () => {
        "\
Request: {\"id\": ANY, \"cmd\": [ARG, ...], \"as\": USER, \"moderator\": BOOL, \"stdin\": TEXT}. \
\"cmd\" is the arguments of a storectl command as you would type them after `storectl`, each a \
JSON string. Only \"cmd\" is required. \"id\" is echoed in the response (null when left out). \
\"as\" and \"moderator\" are the request's identity, for this request only; left out, it is the \
identity serve was started with (--as, --moderator, STORECTL_USER; anonymous by default), and \
\"as\": null is anonymous. \"stdin\" is what the command reads for `-` or an input left out \
({\"$base64\": \"...\"} for bytes).

Response: {\"id\": ID, \"ok\": DOC}, DOC being exactly what the command prints with --format \
json (null when it prints nothing; numbers as written); or {\"id\": ID, \"error\": {\"kind\", \
\"message\", \"hint\", \"exit\"}}, kind and exit as in storectl-exit-codes(7). A command that \
prints its report and then fails with exit 5 (partial) also carries the report as \"doc\". An \
error never ends the connection; a line that is not a request gets a bad_input error naming \
its line and column.

Transactions: each request is its own transaction, as the command is on its own (reads take \
read transactions; a write is committed before its response is written, then moderation hooks \
run). Between requests serve holds no lock and no write transaction. On a PostgreSQL store \
serve reads over a second connection of its own, where a read's transaction stays open until \
the next read begins (the two go out in one round trip to the server), until 20 ms pass \
without a request, or until anything else runs. To make several requests \
one transaction, send {\"tx\": \"begin\"}, the requests, then {\"tx\": \"commit\"} (or \
\"rollback\"): the group holds the store's write lock until it ends. Their responses: {\"ok\": \
{\"tx\": \"begin\"}}, then {\"ok\": {\"tx\": \"commit\", \"requests\": N}} (or \"rollback\"). An error inside a group \
rolls the whole group back and ends it (its response has \"tx\": \"rollback\"); so do the end \
of the input, a closed connection and a stop. In a group, --dry-run, --batch-size and --wait \
are refused.

One-line groups: {\"id\": ANY, \"group\": [{\"cmd\", \"as\", \"moderator\", \"stdin\"}, ...]} \
runs its commands in one write transaction and gets one response: {\"id\": ID, \"ok\": [DOC, \
...]}, a document per command in order; or the first error, with \"tx\": \"rollback\" and \
\"request\": N (which command failed, from 1), nothing of the group written. Unlike begin ... \
commit, a client may send it without waiting for responses: no later request can end up inside \
it, or run outside it because it failed; and serve runs it again when another writer committed \
first (a PostgreSQL serialization failure), as it does a request on its own, where a begin ... \
commit group is rolled back (busy, exit 75) and is the client's to run again. The same options \
are refused in it as in a group.

Global options (--store, --config, --as, --moderator, --format, ...) are given once, before \
`serve`; in a request's \"cmd\" they are refused: use the request's \"as\" and \"moderator\". \
Commands that cannot run in a request: batch, serve, init, check, stats, backup, config, export, \
migrate, session run (they manage the store or transactions of their own; run them as commands \
of their own, even while serve runs), and --raw (bytes are not a JSON response). Destructive \
commands need --yes in \"cmd\"."
    };
}

/// The protocol as paragraphs separated by blank lines.
pub const PROTOCOL: &str = protocol!();

pub const LONG_ABOUT: &str = concat!(
    "\
Serve requests from a program: one JSON object per line on stdin (or on a Unix socket with \
--socket), one JSON response per line on stdout, written and flushed as soon as the request \
ran. The store is opened once; a request costs its own work and no process start.

",
    protocol!(),
    "

\
serve ends, with exit 0, at the end of its input (stdin mode) or on SIGTERM or SIGINT: the \
request being run finishes and gets its response; requests not yet started are not run, and an \
open group is rolled back."
);

pub const AFTER_HELP: &str = r#"Example:
  $ storectl serve <<'EOF'
  {"id": 1, "cmd": ["namespace", "set", "core", "motd", "\"hello\""]}
  {"id": 2, "cmd": ["namespace", "get", "core", "motd"]}
  {"id": 3, "cmd": ["namespace", "get", "core", "nope"]}
  EOF
  {"id":1,"ok":{"namespace":"core","added":["motd"],"changed":[],"removed":[],"dry_run":false}}
  {"id":2,"ok":"hello"}
  {"id":3,"error":{"kind":"not_found","message":"key \"nope\" not found in namespace \"core\"","hint":"list the keys with: storectl namespace keys core","exit":3}}

`storectl serve --socket /run/app/storectl.sock` serves many clients at once, each connection
like stdin above; the socket is created with mode 0600 and removed when serve ends."#;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Listen on a Unix socket at PATH (created with mode 0600, removed on exit) for many
    /// clients at once, instead of serving stdin; an existing file that is not a socket is
    /// refused. "storectl serve: listening on PATH" on stderr says clients may connect
    #[arg(long, value_name = "PATH")]
    socket: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: ServeArgs) -> Result<Output> {
    let settings = &ctx.settings;
    // Opened (and migrated) once, and created if missing, so that reads work from the first
    // request on.
    let mut store = Store::open(settings)?;
    store.backend().create()?;
    let signals = stop::install()?;
    match &args.socket {
        Some(path) => {
            drop(store);
            socket::serve(path, settings, &signals)?;
        }
        None => {
            let mut input = stop::LineReader::new(stop::RawStdin::new(), signals.wake_fd());
            let mut out = stop::raw_stdout();
            let mut connection = connection::Connection::new(store, settings);
            connection.serve(&mut input, &mut *out)?;
        }
    }
    Ok(Output::Nothing)
}
