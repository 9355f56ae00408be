//! `storectl moderate list|accept|reject`.

use crate::output::to_doc;
use clap::Subcommand;

use super::{Ctx, DryRun, Runner};
use crate::error::Result;
use crate::ops::comments as ops;
use crate::output::{Output, Shape};

#[derive(Debug, Subcommand)]
pub enum ModerateCommand {
    /// Comments waiting for moderation, oldest first (moderators only)
    List {
        /// Only comments on this document's nodes
        #[arg(long, value_name = "DOC")]
        document: Option<String>,
    },
    /// Make a hidden comment displayed (moderators only)
    Accept {
        /// Comment id
        id: i64,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Delete a comment with its replies and votes (moderators only)
    Reject {
        /// Comment id
        id: i64,
        #[command(flatten)]
        dry: DryRun,
    },
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: ModerateCommand) -> Result<Output> {
    let who = ops::Commenter::new(&ctx.settings, &ctx.actor())?;
    store.open(&ctx.settings)?;
    match cmd {
        ModerateCommand::List { document } => {
            let mut records = ctx.printer.records(
                &["id", "document", "node", "username", "time", "text"],
                Shape::Array,
            );
            ops::waiting(store, &who, &ops::Waiting { document }, &mut |c| {
                records.row(&to_doc(&c)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        ModerateCommand::Accept { id, dry } => {
            let req = ops::Accept {
                id,
                dry_run: dry.dry_run,
            };
            let done = ops::accept(store, &who, &req)?;
            Ok(Output::Report {
                text: if done.was_hidden {
                    format!("comment {id} accepted: now displayed{}", dry.note())
                } else {
                    format!("comment {id} was already displayed")
                },
                doc: to_doc(&done)?,
            })
        }
        ModerateCommand::Reject { id, dry } => {
            let req = ops::Delete {
                id,
                dry_run: dry.dry_run,
            };
            let done = ops::reject(store, &who, &req)?;
            Ok(Output::Report {
                text: format!(
                    "comment {id} rejected: deleted {:?}{}",
                    done.ids,
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
    }
}
