//! Aggregated feed primitives on SQLite: one row per group, a member index, and the feed's
//! maintained counts (written by the face, compared by `check`).

use rusqlite::{params, OptionalExtension};

use super::SqliteTx;
use crate::engine::feeds::FeedId;
use crate::engine::feeds_aggregated::{
    AggregatedFeedStorage, AggregatedInfo, CountMismatch, GroupRecord,
};
use crate::error::{Error, Result};

const GROUP_COLUMNS: &str = "grp, created_us, updated_us, seen_us, read_us, minimized, activities";

fn group_row(r: &rusqlite::Row) -> rusqlite::Result<GroupRecord> {
    Ok(GroupRecord {
        group: r.get(0)?,
        created_us: r.get(1)?,
        updated_us: r.get(2)?,
        seen_us: r.get(3)?,
        read_us: r.get(4)?,
        minimized: r.get::<_, i64>(5)? as u64,
        // The member index has the ids; readers parse them from the activities.
        ids: Vec::new(),
        activities: r.get(6)?,
    })
}

impl SqliteTx<'_> {
    fn aggregated_id(&mut self, key: &str) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM feed_aggregated WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }
}

impl AggregatedFeedStorage for SqliteTx<'_> {
    fn aggregated_feed(&mut self, key: &str) -> Result<Option<AggregatedInfo>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT aggregator, group_count, unseen_count, unread_count
                   FROM feed_aggregated WHERE key = ?1",
            )?
            .query_row([key], |r| {
                Ok(AggregatedInfo {
                    aggregator: r.get(0)?,
                    groups: r.get::<_, i64>(1)? as u64,
                    unseen: r.get::<_, i64>(2)? as u64,
                    unread: r.get::<_, i64>(3)? as u64,
                })
            })
            .optional()?)
    }

    fn create_aggregated_feed(&mut self, key: &str, aggregator: &str) -> Result<()> {
        self.tx
            .prepare_cached("INSERT INTO feed_aggregated (key, aggregator) VALUES (?1, ?2)")?
            .execute(params![key, aggregator])?;
        Ok(())
    }

    fn set_aggregated_counts(
        &mut self,
        key: &str,
        groups: u64,
        unseen: u64,
        unread: u64,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE feed_aggregated SET group_count = ?2, unseen_count = ?3, unread_count = ?4
                  WHERE key = ?1",
            )?
            .execute(params![key, groups as i64, unseen as i64, unread as i64])?;
        Ok(())
    }

    fn delete_aggregated_feed(&mut self, key: &str) -> Result<bool> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(false);
        };
        self.tx
            .prepare_cached("DELETE FROM feed_group_members WHERE feed_id = ?1")?
            .execute([id])?;
        self.tx
            .prepare_cached("DELETE FROM feed_groups WHERE feed_id = ?1")?
            .execute([id])?;
        self.tx
            .prepare_cached("DELETE FROM feed_aggregated WHERE id = ?1")?
            .execute([id])?;
        Ok(true)
    }

    fn group(&mut self, key: &str, group: &str) -> Result<Option<GroupRecord>> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT {GROUP_COLUMNS} FROM feed_groups WHERE feed_id = ?1 AND grp = ?2"
            ))?
            .query_row(params![id, group], group_row)
            .optional()?)
    }

    fn group_of(&mut self, key: &str, activity: FeedId) -> Result<Option<String>> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .prepare_cached(
                "SELECT grp FROM feed_group_members WHERE feed_id = ?1 AND ms = ?2 AND tail = ?3",
            )?
            .query_row(params![id, activity.ms, activity.tail], |r| r.get(0))
            .optional()?)
    }

    fn put_group(&mut self, key: &str, g: &GroupRecord) -> Result<()> {
        let id = self.aggregated_id(key)?.ok_or_else(|| {
            Error::internal(format!("aggregated feed {key:?} has no row for its group"))
        })?;
        self.tx
            .prepare_cached("DELETE FROM feed_group_members WHERE feed_id = ?1 AND grp = ?2")?
            .execute(params![id, g.group])?;
        self.tx
            .prepare_cached(
                "INSERT OR REPLACE INTO feed_groups
                        (feed_id, grp, created_us, updated_us, seen_us, read_us, minimized, activities)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                id,
                g.group,
                g.created_us,
                g.updated_us,
                g.seen_us,
                g.read_us,
                g.minimized as i64,
                g.activities
            ])?;
        let mut member = self.tx.prepare_cached(
            "INSERT INTO feed_group_members (feed_id, ms, tail, grp) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for activity in &g.ids {
            member.execute(params![id, activity.ms, activity.tail, g.group])?;
        }
        Ok(())
    }

    fn remove_group(&mut self, key: &str, group: &str) -> Result<bool> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(false);
        };
        self.tx
            .prepare_cached("DELETE FROM feed_group_members WHERE feed_id = ?1 AND grp = ?2")?
            .execute(params![id, group])?;
        Ok(self
            .tx
            .prepare_cached("DELETE FROM feed_groups WHERE feed_id = ?1 AND grp = ?2")?
            .execute(params![id, group])?
            == 1)
    }

    fn groups(&mut self, key: &str, offset: u64, limit: Option<u64>) -> Result<Vec<GroupRecord>> {
        let Some(id) = self.aggregated_id(key)? else {
            return Ok(Vec::new());
        };
        let limit = limit.map_or(-1, |l| l.min(i64::MAX as u64) as i64);
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {GROUP_COLUMNS} FROM feed_groups WHERE feed_id = ?1
              ORDER BY updated_us DESC, grp DESC LIMIT ?2 OFFSET ?3"
        ))?;
        let rows = stmt.query_map(
            params![id, limit, offset.min(i64::MAX as u64) as i64],
            group_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn aggregated_audit(&mut self) -> Result<Vec<CountMismatch>> {
        let mut stmt = self.tx.prepare(
            "SELECT key, group_count, unseen_count, unread_count, g, s, r FROM (
                 SELECT f.key, f.group_count, f.unseen_count, f.unread_count,
                        (SELECT count(*) FROM feed_groups WHERE feed_id = f.id) AS g,
                        (SELECT count(*) FROM feed_groups WHERE feed_id = f.id AND seen_us IS NULL) AS s,
                        (SELECT count(*) FROM feed_groups WHERE feed_id = f.id AND read_us IS NULL) AS r
                   FROM feed_aggregated f)
              WHERE group_count != g OR unseen_count != s OR unread_count != r ORDER BY key",
        )?;
        let rows = stmt.query_map([], |r| {
            let n = |i| r.get::<_, i64>(i).map(|v| v as u64);
            Ok(CountMismatch {
                key: r.get(0)?,
                kept: (n(1)?, n(2)?, n(3)?),
                actual: (n(4)?, n(5)?, n(6)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn aggregated_totals(&mut self) -> Result<(u64, u64)> {
        let (feeds, groups): (i64, i64) = self.tx.query_row(
            "SELECT (SELECT count(*) FROM feed_aggregated), (SELECT count(*) FROM feed_groups)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((feeds as u64, groups as u64))
    }
}
