//! `storectl lock`: locks held across commands (an editor session).

use crate::output::to_doc;
use std::time::Instant;

use clap::Subcommand;

use super::{Ctx, DryRun, Runner};
use crate::error::Result;
use crate::faces::locks;
use crate::ops::locks::{self as ops, WaitForChange};
use crate::output::{Output, Shape};
use crate::timestamp::{format_rfc3339, parse_duration, parse_duration_us};

/// The ownership rule, at the end of every lock command's help (a macro, for `concat!`).
macro_rules! rule {
    () => {
        "Who may do what: a lock belongs to its owner (--as USER), who alone may renew or \
         release it. Breaking a live lock another owner holds, and taking or releasing a lock for \
         another owner with --owner, needs an administrator of the resource: the ACL admin right \
         on the item for item: locks, a name in [locks] administrators (env \
         STORECTL_LOCKS_ADMINISTRATORS) for session:, namespace:, feed: and node: locks. Any user \
         may break an expired lock. Anonymous users hold no locks and break one only where an ACL gives All \
         the admin right. Exit 77 when not allowed, 75 when another owner holds the lock."
    };
}

#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)
    #[command(after_help = concat!(
        "Example:\n  storectl --as alice lock acquire item:FrontPage --ttl 10m\n\n\
         While alice holds it, other users' changes to FrontPage and its attachments \
         (FrontPage/FILE) fail with exit 75; acquiring it again renews it. A feed:KEY lock also \
         stops adding over or removing the activities KEY holds; a session:UID lock stops every \
         change of the session, session run included; a node:ID lock stops changes of the node \
         and of the comments on it (adding, deleting, voting, moderating) and rename-user.\n\n",
        rule!()
    ))]
    Acquire {
        /// item:NAME, session:UID, namespace:NS, feed:KEY or node:ID (a comment thread)
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

/// A waiting `lock acquire --wait` is woken by the change it waits for: the command's own
/// store's, never a batch's (its open transaction cannot change under it).
impl WaitForChange for Runner<'_> {
    fn wait_for_change(&mut self, until: Instant) -> Result<bool> {
        Runner::wait_for_change(self, until)
    }
}

pub fn run(ctx: &mut Ctx, store: &mut Runner, cmd: LockCommand) -> Result<Output> {
    store.open(&ctx.settings)?;
    let rules = ops::LockRules::from_settings(&ctx.settings);
    let actor = ctx.actor();
    match cmd {
        LockCommand::Acquire {
            resource,
            ttl,
            wait,
            owner,
            dry,
        } => {
            let resource = locks::parse_resource(&resource)?;
            let req = ops::Acquire {
                resource,
                owner,
                ttl_us: ttl
                    .as_deref()
                    .map(|t| parse_duration_us(t, "--ttl"))
                    .transpose()?,
                wait: wait
                    .as_deref()
                    .map(|w| parse_duration(w, "--wait"))
                    .transpose()?,
                dry_run: dry.dry_run,
            };
            let quiet = ctx.settings.quiet;
            let lock = ops::acquire(store, &rules, &actor, &req, &mut |e| {
                if !quiet {
                    eprintln!(
                        "note: {}; waiting up to {}",
                        e.message(),
                        wait.as_deref().unwrap_or_default()
                    );
                }
            })?;
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
                doc: to_doc(&lock)?,
            })
        }
        LockCommand::Release {
            resource,
            owner,
            dry,
        } => {
            let req = ops::Release {
                resource,
                owner,
                dry_run: dry.dry_run,
            };
            let done = ops::release(store, &rules, &actor, &req)?;
            Ok(Output::Report {
                text: format!("{} released", done.resource),
                doc: to_doc(&done)?,
            })
        }
        LockCommand::List => {
            let mut records = ctx.printer.records(
                &["resource", "owner", "acquired", "expires", "expired"],
                Shape::Array,
            );
            ops::list(store, &actor, &mut |lock| records.row(&to_doc(&lock)?))?;
            records.finish()?;
            Ok(Output::Nothing)
        }
        LockCommand::Break { resource, yes, dry } => {
            let resource = locks::parse_resource(&resource)?;
            if !dry.dry_run {
                ctx.confirm(yes, &format!("Break the lock on {resource}?"))?;
            }
            let req = ops::Break {
                resource,
                dry_run: dry.dry_run,
            };
            let done = ops::break_lock(store, &rules, &actor, &req)?;
            Ok(Output::Report {
                text: format!("lock on {} (held by {}) broken", done.resource, done.owner),
                doc: to_doc(&done)?,
            })
        }
    }
}
