//! `storectl copy --to URL`: the whole store into another, empty one (see [`crate::ops::copy`]).

use clap::Args;

use super::progress::Bars;
use super::{Ctx, DryRun};
use crate::error::{Error, Result};
use crate::ops::copy as ops;
use crate::output::Output;
use crate::plural::count;

pub const LONG_ABOUT: &str = "\
Copy the whole store (every face: namespaces, comments, feeds, items with their locks and \
edit-logs, sessions) into another store: SQLite to PostgreSQL to move from one host to many, \
PostgreSQL to SQLite to take a store home or back it up, or between two stores of one kind.

The source is the store of --store (or the default store), read in one snapshot while others \
keep using it. The target (--to) must be empty: a new SQLite file, or a PostgreSQL database with \
no rows (a new one, or one `storectl init` prepared); a store that holds rows is refused (exit \
4), since copy never merges two stores.

All or nothing: the target is written in one transaction, rows streamed a batch at a time \
(memory holds one batch), and before it commits every table is read back and its row count and \
digest compared with the source's; a mismatch rolls it back (exit 65). A new SQLite file appears \
only once the copy is complete. Ids, revisions, moderation state, locks (with their expiry) and \
edit-logs are copied exactly, and the target's id counters continue after the copied ids.

A moin16: data dir is neither source nor target: `storectl migrate moin16` imports one into a \
store, `storectl export moin16` writes one from a store.";

pub const AFTER_HELP: &str = "\
Examples:
  storectl copy --to postgres://app@db.example.org/storectl      (this host's store to a server)
  storectl --store postgres://app@db/storectl copy --to home.db  (a server's store to a file)
  storectl copy --to postgres://app@db/storectl --dry-run        (count, check the target is empty)

The report (--json) lists per face the rows copied, their digest and verified: true; see \
storectl-json(7).";

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Store to copy into: sqlite:PATH or a PATH (a new file, or an empty store), or
    /// postgres://USER@HOST:PORT/DB (an empty database; password as for --store)
    #[arg(long, value_name = "URL")]
    to: String,
    /// Rows read from the source and written to the target at a time: what memory holds (the
    /// copy is still one transaction); tables of item contents and edit-logs take at most 16
    /// rows at a time
    #[arg(long, value_name = "ROWS", default_value_t = ops::DEFAULT_BATCH_ROWS,
          value_parser = parse_rows)]
    batch_size: usize,
    #[command(flatten)]
    dry: DryRun,
}

fn parse_rows(text: &str) -> std::result::Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("{text:?} is not a number of rows of 1 or more")),
    }
}

pub fn run(ctx: &mut Ctx, args: CopyArgs) -> Result<Output> {
    let req = ops::Copy {
        target: args.to,
        batch_rows: args.batch_size,
        dry_run: args.dry.dry_run,
    };
    let mut bars = Bars::new(&ctx.settings);
    let done = ops::copy(&ctx.settings, &req, &mut |e| bars.show(e))?;
    drop(bars);
    let faces: Vec<String> = done
        .faces
        .iter()
        .map(|f| format!("{} {}", f.face, f.rows))
        .collect();
    let text = if done.dry_run {
        format!(
            "would copy {} from {} to {} ({}){}",
            count(done.rows, "row"),
            done.source,
            done.target,
            faces.join(", "),
            args.dry.note()
        )
    } else {
        format!(
            "copied {} from {} to {} ({}), verified",
            count(done.rows, "row"),
            done.source,
            done.target,
            faces.join(", ")
        )
    };
    Ok(Output::Report {
        text,
        doc: serde_json::to_value(&done).map_err(|e| Error::internal(e.to_string()))?,
    })
}
