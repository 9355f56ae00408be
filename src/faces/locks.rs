//! Locks (seed 004's locking, for every face): a record (resource, owner, acquired, expires).
//! A resource is `item:NAME`, `session:UID`, `namespace:NS` or `feed:KEY`. Every changing
//! command checks that no one else holds an unexpired lock on what it changes; `lock acquire`
//! holds one across commands. A lock is its owner's: see [`LockAuthority`] for who may act for
//! another owner or break their lock.

use crate::engine::items::{LockRecord, LockStorage};
use crate::engine::Transaction;
use crate::error::{Error, Fix, Result};
use crate::faces::items::{self, ItemContext};
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
    .hint(Fix::SeeLocksOrBreak)
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

/// Fails with exit 75 when someone other than `me` holds an unexpired lock on any resource of
/// `kind`: for a command that changes every resource of a kind at once (`feed flush`).
pub fn ensure_kind_free(
    tx: &mut dyn Transaction,
    kind: &str,
    me: Option<&str>,
    now_us: i64,
) -> Result<()> {
    let prefix = format!("{kind}:");
    let mut held = None;
    tx.locks()?.locks(&mut |lock| {
        if held.is_none()
            && lock.resource.starts_with(&prefix)
            && is_live(&lock, now_us)
            && Some(lock.owner.as_str()) != me
        {
            held = Some(lock);
        }
        Ok(())
    })?;
    match held {
        Some(lock) => Err(held_by_other(&lock)),
        None => Ok(()),
    }
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

/// Who acts on locks, and who administers them.
///
/// The rule: a lock belongs to its owner, who alone may renew or release it. Acting for another
/// owner (`--owner` other than `--as`), and breaking a live lock someone else holds, needs an
/// administrator of the resource: the ACL `admin` right on the item for `item:` locks, a name in
/// `[locks] administrators` for session, namespace and feed locks. Anonymous users own no locks,
/// break none (not even an expired one), and administer only what an ACL grants to `All`.
pub struct LockAuthority<'a> {
    /// The acting user (`--as`); `None` is anonymous.
    pub user: Option<&'a str>,
    /// `[locks] administrators`: who administers session, namespace and feed locks.
    pub administrators: &'a [String],
    /// The items face's rules, for `item:` locks; `None` means nobody administers them.
    pub items: Option<&'a ItemContext>,
}

impl LockAuthority<'_> {
    fn who(&self) -> String {
        self.user
            .map_or_else(|| "an anonymous user".to_string(), |u| format!("{u:?}"))
    }

    /// Whether the actor administers `resource`'s lock.
    pub fn administers(&self, tx: &mut dyn Transaction, resource: &str) -> Result<bool> {
        match resource.split_once(':') {
            Some(("item", name)) => match self.items {
                Some(ctx) => items::may_administer(tx.items()?, ctx, name),
                None => Ok(false),
            },
            _ => Ok(self
                .user
                .is_some_and(|u| self.administrators.iter().any(|a| a == u))),
        }
    }

    /// Exit 77 (saying `doing`) unless the actor administers `resource`, whose lock is
    /// `owner`'s.
    fn require_admin(
        &self,
        tx: &mut dyn Transaction,
        resource: &str,
        owner: &str,
        doing: &str,
    ) -> Result<()> {
        if self.administers(tx, resource)? {
            return Ok(());
        }
        let admins = match resource.split_once(':') {
            Some(("item", _)) => "users with the ACL admin right on the item",
            _ => "the users in [locks] administrators",
        };
        Err(Error::denied(format!(
            "{} may not {doing}: only {owner:?} or an administrator of {} may",
            self.who(),
            describe(resource)
        ))
        .hint(format!("ask {owner:?}, or an administrator ({admins})")))
    }

    /// Exit 77 unless the actor may act for `owner` on `resource`: they are `owner`, or they
    /// administer the resource.
    fn require_may_act_for(
        &self,
        tx: &mut dyn Transaction,
        resource: &str,
        owner: &str,
    ) -> Result<()> {
        if self.user == Some(owner) {
            return Ok(());
        }
        self.require_admin(
            tx,
            resource,
            owner,
            &format!("act for {owner:?} on the lock of {}", describe(resource)),
        )
    }
}

/// Takes (or renews) a lock for `owner` until `expires_us` (`None`: until released); exit 75
/// when another owner holds it, exit 77 when the actor may not act for `owner`.
pub fn acquire(
    tx: &mut dyn Transaction,
    auth: &LockAuthority,
    resource: &str,
    owner: &str,
    expires_us: Option<i64>,
    now_us: i64,
) -> Result<LockRecord> {
    auth.require_may_act_for(tx, resource, owner)?;
    let store = tx.locks()?;
    check_free(store, resource, Some(owner), now_us)?;
    let lock = LockRecord {
        resource: resource.to_string(),
        owner: owner.to_string(),
        acquired_us: now_us,
        expires_us,
    };
    store.put_lock(&lock)?;
    Ok(lock)
}

/// Releases `owner`'s lock. Not held → exit 3; held by someone else → exit 77; releasing for
/// another owner needs an administrator (exit 77).
pub fn release(
    tx: &mut dyn Transaction,
    auth: &LockAuthority,
    resource: &str,
    owner: &str,
    now_us: i64,
) -> Result<()> {
    auth.require_may_act_for(tx, resource, owner)?;
    let store = tx.locks()?;
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
        .hint(Fix::OwnerReleasesOrAdminBreaks)),
        _ => Err(Error::not_found(format!(
            "{} is not locked by {owner}",
            describe(resource)
        ))),
    }
}

/// Removes the lock and returns it. Its owner may break it, and any user an expired one (which
/// counts as free anyway); another owner's live lock, or any lock for an anonymous user, needs
/// an administrator.
pub fn break_lock(
    tx: &mut dyn Transaction,
    auth: &LockAuthority,
    resource: &str,
    now_us: i64,
) -> Result<LockRecord> {
    let lock = tx
        .locks()?
        .lock(resource)?
        .ok_or_else(|| Error::not_found(format!("{} is not locked", describe(resource))))?;
    let free_for_any_user = !is_live(&lock, now_us) && auth.user.is_some();
    if !free_for_any_user && auth.user != Some(lock.owner.as_str()) {
        auth.require_admin(
            tx,
            resource,
            &lock.owner,
            &format!(
                "break the lock {} holds on {}",
                lock.owner,
                describe(resource)
            ),
        )?;
    }
    tx.locks()?.remove_lock(resource)?;
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
