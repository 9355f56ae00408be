//! Session primitives on SQLite.

use rusqlite::{params, OptionalExtension, Row};
use serde_json::{json, Map, Value};

use super::SqliteTx;
use crate::engine::sessions::{
    ClaimRecord, InstanceRecord, SessionAudit, SessionRecord, SessionStorage, SessionSummary,
};
use crate::error::{Error, Result};

/// An instance's `state` column: its document's kwargs, abandonState and metadata, and a
/// runner's claim. Written as text straight from the record, so numbers keep their digits
/// (`json!` would go through `to_value`, which rewrites `1E5` as `1e+5`).
fn instance_state(i: &InstanceRecord, claim: Option<&ClaimRecord>) -> Result<String> {
    #[derive(serde::Serialize)]
    struct State<'a> {
        kwargs: &'a Map<String, Value>,
        #[serde(rename = "abandonState")]
        abandon_state: &'a [String],
        metadata: &'a Map<String, Value>,
        #[serde(skip_serializing_if = "Option::is_none")]
        claim: Option<Claim<'a>>,
    }
    #[derive(serde::Serialize)]
    struct Claim<'a> {
        holder: &'a str,
        renewed_us: i64,
    }
    let state = State {
        kwargs: &i.kwargs,
        abandon_state: &i.abandon_state,
        metadata: &i.metadata,
        claim: claim.map(|c| Claim {
            holder: &c.holder,
            renewed_us: c.renewed_us,
        }),
    };
    serde_json::to_string(&state)
        .map_err(|e| Error::internal(format!("cannot write an instance's state: {e}")))
}

fn json_map(text: &str) -> Map<String, Value> {
    match crate::exact_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn instance_from_row(r: &Row) -> rusqlite::Result<InstanceRecord> {
    let state = json_map(&r.get::<_, String>(4)?);
    let take_map = |key: &str| match state.get(key) {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    Ok(InstanceRecord {
        name: r.get(0)?,
        task: r.get(1)?,
        number: r.get::<_, i64>(2)? as u64,
        status: r.get(3)?,
        kwargs: take_map("kwargs"),
        abandon_state: match state.get("abandonState") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        },
        metadata: take_map("metadata"),
    })
}

impl SqliteTx<'_> {
    fn session_id(&mut self, uid: &str) -> Result<Option<i64>> {
        if let Some(id) = self.session_ids.get(uid) {
            return Ok(Some(*id));
        }
        let id: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM sessions WHERE uid = ?1")?
            .query_row([uid], |r| r.get(0))
            .optional()?;
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
}

impl SessionStorage for SqliteTx<'_> {
    fn session(&mut self, uid: &str) -> Result<Option<SessionRecord>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT uid, created_us, modified_us, metadata FROM sessions WHERE uid = ?1",
            )?
            .query_row([uid], |r| {
                Ok(SessionRecord {
                    uid: r.get(0)?,
                    created_us: r.get(1)?,
                    modified_us: r.get(2)?,
                    metadata: json_map(&r.get::<_, String>(3)?),
                })
            })
            .optional()?)
    }

    fn ensure_session(&mut self, uid: &str, now_us: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO sessions (uid, created_us, modified_us) VALUES (?1, ?2, ?2) ON CONFLICT (uid) DO NOTHING",
            )?
            .execute(params![uid, now_us])?;
        Ok(())
    }

    fn touch_session(&mut self, uid: &str, now_us: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE sessions SET modified_us = max(modified_us, ?2) WHERE uid = ?1",
            )?
            .execute(params![uid, now_us])?;
        Ok(())
    }

    fn set_session_metadata(&mut self, uid: &str, metadata: &Map<String, Value>) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE sessions SET metadata = ?2 WHERE uid = ?1")?
            .execute(params![uid, Value::Object(metadata.clone()).to_string()])?;
        Ok(())
    }

    fn sessions(
        &mut self,
        resolved: &[&str],
        f: &mut dyn FnMut(SessionSummary) -> Result<()>,
    ) -> Result<()> {
        let resolved_json = json!(resolved).to_string();
        let mut stmt = self.tx.prepare_cached(
            "SELECT s.uid, s.modified_us,
                    (SELECT count(*) FROM session_tasks t WHERE t.session_id = s.id),
                    (SELECT count(*) FROM session_instances i WHERE i.session_id = s.id),
                    (SELECT count(*) FROM session_instances i WHERE i.session_id = s.id
                        AND i.status NOT IN (SELECT value FROM json_each(?1)))
               FROM sessions s ORDER BY s.uid",
        )?;
        let mut rows = stmt.query([resolved_json])?;
        while let Some(r) = rows.next()? {
            f(SessionSummary {
                uid: r.get(0)?,
                modified_us: r.get(1)?,
                tasks: r.get::<_, i64>(2)? as u64,
                instances: r.get::<_, i64>(3)? as u64,
                unresolved: r.get::<_, i64>(4)? as u64,
            })?;
        }
        Ok(())
    }

    fn delete_session(&mut self, uid: &str) -> Result<bool> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(false);
        };
        for table in [
            "session_latest_kwargs",
            "session_instances",
            "session_task_triggers",
            "session_tasks",
        ] {
            self.tx
                .prepare_cached(&format!("DELETE FROM {table} WHERE session_id = ?1"))?
                .execute([id])?;
        }
        self.tx
            .prepare_cached("DELETE FROM sessions WHERE id = ?1")?
            .execute([id])?;
        self.session_ids.remove(uid);
        Ok(true)
    }

    fn idle_sessions(&mut self, before_us: i64) -> Result<Vec<String>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT uid FROM sessions WHERE modified_us < ?1 ORDER BY uid")?;
        let rows = stmt.query_map([before_us], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn tasks(&mut self, uid: &str) -> Result<Vec<(String, Map<String, Value>)>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Vec::new());
        };
        let mut stmt = self.tx.prepare_cached(
            "SELECT name, config FROM session_tasks WHERE session_id = ?1 ORDER BY name",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, json_map(&r.get::<_, String>(1)?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn task(&mut self, uid: &str, name: &str) -> Result<Option<Map<String, Value>>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .prepare_cached("SELECT config FROM session_tasks WHERE session_id = ?1 AND name = ?2")?
            .query_row(params![id, name], |r| Ok(json_map(&r.get::<_, String>(0)?)))
            .optional()?)
    }

    fn put_task(
        &mut self,
        uid: &str,
        name: &str,
        config: &Map<String, Value>,
        triggers: &[String],
    ) -> Result<()> {
        let id = self.existing_session(uid)?;
        self.tx
            .prepare_cached(
                "INSERT INTO session_tasks (session_id, name, config) VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id, name) DO UPDATE SET config = excluded.config",
            )?
            .execute(params![id, name, Value::Object(config.clone()).to_string()])?;
        self.tx
            .prepare_cached(
                "DELETE FROM session_task_triggers WHERE session_id = ?1 AND task = ?2",
            )?
            .execute(params![id, name])?;
        let mut stmt = self.tx.prepare_cached(
            "INSERT OR IGNORE INTO session_task_triggers (session_id, trigger, task) VALUES (?1, ?2, ?3)",
        )?;
        for trigger in triggers {
            stmt.execute(params![id, trigger, name])?;
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
        let mut stmt = self.tx.prepare_cached(
            "SELECT t.name, t.config FROM session_task_triggers g
               JOIN session_tasks t ON t.session_id = g.session_id AND t.name = g.task
              WHERE g.session_id = ?1 AND g.trigger = ?2 ORDER BY t.name",
        )?;
        let rows = stmt.query_map(params![id, trigger], |r| {
            Ok((r.get::<_, String>(0)?, json_map(&r.get::<_, String>(1)?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn take_instance_number(&mut self, uid: &str, task: &str) -> Result<u64> {
        let id = self.existing_session(uid)?;
        let n: i64 = self
            .tx
            .prepare_cached(
                "UPDATE session_tasks SET next_instance = next_instance + 1
                  WHERE session_id = ?1 AND name = ?2 RETURNING next_instance - 1",
            )?
            .query_row(params![id, task], |r| r.get(0))
            .optional()?
            .ok_or_else(|| {
                Error::not_found(format!("task {task:?} not found in session {uid:?}"))
            })?;
        Ok(n as u64)
    }

    fn set_instance_counter(&mut self, uid: &str, task: &str, next: u64) -> Result<()> {
        let id = self.existing_session(uid)?;
        self.tx
            .prepare_cached(
                "UPDATE session_tasks SET next_instance = ?3 WHERE session_id = ?1 AND name = ?2",
            )?
            .execute(params![id, task, next as i64])?;
        Ok(())
    }

    fn instances(&mut self, uid: &str, task: Option<&str>) -> Result<Vec<InstanceRecord>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Vec::new());
        };
        // Two statements, not `?2 IS NULL OR task = ?2`, which would keep SQLite from using the
        // (session_id, task, number) index and scan every instance of the session.
        let rows = match task {
            Some(task) => {
                let mut stmt = self.tx.prepare_cached(
                    "SELECT name, task, number, status, state FROM session_instances
                      WHERE session_id = ?1 AND task = ?2 ORDER BY number",
                )?;
                let rows = stmt.query_map(params![id, task], instance_from_row)?;
                rows.collect::<rusqlite::Result<Vec<_>>>()?
            }
            None => {
                let mut stmt = self.tx.prepare_cached(
                    "SELECT name, task, number, status, state FROM session_instances
                      WHERE session_id = ?1 ORDER BY task, number",
                )?;
                let rows = stmt.query_map(params![id], instance_from_row)?;
                rows.collect::<rusqlite::Result<Vec<_>>>()?
            }
        };
        Ok(rows)
    }

    fn instance(&mut self, uid: &str, name: &str) -> Result<Option<InstanceRecord>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .prepare_cached(
                "SELECT name, task, number, status, state FROM session_instances WHERE session_id = ?1 AND name = ?2",
            )?
            .query_row(params![id, name], instance_from_row)
            .optional()?)
    }

    fn put_instance(&mut self, uid: &str, i: &InstanceRecord) -> Result<()> {
        let id = self.existing_session(uid)?;
        let state = instance_state(i, None)?;
        self.tx
            .prepare_cached(
                "INSERT INTO session_instances (session_id, name, task, number, status, state)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (session_id, name) DO UPDATE SET task = excluded.task, number = excluded.number,
                        status = excluded.status, state = excluded.state",
            )?
            .execute(params![id, i.name, i.task, i.number as i64, i.status, state])?;
        Ok(())
    }

    fn instance_claim(&mut self, uid: &str, name: &str) -> Result<Option<ClaimRecord>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(None);
        };
        let claim: Option<(Option<String>, Option<i64>)> = self
            .tx
            .prepare_cached(
                "SELECT json_extract(state, '$.claim.holder'), json_extract(state, '$.claim.renewed_us')
                   FROM session_instances WHERE session_id = ?1 AND name = ?2",
            )?
            .query_row(params![id, name], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(match claim {
            Some((Some(holder), Some(renewed_us))) => Some(ClaimRecord { holder, renewed_us }),
            _ => None,
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
        // The claim lives in the row's state, beside what the instance's document is read from
        // (instance_from_row reads only kwargs, abandonState and metadata).
        let state = instance_state(i, Some(claim))?;
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE session_instances SET status = ?3, state = ?4
                  WHERE session_id = ?1 AND name = ?2 AND status = ?5
                    AND json_extract(state, '$.claim.holder') IS ?6",
            )?
            .execute(params![
                id,
                i.name,
                i.status,
                state,
                expected_status,
                expected_holder
            ])?;
        Ok(changed == 1)
    }

    fn latest_kwargs(&mut self, uid: &str) -> Result<Map<String, Value>> {
        let Some(id) = self.session_id(uid)? else {
            return Ok(Map::new());
        };
        let mut stmt = self
            .tx
            .prepare_cached("SELECT trigger, kwargs FROM session_latest_kwargs WHERE session_id = ?1 ORDER BY trigger")?;
        let mut rows = stmt.query([id])?;
        let mut out = Map::new();
        while let Some(r) = rows.next()? {
            let kwargs: String = r.get(1)?;
            out.insert(
                r.get(0)?,
                crate::exact_json::from_str(&kwargs).unwrap_or(Value::Null),
            );
        }
        Ok(out)
    }

    fn put_latest_kwargs(&mut self, uid: &str, trigger: &str, kwargs: &Value) -> Result<()> {
        let id = self.existing_session(uid)?;
        self.tx
            .prepare_cached(
                "INSERT INTO session_latest_kwargs (session_id, trigger, kwargs) VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id, trigger) DO UPDATE SET kwargs = excluded.kwargs",
            )?
            .execute(params![id, trigger, kwargs.to_string()])?;
        Ok(())
    }

    fn session_audit(&mut self) -> Result<SessionAudit> {
        let mut audit = SessionAudit::default();
        let (sessions, instances): (i64, i64) = self.tx.query_row(
            "SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM session_instances)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        audit.sessions = sessions as u64;
        audit.instances = instances as u64;
        let mut stmt = self.tx.prepare(
            "SELECT s.uid, t.name, t.next_instance,
                    (SELECT group_concat(i.number) FROM (SELECT number FROM session_instances i
                       WHERE i.session_id = t.session_id AND i.task = t.name ORDER BY number) i)
               FROM session_tasks t JOIN sessions s ON s.id = t.session_id ORDER BY s.uid, t.name",
        )?;
        let rows = stmt.query_map([], |r| {
            let numbers: Option<String> = r.get(3)?;
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)? as u64,
                numbers
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|n| n.parse().ok())
                    .collect::<Vec<u64>>(),
            ))
        })?;
        audit.numbering = rows.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.tx.prepare(
            "SELECT s.uid, i.name, i.task FROM session_instances i JOIN sessions s ON s.id = i.session_id
              WHERE NOT EXISTS (SELECT 1 FROM session_tasks t WHERE t.session_id = i.session_id AND t.name = i.task)
              ORDER BY s.uid, i.name",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        audit.orphans = rows.collect::<rusqlite::Result<_>>()?;
        Ok(audit)
    }
}
