//! Running the real binary in an isolated temp dir: no user config, no inherited STORECTL_*.

use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// Visible skips: `test_skip::corpus()`, `test_skip::moin_python()`, `test_skip::skip(reason)`.
#[path = "../../src/test_skip.rs"]
#[allow(dead_code)]
pub mod test_skip;

pub struct Env {
    pub dir: TempDir,
    pub store: PathBuf,
    /// Environment every command of this env gets.
    pub vars: Vec<(String, String)>,
    /// The PostgreSQL database this env's store lives in (dropped with the env).
    pub pg: Option<PgDatabase>,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = dir.path().join("store.db");
        Env {
            dir,
            store,
            vars: Vec::new(),
            pg: None,
        }
    }

    /// An env whose commands all see `name=value`.
    pub fn with_var(mut self, name: &str, value: &str) -> Env {
        self.vars.push((name.to_string(), value.to_string()));
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary with a clean environment pointing at this env's store.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// `cmd()` as a plain `std::process::Command`, for processes the test spawns and controls
    /// itself (pipes it feeds, signals it sends).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_storectl"));
        self.isolate(&mut cmd);
        cmd
    }

    /// `cmd()` run by a user whom file modes restrict: as root (whom they do not), the user
    /// nobody through setpriv, with this env's dir opened to it; otherwise the current user.
    /// `None` after a visible skip when root has no setpriv.
    #[cfg(unix)]
    pub fn restricted_cmd(&self) -> Option<Command> {
        use std::os::unix::fs::PermissionsExt;
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return Some(self.cmd());
        }
        let setpriv = std::process::Command::new("setpriv")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !setpriv {
            test_skip::skip("running as root without setpriv: cannot run storectl as another user");
            return None;
        }
        std::fs::set_permissions(self.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(env!("CARGO_BIN_EXE_storectl"));
        self.isolate(&mut cmd);
        Some(Command::from_std(cmd))
    }

    fn isolate(&self, cmd: &mut std::process::Command) {
        for (key, _) in std::env::vars() {
            if key.starts_with("STORECTL_") || key == "NO_COLOR" {
                cmd.env_remove(key);
            }
        }
        cmd.current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("STORECTL_STORE", &self.store);
        for (name, value) in &self.vars {
            cmd.env(name, value);
        }
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run storectl")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Output {
        self.cmd()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run storectl")
    }

    /// Runs a command that must succeed and returns its stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert_ok(&out, args);
        parse_json(&out.stdout)
    }

    pub fn json_stdin(&self, args: &[&str], stdin: &str) -> Value {
        let out = self.run_stdin(args, stdin);
        assert_ok(&out, args);
        parse_json(&out.stdout)
    }

    /// Every byte of the store (main file, WAL and shared memory excluded), to prove a failed
    /// command changed nothing; for a PostgreSQL store, every row of every table.
    pub fn store_bytes(&self) -> Vec<u8> {
        if let Some(pg) = &self.pg {
            return pg.dump().into_bytes();
        }
        let mut bytes = std::fs::read(&self.store).unwrap_or_default();
        let mut wal = self.store.clone().into_os_string();
        wal.push("-wal");
        bytes.extend(std::fs::read(PathBuf::from(wal)).unwrap_or_default());
        bytes
    }

    /// Writes a file of this env, mode 0644 whatever the umask (config files must not be
    /// writable by others).
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        path
    }
}

pub fn assert_ok(out: &Output, args: &[&str]) {
    assert!(
        out.status.success(),
        "storectl {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn parse_json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(bytes)))
}

/// The exit code. A process that has none was killed by a signal (a crash, an abort, the
/// OOM killer): the test fails naming the signal, with what the process wrote on stderr.
pub fn code(out: &Output) -> i32 {
    match out.status.code() {
        Some(code) => code,
        None => panic!("{}", no_exit_code(out)),
    }
}

/// Why `out` has no exit code, and what the process said before.
fn no_exit_code(out: &Output) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = out.status.signal() {
            let core = if out.status.core_dumped() {
                ", core dumped"
            } else {
                ""
            };
            return format!(
                "storectl was killed by signal {signal} ({}{core}) instead of exiting; its stderr:\n{}",
                signal_name(signal),
                stderr(out)
            );
        }
    }
    format!(
        "storectl ended without an exit code ({}); its stderr:\n{}",
        out.status,
        stderr(out)
    )
}

/// `SIGKILL` for 9: the names of the signals that end a process.
#[cfg(unix)]
fn signal_name(signal: i32) -> String {
    let name = match signal {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        _ => return format!("signal {signal}"),
    };
    name.to_string()
}

#[cfg(unix)]
#[test]
fn code_names_the_signal_that_killed_a_process_and_shows_its_stderr() {
    let out = std::process::Command::new("sh")
        .args(["-c", "echo 'about to die' >&2; kill -KILL $$"])
        .output()
        .unwrap();
    let panic = std::panic::catch_unwind(|| code(&out)).expect_err("no exit code to return");
    let message = panic.downcast_ref::<String>().expect("a formatted message");
    assert!(message.contains("killed by signal 9 (SIGKILL"), "{message}");
    assert!(message.contains("about to die"), "{message}");
    let exited = std::process::Command::new("sh")
        .args(["-c", "exit 75"])
        .output()
        .unwrap();
    assert_eq!(code(&exited), 75);
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `error` object a failing command printed on stderr under the json format.
pub fn error_doc(out: &Output) -> Value {
    let doc = parse_json(&out.stderr);
    doc["error"].clone()
}

/// Waits until `done` holds, polling it, for a state another process reaches without saying so
/// (a commit becoming visible in the store); fails the test after 30 s.
pub fn poll_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !done() {
        assert!(
            std::time::Instant::now() < deadline,
            "waited 30 s for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// A fresh database on the PostgreSQL server named by `STORECTL_TEST_POSTGRES` (a URL of a
/// database the test may create databases from, e.g. postgres://postgres@127.0.0.1:5432/postgres;
/// `.ci/pg-cluster start DIR` prints one), dropped when the test ends.
pub struct PgDatabase {
    pub admin_url: String,
    pub name: String,
    pub url: String,
}

/// The variable that names the PostgreSQL server for the tests.
pub const TEST_POSTGRES_ENV: &str = "STORECTL_TEST_POSTGRES";

impl PgDatabase {
    /// A new empty database, or `None` after a visible skip when no server is named.
    pub fn create() -> Option<PgDatabase> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static SEQ: AtomicUsize = AtomicUsize::new(0);
        let Some(admin_url) = std::env::var(TEST_POSTGRES_ENV)
            .ok()
            .filter(|u| !u.is_empty())
        else {
            test_skip::skip(&format!(
                "{TEST_POSTGRES_ENV} is not set (it names a PostgreSQL server, e.g. the URL \
                 `.ci/pg-cluster start DIR` prints; CI starts one)"
            ));
            return None;
        };
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let name = format!(
            "storectl_test_{}_{}_{nanos}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::SeqCst)
        );
        let mut admin = postgres::Client::connect(&admin_url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot connect to {TEST_POSTGRES_ENV}={admin_url}: {e}"));
        admin
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
            ))
            .unwrap();
        let url = url_with_database(&admin_url, &name);
        Some(PgDatabase {
            admin_url,
            name,
            url,
        })
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }

    /// A column of the server's statistics of one table (`pg_stat_user_tables`): `n_tup_ins`,
    /// `n_tup_upd`, .... A session reports them when it ends, so a test polls for them.
    pub fn table_stat(&self, table: &str, column: &str) -> i64 {
        self.client()
            .query_one(
                &format!("SELECT {column} FROM pg_stat_user_tables WHERE relname = $1"),
                &[&table],
            )
            .unwrap()
            .get(0)
    }

    /// Every row of every table, in order: equal dumps mean an unchanged store.
    pub fn dump(&self) -> String {
        let mut client = self.client();
        let tables: Vec<String> = client
            .query(
                "SELECT table_name::text FROM information_schema.tables
                  WHERE table_schema = current_schema() ORDER BY 1",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = String::new();
        for table in tables {
            out.push_str(&format!("== {table}\n"));
            for row in client
                .query(&format!("SELECT t::text FROM {table} t ORDER BY 1"), &[])
                .unwrap()
            {
                out.push_str(row.get::<_, &str>(0));
                out.push('\n');
            }
        }
        out
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// `url` naming database `db` instead of its own (its query parameters kept).
pub fn url_with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let authority_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    format!("{}/{db}{query}", &base[..authority_end])
}

/// An env whose store is a new, empty PostgreSQL database, or `None` after a visible skip.
pub fn postgres_env() -> Option<Env> {
    let db = PgDatabase::create()?;
    let mut env = Env::new().with_var("STORECTL_STORE", &db.url);
    env.pg = Some(db);
    Some(env)
}

/// Runs each script with `sh -c` at the same time, `$BIN` being storectl and this env's store and
/// variables set, and fails if any of them fails: concurrent workers.
pub fn run_workers_at_once(env: &Env, scripts: Vec<String>) {
    let children: Vec<_> = scripts
        .into_iter()
        .map(|script| {
            let mut cmd = std::process::Command::new("sh");
            cmd.arg("-c")
                .arg(script)
                .env("BIN", env!("CARGO_BIN_EXE_storectl"))
                .env("STORECTL_STORE", &env.store)
                .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "30000")
                .stderr(std::process::Stdio::piped());
            // An env's own variables (a PostgreSQL store URL among them) come last.
            for (name, value) in &env.vars {
                cmd.env(name, value);
            }
            cmd.spawn().expect("spawn a worker")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a worker failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Every real moin 1.6–1.9 corpus of ../shared/corpus/moin16 (zookeepr__zookeepr is moin 1.5).
pub const MOIN16_CORPORA: &[&str] = &[
    "liugehao__wiki",
    "FXuZ__nhcnwiki",
    "mathrho__moinWiki",
    "marcusyh__psychic",
    "vietlq__moinplug",
    "smcdon__Wiki-Testing-Repo",
    "Kartstig__engineering-inventions-wiki",
];

/// An env whose store is a new, empty moin 1.9 data dir (`--store moin16:DIR`); the data dir.
pub fn moin16_env() -> (Env, PathBuf) {
    let env = Env::new();
    let data = env.path("wiki/data");
    std::fs::create_dir_all(data.join("pages")).unwrap();
    std::fs::create_dir_all(data.join("user")).unwrap();
    std::fs::write(data.join("meta"), "data_format_revision: 1091100").unwrap();
    let url = format!("moin16:{}", data.display());
    (env.with_var("STORECTL_STORE", &url), data)
}

/// Defines each scenario (a `fn(Env)`) as two tests, `on_sqlite::NAME` and `on_moin16::NAME`:
/// the item rules (ACLs, locks, numbering) are the same code on either backend.
macro_rules! on_both_backends {
    ($($scenario:ident),* $(,)?) => {
        mod on_sqlite {
            $( #[test] fn $scenario() { super::$scenario(crate::common::Env::new()) } )*
        }
        mod on_moin16 {
            $( #[test] fn $scenario() { super::$scenario(crate::common::moin16_env().0) } )*
        }
    };
}

/// Defines each scenario (a `fn(Env)`) as a test `on_postgres::NAME` on a fresh PostgreSQL
/// database of the server named by `STORECTL_TEST_POSTGRES` (a visible skip without one).
macro_rules! on_postgres {
    ($($scenario:ident),* $(,)?) => {
        mod on_postgres {
            $( #[test] fn $scenario() {
                if let Some(env) = crate::common::postgres_env() {
                    super::$scenario(env)
                }
            } )*
        }
    };
}

/// Defines each scenario (a `fn(Env)`) as two tests, `on_sqlite::NAME` and `on_postgres::NAME`:
/// the faces' rules are the same code on either backend.
macro_rules! on_sqlite_and_postgres {
    ($($scenario:ident),* $(,)?) => {
        mod on_sqlite {
            $( #[test] fn $scenario() { super::$scenario(crate::common::Env::new()) } )*
        }
        on_postgres!($($scenario),*);
    };
}
