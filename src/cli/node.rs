//! `storectl node`: the commentable paragraphs of a documentation build.

use crate::output::to_doc;
use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

use super::{Ctx, DryRun, Runner};
use crate::engine::comments::NodeRecord;
use crate::error::{Error, Result};
use crate::faces::comments::OnExisting;
use crate::input::{self, RecordReader};
use crate::ops::comments::nodes as ops;
use crate::output::{Output, Shape};
use crate::plural::count;

#[derive(Debug, Subcommand)]
pub enum NodeCommand {
    /// Add a node, or a whole build's nodes with --from (one transaction)
    #[command(
        after_help = "Examples:\n  storectl node add 4f2a... --document contents --source 'A paragraph.'\n  \
                            storectl node add --from nodes.ndjson --ignore-existing   # {\"id\", \"document\", \"source\"} per line"
    )]
    Add(AddArgs),
    /// List nodes (of one document) with their comment counts
    List {
        /// Only the nodes of this document (an unknown document gives an empty list)
        #[arg(long, value_name = "DOC")]
        document: Option<String>,
        /// Only each node's id and document (no counts): which nodes exist, in one cheap read
        #[arg(long)]
        ids: bool,
    },
    /// Show one node with its source and comment counts
    Show {
        /// Node id
        id: String,
    },
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("existing").args(["update", "ignore_existing"])))]
pub struct AddArgs {
    /// Node id (typically 32 hex characters)
    #[arg(required_unless_present = "from", conflicts_with = "from")]
    id: Option<String>,
    /// The document the node belongs to (docname, e.g. contents or dir/index)
    #[arg(long, value_name = "DOC", required_unless_present = "from")]
    document: Option<String>,
    /// The node's source text
    #[arg(long, value_name = "TEXT", conflicts_with = "source_file")]
    source: Option<String>,
    /// Read the source text from FILE (- for stdin)
    #[arg(long, value_name = "FILE")]
    source_file: Option<PathBuf>,
    /// Read {"id", "document", "source"} records (NDJSON, array or object) from FILE (- for stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["document", "source", "source_file"])]
    from: Option<PathBuf>,
    /// Replace document and source of a node that exists
    #[arg(long)]
    update: bool,
    /// Skip nodes that exist (a rebuild)
    #[arg(long)]
    ignore_existing: bool,
    #[command(flatten)]
    dry: DryRun,
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: NodeCommand) -> Result<Output> {
    store.open(&ctx.settings)?;
    let actor = ctx.actor();
    match cmd {
        NodeCommand::Add(args) => {
            let on_existing = match (args.update, args.ignore_existing) {
                (true, _) => OnExisting::Update,
                (_, true) => OnExisting::Ignore,
                _ => OnExisting::Fail,
            };
            let dry = args.dry;
            if let Some(from) = &args.from {
                let mut reader = RecordReader::new(ctx.open_input(Some(from))?);
                let req = ops::AddMany {
                    on_existing,
                    dry_run: dry.dry_run,
                };
                let done = ops::add_many(store, &actor, &req, &mut reader)?;
                return Ok(Output::Report {
                    text: format!(
                        "{}: {} added, {} updated, {} unchanged, {} skipped{}",
                        count(done.records, "node"),
                        done.added,
                        done.updated,
                        done.unchanged,
                        done.skipped,
                        dry.note()
                    ),
                    doc: to_doc(&done)?,
                });
            }
            let source = match (&args.source, &args.source_file) {
                (Some(s), _) => s.clone(),
                (None, Some(path)) => input::read_text(ctx.open_input(Some(path))?)?,
                (None, None) => {
                    return Err(Error::usage(
                        "give the node's text with --source TEXT or --source-file FILE",
                    ))
                }
            };
            let req = ops::Add {
                node: NodeRecord {
                    id: args.id.unwrap_or_default(),
                    document: args.document.unwrap_or_default(),
                    source,
                },
                on_existing,
                dry_run: dry.dry_run,
            };
            let done = ops::add(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "node {:?} ({}): {}{}",
                    done.id,
                    done.document,
                    to_doc(&done.status)?.as_str().unwrap_or_default(),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        NodeCommand::List {
            document,
            ids: true,
        } => {
            let mut records = ctx.printer.records(&["id", "document"], Shape::Array);
            ops::ids(store, document.as_deref(), &mut |node| {
                records.row(&to_doc(&node)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        NodeCommand::List {
            document,
            ids: false,
        } => {
            let mut records = ctx
                .printer
                .records(&["id", "document", "comments", "visible"], Shape::Array);
            ops::list(store, document.as_deref(), &mut |node| {
                records.row(&to_doc(&node)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        NodeCommand::Show { id } => Ok(Output::Doc(to_doc(&ops::show(store, &id)?)?)),
    }
}
