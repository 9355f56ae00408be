//! Removing from timelines and activity storage, and following: `feed remove`, `trim`,
//! `delete`, `activity remove`, `gc`, `flush`, `follow`, `unfollow`.

use serde::Serialize;

use super::Policy;
use crate::engine::feeds::FeedId;
use crate::error::Result;
use crate::faces::feeds as face;
use crate::ops::{Actor, Transactions};

// ---------------------------------------------------------------------------------------------
// Removing

/// `feed remove KEY ID...`: absent ids are ignored.
#[derive(Debug, Clone)]
pub struct Remove {
    pub key: String,
    pub ids: Vec<FeedId>,
    pub dry_run: bool,
}

/// What `feed remove` and `feed trim` took out of one timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovedFrom {
    pub key: String,
    pub removed: u64,
    pub dry_run: bool,
}

pub fn remove(store: &mut impl Transactions, actor: &Actor, req: &Remove) -> Result<RemovedFrom> {
    let removed = store.write(req.dry_run, |tx| {
        face::remove(tx, actor.locks(), &req.key, &req.ids)
    })?;
    Ok(RemovedFrom {
        key: req.key.clone(),
        removed,
        dry_run: req.dry_run,
    })
}

/// `feed trim KEY LENGTH`: only the `length` newest entries stay.
#[derive(Debug, Clone)]
pub struct Trim {
    pub key: String,
    pub length: u64,
    pub dry_run: bool,
}

pub fn trim(store: &mut impl Transactions, actor: &Actor, req: &Trim) -> Result<RemovedFrom> {
    let removed = store.write(req.dry_run, |tx| {
        face::trim(tx, actor.locks(), &req.key, req.length)
    })?;
    Ok(RemovedFrom {
        key: req.key.clone(),
        removed,
        dry_run: req.dry_run,
    })
}

/// `feed delete KEY`: the timeline goes; its activities stay in activity storage. A missing
/// timeline is no error (`deleted: false`), as Redis's DEL of a missing key.
#[derive(Debug, Clone)]
pub struct Delete {
    pub key: String,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deleted {
    pub key: String,
    pub deleted: bool,
    /// Entries the timeline held.
    pub entries: u64,
    pub dry_run: bool,
}

pub fn delete(store: &mut impl Transactions, actor: &Actor, req: &Delete) -> Result<Deleted> {
    let entries = store.write(req.dry_run, |tx| face::delete(tx, actor.locks(), &req.key))?;
    Ok(Deleted {
        key: req.key.clone(),
        deleted: entries.is_some(),
        entries: entries.unwrap_or(0),
        dry_run: req.dry_run,
    })
}

/// `feed activity remove ID...` and `feed gc`: how many activities left activity storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    pub removed: u64,
    pub dry_run: bool,
}

/// `feed activity remove ID...`: timelines keep the ids (slices show them missing).
#[derive(Debug, Clone)]
pub struct RemoveActivities {
    pub ids: Vec<FeedId>,
    pub dry_run: bool,
}

pub fn remove_activities(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &RemoveActivities,
) -> Result<Removed> {
    let removed = store.write(req.dry_run, |tx| {
        face::remove_activities(tx, actor.locks(), &req.ids)
    })?;
    Ok(Removed {
        removed,
        dry_run: req.dry_run,
    })
}

/// `feed gc`: removes the activities no timeline holds.
pub fn gc(store: &mut impl Transactions, actor: &Actor, dry_run: bool) -> Result<Removed> {
    let removed = store.write(dry_run, |tx| face::gc(tx, actor.locks()))?;
    Ok(Removed { removed, dry_run })
}

/// `feed flush`: every timeline and every activity. Confirmation is the caller's.
pub fn flush(store: &mut impl Transactions, actor: &Actor, dry_run: bool) -> Result<Flushed> {
    let (timelines, activities) = store.write(dry_run, |tx| face::flush(tx, actor.locks()))?;
    Ok(Flushed {
        timelines,
        activities,
        dry_run,
    })
}

/// `feed activity flush`: every activity; timelines keep their ids (slices show them missing).
/// Confirmation is the caller's.
pub fn flush_activities(
    store: &mut impl Transactions,
    actor: &Actor,
    dry_run: bool,
) -> Result<Removed> {
    let removed = store.write(dry_run, |tx| face::flush_activities(tx, actor.locks()))?;
    Ok(Removed { removed, dry_run })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flushed {
    pub timelines: u64,
    pub activities: u64,
    pub dry_run: bool,
}

// ---------------------------------------------------------------------------------------------
// Following

/// `feed follow FOLLOWER SOURCE --limit N`.
#[derive(Debug, Clone)]
pub struct Follow {
    pub follower: String,
    pub source: String,
    /// How many of the source's newest entries to copy.
    pub limit: u64,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Followed {
    pub follower: String,
    pub source: String,
    pub added: u64,
    pub dry_run: bool,
}

/// The newest `limit` ids of the source go into the follower's timeline, capped.
pub fn follow(
    store: &mut impl Transactions,
    actor: &Actor,
    policy: &Policy,
    req: &Follow,
) -> Result<Followed> {
    let added = store.write(req.dry_run, |tx| {
        face::follow(
            tx,
            actor.locks(),
            &req.follower,
            &req.source,
            req.limit,
            &policy.caps,
        )
    })?;
    Ok(Followed {
        follower: req.follower.clone(),
        source: req.source.clone(),
        added,
        dry_run: req.dry_run,
    })
}

/// `feed unfollow FOLLOWER --actor A...`.
#[derive(Debug, Clone)]
pub struct Unfollow {
    pub follower: String,
    pub actors: Vec<i64>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unfollowed {
    pub follower: String,
    pub removed: u64,
    pub dry_run: bool,
}

/// Entries whose activity's actor is one of `actors` leave the follower's timeline.
pub fn unfollow(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &Unfollow,
) -> Result<Unfollowed> {
    let removed = store.write(req.dry_run, |tx| {
        face::unfollow(tx, actor.locks(), &req.follower, &req.actors)
    })?;
    Ok(Unfollowed {
        follower: req.follower.clone(),
        removed,
        dry_run: req.dry_run,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::testing::*;
    use super::super::*;
    use crate::error::{Kind, Result};
    use crate::ops::Actor;

    #[test]
    fn timeline_changes_report_what_they_removed_and_dry_runs_write_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let actor = Actor::new(None);
        for i in 1..=4 {
            add(
                &mut store,
                &actor,
                &policy,
                &add_req(&["user:1", "user:2"], i),
            )
            .unwrap();
        }
        let before = snapshot(&mut store, &policy);

        let remove_req = Remove {
            key: "user:1".into(),
            ids: vec![id(1), id(9)],
            dry_run: true,
        };
        let trim_req = Trim {
            key: "user:1".into(),
            length: 1,
            dry_run: true,
        };
        let delete_req = Delete {
            key: "user:2".into(),
            dry_run: true,
        };
        let follow_req = Follow {
            follower: "f:1".into(),
            source: "user:1".into(),
            limit: 3,
            dry_run: true,
        };
        let unfollow_req = Unfollow {
            follower: "user:2".into(),
            actors: vec![2, 3],
            dry_run: true,
        };
        let remove_activities_req = RemoveActivities {
            ids: vec![id(4)],
            dry_run: true,
        };
        // Dry runs: the same results as the real thing, nothing written.
        let would = (
            remove(&mut store, &actor, &remove_req).unwrap(),
            trim(&mut store, &actor, &trim_req).unwrap(),
            delete(&mut store, &actor, &delete_req).unwrap(),
            follow(&mut store, &actor, &policy, &follow_req).unwrap(),
            unfollow(&mut store, &actor, &unfollow_req).unwrap(),
            remove_activities(&mut store, &actor, &remove_activities_req).unwrap(),
        );
        assert_eq!(snapshot(&mut store, &policy), before);
        assert_eq!(
            serde_json::to_string(&would.0).unwrap(),
            r#"{"key":"user:1","removed":1,"dry_run":true}"#
        );
        assert_eq!(would.1.removed, 3);
        assert_eq!(
            serde_json::to_string(&would.2).unwrap(),
            r#"{"key":"user:2","deleted":true,"entries":4,"dry_run":true}"#
        );
        assert_eq!(
            serde_json::to_string(&would.3).unwrap(),
            r#"{"follower":"f:1","source":"user:1","added":3,"dry_run":true}"#
        );
        assert_eq!(
            serde_json::to_string(&would.4).unwrap(),
            r#"{"follower":"user:2","removed":2,"dry_run":true}"#
        );
        assert_eq!(
            would.5,
            Removed {
                removed: 1,
                dry_run: true
            }
        );

        assert_eq!(
            remove(
                &mut store,
                &actor,
                &Remove {
                    dry_run: false,
                    ..remove_req
                }
            )
            .unwrap()
            .removed,
            1
        );
        assert_eq!(
            trim(
                &mut store,
                &actor,
                &Trim {
                    dry_run: false,
                    ..trim_req
                }
            )
            .unwrap()
            .removed,
            2
        );
        assert_eq!(
            ids_of(&mut store, &policy, "user:1"),
            vec![face::format_id(id(4))]
        );
        assert_eq!(
            follow(
                &mut store,
                &actor,
                &policy,
                &Follow {
                    dry_run: false,
                    ..follow_req
                }
            )
            .unwrap()
            .added,
            1
        );
        assert_eq!(
            unfollow(
                &mut store,
                &actor,
                &Unfollow {
                    dry_run: false,
                    ..unfollow_req
                }
            )
            .unwrap()
            .removed,
            2
        );
        assert_eq!(
            ids_of(&mut store, &policy, "user:2"),
            vec![face::format_id(id(4)), face::format_id(id(1))]
        );
        let gone = RemoveActivities {
            dry_run: false,
            ..remove_activities_req
        };
        assert_eq!(
            remove_activities(&mut store, &actor, &gone)
                .unwrap()
                .removed,
            1
        );
        // The timelines keep the id; a slice shows it missing.
        let req = Slice {
            key: "f:1".into(),
            query: SliceQuery::default(),
        };
        assert_eq!(
            serde_json::to_value(slice(&mut store, &policy, &req).unwrap()).unwrap(),
            json!([{"id": face::format_id(id(4)), "missing": true}])
        );
        assert_eq!(
            delete(
                &mut store,
                &actor,
                &Delete {
                    dry_run: false,
                    ..delete_req
                }
            )
            .unwrap()
            .entries,
            2
        );
        // Deleting it again is no error, and says nothing was deleted (Redis's DEL).
        let again = delete(
            &mut store,
            &actor,
            &Delete {
                key: "user:2".into(),
                dry_run: false,
            },
        )
        .unwrap();
        assert!(!again.deleted);
    }

    #[test]
    fn another_owners_feed_lock_refuses_every_change_and_leaves_the_store_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let policy = policy(&dir);
        let bob = Actor::new(Some("bob"));
        for i in 1..=2 {
            add(
                &mut store,
                &bob,
                &policy,
                &add_req(&["user:1", "user:2"], i),
            )
            .unwrap();
        }
        lock_feed(&mut store, &bob, "user:1");
        let before = snapshot(&mut store, &policy);

        let alice = Actor::new(Some("alice"));
        let busy = |r: Result<()>| {
            let err = r.unwrap_err();
            assert_eq!(err.kind(), Kind::Busy, "{}", err.message());
        };
        let one = vec!["user:1".to_string()];
        busy(add(&mut store, &alice, &policy, &add_req(&["user:1"], 3)).map(drop));
        let req = AddMany {
            keys: one.clone(),
            batch_size: Some(1),
            dry_run: false,
        };
        busy(
            add_many(
                &mut store,
                &alice,
                &policy,
                &req,
                &mut records(&[activity(3)]),
            )
            .map(drop),
        );
        // Activity storage is shared: overwriting what the locked timeline shows is a change.
        let req = AddActivities {
            batch_size: None,
            dry_run: false,
        };
        busy(
            add_activities(
                &mut store,
                &alice,
                &policy,
                &req,
                &mut records(&[activity(1)]),
            )
            .map(drop),
        );
        let ids = vec![id(1)];
        busy(
            remove(
                &mut store,
                &alice,
                &Remove {
                    key: one[0].clone(),
                    ids: ids.clone(),
                    dry_run: false,
                },
            )
            .map(drop),
        );
        busy(
            trim(
                &mut store,
                &alice,
                &Trim {
                    key: one[0].clone(),
                    length: 0,
                    dry_run: false,
                },
            )
            .map(drop),
        );
        busy(
            delete(
                &mut store,
                &alice,
                &Delete {
                    key: one[0].clone(),
                    dry_run: false,
                },
            )
            .map(drop),
        );
        busy(
            remove_activities(
                &mut store,
                &alice,
                &RemoveActivities {
                    ids,
                    dry_run: false,
                },
            )
            .map(drop),
        );
        busy(flush(&mut store, &alice, false).map(drop));
        let req = Follow {
            follower: one[0].clone(),
            source: "user:2".into(),
            limit: 5,
            dry_run: false,
        };
        busy(follow(&mut store, &alice, &policy, &req).map(drop));
        let req = Unfollow {
            follower: one[0].clone(),
            actors: vec![1],
            dry_run: false,
        };
        busy(unfollow(&mut store, &alice, &req).map(drop));
        assert_eq!(snapshot(&mut store, &policy), before);

        // Its owner changes it; other timelines stay open to everyone.
        assert_eq!(
            trim(
                &mut store,
                &bob,
                &Trim {
                    key: one[0].clone(),
                    length: 1,
                    dry_run: false
                }
            )
            .unwrap()
            .removed,
            1
        );
        assert_eq!(
            trim(
                &mut store,
                &alice,
                &Trim {
                    key: "user:2".into(),
                    length: 1,
                    dry_run: false
                }
            )
            .unwrap()
            .removed,
            1
        );
    }
}
