//! Exactly-once runs: `session run` claims an instance before it runs it, so that two runners on
//! one store never run the same instance.
//!
//! The claim is a compare-and-set in the claiming transaction: `scheduled` → `running` (the
//! status Triggers' own worker sets when a task starts) with a claim record (runner, time) kept
//! beside the instance, written only while the stored status and claim are still what the
//! runner read. Of two runners that read the same scheduled instance, one claims it and the
//! other finds it claimed and passes it over. The outcome is recorded only by the runner that
//! still holds the claim, in the transaction that checks it.
//!
//! While its command runs, a runner renews its claim (every [`RENEW_EVERY_US`] at most), so a
//! live runner's claim never grows old. A runner that dies leaves its instances `running` under
//! its claim, which then does: another runner takes such a claim over once it was last renewed
//! longer ago than the `reclaim_after` it was given (never, without one). A `reclaim_after` of
//! a few renewal periods (30 s or more) takes over only the claims of runners that died or hung;
//! a shorter one may take over a live runner's claim, and its instance then runs twice. An operator can
//! also re-schedule an instance by hand (`session status UID NAME scheduled`), which drops any
//! claim. The claim is not part of the session document: `session export` shows what Triggers
//! stores, nothing more.

use serde_json::Value;

use crate::engine::sessions::{ClaimRecord, InstanceRecord, SessionStorage};
use crate::engine::Transaction;
use crate::error::{Error, Fix, Result};
use crate::faces::sessions::{
    self, changing, instance_not_found, session_not_found, set_status, Changed, SessionContext,
    RUNNING, SCHEDULED,
};

/// How often a runner renews its claims while their commands run, at most: well below any
/// sensible `reclaim_after`.
pub const RENEW_EVERY_US: i64 = 10_000_000;

/// How often a runner given `reclaim_after_us` renews its claims: every [`RENEW_EVERY_US`], or a
/// third of its own `reclaim_after` when that is shorter (so that it never takes over from a
/// runner like itself), and never more often than every 50 ms.
pub fn renew_every_us(reclaim_after_us: Option<i64>) -> i64 {
    reclaim_after_us
        .map_or(RENEW_EVERY_US, |r| (r / 3).min(RENEW_EVERY_US))
        .max(50_000)
}

/// The instances a runner may claim now, by task and number: the scheduled ones, and running
/// ones whose claim is older than `reclaim_after_us` (microseconds; `None`: never).
pub fn claimable(
    store: &mut dyn SessionStorage,
    uid: &str,
    now_us: i64,
    reclaim_after_us: Option<i64>,
) -> Result<Vec<InstanceRecord>> {
    if store.session(uid)?.is_none() {
        return Err(session_not_found(uid));
    }
    let mut out = Vec::new();
    for instance in store.instances(uid, None)? {
        let take = match instance.status.as_str() {
            SCHEDULED => true,
            RUNNING => match (reclaim_after_us, store.instance_claim(uid, &instance.name)?) {
                (Some(after), Some(claim)) => is_stale(&claim, now_us, after),
                _ => false,
            },
            _ => false,
        };
        if take {
            out.push(instance);
        }
    }
    Ok(out)
}

fn is_stale(claim: &ClaimRecord, now_us: i64, reclaim_after_us: i64) -> bool {
    claim.renewed_us.saturating_add(reclaim_after_us) <= now_us
}

/// An instance a runner now holds.
#[derive(Debug, Clone)]
pub struct Claimed {
    /// The instance, now `running`.
    pub instance: InstanceRecord,
    /// The stale claim it took over, if any.
    pub took_over: Option<ClaimRecord>,
}

/// Claims instance `name` for runner `holder`: `scheduled` → `running`, or a `running` instance
/// whose claim is older than `reclaim_after_us` taken over. `None` when it is not (or no longer)
/// there to take: another runner claimed it first, or it moved on.
pub fn claim(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    holder: &str,
    reclaim_after_us: Option<i64>,
) -> Result<Option<Claimed>> {
    let store = changing(tx, ctx, uid)?;
    if store.session(uid)?.is_none() {
        return Err(session_not_found(uid));
    }
    let Some(mut instance) = store.instance(uid, name)? else {
        return Err(instance_not_found(uid, name));
    };
    let current = store.instance_claim(uid, name)?;
    let took_over = match (instance.status.as_str(), &current, reclaim_after_us) {
        (SCHEDULED, _, _) => None,
        (RUNNING, Some(claim), Some(after)) if is_stale(claim, ctx.now_us, after) => {
            current.clone()
        }
        _ => return Ok(None),
    };
    let expected_status = instance.status.clone();
    set_status(&mut instance, RUNNING, ctx.now_us);
    let claim = ClaimRecord {
        holder: holder.to_string(),
        renewed_us: ctx.now_us,
    };
    let expected_holder = current.as_ref().map(|c| c.holder.as_str());
    if !store.claim_instance(uid, &instance, &claim, &expected_status, expected_holder)? {
        return Ok(None);
    }
    store.touch_session(uid, ctx.now_us)?;
    Ok(Some(Claimed {
        instance,
        took_over,
    }))
}

/// Renews runner `holder`'s claim on `name` (now becomes its time), so that it does not look
/// stale while the runner lives. False when the runner no longer holds it.
pub fn renew(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    holder: &str,
) -> Result<bool> {
    let store = changing(tx, ctx, uid)?;
    let Some(instance) = store.instance(uid, name)? else {
        return Ok(false);
    };
    let claim = ClaimRecord {
        holder: holder.to_string(),
        renewed_us: ctx.now_us,
    };
    store.claim_instance(uid, &instance, &claim, RUNNING, Some(holder))
}

/// Exit 4 unless runner `holder` still holds its claim on `name`.
fn require_claim(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    holder: &str,
) -> Result<()> {
    let store = changing(tx, ctx, uid)?;
    match store.instance_claim(uid, name)? {
        Some(claim) if claim.holder == holder => Ok(()),
        other => {
            let why = match other {
                Some(claim) => format!("runner {} took it over", claim.holder),
                None => "a change since released the claim".to_string(),
            };
            Err(Error::conflict(format!(
                "instance {name:?} of session {uid:?} is no longer claimed by this runner ({why}); its outcome was not recorded"
            ))
            .hint(Fix::LongerReclaimAfter))
        }
    }
}

/// `finish` by the runner that holds the claim (which it releases).
pub fn finish_claimed(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    holder: &str,
    result: &Value,
) -> Result<Changed> {
    require_claim(tx, ctx, uid, name, holder)?;
    sessions::finish(tx, ctx, uid, name, result)
}

/// `fail` by the runner that holds the claim (which it releases).
pub fn fail_claimed(
    tx: &mut dyn Transaction,
    ctx: &SessionContext,
    uid: &str,
    name: &str,
    holder: &str,
    error: &str,
    log_level: i64,
) -> Result<Changed> {
    require_claim(tx, ctx, uid, name, holder)?;
    sessions::fail(tx, ctx, uid, name, error, log_level)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use serde_json::json;

    use super::*;
    use crate::engine::sqlite::SqliteBackend;
    use crate::engine::{Backend, TxMode};

    fn ctx(now_us: i64) -> SessionContext {
        SessionContext { user: None, now_us }
    }

    fn write<T>(
        backend: &mut SqliteBackend,
        f: impl FnOnce(&mut dyn Transaction) -> Result<T>,
    ) -> T {
        let mut tx = backend.begin(TxMode::Write).unwrap();
        let out = f(&mut *tx).unwrap();
        tx.commit().unwrap();
        out
    }

    /// A store with session `u` whose instance `a#0` is scheduled.
    fn scheduled() -> (tempfile::TempDir, SqliteBackend) {
        let dir = tempfile::tempdir().unwrap();
        let mut backend =
            SqliteBackend::open(&dir.path().join("s.db"), false, Duration::from_secs(5)).unwrap();
        write(&mut backend, |tx| {
            sessions::configure(tx, &ctx(1), "u", &json!({"a": {"after": ["go"]}}))?;
            sessions::fire(tx, &ctx(2), "u", "go", &json!({}))
        });
        (dir, backend)
    }

    #[test]
    fn one_claim_wins_and_a_stale_one_is_taken_over_only_when_allowed() {
        let (_dir, mut backend) = scheduled();
        let first = write(&mut backend, |tx| {
            claim(tx, &ctx(10), "u", "a#0", "r1", None)
        });
        assert_eq!(first.unwrap().instance.status, RUNNING);
        // The second runner finds it claimed: nothing to take, whatever its reclaim time allows
        // for a fresh claim.
        let second = write(&mut backend, |tx| {
            claim(tx, &ctx(11), "u", "a#0", "r2", Some(100))
        });
        assert!(second.is_none());
        // Renewed by its runner at 50, it is stale for a reclaim time of 100 only from 150 on.
        assert!(write(&mut backend, |tx| renew(
            tx,
            &ctx(50),
            "u",
            "a#0",
            "r1"
        )));
        let early = write(&mut backend, |tx| {
            claim(tx, &ctx(149), "u", "a#0", "r2", Some(100))
        });
        assert!(early.is_none());
        let late = write(&mut backend, |tx| {
            claim(tx, &ctx(150), "u", "a#0", "r2", Some(100))
        })
        .unwrap();
        assert_eq!(late.took_over.unwrap().holder, "r1");
        // The first runner has lost it: it may neither renew nor record an outcome.
        assert!(!write(&mut backend, |tx| renew(
            tx,
            &ctx(160),
            "u",
            "a#0",
            "r1"
        )));
        let mut tx = backend.begin(TxMode::Write).unwrap();
        let lost = finish_claimed(&mut *tx, &ctx(170), "u", "a#0", "r1", &json!({}));
        assert_eq!(lost.unwrap_err().exit_code(), 4);
        drop(tx);
        let done = write(&mut backend, |tx| {
            finish_claimed(tx, &ctx(180), "u", "a#0", "r2", &json!({}))
        });
        assert_eq!(done.status, sessions::FINISHED);
        // Finishing released the claim.
        let claim_left = write(&mut backend, |tx| tx.sessions()?.instance_claim("u", "a#0"));
        assert_eq!(claim_left, None);
    }

    /// The storage's compare-and-set refuses a write made from a read that is no longer true,
    /// which is what keeps two runners apart on a backend without a store-wide write lock.
    #[test]
    fn the_compare_and_set_refuses_an_outdated_read() {
        let (_dir, mut backend) = scheduled();
        let read = write(&mut backend, |tx| tx.sessions()?.instance("u", "a#0")).unwrap();
        let claim_by = |holder: &str| ClaimRecord {
            holder: holder.to_string(),
            renewed_us: 10,
        };
        let mut running = read.clone();
        running.status = RUNNING.to_string();
        let cas = |backend: &mut SqliteBackend, holder: &str| {
            write(backend, |tx| {
                tx.sessions()?
                    .claim_instance("u", &running, &claim_by(holder), SCHEDULED, None)
            })
        };
        assert!(cas(&mut backend, "r1"));
        // r2 read the same scheduled instance, but it is no longer scheduled.
        assert!(!cas(&mut backend, "r2"));
        let holder = write(&mut backend, |tx| tx.sessions()?.instance_claim("u", "a#0"));
        assert_eq!(holder.unwrap().holder, "r1");
    }
}
