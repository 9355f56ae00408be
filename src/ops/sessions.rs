//! Session commands (Triggers workflow sessions) as typed requests and results: one struct and
//! one function per `storectl session` command. The local runner, `session run`, is in
//! [`run`]. See [`crate::ops`] for the pattern.

pub mod run;

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Actor, Transactions};
use crate::engine::sessions::InstanceRecord;
use crate::error::{Error, Fix, Result};
use crate::faces::sessions::{self as face, InstanceFilter, SessionContext};
use crate::timestamp::{format_rfc3339, offset_time};

/// What the sessions face needs of the actor: who (for lock checks) and when.
fn context(actor: &Actor) -> SessionContext {
    SessionContext {
        user: actor.user.clone(),
        now_us: actor.now_us,
    }
}

/// One session of `session list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    pub uid: String,
    pub tasks: u64,
    pub instances: u64,
    /// Instances not finished, abandoned, skipped or replayed.
    pub unresolved: u64,
    /// When the session last changed (RFC 3339).
    pub modified: String,
}

/// Streams every session, by uid, to `row`.
pub fn list(
    store: &mut impl Transactions,
    row: &mut dyn FnMut(Listed) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        tx.sessions()?.sessions(face::RESOLVED, &mut |s| {
            row(Listed {
                uid: s.uid,
                tasks: s.tasks,
                instances: s.instances,
                unresolved: s.unresolved,
                modified: format_rfc3339(s.modified_us),
            })
        })
    })
}

/// `session show` and `session export`: the seed's stored document `{uid, tasks, instances,
/// metas}`.
pub fn export(store: &mut impl Transactions, uid: &str) -> Result<Value> {
    store.read(|tx| face::export(tx.sessions()?, uid))
}

/// One instance, as `session instance` shows it: the seed's stored instance, plus its name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Instance {
    pub task: String,
    pub status: String,
    pub kwargs: Map<String, Value>,
    #[serde(rename = "abandonState")]
    pub abandon_state: Vec<String>,
    pub metadata: Map<String, Value>,
    pub name: String,
}

impl From<InstanceRecord> for Instance {
    fn from(i: InstanceRecord) -> Instance {
        Instance {
            task: i.task,
            status: i.status,
            kwargs: i.kwargs,
            abandon_state: i.abandon_state,
            metadata: i.metadata,
            name: i.name,
        }
    }
}

/// `session instance UID NAME`.
pub fn instance(store: &mut impl Transactions, uid: &str, name: &str) -> Result<Instance> {
    let found = store.read(|tx| face::instance(tx.sessions()?, uid, name))?;
    Ok(found.into())
}

/// `session instances UID [filters]`.
#[derive(Debug, Clone)]
pub struct Instances {
    pub uid: String,
    pub filter: InstanceFilter,
}

pub fn instances(store: &mut impl Transactions, req: &Instances) -> Result<Vec<Instance>> {
    let found = store.read(|tx| face::instances(tx.sessions()?, &req.uid, &req.filter))?;
    Ok(found.into_iter().map(Instance::from).collect())
}

/// A task of `session tasks`: its config (the seed's keys, and any others it was given), its
/// name, and whether it is unresolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Task {
    #[serde(flatten)]
    pub config: Map<String, Value>,
    pub name: String,
    /// No instance yet, or at least one unresolved instance.
    pub unresolved: bool,
}

/// `session tasks UID [--unresolved]`.
#[derive(Debug, Clone)]
pub struct Tasks {
    pub uid: String,
    /// Only the unresolved ones.
    pub unresolved: bool,
}

pub fn tasks(store: &mut impl Transactions, req: &Tasks) -> Result<Vec<Task>> {
    let found = store.read(|tx| face::tasks(tx.sessions()?, &req.uid, req.unresolved))?;
    Ok(found
        .into_iter()
        .map(|t| Task {
            config: t.config,
            name: t.name,
            unresolved: t.unresolved,
        })
        .collect())
}

/// `session configure UID`: task configs `{name: config}` added or replaced; creates the
/// session.
#[derive(Debug, Clone)]
pub struct Configure {
    pub uid: String,
    /// A JSON object of task name -> task config.
    pub doc: Value,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Configured {
    pub uid: String,
    /// The tasks written, by name.
    pub configured: Vec<String>,
    pub dry_run: bool,
}

pub fn configure(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &Configure,
) -> Result<Configured> {
    let ctx = context(actor);
    let configured = store.write(req.dry_run, |tx| {
        face::configure(tx, &ctx, &req.uid, &req.doc)
    })?;
    Ok(Configured {
        uid: req.uid.clone(),
        configured,
        dry_run: req.dry_run,
    })
}

/// `session create-instance UID TASK`: a new unstarted instance.
#[derive(Debug, Clone)]
pub struct CreateInstance {
    pub uid: String,
    pub task: String,
    /// The instance's kwargs, `{trigger: kwargs}`; none when `None`.
    pub kwargs: Option<Map<String, Value>>,
    pub dry_run: bool,
}

pub fn create_instance(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &CreateInstance,
) -> Result<Instance> {
    let ctx = context(actor);
    let created = store.write(req.dry_run, |tx| {
        face::create_instance(tx, &ctx, &req.uid, &req.task, req.kwargs.as_ref())
    })?;
    Ok(created.into())
}

/// `session clone-instance UID NAME`: a copy of an instance (next number, unstarted).
#[derive(Debug, Clone)]
pub struct CloneInstance {
    pub uid: String,
    pub name: String,
    pub dry_run: bool,
}

/// The clone.
pub fn clone_instance(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &CloneInstance,
) -> Result<Instance> {
    let ctx = context(actor);
    let clone = store.write(req.dry_run, |tx| {
        face::clone_instance(tx, &ctx, &req.uid, &req.name)
    })?;
    Ok(clone.into())
}

/// `session fire UID TRIGGER`.
#[derive(Debug, Clone)]
pub struct Fire {
    pub uid: String,
    pub trigger: String,
    /// The trigger's kwargs (`{}` when none were given).
    pub kwargs: Value,
    pub dry_run: bool,
}

/// What firing a trigger did (or, in a dry run, would do).
#[derive(Debug, Clone, Serialize)]
pub struct Fired {
    #[serde(flatten)]
    pub fired: face::Fired,
    pub dry_run: bool,
}

pub fn fire(store: &mut impl Transactions, actor: &Actor, req: &Fire) -> Result<Fired> {
    let ctx = context(actor);
    let fired = store.write(req.dry_run, |tx| {
        face::fire(tx, &ctx, &req.uid, &req.trigger, &req.kwargs)
    })?;
    Ok(Fired {
        fired,
        dry_run: req.dry_run,
    })
}

/// What a status change did (or would do): the instance's new status, a replay's clone, a
/// cascade's firing.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    #[serde(flatten)]
    pub changed: face::Changed,
    pub dry_run: bool,
}

fn changed(
    store: &mut impl Transactions,
    dry_run: bool,
    f: impl FnMut(&mut dyn crate::engine::Transaction) -> Result<face::Changed>,
) -> Result<Changed> {
    let changed = store.write(dry_run, f)?;
    Ok(Changed { changed, dry_run })
}

/// `session status UID NAME STATUS`: any status, metadata merged, an optional cascade.
#[derive(Debug, Clone)]
pub struct SetStatus {
    pub uid: String,
    pub name: String,
    pub status: String,
    /// Merged into the instance's metadata (shallow).
    pub metadata: Option<Map<String, Value>>,
    /// Fire the task's name with these kwargs afterwards.
    pub cascade: Option<Value>,
    pub dry_run: bool,
}

pub fn set_status(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &SetStatus,
) -> Result<Changed> {
    let ctx = context(actor);
    changed(store, req.dry_run, |tx| {
        face::set_instance_status(
            tx,
            &ctx,
            &req.uid,
            &req.name,
            &req.status,
            req.metadata.as_ref(),
            req.cascade.as_ref(),
        )
    })
}

/// `session finish UID NAME`: finished with a result, which the task's name fires with.
#[derive(Debug, Clone)]
pub struct Finish {
    pub uid: String,
    pub name: String,
    pub result: Value,
    pub dry_run: bool,
}

pub fn finish(store: &mut impl Transactions, actor: &Actor, req: &Finish) -> Result<Changed> {
    let ctx = context(actor);
    changed(store, req.dry_run, |tx| {
        face::finish(tx, &ctx, &req.uid, &req.name, &req.result)
    })
}

/// `session fail UID NAME`.
#[derive(Debug, Clone)]
pub struct Fail {
    pub uid: String,
    pub name: String,
    /// The error message.
    pub error: String,
    /// The log level (40 = error: the instance's logs then need attention).
    pub log_level: i64,
    pub dry_run: bool,
}

pub fn fail(store: &mut impl Transactions, actor: &Actor, req: &Fail) -> Result<Changed> {
    let ctx = context(actor);
    changed(store, req.dry_run, |tx| {
        face::fail(tx, &ctx, &req.uid, &req.name, &req.error, req.log_level)
    })
}

/// `session replay UID NAME`: a failed instance becomes replayed, a scheduled clone replaces it.
#[derive(Debug, Clone)]
pub struct Replay {
    pub uid: String,
    pub name: String,
    /// The clone's kwargs, replacing the instance's wholesale.
    pub kwargs: Option<Map<String, Value>>,
    pub dry_run: bool,
}

pub fn replay(store: &mut impl Transactions, actor: &Actor, req: &Replay) -> Result<Changed> {
    let ctx = context(actor);
    changed(store, req.dry_run, |tx| {
        face::replay(tx, &ctx, &req.uid, &req.name, req.kwargs.as_ref())
    })
}

/// `session skip UID NAME`: a failed instance skipped, with an optional cascade.
#[derive(Debug, Clone)]
pub struct Skip {
    pub uid: String,
    pub name: String,
    /// Fire the task's name with these kwargs afterwards.
    pub cascade: Option<Value>,
    pub dry_run: bool,
}

pub fn skip(store: &mut impl Transactions, actor: &Actor, req: &Skip) -> Result<Changed> {
    let ctx = context(actor);
    changed(store, req.dry_run, |tx| {
        face::skip(tx, &ctx, &req.uid, &req.name, req.cascade.as_ref())
    })
}

/// `session metadata UID NAME JSON`: merged into the instance's metadata (shallow).
#[derive(Debug, Clone)]
pub struct UpdateMetadata {
    pub uid: String,
    pub name: String,
    pub metadata: Map<String, Value>,
    pub dry_run: bool,
}

/// The instance after the change.
pub fn update_metadata(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &UpdateMetadata,
) -> Result<Instance> {
    let ctx = context(actor);
    let updated = store.write(req.dry_run, |tx| {
        face::update_metadata(tx, &ctx, &req.uid, &req.name, &req.metadata)
    })?;
    Ok(updated.into())
}

/// `session resolve-logs UID NAME`: the instance's logs marked as looked at.
#[derive(Debug, Clone)]
pub struct ResolveLogs {
    pub uid: String,
    pub name: String,
    pub dry_run: bool,
}

/// The instance after the change.
pub fn resolve_logs(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &ResolveLogs,
) -> Result<Instance> {
    let ctx = context(actor);
    let resolved = store.write(req.dry_run, |tx| {
        face::resolve_logs(tx, &ctx, &req.uid, &req.name)
    })?;
    Ok(resolved.into())
}

/// `session import`: a session document, as `export` writes it.
#[derive(Debug, Clone)]
pub struct Import {
    pub doc: Value,
    /// The uid to store it under; `None`: the document's `"uid"`.
    pub uid: Option<String>,
    /// Replace a session that exists.
    pub replace: bool,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Imported {
    pub uid: String,
    pub tasks: u64,
    pub instances: u64,
    pub dry_run: bool,
}

pub fn import(store: &mut impl Transactions, actor: &Actor, req: &Import) -> Result<Imported> {
    let uid = match &req.uid {
        Some(uid) => uid.clone(),
        None => req
            .doc
            .get("uid")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| Error::usage("the document has no \"uid\"").hint(Fix::GiveSessionUid))?,
    };
    let ctx = context(actor);
    let (tasks, instances) = store.write(req.dry_run, |tx| {
        face::import(tx, &ctx, &uid, &req.doc, req.replace)
    })?;
    Ok(Imported {
        uid,
        tasks,
        instances,
        dry_run: req.dry_run,
    })
}

/// `session delete UID`. Confirmation is the caller's.
#[derive(Debug, Clone)]
pub struct Delete {
    pub uid: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deleted {
    pub uid: String,
    pub deleted: bool,
    pub dry_run: bool,
}

pub fn delete(store: &mut impl Transactions, actor: &Actor, req: &Delete) -> Result<Deleted> {
    let ctx = context(actor);
    store.write(req.dry_run, |tx| face::delete(tx, &ctx, &req.uid))?;
    Ok(Deleted {
        uid: req.uid.clone(),
        deleted: true,
        dry_run: req.dry_run,
    })
}

/// `session flush`: every session deleted. Confirmation is the caller's.
#[derive(Debug, Clone)]
pub struct Flush {
    pub dry_run: bool,
}

pub fn flush(store: &mut impl Transactions, actor: &Actor, req: &Flush) -> Result<Collected> {
    let ctx = context(actor);
    let deleted = store.write(req.dry_run, |tx| face::flush(tx, &ctx))?;
    Ok(Collected {
        deleted,
        dry_run: req.dry_run,
    })
}

/// `session gc --idle DURATION`: sessions not modified for `idle_us` deleted, locked ones kept.
#[derive(Debug, Clone)]
pub struct Gc {
    /// The idle time, in microseconds (not negative).
    pub idle_us: i64,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Collected {
    /// The uids of the sessions deleted (by `gc` or `flush`).
    pub deleted: Vec<String>,
    pub dry_run: bool,
}

pub fn gc(store: &mut impl Transactions, actor: &Actor, req: &Gc) -> Result<Collected> {
    if req.idle_us < 0 {
        return Err(Error::bad_input(
            "a negative idle time would delete sessions modified in the future",
        ));
    }
    let before_us = offset_time(actor.now_us, -req.idle_us, "the idle time")?;
    let ctx = context(actor);
    let deleted = store.write(req.dry_run, |tx| face::gc(tx, &ctx, before_us))?;
    Ok(Collected {
        deleted,
        dry_run: req.dry_run,
    })
}

#[cfg(test)]
pub(crate) mod tests;
