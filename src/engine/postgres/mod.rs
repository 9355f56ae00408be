//! The `postgres://` backend: a store on a PostgreSQL server that many hosts share.
//!
//! Concurrency without a store-wide lock: every write transaction runs SERIALIZABLE, and a
//! serialization failure or deadlock (40001, 40P01) makes [`crate::engine::Store::write`] run
//! the transaction's closure again, a bounded number of times, after a short random pause.
//! Reads run REPEATABLE READ READ ONLY: one snapshot, never a serialization failure, so a read
//! may stream its rows out. The SQL stays within what CockroachDB and YugabyteDB accept where
//! that costs nothing (no advisory locks, no triggers, no PostgreSQL-only types).
//!
//! Every face is stored, each in the tables of its own migration, statement for statement as on
//! SQLite; full-text search of items is PostgreSQL's own (tsvector and GIN).

mod comments;
mod conn;
mod credentials;
mod feeds;
mod feeds_aggregated;
mod items;
mod locks;
mod namespaces;
mod read_connection;
pub mod rows;
mod schema;
mod sessions;
mod tls;
mod url;

pub use schema::{MIGRATIONS, SCHEMA_VERSION};
pub use url::{redact, PgUrl, SslMode};

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use postgres::{Client, IsolationLevel, NoTls, Statement};
use serde_json::{json, Value};

use super::{
    Backend, BackupReport, CommentStorage, Face, FeedStorage, ItemStorage, LockStorage,
    NamespaceStorage, SessionStorage, Transaction, TxMode,
};
use crate::error::{Error, Fix, Result};
use crate::settings::PostgresSettings;
use conn::PgConn;
use read_connection::ReadConnection;
use schema::State;

/// The faces this build stores on PostgreSQL: every one (locks, which every face checks, too).
const FACES: &[Face] = &Face::ALL;

/// How long a connection attempt may take when the URL sets no `connect_timeout`.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How many times a write transaction runs before a serialization failure is reported: on a
/// shared server many writers may touch the same rows (a namespace's counts, one session's
/// instances), so more than SQLite's few, with a growing random pause between runs (at most
/// 0.1 s, about 3 s in all). 30 was too few for 8 processes firing one session at once on a
/// machine loaded 7 times over its cores: one of them lost every time.
const WRITE_ATTEMPTS: u32 = 60;

pub struct PostgresBackend {
    client: Client,
    /// The URL without its password, for messages.
    shown: String,
    state: State,
    /// Statements prepared on this connection, by their SQL.
    statements: HashMap<String, Statement>,
    /// The server is PostgreSQL itself, whose LISTEN/NOTIFY tells lock waiters of releases
    /// (CockroachDB and others lack it: their waiters poll).
    notify: bool,
    /// This connection LISTENs for lock changes (after a waiter's first wait).
    listening: bool,
    /// Reads are left open, to be ended in the round trip that sends the next read's first
    /// statement (see [`PostgresBackend::leave_reads_open`]).
    reads_stay_open: bool,
    /// The connection such reads go over, made at the first.
    reads: Option<ReadConnection>,
    /// How to connect again when the server dropped the connection.
    connection: Connection,
}

/// What a connection is made from, kept to make a new one.
struct Connection {
    config: tokio_postgres::Config,
    tls: Option<tokio_postgres_rustls::MakeRustlsConnect>,
    had_password: bool,
}

impl Connection {
    fn connect(&self, shown: &str) -> Result<Client> {
        let config = postgres::Config::from(self.config.clone());
        let connected = match &self.tls {
            Some(tls) => config.connect(tls.clone()),
            None => config.connect(NoTls),
        };
        connected.map_err(|e| connect_error(e, shown, self.had_password))
    }

    /// A second connection, for reads that are left open (see [`read_connection`]).
    fn connect_reads(&self, shown: &str) -> Result<ReadConnection> {
        let worded = |e| connect_error(e, shown, self.had_password);
        ReadConnection::connect(|runtime| match &self.tls {
            Some(tls) => driven(runtime.block_on(self.config.connect(tls.clone()))).map_err(worded),
            None => driven(runtime.block_on(self.config.connect(NoTls))).map_err(worded),
        })
    }
}

/// What drives a read connection, whichever stream it runs over.
type Driving = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

/// A client and the future that drives its connection (which ends with an error or a goodbye;
/// a request that was waiting gets the error).
fn driven<S, T>(
    connected: std::result::Result<
        (tokio_postgres::Client, tokio_postgres::Connection<S, T>),
        postgres::Error,
    >,
) -> std::result::Result<(tokio_postgres::Client, Driving), postgres::Error>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (client, connection) = connected?;
    Ok((client, Box::pin(async move { drop(connection.await) })))
}

impl PostgresBackend {
    /// Connects to the server and reads the schema version: a database without tables is
    /// accepted (the first write creates the schema), an older schema is migrated, a newer or
    /// foreign one refused.
    pub fn open(text: &str, settings: &PostgresSettings) -> Result<PostgresBackend> {
        let url = PgUrl::parse(text)?;
        let user = url
            .user
            .clone()
            .or_else(|| settings.default_user.clone())
            .ok_or_else(|| {
                Error::config(format!(
                    "store URL {:?} names no user, and neither PGUSER nor USER is set",
                    redact(text)
                ))
                .hint("write postgres://USER@HOST:PORT/DB")
            })?;
        let dbname = url.dbname.clone().unwrap_or_else(|| user.clone());
        let shown = url.shown(&user);
        let password = credentials::password(
            url.password.as_ref(),
            settings,
            &credentials::Target {
                host: &url.host,
                port: url.port,
                dbname: &dbname,
                user: &user,
            },
        )?;
        let mut config = tokio_postgres::Config::new();
        config
            .user(&user)
            .dbname(&dbname)
            .port(url.port)
            .application_name(url.application_name.as_deref().unwrap_or("storectl"))
            .connect_timeout(url.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
            .ssl_mode(match url.sslmode {
                SslMode::Disable => tokio_postgres::config::SslMode::Disable,
                SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
                _ => tokio_postgres::config::SslMode::Require,
            });
        if url.host.starts_with('/') {
            config.host_path(&url.host);
        } else {
            config.host(&url.host);
        }
        if let Some(password) = &password {
            config.password(password.expose());
        }
        let connection = Connection {
            tls: tls::connector(url.sslmode, url.sslrootcert.as_deref())?,
            config,
            had_password: password.is_some(),
        };
        let mut client = connection.connect(&shown)?;
        let encoding: String = client
            .query_one("SELECT current_setting('server_encoding')", &[])?
            .get(0);
        if encoding != "UTF8" {
            return Err(Error::config(format!(
                "database of store {shown} has encoding {encoding}; storectl needs UTF8"
            ))
            .hint("create the database with: createdb -E UTF8 -T template0 NAME"));
        }
        let notify = has_listen_notify(
            &client
                .query_one("SELECT version()", &[])?
                .get::<_, String>(0),
        );
        let mut state = schema::inspect(&mut client, &shown)?;
        if let State::Version(v) = state {
            if v < SCHEMA_VERSION {
                schema::migrate(&mut client, &shown)?;
                state = State::Version(SCHEMA_VERSION);
            }
        }
        Ok(PostgresBackend {
            client,
            shown,
            state,
            statements: HashMap::new(),
            notify,
            listening: false,
            reads_stay_open: false,
            reads: None,
            connection,
        })
    }

    /// Ends the read transaction left open on the read connection, if any: before anything
    /// on the other connection, which might wait for the open read's locks (a migration), or
    /// take long (a lock wait) while the read holds its snapshot. A read connection that cannot
    /// end it is dropped (the server ends a transaction with its connection; the next read
    /// connects again): what runs next has its own connection and must not fail for this one.
    fn commit_open_read(&mut self) {
        if let Some(reads) = &mut self.reads {
            if reads.end().is_err() {
                self.reads = None;
            }
        }
    }

    fn missing(&self) -> Error {
        Error::input_missing(format!(
            "store {} has no storectl schema yet (an empty database)",
            self.shown
        ))
        .hint(Fix::CreateStore)
    }

    fn begin_tx(&mut self, mode: TxMode, dry_run: bool) -> Result<Box<dyn Transaction + '_>> {
        if self.client.is_closed() {
            // The server restarted or dropped us (a long-lived `serve`): a transaction that was
            // open failed with its error; the next one gets a new connection.
            self.client = self.connection.connect(&self.shown)?;
            self.statements.clear();
            self.listening = false;
        }
        if self.state == State::Empty {
            // Statements a dry run prepared against the tables it rolled back are stale.
            self.statements.clear();
            match (mode, dry_run) {
                (TxMode::Read, _) => return Err(self.missing()),
                (TxMode::Write, false) => self.create()?,
                // A dry run creates the schema inside its own transaction, which it rolls back.
                (TxMode::Write, true) => {}
            }
        }
        if mode == TxMode::Read && self.reads_stay_open {
            if self.reads.as_ref().is_none_or(ReadConnection::is_closed) {
                self.reads = Some(self.connection.connect_reads(&self.shown)?);
            }
            let reads = self.reads.as_mut().expect("connected above");
            // The read before, left open, ends in the round trip of this one's first statement.
            reads.begin();
            return Ok(Box::new(PgTx::new(
                PgConn::OpenRead(&mut reads.link),
                self.notify,
                &mut reads.statements,
            )));
        }
        self.commit_open_read();
        let mut tx = match mode {
            TxMode::Read => self
                .client
                .build_transaction()
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()?,
            TxMode::Write => self
                .client
                .build_transaction()
                .isolation_level(IsolationLevel::Serializable)
                .start()?,
        };
        if self.state == State::Empty {
            schema::run_migrations(&mut tx, State::Empty, &self.shown)?;
            // The statements prepared so far name no table; none needs forgetting.
        }
        Ok(Box::new(PgTx::new(
            PgConn::Tx(tx),
            self.notify,
            &mut self.statements,
        )))
    }
}

impl<'c> PgTx<'c> {
    fn new(
        tx: PgConn<'c>,
        notify: bool,
        statements: &'c mut HashMap<String, Statement>,
    ) -> PgTx<'c> {
        PgTx {
            tx,
            notify,
            statements,
            namespace_ids: HashMap::new(),
            namespace_writes: namespaces::Writes::default(),
            session_ids: HashMap::new(),
            timeline_ids: HashMap::new(),
            comment_ids: None,
            pending_comments: Vec::new(),
            feed_counts: HashMap::new(),
        }
    }
}

/// Whether the server behind `version()` delivers LISTEN/NOTIFY: PostgreSQL itself (Citus is an
/// extension of it). CockroachDB says "CockroachDB ..."; YugabyteDB says "PostgreSQL 11.2-YB-..."
/// but refuses LISTEN. Their lock waiters poll instead.
fn has_listen_notify(version: &str) -> bool {
    version.starts_with("PostgreSQL ") && !version.contains("-YB-")
}

/// A connection failure, worded for the user: the store named (without a password), and for
/// a refused password where it came from.
fn connect_error(e: postgres::Error, shown: &str, had_password: bool) -> Error {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        text.push_str(&format!(": {s}"));
        source = s.source();
    }
    if e.code().is_none() && text.contains("password missing") {
        return Error::denied(format!(
            "cannot connect to store {shown}: the server asks for a password and none was found"
        ))
        .hint(
            "set PGPASSWORD, add a line to ~/.pgpass (mode 0600), or set [postgres] \
             password_file (env STORECTL_POSTGRES_PASSWORD_FILE)",
        );
    }
    let err = Error::from(e).context(format!("cannot connect to store {shown}"));
    if err.exit_code() == 77 && had_password {
        return err.hint(
            "the password was refused: check PGPASSWORD, ~/.pgpass or [postgres] password_file",
        );
    }
    err
}

/// A transaction on the server; rolled back when dropped uncommitted.
pub struct PgTx<'c> {
    tx: PgConn<'c>,
    /// Lock changes NOTIFY the waiters (see [`PostgresBackend::wait_for_change`]).
    notify: bool,
    statements: &'c mut HashMap<String, Statement>,
    /// Namespace ids looked up in this transaction (cleared by renames and drops).
    namespace_ids: HashMap<String, i64>,
    /// Namespace counts not yet written, and the namespaces `put_many` appends to.
    namespace_writes: namespaces::Writes,
    /// Session ids looked up in this transaction (cleared by deletes).
    session_ids: HashMap<String, i64>,
    /// Timeline ids looked up in this transaction (cleared by deletes and flushes).
    timeline_ids: HashMap<String, i64>,
    /// The comment id counter as this transaction moved it (see [`PgTx::comment_last_id`]).
    comment_ids: Option<CommentIds>,
    /// New comments not yet sent (see comments.rs).
    pending_comments: Vec<crate::engine::comments::CommentRecord>,
    /// Timeline count changes not yet written, by timeline id (see feeds.rs).
    feed_counts: HashMap<i64, i64>,
}

/// The highest comment id used, as this transaction read and moved it.
struct CommentIds {
    last: i64,
    /// What the row holds.
    stored: i64,
}

impl PgTx<'_> {
    /// `sql` prepared once per connection.
    fn statement(&mut self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.tx.prepare(sql)?;
        self.statements.insert(sql.to_string(), s.clone());
        Ok(s)
    }

    /// The highest comment id ever used. The first call in a transaction locks the counter's
    /// row (an UPDATE that leaves it as it is), so concurrent adders queue there and run again
    /// as before; the new value is written once, at commit. Not an UPDATE per comment: each
    /// UPDATE of one row in one transaction adds a row version that the next one steps over,
    /// which made `comment add --from` quadratic (100,000 comments took minutes).
    fn comment_last_id(&mut self) -> Result<i64> {
        if let Some(ids) = &self.comment_ids {
            return Ok(ids.last);
        }
        let stmt =
            self.statement("UPDATE comment_sequence SET last_id = last_id RETURNING last_id")?;
        let last: i64 = self.tx.query_one(&stmt, &[])?.get(0);
        self.comment_ids = Some(CommentIds { last, stored: last });
        Ok(last)
    }

    /// [`PgTx::statement`] for SQL put together at run time (a few shapes, each cached).
    fn statement_owned(&mut self, sql: String) -> Result<Statement> {
        self.statement(&sql)
    }
}

impl Transaction for PgTx<'_> {
    fn namespaces(&mut self) -> Result<&mut dyn NamespaceStorage> {
        Ok(self)
    }

    fn comments(&mut self) -> Result<&mut dyn CommentStorage> {
        Ok(self)
    }

    fn feeds(&mut self) -> Result<&mut dyn FeedStorage> {
        Ok(self)
    }

    fn items(&mut self) -> Result<&mut dyn ItemStorage> {
        Ok(self)
    }

    fn locks(&mut self) -> Result<&mut dyn LockStorage> {
        Ok(self)
    }

    fn sessions(&mut self) -> Result<&mut dyn SessionStorage> {
        Ok(self)
    }

    fn rows(&mut self) -> Result<&mut dyn crate::engine::tables::TableRows> {
        Ok(self)
    }

    fn commit(mut self: Box<Self>) -> Result<()> {
        self.write_namespace_counts()?;
        self.write_pending_comments()?;
        self.write_feed_counts()?;
        if let Some(ids) = self.comment_ids.take() {
            if ids.last != ids.stored {
                let stmt = self.statement("UPDATE comment_sequence SET last_id = $1")?;
                self.tx.execute(&stmt, &[&ids.last])?;
            }
        }
        self.tx.commit()?;
        Ok(())
    }
}

impl Backend for PostgresBackend {
    fn faces(&self) -> &'static [Face] {
        FACES
    }

    fn url(&self) -> String {
        self.shown.clone()
    }

    fn begin(&mut self, mode: TxMode) -> Result<Box<dyn Transaction + '_>> {
        self.begin_tx(mode, false)
    }

    fn begin_dry_run(&mut self) -> Result<Box<dyn Transaction + '_>> {
        self.begin_tx(TxMode::Write, true)
    }

    /// As a dry run's: an empty database gets its schema inside the transaction, so that a
    /// copy that fails leaves the database as empty as it was.
    fn begin_fill(&mut self) -> Result<Box<dyn Transaction + '_>> {
        self.begin_tx(TxMode::Write, true)
    }

    fn create(&mut self) -> Result<()> {
        self.commit_open_read();
        if self.state == State::Empty {
            schema::migrate(&mut self.client, &self.shown)?;
            self.state = State::Version(SCHEMA_VERSION);
        }
        Ok(())
    }

    fn write_attempts(&self) -> u32 {
        WRITE_ATTEMPTS
    }

    fn leave_reads_open(&mut self) {
        self.reads_stay_open = true;
    }

    fn has_open_read(&self) -> bool {
        self.reads.as_ref().is_some_and(ReadConnection::is_open)
    }

    fn end_open_read(&mut self) -> Result<()> {
        self.commit_open_read();
        Ok(())
    }

    /// A random pause that grows with the attempts (up to about 0.1 s), so that writers that
    /// keep colliding spread out instead of colliding again at once.
    fn before_retry(&mut self, attempt: u32) {
        let ceiling_us = (1000u64 << attempt.min(7)).min(100_000);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos() as u64)
            .unwrap_or(0);
        let seed = nanos ^ (std::process::id() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        std::thread::sleep(Duration::from_micros(seed % ceiling_us + 1));
    }

    /// A waiter for a lock sleeps until a lock changes: transactions that change locks NOTIFY
    /// `storectl_locks` (delivered when they commit), and this connection LISTENs. Only lock
    /// changes notify, so ordinary writers never queue on PostgreSQL's notification lock. The
    /// first call starts listening and returns at once, so that a release committed before the
    /// LISTEN is not missed: the caller looks again. Without NOTIFY (other engines), it polls.
    fn wait_for_change(&mut self, until: Instant) -> Result<()> {
        if !self.notify {
            super::poll_pause(until);
            return Ok(());
        }
        // The wait may be long: no snapshot is held through it.
        self.commit_open_read();
        if !self.listening {
            self.client.batch_execute("LISTEN storectl_locks")?;
            self.listening = true;
            return Ok(());
        }
        let now = Instant::now();
        if until <= now {
            return Ok(());
        }
        use postgres::fallible_iterator::FallibleIterator;
        let mut notifications = self.client.notifications();
        let woken = notifications.timeout_iter(until - now).next()?.is_some();
        if woken {
            // Several releases at once wake the waiter once.
            while notifications.iter().next()?.is_some() {}
        }
        Ok(())
    }

    fn integrity_problems(&mut self) -> Result<Vec<String>> {
        self.commit_open_read();
        if self.state == State::Empty {
            return Err(self.missing());
        }
        namespaces::counter_problems(&mut self.client)
    }

    fn backup(
        &mut self,
        _dest: &Path,
        _progress: &mut dyn FnMut(u64, u64),
    ) -> Result<BackupReport> {
        Err(Error::usage(format!(
            "storectl backup copies SQLite stores; store {} lives on a PostgreSQL server",
            self.shown
        ))
        .hint(Fix::BackUpServerStore))
    }

    fn storage_stats(&mut self) -> Result<Value> {
        self.commit_open_read();
        let row = self.client.query_one(
            "SELECT current_database(), pg_database_size(current_database()),
                    current_setting('server_version')",
            &[],
        )?;
        let (database, bytes, server): (String, i64, String) = (row.get(0), row.get(1), row.get(2));
        let mut tables = serde_json::Map::new();
        if self.state != State::Empty {
            for row in self.client.query(
                "SELECT c.relname::text, pg_total_relation_size(c.oid)
                   FROM pg_class c
                  WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
                  ORDER BY 1",
                &[],
            )? {
                tables.insert(row.get(0), json!(row.get::<_, i64>(1)));
            }
        }
        Ok(json!({
            "backend": "postgres",
            "url": self.shown,
            "schema_version": match self.state {
                State::Empty => 0,
                State::Version(v) => v,
            },
            "server_version": server,
            "database": database,
            "database_bytes": bytes,
            "table_bytes": tables,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::has_listen_notify;

    #[test]
    fn only_postgresql_itself_is_taken_to_deliver_listen_notify() {
        assert!(has_listen_notify(
            "PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc"
        ));
        assert!(!has_listen_notify(
            "PostgreSQL 11.2-YB-2.20.1.0-b0 on x86_64-pc-linux-gnu, compiled by clang"
        ));
        assert!(!has_listen_notify(
            "CockroachDB CCL v23.2.0 (x86_64-pc-linux-gnu, built 2023/12/18)"
        ));
    }
}
