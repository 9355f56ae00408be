//! `storectl comment`: threaded comments on nodes.

use crate::output::to_doc;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::comments::{CommentView, DeleteKind, SortOrder, Target};
use crate::input::RecordReader;
use crate::ops::comments as ops;
use crate::output::{Output, Progress, Shape, Unit};
use crate::plural::count;
use crate::timestamp::parse_rfc3339;

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
    /// Print a node's source and its comment tree as the viewer may see it, or (--user) the
    /// comments a user wrote
    #[command(
        after_help = "Examples:\n  storectl --as alice comment list --node 4f2a...\n  \
                            storectl --moderator comment list --user bob   # flat, oldest first, hidden ones too"
    )]
    List {
        /// Node id
        #[arg(long, required_unless_present = "user", conflicts_with = "user")]
        node: Option<String>,
        /// The comments this user wrote, flat and oldest first (hidden ones only for moderators)
        #[arg(long, value_name = "USER", conflicts_with = "sort")]
        user: Option<String>,
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
    let who = ops::Commenter::new(&ctx.settings, &ctx.actor())?;
    store.open(&ctx.settings)?;
    let printer = &ctx.printer;
    let mut warn = |warning: String| printer.warn(&warning);
    match cmd {
        CommentCommand::Add(args) => match args.from {
            Some(path) => {
                let mut reader = RecordReader::new(ctx.open_input(Some(&path))?);
                let progress =
                    Progress::new(&ctx.settings, reader.size(), "adding comments", Unit::Bytes);
                reader.observe(progress.observer());
                let req = ops::AddMany {
                    batch_size: args.batch_size,
                    dry_run: args.dry.dry_run,
                };
                let done = ops::add_many(store, &who, &req, &mut reader, &mut warn)?;
                progress.finish();
                Ok(Output::Report {
                    text: format!(
                        "{} added ({} hidden){}",
                        count(done.records, "comment"),
                        done.hidden,
                        args.dry.note()
                    ),
                    doc: to_doc(&done)?,
                })
            }
            None => {
                let target = match (args.node, args.parent) {
                    (Some(node), None) => Target::Node(node),
                    (None, Some(parent)) => Target::Parent(parent),
                    _ => {
                        return Err(Error::usage(
                            "give exactly one of --node ID or --parent CID",
                        ))
                    }
                };
                let req = ops::Add {
                    target,
                    text: args.text.unwrap_or_default(),
                    time_us: args.time.map(|t| parse_rfc3339(&t, "--time")).transpose()?,
                    hidden: args.hidden,
                    proposal: args.proposal,
                    dry_run: args.dry.dry_run,
                };
                let added = ops::add(store, &who, &req, &mut warn)?;
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
                    doc: to_doc(&added)?,
                })
            }
        },
        CommentCommand::List {
            user: Some(user), ..
        } => {
            let comments = ops::by_user(store, &who, &user)?;
            let mut records = ctx.printer.records(
                &[
                    "id",
                    "document",
                    "node",
                    "parent",
                    "displayed",
                    "rating",
                    "text",
                ],
                Shape::Array,
            );
            for comment in &comments {
                records.row(&to_doc(comment)?)?;
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        CommentCommand::List {
            node,
            sort,
            user: None,
        } => {
            let node = node.unwrap_or_default();
            let sort = match sort {
                None => SortOrder::Id,
                Some(SortArg::Rating) => SortOrder::Rating,
                Some(SortArg::RatingDesc) => SortOrder::RatingDesc,
                Some(SortArg::Time) => SortOrder::Time,
                Some(SortArg::TimeDesc) => SortOrder::TimeDesc,
            };
            let req = ops::List { node, sort };
            let thread = ops::list(store, &who, &req)?;
            let mut text = format!("node {:?}: {}", req.node, first_line(&thread.source));
            for c in &thread.comments {
                render_tree(&mut text, c, 1);
            }
            if thread.comments.is_empty() {
                text.push_str("\n  (no comments)");
            }
            Ok(Output::Report {
                doc: to_doc(&thread)?,
                text,
            })
        }
        CommentCommand::Show { id } => Ok(Output::Doc(to_doc(&ops::show(store, &who, id)?)?)),
        CommentCommand::Delete { id, dry } => {
            let req = ops::Delete {
                id,
                dry_run: dry.dry_run,
            };
            let deleted = ops::delete(store, &who, &req)?;
            Ok(Output::Report {
                text: format!(
                    "comment {id} {} deleted{}{}",
                    if deleted.deleted == DeleteKind::Hard {
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
                doc: to_doc(&deleted)?,
            })
        }
    }
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
