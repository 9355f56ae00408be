//! `storectl vote CID VALUE` (also `vote cast CID VALUE`).

use clap::{Args, Subcommand};
use serde_json::json;

use super::{Ctx, Runner};
use crate::error::{Error, Result};
use crate::faces::comments as face;
use crate::output::Output;
use crate::timestamp::now_us;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct VoteArgs {
    #[command(subcommand)]
    cast: Option<VoteCommand>,
    /// Comment id
    comment: Option<i64>,
    /// -1, 0 or 1 (0 withdraws a vote and keeps its row)
    #[arg(allow_hyphen_values = true)]
    value: Option<String>,
    #[command(flatten)]
    dry: super::DryRun,
}

#[derive(Debug, Subcommand)]
pub enum VoteCommand {
    /// Cast a vote (same as `storectl vote CID VALUE`)
    Cast {
        /// Comment id
        comment: i64,
        /// -1, 0 or 1
        #[arg(allow_hyphen_values = true)]
        value: String,
        #[command(flatten)]
        dry: super::DryRun,
    },
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, args: VoteArgs) -> Result<Output> {
    let (comment, value, dry) = match args.cast {
        Some(VoteCommand::Cast {
            comment,
            value,
            dry,
        }) => (comment, value, dry),
        None => match (args.comment, args.value) {
            (Some(c), Some(v)) => (c, v, args.dry),
            _ => {
                return Err(Error::usage(
                    "give the comment id and the vote: storectl vote CID VALUE",
                ))
            }
        },
    };
    let value = face::parse_vote_value(&value)?;
    let who = ctx.identity()?;
    store.open(&ctx.settings)?;
    let result = store.write(dry.dry_run, |tx| {
        face::vote(tx, comment, &who, value, now_us())
    })?;
    Ok(Output::Report {
        text: format!(
            "{} voted {:+} on comment {}: rating {}{}",
            result.username,
            result.value,
            result.comment,
            result.rating,
            dry.note()
        ),
        doc: json!({"comment": result.comment, "username": result.username, "value": result.value, "rating": result.rating}),
    })
}
