//! `storectl export`: write the store in the formats of the systems it replaces.

use std::path::PathBuf;

use clap::Subcommand;

use super::progress::Bars;
use super::Ctx;
use crate::error::{Error, Kind, Result};
use crate::ops::export as ops;
use crate::output::Output;
use crate::plural::count;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)
    #[command(
        long_about = "Write the items as a MoinMoin 1.9 data directory: pages/ with current, \
                             revision files, per-page edit-logs and attachments, the global edit-log, \
                             user/ profiles and meta. Content migrated from moin comes back byte for \
                             byte. OUT_DIR must not exist (or be empty); it appears only when complete."
    )]
    Moin16 {
        /// The data directory to create (it will hold pages/, edit-log, user/, meta)
        out_dir: PathBuf,
    },
    /// Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)
    #[command(
        long_about = "Write the comments face as a sphinxcontrib-websupport SQLite database: the \
                             tables <prefix>nodes, <prefix>comments and <prefix>commentvote exactly as \
                             WebSupport's SQLAlchemy storage creates them, which WebSupport (1.2.7, \
                             2.0.0) opens as its own with SQLAlchemyStorage('sqlite:///OUT').\n\n\
                             Every node, comment and vote of the store is written: comment ids are \
                             kept, each comment's path (node.parent...id) is rebuilt from its thread, \
                             and displayed flags, ratings, proposals and their diffs, usernames, times \
                             and votes (0 votes included) come back as they are. Where WebSupport has \
                             another form for the same thing, the file takes WebSupport's: an anonymous \
                             comment's username is \"Anonymous\" (what WebSupport.add_comment stores), \
                             times are naive UTC. A reply whose thread is broken in the store (see \
                             `storectl check`) is listed and not written (exit 5).\n\n\
                             The store is read in one transaction; the file is written beside OUT \
                             under a temporary name with mode 0600 and renamed into place when \
                             complete, so OUT appears only whole. An existing OUT is refused unless \
                             --force; a symbolic link or a directory at OUT is always refused. A store \
                             without nodes is refused (exit 3)."
    )]
    Websupport {
        /// The SQLite database file to write (e.g. the build's data/db/websupport.db)
        out: PathBuf,
        /// Table name prefix (WebSupport's db_prefix): letters, digits and _
        #[arg(long, default_value = "sphinx_")]
        prefix: String,
        /// Replace OUT if it is an existing file (it is replaced only once the new one is complete)
        #[arg(long)]
        force: bool,
    },
}

pub fn run(ctx: &mut Ctx, cmd: ExportCommand) -> Result<Output> {
    match cmd {
        ExportCommand::Websupport { out, prefix, force } => {
            let req = ops::Websupport { out, prefix, force };
            let mut store = ctx.open_store()?;
            let mut bars = Bars::new(&ctx.settings);
            let report = ops::websupport(&mut store, &req, &mut |e| bars.show(e))?;
            drop(bars);
            websupport_report(ctx, report)
        }
        ExportCommand::Moin16 { out_dir } => {
            let mut store = ctx.open_store()?;
            let mut bars = Bars::new(&ctx.settings);
            let report = ops::moin16(&mut store, &ops::Moin16 { out_dir }, &mut |e| bars.show(e))?;
            drop(bars);
            let text = format!(
                "exported to {}: {}, {} (+{} deleted), {}, {}{}",
                report.destination,
                count(report.pages, "page"),
                count(report.revisions, "revision"),
                report.deleted_revisions,
                count(report.attachments, "attachment"),
                count(report.users, "user"),
                report
                    .skipped
                    .iter()
                    .map(|s| format!("\n  skipped {s}"))
                    .collect::<String>()
            );
            let skipped = report.skipped.len();
            let doc = serde_json::to_value(&report).map_err(|e| Error::internal(e.to_string()))?;
            if skipped == 0 {
                return Ok(Output::Report { doc, text });
            }
            ctx.printer.print(Output::Report { doc, text })?;
            Err(Error::new(
                Kind::Partial,
                format!("{skipped} items or users were not exported; the report lists them"),
            )
            .hint(
                "everything else was exported; rename or destroy the listed items to export them",
            ))
        }
    }
}

fn websupport_report(ctx: &mut Ctx, report: ops::WebSupportExport) -> Result<Output> {
    let text = format!(
        "exported to {} (tables {p}nodes, {p}comments, {p}commentvote): {} of {}, {} \
         ({}, {} hidden, {} deleted by their author, {} with a proposal), {}{}",
        report.destination,
        count(report.nodes, "node"),
        count(report.documents, "document"),
        count(report.comments, "comment"),
        count(report.replies, "reply"),
        report.hidden,
        report.deleted,
        report.proposals,
        count(report.votes, "vote"),
        report
            .skipped
            .iter()
            .map(|s| format!("\n  skipped {s}"))
            .collect::<String>(),
        p = report.prefix,
    );
    let skipped = report.skipped.len();
    let doc = serde_json::to_value(&report).map_err(|e| Error::internal(e.to_string()))?;
    if skipped == 0 {
        return Ok(Output::Report { doc, text });
    }
    ctx.printer.print(Output::Report { doc, text })?;
    Err(Error::new(
        Kind::Partial,
        format!(
            "{} not exported; the report lists them",
            count(skipped, "comment")
        ),
    )
    .hint("their threads are broken in the store (storectl check lists them); everything else was exported"))
}
