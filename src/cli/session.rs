//! `storectl session`: Triggers workflow sessions.

mod run;

use crate::output::to_doc;
use std::path::PathBuf;

use clap::Subcommand;
use serde_json::{json, Map, Value};

use super::{Ctx, DryRun, Runner};
use crate::error::{Error, Result};
use crate::faces::sessions::{self as face, InstanceFilter};
use crate::input;
use crate::ops::sessions as ops;
use crate::output::{Output, Shape};
use crate::plural::count;
use crate::timestamp::parse_duration_us;

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Sessions with task, instance and unresolved counts
    List,
    /// The whole session document
    Show {
        /// Session uid
        uid: String,
    },
    /// Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session
    Configure {
        /// Session uid
        uid: String,
        /// JSON object of task configs (- or nothing for stdin)
        input: Option<PathBuf>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Task configs (--unresolved: without an instance yet, or with an unresolved one)
    Tasks {
        /// Session uid
        uid: String,
        #[arg(long)]
        unresolved: bool,
    },
    /// Instances, filtered
    Instances {
        /// Session uid
        uid: String,
        /// Only this task's
        #[arg(long)]
        task: Option<String>,
        /// Only unresolved ones (not finished, abandoned, skipped or replayed)
        #[arg(long)]
        unresolved: bool,
        /// Only those whose logs need attention
        #[arg(long)]
        unresolved_logs: bool,
        /// Only this status
        #[arg(long)]
        status: Option<String>,
    },
    /// One instance
    Instance {
        /// Session uid
        uid: String,
        /// Instance name, e.g. task#0
        name: String,
    },
    /// A new unstarted instance of TASK
    CreateInstance {
        /// Session uid
        uid: String,
        /// Task name
        task: String,
        /// The instance's kwargs: {trigger: kwargs}
        #[arg(long, value_name = "JSON")]
        kwargs: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// A copy of an instance (next number, unstarted, metadata {depth, parent})
    CloneInstance {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Fire a trigger: create and apply to instances, abandon, schedule what became ready
    Fire {
        /// Session uid
        uid: String,
        /// Trigger name
        trigger: String,
        /// The trigger's kwargs (a JSON object; default {})
        #[arg(long, value_name = "JSON")]
        kwargs: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Set any status; optionally merge metadata and cascade (fire the task's name)
    Status {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        /// New status (any string)
        status: String,
        /// Metadata to merge (a JSON object)
        #[arg(long, value_name = "JSON")]
        metadata: Option<String>,
        /// Fire the task's name with --result
        #[arg(long)]
        cascade: bool,
        /// The cascade's kwargs (default {})
        #[arg(long, value_name = "JSON", requires = "cascade")]
        result: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Finish an instance with a result, then cascade (fire the task's name with it)
    Finish {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        /// The result (JSON; default {})
        #[arg(long, value_name = "JSON")]
        result: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Mark an instance failed
    Fail {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        /// The error message
        #[arg(long, default_value = "failed")]
        error: String,
        /// Log level (40 = error: listed by --unresolved-logs)
        #[arg(long, default_value_t = 40)]
        log_level: i64,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Replay a failed instance: it becomes replayed and a scheduled clone replaces it
    Replay {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        /// Replace the clone's kwargs wholesale ({} = none)
        #[arg(long, value_name = "JSON")]
        kwargs: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Skip a failed instance; --cascade fires the task's name with --result
    Skip {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        #[arg(long)]
        cascade: bool,
        /// The cascade's kwargs (default {})
        #[arg(long, value_name = "JSON", requires = "cascade")]
        result: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Merge metadata into an instance (shallow)
    Metadata {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        /// A JSON object to merge into the instance's metadata
        #[arg(value_name = "JSON")]
        metadata: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Mark an instance's logs as looked at
    ResolveLogs {
        /// Session uid
        uid: String,
        /// Instance name
        name: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// The session document {tasks, instances, metas} (the seed's stored shape, plus uid)
    Export {
        /// Session uid
        uid: String,
    },
    /// Store a session document (every instance's task must exist; nothing is stored otherwise)
    Import {
        /// Input (- or nothing for stdin)
        input: Option<PathBuf>,
        /// The uid to store it under (default: the document's "uid")
        #[arg(long)]
        uid: Option<String>,
        /// Replace a session that exists
        #[arg(long)]
        replace: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Delete a session
    Delete {
        /// Session uid
        uid: String,
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Delete every session (a session another owner has locked refuses it: exit 75)
    Flush {
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Delete sessions not modified for DURATION (e.g. 7d)
    Gc {
        /// Idle time, 0 to 36500d (100 years), e.g. 300s, 12h, 7d
        #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
        idle: String,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Run scheduled instances with CMD until nothing is scheduled (a local runner)
    #[command(
        long_about = "Run scheduled instances with CMD (by sh -c) until nothing is scheduled.\n\n\
                             CMD gets the instance's trigger_kwargs as JSON on stdin and STORECTL_SESSION, \
                             STORECTL_INSTANCE and STORECTL_TASK in its environment. Exit 0 with a JSON \
                             object on stdout finishes the instance with that result (and cascades); \
                             anything else fails it with the error.\n\n\
                             Each instance runs once, however many runners share the store: a runner \
                             claims an instance (scheduled -> running, a compare-and-set) before it runs \
                             it, passes over instances another runner claimed, and records an outcome \
                             only while it still holds the claim, which it renews while CMD runs. A runner \
                             that dies leaves its instance running; --reclaim-after lets a later runner \
                             take such a claim over."
    )]
    Run {
        /// Session uid
        uid: String,
        /// The command to run for each scheduled instance
        #[arg(long)]
        command: String,
        /// Stop after N runs (guards against workflows that never settle): the runs made are
        /// printed, with "stopped_at_max_runs": true, and the exit is 4
        #[arg(long, default_value_t = 10_000)]
        max_runs: u64,
        /// Take over a running instance whose claim its runner last renewed longer ago than
        /// DURATION (e.g. 1m): a runner that died. Runners renew their claims every 10 s while
        /// CMD runs, so 30s or more takes over only from dead or hung runners [default: never]
        #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
        reclaim_after: Option<String>,
    },
}

fn parse_object(text: Option<&str>, what: &str) -> Result<Map<String, Value>> {
    match text {
        None => Ok(Map::new()),
        Some(t) => match crate::exact_json::from_str(t) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(Error::bad_input(format!("{what} must be a JSON object"))),
            Err(e) => Err(Error::bad_input(format!(
                "{what} is not valid JSON (at {}): {}",
                input::position(&e),
                input::serde_message(&e)
            ))),
        },
    }
}

/// An optional JSON-object flag: `None` when not given.
fn parse_optional_object(text: Option<&str>, what: &str) -> Result<Option<Map<String, Value>>> {
    text.map(|t| parse_object(Some(t), what)).transpose()
}

fn parse_value(text: Option<&str>, what: &str) -> Result<Value> {
    match text {
        None => Ok(json!({})),
        Some(t) => crate::exact_json::from_str(t).map_err(|e| {
            Error::bad_input(format!(
                "{what} is not valid JSON (at {}): {}",
                input::position(&e),
                input::serde_message(&e)
            ))
        }),
    }
}

/// `--result` of a cascade: `None` without `--cascade`.
fn cascade_result(cascade: bool, result: Option<&str>) -> Result<Option<Value>> {
    cascade.then(|| parse_value(result, "--result")).transpose()
}

fn fired_text(f: &face::Fired) -> String {
    let mut text = format!("fired {:?}", f.trigger);
    for name in &f.created {
        text.push_str(&format!("\n  created {name}"));
    }
    for name in &f.abandoned {
        text.push_str(&format!("\n  abandoned {name}"));
    }
    for r in &f.ready {
        text.push_str(&format!("\n  scheduled {} (run {})", r.instance, r.run));
    }
    text
}

fn changed_output(done: ops::Changed) -> Result<Output> {
    let c = &done.changed;
    let mut text = format!("{}: {}", c.instance, c.status);
    if let Some(clone) = &c.clone {
        text.push_str(&format!("\n  clone {} scheduled", clone.instance));
    }
    if let Some(f) = &c.cascade {
        text.push('\n');
        text.push_str(&fired_text(f));
    }
    Ok(Output::Report {
        doc: to_doc(&done)?,
        text,
    })
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: SessionCommand) -> Result<Output> {
    store.open(&ctx.settings)?;
    let actor = ctx.actor();
    match cmd {
        SessionCommand::List => {
            let mut records = ctx.printer.records(
                &["uid", "tasks", "instances", "unresolved", "modified"],
                Shape::Array,
            );
            ops::list(store, &mut |s| records.row(&to_doc(&s)?))?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        SessionCommand::Show { uid } | SessionCommand::Export { uid } => {
            Ok(Output::Doc(ops::export(store, &uid)?))
        }
        SessionCommand::Configure {
            uid,
            input: path,
            dry,
        } => {
            let doc = input::read_document(ctx.open_input(path.as_deref())?)?;
            let req = ops::Configure {
                uid,
                doc,
                dry_run: dry.dry_run,
            };
            let done = ops::configure(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "session {:?}: {} configured",
                    done.uid,
                    count(done.configured.len(), "task")
                ),
                doc: to_doc(&done)?,
            })
        }
        SessionCommand::Tasks { uid, unresolved } => {
            let tasks = ops::tasks(store, &ops::Tasks { uid, unresolved })?;
            let mut records = ctx
                .printer
                .records(&["name", "after", "run", "unresolved"], Shape::Array);
            for task in &tasks {
                records.row(&to_doc(task)?)?;
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        SessionCommand::Instances {
            uid,
            task,
            unresolved,
            unresolved_logs,
            status,
        } => {
            let req = ops::Instances {
                uid,
                filter: InstanceFilter {
                    task,
                    unresolved,
                    unresolved_logs,
                    status,
                },
            };
            let found = ops::instances(store, &req)?;
            let mut records = ctx
                .printer
                .records(&["name", "task", "status"], Shape::Array);
            for i in &found {
                records.row(&to_doc(i)?)?;
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        SessionCommand::Instance { uid, name } => {
            Ok(Output::Doc(to_doc(&ops::instance(store, &uid, &name)?)?))
        }
        SessionCommand::CreateInstance {
            uid,
            task,
            kwargs,
            dry,
        } => {
            let req = ops::CreateInstance {
                uid,
                task,
                kwargs: parse_optional_object(kwargs.as_deref(), "--kwargs")?,
                dry_run: dry.dry_run,
            };
            let created = ops::create_instance(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("{} created", created.name),
                doc: to_doc(&created)?,
            })
        }
        SessionCommand::CloneInstance { uid, name, dry } => {
            let req = ops::CloneInstance {
                uid,
                name,
                dry_run: dry.dry_run,
            };
            let clone = ops::clone_instance(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("{} cloned as {}", req.name, clone.name),
                doc: to_doc(&clone)?,
            })
        }
        SessionCommand::Fire {
            uid,
            trigger,
            kwargs,
            dry,
        } => {
            let req = ops::Fire {
                uid,
                trigger,
                kwargs: Value::Object(parse_object(kwargs.as_deref(), "--kwargs")?),
                dry_run: dry.dry_run,
            };
            let fired = ops::fire(store, &actor, &req)?;
            Ok(Output::Report {
                text: fired_text(&fired.fired),
                doc: to_doc(&fired)?,
            })
        }
        SessionCommand::Status {
            uid,
            name,
            status,
            metadata,
            cascade,
            result,
            dry,
        } => {
            let req = ops::SetStatus {
                uid,
                name,
                status,
                metadata: parse_optional_object(metadata.as_deref(), "--metadata")?,
                cascade: cascade_result(cascade, result.as_deref())?,
                dry_run: dry.dry_run,
            };
            changed_output(ops::set_status(store, &actor, &req)?)
        }
        SessionCommand::Finish {
            uid,
            name,
            result,
            dry,
        } => {
            let req = ops::Finish {
                uid,
                name,
                result: parse_value(result.as_deref(), "--result")?,
                dry_run: dry.dry_run,
            };
            changed_output(ops::finish(store, &actor, &req)?)
        }
        SessionCommand::Fail {
            uid,
            name,
            error,
            log_level,
            dry,
        } => {
            let req = ops::Fail {
                uid,
                name,
                error,
                log_level,
                dry_run: dry.dry_run,
            };
            changed_output(ops::fail(store, &actor, &req)?)
        }
        SessionCommand::Replay {
            uid,
            name,
            kwargs,
            dry,
        } => {
            let req = ops::Replay {
                uid,
                name,
                kwargs: parse_optional_object(kwargs.as_deref(), "--kwargs")?,
                dry_run: dry.dry_run,
            };
            changed_output(ops::replay(store, &actor, &req)?)
        }
        SessionCommand::Skip {
            uid,
            name,
            cascade,
            result,
            dry,
        } => {
            let req = ops::Skip {
                uid,
                name,
                cascade: cascade_result(cascade, result.as_deref())?,
                dry_run: dry.dry_run,
            };
            changed_output(ops::skip(store, &actor, &req)?)
        }
        SessionCommand::Metadata {
            uid,
            name,
            metadata: text,
            dry,
        } => {
            let req = ops::UpdateMetadata {
                uid,
                name,
                metadata: parse_object(Some(&text), "the metadata")?,
                dry_run: dry.dry_run,
            };
            Ok(Output::Doc(to_doc(&ops::update_metadata(
                store, &actor, &req,
            )?)?))
        }
        SessionCommand::ResolveLogs { uid, name, dry } => {
            let req = ops::ResolveLogs {
                uid,
                name,
                dry_run: dry.dry_run,
            };
            Ok(Output::Doc(to_doc(&ops::resolve_logs(
                store, &actor, &req,
            )?)?))
        }
        SessionCommand::Import {
            input: path,
            uid,
            replace,
            dry,
        } => {
            let req = ops::Import {
                doc: input::read_document(ctx.open_input(path.as_deref())?)?,
                uid,
                replace,
                dry_run: dry.dry_run,
            };
            let done = ops::import(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!(
                    "session {:?} imported: {}, {}",
                    done.uid,
                    count(done.tasks, "task"),
                    count(done.instances, "instance")
                ),
                doc: to_doc(&done)?,
            })
        }
        SessionCommand::Delete { uid, yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(yes, &format!("Delete session {uid:?}?"))?;
            }
            let req = ops::Delete {
                uid,
                dry_run: dry.dry_run,
            };
            let done = ops::delete(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("session {:?} deleted", done.uid),
                doc: to_doc(&done)?,
            })
        }
        SessionCommand::Flush { yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(yes, "Delete every session?")?;
            }
            let done = ops::flush(
                store,
                &actor,
                &ops::Flush {
                    dry_run: dry.dry_run,
                },
            )?;
            Ok(Output::Report {
                text: format!("{} deleted", count(done.deleted.len(), "session")),
                doc: to_doc(&done)?,
            })
        }
        SessionCommand::Gc { idle, dry } => {
            let req = ops::Gc {
                idle_us: parse_duration_us(&idle, "--idle")?,
                dry_run: dry.dry_run,
            };
            let done = ops::gc(store, &actor, &req)?;
            Ok(Output::Report {
                text: format!("{} deleted", count(done.deleted.len(), "idle session")),
                doc: to_doc(&done)?,
            })
        }
        SessionCommand::Run {
            uid,
            command,
            max_runs,
            reclaim_after,
        } => run::run(ctx, store, &actor, uid, command, max_runs, reclaim_after),
    }
}
