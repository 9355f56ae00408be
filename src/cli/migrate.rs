//! `storectl migrate`: bring data from the systems storectl replaces.

use std::path::PathBuf;

use clap::Subcommand;

use super::{Ctx, DryRun};
use crate::error::{Error, Kind, Result};
use crate::faces::comments_import::import_websupport;
use crate::output::{Output, Progress};

#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)
    #[command(
        long_about = "Import a sphinxcontrib-websupport SQLite database: nodes, comments with \
                             their threads (from the materialised path column), displayed flags, \
                             proposals and votes.\n\nRe-running imports only what is new. Rows the \
                             seed left inconsistent (votes on deleted comments, replies whose parent \
                             is gone) are skipped and listed, and the command exits 5. Times, stored \
                             without a zone, are taken as UTC; the username \"Anonymous\" becomes \
                             anonymous; ratings are recomputed from the votes. The source is opened \
                             read-only."
    )]
    Websupport {
        /// The WebSupport SQLite file
        db: PathBuf,
        /// Table name prefix (WebSupport's db_prefix)
        #[arg(long, default_value = "sphinx_")]
        prefix: String,
        #[command(flatten)]
        dry: DryRun,
    },
}

pub fn run(ctx: &mut Ctx, cmd: MigrateCommand) -> Result<Output> {
    match cmd {
        MigrateCommand::Websupport { db, prefix, dry } => {
            let data = crate::websupport::read(&db, &prefix)?;
            // Imports are remembered per source file, wherever it is referred to from.
            let source = std::fs::canonicalize(&db)
                .unwrap_or(db.clone())
                .display()
                .to_string();
            let mut store = ctx.open_store()?;
            let progress = Progress::new(
                &ctx.settings,
                Some(data.comments.len() as u64),
                "importing comments",
                false,
            );
            let mut report = store.write(dry.dry_run, |tx| {
                import_websupport(tx.comments()?, &data, &source, &mut |n| {
                    progress.set_position(n)
                })
            })?;
            progress.finish();
            report.dry_run = dry.dry_run;
            let partial = report.is_partial();
            let text = format!(
                "{}: nodes {} added, {} unchanged, {} differing; comments {} imported, {} already imported, \
                 {} skipped; votes {} imported, {} updated, {} unchanged, {} skipped{}{}",
                report.source,
                report.nodes.added,
                report.nodes.unchanged,
                report.nodes.differing,
                report.comments.imported,
                report.comments.already_imported,
                report.comments.skipped,
                report.votes.imported,
                report.votes.updated,
                report.votes.unchanged,
                report.votes.skipped,
                if dry.dry_run { " (dry run: nothing written)" } else { "" },
                report.skipped.iter().map(|s| format!("\n  skipped {s}")).collect::<String>()
            );
            let doc = serde_json::to_value(&report).map_err(|e| Error::internal(e.to_string()))?;
            if !partial {
                return Ok(Output::Report { doc, text });
            }
            ctx.printer.print(Output::Report { doc, text })?;
            Err(Error::new(
                Kind::Partial,
                format!(
                    "{} records were not imported; the report lists them",
                    report.skipped.len()
                ),
            )
            .hint("they are inconsistencies of the source; everything else was imported"))
        }
    }
}
