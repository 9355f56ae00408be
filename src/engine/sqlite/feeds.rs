//! Feed primitives on SQLite. Timeline counts are kept by these primitives (one UPDATE per call,
//! not a trigger per row), so bulk inserts stay cheap and `feed count` never scans.

use rusqlite::{params, params_from_iter, OptionalExtension};

use super::SqliteTx;
use crate::engine::feeds::{
    ActivityRecord, FeedAudit, FeedId, FeedStorage, IdRange, Order, TimelineInfo,
};
use crate::error::Result;

/// ` AND (ms, tail) > (?, ?)`-style conditions for a range, with their parameters.
fn range_sql(range: &IdRange, prefix: &str, params: &mut Vec<i64>) -> String {
    let mut sql = String::new();
    if let Some((id, inclusive)) = range.above {
        sql.push_str(&format!(
            " AND ({prefix}ms, {prefix}tail) {} (?, ?)",
            if inclusive { ">=" } else { ">" }
        ));
        params.extend([id.ms, id.tail]);
    }
    if let Some((id, inclusive)) = range.below {
        sql.push_str(&format!(
            " AND ({prefix}ms, {prefix}tail) {} (?, ?)",
            if inclusive { "<=" } else { "<" }
        ));
        params.extend([id.ms, id.tail]);
    }
    sql
}

/// An activity from the columns `actor, target, extra_context, verb, object, time_us` starting
/// at column `at`.
fn activity_row(id: FeedId, r: &rusqlite::Row, at: usize) -> rusqlite::Result<ActivityRecord> {
    Ok(ActivityRecord {
        id,
        actor: r.get(at)?,
        target: r.get(at + 1)?,
        extra_context: r.get(at + 2)?,
        verb: r.get::<_, Option<i64>>(at + 3)?.map(|v| v as u64),
        object: r.get::<_, Option<i64>>(at + 4)?.map(|o| o as u64),
        time_us: r.get(at + 5)?,
    })
}

impl SqliteTx<'_> {
    fn timeline_id(&mut self, key: &str) -> Result<Option<i64>> {
        if let Some(id) = self.timeline_ids.get(key) {
            return Ok(Some(*id));
        }
        let id: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM feed_timelines WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        if let Some(id) = id {
            self.timeline_ids.insert(key.to_string(), id);
        }
        Ok(id)
    }

    fn timeline_id_or_create(&mut self, key: &str) -> Result<i64> {
        if let Some(id) = self.timeline_id(key)? {
            return Ok(id);
        }
        self.tx
            .prepare_cached("INSERT INTO feed_timelines (key) VALUES (?1)")?
            .execute([key])?;
        let id = self.tx.last_insert_rowid();
        self.timeline_ids.insert(key.to_string(), id);
        Ok(id)
    }

    fn adjust_count(&mut self, timeline: i64, delta: i64) -> Result<()> {
        if delta != 0 {
            self.tx
                .prepare_cached("UPDATE feed_timelines SET entries = entries + ?2 WHERE id = ?1")?
                .execute(params![timeline, delta])?;
        }
        Ok(())
    }
}

impl FeedStorage for SqliteTx<'_> {
    fn put_activities(&mut self, activities: &[ActivityRecord]) -> Result<u64> {
        // A new id is one insert; only an existing one costs a second statement (the later
        // write wins), and the insert's change count says which activities were new.
        let mut insert = self.tx.prepare_cached(
            "INSERT OR IGNORE INTO feed_activities (ms, tail, actor, target, extra_context, verb, object, time_us)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut update = self.tx.prepare_cached(
            "UPDATE feed_activities SET actor = ?3, target = ?4, extra_context = ?5, verb = ?6,
                    object = ?7, time_us = ?8
              WHERE ms = ?1 AND tail = ?2",
        )?;
        let mut new = 0;
        for a in activities {
            let values = params![
                a.id.ms,
                a.id.tail,
                a.actor,
                a.target,
                a.extra_context,
                a.verb.map(|v| v as i64),
                a.object.map(|o| o as i64),
                a.time_us
            ];
            if insert.execute(values)? == 1 {
                new += 1;
            } else {
                update.execute(values)?;
            }
        }
        Ok(new)
    }

    fn activity(&mut self, id: FeedId) -> Result<Option<ActivityRecord>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT actor, target, extra_context, verb, object, time_us FROM feed_activities
                  WHERE ms = ?1 AND tail = ?2",
            )?
            .query_row([id.ms, id.tail], |r| activity_row(id, r, 0))
            .optional()?)
    }

    fn remove_activities(&mut self, ids: &[FeedId]) -> Result<u64> {
        let mut stmt = self
            .tx
            .prepare_cached("DELETE FROM feed_activities WHERE ms = ?1 AND tail = ?2")?;
        let mut removed = 0;
        for id in ids {
            removed += stmt.execute([id.ms, id.tail])? as u64;
        }
        Ok(removed)
    }

    fn timeline_count(&mut self, key: &str) -> Result<Option<u64>> {
        Ok(self
            .tx
            .prepare_cached("SELECT entries FROM feed_timelines WHERE key = ?1")?
            .query_row([key], |r| r.get::<_, i64>(0))
            .optional()?
            .map(|n| n as u64))
    }

    fn add_entries(&mut self, key: &str, ids: &[FeedId]) -> Result<u64> {
        let timeline = self.timeline_id_or_create(key)?;
        let mut added = 0;
        {
            let mut stmt = self.tx.prepare_cached(
                "INSERT OR IGNORE INTO feed_entries (timeline_id, ms, tail) VALUES (?1, ?2, ?3)",
            )?;
            for id in ids {
                added += stmt.execute([timeline, id.ms, id.tail])? as u64;
            }
        }
        self.adjust_count(timeline, added as i64)?;
        Ok(added)
    }

    fn entries(
        &mut self,
        key: &str,
        range: IdRange,
        order: Order,
        offset: u64,
        limit: Option<u64>,
    ) -> Result<Vec<(FeedId, Option<ActivityRecord>)>> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(Vec::new());
        };
        let mut params = vec![timeline];
        let conditions = range_sql(&range, "", &mut params);
        let dir = match order {
            Order::NewestFirst => "DESC",
            Order::OldestFirst => "ASC",
        };
        params.push(limit.map_or(-1, |l| l.min(i64::MAX as u64) as i64));
        params.push(offset.min(i64::MAX as u64) as i64);
        // The page is cut from the index first; only its rows are joined with their activities.
        let sql = format!(
            "SELECT e.ms, e.tail, a.actor, a.target, a.extra_context, a.verb, a.object, a.time_us
               FROM (SELECT ms, tail FROM feed_entries WHERE timeline_id = ?{conditions}
                      ORDER BY ms {dir}, tail {dir} LIMIT ? OFFSET ?) e
               LEFT JOIN feed_activities a ON a.ms = e.ms AND a.tail = e.tail
              ORDER BY e.ms {dir}, e.tail {dir}"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            let id = FeedId {
                ms: r.get(0)?,
                tail: r.get(1)?,
            };
            let actor: Option<i64> = r.get(2)?;
            Ok((
                id,
                match actor {
                    Some(_) => Some(activity_row(id, r, 2)?),
                    None => None,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn count_in_range(&mut self, key: &str, range: IdRange) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        if range.above.is_none() && range.below.is_none() {
            return Ok(self.timeline_count(key)?.unwrap_or(0));
        }
        let mut params = vec![timeline];
        let conditions = range_sql(&range, "", &mut params);
        let sql = format!("SELECT count(*) FROM feed_entries WHERE timeline_id = ?{conditions}");
        let n: i64 = self
            .tx
            .prepare_cached(&sql)?
            .query_row(params_from_iter(params), |r| r.get(0))?;
        Ok(n as u64)
    }

    fn contains(&mut self, key: &str, id: FeedId) -> Result<bool> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(false);
        };
        Ok(self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM feed_entries WHERE timeline_id = ?1 AND ms = ?2 AND tail = ?3)")?
            .query_row([timeline, id.ms, id.tail], |r| r.get(0))?)
    }

    fn remove_entries(&mut self, key: &str, ids: &[FeedId]) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        let mut removed = 0;
        {
            let mut stmt = self.tx.prepare_cached(
                "DELETE FROM feed_entries WHERE timeline_id = ?1 AND ms = ?2 AND tail = ?3",
            )?;
            for id in ids {
                removed += stmt.execute([timeline, id.ms, id.tail])? as u64;
            }
        }
        self.adjust_count(timeline, -(removed as i64))?;
        Ok(removed)
    }

    fn trim(&mut self, key: &str, keep: u64) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        let removed = if keep == 0 {
            self.tx
                .prepare_cached("DELETE FROM feed_entries WHERE timeline_id = ?1")?
                .execute([timeline])?
        } else {
            // The smallest id to keep, found on the index; everything below it goes in one delete.
            let boundary: Option<(i64, i64)> = self
                .tx
                .prepare_cached(
                    "SELECT ms, tail FROM feed_entries WHERE timeline_id = ?1
                      ORDER BY ms DESC, tail DESC LIMIT 1 OFFSET ?2",
                )?
                .query_row(
                    params![timeline, (keep - 1).min(i64::MAX as u64) as i64],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match boundary {
                None => 0,
                Some((ms, tail)) => self
                    .tx
                    .prepare_cached(
                        "DELETE FROM feed_entries WHERE timeline_id = ?1 AND (ms, tail) < (?2, ?3)",
                    )?
                    .execute([timeline, ms, tail])?,
            }
        } as u64;
        self.adjust_count(timeline, -(removed as i64))?;
        Ok(removed)
    }

    fn delete_timeline(&mut self, key: &str) -> Result<bool> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(false);
        };
        self.tx
            .prepare_cached("DELETE FROM feed_entries WHERE timeline_id = ?1")?
            .execute([timeline])?;
        self.tx
            .prepare_cached("DELETE FROM feed_timelines WHERE id = ?1")?
            .execute([timeline])?;
        self.timeline_ids.remove(key);
        Ok(true)
    }

    fn timelines(
        &mut self,
        prefix: &str,
        f: &mut dyn FnMut(TimelineInfo) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT key, entries FROM feed_timelines WHERE key >= ?1 ORDER BY key",
        )?;
        let mut rows = stmt.query([prefix])?;
        while let Some(r) = rows.next()? {
            let key: String = r.get(0)?;
            if !key.starts_with(prefix) {
                break;
            }
            f(TimelineInfo {
                key,
                entries: r.get::<_, i64>(1)? as u64,
            })?;
        }
        Ok(())
    }

    fn copy_newest(&mut self, source: &str, follower: &str, limit: u64) -> Result<u64> {
        let Some(source_id) = self.timeline_id(source)? else {
            return Ok(0);
        };
        let follower_id = self.timeline_id_or_create(follower)?;
        let added = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO feed_entries (timeline_id, ms, tail)
                 SELECT ?2, ms, tail FROM feed_entries WHERE timeline_id = ?1
                  ORDER BY ms DESC, tail DESC LIMIT ?3",
            )?
            .execute(params![
                source_id,
                follower_id,
                limit.min(i64::MAX as u64) as i64
            ])? as u64;
        self.adjust_count(follower_id, added as i64)?;
        Ok(added)
    }

    fn remove_entries_by_actor(&mut self, key: &str, actors: &[i64]) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        let mut removed = 0;
        {
            let mut stmt = self.tx.prepare_cached(
                "DELETE FROM feed_entries WHERE timeline_id = ?1 AND (ms, tail) IN
                    (SELECT a.ms, a.tail FROM feed_activities a
                       JOIN feed_entries e ON e.timeline_id = ?1 AND e.ms = a.ms AND e.tail = a.tail
                      WHERE a.actor = ?2)",
            )?;
            for actor in actors {
                removed += stmt.execute([timeline, *actor])? as u64;
            }
        }
        self.adjust_count(timeline, -(removed as i64))?;
        Ok(removed)
    }

    fn collect_garbage(&mut self) -> Result<u64> {
        Ok(self.tx.execute(
            "DELETE FROM feed_activities WHERE (ms, tail) NOT IN (SELECT ms, tail FROM feed_entries)",
            [],
        )? as u64)
    }

    fn flush(&mut self) -> Result<(u64, u64)> {
        self.tx.execute("DELETE FROM feed_entries", [])?;
        let mut timelines = self.tx.execute("DELETE FROM feed_timelines", [])? as u64;
        let activities = self.tx.execute("DELETE FROM feed_activities", [])? as u64;
        // Aggregated feeds are timelines too: a flush empties every feed.
        self.tx.execute("DELETE FROM feed_group_members", [])?;
        self.tx.execute("DELETE FROM feed_groups", [])?;
        timelines += self.tx.execute("DELETE FROM feed_aggregated", [])? as u64;
        self.timeline_ids.clear();
        Ok((timelines, activities))
    }

    fn flush_activities(&mut self) -> Result<u64> {
        Ok(self.tx.execute("DELETE FROM feed_activities", [])? as u64)
    }

    fn activities(
        &mut self,
        after: Option<FeedId>,
        limit: Option<u64>,
        f: &mut dyn FnMut(ActivityRecord) -> Result<()>,
    ) -> Result<()> {
        let (ms, tail) = after.map_or((-1, -1), |id| (id.ms, id.tail));
        let limit = limit.map_or(-1, |l| l.min(i64::MAX as u64) as i64);
        let mut stmt = self.tx.prepare_cached(
            "SELECT ms, tail, actor, target, extra_context, verb, object, time_us
               FROM feed_activities WHERE (ms, tail) > (?1, ?2) ORDER BY ms, tail LIMIT ?3",
        )?;
        let mut rows = stmt.query(params![ms, tail, limit])?;
        while let Some(r) = rows.next()? {
            let id = FeedId {
                ms: r.get(0)?,
                tail: r.get(1)?,
            };
            f(activity_row(id, r, 2)?)?;
        }
        Ok(())
    }

    fn feed_audit(&mut self) -> Result<FeedAudit> {
        let mut audit = FeedAudit::default();
        let (timelines, entries, activities): (i64, i64, i64) = self.tx.query_row(
            "SELECT (SELECT count(*) FROM feed_timelines), (SELECT coalesce(sum(entries), 0) FROM feed_timelines),
                    (SELECT count(*) FROM feed_activities)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        audit.timelines = timelines as u64;
        audit.entries = entries as u64;
        audit.activities = activities as u64;
        let mut stmt = self.tx.prepare(
            "SELECT t.key, t.entries, (SELECT count(*) FROM feed_entries e WHERE e.timeline_id = t.id) AS actual
               FROM feed_timelines t WHERE t.entries != actual ORDER BY t.key",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, i64>(1)? as u64,
                r.get::<_, i64>(2)? as u64,
            ))
        })?;
        audit.count_mismatches = rows.collect::<rusqlite::Result<_>>()?;
        let unreferenced: i64 = self.tx.query_row(
            "SELECT count(*) FROM feed_activities WHERE (ms, tail) NOT IN (SELECT ms, tail FROM feed_entries)",
            [],
            |r| r.get(0),
        )?;
        audit.unreferenced = unreferenced as u64;
        Ok(audit)
    }
}
