//! `storectl feed aggregated`: aggregated and notification feeds (Stream Framework's
//! `AggregatedFeed` and `NotificationFeed`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::feed::records;
use super::{Ctx, DryRun, Runner};
use crate::error::Result;
use crate::faces::feeds as flat;
use crate::faces::feeds_aggregated::Marks;
use crate::ops::feeds as ops;
use crate::output::{to_doc, Output, Shape};
use crate::plural::count;

const GROUPS_HELP: &str = "\
An aggregated feed groups its activities by an aggregator's group key:
  recent_verb   verb and day (UTC):          \"3-2026-12-04\"     (Stream Framework's AggregatedFeed)
  notification  verb, object and day (UTC): \"3-42-2026-12-04\"  (its NotificationFeed)
[feeds] aggregator picks the one new feeds use; a feed keeps the one it was made with.

A group keeps its newest activities ([feeds] max_aggregated_activities_length, 15; older ones are
counted in minimized_activities), and a feed its most recently updated groups ([feeds]
aggregated_max_length, 100; enforced on every write). Groups rank by updated_at, newest first.
A group is unseen and unread until marked; a group that changes becomes unseen and unread again.";

#[derive(Debug, Subcommand)]
pub enum AggregatedCommand {
    /// Add activities (NDJSON, an array, or one object): each joins its group, or starts one
    #[command(
        long_about = "Add activities to an aggregated feed: each joins the group its aggregator \
                      names (made when new), in id order, as Stream Framework's \
                      AggregatedFeed.add_many merges them. Activities the feed holds already are \
                      counted as duplicates. Records are those of `feed add-many` ({\"actor\", \
                      \"verb\", \"object\", \"target\"?, \"time\"?, \"extra_context\"?, \
                      \"id\"?}); a group stores its activities itself (activity storage is not \
                      touched). One transaction.",
        after_help = "Example:\n  storectl feed aggregated add notification_feed:1 activities.ndjson\n\n\
                      Prints the groups made and changed, and the feed's groups, unseen_count and \
                      unread_count.\n\n"
    )]
    Add(AddArgs),
    /// Write whole groups (Stream Framework's add_many_aggregated), replacing a group of the same key
    #[command(long_about = "Write whole groups, replacing a group of the same key: \
                      {\"group\", \"activities\": [activity records], \"created_at\"?, \
                      \"updated_at\"?, \"seen_at\"?, \"read_at\"?, \"minimized_activities\"?}. \
                      Times default to the first and last activity's; seen_at and read_at to \
                      null (unseen, unread). An activity another group of the feed holds is a \
                      conflict (exit 4). The feed's max_length applies. One transaction.")]
    Put(AddArgs),
    /// A page of groups, most recently updated first (Python slice bounds)
    #[command(after_help = GROUPS_HELP)]
    Slice {
        /// Feed key
        key: String,
        /// Python slice start (negative counts from the end)
        #[arg(long, allow_negative_numbers = true)]
        start: Option<i64>,
        /// Python slice stop (negative counts from the end) [default: 25]
        #[arg(long, allow_negative_numbers = true, conflicts_with = "all")]
        stop: Option<i64>,
        /// No stop: every group from --start on
        #[arg(long)]
        all: bool,
    },
    /// Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)
    Count {
        /// Feed key
        key: String,
    },
    /// Mark groups (or --all) seen and/or read, or undo it (default: --seen)
    #[command(
        after_help = "Examples:\n  storectl feed aggregated mark notification_feed:1 --all\n  \
                      storectl feed aggregated mark notification_feed:1 3-42-2026-12-04 --seen --read\n  \
                      storectl feed aggregated mark notification_feed:1 --all --unread\n\n\
                      A group already in the state asked for keeps its time. A named group the \
                      feed does not hold is exit 3 (nothing is marked)."
    )]
    Mark {
        /// Feed key
        key: String,
        /// Group keys (as `slice` shows them); none with --all
        #[arg(
            value_name = "GROUP",
            required_unless_present = "all",
            conflicts_with = "all"
        )]
        groups: Vec<String>,
        /// Every group of the feed
        #[arg(long)]
        all: bool,
        /// Mark seen (the default when no mark is given)
        #[arg(long, conflicts_with = "unseen")]
        seen: bool,
        /// Mark read
        #[arg(long, conflicts_with = "unread")]
        read: bool,
        /// Mark unseen again
        #[arg(long)]
        unseen: bool,
        /// Mark unread again
        #[arg(long)]
        unread: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove activities from their groups (a group left empty goes), or --group whole groups
    #[command(
        after_help = "A group that loses an activity takes its last activity's time as \
                      updated_at and becomes unseen and unread, as Stream Framework's \
                      remove_many. Ids (or groups) the feed does not hold are listed under \
                      \"missing\"; that is no error."
    )]
    Remove {
        /// Feed key
        key: String,
        /// Activity ids (with --group: group keys)
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
        /// The arguments are group keys: remove those groups whole
        #[arg(long)]
        group: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Keep only the LENGTH most recently updated groups
    Trim {
        /// Feed key
        key: String,
        /// Groups to keep; 0 empties the feed
        length: u64,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove an aggregated feed and its groups (a missing one is no error)
    Delete {
        /// Feed key
        key: String,
        #[command(flatten)]
        dry: DryRun,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Feed key, e.g. notification_feed:42
    key: String,
    /// Input file (- or nothing for stdin)
    input: Option<PathBuf>,
    /// Aggregator of a new feed: recent_verb or notification [default: [feeds] aggregator]
    #[arg(long, value_name = "NAME")]
    aggregator: Option<String>,
    /// Groups the feed keeps [default: [feeds] aggregated_max_length, 100]
    #[arg(long, value_name = "N")]
    max_length: Option<u64>,
    /// Activities a group keeps [default: [feeds] max_aggregated_activities_length, 15]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_activities: Option<u64>,
    #[command(flatten)]
    dry: DryRun,
}

fn counts_text(c: &ops::FeedCounts) -> String {
    format!(
        "{}, {} unseen, {} unread",
        count(c.groups, "group"),
        c.unseen_count,
        c.unread_count
    )
}

/// Runs one command on the store `feed::run` opened.
pub fn run(
    ctx: &mut Ctx,
    store: &mut Runner,
    policy: &ops::Policy,
    actor: &crate::ops::Actor,
    cmd: AggregatedCommand,
) -> Result<Output> {
    match cmd {
        AggregatedCommand::Add(args) => add_or_put(ctx, store, actor, policy, args, false),
        AggregatedCommand::Put(args) => add_or_put(ctx, store, actor, policy, args, true),
        AggregatedCommand::Slice {
            key,
            start,
            stop,
            all,
        } => {
            let stop = if all { None } else { Some(stop.unwrap_or(25)) };
            let groups = ops::aggregated_slice(store, policy, &key, start, stop)?;
            let mut rows = ctx.printer.records(
                &[
                    "group",
                    "updated_at",
                    "activity_count",
                    "is_seen",
                    "is_read",
                ],
                Shape::Array,
            );
            for g in &groups {
                rows.row(&g.to_json())?;
            }
            rows.finish()?;
            Ok(Output::Nothing)
        }
        AggregatedCommand::Count { key } => {
            let done = ops::aggregated_count(store, &key)?;
            Ok(Output::Report {
                text: format!("{}: {}", done.key, counts_text(&done.counts)),
                doc: to_doc(&done)?,
            })
        }
        AggregatedCommand::Mark {
            key,
            groups,
            all: _,
            seen,
            read,
            unseen,
            unread,
            dry,
        } => {
            let nothing_asked = !(seen || read || unseen || unread);
            let marks = Marks {
                seen: if seen || nothing_asked {
                    Some(true)
                } else if unseen {
                    Some(false)
                } else {
                    None
                },
                read: if read {
                    Some(true)
                } else if unread {
                    Some(false)
                } else {
                    None
                },
            };
            let req = ops::AggregatedMark {
                key,
                groups,
                marks,
                dry_run: dry.dry_run,
            };
            let done = ops::aggregated_mark(store, actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "{}: {} marked; {}{}",
                    done.key,
                    count(done.marked, "group"),
                    counts_text(&done.counts),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        AggregatedCommand::Remove {
            key,
            ids,
            group,
            dry,
        } => {
            let what = if group {
                ops::AggregatedRemoval::Groups(ids)
            } else {
                ops::AggregatedRemoval::Activities(
                    ids.iter()
                        .map(|t| flat::parse_id(t))
                        .collect::<Result<_>>()?,
                )
            };
            let req = ops::AggregatedRemove {
                key,
                what,
                dry_run: dry.dry_run,
            };
            let done = ops::aggregated_remove(store, actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "{}: {} removed, {} missing; {}{}",
                    done.key,
                    count(done.removed, if group { "group" } else { "activity" }),
                    done.missing.len(),
                    counts_text(&done.counts),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        AggregatedCommand::Trim { key, length, dry } => {
            let done = ops::aggregated_trim(store, actor, &key, length, dry.dry_run)?;
            Ok(Output::Report {
                text: format!(
                    "{}: {} removed; {}{}",
                    done.key,
                    count(done.removed, "group"),
                    counts_text(&done.counts),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        AggregatedCommand::Delete { key, dry } => {
            let done = ops::aggregated_delete(store, actor, &key, dry.dry_run)?;
            Ok(Output::Report {
                text: if done.deleted {
                    format!(
                        "{}: deleted ({}){}",
                        done.key,
                        count(done.groups, "group"),
                        dry.note()
                    )
                } else {
                    format!(
                        "{}: no such aggregated feed; nothing to delete{}",
                        done.key,
                        dry.note()
                    )
                },
                doc: to_doc(&done)?,
            })
        }
    }
}

fn add_or_put(
    ctx: &mut Ctx,
    store: &mut Runner,
    actor: &crate::ops::Actor,
    policy: &ops::Policy,
    args: AddArgs,
    whole_groups: bool,
) -> Result<Output> {
    let mut reader = records(ctx, args.input.as_deref())?;
    let req = ops::AggregatedAdd {
        key: args.key,
        grouping: ops::Grouping {
            aggregator: args.aggregator,
            max_length: args.max_length,
            max_activities: args.max_activities,
        },
        dry_run: args.dry.dry_run,
    };
    let done = if whole_groups {
        ops::aggregated_put(store, actor, policy, &req, &mut reader.records)?
    } else {
        ops::aggregated_add(store, actor, policy, &req, &mut reader.records)?
    };
    reader.progress.finish();
    Ok(Output::Report {
        text: format!(
            "{}: {} added, {}, {} new and {} changed groups, {} trimmed; {}{}",
            done.key,
            count(done.added, "activity"),
            count(done.duplicates, "duplicate"),
            done.new_groups.len(),
            done.changed_groups.len(),
            done.trimmed,
            counts_text(&done.counts),
            args.dry.note()
        ),
        doc: to_doc(&done)?,
    })
}
