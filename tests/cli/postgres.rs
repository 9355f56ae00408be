//! The postgres backend's own behaviour: store URLs and where passwords come from, passwords
//! never printed, schema versions, stats and check over every face, concurrent writers. The
//! faces' scenarios run on it from their own modules (`on_postgres!`).

use serde_json::{json, Value};

use crate::common::{code, error_doc, postgres_env, stderr, stdout, url_with_database, Env};

/// The role `.ci/pg-cluster` creates that must give a password (scram-sha-256).
const PASSWORD_ROLE: &str = "storectl_password_test";
const PASSWORD: &str = "storectl-test-password";

/// `env`'s store URL.
fn store_url(env: &Env) -> String {
    env.pg.as_ref().unwrap().url.clone()
}

/// `env`'s store URL as `user[:password]`.
fn url_as(env: &Env, userinfo: &str) -> String {
    store_url(env).replacen("://postgres@", &format!("://{userinfo}@"), 1)
}

#[test]
fn config_show_hides_a_store_password() {
    let env = Env::new().with_var(
        "STORECTL_STORE",
        "postgres://app:s3cret-pw@db.example:5432/store?sslmode=require",
    );
    let out = env.run(&["--format", "json", "config", "show"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains("s3cret-pw"), "{text}");
    let shown: Value = serde_json::from_str(&text).unwrap();
    let store = shown
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["setting"] == "store")
        .unwrap();
    assert_eq!(
        store["value"],
        json!("postgres://app:***@db.example:5432/store?sslmode=require")
    );
}

#[test]
fn a_connection_failure_is_74_naming_the_store_without_its_password() {
    // Nothing listens on port 1 of the loopback: refused at once.
    let env = Env::new()
        .with_var(
            "STORECTL_STORE",
            "postgres://app:s3cret-pw@127.0.0.1:1/store?connect_timeout=5",
        )
        .with_var("PGPASSWORD", "env-s3cret");
    let out = env.run(&["--format", "json", "namespace", "get", "ns", "k"]);
    assert_eq!(code(&out), 74, "{}", stderr(&out));
    let text = stderr(&out);
    assert!(!text.contains("s3cret"), "{text}");
    let err = error_doc(&out);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("cannot connect to store postgres://app@127.0.0.1:1/store"),
        "{err}"
    );
    assert!(err["hint"].as_str().unwrap().contains("server is running"));
}

#[test]
fn bad_postgres_urls_are_78() {
    let env = Env::new().with_var("STORECTL_STORE", "postgres://a:pw@h/d?sslmode=sometimes");
    let out = env.run(&["--format", "json", "namespace", "list"]);
    assert_eq!(code(&out), 78);
    assert!(!stderr(&out).contains(":pw@"));
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("sslmode \"sometimes\""));
}

#[test]
fn stats_init_and_errors_hide_a_url_password() {
    let Some(mut env) = postgres_env() else {
        return;
    };
    // Trust authentication takes any password: the URL's is sent and must be printed nowhere.
    let url = url_as(&env, "postgres:url-s3cret");
    env.vars.push(("STORECTL_STORE".into(), url));
    env.vars.push(("PGPASSWORD".into(), "env-s3cret".into()));
    for args in [
        &["init"][..],
        &["stats"],
        &["check"],
        &["namespace", "set", "ns", "k", "1"],
        &["comment", "list", "--node", "n"],
        &["backup", "copy.db"],
        &["namespace", "get", "ns", "missing"],
    ] {
        let mut with_format = vec!["--format", "json"];
        with_format.extend_from_slice(args);
        let out = env.run(&with_format);
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(!all.contains("s3cret"), "storectl {args:?}: {all}");
    }
    // backup is refused, pointing to copy into an SQLite file and to the server's own tools.
    let out = env.run(&["backup", "copy.db"]);
    assert_eq!(code(&out), 2);
    let hint = error_doc(&out)["hint"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        hint.contains("storectl copy --to FILE.db") && hint.contains("pg_dump"),
        "{hint}"
    );
    let stats = env.json(&["stats"]);
    assert_eq!(stats["storage"]["backend"], json!("postgres"));
    assert!(stats["storage"]["database_bytes"].as_u64().unwrap() > 0);
    assert!(stats["storage"]["table_bytes"]["namespace_entries"].is_u64());
}

/// A database the password role owns, and its URL as that role (no password in it).
fn password_env() -> Option<(Env, String)> {
    let env = postgres_env()?;
    let pg = env.pg.as_ref().unwrap();
    let mut admin = pg.client();
    let exists = admin
        .query_one(
            "SELECT count(*) FROM pg_roles WHERE rolname = $1",
            &[&PASSWORD_ROLE],
        )
        .unwrap()
        .get::<_, i64>(0)
        > 0;
    if !exists {
        crate::common::test_skip::skip(&format!(
            "the server has no role {PASSWORD_ROLE} with a password (.ci/pg-cluster makes one)"
        ));
        return None;
    }
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {} OWNER TO {PASSWORD_ROLE}; ALTER SCHEMA public OWNER TO {PASSWORD_ROLE}",
            pg.name
        ))
        .unwrap();
    let url = url_as(&env, PASSWORD_ROLE);
    Some((env.with_var("STORECTL_STORE", &url), url))
}

#[cfg(unix)]
fn write_private(env: &Env, name: &str, text: &str, mode: u32) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = env.write(name, text);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn passwords_come_from_pgpassword_pgpass_or_the_password_file() {
    let Some((env, url)) = password_env() else {
        return;
    };
    let set = ["--format", "json", "namespace", "set", "ns", "k", "1"];
    // None anywhere: refused (77), saying where one may come from.
    let out = env.run(&set);
    assert_eq!(code(&out), 77, "{}", stderr(&out));
    let err = error_doc(&out);
    assert!(err["message"].as_str().unwrap().contains("none was found"));
    assert!(err["hint"].as_str().unwrap().contains("PGPASSWORD"));
    // A wrong one: refused, and not printed.
    let out = env
        .cmd()
        .args(set)
        .env("PGPASSWORD", "wrong-s3cret")
        .output()
        .unwrap();
    assert_eq!(code(&out), 77, "{}", stderr(&out));
    assert!(!stderr(&out).contains("wrong-s3cret"));
    // PGPASSWORD.
    let out = env
        .cmd()
        .args(set)
        .env("PGPASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // ~/.pgpass (HOME is the env's dir), only when only its owner may read it.
    let port = url.rsplit_once(':').unwrap().1.split('/').next().unwrap();
    let line = format!("127.0.0.1:{port}:*:{PASSWORD_ROLE}:{PASSWORD}\n");
    write_private(&env, ".pgpass", &line, 0o644);
    let out = env.run(&set);
    assert_eq!(code(&out), 77, "a .pgpass others may read is ignored");
    assert!(stderr(&out).contains("is ignored"), "{}", stderr(&out));
    write_private(&env, ".pgpass", &line, 0o600);
    let out = env.run(&set);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    std::fs::remove_file(env.path(".pgpass")).unwrap();
    // [postgres] password_file.
    let file = write_private(&env, "pw", &format!("{PASSWORD}\n"), 0o600);
    let out = env
        .cmd()
        .args(set)
        .env("STORECTL_POSTGRES_PASSWORD_FILE", &file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = env
        .cmd()
        .args(["config", "show", "--format", "json"])
        .env("STORECTL_POSTGRES_PASSWORD_FILE", &file)
        .output()
        .unwrap();
    assert!(!stdout(&out).contains(PASSWORD));
    assert!(stdout(&out).contains("postgres.password_file"));
}

#[test]
fn an_empty_database_is_initialised_by_init_or_the_first_write() {
    let Some(env) = postgres_env() else {
        return;
    };
    let empty = env.store_bytes();
    let out = env.run(&["--format", "json", "namespace", "list"]);
    assert_eq!(code(&out), 66, "a read does not create the schema");
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("storectl init"));
    let dry = env.json(&["namespace", "set", "ns", "k", "1", "--dry-run"]);
    assert_eq!(dry["added"], json!(["k"]));
    assert_eq!(env.store_bytes(), empty, "a dry run left tables behind");
    env.json(&["namespace", "set", "ns", "k", "1"]);
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!(1));
    let other = postgres_env().unwrap();
    let init = other.json(&["init"]);
    assert!(init["schema_version"].as_i64().unwrap() >= 2, "{init}");
    assert_eq!(other.json(&["namespace", "list"]), json!([]));
}

#[test]
fn a_newer_schema_and_a_foreign_database_are_refused_and_left_unchanged() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let pg = env.pg.as_ref().unwrap();
    pg.client()
        .batch_execute("UPDATE schema_version SET version = 99")
        .unwrap();
    let before = env.store_bytes();
    for args in [
        &["namespace", "list"][..],
        &["namespace", "set", "ns", "k", "2"],
    ] {
        let mut with_format = vec!["--format", "json"];
        with_format.extend_from_slice(args);
        let out = env.run(&with_format);
        assert_eq!(code(&out), 78, "{}", stderr(&out));
        assert!(error_doc(&out)["message"]
            .as_str()
            .unwrap()
            .contains("schema version 99, newer than this storectl understands"));
    }
    assert_eq!(env.store_bytes(), before);

    let Some(foreign) = postgres_env() else {
        return;
    };
    let pg = foreign.pg.as_ref().unwrap();
    pg.client()
        .batch_execute("CREATE TABLE orders (id int)")
        .unwrap();
    let before = foreign.store_bytes();
    let out = foreign.run(&["--format", "json", "namespace", "set", "ns", "k", "1"]);
    assert_eq!(code(&out), 65, "{}", stderr(&out));
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("not a storectl store"));
    assert_eq!(foreign.store_bytes(), before);
}

#[test]
fn a_missing_database_is_66() {
    let Some(env) = postgres_env() else {
        return;
    };
    let url = url_with_database(&store_url(&env), "storectl_no_such_database");
    let out = env
        .cmd()
        .args(["--format", "json", "namespace", "list"])
        .env("STORECTL_STORE", &url)
        .output()
        .unwrap();
    assert_eq!(code(&out), 66, "{}", stderr(&out));
    assert!(error_doc(&out)["hint"]
        .as_str()
        .unwrap()
        .contains("createdb"));
}

/// Every face is stored on PostgreSQL: stats counts each, check is clean after writes to each,
/// and finds a broken invariant of each (the same checks as on SQLite).
#[test]
fn stats_and_check_cover_every_face() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["namespace", "set", "ns", "k", "1"]);
    env.json(&["node", "add", "n1", "--document", "doc", "--source", "s"]);
    let comment = env.json(&["comment", "add", "--node", "n1", "--text", "hi"]);
    env.json(&["--as", "bob", "vote", &comment["id"].to_string(), "1"]);
    env.json(&[
        "feed", "add", "tl", "--actor", "1", "--verb", "1", "--object", "1", "--time", "1000",
    ]);
    let out = env
        .cmd()
        .args(["item", "put", "Page"])
        .env("STORECTL_ACL_ENFORCE", "false")
        .write_stdin("text\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    env.json_stdin(
        &["session", "configure", "s1"],
        r#"{"a": {"after": ["go"], "run": "x"}}"#,
    );
    env.json(&["session", "fire", "s1", "go"]);
    let stats = env.json(&["stats"]);
    for face in ["namespaces", "comments", "feeds", "items", "sessions"] {
        assert!(stats["faces"][face].is_object(), "{face}: {stats}");
    }
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    env.pg
        .as_ref()
        .unwrap()
        .client()
        .batch_execute(
            "UPDATE namespaces SET key_count = 9;
             UPDATE comments SET rating = 5;
             UPDATE feed_timelines SET entries = 7;
             UPDATE items SET current_rev = 4;",
        )
        .unwrap();
    let out = env.run(&["--format", "json", "check"]);
    assert_eq!(code(&out), 65, "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let problems = report["problems"].to_string();
    for says in ["namespace \\\"ns\\\"", "rating", "tl", "Page"] {
        assert!(problems.contains(says), "{says}: {problems}");
    }
}

/// Four processes merging into the same key at once: every merge reads the value and writes
/// it back, so without SERIALIZABLE (or with a lost retry) some of them would vanish.
#[test]
fn processes_merging_into_the_same_key_at_once_lose_nothing() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["init"]);
    let scripts = (0..4)
        .map(|p| {
            format!(
                "for i in $(seq 1 25); do \
                   echo '{{\"shared\": {{\"p{p}-'$i'\": '$i'}}}}' | \
                   \"$BIN\" namespace merge ns - >/dev/null || exit 1; \
                 done"
            )
        })
        .collect();
    crate::common::run_workers_at_once(&env, scripts);
    let shared = env.json(&["namespace", "get", "ns", "shared"]);
    assert_eq!(shared.as_object().unwrap().len(), 100, "{shared}");
    assert_eq!(shared["p3-25"], json!(25));
    assert_eq!(env.json(&["namespace", "len", "ns"]), json!(1));
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

/// `check` compares the maintained counts with the rows they count.
#[test]
fn check_finds_counts_out_of_step_with_the_entries() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["namespace", "set", "ns", "a", "\"xyz\""]);
    env.json(&["namespace", "set", "ns", "b", "2"]);
    env.json(&["namespace", "rm", "ns", "b"]);
    env.json(&["namespace", "copy", "ns", "other"]);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    env.pg
        .as_ref()
        .unwrap()
        .client()
        .batch_execute("UPDATE namespaces SET key_count = 7 WHERE name = 'ns'")
        .unwrap();
    let out = env.run(&["--format", "json", "check"]);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap_or(Value::Null);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_ne!(code(&out), 0, "{all}");
    assert!(
        all.contains("namespace \\\"ns\\\" records 7 keys")
            || all.contains("namespace \"ns\" records 7 keys"),
        "{all} {report}"
    );
}

/// Ends every connection to `pg`'s database but the caller's (as a server restart would);
/// how many.
fn drop_connections(pg: &crate::common::PgDatabase) -> i64 {
    pg.client()
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE datname = $1 AND pid <> pg_backend_pid()) t",
            &[&pg.name],
        )
        .unwrap()
        .get(0)
}

/// A long-lived `serve` whose connection the server drops (a restart, an administrator's
/// pg_terminate_backend) answers the request that hits the dead connection with an I/O error
/// (74, nothing partial) and connects again for the next one.
#[test]
fn serve_connects_again_after_the_server_dropped_its_connection() {
    let Some(env) = postgres_env() else {
        return;
    };
    let mut serve = crate::serve::Served::start(&env, &[]);
    let request = |id: u64, args: &[&str]| json!({"id": id, "cmd": args});
    serve.ok(request(1, &["namespace", "set", "core", "k", "1"]));
    let pg = env.pg.as_ref().unwrap();
    let dropped = drop_connections(pg);
    assert_eq!(dropped, 1, "serve's one connection");
    let first = serve.ask(request(2, &["namespace", "get", "core", "k"]));
    if first.get("ok").is_none() {
        assert_eq!(first["error"]["kind"], json!("io"), "{first}");
    }
    let again = serve.ok(request(3, &["namespace", "get", "core", "k"]));
    assert_eq!(again, json!(1));
    // The reads went over serve's read connection, made after the drop; its write connection
    // is found dead by the next write (74), unless that one noticed and connected again first.
    let write = serve.ask(request(10, &["namespace", "set", "core", "k", "1"]));
    if write.get("ok").is_none() {
        assert_eq!(write["error"]["kind"], json!("io"), "{write}");
    }
    serve.ok(request(11, &["namespace", "set", "core", "k", "1"]));
    assert_eq!(
        serve.ok(request(12, &["namespace", "get", "core", "k"])),
        json!(1)
    );
    // Now with a read left open on serve's read connection: both connections dropped. A write
    // that finds its own connection dead is 74; the one after it connects again and is stored,
    // although the read connection it ends the open read on is dead too.
    let dropped = drop_connections(pg);
    assert_eq!(dropped, 2, "serve's connections, for writes and for reads");
    let first = serve.ask(request(4, &["namespace", "set", "core", "k", "2"]));
    if first.get("ok").is_none() {
        assert_eq!(first["error"]["kind"], json!("io"), "{first}");
    }
    serve.ok(request(5, &["namespace", "set", "core", "k", "3"]));
    assert_eq!(
        serve.ok(request(6, &["namespace", "get", "core", "k"])),
        json!(3)
    );
}

#[test]
fn a_write_that_loses_inside_a_serve_group_names_the_store_and_rolls_the_group_back() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["namespace", "set", "g", "n", "1"]);
    let mut serve = crate::serve::Served::start(&env, &[]);
    serve.ok(json!({"id": "b", "tx": "begin"}));
    serve.ok(json!({"id": 1, "cmd": ["namespace", "set", "h", "other", "1"]}));
    // The group's transaction has read `n` (its snapshot) when another process changes it...
    assert_eq!(
        serve.ok(json!({"id": 2, "cmd": ["namespace", "get", "g", "n"]})),
        json!(1)
    );
    env.json(&["namespace", "set", "g", "n", "2"]);
    // ... so the group cannot write `n`: a group cannot run again (its client saw its answers),
    // and the error says which store refused.
    let response = serve.ask(json!({"id": 3, "cmd": ["namespace", "set", "g", "n", "3"]}));
    let error = &response["error"];
    assert_eq!(error["kind"], json!("busy"), "{response}");
    assert_eq!(error["exit"], json!(75), "{response}");
    assert_eq!(response["tx"], json!("rollback"), "{response}");
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("store {}", store_url(&env))),
        "{message}"
    );
    assert!(message.contains("rolled back"), "{message}");
    let (code, _) = serve.finish();
    assert_eq!(code, 0);
    assert_eq!(env.json(&["namespace", "dump", "g"]), json!({"n": 2}));
}

#[test]
fn serve_reads_see_every_commit_and_hold_no_snapshot_once_the_client_is_quiet() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["namespace", "set", "g", "k", "1"]);
    let mut serve = crate::serve::Served::start(&env, &[]);
    let get = |id: u64| json!({"id": id, "cmd": ["namespace", "get", "g", "k"]});
    assert_eq!(serve.ok(get(1)), json!(1));
    // Serve leaves a read's transaction open, to end it with the next one's start: the next
    // read still sees what another process committed in between.
    env.json(&["namespace", "set", "g", "k", "2"]);
    assert_eq!(serve.ok(get(2)), json!(2));
    env.json(&["namespace", "set", "g", "k", "3"]);
    assert_eq!(serve.ok(get(3)), json!(3));
    // A quiet client's connection holds no transaction (and no snapshot) for long.
    let pg = env.pg.as_ref().unwrap();
    let state = || -> Vec<String> {
        pg.client()
            .query(
                "SELECT state FROM pg_stat_activity WHERE datname = $1
                   AND pid <> pg_backend_pid() AND application_name = 'storectl'",
                &[&pg.name],
            )
            .unwrap()
            .iter()
            .map(|r| r.get::<_, Option<String>>(0).unwrap_or_default())
            .collect()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let states = state();
        assert_eq!(
            states.len(),
            2,
            "serve's connections, one it writes over and one it reads over: {states:?}"
        );
        if states.iter().all(|s| s == "idle") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "serve's connections stayed {states:?} while its client was quiet"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // A write after a read left open, and a read after the write.
    serve.ok(json!({"id": 4, "cmd": ["namespace", "set", "g", "k", "4"]}));
    assert_eq!(serve.ok(get(5)), json!(4));
    let (code, _) = serve.finish();
    assert_eq!(code, 0);
}
