//! A transaction whose `BEGIN`, `COMMIT` and `ROLLBACK` are prepared once per connection.
//!
//! rusqlite's own `Transaction` runs them with `execute_batch`, which parses the SQL again every
//! time: for a point read in a transaction of its own (what every request of `storectl serve`
//! is), about a fifth of the CPU time went to that.

use std::ops::Deref;

use rusqlite::{Connection, TransactionBehavior};

/// An open transaction on a connection; rolled back when dropped uncommitted.
pub struct CachedTx<'c> {
    conn: &'c Connection,
    open: bool,
}

impl<'c> CachedTx<'c> {
    /// Begins a transaction (`&mut`: one at a time per connection, as rusqlite's).
    pub fn begin(
        conn: &'c mut Connection,
        behavior: TransactionBehavior,
    ) -> rusqlite::Result<Self> {
        let sql = match behavior {
            TransactionBehavior::Immediate => "BEGIN IMMEDIATE",
            TransactionBehavior::Exclusive => "BEGIN EXCLUSIVE",
            _ => "BEGIN DEFERRED",
        };
        conn.prepare_cached(sql)?.execute([])?;
        Ok(CachedTx { conn, open: true })
    }

    /// Commits; on failure the transaction stays open and is rolled back when dropped.
    pub fn commit(mut self) -> rusqlite::Result<()> {
        self.conn.prepare_cached("COMMIT")?.execute([])?;
        self.open = false;
        Ok(())
    }
}

impl Deref for CachedTx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for CachedTx<'_> {
    fn drop(&mut self) {
        // SQLite may have rolled back already (after some errors); then there is nothing to do.
        if self.open && !self.conn.is_autocommit() {
            let _ = self
                .conn
                .prepare_cached("ROLLBACK")
                .and_then(|mut s| s.execute([]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commits_and_rolls_back() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let tx = CachedTx::begin(&mut conn, TransactionBehavior::Immediate).unwrap();
        tx.execute("INSERT INTO t VALUES (1)", []).unwrap();
        tx.commit().unwrap();
        let tx = CachedTx::begin(&mut conn, TransactionBehavior::Deferred).unwrap();
        tx.execute("INSERT INTO t VALUES (2)", []).unwrap();
        drop(tx);
        assert!(conn.is_autocommit());
        let n: i64 = conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
    }
}
