//! Session primitives on PostgreSQL, statement for statement as on SQLite; a runner's claim is
//! kept in columns of its own.

use serde_json::{json, Map, Value};

use super::PgTx;
use crate::engine::sessions::{
    ClaimRecord, InstanceRecord, SessionAudit, SessionRecord, SessionStorage, SessionSummary,
};
use crate::error::{Error, Result};

fn json_map(text: &str) -> Map<String, Value> {
    match crate::exact_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// An instance from `name, task, number, status, state`.
fn instance_from_row(r: &postgres::Row) -> InstanceRecord {
    let state = json_map(r.get(4));
    let take_map = |key: &str| match state.get(key) {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    InstanceRecord {
        name: r.get(0),
        task: r.get(1),
        number: r.get::<_, i64>(2) as u64,
        status: r.get(3),
        kwargs: take_map("kwargs"),
        abandon_state: match state.get("abandonState") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        },
        metadata: take_map("metadata"),
    }
}

fn state_of(i: &InstanceRecord) -> String {
    json!({"kwargs": i.kwargs, "abandonState": i.abandon_state, "metadata": i.metadata}).to_string()
}

impl PgTx<'_> {
    fn session_id(&mut self, uid: &str) -> Result<Option<i64>> {
        if let Some(id) = self.session_ids.get(uid) {
            return Ok(Some(*id));
        }
        let stmt = self.statement("SELECT id FROM sessions WHERE uid = $1")?;
        let id: Option<i64> = self.tx.query_opt(&stmt, &[&uid])?.map(|r| r.get(0));
        if let Some(id) = id {
            self.session_ids.insert(uid.to_string(), id);
        }
        Ok(id)
    }

    /// The id of a session the face has made sure exists.
    fn existing_session(&mut self, uid: &str) -> Result<i64> {
        self.session_id(uid)?.ok_or_else(|| {
            Error::internal(format!("session {uid:?} vanished within a transaction"))
        })
    }

    fn task_rows(
        &mut self,
        sql: &'static str,
        id: i64,
        key: &str,
    ) -> Result<Vec<(String, Map<String, Value>)>> {
        let stmt = self.statement(sql)?;
        Ok(self
            .tx
            .query(&stmt, &[&id, &key])?
            .iter()
            .map(|r| (r.get::<_, String>(0), json_map(r.get(1))))
            .collect())
    }
}

impl SessionStorage for PgTx<'_> {
    fn session(&mut self, uid: &str) -> Result<Option<SessionRecord>> {
        let stmt = self.statement(
            "SELECT uid, created_us, modified_us, metadata FROM sessions WHERE uid = $1",
        )?;
        Ok(self.tx.query_opt(&stmt, &[&uid])?.map(|r| SessionRecord {
            uid: r.get(0),
            created_us: r.get(1),
            modified_us: r.get(2),
            metadata: json_map(r.get(3)),
        }))
    }

    fn ensure_session(&mut self, uid: &str, now_us: i64) -> Result<()> {
        let stmt = self.statement(
            "INSERT INTO sessions (uid, created_us, modified_us) VALUES ($1, $2, $2)
             ON CONFLICT (uid) DO NOTHING",
        )?;
        self.tx.execute(&stmt, &[&uid, &now_us])?;
        Ok(())
    }

    fn touch_session(&mut self, uid: &str, now_us: i64) -> Result<()> {
        let stmt = self.statement(
            "UPDATE sessions SET modified_us = GREATEST(modified_us, $2) WHERE uid = $1",
        )?;
        self.tx.execute(&stmt, &[&uid, &now_us])?;
        Ok(())
    }

    fn set_session_metadata(&mut self, uid: &str, metadata: &Map<String, Value>) -> Result<()> {
        let stmt = self.statement("UPDATE sessions SET metadata = $2 WHERE uid = $1")?;
        let text = Value::Object(metadata.clone()).to_string();
        self.tx.execute(&stmt, &[&uid, &text])?;
        Ok(())
    }

    fn sessions(
        &mut self,
        resolved: &[&str],
        f: &mut dyn FnMut(SessionSummary) -> Result<()>,
    ) -> Result<()> {
        let stmt = self.statement(
            "SELECT s.uid, s.modified_us,
                    (SELECT count(*) FROM session_tasks t WHERE t.session_id = s.id),
                    (SELECT count(*) FROM session_instances i WHERE i.session_id = s.id),
                    (SELECT count(*) FROM session_instances i WHERE i.session_id = s.id
                        AND i.status <> ALL ($1::TEXT[]))
               FROM sessions s ORDER BY s.uid",
        )?;
        let resolved: Vec<&str> = resolved.to_vec();
        for r in self.tx.query(&stmt, &[&resolved])? {
            f(SessionSummary {
                uid: r.get(0),
                modified_us: r.get(1),
                tasks: r.get::<_, i64>(2) as u64,
                instances: r.get::<_, i64>(3) as u64,
                unresolved: r.get::<_, i64>(4) as u64,
            })?;
        }
        Ok(())
    }

    fn delete_session(&mut self, uid: &str) -> Result<bool> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(false);
        };
        // Tasks, triggers, instances and kwargs go with it (ON DELETE CASCADE).
        let stmt = self.statement("DELETE FROM sessions WHERE id = $1")?;
        self.tx.execute(&stmt, &[&id])?;
        self.session_ids.remove(uid);
        Ok(true)
    }

    fn idle_sessions(&mut self, before_us: i64) -> Result<Vec<String>> {
        let stmt =
            self.statement("SELECT uid FROM sessions WHERE modified_us < $1 ORDER BY uid")?;
        Ok(self
            .tx
            .query(&stmt, &[&before_us])?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn tasks(&mut self, uid: &str) -> Result<Vec<(String, Map<String, Value>)>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Vec::new());
        };
        let stmt = self.statement(
            "SELECT name, config FROM session_tasks WHERE session_id = $1 ORDER BY name",
        )?;
        Ok(self
            .tx
            .query(&stmt, &[&id])?
            .iter()
            .map(|r| (r.get::<_, String>(0), json_map(r.get(1))))
            .collect())
    }

    fn task(&mut self, uid: &str, name: &str) -> Result<Option<Map<String, Value>>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(None);
        };
        let stmt =
            self.statement("SELECT config FROM session_tasks WHERE session_id = $1 AND name = $2")?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&id, &name])?
            .map(|r| json_map(r.get(0))))
    }

    fn put_task(
        &mut self,
        uid: &str,
        name: &str,
        config: &Map<String, Value>,
        triggers: &[String],
    ) -> Result<()> {
        let id = self.existing_session(uid)?;
        let stmt = self.statement(
            "INSERT INTO session_tasks (session_id, name, config) VALUES ($1, $2, $3)
             ON CONFLICT (session_id, name) DO UPDATE SET config = excluded.config",
        )?;
        let text = Value::Object(config.clone()).to_string();
        self.tx.execute(&stmt, &[&id, &name, &text])?;
        let stmt = self
            .statement("DELETE FROM session_task_triggers WHERE session_id = $1 AND task = $2")?;
        self.tx.execute(&stmt, &[&id, &name])?;
        let stmt = self.statement(
            "INSERT INTO session_task_triggers (session_id, trigger, task) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
        )?;
        for trigger in triggers {
            self.tx.execute(&stmt, &[&id, trigger, &name])?;
        }
        Ok(())
    }

    fn tasks_using(
        &mut self,
        uid: &str,
        trigger: &str,
    ) -> Result<Vec<(String, Map<String, Value>)>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Vec::new());
        };
        self.task_rows(
            "SELECT t.name, t.config FROM session_task_triggers g
               JOIN session_tasks t ON t.session_id = g.session_id AND t.name = g.task
              WHERE g.session_id = $1 AND g.trigger = $2 ORDER BY t.name",
            id,
            trigger,
        )
    }

    fn take_instance_number(&mut self, uid: &str, task: &str) -> Result<u64> {
        let id = self.existing_session(uid)?;
        let stmt = self.statement(
            "UPDATE session_tasks SET next_instance = next_instance + 1
              WHERE session_id = $1 AND name = $2 RETURNING next_instance - 1",
        )?;
        let n: i64 = self
            .tx
            .query_opt(&stmt, &[&id, &task])?
            .map(|r| r.get(0))
            .ok_or_else(|| {
                Error::not_found(format!("task {task:?} not found in session {uid:?}"))
            })?;
        Ok(n as u64)
    }

    fn set_instance_counter(&mut self, uid: &str, task: &str, next: u64) -> Result<()> {
        let id = self.existing_session(uid)?;
        let stmt = self.statement(
            "UPDATE session_tasks SET next_instance = $3 WHERE session_id = $1 AND name = $2",
        )?;
        self.tx.execute(&stmt, &[&id, &task, &(next as i64)])?;
        Ok(())
    }

    fn instances(&mut self, uid: &str, task: Option<&str>) -> Result<Vec<InstanceRecord>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Vec::new());
        };
        let rows = match task {
            Some(task) => {
                let stmt = self.statement(
                    "SELECT name, task, number, status, state FROM session_instances
                      WHERE session_id = $1 AND task = $2 ORDER BY number",
                )?;
                self.tx.query(&stmt, &[&id, &task])?
            }
            None => {
                let stmt = self.statement(
                    "SELECT name, task, number, status, state FROM session_instances
                      WHERE session_id = $1 ORDER BY task, number",
                )?;
                self.tx.query(&stmt, &[&id])?
            }
        };
        Ok(rows.iter().map(instance_from_row).collect())
    }

    fn instance(&mut self, uid: &str, name: &str) -> Result<Option<InstanceRecord>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(None);
        };
        let stmt = self.statement(
            "SELECT name, task, number, status, state FROM session_instances
              WHERE session_id = $1 AND name = $2",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&id, &name])?
            .map(|r| instance_from_row(&r)))
    }

    fn put_instance(&mut self, uid: &str, i: &InstanceRecord) -> Result<()> {
        let id = self.existing_session(uid)?;
        let stmt = self.statement(
            "INSERT INTO session_instances (session_id, name, task, number, status, state)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (session_id, name) DO UPDATE SET task = excluded.task,
                    number = excluded.number, status = excluded.status, state = excluded.state,
                    claim_holder = NULL, claim_renewed_us = NULL",
        )?;
        self.tx.execute(
            &stmt,
            &[
                &id,
                &i.name,
                &i.task,
                &(i.number as i64),
                &i.status,
                &state_of(i),
            ],
        )?;
        Ok(())
    }

    fn instance_claim(&mut self, uid: &str, name: &str) -> Result<Option<ClaimRecord>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(None);
        };
        let stmt = self.statement(
            "SELECT claim_holder, claim_renewed_us FROM session_instances
              WHERE session_id = $1 AND name = $2",
        )?;
        Ok(match self.tx.query_opt(&stmt, &[&id, &name])? {
            Some(r) => match (r.get::<_, Option<String>>(0), r.get::<_, Option<i64>>(1)) {
                (Some(holder), Some(renewed_us)) => Some(ClaimRecord { holder, renewed_us }),
                _ => None,
            },
            None => None,
        })
    }

    fn claim_instance(
        &mut self,
        uid: &str,
        i: &InstanceRecord,
        claim: &ClaimRecord,
        expected_status: &str,
        expected_holder: Option<&str>,
    ) -> Result<bool> {
        let id = self.existing_session(uid)?;
        // One statement compares and writes; under SERIALIZABLE a runner that lost the race
        // fails with a serialization error and runs again, then finds the claim taken.
        let stmt = self.statement(
            "UPDATE session_instances
                SET status = $3, state = $4, claim_holder = $7, claim_renewed_us = $8
              WHERE session_id = $1 AND name = $2 AND status = $5
                AND claim_holder IS NOT DISTINCT FROM $6",
        )?;
        let changed = self.tx.execute(
            &stmt,
            &[
                &id,
                &i.name,
                &i.status,
                &state_of(i),
                &expected_status,
                &expected_holder,
                &claim.holder,
                &claim.renewed_us,
            ],
        )?;
        Ok(changed == 1)
    }

    fn latest_kwargs(&mut self, uid: &str) -> Result<Map<String, Value>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Map::new());
        };
        let stmt = self.statement(
            "SELECT trigger, kwargs FROM session_latest_kwargs WHERE session_id = $1
              ORDER BY trigger",
        )?;
        let mut out = Map::new();
        for r in self.tx.query(&stmt, &[&id])? {
            out.insert(
                r.get(0),
                crate::exact_json::from_str(r.get(1)).unwrap_or(Value::Null),
            );
        }
        Ok(out)
    }

    fn put_latest_kwargs(&mut self, uid: &str, trigger: &str, kwargs: &Value) -> Result<()> {
        let id = self.existing_session(uid)?;
        let stmt = self.statement(
            "INSERT INTO session_latest_kwargs (session_id, trigger, kwargs) VALUES ($1, $2, $3)
             ON CONFLICT (session_id, trigger) DO UPDATE SET kwargs = excluded.kwargs",
        )?;
        self.tx
            .execute(&stmt, &[&id, &trigger, &kwargs.to_string()])?;
        Ok(())
    }

    fn session_audit(&mut self) -> Result<SessionAudit> {
        let mut audit = SessionAudit::default();
        let row = self.tx.query_one(
            "SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM session_instances)",
            &[],
        )?;
        audit.sessions = row.get::<_, i64>(0) as u64;
        audit.instances = row.get::<_, i64>(1) as u64;
        audit.numbering = self
            .tx
            .query(
                "SELECT s.uid, t.name, t.next_instance,
                        coalesce((SELECT array_agg(i.number ORDER BY i.number)
                                    FROM session_instances i
                                   WHERE i.session_id = t.session_id AND i.task = t.name),
                                 ARRAY[]::BIGINT[])
                   FROM session_tasks t JOIN sessions s ON s.id = t.session_id
                  ORDER BY s.uid, t.name",
                &[],
            )?
            .iter()
            .map(|r| {
                (
                    r.get::<_, String>(0),
                    r.get::<_, String>(1),
                    r.get::<_, i64>(2) as u64,
                    r.get::<_, Vec<i64>>(3)
                        .into_iter()
                        .map(|n| n as u64)
                        .collect(),
                )
            })
            .collect();
        audit.orphans = self
            .tx
            .query(
                "SELECT s.uid, i.name, i.task FROM session_instances i
                   JOIN sessions s ON s.id = i.session_id
                  WHERE NOT EXISTS (SELECT 1 FROM session_tasks t
                                     WHERE t.session_id = i.session_id AND t.name = i.task)
                  ORDER BY s.uid, i.name",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        Ok(audit)
    }
}
