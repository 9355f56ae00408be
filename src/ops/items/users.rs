//! User profiles of the items face: a profile makes its name Known to ACLs.

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::rfc3339;
use crate::engine::items::UserRecord;
use crate::error::Result;
use crate::faces::items as face;
use crate::ops::{Actor, Transactions};

/// A user profile as `item users` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UserListed {
    pub name: String,
    pub email: Option<Value>,
    pub aliases: Option<Value>,
    #[serde(rename = "created", serialize_with = "rfc3339")]
    pub created_us: i64,
}

/// Streams every user profile, by name, to `row`.
pub fn users(
    store: &mut impl Transactions,
    row: &mut dyn FnMut(UserListed) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        tx.items()?.users(&mut |u| {
            row(UserListed {
                email: u.profile.get("email").cloned(),
                aliases: u.profile.get("aliases").cloned(),
                name: u.name,
                created_us: u.created_us,
            })
        })
    })
}

/// `item user add NAME [--email E] [--alias A]...`.
#[derive(Debug, Clone)]
pub struct AddUser {
    pub name: String,
    pub email: Option<String>,
    pub aliases: Vec<String>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UserAdded {
    pub name: String,
    pub profile: Map<String, Value>,
    pub dry_run: bool,
}

pub fn add_user(store: &mut impl Transactions, actor: &Actor, req: &AddUser) -> Result<UserAdded> {
    let mut profile = Map::new();
    if let Some(e) = &req.email {
        profile.insert("email".into(), json!(e));
    }
    if !req.aliases.is_empty() {
        profile.insert("aliases".into(), json!(req.aliases));
    }
    let user = store.write(req.dry_run, |tx| {
        face::add_user(tx.items()?, &req.name, profile.clone(), actor.now_us)
    })?;
    Ok(UserAdded {
        name: user.name,
        profile: user.profile,
        dry_run: req.dry_run,
    })
}

/// A user profile as `item user show` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub name: String,
    pub profile: Map<String, Value>,
    #[serde(rename = "created", serialize_with = "rfc3339")]
    pub created_us: i64,
}

impl From<UserRecord> for User {
    fn from(u: UserRecord) -> User {
        User {
            name: u.name,
            profile: u.profile,
            created_us: u.created_us,
        }
    }
}

pub fn show_user(store: &mut impl Transactions, name: &str) -> Result<User> {
    Ok(store.read(|tx| face::show_user(tx.items()?, name))?.into())
}

/// `item user rm NAME`.
#[derive(Debug, Clone)]
pub struct RemoveUser {
    pub name: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserRemoved {
    pub name: String,
    pub removed: bool,
    pub dry_run: bool,
}

pub fn remove_user(store: &mut impl Transactions, req: &RemoveUser) -> Result<UserRemoved> {
    store.write(req.dry_run, |tx| face::remove_user(tx.items()?, &req.name))?;
    Ok(UserRemoved {
        name: req.name.clone(),
        removed: true,
        dry_run: req.dry_run,
    })
}
