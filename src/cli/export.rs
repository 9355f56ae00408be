//! `storectl export`: write the store in the formats of the systems it replaces.

use std::path::PathBuf;

use clap::Subcommand;

use super::Ctx;
use crate::error::{Error, Kind, Result};
use crate::faces::items_export::export_moin16;
use crate::moin16::writer::DataDirWriter;
use crate::output::{Output, Progress, Unit};
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
            if out_dir.exists()
                && std::fs::read_dir(&out_dir)
                    .map(|mut d| d.next().is_some())
                    .unwrap_or(true)
            {
                return Err(Error::conflict(format!(
                    "{} exists and is not empty",
                    out_dir.display()
                ))
                .hint("export into a new directory"));
            }
            let parent = out_dir
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            if !parent.is_dir() {
                return Err(Error::input_missing(format!(
                    "directory {} does not exist",
                    parent.display()
                )));
            }
            // Written beside the destination and renamed when complete.
            let name = out_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let prefix = format!(".{name}.storectl-tmp-");
            crate::tempfiles::remove_stale(parent, &prefix);
            let tmp = parent.join(format!("{prefix}{}", std::process::id()));
            let mut store = ctx.open_store()?;
            let result = (|| -> Result<crate::faces::items_export::ExportReport> {
                let mut writer = DataDirWriter::create(&tmp)?;
                let progress =
                    Progress::new(&ctx.settings, None, "exporting", Unit::Items("pages"));
                let (report, global_log) = store.read(|tx| {
                    export_moin16(tx.items()?, &mut writer, &mut |n| progress.set_position(n))
                })?;
                progress.finish();
                writer.finish(&global_log)?;
                if out_dir.exists() {
                    std::fs::remove_dir(&out_dir)?;
                }
                std::fs::rename(&tmp, &out_dir)?;
                Ok(report)
            })();
            if result.is_err() {
                let _ = std::fs::remove_dir_all(&tmp);
            }
            // A full disk names the temporary directory, which is gone now: name the target.
            let mut report = result.map_err(|e| match e.kind() {
                Kind::Io => e.context(format!("cannot export to {}", out_dir.display())),
                _ => e,
            })?;
            report.destination = out_dir.display().to_string();
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
