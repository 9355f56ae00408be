//! What a [`super::PgTx`] sends its statements through: a `postgres::Transaction`, or, for a
//! read that a long-lived process leaves open (see [`super::PostgresBackend::leave_reads_open`]),
//! the read connection, whose transactions are begun and ended by hand.
//!
//! The statements' methods have the names and signatures of `postgres::Transaction`'s, so the
//! faces' SQL reads the same either way.

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{BorrowToSql, ToSql};
use postgres::{CopyInWriter, Portal, Row, RowIter, Statement, ToStatement};

use super::read_connection::{Link, StreamedRows};
use crate::error::{Error, Result};

pub enum PgConn<'c> {
    /// A transaction of the client library: committed by `commit`, rolled back when dropped.
    Tx(postgres::Transaction<'c>),
    /// A `REPEATABLE READ READ ONLY` transaction on the read connection, which stays open after
    /// the read until the next one's first statement ends it (in the same round trip).
    OpenRead(&'c mut Link),
}

/// The rows of [`PgConn::query_raw`], read as they come.
pub enum Rows<'a> {
    Tx(RowIter<'a>),
    OpenRead(StreamedRows<'a>),
}

impl FallibleIterator for Rows<'_> {
    type Item = Row;
    type Error = postgres::Error;

    fn next(&mut self) -> std::result::Result<Option<Row>, postgres::Error> {
        match self {
            Rows::Tx(rows) => rows.next(),
            Rows::OpenRead(rows) => rows.next(),
        }
    }
}

impl PgConn<'_> {
    pub fn prepare(&mut self, query: &str) -> Result<Statement> {
        Ok(match self {
            PgConn::Tx(tx) => tx.prepare(query)?,
            PgConn::OpenRead(link) => link.prepare(query)?,
        })
    }

    pub fn execute<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<u64>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.execute(query, params)?,
            PgConn::OpenRead(link) => link.execute(query, params)?,
        })
    }

    pub fn query<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query(query, params)?,
            PgConn::OpenRead(link) => link.query(query, params)?,
        })
    }

    pub fn query_one<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Row>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query_one(query, params)?,
            PgConn::OpenRead(link) => link.query_one(query, params)?,
        })
    }

    pub fn query_opt<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Row>>
    where
        T: ?Sized + ToStatement,
    {
        Ok(match self {
            PgConn::Tx(tx) => tx.query_opt(query, params)?,
            PgConn::OpenRead(link) => link.query_opt(query, params)?,
        })
    }

    pub fn query_raw<T, P, I>(&mut self, query: &T, params: I) -> Result<Rows<'_>>
    where
        T: ?Sized + ToStatement,
        P: BorrowToSql,
        I: IntoIterator<Item = P>,
        I::IntoIter: ExactSizeIterator,
    {
        Ok(match self {
            PgConn::Tx(tx) => Rows::Tx(tx.query_raw(query, params)?),
            PgConn::OpenRead(link) => Rows::OpenRead(link.query_raw(query, params)?),
        })
    }

    /// Only in a library transaction: a read writes nothing.
    pub fn copy_in<T>(&mut self, query: &T) -> Result<CopyInWriter<'_>>
    where
        T: ?Sized + ToStatement,
    {
        match self {
            PgConn::Tx(tx) => Ok(tx.copy_in(query)?),
            PgConn::OpenRead(_) => Err(not_in_open_read("a COPY")),
        }
    }

    /// A portal, to read a large result in parts; only in a library transaction (the whole
    /// store's rows, for `storectl copy`, are never read in a transaction left open).
    pub fn bind<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Portal>
    where
        T: ?Sized + ToStatement,
    {
        match self {
            PgConn::Tx(tx) => Ok(tx.bind(query, params)?),
            PgConn::OpenRead(_) => Err(not_in_open_read("a portal")),
        }
    }

    pub fn query_portal(&mut self, portal: &Portal, max_rows: i32) -> Result<Vec<Row>> {
        match self {
            PgConn::Tx(tx) => Ok(tx.query_portal(portal, max_rows)?),
            PgConn::OpenRead(_) => Err(not_in_open_read("a portal")),
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

fn not_in_open_read(what: &str) -> Error {
    Error::internal(format!(
        "{what} was asked for in a read left open; this is a bug in storectl"
    ))
}
