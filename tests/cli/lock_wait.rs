//! `lock acquire --wait`: a waiter takes a released lock within milliseconds (it watches the
//! store for changes instead of sleeping between attempts), and an expired one when it expires.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStderr, ChildStdout, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::Env;

/// Far above what a waiter that watches the store needs (a millisecond or two), far below the
/// 200 ms a waiter that slept between attempts took.
const HAND_OVER_BOUND: Duration = Duration::from_millis(100);

on_both_backends!(
    a_waiter_holds_a_released_lock_within_milliseconds,
    a_waiter_takes_an_expired_lock_when_it_expires,
);
on_postgres!(
    a_waiter_holds_a_released_lock_within_milliseconds,
    a_waiter_takes_an_expired_lock_when_it_expires,
);

/// A waiter, started by [`Waiter::start`] once it says on stderr that it waits.
struct Waiter {
    child: Child,
    stdout: BufReader<ChildStdout>,
    /// Kept open: the waiter may still write to it.
    _stderr: BufReader<ChildStderr>,
}

impl Waiter {
    /// Starts bob waiting for `resource`, held by alice.
    fn start(env: &Env, resource: &str) -> Waiter {
        let mut child = env
            .std_cmd()
            .args(["--as", "bob", "lock", "acquire", resource, "--wait", "60s"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut note = String::new();
        stderr.read_line(&mut note).unwrap();
        assert!(
            note.contains("locked by alice") && note.contains("waiting up to 60s"),
            "{note}"
        );
        Waiter {
            stdout: BufReader::new(child.stdout.take().unwrap()),
            child,
            _stderr: stderr,
        }
    }

    /// The lock it reports holding, when it has.
    fn holds(&mut self) -> Value {
        let mut line = String::new();
        self.stdout.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"))
    }

    fn finish(mut self) {
        assert!(self.child.wait().unwrap().success());
    }
}

fn a_waiter_holds_a_released_lock_within_milliseconds(env: Env) {
    env.json(&["--as", "alice", "lock", "acquire", "namespace:core"]);
    let mut waiter = Waiter::start(&env, "namespace:core");
    // The release's commit is done when its process has exited.
    env.json(&["--as", "alice", "lock", "release", "namespace:core"]);
    let released = Instant::now();
    let lock = waiter.holds();
    let hand_over = released.elapsed();
    waiter.finish();
    assert_eq!(lock["owner"], "bob", "{lock}");
    assert!(
        hand_over < HAND_OVER_BOUND,
        "the waiter held the lock {hand_over:?} after its release"
    );
}

fn a_waiter_takes_an_expired_lock_when_it_expires(env: Env) {
    // A waiter that sleeps until the expiry can still be woken late by a loaded machine (the
    // test suite runs beside it): one late hand-over is tried again, a waiter that does not
    // watch the expiry is late every time.
    let mut lateness = Vec::new();
    for attempt in 0..2 {
        let resource = format!("namespace:core{attempt}");
        let held = env.json(&["--as", "alice", "lock", "acquire", &resource, "--ttl", "1s"]);
        let mut waiter = Waiter::start(&env, &resource);
        let lock = waiter.holds();
        waiter.finish();
        assert_eq!(lock["owner"], "bob");
        let micros = |v: &Value| {
            let text = v.as_str().unwrap();
            let t: jiff::Timestamp = text.parse().unwrap();
            t.as_microsecond()
        };
        let late = micros(&lock["acquired"]) - micros(&held["expires"]);
        assert!(late >= 0, "acquired {late} µs before the expiry: {lock}");
        if late < HAND_OVER_BOUND.as_micros() as i64 {
            return;
        }
        lateness.push(late);
    }
    panic!("the waiter took the expired lock late each time: {lateness:?} µs after the expiry");
}
