//! `storectl vote CID VALUE` (also `vote cast CID VALUE`), and `vote list`.

use super::{Ctx, Runner};
use crate::error::{Error, Result};
use crate::faces::comments as face;
use crate::faces::comments_reads::VoteFilter;
use crate::ops::comments as ops;
use crate::output::{Output, Shape};
use clap::{Args, Subcommand};

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
    /// List votes: on one comment (moderators), of one user (that user or a moderator), or your own
    #[command(after_help = "Examples:\n  storectl --as alice vote list\n  \
                            storectl --moderator vote list --comment 12\n  \
                            storectl --moderator vote list --user bob")]
    List {
        /// Every vote on this comment
        #[arg(long, value_name = "CID", conflicts_with = "user")]
        comment: Option<i64>,
        /// Every vote of this user
        #[arg(long, value_name = "USER")]
        user: Option<String>,
    },
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, args: VoteArgs) -> Result<Output> {
    let (comment, value, dry) = match args.cast {
        Some(VoteCommand::List { comment, user }) => {
            let filter = match (comment, user) {
                (Some(c), _) => VoteFilter::Comment(c),
                (None, Some(u)) => VoteFilter::User(u),
                (None, None) => VoteFilter::Mine,
            };
            let who = ops::Commenter::new(&ctx.settings, &ctx.actor())?;
            store.open(&ctx.settings)?;
            let votes = ops::votes(store, &who, &filter)?;
            let mut records = ctx
                .printer
                .records(&["comment", "username", "value"], Shape::Array);
            for vote in &votes {
                records.row(&crate::output::to_doc(vote)?)?;
            }
            records.finish()?;
            return Ok(Output::Nothing);
        }
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
    let req = ops::Vote {
        comment,
        value: face::parse_vote_value(&value)?,
        dry_run: dry.dry_run,
    };
    let who = ops::Commenter::new(&ctx.settings, &ctx.actor())?;
    store.open(&ctx.settings)?;
    let voted = ops::vote(store, &who, &req)?;
    Ok(Output::Report {
        text: format!(
            "{} voted {:+} on comment {}: rating {}{}",
            voted.username,
            voted.value,
            voted.comment,
            voted.rating,
            dry.note()
        ),
        doc: crate::output::to_doc(&voted)?,
    })
}
