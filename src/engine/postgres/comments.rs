//! Comment primitives on PostgreSQL, statement for statement as on SQLite; ids come from the
//! transactional one-row counter `comment_sequence` (see migration 0005).
//!
//! New comments are not sent one INSERT each: their ids are handed out here, so a transaction
//! keeps them and appends them with one binary COPY per [`COMMENTS_PER_COPY`], before any other
//! statement that reads or changes comments, and at commit (a `comment add --from` of 100,000
//! comments was 100,000 round trips).

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};

use super::PgTx;
use crate::engine::comments::{
    CommentAudit, CommentRecord, CommentStorage, NodeCounts, NodeRecord,
};
use crate::error::Result;

/// The columns [`comment_from_row`] reads, in its order.
macro_rules! comment_columns {
    () => {
        "c.id, c.node_id, c.parent_id, c.text, c.username, c.time_us, c.rating, c.displayed, \
         c.proposal, c.proposal_diff, c.proposal_diff_text"
    };
}

fn comment_from_row(row: &postgres::Row) -> CommentRecord {
    CommentRecord {
        id: row.get(0),
        node: row.get(1),
        parent: row.get(2),
        text: row.get(3),
        username: row.get(4),
        time_us: row.get(5),
        rating: row.get(6),
        displayed: row.get(7),
        proposal: row.get(8),
        proposal_diff: row.get(9),
        proposal_diff_text: row.get(10),
    }
}

/// How many new comments a transaction keeps before it sends them.
const COMMENTS_PER_COPY: usize = 5_000;

/// A text PostgreSQL refuses (the NUL character): sent on its own, so that the refusal comes
/// with the record that holds it.
fn has_nul(c: &CommentRecord) -> bool {
    [
        Some(c.node.as_str()),
        Some(c.text.as_str()),
        c.username.as_deref(),
        c.proposal.as_deref(),
        c.proposal_diff.as_deref(),
        c.proposal_diff_text.as_deref(),
    ]
    .into_iter()
    .flatten()
    .any(|t| t.contains('\0'))
}

/// The columns a new comment is written to, in the order of [`COMMENT_TYPES`] and
/// [`comment_values`]: one list for the COPY of new comments and the INSERT of one alone.
macro_rules! new_comment_columns {
    () => {
        "id, node_id, parent_id, text, username, time_us, rating, displayed, proposal, \
         proposal_diff, proposal_diff_text"
    };
}

const COMMENT_TYPES: [Type; 11] = [
    Type::INT8,
    Type::TEXT,
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::INT8,
    Type::INT8,
    Type::BOOL,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
];

/// A comment's values for [`new_comment_columns`], with `id` as its id.
fn comment_values<'a>(id: &'a i64, c: &'a CommentRecord) -> [&'a (dyn ToSql + Sync); 11] {
    [
        id,
        &c.node,
        &c.parent,
        &c.text,
        &c.username,
        &c.time_us,
        &c.rating,
        &c.displayed,
        &c.proposal,
        &c.proposal_diff,
        &c.proposal_diff_text,
    ]
}

fn node_from_row(r: &postgres::Row) -> NodeRecord {
    NodeRecord {
        id: r.get(0),
        document: r.get(1),
        source: r.get(2),
    }
}

impl PgTx<'_> {
    /// Sends the new comments this transaction kept, in one COPY (see the module's comment).
    pub(super) fn write_pending_comments(&mut self) -> Result<()> {
        if self.pending_comments.is_empty() {
            return Ok(());
        }
        let comments = std::mem::take(&mut self.pending_comments);
        let sink = self.tx.copy_in(concat!(
            "COPY comments (",
            new_comment_columns!(),
            ") FROM STDIN (FORMAT binary)"
        ))?;
        let mut writer = BinaryCopyInWriter::new(sink, &COMMENT_TYPES);
        for c in &comments {
            writer.write(&comment_values(&c.id, c))?;
        }
        writer.finish()?;
        Ok(())
    }

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
        let stmt = self.statement_owned(format!(
            concat!(
                "SELECT ",
                comment_columns!(),
                ", coalesce(v.value, 0)
               FROM comments c
               LEFT JOIN comment_votes v ON v.comment_id = c.id AND v.username = $3
              WHERE {} = $1 AND (NOT $2 OR c.displayed)
              ORDER BY c.id"
            ),
            column
        ))?;
        for r in self.tx.query(&stmt, &[&value, &displayed_only, &viewer])? {
            let vote: i64 = r.get(11);
            f(comment_from_row(&r), vote)?;
        }
        Ok(())
    }
}

impl CommentStorage for PgTx<'_> {
    fn node(&mut self, id: &str) -> Result<Option<NodeRecord>> {
        let stmt =
            self.statement("SELECT id, document, source FROM comment_nodes WHERE id = $1")?;
        Ok(self.tx.query_opt(&stmt, &[&id])?.map(|r| node_from_row(&r)))
    }

    fn put_node(&mut self, node: &NodeRecord) -> Result<()> {
        let stmt = self.statement(
            "INSERT INTO comment_nodes (id, document, source) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET document = excluded.document, source = excluded.source",
        )?;
        self.tx
            .execute(&stmt, &[&node.id, &node.document, &node.source])?;
        Ok(())
    }

    fn nodes(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(NodeCounts) -> Result<()>,
    ) -> Result<()> {
        self.write_pending_comments()?;
        let sql = |filter: &str| {
            format!(
                "SELECT n.id, n.document, n.source,
                        (SELECT count(*) FROM comments c WHERE c.node_id = n.id),
                        (SELECT count(*) FROM comments c WHERE c.node_id = n.id AND c.displayed)
                   FROM comment_nodes n {filter}
                  ORDER BY n.document, n.id"
            )
        };
        let rows = match document {
            Some(d) => {
                let stmt = self.statement_owned(sql("WHERE n.document = $1"))?;
                self.tx.query(&stmt, &[&d])?
            }
            None => {
                let stmt = self.statement_owned(sql(""))?;
                self.tx.query(&stmt, &[])?
            }
        };
        for r in rows {
            f(NodeCounts {
                node: node_from_row(&r),
                comments: r.get::<_, i64>(3) as u64,
                visible: r.get::<_, i64>(4) as u64,
            })?;
        }
        Ok(())
    }

    fn node_counts(&mut self, id: &str) -> Result<(u64, u64)> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "SELECT count(*), count(*) FILTER (WHERE displayed) FROM comments WHERE node_id = $1",
        )?;
        let r = self.tx.query_one(&stmt, &[&id])?;
        Ok((r.get::<_, i64>(0) as u64, r.get::<_, i64>(1) as u64))
    }

    fn node_ids(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(String, String) -> Result<()>,
    ) -> Result<()> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "SELECT id, document FROM comment_nodes
              WHERE $1::TEXT IS NULL OR document = $1
              ORDER BY document, id",
        )?;
        for r in self.tx.query(&stmt, &[&document])? {
            f(r.get(0), r.get(1))?;
        }
        Ok(())
    }

    /// Kept to be sent with others (see the module's comment), but for a comment with a NUL
    /// character, sent at once so that the server's refusal names its record.
    fn insert_comment(&mut self, c: &CommentRecord) -> Result<i64> {
        let last = self.comment_last_id()?;
        let id = if c.id > 0 { c.id } else { last + 1 };
        if let Some(ids) = &mut self.comment_ids {
            ids.last = ids.last.max(id);
        }
        if !has_nul(c) {
            self.pending_comments
                .push(CommentRecord { id, ..c.clone() });
            if self.pending_comments.len() >= COMMENTS_PER_COPY {
                self.write_pending_comments()?;
            }
            return Ok(id);
        }
        self.write_pending_comments()?;
        let stmt = self.statement(concat!(
            "INSERT INTO comments (",
            new_comment_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        ))?;
        self.tx.execute(&stmt, &comment_values(&id, c))?;
        Ok(id)
    }

    fn comment_id_unused(&mut self, id: i64) -> Result<bool> {
        // As with SQLite's AUTOINCREMENT: an id at or below the highest ever used may have been
        // a deleted comment's; refuse it.
        if id <= self.comment_last_id()? {
            return Ok(false);
        }
        let stmt = self.statement("SELECT NOT EXISTS (SELECT 1 FROM comments WHERE id = $1)")?;
        Ok(self.tx.query_one(&stmt, &[&id])?.get(0))
    }

    fn comment(&mut self, id: i64) -> Result<Option<CommentRecord>> {
        self.write_pending_comments()?;
        let stmt = self.statement(concat!(
            "SELECT ",
            comment_columns!(),
            " FROM comments c WHERE c.id = $1"
        ))?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&id])?
            .map(|r| comment_from_row(&r)))
    }

    fn node_comments(
        &mut self,
        node: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()> {
        self.write_pending_comments()?;
        self.comments_with_votes("c.node_id", node, displayed_only, viewer, f)
    }

    fn user_comments(
        &mut self,
        username: &str,
        displayed_only: bool,
        viewer: Option<&str>,
        f: &mut dyn FnMut(CommentRecord, i64) -> Result<()>,
    ) -> Result<()> {
        self.write_pending_comments()?;
        self.comments_with_votes("c.username", username, displayed_only, viewer, f)
    }

    fn update_comment(&mut self, c: &CommentRecord) -> Result<()> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "UPDATE comments SET text = $2, username = $3, displayed = $4, proposal = $5,
                    proposal_diff = $6, proposal_diff_text = $7, rating = $8
              WHERE id = $1",
        )?;
        self.tx.execute(
            &stmt,
            &[
                &c.id,
                &c.text,
                &c.username,
                &c.displayed,
                &c.proposal,
                &c.proposal_diff,
                &c.proposal_diff_text,
                &c.rating,
            ],
        )?;
        Ok(())
    }

    fn descendants(&mut self, id: i64) -> Result<Vec<i64>> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "WITH RECURSIVE below (id) AS (
                 SELECT id FROM comments WHERE parent_id = $1
                 UNION ALL
                 SELECT c.id FROM comments c JOIN below b ON c.parent_id = b.id
             )
             SELECT id FROM below ORDER BY id",
        )?;
        Ok(self
            .tx
            .query(&stmt, &[&id])?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn delete_comments(&mut self, ids: &[i64]) -> Result<u64> {
        self.write_pending_comments()?;
        let mut deleted = 0;
        let votes = self.statement("DELETE FROM comment_votes WHERE comment_id = $1")?;
        let comments = self.statement("DELETE FROM comments WHERE id = $1")?;
        // Deepest first: a reply's row goes before its parent's, which it references.
        for id in ids.iter().rev() {
            self.tx.execute(&votes, &[id])?;
            deleted += self.tx.execute(&comments, &[id])?;
        }
        Ok(deleted)
    }

    fn hidden_comments(
        &mut self,
        document: Option<&str>,
        f: &mut dyn FnMut(CommentRecord) -> Result<()>,
    ) -> Result<()> {
        self.write_pending_comments()?;
        let sql = |filter: &str| {
            format!(
                "SELECT {} FROM comments c JOIN comment_nodes n ON n.id = c.node_id
                  WHERE NOT c.displayed {filter}
                  ORDER BY c.id",
                comment_columns!()
            )
        };
        let rows = match document {
            Some(d) => {
                let stmt = self.statement_owned(sql("AND n.document = $1"))?;
                self.tx.query(&stmt, &[&d])?
            }
            None => {
                let stmt = self.statement_owned(sql(""))?;
                self.tx.query(&stmt, &[])?
            }
        };
        for r in rows {
            f(comment_from_row(&r))?;
        }
        Ok(())
    }

    fn document_of(&mut self, node: &str) -> Result<Option<String>> {
        let stmt = self.statement("SELECT document FROM comment_nodes WHERE id = $1")?;
        Ok(self.tx.query_opt(&stmt, &[&node])?.map(|r| r.get(0)))
    }

    fn vote(&mut self, comment: i64, username: &str) -> Result<Option<i64>> {
        self.write_pending_comments()?;
        let stmt = self
            .statement("SELECT value FROM comment_votes WHERE comment_id = $1 AND username = $2")?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&comment, &username])?
            .map(|r| r.get(0)))
    }

    fn put_vote(&mut self, comment: i64, username: &str, value: i64) -> Result<()> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "INSERT INTO comment_votes (comment_id, username, value) VALUES ($1, $2, $3)
             ON CONFLICT (comment_id, username) DO UPDATE SET value = excluded.value",
        )?;
        self.tx.execute(&stmt, &[&comment, &username, &value])?;
        Ok(())
    }

    fn delete_vote(&mut self, comment: i64, username: &str) -> Result<()> {
        self.write_pending_comments()?;
        let stmt =
            self.statement("DELETE FROM comment_votes WHERE comment_id = $1 AND username = $2")?;
        self.tx.execute(&stmt, &[&comment, &username])?;
        Ok(())
    }

    fn vote_total(&mut self, comment: i64) -> Result<i64> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "SELECT coalesce(sum(value), 0)::BIGINT FROM comment_votes WHERE comment_id = $1",
        )?;
        Ok(self.tx.query_one(&stmt, &[&comment])?.get(0))
    }

    fn add_rating(&mut self, comment: i64, delta: i64) -> Result<i64> {
        self.write_pending_comments()?;
        let stmt = self
            .statement("UPDATE comments SET rating = rating + $2 WHERE id = $1 RETURNING rating")?;
        Ok(self.tx.query_one(&stmt, &[&comment, &delta])?.get(0))
    }

    fn votes_by(&mut self, username: &str) -> Result<Vec<(i64, i64)>> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "SELECT comment_id, value FROM comment_votes WHERE username = $1 ORDER BY comment_id",
        )?;
        Ok(self
            .tx
            .query(&stmt, &[&username])?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect())
    }

    fn comment_votes(&mut self, comment: i64) -> Result<Vec<(String, i64)>> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "SELECT username, value FROM comment_votes WHERE comment_id = $1 ORDER BY username",
        )?;
        Ok(self
            .tx
            .query(&stmt, &[&comment])?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect())
    }

    fn move_vote(&mut self, comment: i64, from: &str, to: &str) -> Result<()> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "UPDATE comment_votes SET username = $3 WHERE comment_id = $1 AND username = $2",
        )?;
        self.tx.execute(&stmt, &[&comment, &from, &to])?;
        Ok(())
    }

    fn rename_author(&mut self, from: &str, to: &str) -> Result<u64> {
        self.write_pending_comments()?;
        let stmt = self.statement("UPDATE comments SET username = $2 WHERE username = $1")?;
        self.tx.execute(&stmt, &[&from, &to])
    }

    fn import_mapping(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
    ) -> Result<Option<String>> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "SELECT local_id FROM comment_import_map
              WHERE source = $1 AND kind = $2 AND source_id = $3",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&source, &kind, &source_id])?
            .map(|r| r.get(0)))
    }

    fn put_import_mapping(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
        local_id: &str,
    ) -> Result<()> {
        self.write_pending_comments()?;
        let stmt = self.statement(
            "INSERT INTO comment_import_map (source, kind, source_id, local_id)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (source, kind, source_id) DO UPDATE SET local_id = excluded.local_id",
        )?;
        self.tx
            .execute(&stmt, &[&source, &kind, &source_id, &local_id])?;
        Ok(())
    }

    fn comment_totals(&mut self) -> Result<(u64, u64, u64, u64)> {
        self.write_pending_comments()?;
        let r = self.tx.query_one(
            "SELECT (SELECT count(*) FROM comment_nodes), (SELECT count(*) FROM comments),
                    (SELECT count(*) FROM comments WHERE NOT displayed),
                    (SELECT count(*) FROM comment_votes)",
            &[],
        )?;
        Ok((
            r.get::<_, i64>(0) as u64,
            r.get::<_, i64>(1) as u64,
            r.get::<_, i64>(2) as u64,
            r.get::<_, i64>(3) as u64,
        ))
    }

    fn audit(&mut self) -> Result<CommentAudit> {
        self.write_pending_comments()?;
        let rating_mismatches = self
            .tx
            .query(
                "SELECT c.id, c.rating, coalesce(sum(v.value), 0)::BIGINT AS total
                   FROM comments c LEFT JOIN comment_votes v ON v.comment_id = c.id
                  GROUP BY c.id, c.rating HAVING c.rating <> coalesce(sum(v.value), 0)
                  ORDER BY c.id",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        let node_mismatches = self
            .tx
            .query(
                "SELECT c.id, c.node_id::TEXT, p.node_id::TEXT FROM comments c
                   JOIN comments p ON p.id = c.parent_id
                  WHERE c.node_id <> p.node_id ORDER BY c.id",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        let orphan_votes = self
            .tx
            .query(
                "SELECT v.comment_id, v.username::TEXT FROM comment_votes v
                  WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = v.comment_id)
                  ORDER BY v.comment_id, v.username",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        let orphan_replies = self
            .tx
            .query(
                "SELECT c.id, c.parent_id FROM comments c
                  WHERE c.parent_id IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM comments p WHERE p.id = c.parent_id)
                  ORDER BY c.id",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        Ok(CommentAudit {
            rating_mismatches,
            node_mismatches,
            orphan_votes,
            orphan_replies,
        })
    }
}
