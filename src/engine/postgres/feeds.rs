//! Feed primitives on PostgreSQL. Timeline counts are kept by these primitives, as on SQLite,
//! but summed in the transaction and written once per timeline before anything reads or
//! deletes them, and at commit: each UPDATE of a timeline's row adds a version of it that every
//! later foreign-key check of an entry steps over (`feed add-many` of 100,000 activities updated
//! it once per 1,024). A batch of ids travels as arrays in one statement (`unnest`), not one
//! round trip per id.

use postgres::types::ToSql;

use super::PgTx;
use crate::engine::feeds::{
    ActivityRecord, FeedAudit, FeedId, FeedStorage, IdRange, Order, TimelineInfo,
};
use crate::error::Result;

/// ` AND (ms, tail) > ($n, $n+1)`-style conditions for a range, numbering parameters after
/// those already in `params`.
fn range_sql(range: &IdRange, params: &mut Vec<i64>) -> String {
    let mut sql = String::new();
    let mut bound = |id: FeedId, op: &str, params: &mut Vec<i64>| {
        let n = params.len() + 1;
        sql.push_str(&format!(" AND (ms, tail) {op} (${n}, ${})", n + 1));
        params.extend([id.ms, id.tail]);
    };
    if let Some((id, inclusive)) = range.above {
        bound(id, if inclusive { ">=" } else { ">" }, params);
    }
    if let Some((id, inclusive)) = range.below {
        bound(id, if inclusive { "<=" } else { "<" }, params);
    }
    sql
}

fn as_params(values: &[i64]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

fn split(ids: &[FeedId]) -> (Vec<i64>, Vec<i64>) {
    ids.iter().map(|id| (id.ms, id.tail)).unzip()
}

fn clamp(n: u64) -> i64 {
    n.min(i64::MAX as u64) as i64
}

impl PgTx<'_> {
    fn timeline_id(&mut self, key: &str) -> Result<Option<i64>> {
        if let Some(id) = self.timeline_ids.get(key) {
            return Ok(Some(*id));
        }
        let stmt = self.statement("SELECT id FROM feed_timelines WHERE key = $1")?;
        let id: Option<i64> = self.tx.query_opt(&stmt, &[&key])?.map(|r| r.get(0));
        if let Some(id) = id {
            self.timeline_ids.insert(key.to_string(), id);
        }
        Ok(id)
    }

    fn timeline_id_or_create(&mut self, key: &str) -> Result<i64> {
        if let Some(id) = self.timeline_id(key)? {
            return Ok(id);
        }
        let stmt = self.statement("INSERT INTO feed_timelines (key) VALUES ($1) RETURNING id")?;
        let id: i64 = self.tx.query_one(&stmt, &[&key])?.get(0);
        self.timeline_ids.insert(key.to_string(), id);
        Ok(id)
    }

    /// Moves a timeline's count by `delta`, written later by [`PgTx::write_feed_counts`].
    fn adjust_count(&mut self, timeline: i64, delta: i64) -> Result<()> {
        if delta != 0 {
            *self.feed_counts.entry(timeline).or_default() += delta;
        }
        Ok(())
    }

    /// Writes the count changes [`PgTx::adjust_count`] summed up, one UPDATE per timeline in id
    /// order: before a statement that reads or deletes counts, and at commit.
    pub(super) fn write_feed_counts(&mut self) -> Result<()> {
        if self.feed_counts.is_empty() {
            return Ok(());
        }
        let mut counts: Vec<(i64, i64)> = self.feed_counts.drain().collect();
        counts.sort_unstable();
        let stmt =
            self.statement("UPDATE feed_timelines SET entries = entries + $2 WHERE id = $1")?;
        for (timeline, delta) in counts {
            if delta != 0 {
                self.tx.execute(&stmt, &[&timeline, &delta])?;
            }
        }
        Ok(())
    }
}

/// An activity from the columns `actor, target, extra_context, verb, object, time_us` starting
/// at column `at`.
fn activity_row(id: FeedId, r: &postgres::Row, at: usize) -> ActivityRecord {
    ActivityRecord {
        id,
        actor: r.get(at),
        target: r.get(at + 1),
        extra_context: r.get(at + 2),
        verb: r.get::<_, Option<i64>>(at + 3).map(|v| v as u64),
        object: r.get::<_, Option<i64>>(at + 4).map(|o| o as u64),
        time_us: r.get(at + 5),
    }
}

impl FeedStorage for PgTx<'_> {
    fn put_activities(&mut self, activities: &[ActivityRecord]) -> Result<u64> {
        if activities.is_empty() {
            return Ok(0);
        }
        // The later write of one id wins, as on SQLite: only the last of duplicates is sent
        // (one INSERT may not touch a row twice).
        let mut last = std::collections::HashMap::new();
        for (i, a) in activities.iter().enumerate() {
            last.insert(a.id, i);
        }
        let mut kept: Vec<&ActivityRecord> = activities
            .iter()
            .enumerate()
            .filter(|(i, a)| last[&a.id] == *i)
            .map(|(_, a)| a)
            .collect();
        kept.sort_by_key(|a| a.id);
        let ms: Vec<i64> = kept.iter().map(|a| a.id.ms).collect();
        let tail: Vec<i64> = kept.iter().map(|a| a.id.tail).collect();
        let actor: Vec<i64> = kept.iter().map(|a| a.actor).collect();
        let target: Vec<Option<i64>> = kept.iter().map(|a| a.target).collect();
        let extra: Vec<&str> = kept.iter().map(|a| a.extra_context.as_str()).collect();
        let verb: Vec<Option<i64>> = kept.iter().map(|a| a.verb.map(|v| v as i64)).collect();
        let object: Vec<Option<i64>> = kept.iter().map(|a| a.object.map(|o| o as i64)).collect();
        let time_us: Vec<Option<i64>> = kept.iter().map(|a| a.time_us).collect();
        // How many are new: those not stored before this statement (the transaction is
        // serializable, so nothing lands in between).
        let existing = self.statement(
            "SELECT count(*) FROM feed_activities a
               JOIN unnest($1::BIGINT[], $2::BIGINT[]) AS n (ms, tail)
                 ON a.ms = n.ms AND a.tail = n.tail",
        )?;
        let existing: i64 = self.tx.query_one(&existing, &[&ms, &tail])?.get(0);
        let stmt = self.statement(
            "INSERT INTO feed_activities (ms, tail, actor, target, extra_context, verb, object, time_us)
             SELECT * FROM unnest($1::BIGINT[], $2::BIGINT[], $3::BIGINT[], $4::BIGINT[], $5::TEXT[],
                                  $6::BIGINT[], $7::BIGINT[], $8::BIGINT[])
             ON CONFLICT (ms, tail) DO UPDATE SET actor = excluded.actor, target = excluded.target,
                    extra_context = excluded.extra_context, verb = excluded.verb,
                    object = excluded.object, time_us = excluded.time_us",
        )?;
        self.tx.execute(
            &stmt,
            &[
                &ms, &tail, &actor, &target, &extra, &verb, &object, &time_us,
            ],
        )?;
        Ok(kept.len() as u64 - existing as u64)
    }

    fn activity(&mut self, id: FeedId) -> Result<Option<ActivityRecord>> {
        let stmt = self.statement(
            "SELECT actor, target, extra_context, verb, object, time_us FROM feed_activities
              WHERE ms = $1 AND tail = $2",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&id.ms, &id.tail])?
            .map(|r| activity_row(id, &r, 0)))
    }

    fn remove_activities(&mut self, ids: &[FeedId]) -> Result<u64> {
        let (ms, tail) = split(ids);
        let stmt = self.statement(
            "DELETE FROM feed_activities a USING unnest($1::BIGINT[], $2::BIGINT[]) AS d (ms, tail)
              WHERE a.ms = d.ms AND a.tail = d.tail",
        )?;
        self.tx.execute(&stmt, &[&ms, &tail])
    }

    fn timeline_count(&mut self, key: &str) -> Result<Option<u64>> {
        self.write_feed_counts()?;
        let stmt = self.statement("SELECT entries FROM feed_timelines WHERE key = $1")?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&key])?
            .map(|r| r.get::<_, i64>(0) as u64))
    }

    fn add_entries(&mut self, key: &str, ids: &[FeedId]) -> Result<u64> {
        let timeline = self.timeline_id_or_create(key)?;
        let (ms, tail) = split(ids);
        let stmt = self.statement(
            "INSERT INTO feed_entries (timeline_id, ms, tail)
             SELECT $1, ms, tail FROM unnest($2::BIGINT[], $3::BIGINT[]) AS n (ms, tail)
             ON CONFLICT DO NOTHING",
        )?;
        let added = self.tx.execute(&stmt, &[&timeline, &ms, &tail])?;
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
        let conditions = range_sql(&range, &mut params);
        let dir = match order {
            Order::NewestFirst => "DESC",
            Order::OldestFirst => "ASC",
        };
        let n = params.len();
        // LIMIT NULL is no limit.
        let limit: Option<i64> = limit.map(clamp);
        let offset = clamp(offset);
        // The page is cut from the index first; only its rows are joined with their activities.
        let sql = format!(
            "SELECT e.ms, e.tail, a.actor, a.target, a.extra_context, a.verb, a.object, a.time_us
               FROM (SELECT ms, tail FROM feed_entries WHERE timeline_id = $1{conditions}
                      ORDER BY ms {dir}, tail {dir} LIMIT ${} OFFSET ${}) e
               LEFT JOIN feed_activities a ON a.ms = e.ms AND a.tail = e.tail
              ORDER BY e.ms {dir}, e.tail {dir}",
            n + 1,
            n + 2
        );
        let stmt = self.statement_owned(sql)?;
        let mut all = as_params(&params);
        all.push(&limit);
        all.push(&offset);
        Ok(self
            .tx
            .query(&stmt, &all)?
            .iter()
            .map(|r| {
                let id = FeedId {
                    ms: r.get(0),
                    tail: r.get(1),
                };
                let actor: Option<i64> = r.get(2);
                (id, actor.map(|_| activity_row(id, r, 2)))
            })
            .collect())
    }

    fn count_in_range(&mut self, key: &str, range: IdRange) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        if range.above.is_none() && range.below.is_none() {
            return Ok(self.timeline_count(key)?.unwrap_or(0));
        }
        let mut params = vec![timeline];
        let conditions = range_sql(&range, &mut params);
        let stmt = self.statement_owned(format!(
            "SELECT count(*) FROM feed_entries WHERE timeline_id = $1{conditions}"
        ))?;
        let n: i64 = self.tx.query_one(&stmt, &as_params(&params))?.get(0);
        Ok(n as u64)
    }

    fn contains(&mut self, key: &str, id: FeedId) -> Result<bool> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(false);
        };
        let stmt = self.statement(
            "SELECT EXISTS (SELECT 1 FROM feed_entries
                             WHERE timeline_id = $1 AND ms = $2 AND tail = $3)",
        )?;
        Ok(self
            .tx
            .query_one(&stmt, &[&timeline, &id.ms, &id.tail])?
            .get(0))
    }

    fn remove_entries(&mut self, key: &str, ids: &[FeedId]) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        let (ms, tail) = split(ids);
        let stmt = self.statement(
            "DELETE FROM feed_entries e USING unnest($2::BIGINT[], $3::BIGINT[]) AS d (ms, tail)
              WHERE e.timeline_id = $1 AND e.ms = d.ms AND e.tail = d.tail",
        )?;
        let removed = self.tx.execute(&stmt, &[&timeline, &ms, &tail])?;
        self.adjust_count(timeline, -(removed as i64))?;
        Ok(removed)
    }

    fn trim(&mut self, key: &str, keep: u64) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        let removed = if keep == 0 {
            let stmt = self.statement("DELETE FROM feed_entries WHERE timeline_id = $1")?;
            self.tx.execute(&stmt, &[&timeline])?
        } else {
            // The smallest id to keep, found on the index; everything below it goes in one delete.
            let stmt = self.statement(
                "SELECT ms, tail FROM feed_entries WHERE timeline_id = $1
                  ORDER BY ms DESC, tail DESC LIMIT 1 OFFSET $2",
            )?;
            let boundary = self
                .tx
                .query_opt(&stmt, &[&timeline, &clamp(keep - 1)])?
                .map(|r| (r.get::<_, i64>(0), r.get::<_, i64>(1)));
            match boundary {
                None => 0,
                Some((ms, tail)) => {
                    let stmt = self.statement(
                        "DELETE FROM feed_entries WHERE timeline_id = $1 AND (ms, tail) < ($2, $3)",
                    )?;
                    self.tx.execute(&stmt, &[&timeline, &ms, &tail])?
                }
            }
        };
        self.adjust_count(timeline, -(removed as i64))?;
        Ok(removed)
    }

    fn delete_timeline(&mut self, key: &str) -> Result<bool> {
        self.write_feed_counts()?;
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(false);
        };
        // Its entries go with it (ON DELETE CASCADE).
        let stmt = self.statement("DELETE FROM feed_timelines WHERE id = $1")?;
        self.tx.execute(&stmt, &[&timeline])?;
        self.timeline_ids.remove(key);
        Ok(true)
    }

    fn timelines(
        &mut self,
        prefix: &str,
        f: &mut dyn FnMut(TimelineInfo) -> Result<()>,
    ) -> Result<()> {
        self.write_feed_counts()?;
        let stmt =
            self.statement("SELECT key, entries FROM feed_timelines WHERE key >= $1 ORDER BY key")?;
        let params: [&(dyn ToSql + Sync); 1] = [&prefix];
        let mut rows = self.tx.query_raw(&stmt, params)?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(r) = rows.next()? {
            let key: String = r.get(0);
            if !key.starts_with(prefix) {
                break;
            }
            f(TimelineInfo {
                key,
                entries: r.get::<_, i64>(1) as u64,
            })?;
        }
        Ok(())
    }

    fn copy_newest(&mut self, source: &str, follower: &str, limit: u64) -> Result<u64> {
        let Some(source_id) = self.timeline_id(source)? else {
            return Ok(0);
        };
        let follower_id = self.timeline_id_or_create(follower)?;
        let stmt = self.statement(
            "INSERT INTO feed_entries (timeline_id, ms, tail)
             SELECT $2, ms, tail FROM (SELECT ms, tail FROM feed_entries WHERE timeline_id = $1
                                        ORDER BY ms DESC, tail DESC LIMIT $3) s
             ON CONFLICT DO NOTHING",
        )?;
        let added = self
            .tx
            .execute(&stmt, &[&source_id, &follower_id, &clamp(limit)])?;
        self.adjust_count(follower_id, added as i64)?;
        Ok(added)
    }

    fn remove_entries_by_actor(&mut self, key: &str, actors: &[i64]) -> Result<u64> {
        let Some(timeline) = self.timeline_id(key)? else {
            return Ok(0);
        };
        let actors: Vec<i64> = actors.to_vec();
        let stmt = self.statement(
            "DELETE FROM feed_entries e USING feed_activities a
              WHERE e.timeline_id = $1 AND a.ms = e.ms AND a.tail = e.tail
                AND a.actor = ANY ($2::BIGINT[])",
        )?;
        let removed = self.tx.execute(&stmt, &[&timeline, &actors])?;
        self.adjust_count(timeline, -(removed as i64))?;
        Ok(removed)
    }

    fn collect_garbage(&mut self) -> Result<u64> {
        self.tx.execute(
            "DELETE FROM feed_activities a
              WHERE NOT EXISTS (SELECT 1 FROM feed_entries e WHERE e.ms = a.ms AND e.tail = a.tail)",
            &[],
        )
    }

    fn flush(&mut self) -> Result<(u64, u64)> {
        self.write_feed_counts()?;
        self.tx.execute("DELETE FROM feed_entries", &[])?;
        let mut timelines = self.tx.execute("DELETE FROM feed_timelines", &[])?;
        let activities = self.tx.execute("DELETE FROM feed_activities", &[])?;
        // Aggregated feeds are timelines too: a flush empties every feed.
        self.tx.execute("DELETE FROM feed_group_members", &[])?;
        self.tx.execute("DELETE FROM feed_groups", &[])?;
        timelines += self.tx.execute("DELETE FROM feed_aggregated", &[])?;
        self.timeline_ids.clear();
        Ok((timelines, activities))
    }

    fn flush_activities(&mut self) -> Result<u64> {
        self.tx.execute("DELETE FROM feed_activities", &[])
    }

    fn activities(
        &mut self,
        after: Option<FeedId>,
        limit: Option<u64>,
        f: &mut dyn FnMut(ActivityRecord) -> Result<()>,
    ) -> Result<()> {
        let (ms, tail) = after.map_or((-1, -1), |id| (id.ms, id.tail));
        // LIMIT NULL is no limit.
        let limit: Option<i64> = limit.map(clamp);
        let stmt = self.statement(
            "SELECT ms, tail, actor, target, extra_context, verb, object, time_us
               FROM feed_activities WHERE (ms, tail) > ($1, $2) ORDER BY ms, tail LIMIT $3",
        )?;
        // Streamed: activity storage may hold millions of rows.
        let params: [&(dyn ToSql + Sync); 3] = [&ms, &tail, &limit];
        let mut rows = self.tx.query_raw(&stmt, params)?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(r) = rows.next()? {
            let id = FeedId {
                ms: r.get(0),
                tail: r.get(1),
            };
            f(activity_row(id, &r, 2))?;
        }
        Ok(())
    }

    fn feed_audit(&mut self) -> Result<FeedAudit> {
        self.write_feed_counts()?;
        let mut audit = FeedAudit::default();
        let row = self.tx.query_one(
            "SELECT (SELECT count(*) FROM feed_timelines),
                    (SELECT coalesce(sum(entries), 0)::BIGINT FROM feed_timelines),
                    (SELECT count(*) FROM feed_activities)",
            &[],
        )?;
        audit.timelines = row.get::<_, i64>(0) as u64;
        audit.entries = row.get::<_, i64>(1) as u64;
        audit.activities = row.get::<_, i64>(2) as u64;
        audit.count_mismatches = self
            .tx
            .query(
                "SELECT key, entries, actual FROM (
                     SELECT t.key, t.entries,
                            (SELECT count(*) FROM feed_entries e WHERE e.timeline_id = t.id) AS actual
                       FROM feed_timelines t) c
                  WHERE entries <> actual ORDER BY key",
                &[],
            )?
            .iter()
            .map(|r| {
                (
                    r.get::<_, String>(0),
                    r.get::<_, i64>(1) as u64,
                    r.get::<_, i64>(2) as u64,
                )
            })
            .collect();
        let unreferenced: i64 = self
            .tx
            .query_one(
                "SELECT count(*) FROM feed_activities a
                  WHERE NOT EXISTS (SELECT 1 FROM feed_entries e
                                     WHERE e.ms = a.ms AND e.tail = a.tail)",
                &[],
            )?
            .get(0);
        audit.unreferenced = unreferenced as u64;
        Ok(audit)
    }
}
