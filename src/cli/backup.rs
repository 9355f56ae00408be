//! `storectl backup DEST`: an online copy of the whole store.

use std::path::PathBuf;

use clap::Args;

use super::progress::Bars;
use super::Ctx;
use crate::error::{Error, Result};
use crate::ops::store as ops;
use crate::output::Output;
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
    let req = ops::Backup {
        dest: args.dest,
        force: args.force,
    };
    let mut store = ctx.open_store()?;
    let mut bars = Bars::new(&ctx.settings);
    let done = ops::backup(&mut store, &req, &mut |e| bars.show(e))?;
    drop(bars);
    Ok(Output::Report {
        text: format!(
            "backed up {} to {} ({})",
            done.store,
            done.destination,
            count(done.bytes, "byte")
        ),
        doc: serde_json::to_value(&done).map_err(|e| Error::internal(e.to_string()))?,
    })
}
