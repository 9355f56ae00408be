//! Namespace primitives on PostgreSQL. The key and value-byte counts of `namespaces` are kept by
//! the statements that change entries (each change and its count in one statement), so that
//! counting never scans keys and no trigger is needed.

use std::collections::HashSet;

use postgres::Client;

use super::PgTx;
use crate::engine::{NamespaceInfo, NamespaceStorage};
use crate::error::Result;
use crate::plural::count;

impl PgTx<'_> {
    /// The namespace's id, if it exists.
    fn namespace_id(&mut self, ns: &str) -> Result<Option<i64>> {
        if let Some(id) = self.namespace_ids.get(ns) {
            return Ok(Some(*id));
        }
        let stmt = self.statement("SELECT id FROM namespaces WHERE name = $1")?;
        let id: Option<i64> = self.tx.query_opt(&stmt, &[&ns])?.map(|r| r.get(0));
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
        // Another writer may create it at the same moment: the unique name makes one of the two
        // transactions fail with a serialization failure, and it runs again.
        let stmt = self.statement("INSERT INTO namespaces (name) VALUES ($1) RETURNING id")?;
        let id: i64 = self.tx.query_one(&stmt, &[&ns])?.get(0);
        self.namespace_ids.insert(ns.to_string(), id);
        Ok(id)
    }

    /// Stores entries of distinct (namespace, key) in one statement: their rows go as three
    /// arrays (`unnest`, one round trip instead of one per entry), and the counts move by what
    /// the rows added and how their sizes changed, all from one snapshot as in `put`.
    fn put_distinct(&mut self, ids: &[i64], keys: &[&str], values: &[&str]) -> Result<()> {
        let stmt = self.statement(
            "WITH rows AS (
                 SELECT * FROM unnest($1::BIGINT[], $2::TEXT[], $3::TEXT[])
                     AS r (namespace_id, key, value)
             ), old AS (
                 SELECT e.namespace_id, e.key, octet_length(e.value)::BIGINT AS bytes
                   FROM namespace_entries e
                   JOIN rows r ON r.namespace_id = e.namespace_id AND r.key = e.key
             ), changed AS (
                 INSERT INTO namespace_entries (namespace_id, key, value)
                 SELECT namespace_id, key, value FROM rows
                 ON CONFLICT (namespace_id, key) DO UPDATE SET value = excluded.value
                  WHERE namespace_entries.value IS DISTINCT FROM excluded.value
                 RETURNING 1
             ), delta AS (
                 SELECT r.namespace_id, count(*) - count(o.key) AS added,
                        sum(octet_length(r.value))::BIGINT - coalesce(sum(o.bytes), 0)::BIGINT
                            AS bytes
                   FROM rows r
                   LEFT JOIN old o ON o.namespace_id = r.namespace_id AND o.key = r.key
                  GROUP BY r.namespace_id
             )
             UPDATE namespaces n
                SET key_count = n.key_count + d.added, value_bytes = n.value_bytes + d.bytes
               FROM delta d
              WHERE n.id = d.namespace_id AND (d.added <> 0 OR d.bytes <> 0)",
        )?;
        self.tx.execute(&stmt, &[&ids, &keys, &values])?;
        Ok(())
    }

    /// Subtracts the keys and bytes of entries about to go.
    fn uncount(&mut self, id: i64, keys: i64, bytes: i64) -> Result<()> {
        let stmt = self.statement(
            "UPDATE namespaces SET key_count = key_count - $2, value_bytes = value_bytes - $3
              WHERE id = $1",
        )?;
        self.tx.execute(&stmt, &[&id, &keys, &bytes])?;
        Ok(())
    }
}

fn info_of(row: &postgres::Row, name: String) -> NamespaceInfo {
    NamespaceInfo {
        name,
        keys: row.get::<_, i64>("key_count") as u64,
        value_bytes: row.get::<_, i64>("value_bytes") as u64,
    }
}

impl NamespaceStorage for PgTx<'_> {
    fn list(&mut self) -> Result<Vec<NamespaceInfo>> {
        let stmt = self.statement(
            "SELECT name, key_count, value_bytes FROM namespaces
              WHERE key_count > 0 OR created_explicitly ORDER BY name",
        )?;
        Ok(self
            .tx
            .query(&stmt, &[])?
            .iter()
            .map(|r| info_of(r, r.get(0)))
            .collect())
    }

    fn info(&mut self, ns: &str) -> Result<Option<NamespaceInfo>> {
        let stmt = self.statement(
            "SELECT key_count, value_bytes FROM namespaces
              WHERE name = $1 AND (key_count > 0 OR created_explicitly)",
        )?;
        Ok(self
            .tx
            .query_opt(&stmt, &[&ns])?
            .map(|r| info_of(&r, ns.to_string())))
    }

    fn create(&mut self, ns: &str) -> Result<bool> {
        let existed = self.info(ns)?.is_some();
        let id = self.namespace_id_or_create(ns)?;
        let stmt = self.statement(
            "UPDATE namespaces SET created_explicitly = true
              WHERE id = $1 AND NOT created_explicitly",
        )?;
        self.tx.execute(&stmt, &[&id])?;
        Ok(!existed)
    }

    fn get(&mut self, ns: &str, key: &str) -> Result<Option<String>> {
        let stmt = self.statement(
            "SELECT e.value FROM namespace_entries e JOIN namespaces n ON n.id = e.namespace_id
              WHERE n.name = $1 AND e.key = $2",
        )?;
        Ok(self.tx.query_opt(&stmt, &[&ns, &key])?.map(|r| r.get(0)))
    }

    fn put(&mut self, ns: &str, key: &str, json: &str) -> Result<()> {
        let id = self.namespace_id_or_create(ns)?;
        // One statement: the old value's size, the upsert (skipped when the value is the same),
        // and the counts moved by the difference; all from one snapshot.
        let stmt = self.statement(
            "WITH old AS (
                 SELECT octet_length(value)::BIGINT AS bytes FROM namespace_entries
                  WHERE namespace_id = $1 AND key = $2
             ), changed AS (
                 INSERT INTO namespace_entries (namespace_id, key, value) VALUES ($1, $2, $3)
                 ON CONFLICT (namespace_id, key) DO UPDATE SET value = excluded.value
                  WHERE namespace_entries.value IS DISTINCT FROM excluded.value
                 RETURNING 1
             )
             UPDATE namespaces
                SET key_count = key_count + (CASE WHEN EXISTS (SELECT 1 FROM old) THEN 0 ELSE 1 END),
                    value_bytes = value_bytes + octet_length($3::TEXT)
                                  - coalesce((SELECT bytes FROM old), 0)
              WHERE id = $1 AND EXISTS (SELECT 1 FROM changed)",
        )?;
        self.tx.execute(&stmt, &[&id, &key, &json])?;
        Ok(())
    }

    /// In statements of distinct keys: one row may be changed once per statement, so a key
    /// that comes again starts the next statement, which keeps the later value the winner.
    fn put_many(&mut self, entries: &[(String, String, String)]) -> Result<()> {
        let mut seen: HashSet<(i64, &str)> = HashSet::new();
        let (mut ids, mut keys, mut values) = (Vec::new(), Vec::new(), Vec::new());
        for (ns, key, json) in entries {
            let id = self.namespace_id_or_create(ns)?;
            if !seen.insert((id, key.as_str())) {
                self.put_distinct(&ids, &keys, &values)?;
                ids.clear();
                keys.clear();
                values.clear();
                seen.clear();
                seen.insert((id, key.as_str()));
            }
            ids.push(id);
            keys.push(key.as_str());
            values.push(json.as_str());
        }
        if !ids.is_empty() {
            self.put_distinct(&ids, &keys, &values)?;
        }
        Ok(())
    }

    fn remove(&mut self, ns: &str, key: &str) -> Result<bool> {
        let Some(id) = self.namespace_id(ns)? else {
            return Ok(false);
        };
        let stmt = self.statement(
            "WITH gone AS (
                 DELETE FROM namespace_entries WHERE namespace_id = $1 AND key = $2
                 RETURNING octet_length(value)::BIGINT AS bytes
             )
             UPDATE namespaces
                SET key_count = key_count - 1,
                    value_bytes = value_bytes - (SELECT bytes FROM gone)
              WHERE id = $1 AND EXISTS (SELECT 1 FROM gone)
             RETURNING 1",
        )?;
        Ok(self.tx.execute(&stmt, &[&id, &key])? > 0)
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
        let stmt = self.statement(
            "SELECT key, value FROM namespace_entries
              WHERE namespace_id = $1 AND key >= $2 ORDER BY key",
        )?;
        // Rows stream from the server as they are read: a namespace of a million keys is
        // not collected first.
        let params: [&(dyn postgres::types::ToSql + Sync); 2] = [&id, &from];
        let mut rows = self.tx.query_raw(&stmt, params)?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(row) = rows.next()? {
            if !f(row.get(0), row.get(1))? {
                break;
            }
        }
        Ok(())
    }

    fn clear(&mut self, ns: &str) -> Result<u64> {
        let Some(id) = self.namespace_id(ns)? else {
            return Ok(0);
        };
        let stmt = self.statement(
            "WITH gone AS (
                 DELETE FROM namespace_entries WHERE namespace_id = $1
                 RETURNING octet_length(value)::BIGINT AS bytes
             )
             SELECT count(*), coalesce(sum(bytes), 0)::BIGINT FROM gone",
        )?;
        let row = self.tx.query_one(&stmt, &[&id])?;
        let (keys, bytes): (i64, i64) = (row.get(0), row.get(1));
        if keys > 0 {
            self.uncount(id, keys, bytes)?;
        }
        Ok(keys as u64)
    }

    fn drop_namespace(&mut self, ns: &str) -> Result<bool> {
        let existed = self.info(ns)?.is_some();
        if let Some(id) = self.namespace_id(ns)? {
            // The entries go with it (ON DELETE CASCADE).
            let stmt = self.statement("DELETE FROM namespaces WHERE id = $1")?;
            self.tx.execute(&stmt, &[&id])?;
        }
        self.namespace_ids.clear();
        Ok(existed)
    }

    fn rename(&mut self, src: &str, dst: &str) -> Result<()> {
        // A leftover row for dst (no keys, not created) would collide on the unique name.
        let stmt = self.statement("DELETE FROM namespaces WHERE name = $1 AND key_count = 0")?;
        self.tx.execute(&stmt, &[&dst])?;
        let stmt = self.statement("UPDATE namespaces SET name = $2 WHERE name = $1")?;
        self.tx.execute(&stmt, &[&src, &dst])?;
        self.namespace_ids.clear();
        Ok(())
    }

    fn copy(&mut self, src: &str, dst: &str) -> Result<u64> {
        let Some(src_id) = self.namespace_id(src)? else {
            return Ok(0);
        };
        let dst_id = self.namespace_id_or_create(dst)?;
        // The destination's counts: minus what it held under the copied keys, plus the copies.
        let stmt = self.statement(
            "WITH replaced AS (
                 SELECT count(*)::BIGINT AS keys,
                        coalesce(sum(octet_length(d.value)), 0)::BIGINT AS bytes
                   FROM namespace_entries d JOIN namespace_entries s
                     ON s.namespace_id = $1 AND s.key = d.key
                  WHERE d.namespace_id = $2
             ), copied AS (
                 INSERT INTO namespace_entries (namespace_id, key, value)
                 SELECT $2, key, value FROM namespace_entries WHERE namespace_id = $1
                 ON CONFLICT (namespace_id, key) DO UPDATE SET value = excluded.value
                 RETURNING octet_length(value)::BIGINT AS bytes
             ), totals AS (
                 SELECT count(*)::BIGINT AS keys, coalesce(sum(bytes), 0)::BIGINT AS bytes
                   FROM copied
             )
             UPDATE namespaces
                SET key_count = key_count + (SELECT keys FROM totals) - (SELECT keys FROM replaced),
                    value_bytes = value_bytes + (SELECT bytes FROM totals)
                                  - (SELECT bytes FROM replaced)
              WHERE id = $2
             RETURNING (SELECT keys FROM totals)",
        )?;
        let n: i64 = self.tx.query_one(&stmt, &[&src_id, &dst_id])?.get(0);
        Ok(n as u64)
    }
}

/// Maintained counters that disagree with the rows they count.
pub(super) fn counter_problems(client: &mut Client) -> Result<Vec<String>> {
    let rows = client.query(
        "SELECT n.name, n.key_count, n.value_bytes, count(e.key)::BIGINT,
                coalesce(sum(octet_length(e.value)), 0)::BIGINT
           FROM namespaces n LEFT JOIN namespace_entries e ON e.namespace_id = n.id
          GROUP BY n.id, n.name, n.key_count, n.value_bytes
         HAVING n.key_count <> count(e.key)
             OR n.value_bytes <> coalesce(sum(octet_length(e.value)), 0)
          ORDER BY n.name",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| {
            format!(
                "namespaces: namespace {:?} records {} / {} but holds {} / {}",
                r.get::<_, String>(0),
                count(r.get::<_, i64>(1), "key"),
                count(r.get::<_, i64>(2), "value byte"),
                r.get::<_, i64>(3),
                r.get::<_, i64>(4)
            )
        })
        .collect())
}
