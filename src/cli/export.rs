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
}

pub fn run(ctx: &mut Ctx, cmd: ExportCommand) -> Result<Output> {
    match cmd {
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
