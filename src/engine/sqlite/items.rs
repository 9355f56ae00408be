//! Item and lock primitives on SQLite. Revision data lives in `item_blobs`, once per distinct
//! SHA-256; `write_data` streams it with incremental blob I/O so a large attachment is never held
//! whole in memory.

use std::io::{Read, Write};

use rusqlite::{params, params_from_iter, OptionalExtension, Row, MAIN_DB};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::SqliteTx;
use crate::engine::items::{
    ItemKind, ItemQuery, ItemRecord, ItemStorage, LockRecord, LockStorage, NewRevision,
    RevisionMeta, RevisionRecord, UserRecord,
};
use crate::error::{Error, Result};
use crate::items_model::search_words;

const ITEM_COLUMNS: &str =
    "i.name, i.kind, i.current_rev, i.deleted, i.mtime_us, i.size, i.acl, i.meta";

fn json_map(text: &str) -> Map<String, Value> {
    match crate::exact_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn item_from_row(r: &Row) -> rusqlite::Result<ItemRecord> {
    let kind: String = r.get(1)?;
    Ok(ItemRecord {
        name: r.get(0)?,
        kind: ItemKind::parse(&kind).unwrap_or(ItemKind::Page),
        current: r.get::<_, i64>(2)? as u64,
        deleted: r.get(3)?,
        mtime_us: r.get(4)?,
        size: r.get::<_, i64>(5)? as u64,
        acl: r.get(6)?,
        meta: json_map(&r.get::<_, String>(7)?),
    })
}

/// Reads (revno, mtime_us, action, deleted, meta) starting at column `at`.
fn revision_from_row(r: &Row, at: usize) -> rusqlite::Result<RevisionRecord> {
    Ok(RevisionRecord {
        revno: r.get::<_, i64>(at)? as u64,
        mtime_us: r.get(at + 1)?,
        action: r.get(at + 2)?,
        deleted: r.get(at + 3)?,
        meta: RevisionMeta::from_map(json_map(&r.get::<_, String>(at + 4)?)),
    })
}

/// A search as an FTS5 query: its words (`search_words::query_words`), each quoted so that no
/// word is read as syntax, all required. Empty when the search has no word.
fn fts_query(search: &str) -> Result<String> {
    Ok(search_words::query_words(search)?
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" "))
}

/// Fills `item_words` from the current revisions (schema migration 9): one row per live page
/// whose current text is UTF-8, as `put_revision` writes it.
pub(super) fn rebuild_search_words(tx: &rusqlite::Transaction) -> Result<()> {
    tx.execute("DELETE FROM item_words", [])?;
    let mut insert = tx.prepare("INSERT INTO item_words (rowid, words) VALUES (?1, ?2)")?;
    let mut stmt = tx.prepare(
        "SELECT i.id, b.data FROM items i
           JOIN item_revisions r ON r.item_id = i.id AND r.revno = i.current_rev
           JOIN item_blobs b ON b.id = r.blob_id
          WHERE i.kind = 'page' AND NOT i.deleted",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let data = r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
        if let Ok(text) = std::str::from_utf8(data) {
            insert.execute(params![r.get::<_, i64>(0)?, search_words::index_text(text)])?;
        }
    }
    Ok(())
}

impl SqliteTx<'_> {
    fn item_id(&mut self, name: &str) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM items WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?)
    }

    // The item is found by a subquery, not a join: with the join, SQLite 3.54 recompiled these
    // statements for nearly every new name (15% of an export's CPU).
    fn blob_id(&mut self, name: &str, revno: u64) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT r.blob_id FROM item_revisions r
                  WHERE r.item_id = (SELECT id FROM items WHERE name = ?1) AND r.revno = ?2",
            )?
            .query_row(params![name, revno as i64], |r| r.get::<_, Option<i64>>(0))
            .optional()?
            .flatten())
    }

    /// The blob holding `data`, stored if it is new.
    fn store_blob(&mut self, data: &[u8]) -> Result<i64> {
        let hash = Sha256::digest(data);
        let existing: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM item_blobs WHERE sha256 = ?1")?
            .query_row([hash.as_slice()], |r| r.get(0))
            .optional()?;
        if let Some(id) = existing {
            return Ok(id);
        }
        self.tx
            .prepare_cached("INSERT INTO item_blobs (sha256, size, data) VALUES (?1, ?2, ?3)")?
            .execute(params![hash.as_slice(), data.len() as i64, data])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn remove_unused_blobs(&mut self, candidates: &[i64]) -> Result<()> {
        for id in candidates {
            self.tx
                .prepare_cached(
                    "DELETE FROM item_blobs WHERE id = ?1
                       AND NOT EXISTS (SELECT 1 FROM item_revisions WHERE blob_id = ?1)",
                )?
                .execute([id])?;
        }
        Ok(())
    }
}

impl ItemStorage for SqliteTx<'_> {
    fn item(&mut self, name: &str) -> Result<Option<ItemRecord>> {
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT {ITEM_COLUMNS} FROM items i WHERE i.name = ?1"
            ))?
            .query_row([name], item_from_row)
            .optional()?)
    }

    fn items(&mut self, q: &ItemQuery, f: &mut dyn FnMut(ItemRecord) -> Result<()>) -> Result<()> {
        let mut sql = format!("SELECT {ITEM_COLUMNS} FROM items i");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(search) = &q.search {
            let query = fts_query(search)?;
            if query.is_empty() {
                return Ok(());
            }
            sql.push_str(" JOIN item_words s ON s.rowid = i.id AND item_words MATCH ?");
            args.push(query.into());
        }
        sql.push_str(" WHERE 1");
        if let Some(prefix) = &q.prefix {
            sql.push_str(" AND i.name >= ?");
            args.push(prefix.clone().into());
        }
        if let Some(kind) = q.kind {
            sql.push_str(" AND i.kind = ?");
            args.push(kind.name().to_string().into());
        }
        if !q.include_deleted {
            sql.push_str(" AND NOT i.deleted");
        }
        if let Some(since) = q.changed_since_us {
            sql.push_str(" AND i.mtime_us >= ?");
            args.push(since.into());
        }
        sql.push_str(" ORDER BY i.name");
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(args))?;
        while let Some(r) = rows.next()? {
            let item = item_from_row(r)?;
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
        Ok(self
            .tx
            .prepare_cached(
                "SELECT r.revno, r.mtime_us, r.action, r.deleted, r.meta FROM item_revisions r
                  WHERE r.item_id = (SELECT id FROM items WHERE name = ?1) AND r.revno = ?2",
            )?
            .query_row(params![name, revno as i64], |r| revision_from_row(r, 0))
            .optional()?)
    }

    fn revisions(
        &mut self,
        name: &str,
        f: &mut dyn FnMut(RevisionRecord) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT r.revno, r.mtime_us, r.action, r.deleted, r.meta FROM item_revisions r
              WHERE r.item_id = (SELECT id FROM items WHERE name = ?1) ORDER BY r.revno DESC",
        )?;
        let mut rows = stmt.query([name])?;
        while let Some(r) = rows.next()? {
            f(revision_from_row(r, 0)?)?;
        }
        Ok(())
    }

    fn data(&mut self, name: &str, revno: u64) -> Result<Option<Vec<u8>>> {
        let Some(blob) = self.blob_id(name, revno)? else {
            return Ok(None);
        };
        Ok(Some(
            self.tx
                .prepare_cached("SELECT data FROM item_blobs WHERE id = ?1")?
                .query_row([blob], |r| r.get(0))?,
        ))
    }

    fn write_data(&mut self, name: &str, revno: u64, out: &mut dyn Write) -> Result<u64> {
        let Some(blob) = self.blob_id(name, revno)? else {
            return Ok(0);
        };
        let mut reader = self
            .tx
            .blob_open(MAIN_DB, c"item_blobs", c"data", blob, true)?;
        let mut buf = vec![0u8; 256 * 1024];
        let mut total = 0u64;
        loop {
            let n = reader.read(&mut buf).map_err(Error::Io)?;
            if n == 0 {
                break;
            }
            out.write_all(&buf[..n])?;
            total += n as u64;
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
        self.tx
            .prepare_cached(
                "INSERT INTO items (name, kind, current_rev, deleted, mtime_us, size, acl)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (name) DO UPDATE SET current_rev = excluded.current_rev, deleted = excluded.deleted,
                        mtime_us = excluded.mtime_us, size = excluded.size, acl = excluded.acl",
            )?
            .execute(params![name, kind.name(), rev.revno as i64, rev.deleted, rev.mtime_us, size, new.acl])?;
        let item = self
            .item_id(name)?
            .ok_or_else(|| Error::internal(format!("item {name:?} vanished")))?;
        self.tx
            .prepare_cached(
                "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, deleted, meta)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                item,
                rev.revno as i64,
                blob,
                rev.mtime_us,
                rev.action,
                rev.deleted,
                Value::Object(rev.meta.to_map()).to_string()
            ])?;
        self.tx
            .prepare_cached("DELETE FROM item_words WHERE rowid = ?1")?
            .execute([item])?;
        if let Some(text) = new.search_text {
            self.tx
                .prepare_cached("INSERT INTO item_words (rowid, words) VALUES (?1, ?2)")?
                .execute(params![item, search_words::index_text(text)])?;
        }
        Ok(())
    }

    fn set_item_meta(&mut self, name: &str, meta: &Map<String, Value>) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE items SET meta = ?2 WHERE name = ?1")?
            .execute(params![name, Value::Object(meta.clone()).to_string()])?;
        Ok(())
    }

    fn rename_item(&mut self, old: &str, new: &str) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE items SET name = ?2 WHERE name = ?1")?
            .execute([old, new])?;
        Ok(())
    }

    fn copy_item(&mut self, src: &str, dst: &str) -> Result<()> {
        let Some(source) = self.item_id(src)? else {
            return Ok(());
        };
        self.tx
            .prepare_cached(
                "INSERT INTO items (name, kind, current_rev, deleted, mtime_us, size, acl, meta)
                 SELECT ?2, kind, current_rev, deleted, mtime_us, size, acl, meta FROM items WHERE id = ?1",
            )?
            .execute(params![source, dst])?;
        let copy = self.tx.last_insert_rowid();
        self.tx
            .prepare_cached(
                "INSERT INTO item_revisions (item_id, revno, blob_id, mtime_us, action, deleted, meta)
                 SELECT ?2, revno, blob_id, mtime_us, action, deleted, meta FROM item_revisions WHERE item_id = ?1",
            )?
            .execute([source, copy])?;
        self.tx
            .prepare_cached("INSERT INTO item_words (rowid, words) SELECT ?2, words FROM item_words WHERE rowid = ?1")?
            .execute([source, copy])?;
        Ok(())
    }

    fn destroy_item(&mut self, name: &str) -> Result<()> {
        let Some(item) = self.item_id(name)? else {
            return Ok(());
        };
        let blobs: Vec<i64> = {
            let mut stmt = self
                .tx
                .prepare_cached("SELECT DISTINCT blob_id FROM item_revisions WHERE item_id = ?1 AND blob_id IS NOT NULL")?;
            let rows = stmt.query_map([item], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        self.tx
            .prepare_cached("DELETE FROM item_words WHERE rowid = ?1")?
            .execute([item])?;
        self.tx
            .prepare_cached("DELETE FROM item_revisions WHERE item_id = ?1")?
            .execute([item])?;
        self.tx
            .prepare_cached("DELETE FROM items WHERE id = ?1")?
            .execute([item])?;
        self.remove_unused_blobs(&blobs)
    }

    fn log(
        &mut self,
        since_us: Option<i64>,
        f: &mut dyn FnMut(&str, RevisionRecord) -> Result<bool>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT i.name, r.revno, r.mtime_us, r.action, r.deleted, r.meta
               FROM item_revisions r JOIN items i ON i.id = r.item_id
              WHERE r.mtime_us >= ?1
              ORDER BY r.mtime_us DESC, i.name, r.revno DESC",
        )?;
        let mut rows = stmt.query([since_us.unwrap_or(i64::MIN)])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(0)?;
            if !f(&name, revision_from_row(r, 1)?)? {
                break;
            }
        }
        Ok(())
    }

    fn user(&mut self, name: &str) -> Result<Option<UserRecord>> {
        Ok(self
            .tx
            .prepare_cached("SELECT name, profile, created_us FROM item_users WHERE name = ?1")?
            .query_row([name], |r| {
                Ok(UserRecord {
                    name: r.get(0)?,
                    profile: json_map(&r.get::<_, String>(1)?),
                    created_us: r.get(2)?,
                })
            })
            .optional()?)
    }

    fn put_user(&mut self, user: &UserRecord) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO item_users (name, profile, created_us) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET profile = excluded.profile",
            )?
            .execute(params![
                user.name,
                Value::Object(user.profile.clone()).to_string(),
                user.created_us
            ])?;
        Ok(())
    }

    fn remove_user(&mut self, name: &str) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached("DELETE FROM item_users WHERE name = ?1")?
            .execute([name])?
            > 0)
    }

    fn users(&mut self, f: &mut dyn FnMut(UserRecord) -> Result<()>) -> Result<()> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT name, profile, created_us FROM item_users ORDER BY name")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(UserRecord {
                name: r.get(0)?,
                profile: json_map(&r.get::<_, String>(1)?),
                created_us: r.get(2)?,
            })?;
        }
        Ok(())
    }

    fn item_audit(&mut self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut collect =
            |sql: &str, describe: &dyn Fn(&Row) -> rusqlite::Result<String>| -> Result<()> {
                let mut stmt = self.tx.prepare(sql)?;
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    problems.push(format!("items: {}", describe(r)?));
                }
                Ok(())
            };
        collect(
            "SELECT i.name, i.current_rev, m.top, i.deleted
               FROM items i
               LEFT JOIN (SELECT item_id, max(revno) AS top FROM item_revisions GROUP BY item_id) m ON m.item_id = i.id
               LEFT JOIN item_revisions r ON r.item_id = i.id AND r.revno = m.top
              WHERE m.top IS NULL OR i.current_rev != m.top OR i.deleted != r.deleted",
            &|r| {
                Ok(format!(
                    "item {:?} records current revision {} (deleted {}) but its newest revision is {:?}",
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, bool>(3)?,
                    r.get::<_, Option<i64>>(2)?
                ))
            },
        )?;
        collect(
            "SELECT i.name, r.revno FROM item_revisions r JOIN items i ON i.id = r.item_id WHERE r.revno < 1",
            &|r| Ok(format!("item {:?} has revision number {}", r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
        )?;
        collect(
            "SELECT i.name, r.revno FROM item_revisions r JOIN items i ON i.id = r.item_id
              WHERE (r.blob_id IS NULL) != r.deleted",
            &|r| {
                Ok(format!(
                    "item {:?} revision {}: data and the deleted flag disagree",
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?
                ))
            },
        )?;
        collect(
            "SELECT b.id FROM item_blobs b WHERE NOT EXISTS (SELECT 1 FROM item_revisions r WHERE r.blob_id = b.id)",
            &|r| Ok(format!("content blob {} is used by no revision", r.get::<_, i64>(0)?)),
        )?;
        collect(
            "SELECT b.id FROM item_blobs b WHERE b.size != length(b.data)",
            &|r| {
                Ok(format!(
                    "content blob {} has the wrong size",
                    r.get::<_, i64>(0)?
                ))
            },
        )?;
        collect(
            "SELECT s.rowid FROM item_words s WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = s.rowid)",
            &|r| Ok(format!("the search index holds a removed item (row {})", r.get::<_, i64>(0)?)),
        )?;
        // An indexed item's words are those of its current text, computed again.
        let mut stmt = self.tx.prepare(
            "SELECT i.name, i.kind = 'page' AND NOT i.deleted, b.data, s.words
               FROM items i JOIN item_words s ON s.rowid = i.id
               JOIN item_revisions r ON r.item_id = i.id AND r.revno = i.current_rev
               LEFT JOIN item_blobs b ON b.id = r.blob_id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let live: bool = r.get(1)?;
            let data: Option<Vec<u8>> = r.get(2)?;
            let stored: Option<String> = r.get(3)?;
            let expected = match (live, data.as_deref().map(std::str::from_utf8)) {
                (true, Some(Ok(text))) => Some(search_words::index_text(text)),
                _ => None,
            };
            if expected.is_none() || expected != stored {
                problems.push(format!(
                    "items: the search index is out of step for item {:?}",
                    r.get::<_, String>(0)?
                ));
            }
        }
        drop(rows);
        drop(stmt);
        // Live pages whose text is UTF-8 must be searchable.
        let mut stmt = self.tx.prepare(
            "SELECT i.name, b.data FROM items i
               JOIN item_revisions r ON r.item_id = i.id AND r.revno = i.current_rev
               JOIN item_blobs b ON b.id = r.blob_id
              WHERE i.kind = 'page' AND NOT i.deleted
                AND NOT EXISTS (SELECT 1 FROM item_words s WHERE s.rowid = i.id)",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if std::str::from_utf8(r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?).is_ok()
            {
                problems.push(format!(
                    "items: page {:?} is missing from the search index",
                    r.get::<_, String>(0)?
                ));
            }
        }
        Ok(problems)
    }

    fn moin_global_logs(&mut self, f: &mut crate::engine::items::MoinLogVisitor) -> Result<()> {
        // A store of schema 5 opened without being brought up to date (read-only) has none.
        let table: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'moin_global_logs')",
            [],
            |r| r.get(0),
        )?;
        if !table {
            return Ok(());
        }
        let mut stmt = self
            .tx
            .prepare_cached("SELECT source, log FROM moin_global_logs ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let log: Option<Vec<u8>> = r.get(1)?;
            f(&r.get::<_, String>(0)?, log.as_deref())?;
        }
        Ok(())
    }

    fn put_moin_global_log(&mut self, source: &str, log: Option<&[u8]>) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO moin_global_logs (source, log) VALUES (?1, ?2)
                 ON CONFLICT (source) DO UPDATE SET log = excluded.log",
            )?
            .execute(params![source, log])?;
        Ok(())
    }

    fn item_totals(&mut self) -> Result<(u64, u64, u64, u64, u64)> {
        Ok(self.tx.query_row(
            "SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM item_revisions),
                    (SELECT count(*) FROM item_blobs), (SELECT coalesce(sum(size), 0) FROM item_blobs),
                    (SELECT count(*) FROM item_users)",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)? as u64,
                    r.get::<_, i64>(1)? as u64,
                    r.get::<_, i64>(2)? as u64,
                    r.get::<_, i64>(3)? as u64,
                    r.get::<_, i64>(4)? as u64,
                ))
            },
        )?)
    }
}

impl LockStorage for SqliteTx<'_> {
    fn lock(&mut self, resource: &str) -> Result<Option<LockRecord>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT resource, owner, acquired_us, expires_us FROM locks WHERE resource = ?1",
            )?
            .query_row([resource], |r| {
                Ok(LockRecord {
                    resource: r.get(0)?,
                    owner: r.get(1)?,
                    acquired_us: r.get(2)?,
                    expires_us: r.get(3)?,
                })
            })
            .optional()?)
    }

    fn put_lock(&mut self, lock: &LockRecord) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO locks (resource, owner, acquired_us, expires_us) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (resource) DO UPDATE SET owner = excluded.owner, acquired_us = excluded.acquired_us,
                        expires_us = excluded.expires_us",
            )?
            .execute(params![lock.resource, lock.owner, lock.acquired_us, lock.expires_us])?;
        Ok(())
    }

    fn remove_lock(&mut self, resource: &str) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached("DELETE FROM locks WHERE resource = ?1")?
            .execute([resource])?
            > 0)
    }

    fn locks(&mut self, f: &mut dyn FnMut(LockRecord) -> Result<()>) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT resource, owner, acquired_us, expires_us FROM locks ORDER BY resource",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(LockRecord {
                resource: r.get(0)?,
                owner: r.get(1)?,
                acquired_us: r.get(2)?,
                expires_us: r.get(3)?,
            })?;
        }
        Ok(())
    }
}
