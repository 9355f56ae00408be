//! `storectl session`: Triggers workflow sessions.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use clap::Subcommand;
use serde_json::{json, Map, Value};

use super::{Ctx, DryRun, Runner};
use crate::engine::sessions::InstanceRecord;
use crate::error::{Error, Result};
use crate::faces::sessions::{self as face, InstanceFilter, SessionContext};
use crate::faces::sessions_claims as claims;
use crate::input;
use crate::output::{Output, Shape};
use crate::plural::count;
use crate::timestamp::{format_rfc3339, now_us, offset_time, parse_duration_us};

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
        /// Stop after N runs (guards against workflows that never settle)
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

fn to_json<T: serde::Serialize>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::internal(format!("cannot encode JSON: {e}")))
}

fn instance_doc(i: &InstanceRecord) -> Value {
    let mut doc = face::instance_json(i);
    doc["name"] = json!(i.name);
    doc
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

fn changed_output(c: face::Changed, dry: DryRun) -> Result<Output> {
    let mut text = format!("{}: {}", c.instance, c.status);
    if let Some(clone) = &c.clone {
        text.push_str(&format!("\n  clone {} scheduled", clone.instance));
    }
    if let Some(f) = &c.cascade {
        text.push('\n');
        text.push_str(&fired_text(f));
    }
    let mut doc = to_json(&c)?;
    doc["dry_run"] = json!(dry.dry_run);
    Ok(Output::Report { doc, text })
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: SessionCommand) -> Result<Output> {
    let sctx = SessionContext {
        user: ctx.settings.user.clone(),
        now_us: now_us(),
    };
    store.open(&ctx.settings)?;
    match cmd {
        SessionCommand::List => {
            store.read(|tx| {
                let mut records = ctx.printer.records(
                    &["uid", "tasks", "instances", "unresolved", "modified"],
                    Shape::Array,
                );
                tx.sessions()?.sessions(face::RESOLVED, &mut |s| {
                    records.row(&json!({
                        "uid": s.uid, "tasks": s.tasks, "instances": s.instances,
                        "unresolved": s.unresolved, "modified": format_rfc3339(s.modified_us),
                    }))
                })?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        SessionCommand::Show { uid } | SessionCommand::Export { uid } => Ok(Output::Doc(
            store.read(|tx| face::export(tx.sessions()?, &uid))?,
        )),
        SessionCommand::Configure {
            uid,
            input: path,
            dry,
        } => {
            let doc = input::read_document(ctx.open_input(path.as_deref())?)?;
            let tasks = store.write(dry.dry_run, |tx| face::configure(tx, &sctx, &uid, &doc))?;
            Ok(Output::Report {
                text: format!("session {uid:?}: {} configured", count(tasks.len(), "task")),
                doc: json!({"uid": uid, "configured": tasks, "dry_run": dry.dry_run}),
            })
        }
        SessionCommand::Tasks { uid, unresolved } => {
            let tasks = store.read(|tx| face::tasks(tx.sessions()?, &uid, unresolved))?;
            let mut records = ctx
                .printer
                .records(&["name", "after", "run", "unresolved"], Shape::Array);
            for task in tasks {
                let mut row = Value::Object(task.config);
                row["name"] = json!(task.name);
                row["unresolved"] = json!(task.unresolved);
                records.row(&row)?;
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
            let filter = InstanceFilter {
                task,
                unresolved,
                unresolved_logs,
                status,
            };
            let found = store.read(|tx| face::instances(tx.sessions()?, &uid, &filter))?;
            let mut records = ctx
                .printer
                .records(&["name", "task", "status"], Shape::Array);
            for i in &found {
                records.row(&instance_doc(i))?;
            }
            records.finish()?;
            Ok(Output::Nothing)
        }
        SessionCommand::Instance { uid, name } => {
            let i = store.read(|tx| face::instance(tx.sessions()?, &uid, &name))?;
            Ok(Output::Doc(instance_doc(&i)))
        }
        SessionCommand::CreateInstance {
            uid,
            task,
            kwargs,
            dry,
        } => {
            let kwargs = parse_optional_object(kwargs.as_deref(), "--kwargs")?;
            let i = store.write(dry.dry_run, |tx| {
                face::create_instance(tx, &sctx, &uid, &task, kwargs.as_ref())
            })?;
            Ok(Output::Report {
                text: format!("{} created", i.name),
                doc: instance_doc(&i),
            })
        }
        SessionCommand::CloneInstance { uid, name, dry } => {
            let i = store.write(dry.dry_run, |tx| {
                face::clone_instance(tx, &sctx, &uid, &name)
            })?;
            Ok(Output::Report {
                text: format!("{} cloned as {}", name, i.name),
                doc: instance_doc(&i),
            })
        }
        SessionCommand::Fire {
            uid,
            trigger,
            kwargs,
            dry,
        } => {
            let kwargs = Value::Object(parse_object(kwargs.as_deref(), "--kwargs")?);
            let fired = store.write(dry.dry_run, |tx| {
                face::fire(tx, &sctx, &uid, &trigger, &kwargs)
            })?;
            let mut doc = to_json(&fired)?;
            doc["dry_run"] = json!(dry.dry_run);
            Ok(Output::Report {
                text: fired_text(&fired),
                doc,
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
            let metadata = parse_optional_object(metadata.as_deref(), "--metadata")?;
            let result = if cascade {
                Some(parse_value(result.as_deref(), "--result")?)
            } else {
                None
            };
            let c = store.write(dry.dry_run, |tx| {
                face::set_instance_status(
                    tx,
                    &sctx,
                    &uid,
                    &name,
                    &status,
                    metadata.as_ref(),
                    result.as_ref(),
                )
            })?;
            changed_output(c, dry)
        }
        SessionCommand::Finish {
            uid,
            name,
            result,
            dry,
        } => {
            let result = parse_value(result.as_deref(), "--result")?;
            let c = store.write(dry.dry_run, |tx| {
                face::finish(tx, &sctx, &uid, &name, &result)
            })?;
            changed_output(c, dry)
        }
        SessionCommand::Fail {
            uid,
            name,
            error,
            log_level,
            dry,
        } => {
            let c = store.write(dry.dry_run, |tx| {
                face::fail(tx, &sctx, &uid, &name, &error, log_level)
            })?;
            changed_output(c, dry)
        }
        SessionCommand::Replay {
            uid,
            name,
            kwargs,
            dry,
        } => {
            let kwargs = parse_optional_object(kwargs.as_deref(), "--kwargs")?;
            let c = store.write(dry.dry_run, |tx| {
                face::replay(tx, &sctx, &uid, &name, kwargs.as_ref())
            })?;
            changed_output(c, dry)
        }
        SessionCommand::Skip {
            uid,
            name,
            cascade,
            result,
            dry,
        } => {
            let result = if cascade {
                Some(parse_value(result.as_deref(), "--result")?)
            } else {
                None
            };
            let c = store.write(dry.dry_run, |tx| {
                face::skip(tx, &sctx, &uid, &name, result.as_ref())
            })?;
            changed_output(c, dry)
        }
        SessionCommand::Metadata {
            uid,
            name,
            metadata: text,
            dry,
        } => {
            let metadata = parse_object(Some(&text), "the metadata")?;
            let i = store.write(dry.dry_run, |tx| {
                face::update_metadata(tx, &sctx, &uid, &name, &metadata)
            })?;
            Ok(Output::Doc(instance_doc(&i)))
        }
        SessionCommand::ResolveLogs { uid, name, dry } => {
            let i = store.write(dry.dry_run, |tx| face::resolve_logs(tx, &sctx, &uid, &name))?;
            Ok(Output::Doc(instance_doc(&i)))
        }
        SessionCommand::Import {
            input: path,
            uid,
            replace,
            dry,
        } => {
            let doc = input::read_document(ctx.open_input(path.as_deref())?)?;
            let uid = uid
                .or_else(|| doc.get("uid").and_then(Value::as_str).map(str::to_string))
                .ok_or_else(|| {
                    Error::usage("the document has no \"uid\"").hint("give --uid UID")
                })?;
            let (tasks, instances) = store.write(dry.dry_run, |tx| {
                face::import(tx, &sctx, &uid, &doc, replace)
            })?;
            Ok(Output::Report {
                text: format!(
                    "session {uid:?} imported: {}, {}",
                    count(tasks, "task"),
                    count(instances, "instance")
                ),
                doc: json!({"uid": uid, "tasks": tasks, "instances": instances, "dry_run": dry.dry_run}),
            })
        }
        SessionCommand::Delete { uid, yes, dry } => {
            if !dry.dry_run {
                ctx.confirm(yes, &format!("Delete session {uid:?}?"))?;
            }
            store.write(dry.dry_run, |tx| face::delete(tx, &sctx, &uid))?;
            Ok(Output::Report {
                text: format!("session {uid:?} deleted"),
                doc: json!({"uid": uid, "deleted": true, "dry_run": dry.dry_run}),
            })
        }
        SessionCommand::Gc { idle, dry } => {
            let idle_us = parse_duration_us(&idle, "--idle")?;
            let before_us = offset_time(sctx.now_us, -idle_us, "--idle")?;
            let removed = store.write(dry.dry_run, |tx| face::gc(tx, &sctx, before_us))?;
            Ok(Output::Report {
                text: format!("{} deleted", count(removed.len(), "idle session")),
                doc: json!({"deleted": removed, "dry_run": dry.dry_run}),
            })
        }
        SessionCommand::Run {
            uid,
            command,
            max_runs,
            reclaim_after,
        } => {
            let reclaim_after_us = reclaim_after
                .map(|d| parse_duration_us(&d, "--reclaim-after"))
                .transpose()?;
            let results = run_scheduled(ctx, store, &uid, &command, max_runs, reclaim_after_us)?;
            Ok(Output::Report {
                text: results
                    .iter()
                    .map(|r| {
                        format!(
                            "{}: {}",
                            r["instance"].as_str().unwrap_or("?"),
                            r["status"].as_str().unwrap_or("?")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                doc: json!({"uid": uid, "runs": results}),
            })
        }
    }
}

/// The local runner: each scheduled instance is marked running (its own transaction), CMD runs
/// outside any transaction, and the outcome is stored in another.
/// This process as a runner, for its claims: host, process id and start time.
fn runner_id() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string());
    format!("{host}:{}:{}", std::process::id(), now_us())
}

fn run_scheduled(
    ctx: &Ctx,
    store: &mut Runner,
    uid: &str,
    command: &str,
    max_runs: u64,
    reclaim_after_us: Option<i64>,
) -> Result<Vec<Value>> {
    let holder = runner_id();
    let mut results = Vec::new();
    let sctx = || SessionContext {
        user: ctx.settings.user.clone(),
        now_us: now_us(),
    };
    loop {
        let now = now_us();
        let candidates =
            store.read(|tx| claims::claimable(tx.sessions()?, uid, now, reclaim_after_us))?;
        if candidates.is_empty() {
            return Ok(results);
        }
        for candidate in candidates {
            if results.len() as u64 >= max_runs {
                return Err(Error::conflict(format!(
                    "stopped after {}; instances are still scheduled",
                    count(max_runs, "run")
                ))
                .hint("raise --max-runs, or check the workflow for a cycle"));
            }
            let claim_ctx = sctx();
            let claimed = store.write(false, |tx| {
                claims::claim(
                    tx,
                    &claim_ctx,
                    uid,
                    &candidate.name,
                    &holder,
                    reclaim_after_us,
                )
            })?;
            // Another runner got there first, or it moved on: not ours to run.
            let Some(claimed) = claimed else { continue };
            crate::failpoint::hit("session-run-claimed");
            if let Some(old) = &claimed.took_over {
                ctx.printer.warn(&format!(
                    "instance {:?}: taking over the claim runner {} made at {}; it runs again",
                    candidate.name,
                    old.holder,
                    format_rfc3339(old.renewed_us)
                ));
            }
            let instance = claimed.instance;
            let trigger_kwargs = instance
                .metadata
                .get("actualKwargs")
                .cloned()
                .unwrap_or_else(|| json!({}));
            // The claim is renewed while the command runs, so that it never looks stale to a
            // runner with --reclaim-after while this one lives. A renewal that fails is left to
            // the next one, and the outcome's check says whether the claim held.
            let mut renew = || {
                let renew_ctx = sctx();
                let _ = store.write(false, |tx| {
                    claims::renew(tx, &renew_ctx, uid, &instance.name, &holder)
                });
            };
            let outcome = run_command(
                command,
                uid,
                &instance,
                &trigger_kwargs,
                Duration::from_micros(claims::renew_every_us(reclaim_after_us) as u64),
                &mut renew,
            );
            let done_ctx = sctx();
            let (status, detail, recorded) = match outcome {
                Ok(result) => {
                    let recorded = store.write(false, |tx| {
                        claims::finish_claimed(tx, &done_ctx, uid, &instance.name, &holder, &result)
                    });
                    (face::FINISHED, json!({"result": result}), recorded)
                }
                Err(why) => {
                    let recorded = store.write(false, |tx| {
                        claims::fail_claimed(tx, &done_ctx, uid, &instance.name, &holder, &why, 40)
                    });
                    (face::FAILED, json!({"error": why}), recorded)
                }
            };
            // A claim lost to a runner that took it over: that runner records the outcome.
            let status = match recorded {
                Ok(_) => status,
                Err(e) if e.kind() == crate::error::Kind::Conflict => {
                    ctx.printer.warn(&e.message());
                    "claim_lost"
                }
                Err(e) => return Err(e),
            };
            let mut line =
                json!({"instance": instance.name, "task": instance.task, "status": status});
            if let (Value::Object(l), Value::Object(d)) = (&mut line, detail) {
                l.extend(d);
            }
            results.push(line);
        }
    }
}

/// Runs CMD for one instance, calling `heartbeat` every `beat` while it runs: exit 0 with a JSON
/// object on stdout is a result.
fn run_command(
    command: &str,
    uid: &str,
    instance: &InstanceRecord,
    trigger_kwargs: &Value,
    beat: Duration,
    heartbeat: &mut dyn FnMut(),
) -> std::result::Result<Value, String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .env("STORECTL_SESSION", uid)
        .env("STORECTL_INSTANCE", &instance.name)
        .env("STORECTL_TASK", &instance.task)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{command}`: {e}"))?;
    let input = trigger_kwargs.to_string();
    let stdin = child.stdin.take();
    // The command is fed and waited for on a thread of its own, so that this one keeps the
    // heartbeat going however long it runs.
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            let _ = stdin.write_all(input.as_bytes());
        }
        let _ = done.send(child.wait_with_output());
    });
    let out = loop {
        match finished.recv_timeout(beat) {
            Ok(out) => break out.map_err(|e| format!("`{command}` did not finish: {e}"))?,
            Err(mpsc::RecvTimeoutError::Timeout) => heartbeat(),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(format!(
                    "`{command}` did not finish: its waiting thread stopped"
                ))
            }
        }
    };
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "exit {}: {}",
            out.status
                .code()
                .map_or("signal".to_string(), |c| c.to_string()),
            stderr.trim()
        ));
    }
    match serde_json::from_slice::<Value>(&out.stdout) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(other) => Err(format!("stdout was {other}, not a JSON object")),
        Err(e) => Err(format!("stdout is not JSON: {e}")),
    }
}
