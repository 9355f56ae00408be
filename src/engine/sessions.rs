//! The storage primitives the sessions face needs. Rules (fire, cascade, replay, what counts as
//! resolved) are in `faces::sessions`.

use serde_json::{Map, Value};

use crate::error::Result;

/// A task instance as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRecord {
    pub name: String,
    pub task: String,
    /// The `n` of `<task>#<n>`.
    pub number: u64,
    pub status: String,
    pub kwargs: Map<String, Value>,
    pub abandon_state: Vec<String>,
    pub metadata: Map<String, Value>,
}

/// A runner's claim on an instance it runs (`session run`): storectl's own bookkeeping, kept
/// beside the instance and never part of its document (Triggers has no such field). Any write
/// of the instance through [`SessionStorage::put_instance`] drops it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRecord {
    /// Which runner: unique per `session run` process.
    pub holder: String,
    /// When it claimed the instance, or last renewed the claim (while its command runs).
    pub renewed_us: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub uid: String,
    pub created_us: i64,
    pub modified_us: i64,
    pub metadata: Map<String, Value>,
}

/// A session in `session list`.
#[derive(Debug, Clone)]
pub struct SessionSummary {
    pub uid: String,
    pub tasks: u64,
    pub instances: u64,
    /// Instances whose status is not one of `resolved`.
    pub unresolved: u64,
    pub modified_us: i64,
}

pub trait SessionStorage {
    fn session(&mut self, uid: &str) -> Result<Option<SessionRecord>>;
    /// Creates the session if it does not exist.
    fn ensure_session(&mut self, uid: &str, now_us: i64) -> Result<()>;
    fn touch_session(&mut self, uid: &str, now_us: i64) -> Result<()>;
    fn set_session_metadata(&mut self, uid: &str, metadata: &Map<String, Value>) -> Result<()>;
    /// Every session, by uid; `resolved` are the statuses that count as resolved.
    fn sessions(
        &mut self,
        resolved: &[&str],
        f: &mut dyn FnMut(SessionSummary) -> Result<()>,
    ) -> Result<()>;
    fn delete_session(&mut self, uid: &str) -> Result<bool>;
    /// Sessions not modified since `before_us`.
    fn idle_sessions(&mut self, before_us: i64) -> Result<Vec<String>>;

    /// Task configs by name.
    fn tasks(&mut self, uid: &str) -> Result<Vec<(String, Map<String, Value>)>>;
    fn task(&mut self, uid: &str, name: &str) -> Result<Option<Map<String, Value>>>;
    /// Stores a task config and the triggers it concerns.
    fn put_task(
        &mut self,
        uid: &str,
        name: &str,
        config: &Map<String, Value>,
        triggers: &[String],
    ) -> Result<()>;
    /// The tasks whose `after` or `unless` names `trigger`, by name.
    fn tasks_using(
        &mut self,
        uid: &str,
        trigger: &str,
    ) -> Result<Vec<(String, Map<String, Value>)>>;
    /// Returns the next instance number of a task and counts it as used.
    fn take_instance_number(&mut self, uid: &str, task: &str) -> Result<u64>;
    /// Sets the number the task's next instance gets.
    fn set_instance_counter(&mut self, uid: &str, task: &str, next: u64) -> Result<()>;

    /// Instances (of one task, or all) by task and number.
    fn instances(&mut self, uid: &str, task: Option<&str>) -> Result<Vec<InstanceRecord>>;
    fn instance(&mut self, uid: &str, name: &str) -> Result<Option<InstanceRecord>>;
    /// Inserts or overwrites an instance (and drops its claim).
    fn put_instance(&mut self, uid: &str, instance: &InstanceRecord) -> Result<()>;
    /// The claim on an instance, if a runner holds one.
    fn instance_claim(&mut self, uid: &str, name: &str) -> Result<Option<ClaimRecord>>;
    /// Compare-and-set: overwrites the existing instance with `instance` claimed by `claim`, only
    /// while its stored status is `expected_status` and its stored claim's holder is
    /// `expected_holder` (`None`: no claim). Returns whether it did; a backend must make the
    /// comparison and the write one atomic step, whatever its isolation.
    fn claim_instance(
        &mut self,
        uid: &str,
        instance: &InstanceRecord,
        claim: &ClaimRecord,
        expected_status: &str,
        expected_holder: Option<&str>,
    ) -> Result<bool>;

    fn latest_kwargs(&mut self, uid: &str) -> Result<Map<String, Value>>;
    fn put_latest_kwargs(&mut self, uid: &str, trigger: &str, kwargs: &Value) -> Result<()>;

    /// (task, instance numbers) of every task, and (instance, task) of instances whose task is
    /// missing: for `check`.
    fn session_audit(&mut self) -> Result<SessionAudit>;
}

#[derive(Debug, Default)]
pub struct SessionAudit {
    pub sessions: u64,
    pub instances: u64,
    /// (uid, task, next_instance, numbers used) per task.
    pub numbering: Vec<(String, String, u64, Vec<u64>)>,
    /// (uid, instance, task) whose task does not exist.
    pub orphans: Vec<(String, String, String)>,
}
