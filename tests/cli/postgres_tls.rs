//! TLS to a PostgreSQL store, as the URL's `sslmode` asks: against the test cluster, which
//! `.ci/pg-cluster` starts with TLS on and a CA of its own (`DIR/ca.crt`), and against a
//! listener that refuses TLS the way a server with `ssl = off` does.

use std::io::{Read, Write};
use std::net::TcpListener;

use serde_json::json;

use crate::common::{code, error_doc, postgres_env, stderr, test_skip, Env};
use crate::serve::Served;

/// A database on a test server with TLS on, and the CA certificate that signed the server's;
/// `None` after a visible skip.
fn tls_env() -> Option<(Env, String)> {
    let env = postgres_env()?;
    let pg = env.pg.as_ref().unwrap();
    let mut client = pg.client();
    let ssl: String = client.query_one("SHOW ssl", &[]).unwrap().get(0);
    let data: String = client.query_one("SHOW data_directory", &[]).unwrap().get(0);
    let ca = std::path::Path::new(&data).with_file_name("ca.crt");
    if ssl != "on" || !ca.is_file() {
        test_skip::skip(&format!(
            "the test server has TLS off or no {} (`.ci/pg-cluster start` turns TLS on when \
             openssl is installed)",
            ca.display()
        ));
        return None;
    }
    Some((env, ca.display().to_string()))
}

/// `out` is exit 78 with `says` in its message and `fix` in its hint.
fn assert_config_error(out: &std::process::Output, says: &str, fix: &str) {
    assert_eq!(code(out), 78, "{}", stderr(out));
    let err = error_doc(out);
    assert!(err["message"].as_str().unwrap().contains(says), "{err}");
    assert!(err["hint"].as_str().unwrap().contains(fix), "{err}");
}

/// `env`'s store URL with `params` added.
fn url_with(env: &Env, params: &str) -> String {
    format!("{}?{params}", env.pg.as_ref().unwrap().url)
}

#[test]
fn a_verified_tls_store_serves_one_shot_commands_and_both_connections_of_serve() {
    let Some((env, ca)) = tls_env() else {
        return;
    };
    let url = url_with(&env, &format!("sslmode=verify-full&sslrootcert={ca}"));
    let set = env.run(&["--store", &url, "namespace", "set", "t", "k", "1"]);
    assert_eq!(code(&set), 0, "{}", stderr(&set));
    let mut serve = Served::start(&env, &["--store", &url]);
    assert_eq!(
        serve.ok(json!({"id": 1, "cmd": ["namespace", "get", "t", "k"]})),
        json!(1)
    );
    serve.ok(json!({"id": 2, "cmd": ["namespace", "set", "t", "k", "2"]}));
    assert_eq!(
        serve.ok(json!({"id": 3, "cmd": ["namespace", "get", "t", "k"]})),
        json!(2)
    );
    // Serve reads over one connection and writes over the other: both encrypted.
    let pg = env.pg.as_ref().unwrap();
    let encrypted: Vec<bool> = pg
        .client()
        .query(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
              WHERE a.datname = $1 AND a.application_name = 'storectl'",
            &[&pg.name],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(encrypted, vec![true, true]);
    let (code, _) = serve.finish();
    assert_eq!(code, 0);
    // sslmode=require encrypts without checking the certificate.
    let get = env.run(&[
        "--store",
        &url_with(&env, "sslmode=require"),
        "namespace",
        "get",
        "t",
        "k",
    ]);
    assert_eq!(crate::common::stdout(&get).trim(), "2", "{}", stderr(&get));
}

#[test]
fn a_server_certificate_of_an_unknown_ca_is_78_pointing_to_sslrootcert() {
    let Some((env, _)) = tls_env() else {
        return;
    };
    // The system's roots do not hold the test cluster's CA.
    let url = url_with(&env, "sslmode=verify-full");
    let out = env.run(&["--store", &url, "namespace", "set", "t", "k", "1"]);
    assert_config_error(&out, "invalid peer certificate", "sslrootcert=PATH");
    // Nothing was stored: the database has no schema yet.
    let tables: i64 = env
        .pg
        .as_ref()
        .unwrap()
        .client()
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
}

#[test]
fn tls_asked_of_a_server_that_has_it_off_is_78_saying_so() {
    // What a server with `ssl = off` answers to the client's SSLRequest: 'N'.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        if let Ok((mut client, _)) = listener.accept() {
            let mut request = [0u8; 8];
            if client.read_exact(&mut request).is_ok() {
                let _ = client.write_all(b"N");
            }
        }
    });
    let env = Env::new();
    let url = format!("postgres://app@127.0.0.1:{port}/store?sslmode=require&connect_timeout=5");
    let out = env.run(&["--store", &url, "namespace", "get", "ns", "k"]);
    assert_config_error(&out, "server does not support TLS", "sslmode=prefer");
}
