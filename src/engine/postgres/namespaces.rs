//! Namespace primitives on PostgreSQL. The key and value-byte counts of `namespaces` are kept by
//! the statements that change entries (each change and its count in one statement), so that
//! counting never scans keys and no trigger is needed.
//!
//! Bulk writes (`put_many`, what `namespace import` sends) take two shortcuts:
//! - into a namespace that held no entry when the transaction first wrote to it, entries are
//!   appended with one `COPY` per group, as `psql \copy` would, instead of an upsert that looks
//!   every key up first. The namespace's row is locked (`FOR UPDATE`) when it is found empty,
//!   so no other writer adds a key to it until this transaction ends; the keys appended are
//!   remembered (a 64-bit hash each), and an entry whose key may have come before goes the
//!   upsert way, after the COPY, so the later value still wins.
//! - their count changes are summed in memory and written once, before anything reads or
//!   changes the namespaces' counts and at commit: each UPDATE of a row adds a version of it
//!   that every later foreign-key check of an appended entry would step over.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::Type;
use postgres::Client;

use super::PgTx;
use crate::engine::{NamespaceInfo, NamespaceStorage};
use crate::error::Result;
use crate::plural::count;

/// How many appended keys a transaction remembers (8 bytes of hash each, about 16 MiB with the
/// set's own overhead per million): past it, a namespace's further entries are upserted.
const APPENDED_KEYS_REMEMBERED: usize = 4 << 20;

/// What a write transaction keeps of its namespace writes (see the module's comment).
#[derive(Default)]
pub(super) struct Writes {
    /// Key and value-byte changes not yet written to `namespaces`, by namespace id.
    counts: HashMap<i64, (i64, i64)>,
    /// Namespaces `put_many` looked at: `Some(hashes of the keys appended)` for one it appends
    /// to, `None` for one it upserts into. Forgotten by any other change of entries.
    appending: HashMap<i64, Option<HashSet<u64>>>,
    /// Hashes held in `appending`, all namespaces together.
    remembered: usize,
    hasher: RandomState,
}

impl Writes {
    fn count(&mut self, id: i64, keys: i64, bytes: i64) {
        let entry = self.counts.entry(id).or_default();
        entry.0 += keys;
        entry.1 += bytes;
    }

    /// After a change that `put_many` did not make: what it knew of the namespaces no longer
    /// holds.
    fn forget_appending(&mut self) {
        self.appending.clear();
        self.remembered = 0;
    }
}

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
    /// the rows added and how their sizes changed, all from one snapshot as in `put` (the
    /// counts are written later, see [`PgTx::write_namespace_counts`]).
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
             )
             SELECT r.namespace_id, count(*) - count(o.key) AS added,
                    sum(octet_length(r.value))::BIGINT - coalesce(sum(o.bytes), 0)::BIGINT
               FROM rows r
               LEFT JOIN old o ON o.namespace_id = r.namespace_id AND o.key = r.key
              GROUP BY r.namespace_id",
        )?;
        for row in self.tx.query(&stmt, &[&ids, &keys, &values])? {
            self.namespace_writes
                .count(row.get(0), row.get(1), row.get(2));
        }
        Ok(())
    }

    /// Entries of distinct keys in the order given, each as `put` stores it: a key that
    /// comes again starts the next statement (one row may change once per statement), which
    /// keeps the later value the winner.
    fn upsert_all(&mut self, entries: &[(i64, &str, &str)]) -> Result<()> {
        let mut seen: HashSet<(i64, &str)> = HashSet::new();
        let (mut ids, mut keys, mut values) = (Vec::new(), Vec::new(), Vec::new());
        for &(id, key, json) in entries {
            if !seen.insert((id, key)) {
                self.put_distinct(&ids, &keys, &values)?;
                ids.clear();
                keys.clear();
                values.clear();
                seen.clear();
                seen.insert((id, key));
            }
            ids.push(id);
            keys.push(key);
            values.push(json);
        }
        if !ids.is_empty() {
            self.put_distinct(&ids, &keys, &values)?;
        }
        Ok(())
    }

    /// Whether `put_many` appends to namespace `id`: decided when it first meets it in this
    /// transaction, by whether it holds any entry. An empty one's row is locked until the
    /// transaction ends, so no other writer adds a key under the COPY; any writer that added
    /// one since this transaction's snapshot changed that row too, and the lock fails with a
    /// serialization failure (the transaction runs again and finds the entries).
    fn appends_to(&mut self, id: i64) -> Result<bool> {
        if let Some(state) = self.namespace_writes.appending.get(&id) {
            return Ok(state.is_some());
        }
        let stmt = self.statement(
            "SELECT NOT EXISTS (SELECT 1 FROM namespace_entries WHERE namespace_id = $1)
               FROM namespaces WHERE id = $1 FOR UPDATE",
        )?;
        let empty: bool = self.tx.query_one(&stmt, &[&id])?.get(0);
        self.namespace_writes
            .appending
            .insert(id, empty.then(HashSet::new));
        Ok(empty)
    }

    /// Whether the entry of `key` goes to namespace `id` by COPY: it appends, and `key` was
    /// not appended before in this transaction (as far as a hash tells: a false "maybe" only
    /// sends the entry the upsert way). Past [`APPENDED_KEYS_REMEMBERED`] keys, nothing more
    /// is appended.
    fn append_key(&mut self, id: i64, key: &str) -> Result<bool> {
        if !self.appends_to(id)? {
            return Ok(false);
        }
        let writes = &mut self.namespace_writes;
        if writes.remembered >= APPENDED_KEYS_REMEMBERED {
            writes.appending.insert(id, None);
            return Ok(false);
        }
        let hash = writes.hasher.hash_one(key);
        let Some(Some(keys)) = writes.appending.get_mut(&id) else {
            return Ok(false);
        };
        let new = keys.insert(hash);
        writes.remembered += usize::from(new);
        Ok(new)
    }

    /// Appends entries of keys that none of their namespaces holds, in one binary COPY, and
    /// counts them.
    fn append(&mut self, entries: &[(i64, &str, &str)]) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let sink = self.tx.copy_in(
            "COPY namespace_entries (namespace_id, key, value) FROM STDIN (FORMAT binary)",
        )?;
        let mut writer = BinaryCopyInWriter::new(sink, &[Type::INT8, Type::TEXT, Type::TEXT]);
        for (id, key, json) in entries {
            writer.write(&[id, key, json])?;
        }
        writer.finish()?;
        for &(id, _, json) in entries {
            self.namespace_writes.count(id, 1, json.len() as i64);
        }
        Ok(())
    }

    /// Writes the count changes `put_many` summed up (one UPDATE per namespace): before
    /// anything reads or changes the counts, and at commit.
    pub(super) fn write_namespace_counts(&mut self) -> Result<()> {
        if self.namespace_writes.counts.is_empty() {
            return Ok(());
        }
        let mut counts: Vec<(i64, (i64, i64))> = self.namespace_writes.counts.drain().collect();
        // In id order, as any other writer that updates several namespaces' rows at once.
        counts.sort_unstable();
        let stmt = self.statement(
            "UPDATE namespaces SET key_count = key_count + $2, value_bytes = value_bytes + $3
              WHERE id = $1",
        )?;
        for (id, (keys, bytes)) in counts {
            if keys != 0 || bytes != 0 {
                self.tx.execute(&stmt, &[&id, &keys, &bytes])?;
            }
        }
        Ok(())
    }

    /// Before a change of entries other than `put_many`'s: the summed counts written, and
    /// what `put_many` knew of the namespaces forgotten.
    fn before_change(&mut self) -> Result<()> {
        self.namespace_writes.forget_appending();
        self.write_namespace_counts()
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
        self.write_namespace_counts()?;
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
        self.write_namespace_counts()?;
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
        self.before_change()?;
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

    /// Entries of new keys of a namespace that held none go by COPY; the others are upserted
    /// after them, in order (see the module's comment).
    fn put_many(&mut self, entries: &[(String, String, String)]) -> Result<()> {
        let mut appended: Vec<(i64, &str, &str)> = Vec::new();
        let mut upserted: Vec<(i64, &str, &str)> = Vec::new();
        for (ns, key, json) in entries {
            let id = self.namespace_id_or_create(ns)?;
            if self.append_key(id, key)? {
                appended.push((id, key, json));
            } else {
                upserted.push((id, key, json));
            }
        }
        self.append(&appended)?;
        self.upsert_all(&upserted)
    }

    fn remove(&mut self, ns: &str, key: &str) -> Result<bool> {
        self.before_change()?;
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
        self.before_change()?;
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
        self.before_change()?;
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
        self.before_change()?;
        // A leftover row for dst (no keys, not created) would collide on the unique name.
        let stmt = self.statement("DELETE FROM namespaces WHERE name = $1 AND key_count = 0")?;
        self.tx.execute(&stmt, &[&dst])?;
        let stmt = self.statement("UPDATE namespaces SET name = $2 WHERE name = $1")?;
        self.tx.execute(&stmt, &[&src, &dst])?;
        self.namespace_ids.clear();
        Ok(())
    }

    fn copy(&mut self, src: &str, dst: &str) -> Result<u64> {
        self.before_change()?;
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
