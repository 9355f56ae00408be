//! Sessions face (seed 002, the Triggers storage backend and the manager that drives it): task
//! configs, instances named `<task>#<n>`, `latest_kwargs`, and the fire / finish / cascade /
//! replay / skip state machine.
//!
//! Every function takes the whole transaction and re-reads what it changes by name, so a
//! concurrent writer can never be overwritten with a stale copy (the seed's lost update).

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::engine::sessions::{InstanceRecord, SessionStorage};
use crate::engine::Transaction;
use crate::error::{Error, Fix, Result};
use crate::faces::locks;
use crate::timestamp::format_rfc3339;

pub const UNSTARTED: &str = "unstarted";
pub const SCHEDULED: &str = "scheduled";
pub const RUNNING: &str = "running";
pub const FAILED: &str = "failed";
pub const FINISHED: &str = "finished";
pub const ABANDONED: &str = "abandoned";
pub const SKIPPED: &str = "skipped";
pub const REPLAYED: &str = "replayed";
/// Statuses after which an instance needs nothing more.
pub const RESOLVED: &[&str] = &[FINISHED, ABANDONED, SKIPPED, REPLAYED];

pub fn is_resolved(status: &str) -> bool {
    RESOLVED.contains(&status)
}

/// Who acts and when.
#[derive(Debug, Clone)]
pub struct SessionContext {
    pub user: Option<String>,
    pub now_us: i64,
}

// ---------------------------------------------------------------------------------------------
// Task configs

/// A task's config, with the seed's JSON keys; extra keys are kept as they are.
#[derive(Debug, Clone)]
pub struct TaskConfig(pub Map<String, Value>);

fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

impl TaskConfig {
    pub fn after(&self) -> Vec<String> {
        strings(self.0.get("after"))
    }
    pub fn unless(&self) -> Vec<String> {
        strings(self.0.get("unless"))
    }
    pub fn run(&self) -> Value {
        self.0.get("run").cloned().unwrap_or(Value::Null)
    }
    pub fn and_every(&self) -> Option<String> {
        self.0
            .get("andEvery")
            .and_then(Value::as_str)
            .map(str::to_string)
    }
    /// `withParams`; absent or `null` (as Triggers writes it) is `{}`.
    pub fn with_params(&self) -> Value {
        self.0
            .get("withParams")
            .filter(|v| v.is_object())
            .cloned()
            .unwrap_or_else(|| json!({}))
    }
    /// Every trigger the task reacts to.
    fn triggers(&self) -> Vec<String> {
        let mut t = self.after();
        t.extend(self.unless());
        t.sort();
        t.dedup();
        t
    }
}

/// Checks a task config and normalises it: `after` required (a list of strings), `andEvery` also
/// added to `after`. `null` for `unless`, `withParams` or `andEvery` means absent (Triggers'
/// `TaskConfig.serialize` writes every field) and is kept as written, so a document Triggers
/// stored exports back the same.
pub fn validate_task(name: &str, config: &Value) -> Result<TaskConfig> {
    let bad = |why: String| Error::bad_input(format!("task {name:?}: {why}"));
    if name.is_empty() || name.contains('#') {
        return Err(bad(
            "task names must be non-empty and may not contain '#'".into()
        ));
    }
    let Value::Object(map) = config else {
        return Err(bad("the config must be a JSON object".into()));
    };
    let mut map = map.clone();
    let list_of_strings = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    match map.get("after") {
        None => return Err(bad("missing \"after\" (the list of triggers it waits for)".into()).hint(
            "every task needs \"after\": [...], even an empty list for tasks fired by \"andEvery\"",
        )),
        Some(v) if !list_of_strings(v) => return Err(bad("\"after\" must be a list of trigger names".into())),
        _ => {}
    }
    let given = |key: &str| map.get(key).filter(|v| !v.is_null());
    if let Some(v) = given("unless") {
        if !list_of_strings(v) {
            return Err(bad("\"unless\" must be a list of trigger names".into()));
        }
    }
    if let Some(v) = given("withParams") {
        if !v.is_object() {
            return Err(bad("\"withParams\" must be an object".into()));
        }
    }
    if let Some(every) = given("andEvery").cloned() {
        let Some(every) = every.as_str() else {
            return Err(bad("\"andEvery\" must be a trigger name".into()));
        };
        if let Some(Value::Array(after)) = map.get_mut("after") {
            if !after.iter().any(|t| t == every) {
                after.push(Value::String(every.to_string()));
            }
        }
    }
    Ok(TaskConfig(map))
}

pub(super) fn session_not_found(uid: &str) -> Error {
    Error::not_found(format!("session {uid:?} not found")).hint(Fix::ListSessions)
}

pub(super) fn instance_not_found(uid: &str, name: &str) -> Error {
    Error::not_found(format!("instance {name:?} not found in session {uid:?}")).hint(
        Fix::ListInstances {
            session: uid.to_string(),
        },
    )
}

/// The lock check of the sessions face: every changing function reaches session storage
/// through here, in its transaction. Exit 75 when someone other than the actor holds an
/// unexpired `session:UID` lock.
pub(super) fn changing<'t>(
    tx: &'t mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
) -> Result<&'t mut dyn SessionStorage> {
    locks::ensure_unlocked(tx, "session", &[uid], ctx.user.as_deref(), ctx.now_us)?;
    tx.sessions()
}

/// Whether [`changing`] would let the actor change session `uid`: for `gc`, which passes over
/// a locked session (it is in use, whatever its age) instead of failing.
fn free_to_change(tx: &mut dyn Transaction, ctx: &SessionContext, uid: &str) -> Result<bool> {
    let resource = format!("session:{uid}");
    Ok(locks::check_free(tx.locks()?, &resource, ctx.user.as_deref(), ctx.now_us).is_ok())
}

/// Opens a session for a change: it must exist, and nobody else may hold `session:UID`.
fn begin_change<'t>(
    tx: &'t mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
) -> Result<&'t mut dyn SessionStorage> {
    let store = changing(tx, ctx, uid)?;
    if store.session(uid)?.is_none() {
        return Err(session_not_found(uid));
    }
    store.touch_session(uid, ctx.now_us)?;
    Ok(store)
}

/// `update_configuration`: adds or replaces task configs by name (never deletes); creates the
/// session. Returns the task names written.
pub fn configure(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    doc: &Value,
) -> Result<Vec<String>> {
    validate_uid(uid)?;
    let Value::Object(tasks) = doc else {
        return Err(Error::bad_input(
            "the configuration must be a JSON object of task name -> task config",
        ));
    };
    let checked: Vec<(String, TaskConfig)> = tasks
        .iter()
        .map(|(name, config)| validate_task(name, config).map(|c| (name.clone(), c)))
        .collect::<Result<_>>()?;
    let store = changing(tx, ctx, uid)?;
    store.ensure_session(uid, ctx.now_us)?;
    store.touch_session(uid, ctx.now_us)?;
    for (name, config) in &checked {
        store.put_task(uid, name, &config.0, &config.triggers())?;
    }
    Ok(checked.into_iter().map(|(n, _)| n).collect())
}

pub fn validate_uid(uid: &str) -> Result<()> {
    if uid.is_empty() || uid.chars().any(char::is_control) {
        return Err(Error::bad_input(format!(
            "{uid:?} is not a session uid: it must be non-empty, without control characters"
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Instances

/// Stamps `created` (once) and `lastModified`, and with `status` that status's own time, as
/// Triggers' `_update_timestamps` does: a metadata update passes no status, so the time the
/// instance reached its current status stays.
fn stamp(instance: &mut InstanceRecord, status: Option<&str>, now_us: i64) {
    let now = format_rfc3339(now_us);
    let timestamps = instance
        .metadata
        .entry("timestamps")
        .or_insert_with(|| json!({}));
    if !timestamps.is_object() {
        *timestamps = json!({});
    }
    if let Value::Object(t) = timestamps {
        t.entry("created").or_insert_with(|| json!(now));
        t.insert("lastModified".into(), json!(now));
        if let Some(status) = status {
            t.insert(status.to_string(), json!(now));
        }
    }
}

pub(super) fn set_status(instance: &mut InstanceRecord, status: &str, now_us: i64) {
    instance.status = status.to_string();
    stamp(instance, Some(status), now_us);
}

/// A new unstarted instance `<task>#<n>`.
fn new_instance(
    store: &mut dyn SessionStorage,
    uid: &str,
    task: &str,
    now_us: i64,
) -> Result<InstanceRecord> {
    let number = store.take_instance_number(uid, task)?;
    let mut instance = InstanceRecord {
        name: format!("{task}#{number}"),
        task: task.to_string(),
        number,
        status: UNSTARTED.to_string(),
        kwargs: Map::new(),
        abandon_state: Vec::new(),
        metadata: Map::new(),
    };
    // No `unstarted` time: Triggers creates instances without one.
    stamp(&mut instance, None, now_us);
    Ok(instance)
}

fn can_abandon(i: &InstanceRecord, config: &TaskConfig) -> bool {
    let unless = config.unless();
    i.status == UNSTARTED
        && !unless.is_empty()
        && unless.iter().all(|t| i.abandon_state.contains(t))
}

fn can_run(i: &InstanceRecord, config: &TaskConfig) -> bool {
    i.status == UNSTARTED
        && config.after().iter().all(|t| i.kwargs.contains_key(t))
        && !can_abandon(i, config)
}

/// `logs_resolved`: nothing left for someone to look at in its logs.
pub fn logs_resolved(i: &InstanceRecord) -> bool {
    matches!(i.status.as_str(), ABANDONED | REPLAYED | SKIPPED)
        || i.metadata
            .get("logLevel")
            .and_then(Value::as_i64)
            .is_none_or(|l| l < 40)
        || i.metadata.get("logsResolved").and_then(Value::as_bool) == Some(true)
}

/// Applies a trigger to an unstarted instance; true when it recorded kwargs.
fn apply(i: &mut InstanceRecord, config: &TaskConfig, trigger: &str, kwargs: &Value) -> bool {
    if i.status != UNSTARTED {
        return false;
    }
    let mut applied = false;
    if config.after().iter().any(|t| t == trigger) && !i.kwargs.contains_key(trigger) {
        i.kwargs.insert(trigger.to_string(), kwargs.clone());
        applied = true;
    }
    if config.unless().iter().any(|t| t == trigger) && !i.abandon_state.iter().any(|t| t == trigger)
    {
        i.abandon_state.push(trigger.to_string());
    }
    applied
}

/// Recursive merge where `over` wins; lists are replaced, not appended.
fn merge_params(base: &Value, over: &Value) -> Value {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            let mut out = b.clone();
            for (k, v) in o {
                let merged = match out.get(k) {
                    Some(existing) => merge_params(existing, v),
                    None => v.clone(),
                };
                out.insert(k.clone(), merged);
            }
            Value::Object(out)
        }
        (_, over) => over.clone(),
    }
}

/// An instance that became ready and was scheduled.
#[derive(Debug, Clone, Serialize)]
pub struct Ready {
    pub instance: String,
    pub task: String,
    pub run: Value,
    pub trigger_kwargs: Value,
}

/// What firing a trigger did.
#[derive(Debug, Clone, Serialize)]
pub struct Fired {
    pub trigger: String,
    pub ready: Vec<Ready>,
    pub abandoned: Vec<String>,
    pub created: Vec<String>,
}

/// Schedules a ready instance: `trigger_kwargs` = `withParams` merged with its kwargs.
fn schedule(instance: &mut InstanceRecord, config: &TaskConfig, now_us: i64) -> Ready {
    let trigger_kwargs = merge_params(
        &config.with_params(),
        &Value::Object(instance.kwargs.clone()),
    );
    instance
        .metadata
        .insert("actualKwargs".into(), trigger_kwargs.clone());
    set_status(instance, SCHEDULED, now_us);
    Ready {
        instance: instance.name.clone(),
        task: instance.task.clone(),
        run: config.run(),
        trigger_kwargs,
    }
}

/// `TriggerManager.fire` in the caller's transaction (the session exists and is unlocked).
fn fire_in(
    store: &mut dyn SessionStorage,
    uid: &str,
    trigger: &str,
    kwargs: &Value,
    now_us: i64,
) -> Result<Fired> {
    let mut latest = store.latest_kwargs(uid)?;
    let mut fired = Fired {
        trigger: trigger.to_string(),
        ready: Vec::new(),
        abandoned: Vec::new(),
        created: Vec::new(),
    };
    for (task, config) in store.tasks_using(uid, trigger)? {
        let config = TaskConfig(config);
        let mut instances = store.instances(uid, Some(&task))?;
        let mut changed: Vec<usize> = Vec::new();
        let mut create = instances.is_empty();
        if !create {
            let mut applied_any = false;
            for (n, instance) in instances.iter_mut().enumerate() {
                let before = (instance.kwargs.len(), instance.abandon_state.len());
                applied_any |= apply(instance, &config, trigger, kwargs);
                if (instance.kwargs.len(), instance.abandon_state.len()) != before {
                    changed.push(n);
                }
            }
            create = config.and_every().as_deref() == Some(trigger) && !applied_any;
        }
        if create {
            let mut instance = new_instance(store, uid, &task, now_us)?;
            for t in config.after() {
                if t != trigger {
                    if let Some(v) = latest.get(&t) {
                        instance.kwargs.insert(t.clone(), v.clone());
                    }
                }
            }
            for t in config.unless() {
                if t != trigger && latest.contains_key(&t) {
                    instance.abandon_state.push(t);
                }
            }
            apply(&mut instance, &config, trigger, kwargs);
            fired.created.push(instance.name.clone());
            instances.push(instance);
            changed.push(instances.len() - 1);
        }
        for (n, instance) in instances.iter_mut().enumerate() {
            if can_abandon(instance, &config) {
                set_status(instance, ABANDONED, now_us);
                fired.abandoned.push(instance.name.clone());
            } else if can_run(instance, &config) {
                fired.ready.push(schedule(instance, &config, now_us));
            } else {
                continue;
            }
            if !changed.contains(&n) {
                changed.push(n);
            }
        }
        for n in changed {
            store.put_instance(uid, &instances[n])?;
        }
    }
    latest.insert(trigger.to_string(), kwargs.clone());
    store.put_latest_kwargs(uid, trigger, kwargs)?;
    Ok(fired)
}

/// `session fire`.
pub fn fire(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    trigger: &str,
    kwargs: &Value,
) -> Result<Fired> {
    let store = begin_change(tx, ctx, uid)?;
    fire_in(store, uid, trigger, kwargs, ctx.now_us)
}

fn instance_for_change(
    store: &mut dyn SessionStorage,
    uid: &str,
    name: &str,
) -> Result<InstanceRecord> {
    store
        .instance(uid, name)?
        .ok_or_else(|| instance_not_found(uid, name))
}

/// What a status change did, and what its cascade fired.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    pub instance: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clone: Option<Ready>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cascade: Option<Fired>,
}

fn cascade(
    store: &mut dyn SessionStorage,
    uid: &str,
    task: &str,
    result: &Value,
    now_us: i64,
) -> Result<Option<Fired>> {
    Ok(Some(fire_in(store, uid, task, result, now_us)?))
}

/// Worker success: finished with `result`, then the task's name fires with it.
pub fn finish(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    result: &Value,
) -> Result<Changed> {
    let store = begin_change(tx, ctx, uid)?;
    let mut instance = instance_for_change(store, uid, name)?;
    if is_resolved(&instance.status) {
        return Err(Error::conflict(format!(
            "instance {name:?} is {}: only an unresolved instance can finish",
            instance.status
        )));
    }
    instance.metadata.insert("result".into(), result.clone());
    set_status(&mut instance, FINISHED, ctx.now_us);
    store.put_instance(uid, &instance)?;
    let cascade = cascade(store, uid, &instance.task, result, ctx.now_us)?;
    Ok(Changed {
        instance: name.to_string(),
        status: FINISHED.to_string(),
        clone: None,
        cascade,
    })
}

/// Worker failure: failed, with the error as exception metadata.
pub fn fail(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    error: &str,
    log_level: i64,
) -> Result<Changed> {
    let store = begin_change(tx, ctx, uid)?;
    let mut instance = instance_for_change(store, uid, name)?;
    instance
        .metadata
        .insert("exceptionType".into(), json!("Error"));
    instance
        .metadata
        .insert("exceptionInfo".into(), json!(error));
    instance
        .metadata
        .insert("logLevel".into(), json!(log_level));
    set_status(&mut instance, FAILED, ctx.now_us);
    store.put_instance(uid, &instance)?;
    Ok(Changed {
        instance: name.to_string(),
        status: FAILED.to_string(),
        clone: None,
        cascade: None,
    })
}

/// `update_instance_status`: any status string; metadata merged shallowly; optional cascade.
pub fn set_instance_status(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    status: &str,
    metadata: Option<&Map<String, Value>>,
    cascade_result: Option<&Value>,
) -> Result<Changed> {
    if status.is_empty() {
        return Err(Error::bad_input("empty status"));
    }
    let store = begin_change(tx, ctx, uid)?;
    let mut instance = instance_for_change(store, uid, name)?;
    if let Some(m) = metadata {
        for (k, v) in m {
            instance.metadata.insert(k.clone(), v.clone());
        }
    }
    set_status(&mut instance, status, ctx.now_us);
    store.put_instance(uid, &instance)?;
    let cascade = match cascade_result {
        Some(result) => cascade(store, uid, &instance.task, result, ctx.now_us)?,
        None => None,
    };
    Ok(Changed {
        instance: name.to_string(),
        status: status.to_string(),
        clone: None,
        cascade,
    })
}

fn require_failed(instance: &InstanceRecord, verb: &str) -> Result<()> {
    if instance.status == FAILED {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "cannot {verb} instance {:?}: it is {}, not failed",
        instance.name, instance.status
    ))
    .hint(format!("only failed instances can be {verb}ed")))
}

/// A clone of an instance: next number, unstarted, same kwargs and abandonState, metadata
/// `{depth, parent}` only.
fn clone_of(
    store: &mut dyn SessionStorage,
    uid: &str,
    source: &InstanceRecord,
) -> Result<InstanceRecord> {
    let number = store.take_instance_number(uid, &source.task)?;
    let depth = source
        .metadata
        .get("depth")
        .and_then(Value::as_u64)
        .unwrap_or(0)
        + 1;
    let mut metadata = Map::new();
    metadata.insert("depth".into(), json!(depth));
    metadata.insert("parent".into(), json!(source.name));
    Ok(InstanceRecord {
        name: format!("{}#{number}", source.task),
        task: source.task.clone(),
        number,
        status: UNSTARTED.to_string(),
        kwargs: source.kwargs.clone(),
        abandon_state: source.abandon_state.clone(),
        metadata,
    })
}

/// `replay_failed_instance`: the original becomes replayed, a clone (with `kwargs` replaced when
/// given) is scheduled.
pub fn replay(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    kwargs: Option<&Map<String, Value>>,
) -> Result<Changed> {
    let store = begin_change(tx, ctx, uid)?;
    let mut original = instance_for_change(store, uid, name)?;
    require_failed(&original, "replay")?;
    let config = TaskConfig(store.task(uid, &original.task)?.ok_or_else(|| {
        Error::conflict(format!(
            "instance {name:?} belongs to task {:?}, which is not configured",
            original.task
        ))
    })?);
    set_status(&mut original, REPLAYED, ctx.now_us);
    store.put_instance(uid, &original)?;
    let mut clone = clone_of(store, uid, &original)?;
    if let Some(k) = kwargs {
        clone.kwargs = k.clone();
    }
    let ready = schedule(&mut clone, &config, ctx.now_us);
    store.put_instance(uid, &clone)?;
    Ok(Changed {
        instance: name.to_string(),
        status: REPLAYED.to_string(),
        clone: Some(ready),
        cascade: None,
    })
}

/// `skip_failed_instance`: skipped; with a cascade the task's name fires with `result`. The
/// instance records `metadata.cascade` (whether it cascaded) and `metadata.result` (the
/// cascade's result, `{}` without one), as Triggers does.
pub fn skip(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    cascade_result: Option<&Value>,
) -> Result<Changed> {
    let store = begin_change(tx, ctx, uid)?;
    let mut instance = instance_for_change(store, uid, name)?;
    require_failed(&instance, "skip")?;
    instance
        .metadata
        .insert("cascade".into(), json!(cascade_result.is_some()));
    instance.metadata.insert(
        "result".into(),
        cascade_result.cloned().unwrap_or_else(|| json!({})),
    );
    set_status(&mut instance, SKIPPED, ctx.now_us);
    store.put_instance(uid, &instance)?;
    let cascade = match cascade_result {
        Some(result) => cascade(store, uid, &instance.task, result, ctx.now_us)?,
        None => None,
    };
    Ok(Changed {
        instance: name.to_string(),
        status: SKIPPED.to_string(),
        clone: None,
        cascade,
    })
}

/// `create_instance`: a new unstarted instance of a configured task.
pub fn create_instance(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    task: &str,
    kwargs: Option<&Map<String, Value>>,
) -> Result<InstanceRecord> {
    let store = begin_change(tx, ctx, uid)?;
    if store.task(uid, task)?.is_none() {
        return Err(
            Error::not_found(format!("task {task:?} not found in session {uid:?}")).hint(
                Fix::ListTasks {
                    session: uid.to_string(),
                },
            ),
        );
    }
    let mut instance = new_instance(store, uid, task, ctx.now_us)?;
    if let Some(k) = kwargs {
        instance.kwargs = k.clone();
    }
    store.put_instance(uid, &instance)?;
    Ok(instance)
}

/// `clone_instance`.
pub fn clone_instance(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
) -> Result<InstanceRecord> {
    let store = begin_change(tx, ctx, uid)?;
    let source = instance_for_change(store, uid, name)?;
    let clone = clone_of(store, uid, &source)?;
    store.put_instance(uid, &clone)?;
    Ok(clone)
}

/// `update_instance_metadata`: shallow merge, timestamps bumped.
pub fn update_metadata(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    metadata: &Map<String, Value>,
) -> Result<InstanceRecord> {
    let store = begin_change(tx, ctx, uid)?;
    let mut instance = instance_for_change(store, uid, name)?;
    for (k, v) in metadata {
        instance.metadata.insert(k.clone(), v.clone());
    }
    stamp(&mut instance, None, ctx.now_us);
    store.put_instance(uid, &instance)?;
    Ok(instance)
}

/// `mark_instance_logs_resolved`.
pub fn resolve_logs(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
) -> Result<InstanceRecord> {
    let mut flag = Map::new();
    flag.insert("logsResolved".into(), json!(true));
    update_metadata(tx, ctx, uid, name, &flag)
}

// ---------------------------------------------------------------------------------------------
// Reading

pub fn instance_json(i: &InstanceRecord) -> Value {
    let mut doc = json!({
        "task": i.task,
        "status": i.status,
        "kwargs": null,
        "abandonState": i.abandon_state,
        "metadata": null,
    });
    // Moved in, not through json!, which would rewrite numbers (1E5 as 1e+5).
    doc["kwargs"] = Value::Object(i.kwargs.clone());
    doc["metadata"] = Value::Object(i.metadata.clone());
    doc
}

fn existing_session(store: &mut dyn SessionStorage, uid: &str) -> Result<()> {
    store
        .session(uid)?
        .map(|_| ())
        .ok_or_else(|| session_not_found(uid))
}

pub fn instance(store: &mut dyn SessionStorage, uid: &str, name: &str) -> Result<InstanceRecord> {
    existing_session(store, uid)?;
    store
        .instance(uid, name)?
        .ok_or_else(|| instance_not_found(uid, name))
}

/// A task as `session tasks` lists it.
#[derive(Debug, Clone)]
pub struct TaskView {
    pub name: String,
    pub config: Map<String, Value>,
    /// No instance yet, or at least one unresolved instance.
    pub unresolved: bool,
}

/// `tasks` / `get_unresolved_tasks`.
pub fn tasks(
    store: &mut dyn SessionStorage,
    uid: &str,
    unresolved_only: bool,
) -> Result<Vec<TaskView>> {
    existing_session(store, uid)?;
    let instances = store.instances(uid, None)?;
    let mut out = Vec::new();
    for (name, config) in store.tasks(uid)? {
        let mine: Vec<&InstanceRecord> = instances.iter().filter(|i| i.task == name).collect();
        let unresolved = mine.is_empty() || mine.iter().any(|i| !is_resolved(&i.status));
        if !unresolved_only || unresolved {
            out.push(TaskView {
                name,
                config,
                unresolved,
            });
        }
    }
    Ok(out)
}

/// Which instances `session instances` shows.
#[derive(Debug, Clone, Default)]
pub struct InstanceFilter {
    pub task: Option<String>,
    pub unresolved: bool,
    pub unresolved_logs: bool,
    pub status: Option<String>,
}

pub fn instances(
    store: &mut dyn SessionStorage,
    uid: &str,
    filter: &InstanceFilter,
) -> Result<Vec<InstanceRecord>> {
    existing_session(store, uid)?;
    Ok(store
        .instances(uid, filter.task.as_deref())?
        .into_iter()
        .filter(|i| !filter.unresolved || !is_resolved(&i.status))
        .filter(|i| !filter.unresolved_logs || !logs_resolved(i))
        .filter(|i| filter.status.as_deref().is_none_or(|s| i.status == s))
        .collect())
}

/// The seed's stored document `{tasks, instances, metas}` (plus `uid`).
pub fn export(store: &mut dyn SessionStorage, uid: &str) -> Result<Value> {
    let session = store.session(uid)?.ok_or_else(|| session_not_found(uid))?;
    let tasks: Map<String, Value> = store
        .tasks(uid)?
        .into_iter()
        .map(|(n, c)| (n, Value::Object(c)))
        .collect();
    let instances: Map<String, Value> = store
        .instances(uid, None)?
        .iter()
        .map(|i| (i.name.clone(), instance_json(i)))
        .collect();
    let mut metas = session.metadata.clone();
    metas.insert(
        "latest_kwargs".into(),
        Value::Object(store.latest_kwargs(uid)?),
    );
    let mut doc = json!({"uid": uid, "tasks": null, "instances": null, "metas": null});
    doc["tasks"] = Value::Object(tasks);
    doc["instances"] = Value::Object(instances);
    doc["metas"] = Value::Object(metas);
    Ok(doc)
}

/// `_save`: stores a whole document (as `export` writes it). Every instance's task must exist;
/// an existing session is replaced only with `replace`.
pub fn import(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    doc: &Value,
    replace: bool,
) -> Result<(u64, u64)> {
    validate_uid(uid)?;
    let Value::Object(doc) = doc else {
        return Err(Error::bad_input(
            "a session document must be a JSON object {tasks, instances, metas}",
        ));
    };
    let empty = Map::new();
    let tasks = match doc.get("tasks") {
        Some(Value::Object(t)) => t,
        None => &empty,
        Some(_) => return Err(Error::bad_input("\"tasks\" must be an object")),
    };
    let checked: Vec<(String, TaskConfig)> = tasks
        .iter()
        .map(|(name, config)| validate_task(name, config).map(|c| (name.clone(), c)))
        .collect::<Result<_>>()?;
    let mut instances: Vec<InstanceRecord> = Vec::new();
    if let Some(found) = doc.get("instances") {
        let Value::Object(found) = found else {
            return Err(Error::bad_input("\"instances\" must be an object"));
        };
        for (name, value) in found {
            instances.push(parse_instance(name, value, tasks)?);
        }
    }
    let metas = match doc.get("metas").or_else(|| doc.get("metadata")) {
        Some(Value::Object(m)) => m.clone(),
        None => Map::new(),
        Some(_) => return Err(Error::bad_input("\"metas\" must be an object")),
    };
    let store = changing(tx, ctx, uid)?;
    if store.session(uid)?.is_some() {
        if !replace {
            return Err(Error::conflict(format!("session {uid:?} already exists"))
                .hint(Fix::ReplaceOrAnotherUid));
        }
        store.delete_session(uid)?;
    }
    store.ensure_session(uid, ctx.now_us)?;
    for (name, config) in &checked {
        store.put_task(uid, name, &config.0, &config.triggers())?;
    }
    let mut next: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    for i in &instances {
        store.put_instance(uid, i)?;
        let n = next.entry(&i.task).or_default();
        *n = (*n).max(i.number + 1);
    }
    // Names are never reused: each task's counter goes past its highest imported number.
    for (task, n) in next {
        store.set_instance_counter(uid, task, n)?;
    }
    let mut session_meta = metas.clone();
    if let Some(Value::Object(latest)) = session_meta.shift_remove("latest_kwargs") {
        for (trigger, kwargs) in latest {
            store.put_latest_kwargs(uid, &trigger, &kwargs)?;
        }
    }
    store.set_session_metadata(uid, &session_meta)?;
    Ok((checked.len() as u64, instances.len() as u64))
}

fn parse_instance(name: &str, value: &Value, tasks: &Map<String, Value>) -> Result<InstanceRecord> {
    let bad = |why: String| Error::bad_input(format!("instance {name:?}: {why}"));
    let Value::Object(v) = value else {
        return Err(bad("must be an object".into()));
    };
    let task = v
        .get("task")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("missing \"task\"".into()))?;
    if !tasks.contains_key(task) {
        return Err(
            bad(format!("its task {task:?} is not in the document's tasks"))
                .hint("nothing was stored"),
        );
    }
    let number = name
        .strip_prefix(&format!("{task}#"))
        .and_then(|n| n.parse::<u64>().ok())
        .ok_or_else(|| bad(format!("the name must be {task}#<n>")))?;
    let map_of = |key: &str| -> Result<Map<String, Value>> {
        match v.get(key) {
            None | Some(Value::Null) => Ok(Map::new()),
            Some(Value::Object(m)) => Ok(m.clone()),
            Some(_) => Err(bad(format!("\"{key}\" must be an object"))),
        }
    };
    Ok(InstanceRecord {
        name: name.to_string(),
        task: task.to_string(),
        number,
        status: v
            .get("status")
            .and_then(Value::as_str)
            .unwrap_or(UNSTARTED)
            .to_string(),
        kwargs: map_of("kwargs")?,
        abandon_state: strings(v.get("abandonState")),
        metadata: map_of("metadata")?,
    })
}

pub fn delete(tx: &mut dyn Transaction, ctx: &SessionContext, uid: &str) -> Result<()> {
    if !changing(tx, ctx, uid)?.delete_session(uid)? {
        return Err(session_not_found(uid));
    }
    Ok(())
}

/// Deletes every session; returns their uids. A session another owner has locked refuses the
/// whole flush (exit 75): it is in use, and the transaction leaves everything as it was.
pub fn flush(tx: &mut dyn Transaction, ctx: &SessionContext) -> Result<Vec<String>> {
    let mut uids = Vec::new();
    tx.sessions()?.sessions(RESOLVED, &mut |s| {
        uids.push(s.uid);
        Ok(())
    })?;
    for uid in &uids {
        changing(tx, ctx, uid)?.delete_session(uid)?;
    }
    Ok(uids)
}

/// Deletes sessions not modified since `before_us` (now minus the idle time, computed by the
/// caller with checked arithmetic); returns their uids.
pub fn gc(tx: &mut dyn Transaction, ctx: &SessionContext, before_us: i64) -> Result<Vec<String>> {
    let idle = tx.sessions()?.idle_sessions(before_us)?;
    let mut removed = Vec::new();
    for uid in idle {
        // A locked session is in use, whatever its age.
        if free_to_change(tx, ctx, &uid)? {
            changing(tx, ctx, &uid)?.delete_session(&uid)?;
            removed.push(uid);
        }
    }
    Ok(removed)
}

/// `check`: instance numbers dense per task (0..n-1, none missing), every instance's task exists.
pub fn check(store: &mut dyn SessionStorage) -> Result<Vec<String>> {
    let audit = store.session_audit()?;
    let mut problems = Vec::new();
    for (uid, task, next, numbers) in audit.numbering {
        let expected: Vec<u64> = (0..next).collect();
        if numbers != expected {
            problems.push(format!(
                "sessions: session {uid:?} task {task:?} has instances {numbers:?}, expected #0..#{}",
                next.saturating_sub(1)
            ));
        }
    }
    for (uid, instance, task) in audit.orphans {
        problems.push(format!(
            "sessions: session {uid:?} instance {instance:?} belongs to missing task {task:?}"
        ));
    }
    Ok(problems)
}

pub fn stats(store: &mut dyn SessionStorage) -> Result<Value> {
    let audit = store.session_audit()?;
    Ok(json!({"sessions": audit.sessions, "instances": audit.instances}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_params_merge_recursively_and_lists_are_replaced() {
        let base = json!({"s": {"name": "obs"}, "extra": {"stuff": "arb"}, "l": [1, 2]});
        let over = json!({"s": {}, "l": [3]});
        assert_eq!(
            merge_params(&base, &over),
            json!({"s": {"name": "obs"}, "extra": {"stuff": "arb"}, "l": [3]})
        );
    }

    #[test]
    fn task_configs_need_after_and_and_every_joins_it() {
        assert_eq!(
            validate_task("t", &json!({"run": "x"}))
                .unwrap_err()
                .exit_code(),
            65
        );
        let c = validate_task("t", &json!({"after": [], "andEvery": "s"})).unwrap();
        assert_eq!(c.after(), vec!["s".to_string()]);
        assert_eq!(
            validate_task("t", &json!({"after": "s"}))
                .unwrap_err()
                .exit_code(),
            65
        );
    }
}
