//! Item primitives on PostgreSQL, as on SQLite: revision data in `item_blobs` once per distinct
//! SHA-256, streamed out in slices so a large attachment is never held whole in memory; the
//! search index is PostgreSQL's full text (tsvector and GIN) over the words of
//! `items_model::search_words`, which PostgreSQL's own parser never sees.

use std::io::Write;

use postgres::types::ToSql;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::PgTx;
use crate::engine::items::{
    ItemKind, ItemQuery, ItemRecord, ItemStorage, NewRevision, RevisionMeta, RevisionRecord,
    UserRecord,
};
use crate::error::Result;
use crate::items_model::search_words;

/// How many pages one statement of the search-words rebuild reads or writes.
const REBUILD_BATCH: i32 = 256;

/// A search as a tsquery: its words (`search_words::query_words`) as quoted lexemes, all
/// required. Cast with `::tsquery`, which takes lexemes as they are (`to_tsquery` and
/// `plainto_tsquery` would parse and normalise them). Empty when the search has no word.
fn tsquery(search: &str) -> Result<String> {
    Ok(search_words::query_words(search)?
        .iter()
        .map(|w| format!("'{}'", w.replace('\\', "\\\\").replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(" & "))
}

/// Fills `item_words` from the current revisions (schema migration 9): one row per live page
/// whose current text is UTF-8, as `put_revision` writes it; read and written in batches.
pub(super) fn rebuild_search_words(tx: &mut postgres::Transaction) -> Result<()> {
    tx.execute("DELETE FROM item_words", &[])?;
    let portal = tx.bind(
        "SELECT i.id, b.data FROM items i
           JOIN item_revisions r ON r.item_id = i.id AND r.revno = i.current_rev
           JOIN item_blobs b ON b.id = r.blob_id
          WHERE i.kind = 'page' AND NOT i.deleted",
        &[],
    )?;
    loop {
        let rows = tx.query_portal(&portal, REBUILD_BATCH)?;
        let (mut ids, mut words): (Vec<i64>, Vec<String>) = (Vec::new(), Vec::new());
        for r in &rows {
            if let Ok(text) = std::str::from_utf8(r.get::<_, &[u8]>(1)) {
                ids.push(r.get(0));
                words.push(search_words::index_text(text));
            }
        }
        if !ids.is_empty() {
            tx.execute(
                "INSERT INTO item_words (item_id, words)
                 SELECT * FROM unnest($1::BIGINT[], $2::TEXT[])",
                &[&ids, &words],
            )?;
        }
        if rows.len() < REBUILD_BATCH as usize {
            return Ok(());
        }
    }
}

/// The columns [`item_from_row`] reads, in its order.
macro_rules! item_columns {
    () => {
        "i.name, i.kind, i.current_rev, i.deleted, i.mtime_us, i.size, i.acl, i.meta"
    };
}

/// How much of a blob one round trip of `write_data` carries.
const SLICE: i32 = 256 * 1024;

fn json_map(text: &str) -> Map<String, Value> {
    match crate::exact_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn item_from_row(r: &postgres::Row) -> ItemRecord {
    let kind: &str = r.get(1);
    ItemRecord {
        name: r.get(0),
        kind: ItemKind::parse(kind).unwrap_or(ItemKind::Page),
        current: r.get::<_, i64>(2) as u64,
        deleted: r.get(3),
        mtime_us: r.get(4),
        size: r.get::<_, i64>(5) as u64,
        acl: r.get(6),
        meta: json_map(r.get(7)),
    }
}

/// Reads (revno, mtime_us, action, deleted, meta) starting at column `at`.
fn revision_from_row(r: &postgres::Row, at: usize) -> RevisionRecord {
    RevisionRecord {
        revno: r.get::<_, i64>(at) as u64,
        mtime_us: r.get(at + 1),
        action: r.get(at + 2),
        deleted: r.get(at + 3),
        meta: RevisionMeta::from_map(json_map(r.get(at + 4))),
    }
}

fn user_from_row(r: &postgres::Row) -> UserRecord {
    UserRecord {
        name: r.get(0),
        profile: json_map(r.get(1)),
        created_us: r.get(2),
    }
}

impl PgTx<'_> {
    fn item_id(&mut self, name: &str) -> Result<Option<i64>> {
        let stmt = self.statement("SELECT id FROM items WHERE name = $1")?;
        Ok(self.tx.query_opt(&stmt, &[&name])?.map(|r| r.get(0)))
    }

    fn blob_id(&mut self, name: &str, revno: u64) -> Result<Option<i64>> {
        let stmt = self.statement(
            "SELECT r.blob_id FROM item_revisions r
              WHERE r.item_id = (SELECT id FROM items WHERE name = $1) AND r.revno = $2",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&name, &(revno as i64)])?
            .and_then(|r| r.get::<_, Option<i64>>(0)))
    }

    /// The blob holding `data`, stored if it is new.
    fn store_blob(&mut self, data: &[u8]) -> Result<i64> {
        let hash = Sha256::digest(data).to_vec();
        let stmt = self.statement("SELECT id FROM item_blobs WHERE sha256 = $1")?;
        if let Some(row) = self.tx.query_opt(&stmt, &[&hash])? {
            return Ok(row.get(0));
        }
        let stmt = self.statement(
            "INSERT INTO item_blobs (sha256, size, data) VALUES ($1, $2, $3) RETURNING id",
        )?;
        Ok(self
            .tx
            .query_one(&stmt, &[&hash, &(data.len() as i64), &data])?
            .get(0))
    }

    fn remove_unused_blobs(&mut self, candidates: &[i64]) -> Result<()> {
        let ids = candidates.to_vec();
        let stmt = self.statement(
            "DELETE FROM item_blobs b WHERE b.id = ANY ($1::BIGINT[])
               AND NOT EXISTS (SELECT 1 FROM item_revisions r WHERE r.blob_id = b.id)",
        )?;
        self.tx.execute(&stmt, &[&ids])?;
        Ok(())
    }
}

impl ItemStorage for PgTx<'_> {
    fn item(&mut self, name: &str) -> Result<Option<ItemRecord>> {
        let stmt = self.statement(concat!(
            "SELECT ",
            item_columns!(),
            " FROM items i WHERE i.name = $1"
        ))?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&name])?
            .map(|r| item_from_row(&r)))
    }

    fn items(&mut self, q: &ItemQuery, f: &mut dyn FnMut(ItemRecord) -> Result<()>) -> Result<()> {
        let mut sql = format!("SELECT {} FROM items i", item_columns!());
        let mut args: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        if let Some(search) = &q.search {
            let query = tsquery(search)?;
            if query.is_empty() {
                return Ok(());
            }
            args.push(Box::new(query));
            sql.push_str(&format!(
                " JOIN item_words s ON s.item_id = i.id AND s.lexemes @@ ${}::TEXT::TSQUERY",
                args.len()
            ));
        }
        sql.push_str(" WHERE true");
        if let Some(prefix) = &q.prefix {
            args.push(Box::new(prefix.clone()));
            sql.push_str(&format!(" AND i.name >= ${}", args.len()));
        }
        if let Some(kind) = q.kind {
            args.push(Box::new(kind.name().to_string()));
            sql.push_str(&format!(" AND i.kind = ${}", args.len()));
        }
        if !q.include_deleted {
            sql.push_str(" AND NOT i.deleted");
        }
        if let Some(since) = q.changed_since_us {
            args.push(Box::new(since));
            sql.push_str(&format!(" AND i.mtime_us >= ${}", args.len()));
        }
        sql.push_str(" ORDER BY i.name");
        let stmt = self.statement_owned(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a.as_ref()).collect();
        for r in self.tx.query(&stmt, &params)? {
            let item = item_from_row(&r);
            if let Some(prefix) = &q.prefix {
                if !item.name.starts_with(prefix.as_str()) {
                    break;
                }
            }
            f(item)?;
        }
        Ok(())
    }

    fn revision(&mut self, name: &str, revno: u64) -> Result<Option<RevisionRecord>> {
        let stmt = self.statement(
            "SELECT r.revno, r.mtime_us, r.action, r.deleted, r.meta FROM item_revisions r
              WHERE r.item_id = (SELECT id FROM items WHERE name = $1) AND r.revno = $2",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&name, &(revno as i64)])?
            .map(|r| revision_from_row(&r, 0)))
    }

    fn revisions(
        &mut self,
        name: &str,
        f: &mut dyn FnMut(RevisionRecord) -> Result<()>,
    ) -> Result<()> {
        let stmt = self.statement(
            "SELECT r.revno, r.mtime_us, r.action, r.deleted, r.meta FROM item_revisions r
              WHERE r.item_id = (SELECT id FROM items WHERE name = $1) ORDER BY r.revno DESC",
        )?;
        for r in self.tx.query(&stmt, &[&name])? {
            f(revision_from_row(&r, 0))?;
        }
        Ok(())
    }

    fn data(&mut self, name: &str, revno: u64) -> Result<Option<Vec<u8>>> {
        let Some(blob) = self.blob_id(name, revno)? else {
            return Ok(None);
        };
        let stmt = self.statement("SELECT data FROM item_blobs WHERE id = $1")?;
        Ok(Some(self.tx.query_one(&stmt, &[&blob])?.get(0)))
    }

    fn write_data(&mut self, name: &str, revno: u64, out: &mut dyn Write) -> Result<u64> {
        let Some(blob) = self.blob_id(name, revno)? else {
            return Ok(0);
        };
        let stmt = self.statement("SELECT size FROM item_blobs WHERE id = $1")?;
        let size: i64 = self.tx.query_one(&stmt, &[&blob])?.get(0);
        let stmt =
            self.statement("SELECT substring(data FROM $2 FOR $3) FROM item_blobs WHERE id = $1")?;
        let mut total = 0u64;
        // substring counts from 1; a slice at a time, so memory stays bounded.
        let mut from: i64 = 1;
        while from <= size {
            let slice: Vec<u8> = self
                .tx
                .query_one(&stmt, &[&blob, &(from as i32), &SLICE])?
                .get(0);
            if slice.is_empty() {
                break;
            }
            out.write_all(&slice)?;
            total += slice.len() as u64;
            from += slice.len() as i64;
        }
        Ok(total)
    }

    fn put_revision(&mut self, name: &str, kind: ItemKind, new: &NewRevision) -> Result<()> {
        let blob = match new.data {
            Some(data) => Some(self.store_blob(data)?),
            None => None,
        };
        let rev = &new.revision;
        let size = new.data.map_or(0, |d| d.len()) as i64;
        let stmt = self.statement(
            "INSERT INTO items (name, kind, current_rev, deleted, mtime_us, size, acl)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (name) DO UPDATE SET current_rev = excluded.current_rev,
                    deleted = excluded.deleted, mtime_us = excluded.mtime_us,
                    size = excluded.size, acl = excluded.acl
             RETURNING id",
        )?;
        let item: i64 = self
            .tx
            .query_one(
                &stmt,
                &[
                    &name,
                    &kind.name(),
                    &(rev.revno as i64),
                    &rev.deleted,
                    &rev.mtime_us,
                    &size,
                    &new.acl,
                ],
            )?
            .get(0);
        let stmt = self.statement(
            "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, deleted, meta)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )?;
        self.tx.execute(
            &stmt,
            &[
                &item,
                &(rev.revno as i64),
                &blob,
                &rev.mtime_us,
                &rev.action,
                &rev.deleted,
                &Value::Object(rev.meta.to_map()).to_string(),
            ],
        )?;
        match new.search_text {
            Some(text) => {
                let stmt = self.statement(
                    "INSERT INTO item_words (item_id, words) VALUES ($1, $2)
                     ON CONFLICT (item_id) DO UPDATE SET words = excluded.words",
                )?;
                self.tx
                    .execute(&stmt, &[&item, &search_words::index_text(text)])?;
            }
            None => {
                let stmt = self.statement("DELETE FROM item_words WHERE item_id = $1")?;
                self.tx.execute(&stmt, &[&item])?;
            }
        }
        Ok(())
    }

    fn set_item_meta(&mut self, name: &str, meta: &Map<String, Value>) -> Result<()> {
        let stmt = self.statement("UPDATE items SET meta = $2 WHERE name = $1")?;
        let text = Value::Object(meta.clone()).to_string();
        self.tx.execute(&stmt, &[&name, &text])?;
        Ok(())
    }

    fn rename_item(&mut self, old: &str, new: &str) -> Result<()> {
        let stmt = self.statement("UPDATE items SET name = $2 WHERE name = $1")?;
        self.tx.execute(&stmt, &[&old, &new])?;
        Ok(())
    }

    fn copy_item(&mut self, src: &str, dst: &str) -> Result<()> {
        let Some(source) = self.item_id(src)? else {
            return Ok(());
        };
        let stmt = self.statement(
            "INSERT INTO items (name, kind, current_rev, deleted, mtime_us, size, acl, meta)
             SELECT $2, kind, current_rev, deleted, mtime_us, size, acl, meta FROM items
              WHERE id = $1
             RETURNING id",
        )?;
        let copy: i64 = self.tx.query_one(&stmt, &[&source, &dst])?.get(0);
        let stmt = self.statement(
            "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, deleted, meta)
             SELECT $2, revno, blob_id, mtime_us, action, deleted, meta FROM item_revisions
              WHERE item_id = $1",
        )?;
        self.tx.execute(&stmt, &[&source, &copy])?;
        let stmt = self.statement(
            "INSERT INTO item_words (item_id, words) SELECT $2, words FROM item_words
              WHERE item_id = $1",
        )?;
        self.tx.execute(&stmt, &[&source, &copy])?;
        Ok(())
    }

    fn destroy_item(&mut self, name: &str) -> Result<()> {
        let Some(item) = self.item_id(name)? else {
            return Ok(());
        };
        let stmt = self.statement(
            "SELECT DISTINCT blob_id FROM item_revisions WHERE item_id = $1 AND blob_id IS NOT NULL",
        )?;
        let blobs: Vec<i64> = self
            .tx
            .query(&stmt, &[&item])?
            .iter()
            .map(|r| r.get(0))
            .collect();
        for sql in [
            "DELETE FROM item_words WHERE item_id = $1",
            "DELETE FROM item_revisions WHERE item_id = $1",
            "DELETE FROM items WHERE id = $1",
        ] {
            let stmt = self.statement(sql)?;
            self.tx.execute(&stmt, &[&item])?;
        }
        self.remove_unused_blobs(&blobs)
    }

    fn log(
        &mut self,
        since_us: Option<i64>,
        f: &mut dyn FnMut(&str, RevisionRecord) -> Result<bool>,
    ) -> Result<()> {
        let stmt = self.statement(
            "SELECT i.name, r.revno, r.mtime_us, r.action, r.deleted, r.meta
               FROM item_revisions r JOIN items i ON i.id = r.item_id
              WHERE r.mtime_us >= $1
              ORDER BY r.mtime_us DESC, i.name, r.revno DESC",
        )?;
        let since = since_us.unwrap_or(i64::MIN);
        let params: [&(dyn ToSql + Sync); 1] = [&since];
        let mut rows = self.tx.query_raw(&stmt, params)?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(r) = rows.next()? {
            let name: String = r.get(0);
            if !f(&name, revision_from_row(&r, 1))? {
                break;
            }
        }
        Ok(())
    }

    fn user(&mut self, name: &str) -> Result<Option<UserRecord>> {
        let stmt =
            self.statement("SELECT name, profile, created_us FROM item_users WHERE name = $1")?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&name])?
            .map(|r| user_from_row(&r)))
    }

    fn put_user(&mut self, user: &UserRecord) -> Result<()> {
        let stmt = self.statement(
            "INSERT INTO item_users (name, profile, created_us) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET profile = excluded.profile",
        )?;
        let profile = Value::Object(user.profile.clone()).to_string();
        self.tx
            .execute(&stmt, &[&user.name, &profile, &user.created_us])?;
        Ok(())
    }

    fn remove_user(&mut self, name: &str) -> Result<bool> {
        let stmt = self.statement("DELETE FROM item_users WHERE name = $1")?;
        Ok(self.tx.execute(&stmt, &[&name])? > 0)
    }

    fn users(&mut self, f: &mut dyn FnMut(UserRecord) -> Result<()>) -> Result<()> {
        let stmt =
            self.statement("SELECT name, profile, created_us FROM item_users ORDER BY name")?;
        for r in self.tx.query(&stmt, &[])? {
            f(user_from_row(&r))?;
        }
        Ok(())
    }

    fn item_audit(&mut self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut collect = |sql: &str, describe: &dyn Fn(&postgres::Row) -> String| -> Result<()> {
            for r in self.tx.query(sql, &[])? {
                problems.push(format!("items: {}", describe(&r)));
            }
            Ok(())
        };
        collect(
            "SELECT i.name::TEXT, i.current_rev, m.top, i.deleted
               FROM items i
               LEFT JOIN (SELECT item_id, max(revno) AS top FROM item_revisions GROUP BY item_id) m
                 ON m.item_id = i.id
               LEFT JOIN item_revisions r ON r.item_id = i.id AND r.revno = m.top
              WHERE m.top IS NULL OR i.current_rev <> m.top OR i.deleted <> r.deleted",
            &|r| {
                format!(
                    "item {:?} records current revision {} (deleted {}) but its newest revision is {:?}",
                    r.get::<_, String>(0),
                    r.get::<_, i64>(1),
                    r.get::<_, bool>(3),
                    r.get::<_, Option<i64>>(2)
                )
            },
        )?;
        collect(
            "SELECT i.name::TEXT, r.revno FROM item_revisions r JOIN items i ON i.id = r.item_id
              WHERE r.revno < 1",
            &|r| {
                format!(
                    "item {:?} has revision number {}",
                    r.get::<_, String>(0),
                    r.get::<_, i64>(1)
                )
            },
        )?;
        collect(
            "SELECT i.name::TEXT, r.revno FROM item_revisions r JOIN items i ON i.id = r.item_id
              WHERE (r.blob_id IS NULL) <> r.deleted",
            &|r| {
                format!(
                    "item {:?} revision {}: data and the deleted flag disagree",
                    r.get::<_, String>(0),
                    r.get::<_, i64>(1)
                )
            },
        )?;
        collect(
            "SELECT b.id FROM item_blobs b
              WHERE NOT EXISTS (SELECT 1 FROM item_revisions r WHERE r.blob_id = b.id)",
            &|r| format!("content blob {} is used by no revision", r.get::<_, i64>(0)),
        )?;
        collect(
            "SELECT b.id FROM item_blobs b WHERE b.size <> octet_length(b.data)",
            &|r| format!("content blob {} has the wrong size", r.get::<_, i64>(0)),
        )?;
        // An indexed item's words are those of its current text, computed again, and its
        // tsvector is made of exactly them.
        let portal = self.tx.bind(
            "SELECT i.name::TEXT, i.kind = 'page' AND NOT i.deleted, b.data, s.words,
                    s.lexemes = array_to_tsvector(string_to_array(s.words, ' '))
               FROM items i JOIN item_words s ON s.item_id = i.id
               JOIN item_revisions r ON r.item_id = i.id AND r.revno = i.current_rev
               LEFT JOIN item_blobs b ON b.id = r.blob_id",
            &[],
        )?;
        loop {
            let rows = self.tx.query_portal(&portal, REBUILD_BATCH)?;
            for r in &rows {
                let live: bool = r.get(1);
                let data: Option<&[u8]> = r.get(2);
                let expected = match (live, data.map(std::str::from_utf8)) {
                    (true, Some(Ok(text))) => Some(search_words::index_text(text)),
                    _ => None,
                };
                if expected.is_none()
                    || expected.as_deref() != Some(r.get::<_, &str>(3))
                    || !r.get::<_, bool>(4)
                {
                    problems.push(format!(
                        "items: the search index is out of step for item {:?}",
                        r.get::<_, String>(0)
                    ));
                }
            }
            if rows.len() < REBUILD_BATCH as usize {
                break;
            }
        }
        // Live pages whose text is UTF-8 must be searchable.
        for r in self.tx.query(
            "SELECT i.name::TEXT, b.data FROM items i
               JOIN item_revisions r ON r.item_id = i.id AND r.revno = i.current_rev
               JOIN item_blobs b ON b.id = r.blob_id
              WHERE i.kind = 'page' AND NOT i.deleted
                AND NOT EXISTS (SELECT 1 FROM item_words s WHERE s.item_id = i.id)",
            &[],
        )? {
            if std::str::from_utf8(r.get::<_, &[u8]>(1)).is_ok() {
                problems.push(format!(
                    "items: page {:?} is missing from the search index",
                    r.get::<_, String>(0)
                ));
            }
        }
        Ok(problems)
    }

    fn moin_global_logs(&mut self, f: &mut crate::engine::items::MoinLogVisitor) -> Result<()> {
        let stmt = self.statement("SELECT source, log FROM moin_global_logs ORDER BY id")?;
        for r in self.tx.query(&stmt, &[])? {
            let log: Option<Vec<u8>> = r.get(1);
            f(r.get::<_, &str>(0), log.as_deref())?;
        }
        Ok(())
    }

    fn put_moin_global_log(&mut self, source: &str, log: Option<&[u8]>) -> Result<()> {
        let stmt = self.statement(
            "INSERT INTO moin_global_logs (source, log) VALUES ($1, $2)
             ON CONFLICT (source) DO UPDATE SET log = excluded.log",
        )?;
        self.tx.execute(&stmt, &[&source, &log])?;
        Ok(())
    }

    fn item_totals(&mut self) -> Result<(u64, u64, u64, u64, u64)> {
        let r = self.tx.query_one(
            "SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM item_revisions),
                    (SELECT count(*) FROM item_blobs),
                    (SELECT coalesce(sum(size), 0)::BIGINT FROM item_blobs),
                    (SELECT count(*) FROM item_users)",
            &[],
        )?;
        let n = |i: usize| r.get::<_, i64>(i) as u64;
        Ok((n(0), n(1), n(2), n(3), n(4)))
    }
}
