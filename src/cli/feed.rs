//! `storectl feed`: activity storage and sorted timelines (Stream Framework storage).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::feeds::{self as face, Activity, AddMany, Caps, SliceQuery, Verbs};
use crate::faces::locks::Actor;
use crate::input::{self, RecordReader};
use crate::output::{Output, Progress, Shape, Unit};
use crate::plural::count;
use crate::timestamp::now_us;

const ID_HELP: &str =
    "Ids are 26-digit decimal strings (epoch_ms, object in 10 digits, verb in 3), compared \
                       as exact integers.";

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
                             \"object\", \"target\"?, \"time\"?, \"extra_context\"?, \"id\"?}. Activities \
                             with the same id collapse (the later wins in activity storage); ids \
                             already in a timeline stay. One transaction, or --batch-size N."
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
    /// When (RFC 3339 or epoch milliseconds; default now)
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
    /// Print activities by id (unknown ids under "missing"; exit 3 if none is found)
    Get {
        /// Activity ids
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Store activities (NDJSON, an array, or one object) without adding them to any timeline
    Add {
        /// Input file (- or nothing for stdin)
        input: Option<PathBuf>,
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
}

fn ids(texts: &[String]) -> Result<Vec<crate::engine::feeds::FeedId>> {
    texts.iter().map(|t| face::parse_id(t)).collect()
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: FeedCommand) -> Result<Output> {
    let user = ctx.settings.user.clone();
    let actor = Actor {
        user: user.as_deref(),
        now_us: now_us(),
    };
    let verbs = Verbs::new(&ctx.settings.feeds.verbs)?;
    let caps = Caps {
        default: ctx.settings.feeds.max_length,
        by_prefix: ctx.settings.feeds.max_length_by_prefix.clone(),
    };
    store.open(&ctx.settings)?;
    let now_ms = now_us().div_euclid(1000);
    match cmd {
        FeedCommand::Add(args) => {
            let time_ms = match &args.time {
                Some(t) => face::parse_time_ms(t)?,
                None => now_ms,
            };
            let extra = match &args.extra {
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
            let activity = Activity::new(
                args.actor,
                verbs.parse(&args.verb)?,
                args.object,
                args.target,
                time_ms,
                extra,
            )?;
            store.write(args.dry.dry_run, |tx| {
                face::add(tx, actor, &args.keys, &activity, &caps)
            })?;
            let id = face::format_id(activity.id);
            Ok(Output::Report {
                text: format!("{id}{}", args.dry.note()),
                doc: json!({"id": id, "keys": args.keys, "activity": activity.to_json(&verbs), "dry_run": args.dry.dry_run}),
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
            let reader = RecordReader::new(ctx.open_input(source.as_deref())?);
            let totals = add_many_in_batches(
                ctx,
                store,
                reader,
                batch_size,
                dry,
                |tx, reader, chunk, totals| {
                    face::add_many(
                        tx, actor, &keys, reader, &verbs, &caps, chunk, totals, now_ms,
                    )
                },
            )?;
            Ok(Output::Report {
                text: keys
                    .iter()
                    .map(|k| {
                        let added = totals.added.get(k).copied().unwrap_or(0);
                        format!(
                            "{k}: {added} added, {}{}",
                            count(totals.records - added, "duplicate"),
                            dry.note()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                doc: totals.to_json(&keys, dry.dry_run),
            })
        }
        FeedCommand::Slice(args) => {
            let parse = |o: &Option<String>| o.as_deref().map(face::parse_id).transpose();
            let query = SliceQuery {
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
            };
            let entries = store.read(|tx| face::slice(tx.feeds()?, &args.key, &query))?;
            let columns: &[&'static str] = if args.ids_only {
                &["id"]
            } else {
                &["id", "actor", "verb", "object", "target", "time"]
            };
            let mut records = ctx.printer.records(columns, Shape::Array);
            for entry in &entries {
                if args.ids_only {
                    records.row(&Value::String(face::format_id(entry.id())))?;
                } else {
                    records.row(&entry.to_json(&verbs))?;
                }
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        FeedCommand::Count { key } => Ok(Output::Doc(json!(
            store.read(|tx| face::count(tx.feeds()?, &key))?
        ))),
        FeedCommand::IndexOf { key, id } => {
            let id = face::parse_id(&id)?;
            Ok(Output::Doc(json!(store.read(|tx| face::index_of(
                tx.feeds()?,
                &key,
                id
            ))?)))
        }
        FeedCommand::Contains { key, id } => {
            let id = face::parse_id(&id)?;
            Ok(Output::Doc(json!(store.read(|tx| face::contains(
                tx.feeds()?,
                &key,
                id
            ))?)))
        }
        FeedCommand::Remove {
            key,
            ids: texts,
            dry,
        } => {
            let ids = ids(&texts)?;
            let removed = store.write(dry.dry_run, |tx| face::remove(tx, actor, &key, &ids))?;
            Ok(Output::Report {
                text: format!("{key}: {removed} removed{}", dry.note()),
                doc: json!({"key": key, "removed": removed, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Trim { key, length, dry } => {
            let removed = store.write(dry.dry_run, |tx| face::trim(tx, actor, &key, length))?;
            Ok(Output::Report {
                text: format!(
                    "{key}: {removed} removed, at most {length} kept{}",
                    dry.note()
                ),
                doc: json!({"key": key, "removed": removed, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Delete { key, dry } => {
            let entries = store.write(dry.dry_run, |tx| face::delete(tx, actor, &key))?;
            Ok(Output::Report {
                text: format!("{key}: deleted ({}){}", count(entries, "entry"), dry.note()),
                doc: json!({"key": key, "deleted": true, "entries": entries, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Keys { prefix } => {
            store.read(|tx| {
                let mut records = ctx.printer.records(&["key", "entries"], Shape::Array);
                face::keys(tx.feeds()?, prefix.as_deref().unwrap_or(""), &mut |t| {
                    records.row(&json!({"key": t.key, "entries": t.entries}))
                })?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        FeedCommand::Activity(ActivityCommand::Get { ids: texts }) => {
            let ids = ids(&texts)?;
            let (found, missing) = store.read(|tx| face::get_activities(tx.feeds()?, &ids))?;
            let doc = json!({
                "activities": found.iter().map(|a| a.to_json(&verbs)).collect::<Vec<_>>(),
                "missing": missing.iter().map(|id| face::format_id(*id)).collect::<Vec<_>>(),
            });
            if !found.is_empty() {
                return Ok(Output::Doc(doc));
            }
            ctx.printer.print(Output::Doc(doc))?;
            Err(Error::not_found(match texts.as_slice() {
                [one] => format!("activity {one} was not found"),
                _ => format!("none of the {} was found", count(ids.len(), "activity")),
            }))
        }
        FeedCommand::Activity(ActivityCommand::Add { input: path, dry }) => {
            let reader = RecordReader::new(ctx.open_input(path.as_deref())?);
            let totals = add_many_in_batches(
                ctx,
                store,
                reader,
                None,
                dry,
                |tx, reader, chunk, totals| {
                    face::add_many(tx, actor, &[], reader, &verbs, &caps, chunk, totals, now_ms)
                },
            )?;
            Ok(Output::Report {
                text: format!("{} stored{}", count(totals.records, "activity"), dry.note()),
                doc: json!({"records": totals.records, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Activity(ActivityCommand::Remove { ids: texts, dry }) => {
            let ids = ids(&texts)?;
            let removed =
                store.write(dry.dry_run, |tx| face::remove_activities(tx, actor, &ids))?;
            Ok(Output::Report {
                text: format!("{} removed{}", count(removed, "activity"), dry.note()),
                doc: json!({"removed": removed, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Follow {
            follower,
            source,
            limit,
            dry,
        } => {
            let added = store.write(dry.dry_run, |tx| {
                face::follow(tx, actor, &follower, &source, limit, &caps)
            })?;
            Ok(Output::Report {
                text: format!(
                    "{follower} follows {source}: {} added{}",
                    count(added, "entry"),
                    dry.note()
                ),
                doc: json!({"follower": follower, "source": source, "added": added, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Unfollow {
            follower,
            actors,
            dry,
        } => {
            let removed = store.write(dry.dry_run, |tx| {
                face::unfollow(tx, actor, &follower, &actors)
            })?;
            Ok(Output::Report {
                text: format!(
                    "{follower}: {} removed{}",
                    count(removed, "entry"),
                    dry.note()
                ),
                doc: json!({"follower": follower, "removed": removed, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Gc { dry } => {
            let removed = store.write(dry.dry_run, |tx| face::gc(tx, actor))?;
            Ok(Output::Report {
                text: format!(
                    "{} removed{}",
                    count(removed, "unreferenced activity"),
                    dry.note()
                ),
                doc: json!({"removed": removed, "dry_run": dry.dry_run}),
            })
        }
        FeedCommand::Flush { yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(yes, "Remove every timeline and every activity?")?;
            }
            let (timelines, activities) = store.write(dry.dry_run, |tx| face::flush(tx, actor))?;
            Ok(Output::Report {
                text: format!(
                    "{} and {} removed{}",
                    count(timelines, "timeline"),
                    count(activities, "activity"),
                    dry.note()
                ),
                doc: json!({"timelines": timelines, "activities": activities, "dry_run": dry.dry_run}),
            })
        }
    }
}

/// Runs a streaming add in one transaction, or in `--batch-size` chunks, naming what committed
/// when a later chunk fails.
fn add_many_in_batches(
    ctx: &Ctx,
    store: &mut Runner,
    mut reader: RecordReader,
    batch_size: Option<u64>,
    dry: DryRun,
    mut chunk: impl FnMut(
        &mut dyn crate::engine::Transaction,
        &mut RecordReader,
        Option<u64>,
        &mut AddMany,
    ) -> Result<bool>,
) -> Result<AddMany> {
    let progress = Progress::new(
        &ctx.settings,
        reader.size(),
        "adding activities",
        Unit::Bytes,
    );
    reader.observe(progress.observer());
    let mut totals = AddMany::default();
    crate::ops::write_in_chunks(
        store,
        dry.dry_run,
        batch_size,
        &mut reader,
        &mut totals,
        &mut chunk,
        |e, committed| match committed {
            0 => e.context("stopped; nothing was stored"),
            n => e.context(format!(
                "stopped; {} committed in earlier batches",
                count(n, "record")
            )),
        },
    )?;
    progress.finish();
    Ok(totals)
}
