//! Lock primitives on PostgreSQL: one row per held lock, as on SQLite. What a lock means
//! (owners, expiry, administrators) is decided in `faces::locks`.

use super::PgTx;
use crate::engine::items::LockRecord;
use crate::engine::LockStorage;
use crate::error::Result;

fn record(r: &postgres::Row) -> LockRecord {
    LockRecord {
        resource: r.get(0),
        owner: r.get(1),
        acquired_us: r.get(2),
        expires_us: r.get(3),
    }
}

impl PgTx<'_> {
    /// Wakes the lock waiters of other connections when this transaction commits.
    fn notify_waiters(&mut self) -> Result<()> {
        if self.notify {
            let stmt = self.statement("SELECT pg_notify('storectl_locks', '')")?;
            self.tx.execute(&stmt, &[])?;
        }
        Ok(())
    }
}

impl LockStorage for PgTx<'_> {
    fn lock(&mut self, resource: &str) -> Result<Option<LockRecord>> {
        let stmt = self.statement(
            "SELECT resource, owner, acquired_us, expires_us FROM locks WHERE resource = $1",
        )?;
        Ok(self.tx.query_opt(&stmt, &[&resource])?.map(|r| record(&r)))
    }

    fn put_lock(&mut self, lock: &LockRecord) -> Result<()> {
        let stmt = self.statement(
            "INSERT INTO locks (resource, owner, acquired_us, expires_us) VALUES ($1, $2, $3, $4)
             ON CONFLICT (resource) DO UPDATE SET owner = excluded.owner,
                    acquired_us = excluded.acquired_us, expires_us = excluded.expires_us",
        )?;
        self.tx.execute(
            &stmt,
            &[
                &lock.resource,
                &lock.owner,
                &lock.acquired_us,
                &lock.expires_us,
            ],
        )?;
        self.notify_waiters()
    }

    fn remove_lock(&mut self, resource: &str) -> Result<bool> {
        let stmt = self.statement("DELETE FROM locks WHERE resource = $1")?;
        let removed = self.tx.execute(&stmt, &[&resource])? > 0;
        if removed {
            self.notify_waiters()?;
        }
        Ok(removed)
    }

    fn locks(&mut self, f: &mut dyn FnMut(LockRecord) -> Result<()>) -> Result<()> {
        let stmt = self.statement(
            "SELECT resource, owner, acquired_us, expires_us FROM locks ORDER BY resource",
        )?;
        for row in self.tx.query(&stmt, &[])? {
            f(record(&row))?;
        }
        Ok(())
    }
}
