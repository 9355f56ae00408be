//! `storectl rename-user OLD NEW`.

use clap::Args;

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::comments as face;
use crate::faces::locks::Actor;
use crate::output::Output;
use crate::plural::count;
use crate::timestamp::now_us;

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
    let actor = Actor {
        user: ctx.settings.user.as_deref(),
        now_us: now_us(),
    };
    let renamed = store.write(args.dry.dry_run, |tx| {
        face::rename_user(tx, actor, &args.old, &args.new)
    })?;
    let mut doc = serde_json::to_value(&renamed).map_err(|e| Error::internal(e.to_string()))?;
    doc["dry_run"] = serde_json::json!(args.dry.dry_run);
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
        doc,
    })
}
