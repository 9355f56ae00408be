//! `storectl rename-user OLD NEW`.

use clap::Args;

use super::{Ctx, DryRun, Runner};
use crate::error::Result;
use crate::ops::comments as ops;
use crate::output::Output;
use crate::plural::count;

#[derive(Debug, Args)]
pub struct RenameUserArgs {
    /// The current username
    old: String,
    /// The new username
    new: String,
    #[command(flatten)]
    dry: DryRun,
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, args: RenameUserArgs) -> Result<Output> {
    store.open(&ctx.settings)?;
    let req = ops::RenameUser {
        old: args.old,
        new: args.new,
        dry_run: args.dry.dry_run,
    };
    let renamed = ops::rename_user(store, &ctx.actor(), &req)?;
    Ok(Output::Report {
        text: format!(
            "user {:?} renamed to {:?}: {}, {} moved, {} merged{}",
            renamed.old,
            renamed.new,
            count(renamed.comments, "comment"),
            count(renamed.votes_moved, "vote"),
            count(renamed.votes_merged, "vote"),
            args.dry.note()
        ),
        doc: crate::output::to_doc(&renamed)?,
    })
}
