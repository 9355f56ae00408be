//! `storectl backup DEST`: an online copy of the whole store.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Progress, Unit};
use crate::plural::count;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// File to write; it appears only when the copy is complete
    dest: PathBuf,
    /// Overwrite DEST if it exists
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &mut Ctx, args: BackupArgs) -> Result<Output> {
    if args.dest.is_dir() {
        return Err(Error::bad_input(format!(
            "backup destination {} is a directory",
            args.dest.display()
        ))
        .hint(format!(
            "name a file, e.g. {}",
            args.dest.join("storectl.db").display()
        )));
    }
    if args.dest.exists() && !args.force {
        return Err(Error::conflict(format!(
            "backup destination {} already exists",
            args.dest.display()
        ))
        .hint("choose another file name, or add --force to overwrite it"));
    }
    let mut store = ctx.open_store()?;
    let progress = Progress::new(&ctx.settings, None, "backing up", Unit::Items("pages"));
    let report = store.backend().backup(&args.dest, &mut |done, total| {
        progress.set_length(total);
        progress.set_position(done);
    })?;
    progress.finish();
    let url = store.backend().url();
    Ok(Output::Report {
        text: format!(
            "backed up {url} to {} ({})",
            args.dest.display(),
            count(report.bytes, "byte")
        ),
        doc: json!({
            "store": url,
            "destination": args.dest.display().to_string(),
            "pages": report.pages,
            "bytes": report.bytes,
        }),
    })
}
