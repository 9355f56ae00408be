//! `storectl feed`: activity storage and sorted timelines (Stream Framework storage).

use crate::output::to_doc;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

use super::{Ctx, DryRun, Runner};
use crate::engine::feeds::FeedId;
use crate::error::{Error, Result};
use crate::faces::feeds::{self as face, SliceQuery};
use crate::input::{self, RecordReader};
use crate::ops::feeds as ops;
use crate::output::{Output, Progress, Shape, Unit};
use crate::plural::count;

const ID_HELP: &str =
    "Ids are decimal integers, compared exactly: by default 26 digits (epoch_ms, object in 10 \
     digits, verb in 3); an application's own activity class may use any non-negative integer.";

#[derive(Debug, Subcommand)]
pub enum FeedCommand {
    /// Store an activity once and add it to every KEY's timeline (fan-out), in one transaction
    #[command(
        after_help = "Example:\n  storectl feed add user:1 follower:2 follower:3 --actor 1 --verb love --object 100\n\n\
                            Prints the activity's id: epoch_ms, then object in 10 digits, then verb in 3."
    )]
    Add(AddArgs),
    /// Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY
    #[command(
        long_about = "Add many activities to activity storage and to every KEY's timeline.\n\n\
                             Input: --from FILE, or a last argument that is - or an existing file, \
                             or else stdin; NDJSON, a JSON array or one object of {\"actor\", \"verb\", \
                             \"object\", \"target\"?, \"time\"?, \"extra_context\"?, \"id\"?}. \
                             \"time\" is RFC 3339 to the microsecond (without an offset: UTC) or \
                             epoch milliseconds. A given \"id\" is kept exactly (any non-negative \
                             integer: an application's own serialization_id). A record of only \
                             {\"id\"} adds that id to the timelines without touching activity \
                             storage (its activity may be stored before, after, or never). \
                             Activities with the same id collapse (the later wins in activity \
                             storage); ids already in a timeline stay. One transaction, or \
                             --batch-size N."
    )]
    AddMany {
        /// Feed keys (and optionally, last, the input file or -)
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
        /// Read activities from FILE (- for stdin)
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        /// Commit every N records instead of once at the end
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        batch_size: Option<u64>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// A page of a timeline, newest first: filters, then Python slice bounds
    #[command(after_help = ID_HELP)]
    Slice(SliceArgs),
    /// Number of entries in a timeline (0 when it does not exist)
    Count {
        /// Feed key
        key: String,
    },
    /// 0-based rank of an id, newest first (exit 3 when absent)
    IndexOf {
        /// Feed key
        key: String,
        /// Activity id
        id: String,
    },
    /// Whether a timeline holds an id (prints true or false; exit 0 either way)
    Contains {
        /// Feed key
        key: String,
        /// Activity id
        id: String,
    },
    /// Remove ids from a timeline (absent ids are ignored)
    Remove {
        /// Feed key
        key: String,
        /// Activity ids
        #[arg(required = true)]
        ids: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Keep only the LENGTH newest entries (one range delete)
    Trim {
        /// Feed key
        key: String,
        /// Entries to keep; 0 empties the timeline
        length: u64,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove a timeline (its activities stay in activity storage)
    Delete {
        /// Feed key
        key: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Timelines with their entry counts
    Keys {
        /// Only keys starting with P
        #[arg(long, value_name = "P")]
        prefix: Option<String>,
    },
    /// The activity storage: get, add, remove
    #[command(subcommand)]
    Activity(ActivityCommand),
    /// Aggregated and notification feeds: activities grouped by verb and day (or verb, object
    /// and day), with seen and read marks
    #[command(subcommand)]
    Aggregated(super::feed_aggregated::AggregatedCommand),
    /// Copy the newest LIMIT ids of SOURCE into FOLLOWER's timeline
    Follow {
        /// The following feed
        follower: String,
        /// The followed feed
        source: String,
        /// How many of the newest entries to copy
        #[arg(long, default_value_t = 5000)]
        limit: u64,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove from FOLLOWER every entry whose activity's actor is one of --actor
    Unfollow {
        /// The following feed
        follower: String,
        /// Actors to remove (repeatable)
        #[arg(
            long = "actor",
            required = true,
            value_name = "A",
            allow_negative_numbers = true
        )]
        actors: Vec<i64>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove activities that no timeline references
    Gc {
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove every timeline and every activity
    Flush {
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Feed keys, e.g. user_feed:42
    #[arg(required = true, value_name = "KEY")]
    keys: Vec<String>,
    /// The actor (an integer)
    #[arg(long, allow_negative_numbers = true)]
    actor: i64,
    /// Verb id (0-999) or name (follow, comment, love, add, or [feeds.verbs])
    #[arg(long)]
    verb: String,
    /// The object (0 <= object < 10^10)
    #[arg(long)]
    object: u64,
    /// The target (an integer)
    #[arg(long, allow_negative_numbers = true)]
    target: Option<i64>,
    /// When: RFC 3339 to the microsecond (without an offset: UTC), or epoch milliseconds;
    /// default now
    #[arg(long)]
    time: Option<String>,
    /// extra_context: a JSON object
    #[arg(long, value_name = "JSON")]
    extra: Option<String>,
    #[command(flatten)]
    dry: DryRun,
}

#[derive(Debug, Args)]
pub struct SliceArgs {
    /// Feed key
    key: String,
    /// Python slice start on the filtered order (negative counts from the end)
    #[arg(long, allow_negative_numbers = true)]
    start: Option<i64>,
    /// Python slice stop (negative counts from the end) [default: 25]
    #[arg(long, allow_negative_numbers = true, conflicts_with = "all")]
    stop: Option<i64>,
    /// No stop: everything from --start on
    #[arg(long)]
    all: bool,
    /// Only ids greater than ID
    #[arg(long, value_name = "ID")]
    gt: Option<String>,
    /// Only ids greater than or equal to ID
    #[arg(long, value_name = "ID")]
    gte: Option<String>,
    /// Only ids less than ID
    #[arg(long, value_name = "ID")]
    lt: Option<String>,
    /// Only ids less than or equal to ID
    #[arg(long, value_name = "ID")]
    lte: Option<String>,
    /// Oldest first
    #[arg(long)]
    asc: bool,
    /// Continue after this id (keyset paging: no OFFSET scan)
    #[arg(long, value_name = "ID")]
    after: Option<String>,
    /// Print ids only, not the activities
    #[arg(long)]
    ids_only: bool,
}

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none
    /// is found)
    Get {
        /// Activity ids
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Store activities (NDJSON, an array, or one object) without adding them to any timeline;
    /// prints how many records were read and how many activities were new
    Add {
        /// Input file (- or nothing for stdin)
        input: Option<PathBuf>,
        /// Commit every N records instead of once at the end
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        batch_size: Option<u64>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Remove activities from activity storage (timelines keep their ids: slices show them missing)
    Remove {
        /// Activity ids
        #[arg(required = true)]
        ids: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// List activity storage by id, ascending (NDJSON with --format ndjson)
    List {
        /// Start after this id (keyset paging)
        #[arg(long, value_name = "ID")]
        after: Option<String>,
        /// At most N activities
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Remove every activity from activity storage; timelines keep their ids (slices show them
    /// missing). Stream Framework's activity storage flush
    Flush {
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
}

fn ids(texts: &[String]) -> Result<Vec<FeedId>> {
    texts.iter().map(|t| face::parse_id(t)).collect()
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: FeedCommand) -> Result<Output> {
    let policy = ops::Policy::from_settings(&ctx.settings)?;
    store.open(&ctx.settings)?;
    let actor = ctx.actor();
    match cmd {
        FeedCommand::Aggregated(cmd) => {
            super::feed_aggregated::run(ctx, store, &policy, &actor, cmd)
        }
        FeedCommand::Add(args) => {
            let time_us = args.time.as_deref().map(face::parse_time_us).transpose()?;
            let extra_context = match &args.extra {
                None => Map::new(),
                Some(text) => match crate::exact_json::from_str(text) {
                    Ok(Value::Object(map)) => map,
                    Ok(_) => return Err(Error::bad_input("--extra must be a JSON object")),
                    Err(e) => {
                        return Err(Error::bad_input(format!(
                            "--extra is not valid JSON (at {}): {}",
                            input::position(&e),
                            input::serde_message(&e)
                        )))
                    }
                },
            };
            let req = ops::Add {
                keys: args.keys,
                actor: args.actor,
                verb: args.verb,
                object: args.object,
                target: args.target,
                time_us,
                extra_context,
                dry_run: args.dry.dry_run,
            };
            let done = ops::add(store, &actor, &policy, &req)?;
            Ok(Output::Report {
                text: format!("{}{}", done.id, args.dry.note()),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::AddMany {
            mut keys,
            from,
            batch_size,
            dry,
        } => {
            let source = match from {
                Some(path) => Some(path),
                None if keys.len() > 1 => {
                    let last = PathBuf::from(keys.last().expect("more than one"));
                    if last.as_os_str() == "-" || last.is_file() {
                        keys.pop();
                        Some(last)
                    } else {
                        None
                    }
                }
                None => None,
            };
            let mut reader = records(ctx, source.as_deref())?;
            let req = ops::AddMany {
                keys,
                batch_size,
                dry_run: dry.dry_run,
            };
            let done = ops::add_many(store, &actor, &policy, &req, &mut reader.records)?;
            reader.progress.finish();
            Ok(Output::Report {
                // A line per key as given (a key given twice, twice).
                text: req
                    .keys
                    .iter()
                    .map(|k| {
                        let totals = done.keys.get(k).copied().unwrap_or(ops::KeyTotals {
                            added: 0,
                            duplicates: done.records,
                            trimmed: 0,
                        });
                        format!(
                            "{k}: {} added, {}{}",
                            totals.added,
                            count(totals.duplicates, "duplicate"),
                            dry.note()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Slice(args) => {
            let parse = |o: &Option<String>| o.as_deref().map(face::parse_id).transpose();
            let req = ops::Slice {
                key: args.key,
                query: SliceQuery {
                    start: args.start,
                    stop: if args.all {
                        None
                    } else {
                        Some(args.stop.unwrap_or(25))
                    },
                    gt: parse(&args.gt)?,
                    gte: parse(&args.gte)?,
                    lt: parse(&args.lt)?,
                    lte: parse(&args.lte)?,
                    ascending: args.asc,
                    after: parse(&args.after)?,
                },
            };
            let entries = ops::slice(store, &policy, &req)?;
            let columns: &[&'static str] = if args.ids_only {
                &["id"]
            } else {
                &["id", "actor", "verb", "object", "target", "time"]
            };
            let mut records = ctx.printer.records(columns, Shape::Array);
            for entry in &entries {
                if args.ids_only {
                    records.row(&Value::String(entry.id().to_string()))?;
                } else {
                    // Numbers exactly as stored.
                    records.row(&entry.to_json())?;
                }
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        FeedCommand::Count { key } => Ok(Output::Doc(json!(ops::count_entries(store, &key)?))),
        FeedCommand::IndexOf { key, id } => {
            let id = face::parse_id(&id)?;
            Ok(Output::Doc(json!(ops::index_of(store, &key, id)?)))
        }
        FeedCommand::Contains { key, id } => {
            let id = face::parse_id(&id)?;
            Ok(Output::Doc(json!(ops::contains(store, &key, id)?)))
        }
        FeedCommand::Remove {
            key,
            ids: texts,
            dry,
        } => {
            let req = ops::Remove {
                key,
                ids: ids(&texts)?,
                dry_run: dry.dry_run,
            };
            let done = ops::remove(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("{}: {} removed{}", done.key, done.removed, dry.note()),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Trim { key, length, dry } => {
            let req = ops::Trim {
                key,
                length,
                dry_run: dry.dry_run,
            };
            let done = ops::trim(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "{}: {} removed, at most {length} kept{}",
                    done.key,
                    done.removed,
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Delete { key, dry } => {
            let req = ops::Delete {
                key,
                dry_run: dry.dry_run,
            };
            let done = ops::delete(store, &actor, &req)?;
            Ok(Output::Report {
                text: if done.deleted {
                    format!(
                        "{}: deleted ({}){}",
                        done.key,
                        count(done.entries, "entry"),
                        dry.note()
                    )
                } else {
                    format!(
                        "{}: no such feed; nothing to delete{}",
                        done.key,
                        dry.note()
                    )
                },
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Keys { prefix } => {
            let mut records = ctx.printer.records(&["key", "entries"], Shape::Array);
            ops::keys(store, prefix.as_deref().unwrap_or(""), &mut |t| {
                records.row(&to_doc(&t)?)
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        FeedCommand::Activity(ActivityCommand::Get { ids: texts }) => {
            let ids: Vec<(String, FeedId)> = texts
                .iter()
                .map(|t| Ok((t.clone(), face::parse_id(t)?)))
                .collect::<Result<_>>()?;
            let got = ops::get_activities(store, &policy, &ids)?;
            let doc = to_doc(&got)?;
            if !got.activities.is_empty() {
                return Ok(Output::Doc(doc));
            }
            ctx.printer.print(Output::Doc(doc))?;
            Err(Error::not_found(match texts.as_slice() {
                [one] => format!("activity {one} was not found"),
                _ => format!("none of the {} was found", count(ids.len(), "activity")),
            }))
        }
        FeedCommand::Activity(ActivityCommand::Add {
            input: path,
            batch_size,
            dry,
        }) => {
            let mut reader = records(ctx, path.as_deref())?;
            let req = ops::AddActivities {
                batch_size,
                dry_run: dry.dry_run,
            };
            let done = ops::add_activities(store, &actor, &policy, &req, &mut reader.records)?;
            reader.progress.finish();
            Ok(Output::Report {
                text: format!(
                    "{} stored, {} new{}",
                    count(done.records, "activity"),
                    done.new,
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Activity(ActivityCommand::Remove { ids: texts, dry }) => {
            let req = ops::RemoveActivities {
                ids: ids(&texts)?,
                dry_run: dry.dry_run,
            };
            let done = ops::remove_activities(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("{} removed{}", count(done.removed, "activity"), dry.note()),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Activity(ActivityCommand::List { after, limit }) => {
            let after = after.as_deref().map(face::parse_id).transpose()?;
            let mut records = ctx.printer.records(
                &["id", "actor", "verb", "object", "target", "time"],
                Shape::Array,
            );
            ops::list_activities(store, &policy, after, limit, &mut |a| {
                records.row(&a.to_json())
            })?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        FeedCommand::Activity(ActivityCommand::Flush { yes, dry }) => {
            if !dry.dry_run {
                ctx.confirm(yes, "Remove every activity (timelines keep their ids)?")?;
            }
            let done = ops::flush_activities(store, &actor, dry.dry_run)?;
            Ok(Output::Report {
                text: format!("{} removed{}", count(done.removed, "activity"), dry.note()),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Follow {
            follower,
            source,
            limit,
            dry,
        } => {
            let req = ops::Follow {
                follower,
                source,
                limit,
                dry_run: dry.dry_run,
            };
            let done = ops::follow(store, &actor, &policy, &req)?;
            Ok(Output::Report {
                text: format!(
                    "{} follows {}: {} added{}",
                    done.follower,
                    done.source,
                    count(done.added, "entry"),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Unfollow {
            follower,
            actors,
            dry,
        } => {
            let req = ops::Unfollow {
                follower,
                actors,
                dry_run: dry.dry_run,
            };
            let done = ops::unfollow(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "{}: {} removed{}",
                    done.follower,
                    count(done.removed, "entry"),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Gc { dry } => {
            let done = ops::gc(store, &actor, dry.dry_run)?;
            Ok(Output::Report {
                text: format!(
                    "{} removed{}",
                    count(done.removed, "unreferenced activity"),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
        FeedCommand::Flush { yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(yes, "Remove every timeline and every activity?")?;
            }
            let done = ops::flush(store, &actor, dry.dry_run)?;
            Ok(Output::Report {
                text: format!(
                    "{} and {} removed{}",
                    count(done.timelines, "timeline"),
                    count(done.activities, "activity"),
                    dry.note()
                ),
                doc: to_doc(&done)?,
            })
        }
    }
}

/// A streaming add's input, with its progress bar (on stderr, at a terminal).
pub(super) struct Records {
    pub(super) records: RecordReader,
    pub(super) progress: Progress,
}

/// Opens FILE (stdin for `None` and `-`) as records, reporting progress as they are read.
pub(super) fn records(ctx: &Ctx, path: Option<&std::path::Path>) -> Result<Records> {
    let mut records = RecordReader::new(ctx.open_input(path)?);
    let progress = Progress::new(
        &ctx.settings,
        records.size(),
        "adding activities",
        Unit::Bytes,
    );
    records.observe(progress.observer());
    Ok(Records { records, progress })
}
