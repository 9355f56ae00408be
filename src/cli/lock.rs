//! `storectl lock`: locks held across commands (an editor session).

use std::time::{Duration, Instant};

use clap::Subcommand;
use serde_json::json;

use super::{Ctx, DryRun, Runner};
use crate::engine::items::LockRecord;
use crate::error::{Error, Kind, Result};
use crate::faces::locks;
use crate::output::{Output, Shape};
use crate::timestamp::{format_rfc3339, now_us, parse_duration};

#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY)
    #[command(
        after_help = "Example:\n  storectl --as alice lock acquire item:FrontPage --ttl 10m\n\n\
                            While alice holds it, other users' changes to FrontPage fail with exit 75."
    )]
    Acquire {
        /// item:NAME, session:UID, namespace:NS or feed:KEY
        resource: String,
        /// How long the lock holds (e.g. 30s, 10m, 2h); default: until released
        #[arg(long, value_name = "DURATION")]
        ttl: Option<String>,
        /// Wait up to DURATION for another owner's lock to go, instead of failing at once
        #[arg(long, value_name = "DURATION")]
        wait: Option<String>,
        /// The owner (default: --as USER)
        #[arg(long)]
        owner: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Release your lock
    Release {
        /// The locked resource
        resource: String,
        /// The owner (default: --as USER)
        #[arg(long)]
        owner: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Every lock, with its owner and expiry
    List,
    /// Remove a lock whoever holds it
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
        .ok_or_else(|| Error::usage("a lock needs an owner").hint("give --as USER or --owner NAME"))
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
                .map(|t| parse_duration(t, "--ttl").map(|d| d.as_micros() as i64))
                .transpose()?;
            let deadline = wait
                .as_deref()
                .map(|w| parse_duration(w, "--wait"))
                .transpose()?
                .map(|d| Instant::now() + d);
            let lock = loop {
                let attempt = store.write(dry.dry_run, |tx| {
                    locks::acquire(tx.locks()?, &resource, &owner, ttl_us, now_us())
                });
                match attempt {
                    Err(e)
                        if e.kind() == Kind::Busy
                            && deadline.is_some_and(|d| Instant::now() < d) =>
                    {
                        std::thread::sleep(Duration::from_millis(200));
                    }
                    other => break other?,
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
            let owner = owner(ctx, given)?;
            store.write(dry.dry_run, |tx| {
                locks::release(tx.locks()?, &resource, &owner, now_us())
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
            if !dry.dry_run {
                ctx.confirm(yes, &format!("Break the lock on {resource}?"))?;
            }
            let lock = store.write(dry.dry_run, |tx| locks::break_lock(tx.locks()?, &resource))?;
            Ok(Output::Report {
                text: format!("lock on {} (held by {}) broken", lock.resource, lock.owner),
                doc: json!({"resource": lock.resource, "owner": lock.owner, "broken": true, "dry_run": dry.dry_run}),
            })
        }
    }
}
