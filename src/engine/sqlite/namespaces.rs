//! Namespace primitives on SQLite. Key and value-byte counts live in `namespaces` and are kept
//! by triggers (see migration 0001), so counting never scans keys.

use rusqlite::{params, Connection, OptionalExtension};

use super::SqliteTx;
use crate::engine::{NamespaceInfo, NamespaceStorage};
use crate::error::Result;
use crate::plural::count;

impl SqliteTx<'_> {
    /// The namespace's id, if it exists.
    fn namespace_id(&mut self, ns: &str) -> Result<Option<i64>> {
        if let Some(id) = self.namespace_ids.get(ns) {
            return Ok(Some(*id));
        }
        let id: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM namespaces WHERE name = ?1")?
            .query_row([ns], |r| r.get(0))
            .optional()?;
        if let Some(id) = id {
            self.namespace_ids.insert(ns.to_string(), id);
        }
        Ok(id)
    }

    /// The namespace's id, creating the namespace when missing.
    fn namespace_id_or_create(&mut self, ns: &str) -> Result<i64> {
        if let Some(id) = self.namespace_id(ns)? {
            return Ok(id);
        }
        self.tx
            .prepare_cached("INSERT INTO namespaces (name) VALUES (?1)")?
            .execute([ns])?;
        let id = self.tx.last_insert_rowid();
        self.namespace_ids.insert(ns.to_string(), id);
        Ok(id)
    }
}

impl NamespaceStorage for SqliteTx<'_> {
    fn list(&mut self) -> Result<Vec<NamespaceInfo>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT name, key_count, value_bytes FROM namespaces
              WHERE key_count > 0 OR created_explicitly ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(NamespaceInfo {
                name: r.get(0)?,
                keys: r.get::<_, i64>(1)? as u64,
                value_bytes: r.get::<_, i64>(2)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn info(&mut self, ns: &str) -> Result<Option<NamespaceInfo>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT key_count, value_bytes FROM namespaces
                  WHERE name = ?1 AND (key_count > 0 OR created_explicitly)",
            )?
            .query_row([ns], |r| {
                Ok(NamespaceInfo {
                    name: ns.to_string(),
                    keys: r.get::<_, i64>(0)? as u64,
                    value_bytes: r.get::<_, i64>(1)? as u64,
                })
            })
            .optional()?)
    }

    fn create(&mut self, ns: &str) -> Result<bool> {
        let existed = self.info(ns)?.is_some();
        let id = self.namespace_id_or_create(ns)?;
        self.tx
            .prepare_cached("UPDATE namespaces SET created_explicitly = 1 WHERE id = ?1")?
            .execute([id])?;
        Ok(!existed)
    }

    fn get(&mut self, ns: &str, key: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT e.value FROM namespace_entries e JOIN namespaces n ON n.id = e.namespace_id
                  WHERE n.name = ?1 AND e.key = ?2",
            )?
            .query_row([ns, key], |r| r.get(0))
            .optional()?)
    }

    fn put(&mut self, ns: &str, key: &str, json: &str) -> Result<()> {
        let id = self.namespace_id_or_create(ns)?;
        self.tx
            .prepare_cached(
                "INSERT INTO namespace_entries (namespace_id, key, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (namespace_id, key) DO UPDATE SET value = excluded.value
                 WHERE value IS NOT excluded.value",
            )?
            .execute(params![id, key, json])?;
        Ok(())
    }

    fn remove(&mut self, ns: &str, key: &str) -> Result<bool> {
        let Some(id) = self.namespace_id(ns)? else {
            return Ok(false);
        };
        let n = self
            .tx
            .prepare_cached("DELETE FROM namespace_entries WHERE namespace_id = ?1 AND key = ?2")?
            .execute(params![id, key])?;
        Ok(n > 0)
    }

    fn scan(
        &mut self,
        ns: &str,
        from: &str,
        f: &mut dyn FnMut(&str, &str) -> Result<bool>,
    ) -> Result<()> {
        let Some(id) = self.namespace_id(ns)? else {
            return Ok(());
        };
        let mut stmt = self.tx.prepare_cached(
            "SELECT key, value FROM namespace_entries WHERE namespace_id = ?1 AND key >= ?2 ORDER BY key",
        )?;
        let mut rows = stmt.query(params![id, from])?;
        while let Some(row) = rows.next()? {
            let key = row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let value = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            if !f(key, value)? {
                break;
            }
        }
        Ok(())
    }

    fn clear(&mut self, ns: &str) -> Result<u64> {
        let Some(id) = self.namespace_id(ns)? else {
            return Ok(0);
        };
        let n = self
            .tx
            .prepare_cached("DELETE FROM namespace_entries WHERE namespace_id = ?1")?
            .execute([id])?;
        Ok(n as u64)
    }

    fn drop_namespace(&mut self, ns: &str) -> Result<bool> {
        let existed = self.info(ns)?.is_some();
        if let Some(id) = self.namespace_id(ns)? {
            self.tx
                .prepare_cached("DELETE FROM namespace_entries WHERE namespace_id = ?1")?
                .execute([id])?;
            self.tx
                .prepare_cached("DELETE FROM namespaces WHERE id = ?1")?
                .execute([id])?;
        }
        self.namespace_ids.clear();
        Ok(existed)
    }

    fn rename(&mut self, src: &str, dst: &str) -> Result<()> {
        // A leftover row for dst (no keys, not created) would collide on the unique name.
        self.tx
            .prepare_cached("DELETE FROM namespaces WHERE name = ?1 AND key_count = 0")?
            .execute([dst])?;
        self.tx
            .prepare_cached("UPDATE namespaces SET name = ?2 WHERE name = ?1")?
            .execute([src, dst])?;
        self.namespace_ids.clear();
        Ok(())
    }

    fn copy(&mut self, src: &str, dst: &str) -> Result<u64> {
        let Some(src_id) = self.namespace_id(src)? else {
            return Ok(0);
        };
        let dst_id = self.namespace_id_or_create(dst)?;
        let n = self
            .tx
            .prepare_cached(
                "INSERT INTO namespace_entries (namespace_id, key, value)
                 SELECT ?2, key, value FROM namespace_entries WHERE namespace_id = ?1 AND true
                 ON CONFLICT (namespace_id, key) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![src_id, dst_id])?;
        Ok(n as u64)
    }
}

/// Maintained counters that disagree with the rows they count.
pub(super) fn counter_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT n.name, n.key_count, n.value_bytes, count(e.key), coalesce(sum(length(CAST(e.value AS BLOB))), 0)
           FROM namespaces n LEFT JOIN namespace_entries e ON e.namespace_id = n.id
          GROUP BY n.id
         HAVING n.key_count != count(e.key) OR n.value_bytes != coalesce(sum(length(CAST(e.value AS BLOB))), 0)",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(format!(
            "namespaces: namespace {:?} records {} / {} but holds {} / {}",
            r.get::<_, String>(0)?,
            count(r.get::<_, i64>(1)?, "key"),
            count(r.get::<_, i64>(2)?, "value byte"),
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
