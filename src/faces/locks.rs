//! Locks (seed 004's locking, for every face): a record (resource, owner, acquired, expires).
//! A resource is `item:NAME`, `session:UID`, `namespace:NS` or `feed:KEY`. Every changing
//! command checks that no one else holds an unexpired lock on what it changes; `lock acquire`
//! holds one across commands.

use crate::engine::items::{LockRecord, LockStorage};
use crate::engine::Transaction;
use crate::error::{Error, Result};
use crate::timestamp::format_rfc3339;

pub const KINDS: &[&str] = &["item", "session", "namespace", "feed"];

/// Checks `kind:name` and returns it as given.
pub fn parse_resource(text: &str) -> Result<String> {
    match text.split_once(':') {
        Some((kind, name)) if KINDS.contains(&kind) && !name.is_empty() => Ok(text.to_string()),
        _ => Err(Error::bad_input(format!("{text:?} is not a lockable resource"))
            .hint("write KIND:NAME with KIND one of item, session, namespace, feed (e.g. item:FrontPage)")),
    }
}

/// `item "FrontPage"` for `item:FrontPage`.
fn describe(resource: &str) -> String {
    match resource.split_once(':') {
        Some((kind, name)) => format!("{kind} {name:?}"),
        None => format!("{resource:?}"),
    }
}

fn is_live(lock: &LockRecord, now_us: i64) -> bool {
    lock.expires_us.is_none_or(|e| e > now_us)
}

fn held_by_other(lock: &LockRecord) -> Error {
    let until = match lock.expires_us {
        Some(e) => format!("until {}", format_rfc3339(e)),
        None => "until released".to_string(),
    };
    Error::busy(format!(
        "{} is locked by {} {until}",
        describe(&lock.resource),
        lock.owner
    ))
    .hint("storectl lock list; wait, ask its owner, or storectl lock break")
}

/// Fails with exit 75 when someone other than `me` holds an unexpired lock on `resource`.
pub fn check_free(
    store: &mut dyn LockStorage,
    resource: &str,
    me: Option<&str>,
    now_us: i64,
) -> Result<()> {
    match store.lock(resource)? {
        Some(lock) if is_live(&lock, now_us) && Some(lock.owner.as_str()) != me => {
            Err(held_by_other(&lock))
        }
        _ => Ok(()),
    }
}

/// The same check for several resources, within a transaction about to change them.
pub fn ensure_free(
    tx: &mut dyn Transaction,
    resources: &[String],
    me: Option<&str>,
    now_us: i64,
) -> Result<()> {
    let store = tx.locks()?;
    for resource in resources {
        check_free(store, resource, me, now_us)?;
    }
    Ok(())
}

/// `ensure_free` for resources of one kind: `kind:name` for each name.
pub fn ensure_unlocked(
    tx: &mut dyn Transaction,
    kind: &str,
    names: &[&str],
    me: Option<&str>,
    now_us: i64,
) -> Result<()> {
    let resources: Vec<String> = names.iter().map(|n| format!("{kind}:{n}")).collect();
    ensure_free(tx, &resources, me, now_us)
}

/// Takes (or renews) a lock for `owner`; exit 75 when another owner holds it.
pub fn acquire(
    store: &mut dyn LockStorage,
    resource: &str,
    owner: &str,
    ttl_us: Option<i64>,
    now_us: i64,
) -> Result<LockRecord> {
    check_free(store, resource, Some(owner), now_us)?;
    let lock = LockRecord {
        resource: resource.to_string(),
        owner: owner.to_string(),
        acquired_us: now_us,
        expires_us: ttl_us.map(|t| now_us.saturating_add(t)),
    };
    store.put_lock(&lock)?;
    Ok(lock)
}

/// Releases `owner`'s lock. Not held → exit 3; held by someone else → exit 77.
pub fn release(
    store: &mut dyn LockStorage,
    resource: &str,
    owner: &str,
    now_us: i64,
) -> Result<()> {
    match store.lock(resource)? {
        Some(lock) if lock.owner == owner => {
            store.remove_lock(resource)?;
            Ok(())
        }
        Some(lock) if is_live(&lock, now_us) => Err(Error::denied(format!(
            "{} is locked by {}, not by {owner}",
            describe(resource),
            lock.owner
        ))
        .hint("only its owner can release it; an administrator can `storectl lock break`")),
        _ => Err(Error::not_found(format!(
            "{} is not locked by {owner}",
            describe(resource)
        ))),
    }
}

/// Removes whoever's lock it is; returns it.
pub fn break_lock(store: &mut dyn LockStorage, resource: &str) -> Result<LockRecord> {
    let lock = store
        .lock(resource)?
        .ok_or_else(|| Error::not_found(format!("{} is not locked", describe(resource))))?;
    store.remove_lock(resource)?;
    Ok(lock)
}

/// Every lock with whether it still holds.
pub fn list(
    store: &mut dyn LockStorage,
    now_us: i64,
    f: &mut dyn FnMut(LockRecord, bool) -> Result<()>,
) -> Result<()> {
    store.locks(&mut |lock| {
        let live = is_live(&lock, now_us);
        f(lock, live)
    })
}
