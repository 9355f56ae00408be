//! `storectl moderate list|accept|reject`.

use clap::Subcommand;
use serde_json::json;

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::comments as face;
use crate::output::{Output, Shape};
use crate::timestamp::now_us;

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
    let who = ctx.identity()?;
    store.open(&ctx.settings)?;
    match cmd {
        ModerateCommand::List { document } => {
            store.read(|tx| {
                let mut records = ctx.printer.records(
                    &["id", "document", "node", "username", "time", "text"],
                    Shape::Array,
                );
                face::waiting(
                    tx.comments()?,
                    document.as_deref(),
                    &who,
                    now_us(),
                    &mut |c| {
                        records.row(
                            &serde_json::to_value(&c)
                                .map_err(|e| Error::internal(e.to_string()))?,
                        )
                    },
                )?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        ModerateCommand::Accept { id, dry } => {
            let was_hidden = store.write(dry.dry_run, |tx| face::accept(tx, id, &who, now_us()))?;
            Ok(Output::Report {
                text: if was_hidden {
                    format!("comment {id} accepted: now displayed{}", dry.note())
                } else {
                    format!("comment {id} was already displayed")
                },
                doc: json!({"id": id, "displayed": true, "was_hidden": was_hidden, "dry_run": dry.dry_run}),
            })
        }
        ModerateCommand::Reject { id, dry } => {
            let deleted = store.write(dry.dry_run, |tx| face::reject(tx, id, &who, now_us()))?;
            Ok(Output::Report {
                text: format!(
                    "comment {id} rejected: deleted {:?}{}",
                    deleted.ids,
                    dry.note()
                ),
                doc: json!({"deleted": deleted.deleted, "ids": deleted.ids, "dry_run": dry.dry_run}),
            })
        }
    }
}
