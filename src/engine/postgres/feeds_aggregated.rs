//! Aggregated feed primitives on PostgreSQL, as on SQLite: one row per group, a member index,
//! and the feed's maintained counts.

use super::PgTx;
use crate::engine::feeds::FeedId;
use crate::engine::feeds_aggregated::{
    AggregatedFeedStorage, AggregatedInfo, CountMismatch, GroupRecord,
};
use crate::error::{Error, Result};

const GROUP_COLUMNS: &str = "grp, created_us, updated_us, seen_us, read_us, minimized, activities";

fn group_row(r: &postgres::Row) -> GroupRecord {
    GroupRecord {
        group: r.get(0),
        created_us: r.get(1),
        updated_us: r.get(2),
        seen_us: r.get(3),
        read_us: r.get(4),
        minimized: r.get::<_, i64>(5) as u64,
        ids: Vec::new(),
        activities: r.get(6),
    }
}

fn clamp(n: u64) -> i64 {
    n.min(i64::MAX as u64) as i64
}

impl PgTx<'_> {
    fn aggregated_id(&mut self, key: &str) -> Result<Option<i64>> {
        let stmt = self.statement("SELECT id FROM feed_aggregated WHERE key = $1")?;
        Ok(self.tx.query_opt(&stmt, &[&key])?.map(|r| r.get(0)))
    }
}

impl AggregatedFeedStorage for PgTx<'_> {
    fn aggregated_feed(&mut self, key: &str) -> Result<Option<AggregatedInfo>> {
        let stmt = self.statement(
            "SELECT aggregator, group_count, unseen_count, unread_count
               FROM feed_aggregated WHERE key = $1",
        )?;
        Ok(self.tx.query_opt(&stmt, &[&key])?.map(|r| AggregatedInfo {
            aggregator: r.get(0),
            groups: r.get::<_, i64>(1) as u64,
            unseen: r.get::<_, i64>(2) as u64,
            unread: r.get::<_, i64>(3) as u64,
        }))
    }

    fn create_aggregated_feed(&mut self, key: &str, aggregator: &str) -> Result<()> {
        let stmt =
            self.statement("INSERT INTO feed_aggregated (key, aggregator) VALUES ($1, $2)")?;
        self.tx.execute(&stmt, &[&key, &aggregator])?;
        Ok(())
    }

    fn set_aggregated_counts(
        &mut self,
        key: &str,
        groups: u64,
        unseen: u64,
        unread: u64,
    ) -> Result<()> {
        let stmt = self.statement(
            "UPDATE feed_aggregated SET group_count = $2, unseen_count = $3, unread_count = $4
              WHERE key = $1",
        )?;
        self.tx.execute(
            &stmt,
            &[&key, &clamp(groups), &clamp(unseen), &clamp(unread)],
        )?;
        Ok(())
    }

    fn delete_aggregated_feed(&mut self, key: &str) -> Result<bool> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(false);
        };
        for sql in [
            "DELETE FROM feed_group_members WHERE feed_id = $1",
            "DELETE FROM feed_groups WHERE feed_id = $1",
            "DELETE FROM feed_aggregated WHERE id = $1",
        ] {
            let stmt = self.statement(sql)?;
            self.tx.execute(&stmt, &[&id])?;
        }
        Ok(true)
    }

    fn group(&mut self, key: &str, group: &str) -> Result<Option<GroupRecord>> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(None);
        };
        let stmt = self.statement_owned(format!(
            "SELECT {GROUP_COLUMNS} FROM feed_groups WHERE feed_id = $1 AND grp = $2"
        ))?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&id, &group])?
            .map(|r| group_row(&r)))
    }

    fn group_of(&mut self, key: &str, activity: FeedId) -> Result<Option<String>> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(None);
        };
        let stmt = self.statement(
            "SELECT grp FROM feed_group_members WHERE feed_id = $1 AND ms = $2 AND tail = $3",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&id, &activity.ms, &activity.tail])?
            .map(|r| r.get(0)))
    }

    fn put_group(&mut self, key: &str, g: &GroupRecord) -> Result<()> {
        let id = self.aggregated_id(key)?.ok_or_else(|| {
            Error::internal(format!("aggregated feed {key:?} has no row for its group"))
        })?;
        let stmt =
            self.statement("DELETE FROM feed_group_members WHERE feed_id = $1 AND grp = $2")?;
        self.tx.execute(&stmt, &[&id, &g.group])?;
        let stmt = self.statement(
            "INSERT INTO feed_groups
                    (feed_id, grp, created_us, updated_us, seen_us, read_us, minimized, activities)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (feed_id, grp) DO UPDATE SET
                    created_us = EXCLUDED.created_us, updated_us = EXCLUDED.updated_us,
                    seen_us = EXCLUDED.seen_us, read_us = EXCLUDED.read_us,
                    minimized = EXCLUDED.minimized, activities = EXCLUDED.activities",
        )?;
        self.tx.execute(
            &stmt,
            &[
                &id,
                &g.group,
                &g.created_us,
                &g.updated_us,
                &g.seen_us,
                &g.read_us,
                &clamp(g.minimized),
                &g.activities,
            ],
        )?;
        // One statement for the whole member list.
        let (ms, tail): (Vec<i64>, Vec<i64>) = g.ids.iter().map(|i| (i.ms, i.tail)).unzip();
        let stmt = self.statement(
            "INSERT INTO feed_group_members (feed_id, ms, tail, grp)
             SELECT $1, m, t, $4 FROM unnest($2::BIGINT[], $3::BIGINT[]) AS u (m, t)",
        )?;
        self.tx.execute(&stmt, &[&id, &ms, &tail, &g.group])?;
        Ok(())
    }

    fn remove_group(&mut self, key: &str, group: &str) -> Result<bool> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(false);
        };
        let stmt =
            self.statement("DELETE FROM feed_group_members WHERE feed_id = $1 AND grp = $2")?;
        self.tx.execute(&stmt, &[&id, &group])?;
        let stmt = self.statement("DELETE FROM feed_groups WHERE feed_id = $1 AND grp = $2")?;
        Ok(self.tx.execute(&stmt, &[&id, &group])? == 1)
    }

    fn groups(&mut self, key: &str, offset: u64, limit: Option<u64>) -> Result<Vec<GroupRecord>> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(Vec::new());
        };
        let limit: Option<i64> = limit.map(clamp);
        let stmt = self.statement_owned(format!(
            "SELECT {GROUP_COLUMNS} FROM feed_groups WHERE feed_id = $1
              ORDER BY updated_us DESC, grp DESC LIMIT $2 OFFSET $3"
        ))?;
        Ok(self
            .tx
            .query(&stmt, &[&id, &limit, &clamp(offset)])?
            .iter()
            .map(group_row)
            .collect())
    }

    fn aggregated_audit(&mut self) -> Result<Vec<CountMismatch>> {
        let rows = self.tx.query(
            "SELECT key, group_count, unseen_count, unread_count, g, s, r FROM (
                 SELECT f.key, f.group_count, f.unseen_count, f.unread_count,
                        (SELECT count(*) FROM feed_groups WHERE feed_id = f.id) AS g,
                        (SELECT count(*) FROM feed_groups WHERE feed_id = f.id AND seen_us IS NULL) AS s,
                        (SELECT count(*) FROM feed_groups WHERE feed_id = f.id AND read_us IS NULL) AS r
                   FROM feed_aggregated f) c
              WHERE group_count <> g OR unseen_count <> s OR unread_count <> r ORDER BY key",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| {
                let n = |i| r.get::<_, i64>(i) as u64;
                CountMismatch {
                    key: r.get(0),
                    kept: (n(1), n(2), n(3)),
                    actual: (n(4), n(5), n(6)),
                }
            })
            .collect())
    }

    fn aggregated_totals(&mut self) -> Result<(u64, u64)> {
        let row = self.tx.query_one(
            "SELECT (SELECT count(*) FROM feed_aggregated), (SELECT count(*) FROM feed_groups)",
            &[],
        )?;
        Ok((row.get::<_, i64>(0) as u64, row.get::<_, i64>(1) as u64))
    }
}
