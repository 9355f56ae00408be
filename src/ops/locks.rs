//! Lock commands as typed requests and results: one struct and one function per `storectl
//! lock` command. See [`crate::ops`] for the pattern, and [`crate::faces::locks`] for the rules
//! (who owns, renews, releases and breaks a lock).
//!
//! Who administers locks comes from the settings once, as a [`LockRules`]: the names in
//! `[locks] administrators` for session, namespace, feed and node locks, and the `[acl]` rules
//! for `item:` locks (the ACL admin right on the item).

use std::time::{Duration, Instant};

use serde::{Serialize, Serializer};

use super::items::{config_error, rfc3339, ItemRules};
use super::{Actor, Transactions};
use crate::engine::items::LockRecord;
use crate::engine::Store;
use crate::error::{Error, Fix, Kind, Result};
use crate::faces::items::ItemContext;
use crate::faces::locks::{self as face, LockAuthority};
use crate::settings::Settings;
use crate::timestamp::{format_rfc3339, now_us, offset_time};

/// Who administers which locks, from the settings.
#[derive(Debug, Clone)]
pub struct LockRules {
    /// `[locks] administrators`.
    administrators: Vec<String>,
    /// The items face's rules, for `item:` locks. A broken `[acl]` setting fails only the lock
    /// commands on `item:` resources (exit 78, as for item commands), so it is kept as found.
    items: std::result::Result<ItemRules, String>,
}

impl LockRules {
    pub fn from_settings(settings: &Settings) -> LockRules {
        LockRules {
            administrators: settings.locks.administrators.clone(),
            items: ItemRules::build(settings),
        }
    }

    /// The items face's context for a lock on `resource`: needed only to decide who
    /// administers an `item:` lock.
    fn items_context(&self, actor: &Actor, resource: &str) -> Result<Option<ItemContext>> {
        if !resource.starts_with("item:") {
            return Ok(None);
        }
        match &self.items {
            Ok(rules) => Ok(Some(rules.context(actor))),
            Err(problem) => Err(config_error(problem.clone())),
        }
    }

    fn authority<'a>(
        &'a self,
        actor: &'a Actor,
        items: Option<&'a ItemContext>,
    ) -> LockAuthority<'a> {
        LockAuthority {
            user: actor.user.as_deref().filter(|u| !u.is_empty()),
            administrators: &self.administrators,
            items,
        }
    }
}

/// A source of transactions that can also wait for another process to change the store (the
/// waiting `lock acquire --wait` is woken by the release it waits for, not by polling).
pub trait WaitForChange: Transactions {
    /// Returns once another process may have changed the store, or at `until`; `false` (at
    /// once) where nobody else can change the store while this caller waits (a batch's own open
    /// transaction).
    fn wait_for_change(&mut self, until: Instant) -> Result<bool>;
}

impl WaitForChange for Store {
    fn wait_for_change(&mut self, until: Instant) -> Result<bool> {
        Store::wait_for_change(self, until).map(|()| true)
    }
}

/// A lock as the lock commands print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lock {
    pub resource: String,
    pub owner: String,
    #[serde(rename = "acquired", serialize_with = "rfc3339")]
    pub acquired_us: i64,
    /// `None`: until released.
    #[serde(rename = "expires", serialize_with = "rfc3339_or_null")]
    pub expires_us: Option<i64>,
    /// It no longer holds (anyone may take or break it).
    pub expired: bool,
}

impl Lock {
    fn new(lock: LockRecord, live: bool) -> Lock {
        Lock {
            resource: lock.resource,
            owner: lock.owner,
            acquired_us: lock.acquired_us,
            expires_us: lock.expires_us,
            expired: !live,
        }
    }
}

fn rfc3339_or_null<S: Serializer>(us: &Option<i64>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match us {
        Some(us) => s.serialize_str(&format_rfc3339(*us)),
        None => s.serialize_none(),
    }
}

/// The owner a lock command acts for: the one given, else the actor. Anonymous users hold no
/// locks.
fn owner(actor: &Actor, given: Option<&str>) -> Result<String> {
    given
        .or(actor.user.as_deref())
        .filter(|o| !o.is_empty())
        .map(str::to_string)
        .ok_or_else(|| {
            Error::usage("a lock needs an owner: anonymous users hold no locks")
                .hint(Fix::ActAsLockOwner)
        })
}

/// `lock acquire RESOURCE [--ttl D] [--wait D] [--owner O]`.
#[derive(Debug, Clone)]
pub struct Acquire {
    /// `item:NAME`, `session:UID`, `namespace:NS`, `feed:KEY` or `node:ID`.
    pub resource: String,
    /// The owner (default: the actor); another owner than the actor needs an administrator.
    pub owner: Option<String>,
    /// How long the lock holds, in microseconds; `None`: until released.
    pub ttl_us: Option<i64>,
    /// How long to wait for another owner's lock to go instead of failing at once.
    pub wait: Option<Duration>,
    pub dry_run: bool,
}

/// Takes (or renews) the lock. With `wait`, a lock another owner holds is waited for: the
/// attempt is repeated when the store changes (a release) or the lock expires, until the wait
/// is over; `waiting` hears once, with the error that made it wait, when the waiting starts.
pub fn acquire(
    store: &mut impl WaitForChange,
    rules: &LockRules,
    actor: &Actor,
    req: &Acquire,
    waiting: &mut dyn FnMut(&Error),
) -> Result<Lock> {
    let resource = face::parse_resource(&req.resource)?;
    let owner = owner(actor, req.owner.as_deref())?;
    let deadline = match req.wait {
        Some(wait) => Some(Instant::now().checked_add(wait).ok_or_else(|| {
            Error::bad_input(format!("a wait of {wait:?} reaches past this clock's end"))
                .hint("wait for a shorter time")
        })?),
        None => None,
    };
    let items = rules.items_context(actor, &resource)?;
    let auth = rules.authority(actor, items.as_ref());
    // The first attempt at the request's time; one after a wait at the time it is made.
    let mut now = actor.now_us;
    let mut told = false;
    loop {
        let expires_us = req
            .ttl_us
            .map(|t| offset_time(now, t, "the ttl"))
            .transpose()?;
        let attempt = store.write(req.dry_run, |tx| {
            face::acquire(tx, &auth, &resource, &owner, expires_us, now)
        });
        match (attempt, deadline) {
            (Err(e), Some(deadline)) if e.kind() == Kind::Busy && Instant::now() < deadline => {
                let until = retry_at(store, &resource, deadline)?;
                if !told {
                    waiting(&e);
                    told = true;
                }
                if !store.wait_for_change(until)? {
                    return Err(e);
                }
                now = now_us();
            }
            (attempt, _) => return Ok(Lock::new(attempt?, true)),
        }
    }
}

/// When a waiter for `resource` tries again at the latest: at its deadline, or when the
/// holder's lock expires, if sooner (an expiry changes nothing in the store to wake it); now,
/// when the lock went since the attempt that found it (a change this read saw already cannot
/// wake the wait that follows). A later release wakes it through
/// [`WaitForChange::wait_for_change`].
fn retry_at(store: &mut impl Transactions, resource: &str, deadline: Instant) -> Result<Instant> {
    let held = store.read(|tx| tx.locks()?.lock(resource))?;
    Ok(match held {
        None => Instant::now(),
        Some(LockRecord {
            expires_us: Some(expires_us),
            ..
        }) => {
            let left = Duration::from_micros(expires_us.saturating_sub(now_us()).max(0) as u64);
            Instant::now()
                .checked_add(left)
                .map_or(deadline, |expiry| deadline.min(expiry))
        }
        Some(_) => deadline,
    })
}

/// `lock release RESOURCE [--owner O]`.
#[derive(Debug, Clone)]
pub struct Release {
    pub resource: String,
    /// The owner (default: the actor); another owner than the actor needs an administrator.
    pub owner: Option<String>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Released {
    pub resource: String,
    pub released: bool,
    pub dry_run: bool,
}

pub fn release(
    store: &mut impl Transactions,
    rules: &LockRules,
    actor: &Actor,
    req: &Release,
) -> Result<Released> {
    let resource = face::parse_resource(&req.resource)?;
    let owner = owner(actor, req.owner.as_deref())?;
    let items = rules.items_context(actor, &resource)?;
    let auth = rules.authority(actor, items.as_ref());
    store.write(req.dry_run, |tx| {
        face::release(tx, &auth, &resource, &owner, actor.now_us)
    })?;
    Ok(Released {
        resource,
        released: true,
        dry_run: req.dry_run,
    })
}

/// `lock break RESOURCE`. Confirmation is the caller's.
#[derive(Debug, Clone)]
pub struct Break {
    pub resource: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Broken {
    pub resource: String,
    /// Who held it.
    pub owner: String,
    pub broken: bool,
    pub dry_run: bool,
}

pub fn break_lock(
    store: &mut impl Transactions,
    rules: &LockRules,
    actor: &Actor,
    req: &Break,
) -> Result<Broken> {
    let resource = face::parse_resource(&req.resource)?;
    let items = rules.items_context(actor, &resource)?;
    let auth = rules.authority(actor, items.as_ref());
    let lock = store.write(req.dry_run, |tx| {
        face::break_lock(tx, &auth, &resource, actor.now_us)
    })?;
    Ok(Broken {
        resource: lock.resource,
        owner: lock.owner,
        broken: true,
        dry_run: req.dry_run,
    })
}

/// Streams every lock, expired ones included (marked), to `row`.
pub fn list(
    store: &mut impl Transactions,
    actor: &Actor,
    row: &mut dyn FnMut(Lock) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::list(tx.locks()?, actor.now_us, &mut |lock, live| {
            row(Lock::new(lock, live))
        })
    })
}

/// The layer driven as a program would drive it: a real SQLite store, no CLI.
#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;
    use crate::error::Kind;
    use crate::ops::items::tests::{new_store, settings};
    use crate::ops::items::{self, ItemRules, Put};

    /// root administers session, namespace, feed and node locks; WikiAdmin every item (and so
    /// its lock).
    fn rules() -> LockRules {
        LockRules::from_settings(&test_settings())
    }

    fn test_settings() -> Settings {
        settings(&[
            ("STORECTL_LOCKS_ADMINISTRATORS", "root"),
            (
                "STORECTL_ACL_RIGHTS_BEFORE",
                "WikiAdmin:read,write,delete,revert,admin",
            ),
            ("STORECTL_ACL_TRUSTED", "alice,bob"),
        ])
    }

    fn acquire_req(resource: &str) -> Acquire {
        Acquire {
            resource: resource.into(),
            owner: None,
            ttl_us: None,
            wait: None,
            dry_run: false,
        }
    }

    fn take(store: &mut Store, who: &str, req: &Acquire) -> Result<Lock> {
        acquire(store, &rules(), &Actor::new(Some(who)), req, &mut |_| {
            panic!("a request without --wait does not wait")
        })
    }

    fn held(store: &mut Store) -> Vec<(String, String)> {
        let mut found = Vec::new();
        list(store, &Actor::new(None), &mut |l| {
            found.push((l.resource, l.owner));
            Ok(())
        })
        .unwrap();
        found
    }

    fn alices(resource: &str) -> Vec<(String, String)> {
        vec![(resource.to_string(), "alice".to_string())]
    }

    #[test]
    fn a_lock_is_its_owners_and_an_administrators_to_break() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let rules = rules();
        let (alice, bob, root) = (
            Actor::new(Some("alice")),
            Actor::new(Some("bob")),
            Actor::new(Some("root")),
        );

        let mut req = acquire_req("namespace:core");
        req.ttl_us = Some(600_000_000);
        let lock = take(&mut store, "alice", &req).unwrap();
        assert_eq!(lock.expires_us, Some(lock.acquired_us + 600_000_000));
        let doc = serde_json::to_value(&lock).unwrap();
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["resource", "owner", "acquired", "expires", "expired"]
        );
        assert_eq!(doc["expired"], false);

        // Another owner: busy; releasing or breaking it, or acting for alice: denied. Each
        // refusal leaves alice's lock as it was.
        let err = take(&mut store, "bob", &acquire_req("namespace:core")).unwrap_err();
        assert_eq!(err.kind(), Kind::Busy, "{}", err.message());
        let as_bob = Release {
            resource: "namespace:core".into(),
            owner: None,
            dry_run: false,
        };
        let err = release(&mut store, &rules, &bob, &as_bob).unwrap_err();
        assert_eq!(err.kind(), Kind::Denied, "{}", err.message());
        let for_alice = Release {
            owner: Some("alice".into()),
            ..as_bob.clone()
        };
        let err = release(&mut store, &rules, &bob, &for_alice).unwrap_err();
        assert_eq!(err.kind(), Kind::Denied, "{}", err.message());
        let brk = Break {
            resource: "namespace:core".into(),
            dry_run: false,
        };
        let err = break_lock(&mut store, &rules, &bob, &brk).unwrap_err();
        assert_eq!(err.kind(), Kind::Denied, "{}", err.message());
        // Anonymous users hold no locks.
        let err = take_anonymous(&mut store, &acquire_req("namespace:other")).unwrap_err();
        assert_eq!(
            (err.kind(), err.hint_of()),
            (Kind::Usage, Some(Fix::ActAsLockOwner.into()))
        );
        assert_eq!(held(&mut store), alices("namespace:core"));

        // An administrator breaks it: a dry run says so and keeps it, then it goes.
        let dry = Break {
            dry_run: true,
            ..brk.clone()
        };
        let would = break_lock(&mut store, &rules, &root, &dry).unwrap();
        assert_eq!(
            serde_json::to_string(&would).unwrap(),
            r#"{"resource":"namespace:core","owner":"alice","broken":true,"dry_run":true}"#
        );
        assert_eq!(held(&mut store), alices("namespace:core"));
        break_lock(&mut store, &rules, &root, &brk).unwrap();
        assert!(held(&mut store).is_empty());

        // A dry-run acquire takes nothing; its owner releases a lock of their own.
        let dry = Acquire {
            dry_run: true,
            ..acquire_req("namespace:core")
        };
        assert_eq!(take(&mut store, "bob", &dry).unwrap().owner, "bob");
        assert!(held(&mut store).is_empty());
        take(&mut store, "alice", &acquire_req("namespace:core")).unwrap();
        let done = release(
            &mut store,
            &rules,
            &alice,
            &Release {
                owner: None,
                ..as_bob
            },
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"resource":"namespace:core","released":true,"dry_run":false}"#
        );
        assert!(held(&mut store).is_empty());
    }

    fn take_anonymous(store: &mut Store, req: &Acquire) -> Result<Lock> {
        acquire(store, &rules(), &Actor::new(None), req, &mut |_| {})
    }

    #[test]
    fn item_locks_stop_other_owners_changes_and_the_acl_admin_breaks_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let item_rules = ItemRules::from_settings(&test_settings()).unwrap();
        let put = |name: &str, data: &[u8]| Put {
            name: name.into(),
            data: data.to_vec(),
            options: Default::default(),
            dry_run: false,
        };
        let (alice, bob) = (Actor::new(Some("alice")), Actor::new(Some("bob")));
        items::put(&mut store, &item_rules, &alice, &put("Page", b"one")).unwrap();
        take(&mut store, "alice", &acquire_req("item:Page")).unwrap();

        let err = items::put(&mut store, &item_rules, &bob, &put("Page", b"bob's")).unwrap_err();
        assert_eq!(err.kind(), Kind::Busy, "{}", err.message());
        items::put(&mut store, &item_rules, &alice, &put("Page", b"two")).unwrap();

        // root administers namespace locks, not items; WikiAdmin has the admin right on Page.
        let brk = Break {
            resource: "item:Page".into(),
            dry_run: false,
        };
        let err = break_lock(&mut store, &rules(), &Actor::new(Some("root")), &brk).unwrap_err();
        assert_eq!(err.kind(), Kind::Denied, "{}", err.message());
        break_lock(&mut store, &rules(), &Actor::new(Some("WikiAdmin")), &brk).unwrap();
        items::put(&mut store, &item_rules, &bob, &put("Page", b"three")).unwrap();

        // A broken [acl] setting stops item: locks only.
        let broken = LockRules::from_settings(&settings(&[("STORECTL_ACL_GROUP_REGEX", "(")]));
        let run = |store: &mut Store, resource: &str| {
            acquire(store, &broken, &alice, &acquire_req(resource), &mut |_| {})
        };
        assert_eq!(
            run(&mut store, "item:Page").unwrap_err().kind(),
            Kind::Config
        );
        run(&mut store, "session:s1").unwrap();
    }

    #[test]
    fn a_waiter_takes_the_lock_when_its_owner_releases_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        take(&mut store, "alice", &acquire_req("session:s1")).unwrap();

        let (waiting_tx, waiting_rx) = mpsc::channel::<()>();
        let path = dir.path().join("ops.db");
        // Alice releases from another connection once bob says he waits.
        let releaser = std::thread::spawn(move || {
            waiting_rx.recv().unwrap();
            let mut other =
                Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(5)).unwrap();
            let req = Release {
                resource: "session:s1".into(),
                owner: None,
                dry_run: false,
            };
            release(&mut other, &rules(), &Actor::new(Some("alice")), &req).unwrap();
        });
        let mut told = 0;
        let req = Acquire {
            wait: Some(Duration::from_secs(30)),
            ..acquire_req("session:s1")
        };
        let lock = acquire(
            &mut store,
            &rules(),
            &Actor::new(Some("bob")),
            &req,
            &mut |e| {
                assert_eq!(e.kind(), Kind::Busy);
                told += 1;
                waiting_tx.send(()).unwrap();
            },
        )
        .unwrap();
        releaser.join().unwrap();
        assert_eq!((lock.owner.as_str(), told), ("bob", 1));
        assert_eq!(held(&mut store), vec![("session:s1".into(), "bob".into())]);
    }

    #[test]
    fn a_waiter_takes_an_expired_lock_and_gives_up_at_its_deadline() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let mut short = acquire_req("feed:f");
        short.ttl_us = Some(100_000);
        take(&mut store, "alice", &short).unwrap();
        let req = Acquire {
            wait: Some(Duration::from_secs(30)),
            ..acquire_req("feed:f")
        };
        let lock = acquire(
            &mut store,
            &rules(),
            &Actor::new(Some("bob")),
            &req,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(lock.owner, "bob");

        // Held until released: the wait ends at its deadline with the busy error.
        let req = Acquire {
            wait: Some(Duration::from_millis(50)),
            ..acquire_req("feed:f")
        };
        let err = acquire(
            &mut store,
            &rules(),
            &Actor::new(Some("carol")),
            &req,
            &mut |_| {},
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::Busy, "{}", err.message());
        assert_eq!(held(&mut store), vec![("feed:f".into(), "bob".into())]);
    }
}
