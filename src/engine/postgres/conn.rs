//! What a [`super::PgTx`] sends its statements through: a `postgres::Transaction`, or, for a
//! read that a long-lived process leaves open (see [`super::PostgresBackend::leave_reads_open`]),
//! the connection itself, inside a transaction begun and ended by hand.
//!
//! The statements' methods have the names and signatures of `postgres::Transaction`'s, so the
//! faces' SQL reads the same either way.

use postgres::types::{BorrowToSql, ToSql};
use postgres::{Client, CopyInWriter, Portal, Row, RowIter, Statement, ToStatement};

use crate::error::{Error, Result};

pub enum PgConn<'c> {
    /// A transaction of the client library: committed by `commit`, rolled back when dropped.
    Tx(postgres::Transaction<'c>),
    /// A `REPEATABLE READ READ ONLY` transaction begun by hand, which stays open after the read
    /// until the connection's next transaction begins (it is ended in the same round trip).
    OpenRead(&'c mut Client),
}

impl PgConn<'_> {
    pub fn prepare(&mut self, query: &str) -> Result<Statement> {
        Ok(match self {
            PgConn::Tx(tx) => tx.prepare(query)?,
            PgConn::OpenRead(client) => client.prepare(query)?,
        })
    }

    pub fn execute<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<u64>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.execute(query, params)?,
            PgConn::OpenRead(client) => client.execute(query, params)?,
        })
    }

    pub fn query<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query(query, params)?,
            PgConn::OpenRead(client) => client.query(query, params)?,
        })
    }

    pub fn query_one<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Row>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query_one(query, params)?,
            PgConn::OpenRead(client) => client.query_one(query, params)?,
        })
    }

    pub fn query_opt<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Row>>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query_opt(query, params)?,
            PgConn::OpenRead(client) => client.query_opt(query, params)?,
        })
    }

    pub fn query_raw<T, P, I>(&mut self, query: &T, params: I) -> Result<RowIter<'_>>
    where
        T: ?Sized + ToStatement,
        P: BorrowToSql,
        I: IntoIterator<Item = P>,
        I::IntoIter: ExactSizeIterator,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query_raw(query, params)?,
            PgConn::OpenRead(client) => client.query_raw(query, params)?,
        })
    }

    pub fn copy_in<T>(&mut self, query: &T) -> Result<CopyInWriter<'_>>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.copy_in(query)?,
            PgConn::OpenRead(client) => client.copy_in(query)?,
        })
    }

    /// A portal, to read a large result in parts; only in a library transaction (the whole
    /// store's rows, for `storectl copy`, are never read in a transaction left open).
    pub fn bind<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Portal>
    where
        T: ?Sized + ToStatement,
    {
        match self {
            PgConn::Tx(tx) => Ok(tx.bind(query, params)?),
            PgConn::OpenRead(_) => Err(portal_in_open_read()),
        }
    }

    pub fn query_portal(&mut self, portal: &Portal, max_rows: i32) -> Result<Vec<Row>> {
        match self {
            PgConn::Tx(tx) => Ok(tx.query_portal(portal, max_rows)?),
            PgConn::OpenRead(_) => Err(portal_in_open_read()),
        }
    }

    /// Commits a library transaction; a read left open stays open.
    pub fn commit(self) -> Result<()> {
        match self {
            PgConn::Tx(tx) => Ok(tx.commit()?),
            PgConn::OpenRead(_) => Ok(()),
        }
    }
}

fn portal_in_open_read() -> Error {
    Error::internal("a portal was asked for in a read left open; this is a bug in storectl")
}
