//! Round trips between storectl and the PostgreSQL server, counted by a relay between them:
//! what `serve`'s throughput on a server store rests on.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::json;

use crate::common::postgres_env;
use crate::serve::Served;

/// A TCP relay in front of the test server that counts round trips: the times a client sends
/// after the server last answered it (a client's requests sent together are one).
struct CountingRelay {
    url: String,
    trips: Arc<AtomicU64>,
}

impl CountingRelay {
    /// Relays to the server of `url` (`postgres://USER@HOST:PORT/DB`); `url` is the URL through
    /// the relay.
    fn start(url: &str) -> CountingRelay {
        let after_at = url.find('@').expect("a user in the URL") + 1;
        let slash = after_at + url[after_at..].find('/').expect("a database in the URL");
        let server = url[after_at..slash].to_string();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let relayed = format!(
            "{}{}{}",
            &url[..after_at],
            listener.local_addr().unwrap(),
            &url[slash..]
        );
        let trips = Arc::new(AtomicU64::new(0));
        let counted = Arc::clone(&trips);
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let server = TcpStream::connect(&server).unwrap();
                relay_connection(client, server, Arc::clone(&counted));
            }
        });
        CountingRelay {
            url: relayed,
            trips,
        }
    }

    fn trips(&self) -> u64 {
        self.trips.load(Ordering::SeqCst)
    }
}

/// Copies each way on a thread of its own; `client_spoke_last` turns the client's sends into
/// round trips.
fn relay_connection(client: TcpStream, server: TcpStream, trips: Arc<AtomicU64>) {
    let client_spoke_last = Arc::new(Mutex::new(false));
    let pipe = move |mut from: TcpStream, mut to: TcpStream, from_client: bool| {
        let client_spoke_last = Arc::clone(&client_spoke_last);
        let trips = Arc::clone(&trips);
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = match from.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                {
                    let mut last = client_spoke_last.lock().unwrap();
                    if from_client && !*last {
                        trips.fetch_add(1, Ordering::SeqCst);
                    }
                    *last = from_client;
                }
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
            let _ = to.shutdown(Shutdown::Write);
        })
    };
    pipe(
        client.try_clone().unwrap(),
        server.try_clone().unwrap(),
        true,
    );
    pipe(server, client, false);
}

#[test]
fn a_serve_read_is_one_round_trip_to_the_server() {
    let Some(env) = postgres_env() else {
        return;
    };
    env.json(&["namespace", "set", "g", "k", "1"]);
    let relay = CountingRelay::start(&env.pg.as_ref().unwrap().url);
    let mut serve = Served::start(&env, &["--store", &relay.url]);
    let get = |id: u64| json!({"id": id, "cmd": ["namespace", "get", "g", "k"]});
    // The first reads connect and prepare their statement.
    for id in 0..3 {
        assert_eq!(serve.ok(get(id)), json!(1));
    }
    // A read that follows another within 20 ms ends it and begins itself in the round trip of
    // its SELECT; one that comes later finds the read before ended, which is one more. Under
    // load some reads come late, so the best of three runs is taken.
    const READS: u64 = 50;
    let mut best = u64::MAX;
    for run in 0..3 {
        let before = relay.trips();
        for i in 0..READS {
            assert_eq!(serve.ok(get(100 * (run + 1) + i)), json!(1));
        }
        best = best.min(relay.trips() - before);
    }
    assert!(
        best <= READS + READS / 10,
        "{READS} reads through serve took {best} round trips to the server at best"
    );
    let (code, _) = serve.finish();
    assert_eq!(code, 0);
}

/// Serve's reads go over its read connection, rows streamed as they come: every read that
/// streams (keys and dumps of a namespace, timelines by prefix, activity storage, the edit-log)
/// gives the document the same command gives on its own, over several pages of rows, with
/// reads that stop early and writes in between.
#[test]
fn serve_reads_that_stream_give_what_the_commands_give_on_their_own() {
    let Some(env) = postgres_env() else {
        return;
    };
    // Items written and read without ACLs: what is compared is the rows, not the rights.
    let env = env.with_var("STORECTL_ACL_ENFORCE", "false");
    let records: String = (0..3000)
        .map(|i| format!("{{\"namespace\":\"big\",\"key\":\"k{i:05}\",\"value\":{i}}}\n"))
        .collect();
    env.json_stdin(&["namespace", "import", "-"], &records);
    let activities: String = (0..300)
        .map(|i| format!("{{\"actor\":{i},\"verb\":1,\"object\":{i}}}\n"))
        .collect();
    for key in ["user:1", "user:2", "user:20", "zeta"] {
        env.json_stdin(&["feed", "add-many", key, "-"], &activities);
    }
    for (page, text) in [("Front", "one"), ("Other", "two"), ("Front", "three")] {
        env.json_stdin(&["item", "put", page, "-"], text);
    }
    let reads: &[&[&str]] = &[
        &["namespace", "keys", "big"],
        &["namespace", "dump", "big"],
        &["feed", "keys", "--prefix", "user:"],
        &["feed", "keys"],
        &["feed", "activity", "list"],
        &["item", "log"],
    ];
    let alone: Vec<serde_json::Value> = reads.iter().map(|args| env.json(args)).collect();
    let mut serve = Served::start(&env, &[]);
    for round in 0..2 {
        for (i, args) in reads.iter().enumerate() {
            let id = (round * 100 + i) as u64;
            assert_eq!(
                serve.ok(json!({"id": id, "cmd": args})),
                alone[i],
                "{args:?} through serve, round {round}"
            );
        }
        // A write between rounds ends the read left open; the next reads begin afresh.
        serve.ok(json!({"id": 99 + round, "cmd": ["namespace", "set", "other", "k", "1"]}));
    }
    let (code, _) = serve.finish();
    assert_eq!(code, 0);
}
