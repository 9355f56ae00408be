//! `session run`: a local runner that runs a session's scheduled instances until none is left,
//! each exactly once however many runners share the store.
//!
//! # The protocol (owned here)
//! For every instance it finds scheduled (or, with `reclaim_after_us`, running under a stale
//! claim), a runner
//! 1. claims it: a compare-and-set `scheduled` → `running` in a transaction of its own
//!    ([`claims::claim`]); an instance another runner claimed first is passed over;
//! 2. runs its task, outside any transaction, renewing the claim every
//!    [`claims::renew_every_us`] while the task runs, so a live runner's claim never looks stale;
//! 3. records the outcome (finished with the result and cascaded, or failed) in a transaction
//!    that checks it still holds the claim; a claim lost meanwhile is reported, not recorded.
//!
//! # What the caller supplies
//! Running a task is the caller's: an [`Executor`] runs it to its end and says what came out.
//! The CLI's starts `sh -c CMD` with the kwargs on stdin; a program may call a function. The
//! executor runs on a thread of its own while this one renews the claim, so it only blocks:
//! it needs no timer, no store and no knowledge of claims. What a person should hear about
//! while the runner works (a claim taken over, a claim lost) goes to a [`Notice`] callback as it
//! happens; the caller words it.
//!
//! Each transaction takes the clock when it runs, not the actor's `now_us`: a runner works for
//! as long as its tasks take, and a claim's time must be when it was last renewed.

use std::sync::mpsc;
use std::time::Duration;

use serde::Serialize;
use serde_json::{json, Value};

use super::super::{Actor, Transactions};
use crate::engine::sessions::ClaimRecord;
use crate::error::{Error, Fix, Kind, Result};
use crate::faces::sessions::{self as face, SessionContext};
use crate::faces::sessions_claims as claims;
use crate::plural::count;
use crate::timestamp::now_us;

/// `session run UID`.
#[derive(Debug, Clone)]
pub struct Run {
    pub uid: String,
    /// This runner in its claims: unique among the runners that share the store, e.g.
    /// host:pid:start. Two runners with one holder would share their claims.
    pub holder: String,
    /// Stop with an error after this many runs, when instances are still scheduled (a workflow
    /// that never settles).
    pub max_runs: u64,
    /// Take over a running instance whose claim was last renewed longer ago than this
    /// (microseconds): its runner died. `None`: never.
    pub reclaim_after_us: Option<i64>,
}

/// One instance's task, as the executor gets it.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub session: String,
    pub instance: String,
    pub task: String,
    /// The instance's `actualKwargs` (`withParams` merged with its kwargs), `{}` when it has
    /// none.
    pub trigger_kwargs: Value,
}

/// What runs a task, to its end: `Ok` with a JSON object (the result, which finishes the
/// instance and fires the task's name with it), or `Err` with why it failed (which fails the
/// instance). It runs on a thread of its own, hence `Send`.
pub trait Executor: Send {
    fn execute(&mut self, task: &Task) -> std::result::Result<Value, String>;
}

/// A function is an executor.
impl<F> Executor for F
where
    F: FnMut(&Task) -> std::result::Result<Value, String> + Send,
{
    fn execute(&mut self, task: &Task) -> std::result::Result<Value, String> {
        self(task)
    }
}

/// What happened while the runner worked that a person should hear about at once.
#[derive(Debug)]
pub enum Notice {
    /// A stale claim was taken over: `instance` runs again.
    TookOver {
        instance: String,
        /// The claim that was taken over: which runner made it, when it was last renewed.
        claim: ClaimRecord,
    },
    /// Another runner took the claim over while the task ran: its outcome was not recorded
    /// (`error` says so); the other runner records its own.
    ClaimLost { instance: String, error: Error },
}

/// What one run did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ran {
    pub instance: String,
    pub task: String,
    /// `finished`, `failed`, or `claim_lost` (the outcome was not recorded).
    pub status: String,
    /// The task's result, when it succeeded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// Why the task failed, when it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Every run of one `session run`, in the order they ended.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Runs {
    pub uid: String,
    pub runs: Vec<Ran>,
    /// `max_runs` stopped the runner while instances were still scheduled: see
    /// [`Runs::stop_error`].
    pub stopped_at_max_runs: bool,
}

impl Runs {
    /// The conflict (exit 4) a stop at `max_runs` is, to report after the runs themselves
    /// (they stay recorded, and whoever reads the error needs to know which they were).
    pub fn stop_error(&self) -> Option<Error> {
        self.stopped_at_max_runs.then(|| {
            Error::conflict(format!(
                "stopped after {}; instances are still scheduled",
                count(self.runs.len() as u64, "run")
            ))
            .hint(Fix::RaiseMaxRuns)
        })
    }
}

/// Runs the scheduled instances of `req.uid` with `executor` until none is left to claim.
/// Stops when `max_runs` is reached with instances left (`stopped_at_max_runs`, a conflict by
/// [`Runs::stop_error`]); the runs before it stay recorded.
pub fn run(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &Run,
    executor: &mut impl Executor,
    notice: &mut dyn FnMut(Notice),
) -> Result<Runs> {
    let uid = req.uid.as_str();
    let ctx = || SessionContext {
        user: actor.user.clone(),
        now_us: now_us(),
    };
    let mut runs = Vec::new();
    loop {
        let now = now_us();
        let candidates =
            store.read(|tx| claims::claimable(tx.sessions()?, uid, now, req.reclaim_after_us))?;
        if candidates.is_empty() {
            return Ok(Runs {
                uid: req.uid.clone(),
                runs,
                stopped_at_max_runs: false,
            });
        }
        for candidate in candidates {
            if runs.len() as u64 >= req.max_runs {
                return Ok(Runs {
                    uid: req.uid.clone(),
                    runs,
                    stopped_at_max_runs: true,
                });
            }
            let claim_ctx = ctx();
            let claimed = store.write(false, |tx| {
                claims::claim(
                    tx,
                    &claim_ctx,
                    uid,
                    &candidate.name,
                    &req.holder,
                    req.reclaim_after_us,
                )
            })?;
            // Another runner got there first, or it moved on: not ours to run.
            let Some(claimed) = claimed else { continue };
            crate::failpoint::hit("session-run-claimed");
            let instance = claimed.instance;
            if let Some(claim) = claimed.took_over {
                notice(Notice::TookOver {
                    instance: instance.name.clone(),
                    claim,
                });
            }
            let task = Task {
                session: req.uid.clone(),
                instance: instance.name.clone(),
                task: instance.task.clone(),
                trigger_kwargs: instance
                    .metadata
                    .get("actualKwargs")
                    .cloned()
                    .unwrap_or_else(|| json!({})),
            };
            let beat = Duration::from_micros(claims::renew_every_us(req.reclaim_after_us) as u64);
            let outcome = execute_renewing(executor, &task, beat, &mut || {
                // A renewal that fails is left to the next one; the outcome's check says
                // whether the claim held.
                let renew_ctx = ctx();
                let _ = store.write(false, |tx| {
                    claims::renew(tx, &renew_ctx, uid, &task.instance, &req.holder)
                });
            });
            let done_ctx = ctx();
            let (status, recorded) = match &outcome {
                Ok(result) => (
                    face::FINISHED,
                    store.write(false, |tx| {
                        claims::finish_claimed(
                            tx,
                            &done_ctx,
                            uid,
                            &task.instance,
                            &req.holder,
                            result,
                        )
                    }),
                ),
                Err(why) => (
                    face::FAILED,
                    store.write(false, |tx| {
                        claims::fail_claimed(
                            tx,
                            &done_ctx,
                            uid,
                            &task.instance,
                            &req.holder,
                            why,
                            40,
                        )
                    }),
                ),
            };
            // A claim lost to a runner that took it over: that runner records the outcome.
            let status = match recorded {
                Ok(_) => status,
                Err(error) if error.kind() == Kind::Conflict => {
                    notice(Notice::ClaimLost {
                        instance: task.instance.clone(),
                        error,
                    });
                    "claim_lost"
                }
                Err(e) => return Err(e),
            };
            let (result, error) = match outcome {
                Ok(result) => (Some(result), None),
                Err(why) => (None, Some(why)),
            };
            runs.push(Ran {
                instance: task.instance,
                task: task.task,
                status: status.to_string(),
                result,
                error,
            });
        }
    }
}

/// Runs `task` with `executor` on a thread of its own, calling `renew` on this one every `beat`
/// until it ends.
fn execute_renewing(
    executor: &mut impl Executor,
    task: &Task,
    beat: Duration,
    renew: &mut dyn FnMut(),
) -> std::result::Result<Value, String> {
    std::thread::scope(|scope| {
        let (done, finished) = mpsc::channel();
        scope.spawn(move || {
            let _ = done.send(executor.execute(task));
        });
        loop {
            match finished.recv_timeout(beat) {
                Ok(outcome) => return outcome,
                Err(mpsc::RecvTimeoutError::Timeout) => renew(),
                // The executor panicked; the scope passes the panic on when it ends.
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err("the task did not finish: its thread stopped".to_string())
                }
            }
        }
    })
}

/// Runners on a real SQLite store, tasks run by functions: no CLI, no processes.
#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use serde_json::json;

    use super::*;
    use crate::engine::Store;
    use crate::ops::sessions::instance;
    use crate::ops::sessions::tests::{configure_tasks, fire_trigger, new_store, store_bytes};

    fn run_req(holder: &str) -> Run {
        Run {
            uid: "u".into(),
            holder: holder.into(),
            max_runs: 100,
            reclaim_after_us: None,
        }
    }

    fn no_notice(n: Notice) {
        panic!("unexpected notice: {n:?}");
    }

    #[test]
    fn runs_cascade_and_failures_are_recorded_and_serialized_as_the_cli_prints_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        configure_tasks(
            &mut store,
            "u",
            json!({
                "a": {"after": ["go"], "withParams": {"p": 1}},
                "b": {"after": ["a"]},
                "broken": {"after": ["go"]},
            }),
        );
        fire_trigger(&mut store, "u", "go");
        let mut seen = Vec::new();
        let mut executor = |task: &Task| {
            seen.push(task.clone());
            match task.task.as_str() {
                "broken" => Err("exit 3: nope".to_string()),
                _ => Ok(json!({"from": task.instance})),
            }
        };
        let done = run(
            &mut store,
            &Actor::new(None),
            &run_req("r1"),
            &mut executor,
            &mut no_notice,
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"uid":"u","runs":[{"instance":"a#0","task":"a","status":"finished","result":{"from":"a#0"}},{"instance":"broken#0","task":"broken","status":"failed","error":"exit 3: nope"},{"instance":"b#0","task":"b","status":"finished","result":{"from":"b#0"}}],"stopped_at_max_runs":false}"#
        );
        // The executor got the instance's actualKwargs.
        assert_eq!(seen[0].trigger_kwargs, json!({"p": 1, "go": {}}));
        assert_eq!(seen[2].trigger_kwargs, json!({"a": {"from": "a#0"}}));
        let b = instance(&mut store, "u", "b#0").unwrap();
        assert_eq!(b.status, "finished");
        let broken = instance(&mut store, "u", "broken#0").unwrap();
        assert_eq!(broken.status, "failed");
        assert!(broken.metadata["exceptionInfo"]
            .as_str()
            .unwrap()
            .contains("nope"));
    }

    /// Runner r2 starts while r1 runs a#0: it runs b#0 only, r1 passes b#0 over, and each
    /// instance runs once.
    #[test]
    fn a_claim_is_taken_only_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        configure_tasks(
            &mut store,
            "u",
            json!({"a": {"after": ["go"]}, "b": {"after": ["go"]}}),
        );
        fire_trigger(&mut store, "u", "go");
        let ran: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let second_runs = Arc::new(Mutex::new(None));
        let path = dir.path().join("ops.db");
        let mut first = {
            let ran = ran.clone();
            let second_runs = second_runs.clone();
            move |task: &Task| {
                ran.lock()
                    .unwrap()
                    .push(("r1".to_string(), task.instance.clone()));
                if task.instance == "a#0" {
                    // A second runner, on its own connection, while r1 holds a#0.
                    let mut other =
                        Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(5))
                            .unwrap();
                    let ran = ran.clone();
                    let mut second = move |task: &Task| {
                        ran.lock()
                            .unwrap()
                            .push(("r2".to_string(), task.instance.clone()));
                        Ok(json!({}))
                    };
                    let runs = run(
                        &mut other,
                        &Actor::new(None),
                        &run_req("r2"),
                        &mut second,
                        &mut no_notice,
                    )
                    .unwrap();
                    *second_runs.lock().unwrap() = Some(runs);
                }
                Ok(json!({}))
            }
        };
        let first_runs = run(
            &mut store,
            &Actor::new(None),
            &run_req("r1"),
            &mut first,
            &mut no_notice,
        )
        .unwrap();
        let names =
            |runs: &Runs| -> Vec<String> { runs.runs.iter().map(|r| r.instance.clone()).collect() };
        assert_eq!(names(&first_runs), ["a#0"]);
        assert_eq!(
            names(second_runs.lock().unwrap().as_ref().unwrap()),
            ["b#0"]
        );
        assert_eq!(
            *ran.lock().unwrap(),
            [
                ("r1".to_string(), "a#0".to_string()),
                ("r2".to_string(), "b#0".to_string())
            ]
        );
        for name in ["a#0", "b#0"] {
            assert_eq!(instance(&mut store, "u", name).unwrap().status, "finished");
        }
    }

    /// A dead runner's claim: passed over without `reclaim_after_us`, taken over (with a
    /// notice) once stale; a claim lost while the task runs is reported and not recorded.
    #[test]
    fn stale_claims_are_taken_over_and_lost_claims_are_not_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        configure_tasks(&mut store, "u", json!({"a": {"after": ["go"]}}));
        fire_trigger(&mut store, "u", "go");
        // The dead runner claimed a#0 long ago.
        let long_ago = SessionContext {
            user: None,
            now_us: 1_000_000,
        };
        store
            .write(false, |tx| {
                claims::claim(tx, &long_ago, "u", "a#0", "dead", None)
            })
            .unwrap()
            .unwrap();
        let before = store_bytes(&dir);

        let mut never =
            |_: &Task| -> std::result::Result<Value, String> { panic!("a claimed instance ran") };
        let passed = run(
            &mut store,
            &Actor::new(None),
            &run_req("r1"),
            &mut never,
            &mut no_notice,
        )
        .unwrap();
        assert!(passed.runs.is_empty());
        assert!(
            store_bytes(&dir) == before,
            "a runner that ran nothing wrote"
        );

        // r1 takes the stale claim over; while its task runs, r2 takes it over from r1 (a
        // reclaim time of 0 makes every claim stale), so r1's outcome is not recorded.
        let path = dir.path().join("ops.db");
        let mut usurped = move |task: &Task| {
            let mut other =
                Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(5)).unwrap();
            let now = SessionContext {
                user: None,
                now_us: now_us(),
            };
            other
                .write(false, |tx| {
                    claims::claim(tx, &now, "u", &task.instance, "r2", Some(0))
                })
                .unwrap()
                .expect("r2 takes the claim over");
            Ok(json!({"by": "r1"}))
        };
        let mut notices = Vec::new();
        let done = run(
            &mut store,
            &Actor::new(None),
            &Run {
                reclaim_after_us: Some(1_000_000),
                ..run_req("r1")
            },
            &mut usurped,
            &mut |n| notices.push(n),
        )
        .unwrap();
        assert_eq!(done.runs.len(), 1);
        assert_eq!(done.runs[0].status, "claim_lost");
        assert_eq!(done.runs[0].result, Some(json!({"by": "r1"})));
        match &notices[..] {
            [Notice::TookOver { instance, claim }, Notice::ClaimLost { error, .. }] => {
                assert_eq!((instance.as_str(), claim.holder.as_str()), ("a#0", "dead"));
                assert_eq!(claim.renewed_us, 1_000_000);
                assert_eq!(error.kind(), Kind::Conflict);
                assert_eq!(
                    error.hint_of(),
                    Some(crate::error::Hint::Fix(Fix::LongerReclaimAfter))
                );
            }
            other => panic!("notices: {other:?}"),
        }
        let a = instance(&mut store, "u", "a#0").unwrap();
        assert_eq!(a.status, "running", "r2 holds it; r1 recorded nothing");
        assert!(a.metadata.get("result").is_none());
    }

    /// The runner, not the executor, renews the claim while the task runs: an executor that
    /// only waits sees its claim's time move on.
    #[test]
    fn the_claim_is_renewed_while_the_task_runs() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        configure_tasks(&mut store, "u", json!({"a": {"after": ["go"]}}));
        fire_trigger(&mut store, "u", "go");
        let path = dir.path().join("ops.db");
        let mut waits_for_renewal = move |task: &Task| {
            let mut other =
                Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(5)).unwrap();
            let mut renewed = || {
                other
                    .read(|tx| tx.sessions()?.instance_claim("u", &task.instance))
                    .unwrap()
                    .expect("claimed")
                    .renewed_us
            };
            let claimed_at = renewed();
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while renewed() == claimed_at {
                if std::time::Instant::now() > deadline {
                    return Err("the claim was not renewed in 10 s".to_string());
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            Ok(json!({}))
        };
        // A reclaim time of 150 ms: renewed every 50 ms.
        let done = run(
            &mut store,
            &Actor::new(None),
            &Run {
                reclaim_after_us: Some(150_000),
                ..run_req("r1")
            },
            &mut waits_for_renewal,
            &mut no_notice,
        )
        .unwrap();
        assert_eq!(done.runs[0].status, "finished", "{:?}", done.runs[0]);
    }

    #[test]
    fn max_runs_stops_a_workflow_that_never_settles() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        // a's result fires a, which makes a new b; b's fires b, which makes a new a: a cycle.
        configure_tasks(
            &mut store,
            "u",
            json!({"a": {"after": ["b"], "andEvery": "b"}, "b": {"after": ["a"], "andEvery": "a"}}),
        );
        fire_trigger(&mut store, "u", "b");
        let mut ok = |_: &Task| Ok(json!({}));
        let done = run(
            &mut store,
            &Actor::new(None),
            &Run {
                max_runs: 3,
                ..run_req("r1")
            },
            &mut ok,
            &mut no_notice,
        )
        .unwrap();
        assert!(done.stopped_at_max_runs);
        assert_eq!(done.runs.len(), 3);
        let err = done.stop_error().expect("a stop is a conflict");
        assert_eq!(err.kind(), Kind::Conflict);
        assert!(
            err.message().contains("stopped after 3 runs"),
            "{}",
            err.message()
        );
        assert_eq!(
            err.hint_of(),
            Some(crate::error::Hint::Fix(Fix::RaiseMaxRuns))
        );
        // The three runs stay recorded.
        let finished = crate::ops::sessions::instances(
            &mut store,
            &crate::ops::sessions::Instances {
                uid: "u".into(),
                filter: face::InstanceFilter {
                    status: Some("finished".into()),
                    ..Default::default()
                },
            },
        )
        .unwrap();
        assert_eq!(finished.len(), 3);
    }
}
