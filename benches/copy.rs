//! `storectl copy` between SQLite and PostgreSQL, whole processes, next to `namespace import` of
//! the same records into the same kind of store as the reference.
//!
//! `cargo bench --bench copy` measures, on the PostgreSQL server `STORECTL_TEST_POSTGRES` names
//! (`.ci/pg-cluster start DIR` prints one; without it the bench says so and stops):
//! - `copy --to postgres://…` of a SQLite store of N namespace records (rows/s, peak RSS), next
//!   to `namespace import` of the same N records into another empty database of the server;
//! - the peak RSS of that copy next to the copy of a tenth of the records (memory does not grow
//!   with the store);
//! - `copy --to FILE` of the PostgreSQL store back into a new SQLite file, next to `namespace
//!   import` of the same records into a new SQLite file.
//!
//! STORECTL_BENCH_RECORDS (default 20,000) sets N. Not more by default: the reference,
//! `namespace import` into PostgreSQL, took about 50 s for 20,000 records on the 2-core test VM
//! (its rate falls as the namespace grows), where the copy takes under a second.

mod common;

use common::namespace_rows::write_ndjson;
use common::{env_number, machine, mib, ratio, spawn_measured, table_row, thousands, today};

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const STORECTL: &str = env!("CARGO_BIN_EXE_storectl");

fn main() {
    let Some(server) = std::env::var("STORECTL_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("copy bench skipped: STORECTL_TEST_POSTGRES names no PostgreSQL server");
        table_row(
            "`copy` SQLite → PostgreSQL",
            "no PostgreSQL server (STORECTL_TEST_POSTGRES)",
            "",
            "",
        );
        return;
    };
    let records = env_number("STORECTL_BENCH_RECORDS", 20_000).max(10);
    let small = records / 10;
    let dir = tempfile::tempdir().expect("cannot create a temp dir");
    let path = |name: &str| dir.path().join(name);
    let mut databases = Databases::new(&server);

    eprintln!("generating {records} records and the SQLite source stores...");
    write_ndjson(&path("full.ndjson"), records);
    write_ndjson(&path("small.ndjson"), small);
    let source = format!("sqlite:{}", path("source.db").display());
    let small_source = format!("sqlite:{}", path("small.db").display());
    measure(
        &source,
        &["namespace", "import", path_str(&path("full.ndjson"))],
    );
    measure(
        &small_source,
        &["namespace", "import", path_str(&path("small.ndjson"))],
    );

    eprintln!("namespace import of {records} records into PostgreSQL (the reference)...");
    let imported = databases.create();
    let (import_pg, _) = measure(
        &imported,
        &["namespace", "import", path_str(&path("full.ndjson"))],
    );

    eprintln!("copy of {small} and of {records} records SQLite -> PostgreSQL...");
    let small_target = databases.create();
    let (_, small_rss) = measure(&small_source, &["copy", "--to", &small_target]);
    let target = databases.create();
    let (copy_pg, copy_rss) = measure(&source, &["copy", "--to", &target]);

    eprintln!("copy PostgreSQL -> SQLite, and namespace import into SQLite (the reference)...");
    let back = format!("sqlite:{}", path("back.db").display());
    let (copy_back, _) = measure(&target, &["copy", "--to", &back]);
    let fresh = format!("sqlite:{}", path("fresh.db").display());
    let (import_sqlite, _) = measure(
        &fresh,
        &["namespace", "import", path_str(&path("full.ndjson"))],
    );

    let rate = |d: Duration| records as f64 / d.as_secs_f64();
    println!();
    println!("Machine: {}; date: {}", machine(), today());
    table_row(
        &format!(
            "`copy --to postgres://…` of a SQLite store of {} namespace records",
            thousands(records)
        ),
        &format!(
            "{} records/s ({:.2} s)",
            thousands(rate(copy_pg) as u64),
            copy_pg.as_secs_f64()
        ),
        &format!(
            "`namespace import` of the same records into PostgreSQL: {} records/s",
            thousands(rate(import_pg) as u64)
        ),
        &ratio(rate(copy_pg), rate(import_pg)),
    );
    table_row(
        "peak memory of that copy",
        &mib(copy_rss),
        &format!(
            "the copy of {} records: {}",
            thousands(small),
            mib(small_rss)
        ),
        &format!(
            "{} (memory does not grow with the store)",
            ratio(copy_rss as f64, small_rss as f64)
        ),
    );
    table_row(
        &format!(
            "`copy --to FILE` of that PostgreSQL store ({} records) into a new SQLite file",
            thousands(records)
        ),
        &format!(
            "{} records/s ({:.2} s)",
            thousands(rate(copy_back) as u64),
            copy_back.as_secs_f64()
        ),
        &format!(
            "`namespace import` of the same records into a new SQLite file: {} records/s",
            thousands(rate(import_sqlite) as u64)
        ),
        &ratio(rate(copy_back), rate(import_sqlite)),
    );
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temp path")
}

/// Runs storectl on `store` with `args`; its wall time and peak RSS. Fails unless it succeeds.
fn measure(store: &str, args: &[&str]) -> (Duration, u64) {
    let mut cmd = Command::new(STORECTL);
    cmd.arg("--store")
        .arg(store)
        .arg("--quiet")
        .args(args)
        .env_remove("STORECTL_STORE")
        .stdout(Stdio::null());
    let run = spawn_measured(&mut cmd);
    assert!(
        run.success,
        "storectl {args:?} failed (wait status {})",
        run.wait_status
    );
    (run.elapsed, run.peak_rss)
}

/// Empty databases made on the server for this run, dropped at the end.
struct Databases {
    server: String,
    names: Vec<String>,
}

impl Databases {
    fn new(server: &str) -> Databases {
        Databases {
            server: server.to_string(),
            names: Vec::new(),
        }
    }

    fn admin(&self) -> postgres::Client {
        postgres::Client::connect(&self.server, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot connect to {}: {e}", self.server))
    }

    /// A new empty database; its URL.
    fn create(&mut self) -> String {
        let name = format!(
            "storectl_bench_copy_{}_{}",
            std::process::id(),
            self.names.len()
        );
        self.admin()
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
            ))
            .expect("create a database");
        self.names.push(name.clone());
        let (base, query) = match self.server.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (self.server.as_str(), String::new()),
        };
        let authority_end = base[base.find("://").map_or(0, |i| i + 3)..]
            .find('/')
            .map_or(base.len(), |i| base.find("://").map_or(0, |j| j + 3) + i);
        format!("{}/{name}{query}", &base[..authority_end])
    }
}

impl Drop for Databases {
    fn drop(&mut self) {
        let mut admin = self.admin();
        for name in &self.names {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}
