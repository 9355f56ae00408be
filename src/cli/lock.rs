//! `storectl lock`: locks held across commands (an editor session).

use std::time::{Duration, Instant};

use clap::Subcommand;
use serde_json::json;

use super::{Ctx, DryRun, Runner};
use crate::engine::items::LockRecord;
use crate::error::{Error, Kind, Result};
use crate::faces::items::ItemContext;
use crate::faces::locks::{self, LockAuthority};
use crate::output::{Output, Shape};
use crate::timestamp::{format_rfc3339, now_us, offset_time, parse_duration, parse_duration_us};

/// The ownership rule, at the end of every lock command's help (a macro, for `concat!`).
macro_rules! rule {
    () => {
        "Who may do what: a lock belongs to its owner (--as USER), who alone may renew or \
         release it. Breaking a live lock another owner holds, and taking or releasing a lock for \
         another owner with --owner, needs an administrator of the resource: the ACL admin right \
         on the item for item: locks, a name in [locks] administrators (env \
         STORECTL_LOCKS_ADMINISTRATORS) for session:, namespace: and feed: locks. Any user may break \
         an expired lock. Anonymous users hold no locks and break one only where an ACL gives All \
         the admin right. Exit 77 when not allowed, 75 when another owner holds the lock."
    };
}

#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY)
    #[command(after_help = concat!(
        "Example:\n  storectl --as alice lock acquire item:FrontPage --ttl 10m\n\n\
         While alice holds it, other users' changes to FrontPage fail with exit 75; acquiring it \
         again renews it.\n\n",
        rule!()
    ))]
    Acquire {
        /// item:NAME, session:UID, namespace:NS or feed:KEY
        resource: String,
        /// How long the lock holds, 0 to 36500d (e.g. 30s, 10m, 2h); default: until released
        #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
        ttl: Option<String>,
        /// Wait up to DURATION for another owner's lock to go, instead of failing at once
        #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
        wait: Option<String>,
        /// The owner (default: --as USER); another owner than --as needs an administrator
        #[arg(long)]
        owner: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Release your lock
    #[command(after_help = rule!())]
    Release {
        /// The locked resource
        resource: String,
        /// The owner (default: --as USER); another owner than --as needs an administrator
        #[arg(long)]
        owner: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Every lock, with its owner and expiry
    List,
    /// Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)
    #[command(after_help = rule!())]
    Break {
        /// The locked resource
        resource: String,
        /// Confirm; required when stdin is not a terminal
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        dry: DryRun,
    },
}

fn lock_json(lock: &LockRecord, live: bool) -> serde_json::Value {
    json!({
        "resource": lock.resource,
        "owner": lock.owner,
        "acquired": format_rfc3339(lock.acquired_us),
        "expires": lock.expires_us.map(format_rfc3339),
        "expired": !live,
    })
}

fn owner(ctx: &Ctx, given: Option<String>) -> Result<String> {
    given
        .or_else(|| ctx.settings.user.clone())
        .filter(|o| !o.is_empty())
        .ok_or_else(|| {
            Error::usage("a lock needs an owner: anonymous users hold no locks")
                .hint("act as the owner with --as USER")
        })
}

/// The items face's rules, needed only to decide who administers an `item:` lock (a broken
/// `[acl]` setting is then exit 78, as for item commands).
fn items_context(ctx: &Ctx, resource: &str) -> Result<Option<ItemContext>> {
    if resource.starts_with("item:") {
        super::item::context(ctx).map(Some)
    } else {
        Ok(None)
    }
}

fn authority<'a>(ctx: &'a Ctx, items: Option<&'a ItemContext>) -> LockAuthority<'a> {
    LockAuthority {
        user: ctx.settings.user.as_deref().filter(|u| !u.is_empty()),
        administrators: &ctx.settings.locks.administrators,
        items,
    }
}

/// When a waiter for `resource` tries again at the latest: at its deadline, or when the
/// holder's lock expires, if sooner (an expiry changes nothing in the store to wake it); now,
/// when the lock went since the attempt that found it (a change this read saw already cannot
/// wake the wait that follows). A later release wakes it through [`Runner::wait_for_change`].
fn retry_at(store: &mut Runner, resource: &str, deadline: Instant) -> Result<Instant> {
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

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: LockCommand) -> Result<Output> {
    store.open(&ctx.settings)?;
    match cmd {
        LockCommand::Acquire {
            resource,
            ttl,
            wait,
            owner: given,
            dry,
        } => {
            let resource = locks::parse_resource(&resource)?;
            let owner = owner(ctx, given)?;
            let ttl_us = ttl
                .as_deref()
                .map(|t| parse_duration_us(t, "--ttl"))
                .transpose()?;
            let deadline = match wait.as_deref() {
                Some(w) => {
                    let d = parse_duration(w, "--wait")?;
                    Some(Instant::now().checked_add(d).ok_or_else(|| {
                        Error::bad_input(format!("--wait {w:?} reaches past this clock's end"))
                            .hint("give --wait a shorter duration")
                    })?)
                }
                None => None,
            };
            let items = items_context(ctx, &resource)?;
            let auth = authority(ctx, items.as_ref());
            let mut told = false;
            let lock = loop {
                let now = now_us();
                let expires_us = ttl_us.map(|t| offset_time(now, t, "--ttl")).transpose()?;
                let attempt = store.write(dry.dry_run, |tx| {
                    locks::acquire(tx, &auth, &resource, &owner, expires_us, now)
                });
                match (attempt, deadline) {
                    (Err(e), Some(deadline))
                        if e.kind() == Kind::Busy && Instant::now() < deadline =>
                    {
                        let until = retry_at(store, &resource, deadline)?;
                        if !told && !ctx.settings.quiet {
                            eprintln!(
                                "note: {}; waiting up to {}",
                                e.message(),
                                wait.as_deref().unwrap_or_default()
                            );
                            told = true;
                        }
                        if !store.wait_for_change(until)? {
                            return Err(e);
                        }
                    }
                    (other, _) => break other?,
                }
            };
            Ok(Output::Report {
                text: format!(
                    "{} locked by {} {}",
                    lock.resource,
                    lock.owner,
                    lock.expires_us
                        .map_or("until released".to_string(), |e| format!(
                            "until {}",
                            format_rfc3339(e)
                        ))
                ),
                doc: lock_json(&lock, true),
            })
        }
        LockCommand::Release {
            resource,
            owner: given,
            dry,
        } => {
            let resource = locks::parse_resource(&resource)?;
            let owner = owner(ctx, given)?;
            let items = items_context(ctx, &resource)?;
            let auth = authority(ctx, items.as_ref());
            store.write(dry.dry_run, |tx| {
                locks::release(tx, &auth, &resource, &owner, now_us())
            })?;
            Ok(Output::Report {
                text: format!("{resource} released"),
                doc: json!({"resource": resource, "released": true, "dry_run": dry.dry_run}),
            })
        }
        LockCommand::List => {
            store.read(|tx| {
                let mut records = ctx.printer.records(
                    &["resource", "owner", "acquired", "expires", "expired"],
                    Shape::Array,
                );
                locks::list(tx.locks()?, now_us(), &mut |lock, live| {
                    records.row(&lock_json(&lock, live))
                })?;
                records.finish()
            })?;
            Ok(Output::Nothing)
        }
        LockCommand::Break { resource, yes, dry } => {
            let resource = locks::parse_resource(&resource)?;
            if !dry.dry_run {
                ctx.confirm(yes, &format!("Break the lock on {resource}?"))?;
            }
            let items = items_context(ctx, &resource)?;
            let auth = authority(ctx, items.as_ref());
            let lock = store.write(dry.dry_run, |tx| {
                locks::break_lock(tx, &auth, &resource, now_us())
            })?;
            Ok(Output::Report {
                text: format!("lock on {} (held by {}) broken", lock.resource, lock.owner),
                doc: json!({"resource": lock.resource, "owner": lock.owner, "broken": true, "dry_run": dry.dry_run}),
            })
        }
    }
}
