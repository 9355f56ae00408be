//! `storectl comment`: threaded comments on nodes.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{json, Value};

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::comments::{
    self as face, CommentBatch, CommentView, NewComment, SortOrder, Target,
};
use crate::input::RecordReader;
use crate::ops::Transactions;
use crate::output::{Output, Progress, Unit};
use crate::plural::count;
use crate::timestamp::{now_us, parse_rfc3339};

#[derive(Debug, Subcommand)]
pub enum CommentCommand {
    /// Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from
    #[command(
        after_help = "Examples:\n  storectl --as alice comment add --node 4f2a... --text 'Typo in line 2'\n  \
                            storectl --as bob comment add --parent 12 --text 'Fixed, thanks'\n  \
                            storectl comment add --from comments.ndjson --batch-size 10000\n\n\
                            Records of --from: {\"node\" | \"parent\" | \"parent_ref\", \"text\", \"username\"?, \
                            \"time\"?, \"hidden\"?, \"proposal\"?, \"ref\"?}; \"parent_ref\" replies to an \
                            earlier record's \"ref\"."
    )]
    Add(AddArgs),
    /// Print a node's source and its comment tree as the viewer may see it
    List {
        /// Node id
        #[arg(long)]
        node: String,
        /// Sibling order (default: oldest first)
        #[arg(long, value_enum, allow_hyphen_values = true)]
        sort: Option<SortArg>,
    },
    /// Print one comment
    Show {
        /// Comment id
        id: i64,
    },
    /// Delete a comment: soft by its author, hard (with replies and votes) by a moderator
    Delete {
        /// Comment id
        id: i64,
        #[command(flatten)]
        dry: DryRun,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The node to comment on
    #[arg(long, value_name = "ID", conflicts_with = "parent")]
    node: Option<String>,
    /// The comment to reply to
    #[arg(long, value_name = "CID")]
    parent: Option<i64>,
    /// The comment's text, stored as given
    #[arg(long, value_name = "TEXT", required_unless_present = "from")]
    text: Option<String>,
    /// Store it hidden, waiting for moderation
    #[arg(long)]
    hidden: bool,
    /// When it was written (RFC 3339; default now)
    #[arg(long, value_name = "TIME")]
    time: Option<String>,
    /// A proposed new source for the node (top-level comments only)
    #[arg(long, value_name = "TEXT")]
    proposal: Option<String>,
    /// Read comment records (NDJSON, array or object) from FILE (- for stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["node", "parent", "text", "hidden", "time", "proposal"])]
    from: Option<PathBuf>,
    /// With --from: commit every N records instead of once at the end
    #[arg(long, value_name = "N", requires = "from", value_parser = clap::value_parser!(u64).range(1..))]
    batch_size: Option<u64>,
    #[command(flatten)]
    dry: DryRun,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    /// Lowest rating first
    Rating,
    /// Highest rating first
    #[value(name = "-rating")]
    RatingDesc,
    /// Oldest first (by time)
    Time,
    /// Newest first
    #[value(name = "-time")]
    TimeDesc,
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: CommentCommand) -> Result<Output> {
    let who = ctx.identity()?;
    store.open(&ctx.settings)?;
    let now = now_us();
    match cmd {
        CommentCommand::Add(args) if args.from.is_some() => add_from(ctx, store, args),
        CommentCommand::Add(args) => {
            let target = match (args.node, args.parent) {
                (Some(node), None) => Target::Node(node),
                (None, Some(parent)) => Target::Parent(parent),
                _ => {
                    return Err(Error::usage(
                        "give exactly one of --node ID or --parent CID",
                    ))
                }
            };
            let time_us = match &args.time {
                Some(t) => parse_rfc3339(t, "--time")?,
                None => now,
            };
            let new = NewComment {
                target,
                text: args.text.unwrap_or_default(),
                username: who.user.clone(),
                time_us,
                hidden: args.hidden,
                proposal: args.proposal,
            };
            let policy = ctx.comment_policy();
            let added = store.write(args.dry.dry_run, |tx| {
                face::add_comment(tx, &who, policy, new.clone(), now)
            })?;
            let doc = to_json(&added.comment)?;
            if added.needs_moderation && !args.dry.dry_run {
                notify_moderators(ctx, store, vec![added.comment.clone()]);
            }
            Ok(Output::Report {
                text: format!(
                    "comment {} added on node {:?}{}{}",
                    added.comment.id,
                    added.comment.node,
                    if added.needs_moderation {
                        " (hidden: waiting for moderation)"
                    } else {
                        ""
                    },
                    args.dry.note()
                ),
                doc,
            })
        }
        CommentCommand::List { node, sort } => {
            let sort = match sort {
                None => SortOrder::Id,
                Some(SortArg::Rating) => SortOrder::Rating,
                Some(SortArg::RatingDesc) => SortOrder::RatingDesc,
                Some(SortArg::Time) => SortOrder::Time,
                Some(SortArg::TimeDesc) => SortOrder::TimeDesc,
            };
            let thread = store.read(|tx| face::list(tx.comments()?, &node, &who, sort, now))?;
            let mut text = format!("node {node:?}: {}", first_line(&thread.source));
            for c in &thread.comments {
                render_tree(&mut text, c, 1);
            }
            if thread.comments.is_empty() {
                text.push_str("\n  (no comments)");
            }
            Ok(Output::Report {
                doc: to_json(&thread)?,
                text,
            })
        }
        CommentCommand::Show { id } => {
            let view = store.read(|tx| face::show(tx.comments()?, id, &who, now))?;
            Ok(Output::Doc(to_json(&view)?))
        }
        CommentCommand::Delete { id, dry } => {
            let deleted = store.write(dry.dry_run, |tx| face::delete(tx, id, &who, now))?;
            let mut doc = to_json(&deleted)?;
            doc["dry_run"] = json!(dry.dry_run);
            Ok(Output::Report {
                text: format!(
                    "comment {id} {} deleted{}{}",
                    if deleted.deleted == face::DeleteKind::Hard {
                        "hard"
                    } else {
                        "soft"
                    },
                    if deleted.ids.len() > 1 {
                        format!(" with {}", count(deleted.ids.len() - 1, "reply"))
                    } else {
                        String::new()
                    },
                    dry.note()
                ),
                doc,
            })
        }
    }
}

fn add_from(ctx: &mut Ctx, store: &mut Runner, args: AddArgs) -> Result<Output> {
    let who = ctx.identity()?;
    let policy = ctx.comment_policy();
    let path = args.from.expect("checked by the caller");
    let mut reader = RecordReader::new(ctx.open_input(Some(&path))?);
    let progress = Progress::new(&ctx.settings, reader.size(), "adding comments", Unit::Bytes);
    reader.observe(progress.observer());
    let dry = args.dry.dry_run;
    let chunk = if dry { None } else { args.batch_size };
    let collect_hidden = ctx.settings.comments.moderation_command.is_some() && !dry;
    let mut batch = CommentBatch::default();
    let now = now_us();
    loop {
        let committed_before = batch.committed;
        // A chunk is read before its transaction begins: no store is held while input is slow.
        let step = match chunk {
            Some(n) => reader.read_ahead(n),
            None => Ok(()),
        }
        .and_then(|()| {
            store.write_records(dry, &mut reader, &mut batch, |tx, reader, batch| {
                face::add_comments_from(tx, reader, &who, policy, chunk, batch, now, collect_hidden)
            })
        });
        match step {
            Ok(added) => {
                // Committed (in a batch: once the batch commits): moderators hear about exactly
                // the comments this transaction stored, now, whatever comes next.
                notify_moderators(ctx, store, added.awaiting_moderation);
                if !added.more {
                    break;
                }
            }
            Err(e) => {
                return Err(if committed_before > 0 {
                    e.context(format!(
                        "comment add stopped; {} committed in earlier batches",
                        count(committed_before, "record")
                    ))
                } else {
                    e.context("comment add stopped; nothing was stored")
                });
            }
        }
    }
    progress.finish();
    Ok(Output::Report {
        text: format!(
            "{} added ({} hidden){}",
            count(batch.records, "comment"),
            batch.hidden,
            if dry {
                " (dry run: nothing written)"
            } else {
                ""
            }
        ),
        doc: batch.to_json(dry),
    })
}

/// Runs `[comments] moderation_command` once per hidden comment, after it is committed (in a
/// batch: once the batch has committed).
fn notify_moderators(ctx: &Ctx, store: &mut Runner, comments: Vec<CommentView>) {
    if ctx.settings.comments.moderation_command.is_some() && !comments.is_empty() {
        store.after_commit(ctx, move |ctx| run_moderation_command(ctx, &comments));
    }
}

fn run_moderation_command(ctx: &Ctx, comments: &[CommentView]) {
    let Some(command) = &ctx.settings.comments.moderation_command else {
        return;
    };
    for c in comments {
        let doc = serde_json::to_vec(c).unwrap_or_default();
        if let Err(why) = crate::hooks::run_with_stdin(command, &doc) {
            ctx.printer.warn(&format!(
                "moderation command for comment {} failed: {why}; the comment stays stored",
                c.id
            ));
        }
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::internal(format!("cannot encode JSON: {e}")))
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() > 60 {
        format!("{}…", line.chars().take(60).collect::<String>())
    } else {
        line.to_string()
    }
}

fn render_tree(out: &mut String, c: &CommentView, depth: usize) {
    out.push_str(&format!(
        "\n{}#{} {} [{:+}] {}{}: {}",
        "  ".repeat(depth),
        c.id,
        c.username,
        c.rating,
        human_age(c.age),
        if c.displayed { "" } else { " (hidden)" },
        first_line(&c.text)
    ));
    for child in &c.children {
        render_tree(out, child, depth + 1);
    }
}

/// "42s ago", "5m ago", "3h ago", "12d ago".
fn human_age(seconds: i64) -> String {
    match seconds {
        s if s < 60 => format!("{s}s ago"),
        s if s < 3600 => format!("{}m ago", s / 60),
        s if s < 86_400 => format!("{}h ago", s / 3600),
        s => format!("{}d ago", s / 86_400),
    }
}
