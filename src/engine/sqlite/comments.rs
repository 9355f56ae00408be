//! Comment primitives on SQLite.

use rusqlite::{params, OptionalExtension, Row};

use super::SqliteTx;
use crate::engine::comments::{
    CommentAudit, CommentRecord, CommentStorage, NodeCounts, NodeRecord,
};
use crate::error::Result;

const COMMENT_COLUMNS: &str =
    "c.id, c.node_id, c.parent_id, c.text, c.username, c.time_us, c.rating, \
                               c.displayed, c.proposal, c.proposal_diff, c.proposal_diff_text";

fn comment_from_row(row: &Row) -> rusqlite::Result<CommentRecord> {
    Ok(CommentRecord {
        id: row.get(0)?,
        node: row.get(1)?,
        parent: row.get(2)?,
        text: row.get(3)?,
        username: row.get(4)?,
        time_us: row.get(5)?,
        rating: row.get(6)?,
        displayed: row.get(7)?,
        proposal: row.get(8)?,
        proposal_diff: row.get(9)?,
        proposal_diff_text: row.get(10)?,
    })
}

impl SqliteTx<'_> {
    /// The comments whose `column` (`c.node_id` or `c.username`) is `value`, in id order
    /// (displayed ones only, or all), each with `viewer`'s vote.
    fn comments_with_votes(
        &mut self,
        column: &'static str,
        value: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {COMMENT_COLUMNS}, coalesce(v.value, 0)
               FROM comments c
               LEFT JOIN comment_votes v ON v.comment_id = c.id AND v.username = ?3
              WHERE {column} = ?1 AND (NOT ?2 OR c.displayed)
              ORDER BY c.id"
        ))?;
        let mut rows = stmt.query(params![value, displayed_only, viewer])?;
        while let Some(r) = rows.next()? {
            let vote: i64 = r.get(11)?;
            f(comment_from_row(r)?, vote)?;
        }
        Ok(())
    }
}

impl CommentStorage for SqliteTx<'_> {
    fn node(&mut self, id: &str) -> Result<Option<NodeRecord>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id, document, source FROM comment_nodes WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(NodeRecord {
                    id: r.get(0)?,
                    document: r.get(1)?,
                    source: r.get(2)?,
                })
            })
            .optional()?)
    }

    fn put_node(&mut self, node: &NodeRecord) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO comment_nodes (id, document, source) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET document = excluded.document, source = excluded.source",
            )?
            .execute(params![node.id, node.document, node.source])?;
        Ok(())
    }

    fn nodes(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(NodeCounts) -> Result<()>,
    ) -> Result<()> {
        // The filter only when there is one: `?1 IS NULL OR ...` would keep the index unused.
        let filter = if document.is_some() {
            "WHERE n.document = ?1"
        } else {
            ""
        };
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT n.id, n.document, n.source,
                    (SELECT count(*) FROM comments c WHERE c.node_id = n.id),
                    (SELECT count(*) FROM comments c WHERE c.node_id = n.id AND c.displayed)
               FROM comment_nodes n {filter}
              ORDER BY n.document, n.id"
        ))?;
        let mut rows = match document {
            Some(d) => stmt.query([d])?,
            None => stmt.query([])?,
        };
        while let Some(r) = rows.next()? {
            f(NodeCounts {
                node: NodeRecord {
                    id: r.get(0)?,
                    document: r.get(1)?,
                    source: r.get(2)?,
                },
                comments: r.get::<_, i64>(3)? as u64,
                visible: r.get::<_, i64>(4)? as u64,
            })?;
        }
        Ok(())
    }

    fn node_counts(&mut self, id: &str) -> Result<(u64, u64)> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT count(*), coalesce(sum(displayed), 0) FROM comments WHERE node_id = ?1",
            )?
            .query_row([id], |r| {
                Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64))
            })?)
    }

    fn node_ids(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(String, String) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, document FROM comment_nodes
              WHERE ?1 IS NULL OR document = ?1
              ORDER BY document, id",
        )?;
        let mut rows = stmt.query([document])?;
        while let Some(r) = rows.next()? {
            f(r.get(0)?, r.get(1)?)?;
        }
        Ok(())
    }

    fn insert_comment(&mut self, c: &CommentRecord) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO comments (id, node_id, parent_id, text, username, time_us, rating, displayed,
                                       proposal, proposal_diff, proposal_diff_text)
                 VALUES (?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                c.node,
                c.parent,
                c.text,
                c.username,
                c.time_us,
                c.rating,
                c.displayed,
                c.proposal,
                c.proposal_diff,
                c.proposal_diff_text,
                (c.id > 0).then_some(c.id)
            ])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn comment_id_unused(&mut self, id: i64) -> Result<bool> {
        let taken: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM comments WHERE id = ?1)")?
            .query_row([id], |r| r.get(0))?;
        // AUTOINCREMENT never hands out an id at or below the highest ever used; taking one of
        // those explicitly is fine only if no comment ever had it, which we cannot know: refuse.
        let high: i64 = self
            .tx
            .prepare_cached(
                "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'comments'), 0)",
            )?
            .query_row([], |r| r.get(0))?;
        Ok(!taken && id > high)
    }

    fn comment(&mut self, id: i64) -> Result<Option<CommentRecord>> {
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT {COMMENT_COLUMNS} FROM comments c WHERE c.id = ?1"
            ))?
            .query_row([id], comment_from_row)
            .optional()?)
    }

    fn node_comments(
        &mut self,
        node: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()> {
        self.comments_with_votes("c.node_id", node, displayed_only, viewer, f)
    }

    fn user_comments(
        &mut self,
        username: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()> {
        self.comments_with_votes("c.username", username, displayed_only, viewer, f)
    }

    fn update_comment(&mut self, c: &CommentRecord) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE comments SET text = ?2, username = ?3, displayed = ?4, proposal = ?5,
                        proposal_diff = ?6, proposal_diff_text = ?7, rating = ?8
                  WHERE id = ?1",
            )?
            .execute(params![
                c.id,
                c.text,
                c.username,
                c.displayed,
                c.proposal,
                c.proposal_diff,
                c.proposal_diff_text,
                c.rating
            ])?;
        Ok(())
    }

    fn descendants(&mut self, id: i64) -> Result<Vec<i64>> {
        let mut stmt = self.tx.prepare_cached(
            "WITH RECURSIVE below (id) AS (
                 SELECT id FROM comments WHERE parent_id = ?1
                 UNION ALL
                 SELECT c.id FROM comments c JOIN below b ON c.parent_id = b.id
             )
             SELECT id FROM below ORDER BY id",
        )?;
        let ids = stmt.query_map([id], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    fn delete_comments(&mut self, ids: &[i64]) -> Result<u64> {
        let mut deleted = 0;
        // Deepest first, so that no reply is left pointing at a deleted parent even for a moment.
        for id in ids.iter().rev() {
            self.tx
                .prepare_cached("DELETE FROM comment_votes WHERE comment_id = ?1")?
                .execute([id])?;
            deleted += self
                .tx
                .prepare_cached("DELETE FROM comments WHERE id = ?1")?
                .execute([id])? as u64;
        }
        Ok(deleted)
    }

    fn hidden_comments(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(CommentRecord) -> Result<()>,
    ) -> Result<()> {
        let filter = if document.is_some() {
            "AND n.document = ?1"
        } else {
            ""
        };
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {COMMENT_COLUMNS} FROM comments c JOIN comment_nodes n ON n.id = c.node_id
              WHERE c.displayed = 0 {filter}
              ORDER BY c.id"
        ))?;
        let mut rows = match document {
            Some(d) => stmt.query([d])?,
            None => stmt.query([])?,
        };
        while let Some(r) = rows.next()? {
            f(comment_from_row(r)?)?;
        }
        Ok(())
    }

    fn document_of(&mut self, node: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT document FROM comment_nodes WHERE id = ?1")?
            .query_row([node], |r| r.get(0))
            .optional()?)
    }

    fn vote(&mut self, comment: i64, username: &str) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT value FROM comment_votes WHERE comment_id = ?1 AND username = ?2",
            )?
            .query_row(params![comment, username], |r| r.get(0))
            .optional()?)
    }

    fn put_vote(&mut self, comment: i64, username: &str, value: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO comment_votes (comment_id, username, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (comment_id, username) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![comment, username, value])?;
        Ok(())
    }

    fn delete_vote(&mut self, comment: i64, username: &str) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM comment_votes WHERE comment_id = ?1 AND username = ?2")?
            .execute(params![comment, username])?;
        Ok(())
    }

    fn vote_total(&mut self, comment: i64) -> Result<i64> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT coalesce(sum(value), 0) FROM comment_votes WHERE comment_id = ?1",
            )?
            .query_row([comment], |r| r.get(0))?)
    }

    fn add_rating(&mut self, comment: i64, delta: i64) -> Result<i64> {
        Ok(self
            .tx
            .prepare_cached(
                "UPDATE comments SET rating = rating + ?2 WHERE id = ?1 RETURNING rating",
            )?
            .query_row(params![comment, delta], |r| r.get(0))?)
    }

    fn votes_by(&mut self, username: &str) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT comment_id, value FROM comment_votes WHERE username = ?1 ORDER BY comment_id",
        )?;
        let rows = stmt.query_map([username], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn comment_votes(&mut self, comment: i64) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT username, value FROM comment_votes WHERE comment_id = ?1 ORDER BY username",
        )?;
        let rows = stmt.query_map([comment], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn move_vote(&mut self, comment: i64, from: &str, to: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE comment_votes SET username = ?3 WHERE comment_id = ?1 AND username = ?2",
            )?
            .execute(params![comment, from, to])?;
        Ok(())
    }

    fn rename_author(&mut self, from: &str, to: &str) -> Result<u64> {
        Ok(self
            .tx
            .prepare_cached("UPDATE comments SET username = ?2 WHERE username = ?1")?
            .execute([from, to])? as u64)
    }

    fn import_mapping(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
    ) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT local_id FROM comment_import_map WHERE source = ?1 AND kind = ?2 AND source_id = ?3",
            )?
            .query_row([source, kind, source_id], |r| r.get(0))
            .optional()?)
    }

    fn put_import_mapping(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
        local_id: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO comment_import_map (source, kind, source_id, local_id) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT DO UPDATE SET local_id = excluded.local_id",
            )?
            .execute([source, kind, source_id, local_id])?;
        Ok(())
    }

    fn comment_totals(&mut self) -> Result<(u64, u64, u64, u64)> {
        Ok(self.tx.query_row(
            "SELECT (SELECT count(*) FROM comment_nodes), (SELECT count(*) FROM comments),
                    (SELECT count(*) FROM comments WHERE displayed = 0), (SELECT count(*) FROM comment_votes)",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)? as u64,
                    r.get::<_, i64>(1)? as u64,
                    r.get::<_, i64>(2)? as u64,
                    r.get::<_, i64>(3)? as u64,
                ))
            },
        )?)
    }

    fn audit(&mut self) -> Result<CommentAudit> {
        let mut audit = CommentAudit::default();
        let mut stmt = self.tx.prepare(
            "SELECT c.id, c.rating, coalesce(sum(v.value), 0) AS total
               FROM comments c LEFT JOIN comment_votes v ON v.comment_id = c.id
              GROUP BY c.id HAVING c.rating != total ORDER BY c.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        audit.rating_mismatches = rows.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.tx.prepare(
            "SELECT c.id, c.node_id, p.node_id FROM comments c JOIN comments p ON p.id = c.parent_id
              WHERE c.node_id != p.node_id ORDER BY c.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        audit.node_mismatches = rows.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.tx.prepare(
            "SELECT v.comment_id, v.username FROM comment_votes v
              WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = v.comment_id)
              ORDER BY v.comment_id, v.username",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        audit.orphan_votes = rows.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.tx.prepare(
            "SELECT c.id, c.parent_id FROM comments c
              WHERE c.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM comments p WHERE p.id = c.parent_id)
              ORDER BY c.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        audit.orphan_replies = rows.collect::<rusqlite::Result<_>>()?;
        Ok(audit)
    }
}
