//! The connection a long-lived process (`serve`) reads over, beside the one it writes over:
//! its read transactions are left open after the read and ended in the same round trip as the
//! next read's first statement, so a one-statement read costs one round trip to the server.
//!
//! The synchronous `postgres` client waits for each statement's answer before it sends the
//! next, so `COMMIT; START TRANSACTION …` and the read's `SELECT` would be two round trips. This
//! connection is the asynchronous `tokio-postgres` client driven by a runtime of its own on the
//! calling thread: two requests polled together go out in one write and their answers come back
//! together (the protocol keeps them in order).
//!
//! Writes, groups and lock waits stay on the other connection, which ends this one's open read
//! before it starts anything (an open read holds its tables' share locks and a snapshot).

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use futures_util::future::join;
use futures_util::StreamExt;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{BorrowToSql, ToSql};
use postgres::{Row, Statement, ToStatement};
use tokio::runtime::Runtime;
use tokio::task::JoinHandle;
use tokio_postgres::{Client, RowStream};

use crate::error::{Error, Result};

/// How a read begins: one snapshot, never a serialization failure.
const BEGIN: &str = "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
const COMMIT_AND_BEGIN: &str =
    "COMMIT; START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

/// How long closing waits for the server to be told goodbye.
const CLOSE_WAIT: Duration = Duration::from_secs(1);

pub struct ReadConnection {
    pub link: Link,
    /// Statements prepared on this connection, by their SQL.
    pub statements: HashMap<String, Statement>,
}

/// The client, the runtime it runs on, and where its read transaction stands.
pub struct Link {
    client: Option<Client>,
    runtime: Runtime,
    /// Drives the connection: sends requests, routes answers.
    driver: Option<JoinHandle<()>>,
    /// A read transaction is open on the server.
    open: bool,
    /// The current read has sent nothing yet: its first statement begins its transaction.
    begin_pending: bool,
}

impl ReadConnection {
    /// Connects with `connect`, which the caller words errors for.
    pub fn connect<F, C>(connect: F) -> Result<ReadConnection>
    where
        F: FnOnce(&Runtime) -> Result<(Client, C)>,
        C: Future<Output = ()> + Send + 'static,
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| Error::internal(format!("cannot start a client runtime: {e}")))?;
        let (client, driving) = connect(&runtime)?;
        let driver = runtime.spawn(driving);
        Ok(ReadConnection {
            link: Link {
                client: Some(client),
                runtime,
                driver: Some(driver),
                open: false,
                begin_pending: false,
            },
            statements: HashMap::new(),
        })
    }

    pub fn is_closed(&self) -> bool {
        self.link.client().is_closed()
    }

    /// Whether a read transaction is open on the server.
    pub fn is_open(&self) -> bool {
        self.link.open
    }

    /// A read begins: nothing is sent until its first statement.
    pub fn begin(&mut self) {
        self.link.begin_pending = true;
    }

    /// Ends the read transaction left open, if any.
    pub fn end(&mut self) -> Result<()> {
        let link = &mut self.link;
        link.begin_pending = false;
        if link.open {
            link.open = false;
            let client = link.client.as_ref().expect("a live client");
            link.runtime.block_on(client.batch_execute("COMMIT"))?;
        }
        Ok(())
    }
}

impl Drop for Link {
    /// Says goodbye to the server (which rolls back an open read), instead of dropping the
    /// socket, which the server would log as a client gone without a word.
    fn drop(&mut self) {
        drop(self.client.take());
        if let Some(driver) = self.driver.take() {
            let _ = self
                .runtime
                .block_on(async { tokio::time::timeout(CLOSE_WAIT, driver).await });
        }
    }
}

impl Link {
    fn client(&self) -> &Client {
        self.client.as_ref().expect("a live client")
    }

    /// Runs one request; the first of a read goes out with the end of the read before and the
    /// begin of this one, in one round trip.
    fn run<'a, T, F>(&'a mut self, request: impl FnOnce(&'a Client) -> F) -> Result<T>
    where
        F: Future<Output = std::result::Result<T, tokio_postgres::Error>> + 'a,
    {
        let client = self.client.as_ref().expect("a live client");
        if !self.begin_pending {
            return Ok(self.runtime.block_on(request(client))?);
        }
        self.begin_pending = false;
        let begin = if self.open { COMMIT_AND_BEGIN } else { BEGIN };
        self.open = false;
        let (began, answer) = self
            .runtime
            .block_on(join(client.batch_execute(begin), request(client)));
        // A request that ran without its transaction (the begin failed) is not answered.
        began?;
        self.open = true;
        Ok(answer?)
    }

    pub fn prepare(&mut self, query: &str) -> Result<Statement> {
        self.run(|c| c.prepare(query))
    }

    pub fn execute<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<u64>
    where
        T: ?Sized + ToStatement,
    {
        self.run(|c| c.execute(query, params))
    }

    pub fn query<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>>
    where
        T: ?Sized + ToStatement,
    {
        self.run(|c| c.query(query, params))
    }

    pub fn query_one<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Row>
    where
        T: ?Sized + ToStatement,
    {
        self.run(|c| c.query_one(query, params))
    }

    pub fn query_opt<T>(&mut self, query: &T, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Row>>
    where
        T: ?Sized + ToStatement,
    {
        self.run(|c| c.query_opt(query, params))
    }

    /// Rows as the server sends them, not collected first.
    pub fn query_raw<T, P, I>(&mut self, query: &T, params: I) -> Result<StreamedRows<'_>>
    where
        T: ?Sized + ToStatement,
        P: BorrowToSql,
        I: IntoIterator<Item = P>,
        I::IntoIter: ExactSizeIterator,
    {
        let stream = self.run(|c| c.query_raw(query, params))?;
        Ok(StreamedRows {
            runtime: &self.runtime,
            stream: Box::pin(stream),
        })
    }
}

/// The rows of [`Link::query_raw`], each read from the connection when asked for.
pub struct StreamedRows<'a> {
    runtime: &'a Runtime,
    stream: Pin<Box<RowStream>>,
}

impl FallibleIterator for StreamedRows<'_> {
    type Item = Row;
    type Error = postgres::Error;

    fn next(&mut self) -> std::result::Result<Option<Row>, postgres::Error> {
        self.runtime.block_on(self.stream.next()).transpose()
    }
}
