//! Items face (seed 004, the MoinMoin storage design): revisioned items with data and metadata,
//! processing instructions, MoinMoin ACLs on every command, locks, edit-log and query.
//!
//! Functions that change items take the whole transaction, so that the lock check and the change
//! happen in the same transaction.

use std::cell::RefCell;
use std::collections::HashMap;

use serde_json::{json, Map, Value};

use crate::engine::items::{
    ItemKind, ItemQuery, ItemRecord, ItemStorage, NewRevision, RevisionRecord, UserRecord,
};
use crate::engine::Transaction;
use crate::error::{Error, Fix, Result};
use crate::faces::acl::{self, AclConfig, Directory, Right, Subject};
use crate::faces::locks;
pub use crate::items_model::instructions::default_mimetype;
pub use crate::items_model::{
    parse_instructions, Instructions, RevisionMeta, RESERVED_META_KEYS, RESERVED_META_PREFIX,
};

/// Who acts, with which rules, at what time.
#[derive(Debug, Clone)]
pub struct ItemContext {
    pub acl: AclConfig,
    pub enforce: bool,
    pub user: Option<String>,
    pub now_us: i64,
}

impl ItemContext {
    fn who(&self) -> String {
        self.user
            .clone()
            .unwrap_or_else(|| "an anonymous user".to_string())
    }
}

// ---------------------------------------------------------------------------------------------
// Names and processing instructions

/// An item name: non-empty UTF-8 without control characters, no empty path segment.
pub fn validate_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::bad_input("empty item name"));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(Error::bad_input(format!(
            "item name {name:?} contains the control character U+{:04X}",
            c as u32
        )));
    }
    if name.starts_with('/') || name.ends_with('/') || name.contains("//") {
        return Err(Error::bad_input(format!(
            "item name {name:?} has an empty part between slashes"
        )));
    }
    // An attachment's last part is a file name in moin's data dir, where `.` and `..` name
    // directories; no part may be one, so that no name can ever mean another place.
    if let Some(part) = name.split('/').find(|p| matches!(*p, "." | "..")) {
        return Err(Error::bad_input(format!(
            "item name {name:?} has the part {part:?}, which names a directory, not an item"
        ))
        .hint("choose a name whose parts between slashes are not \".\" or \"..\""));
    }
    Ok(())
}

/// Fails with exit 65 when `key` is one storectl fills itself ([`RESERVED_META_KEYS`]).
pub fn check_meta_key(key: &str, option: &str) -> Result<()> {
    if RESERVED_META_KEYS.contains(&key) || key.starts_with(RESERVED_META_PREFIX) {
        return Err(Error::bad_input(format!(
            "metadata key {key:?} is reserved: storectl sets it itself, so {option} may not"
        ))
        .hint(Fix::ReservedMetaKey));
    }
    Ok(())
}

/// The page whose ACL governs an item: an attachment `Page/file` belongs to `Page`.
fn acl_page(name: &str, kind: ItemKind) -> &str {
    match kind {
        ItemKind::Attachment => name.rsplit_once('/').map_or(name, |(page, _)| page),
        ItemKind::Page => name,
    }
}

// ---------------------------------------------------------------------------------------------
// ACL checks

/// Known users and group pages, read from the store on demand and cached for the command.
struct StoreDirectory<'s> {
    store: RefCell<&'s mut dyn ItemStorage>,
    known: RefCell<&'s mut HashMap<String, bool>>,
    groups: RefCell<&'s mut HashMap<String, Option<Vec<String>>>>,
    error: RefCell<Option<Error>>,
}

impl Directory for StoreDirectory<'_> {
    fn is_known(&self, user: &str) -> bool {
        if let Some(k) = self.known.borrow().get(user) {
            return *k;
        }
        let known = match self.store.borrow_mut().user(user) {
            Ok(u) => u.is_some(),
            Err(e) => {
                self.error.borrow_mut().get_or_insert(e);
                false
            }
        };
        self.known.borrow_mut().insert(user.to_string(), known);
        known
    }

    fn group_members(&self, group: &str) -> Option<Vec<String>> {
        if let Some(members) = self.groups.borrow().get(group) {
            return members.clone();
        }
        let members = (|| -> Result<Option<Vec<String>>> {
            let mut store = self.store.borrow_mut();
            let Some(item) = store.item(group)? else {
                return Ok(None);
            };
            if item.deleted || item.kind != ItemKind::Page {
                return Ok(None);
            }
            let data = store.data(group, item.current)?.unwrap_or_default();
            Ok(Some(acl::parse_group_members(&String::from_utf8_lossy(
                &data,
            ))))
        })();
        let members = match members {
            Ok(m) => m,
            Err(e) => {
                self.error.borrow_mut().get_or_insert(e);
                None
            }
        };
        self.groups
            .borrow_mut()
            .insert(group.to_string(), members.clone());
        members
    }
}

/// ACL decisions for one command, with what they read cached.
#[derive(Default)]
pub struct Gate {
    page_acls: HashMap<String, Option<String>>,
    known: HashMap<String, bool>,
    groups: HashMap<String, Option<Vec<String>>>,
}

impl Gate {
    /// The pages whose ACLs a decision on `page` may read: itself, and its parents when
    /// hierarchic.
    fn prefetch(
        &mut self,
        store: &mut dyn ItemStorage,
        ctx: &ItemContext,
        page: &str,
        known_acl: Option<&ItemRecord>,
    ) -> Result<()> {
        if let Some(item) = known_acl.filter(|i| i.name == page) {
            self.page_acls
                .entry(page.to_string())
                .or_insert_with(|| item.acl.clone());
        }
        let mut names = vec![page.to_string()];
        if ctx.acl.hierarchic {
            let mut p = page;
            while let Some((parent, _)) = p.rsplit_once('/') {
                names.push(parent.to_string());
                p = parent;
            }
        }
        for name in names {
            if let std::collections::hash_map::Entry::Vacant(slot) = self.page_acls.entry(name) {
                let acl = store.item(slot.key())?.and_then(|i| i.acl);
                slot.insert(acl);
            }
        }
        Ok(())
    }

    /// Whether the context's user has `right` on the item.
    pub fn may(
        &mut self,
        store: &mut dyn ItemStorage,
        ctx: &ItemContext,
        name: &str,
        kind: ItemKind,
        record: Option<&ItemRecord>,
        right: Right,
    ) -> Result<bool> {
        if !ctx.enforce {
            return Ok(true);
        }
        let page = acl_page(name, kind).to_string();
        self.prefetch(store, ctx, &page, record)?;
        let page_acls = &self.page_acls;
        let directory = StoreDirectory {
            store: RefCell::new(store),
            known: RefCell::new(&mut self.known),
            groups: RefCell::new(&mut self.groups),
            error: RefCell::new(None),
        };
        let subject = Subject {
            user: ctx.user.as_deref(),
        };
        let allowed = acl::may(
            &ctx.acl,
            &directory,
            &page,
            &mut |p: &str| -> std::result::Result<Option<String>, Error> {
                Ok(page_acls.get(p).cloned().flatten())
            },
            &subject,
            right,
        )?;
        if let Some(e) = directory.error.into_inner() {
            return Err(e);
        }
        Ok(allowed)
    }

    /// Fails with exit 77 unless the user has `right` on the item.
    pub fn require(
        &mut self,
        store: &mut dyn ItemStorage,
        ctx: &ItemContext,
        name: &str,
        kind: ItemKind,
        record: Option<&ItemRecord>,
        right: Right,
    ) -> Result<()> {
        if self.may(store, ctx, name, kind, record, right)? {
            return Ok(());
        }
        Err(Error::denied(format!(
            "permission denied: {} may not {} {name:?}",
            ctx.who(),
            right.name()
        ))
        .hint(Fix::SeeAclOrActAsAnother))
    }
}

/// Whether the context's user has the `admin` right on item `name`, which need not exist (a
/// new item's ACL then decides): who administers the item's lock.
pub fn may_administer(store: &mut dyn ItemStorage, ctx: &ItemContext, name: &str) -> Result<bool> {
    let item = store.item(name)?;
    let kind = item.as_ref().map_or(ItemKind::Page, |i| i.kind);
    Gate::default().may(store, ctx, name, kind, item.as_ref(), Right::Admin)
}

fn item_not_found(name: &str) -> Error {
    Error::not_found(format!("item {name:?} not found")).hint(Fix::ListItems)
}

/// The item, which must exist (deleted or not).
fn existing(store: &mut dyn ItemStorage, name: &str) -> Result<ItemRecord> {
    store.item(name)?.ok_or_else(|| item_not_found(name))
}

// ---------------------------------------------------------------------------------------------
// Reading

/// An item's revision as `item show` prints it.
pub struct Shown {
    pub item: ItemRecord,
    pub revision: RevisionRecord,
    pub data: Option<Vec<u8>>,
}

/// The full metadata of a revision, as shown: the stored keys plus the fixed ones.
pub fn revision_metadata(r: &RevisionRecord) -> Map<String, Value> {
    let mut meta = r.meta.to_map();
    meta.insert("mtime".into(), json!(r.mtime_us));
    meta.insert("action".into(), json!(r.action));
    meta.insert("deleted".into(), json!(r.deleted));
    meta
}

/// Which revision to read: the current one, or `rev`, which must exist.
fn pick_revision(
    store: &mut dyn ItemStorage,
    item: &ItemRecord,
    rev: Option<u64>,
) -> Result<RevisionRecord> {
    let revno = rev.unwrap_or(item.current);
    store.revision(&item.name, revno)?.ok_or_else(|| {
        Error::not_found(format!("item {:?} has no revision {revno}", item.name)).hint(
            Fix::ListRevisions {
                item: item.name.clone(),
            },
        )
    })
}

pub fn show(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    name: &str,
    rev: Option<u64>,
    with_data: bool,
) -> Result<Shown> {
    let item = existing(store, name)?;
    Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Read)?;
    let mut revision = pick_revision(store, &item, rev)?;
    UserNames::read(store)?.annotate(&mut revision);
    let data = if with_data {
        store.data(name, revision.revno)?
    } else {
        None
    };
    Ok(Shown {
        item,
        revision,
        data,
    })
}

/// Checks read access and the revision, for streaming its data with `write_data`.
pub fn open_raw(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    name: &str,
    rev: Option<u64>,
) -> Result<u64> {
    let item = existing(store, name)?;
    Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Read)?;
    let revision = pick_revision(store, &item, rev)?;
    if revision.deleted {
        return Err(Error::not_found(format!(
            "item {name:?} revision {} is a deletion: it has no data",
            revision.revno
        )));
    }
    Ok(revision.revno)
}

pub fn history(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    name: &str,
    f: &mut dyn FnMut(RevisionRecord) -> Result<()>,
) -> Result<()> {
    let item = existing(store, name)?;
    Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Read)?;
    let names = UserNames::read(store)?;
    store.revisions(name, &mut |mut r| {
        names.annotate(&mut r);
        f(r)
    })
}

/// Who made a revision, by name: moin logs a user by the id of their profile
/// (`1346807238.23.43355`), which tells a reader nothing. The profiles `migrate moin16 --users`
/// imported (or the live data dir's `user/`) map ids to names.
struct UserNames(HashMap<String, String>);

impl UserNames {
    fn read(store: &mut dyn ItemStorage) -> Result<UserNames> {
        let mut names = HashMap::new();
        store.users(&mut |u| {
            if let Some(id) = u.profile.get("moin_id").and_then(Value::as_str) {
                names.insert(id.to_string(), u.name.clone());
            }
            Ok(())
        })?;
        Ok(UserNames(names))
    }

    /// Sets the computed (never stored) `user_name` of a revision: the profile's name for a
    /// moin user id, the `userid` itself when it is a storectl name, null for an id no profile
    /// maps (a deleted moin account) or no user.
    fn annotate(&self, r: &mut RevisionRecord) {
        let id = RevisionMeta::text(&r.meta.userid);
        let name = match self.0.get(id) {
            Some(name) => Some(name.clone()),
            None if id.is_empty() || crate::moin16::is_user_id(id) => None,
            None => Some(id.to_string()),
        };
        r.meta.user_name = Some(name);
    }
}

/// The query interface; items the user may not read are left out silently.
pub fn list(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    query: &ItemQuery,
    meta: &[(String, Value)],
    f: &mut dyn FnMut(ItemRecord) -> Result<()>,
) -> Result<()> {
    let mut found = Vec::new();
    store.items(query, &mut |item| {
        if meta.iter().all(|(k, v)| item.meta.get(k) == Some(v)) {
            found.push(item);
        }
        Ok(())
    })?;
    let mut gate = Gate::default();
    for item in found {
        if gate.may(store, ctx, &item.name, item.kind, Some(&item), Right::Read)? {
            f(item)?;
        }
    }
    Ok(())
}

/// The edit-log, of one item or of all (newest first); lines of unreadable items are left out.
pub fn log(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    name: Option<&str>,
    since_us: Option<i64>,
    limit: Option<u64>,
    f: &mut dyn FnMut(&str, RevisionRecord) -> Result<()>,
) -> Result<()> {
    let mut lines: Vec<(String, RevisionRecord)> = Vec::new();
    match name {
        Some(name) => {
            let item = existing(store, name)?;
            Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Read)?;
            store.revisions(name, &mut |r| {
                if since_us.is_none_or(|s| r.mtime_us >= s) {
                    lines.push((name.to_string(), r));
                }
                Ok(())
            })?;
        }
        None => store.log(since_us, &mut |item, r| {
            lines.push((item.to_string(), r));
            Ok(true)
        })?,
    }
    let mut gate = Gate::default();
    let mut readable: HashMap<String, bool> = HashMap::new();
    let mut emitted = 0u64;
    let names = UserNames::read(store)?;
    for (item, mut r) in lines {
        if limit.is_some_and(|l| emitted >= l) {
            break;
        }
        let ok = match readable.get(&item) {
            Some(ok) => *ok,
            None => {
                let ok = match store.item(&item)? {
                    Some(record) => {
                        gate.may(store, ctx, &item, record.kind, Some(&record), Right::Read)?
                    }
                    None => false,
                };
                readable.insert(item.clone(), ok);
                ok
            }
        };
        if ok {
            names.annotate(&mut r);
            f(&item, r)?;
            emitted += 1;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Options of `item put`.
#[derive(Debug, Clone, Default)]
pub struct PutOptions {
    pub comment: Option<String>,
    pub meta: Vec<(String, Value)>,
    pub mimetype: Option<String>,
    pub rev_expected: Option<u64>,
    /// For a new item; an existing one keeps its kind.
    pub kind: Option<ItemKind>,
}

/// What a change did.
#[derive(Debug, Clone)]
pub struct Saved {
    pub name: String,
    pub revision: u64,
    pub action: String,
}

fn base_meta(ctx: &ItemContext, comment: Option<&str>) -> RevisionMeta {
    RevisionMeta::edit(ctx.user.as_deref().unwrap_or(""), comment.unwrap_or(""))
}

fn lock_resource(name: &str) -> String {
    format!("item:{name}")
}

/// The lock check of the items face: every changing function calls it, in its transaction,
/// with every item it changes (or creates, or moves something onto), before it changes any.
///
/// A change of an item stops (exit 75) when another owner holds an unexpired lock on
/// `item:NAME`, or, for an attachment `Page/file`, on `item:Page`: in moin's layout an
/// attachment is a file in its page's directory, which moves and goes with the page (`rename`,
/// `destroy`), so a lock on the page (an editor session) keeps the whole directory as its owner
/// sees it. A lock on an attachment covers that attachment; a subpage (`Page/Sub`, a page) is
/// an item of its own.
fn ensure_unlocked(
    tx: &mut dyn Transaction,
    ctx: &ItemContext,
    changed: &[(&str, ItemKind)],
) -> Result<()> {
    let mut resources = Vec::new();
    for (name, kind) in changed {
        resources.push(lock_resource(name));
        if *kind == ItemKind::Attachment {
            let page = acl_page(name, *kind);
            if page != *name {
                resources.push(lock_resource(page));
            }
        }
    }
    resources.dedup();
    locks::ensure_free(tx, &resources, ctx.user.as_deref(), ctx.now_us)
}

/// Writes a revision with data, deriving ACL, format and search text from a page's text.
#[allow(clippy::too_many_arguments)]
fn save(
    store: &mut dyn ItemStorage,
    name: &str,
    kind: ItemKind,
    revno: u64,
    data: &[u8],
    action: &str,
    mut meta: RevisionMeta,
    mimetype: Option<String>,
    now_us: i64,
) -> Result<()> {
    let text = std::str::from_utf8(data).ok();
    let instructions = match (kind, text) {
        (ItemKind::Page, Some(t)) => parse_instructions(t),
        _ => Instructions::default(),
    };
    meta.size = Some(data.len() as u64);
    meta.mimetype = Some(mimetype.unwrap_or_else(|| default_mimetype(name, kind, &instructions)));
    meta.acl = Some(instructions.acl.clone());
    meta.format.clone_from(&instructions.format);
    meta.language.clone_from(&instructions.language);
    let search_text = match kind {
        ItemKind::Page => text,
        ItemKind::Attachment => None,
    };
    store.put_revision(
        name,
        kind,
        &NewRevision {
            revision: RevisionRecord {
                revno,
                mtime_us: now_us,
                action: action.to_string(),
                deleted: false,
                meta,
            },
            data: Some(data),
            acl: instructions.acl,
            search_text,
        },
    )
}

/// `item put`: a new revision. A page's text must be UTF-8; changing its `#acl` needs `admin`.
pub fn put(
    tx: &mut dyn Transaction,
    ctx: &ItemContext,
    name: &str,
    data: &[u8],
    opts: &PutOptions,
) -> Result<Saved> {
    validate_name(name)?;
    for (k, _) in &opts.meta {
        check_meta_key(k, "--meta")?;
    }
    let item = tx.items()?.item(name)?;
    let kind = item
        .as_ref()
        .map(|i| i.kind)
        .or(opts.kind)
        .unwrap_or(ItemKind::Page);
    ensure_unlocked(tx, ctx, &[(name, kind)])?;
    let store = tx.items()?;
    let current = item.as_ref().map_or(0, |i| i.current);
    if let Some(expected) = opts.rev_expected {
        if expected != current {
            return Err(Error::conflict(format!(
                "item {name:?} is at revision {current}, not {expected}; nothing was written"
            ))
            .hint(Fix::RetryWithExpectedRevision));
        }
    }
    let mut gate = Gate::default();
    gate.require(store, ctx, name, kind, item.as_ref(), Right::Write)?;
    if kind == ItemKind::Page {
        let text = std::str::from_utf8(data).map_err(|e| {
            Error::bad_input(format!(
                "the text of page {name:?} is not UTF-8 (byte {})",
                e.valid_up_to()
            ))
            .hint(Fix::StoreAsAttachment)
        })?;
        let new_acl = parse_instructions(text).acl;
        let old_acl = item.as_ref().and_then(|i| i.acl.clone());
        if new_acl != old_acl && !gate.may(store, ctx, name, kind, item.as_ref(), Right::Admin)? {
            // The default ACL gives `admin` to no one, so a new wiki needs its administrators
            // named before anyone can set an `#acl` line: say where.
            return Err(Error::denied(format!(
                "permission denied: {} may not admin {name:?}",
                ctx.who()
            ))
            .hint(
                "changing a page's #acl line needs the admin right, which the default ACL gives \
                 no one: name administrators in the [acl] rights_before setting, e.g. \
                 STORECTL_ACL_RIGHTS_BEFORE='WikiAdmin:read,write,delete,revert,admin'",
            ));
        }
    }
    let action = match (&item, kind) {
        (_, ItemKind::Attachment) => "ATTNEW",
        (Some(i), _) if !i.deleted => "SAVE",
        _ => "SAVENEW",
    };
    let mut meta = base_meta(ctx, opts.comment.as_deref());
    for (k, v) in &opts.meta {
        meta.user.insert(k.clone(), v.clone());
    }
    save(
        store,
        name,
        kind,
        current + 1,
        data,
        action,
        meta,
        opts.mimetype.clone(),
        ctx.now_us,
    )?;
    // A backend may number differently: moin logs an attachment overwrite as two events.
    let revision = match kind {
        ItemKind::Attachment => store.item(name)?.map_or(current + 1, |i| i.current),
        ItemKind::Page => current + 1,
    };
    Ok(Saved {
        name: name.to_string(),
        revision,
        action: action.to_string(),
    })
}

/// `item delete`: a revision marked deleted, without data; history stays.
pub fn delete(
    tx: &mut dyn Transaction,
    ctx: &ItemContext,
    name: &str,
    comment: Option<&str>,
) -> Result<Saved> {
    let item = existing(tx.items()?, name)?;
    ensure_unlocked(tx, ctx, &[(name, item.kind)])?;
    let store = tx.items()?;
    Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Delete)?;
    if item.deleted {
        return Err(Error::conflict(format!("item {name:?} is already deleted")));
    }
    let action = if item.kind == ItemKind::Attachment {
        "ATTDEL"
    } else {
        "SAVE"
    };
    let mut meta = base_meta(ctx, comment);
    meta.size = Some(0);
    store.put_revision(
        name,
        item.kind,
        &NewRevision {
            revision: RevisionRecord {
                revno: item.current + 1,
                mtime_us: ctx.now_us,
                action: action.to_string(),
                deleted: true,
                meta,
            },
            data: None,
            // moin takes a deleted page's ACL from its latest revision with data.
            acl: item.acl.clone(),
            search_text: None,
        },
    )?;
    Ok(Saved {
        name: name.to_string(),
        revision: item.current + 1,
        action: action.to_string(),
    })
}

/// `item rename`: history (and a page's attachments) move; the new name gets a `SAVE/RENAME`
/// revision with the same data and `extra` = the old name.
pub fn rename(
    tx: &mut dyn Transaction,
    ctx: &ItemContext,
    old: &str,
    new: &str,
    comment: Option<&str>,
) -> Result<Saved> {
    validate_name(new)?;
    let item = existing(tx.items()?, old)?;
    ensure_unlocked(tx, ctx, &[(old, item.kind), (new, item.kind)])?;
    let store = tx.items()?;
    if item.deleted {
        return Err(Error::conflict(format!(
            "item {old:?} is deleted; revive it with `item put` before renaming"
        )));
    }
    if store.item(new)?.is_some() {
        return Err(Error::conflict(format!("item {new:?} already exists"))
            .hint("choose another name, or destroy it first"));
    }
    let mut gate = Gate::default();
    gate.require(store, ctx, old, item.kind, Some(&item), Right::Delete)?;
    gate.require(store, ctx, new, item.kind, None, Right::Write)?;
    let data = store.data(old, item.current)?.unwrap_or_default();
    let mut attachments = Vec::new();
    if item.kind == ItemKind::Page {
        let query = ItemQuery {
            prefix: Some(format!("{old}/")),
            kind: Some(ItemKind::Attachment),
            include_deleted: true,
            ..ItemQuery::default()
        };
        store.items(&query, &mut |a| {
            attachments.push(a.name);
            Ok(())
        })?;
    }
    // Attachments get names too: a bad one left by an older storectl stops the rename here.
    let mut moved_names = Vec::new();
    for a in attachments {
        let to = format!("{new}/{}", &a[old.len() + 1..]);
        validate_name(&to)?;
        moved_names.push((a, to));
    }
    // The attachments move with the page, so other owners' locks on them (or on the names they
    // move to) stop the rename too.
    let moved: Vec<(&str, ItemKind)> = moved_names
        .iter()
        .flat_map(|(a, to)| {
            [
                (a.as_str(), ItemKind::Attachment),
                (to.as_str(), ItemKind::Attachment),
            ]
        })
        .collect();
    ensure_unlocked(tx, ctx, &moved)?;
    let store = tx.items()?;
    store.rename_item(old, new)?;
    for (a, to) in &moved_names {
        store.rename_item(a, to)?;
    }
    let mut meta = base_meta(ctx, comment);
    meta.extra = Some(old.to_string());
    let current = store.item(new)?.map_or(item.current, |i| i.current);
    let mimetype = store.revision(new, current)?.and_then(|r| r.meta.mimetype);
    save(
        store,
        new,
        item.kind,
        current + 1,
        &data,
        "SAVE/RENAME",
        meta,
        mimetype,
        ctx.now_us,
    )?;
    // A lock on the item (an editor session) goes with it, as moin's edit-lock moves with the
    // page directory.
    let locks = tx.locks()?;
    let renamed = std::iter::once((old.to_string(), new.to_string())).chain(moved_names);
    for (from, to) in renamed {
        if let Some(mut lock) = locks.lock(&lock_resource(&from))? {
            locks.remove_lock(&lock.resource)?;
            lock.resource = lock_resource(&to);
            locks.put_lock(&lock)?;
        }
    }
    Ok(Saved {
        name: new.to_string(),
        revision: current + 1,
        action: "SAVE/RENAME".to_string(),
    })
}

/// `item copy`: every revision of SRC (and its attachments) under DST.
pub fn copy(tx: &mut dyn Transaction, ctx: &ItemContext, src: &str, dst: &str) -> Result<Saved> {
    validate_name(dst)?;
    let item = existing(tx.items()?, src)?;
    ensure_unlocked(tx, ctx, &[(dst, item.kind)])?;
    let store = tx.items()?;
    if store.item(dst)?.is_some() {
        return Err(
            Error::conflict(format!("item {dst:?} already exists")).hint("choose another name")
        );
    }
    let mut gate = Gate::default();
    gate.require(store, ctx, src, item.kind, Some(&item), Right::Read)?;
    gate.require(store, ctx, dst, item.kind, None, Right::Write)?;
    let mut copies = Vec::new();
    if item.kind == ItemKind::Page {
        let query = ItemQuery {
            prefix: Some(format!("{src}/")),
            kind: Some(ItemKind::Attachment),
            include_deleted: true,
            ..ItemQuery::default()
        };
        let mut attachments = Vec::new();
        store.items(&query, &mut |a| {
            attachments.push(a.name);
            Ok(())
        })?;
        for a in attachments {
            let to = format!("{dst}/{}", &a[src.len() + 1..]);
            validate_name(&to)?;
            copies.push((a, to));
        }
    }
    // The copies of its attachments are new attachments of DST: another owner's lock on one of
    // their names stops the copy too, before anything is written.
    let created: Vec<(&str, ItemKind)> = copies
        .iter()
        .map(|(_, to)| (to.as_str(), ItemKind::Attachment))
        .collect();
    ensure_unlocked(tx, ctx, &created)?;
    let store = tx.items()?;
    store.copy_item(src, dst)?;
    for (from, to) in &copies {
        store.copy_item(from, to)?;
    }
    Ok(Saved {
        name: dst.to_string(),
        revision: item.current,
        action: "COPY".to_string(),
    })
}

/// `item revert --to N`: a new revision with revision N's data, `SAVE/REVERT`, `extra` = N.
pub fn revert(
    tx: &mut dyn Transaction,
    ctx: &ItemContext,
    name: &str,
    to: u64,
    comment: Option<&str>,
) -> Result<Saved> {
    let item = existing(tx.items()?, name)?;
    ensure_unlocked(tx, ctx, &[(name, item.kind)])?;
    let store = tx.items()?;
    Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Revert)?;
    let target = pick_revision(store, &item, Some(to))?;
    let data = store.data(name, target.revno)?.ok_or_else(|| {
        Error::conflict(format!(
            "revision {to} of {name:?} is a deletion: there is nothing to revert to"
        ))
    })?;
    let mut meta = base_meta(ctx, comment);
    // moin's `revertPage` logs the revision as `%08d`.
    meta.extra = Some(format!("{to:08}"));
    let mimetype = target.meta.mimetype.clone();
    save(
        store,
        name,
        item.kind,
        item.current + 1,
        &data,
        "SAVE/REVERT",
        meta,
        mimetype,
        ctx.now_us,
    )?;
    Ok(Saved {
        name: name.to_string(),
        revision: item.current + 1,
        action: "SAVE/REVERT".to_string(),
    })
}

/// `item destroy`: the item (and a page's attachments) and all history, for good.
pub fn destroy(tx: &mut dyn Transaction, ctx: &ItemContext, name: &str) -> Result<u64> {
    let item = existing(tx.items()?, name)?;
    ensure_unlocked(tx, ctx, &[(name, item.kind)])?;
    let store = tx.items()?;
    Gate::default().require(store, ctx, name, item.kind, Some(&item), Right::Admin)?;
    let mut names = vec![name.to_string()];
    if item.kind == ItemKind::Page {
        let query = ItemQuery {
            prefix: Some(format!("{name}/")),
            kind: Some(ItemKind::Attachment),
            include_deleted: true,
            ..ItemQuery::default()
        };
        store.items(&query, &mut |a| {
            names.push(a.name);
            Ok(())
        })?;
    }
    // Its attachments go too, so other owners' locks on them stop the destroy as well.
    let gone: Vec<(&str, ItemKind)> = names
        .iter()
        .map(|n| (n.as_str(), ItemKind::Attachment))
        .collect();
    ensure_unlocked(tx, ctx, &gone[1..])?;
    let store = tx.items()?;
    for n in &names {
        store.destroy_item(n)?;
    }
    Ok(names.len() as u64)
}

/// `item meta`: item-level metadata (needs `write` to change, `read` to see).
pub fn meta(
    tx: &mut dyn Transaction,
    ctx: &ItemContext,
    name: &str,
    set: &[(String, Value)],
    unset: &[String],
) -> Result<Map<String, Value>> {
    if !set.is_empty() || !unset.is_empty() {
        validate_name(name)?;
    }
    for (k, _) in set {
        check_meta_key(k, "--set")?;
    }
    for k in unset {
        check_meta_key(k, "--unset")?;
    }
    let item = existing(tx.items()?, name)?;
    // A change is a change: another owner's lock on the item stops it, as it stops `put`.
    if !set.is_empty() || !unset.is_empty() {
        ensure_unlocked(tx, ctx, &[(name, item.kind)])?;
    }
    let store = tx.items()?;
    let mut gate = Gate::default();
    gate.require(store, ctx, name, item.kind, Some(&item), Right::Read)?;
    if set.is_empty() && unset.is_empty() {
        return Ok(item.meta);
    }
    gate.require(store, ctx, name, item.kind, Some(&item), Right::Write)?;
    let mut meta = item.meta.clone();
    for (k, v) in set {
        meta.insert(k.clone(), v.clone());
    }
    for k in unset {
        meta.shift_remove(k);
    }
    store.set_item_meta(name, &meta)?;
    Ok(meta)
}

/// The item and its kind for `item acl` and `item can`: an item that does not exist yet is
/// answered for as `new_kind` (what `item put` would create), so that a user can ask what they
/// may do before the first save.
fn item_or_new(
    store: &mut dyn ItemStorage,
    name: &str,
    new_kind: ItemKind,
) -> Result<(Option<ItemRecord>, ItemKind)> {
    validate_name(name)?;
    let item = store.item(name)?;
    let kind = item.as_ref().map_or(new_kind, |i| i.kind);
    Ok((item, kind))
}

/// What `item acl` reports: the ACL that governs an item, the configured ACLs around it, and
/// the user's rights (in moin's order).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AclOf {
    pub name: String,
    /// False for an item that does not exist yet (the rest is what a new one would get).
    pub exists: bool,
    #[serde(serialize_with = "kind_name")]
    pub kind: ItemKind,
    /// The page whose ACL governs the item (an attachment's page).
    pub acl_page: String,
    /// That page's own `#acl` lines; `None` when it has none and the default applies.
    pub acl: Option<String>,
    pub uses_default: bool,
    pub rights_before: String,
    pub rights_default: String,
    pub rights_after: String,
    pub hierarchic: bool,
    pub user: Option<String>,
    pub rights: Vec<&'static str>,
    pub enforced: bool,
}

/// An item kind as JSON: its name.
pub fn kind_name<S: serde::Serializer>(kind: &ItemKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.name())
}

/// `item acl`: the ACL that governs the item, and the user's rights; for an item that does not
/// exist yet, the ACL and rights a new item of `new_kind` would get (`exists: false`).
pub fn acl_of(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    name: &str,
    new_kind: ItemKind,
) -> Result<AclOf> {
    let (item, kind) = item_or_new(store, name, new_kind)?;
    let page = acl_page(name, kind).to_string();
    let own = store.item(&page)?.and_then(|i| i.acl);
    let mut gate = Gate::default();
    let mut rights = Vec::new();
    for right in Right::ALL {
        if gate.may(store, ctx, name, kind, item.as_ref(), right)? {
            rights.push(right.name());
        }
    }
    Ok(AclOf {
        name: name.to_string(),
        exists: item.is_some(),
        kind,
        acl_page: page,
        uses_default: own.is_none(),
        acl: own,
        rights_before: ctx.acl.rights_before.clone(),
        rights_default: ctx.acl.rights_default.clone(),
        rights_after: ctx.acl.rights_after.clone(),
        hierarchic: ctx.acl.hierarchic,
        user: ctx.user.clone(),
        rights,
        enforced: ctx.enforce,
    })
}

/// `item can NAME RIGHT`; for an item that does not exist yet, whether a new item of
/// `new_kind` would grant RIGHT (e.g. `write`: whether `item put` may create it).
pub fn can(
    store: &mut dyn ItemStorage,
    ctx: &ItemContext,
    name: &str,
    right: Right,
    new_kind: ItemKind,
) -> Result<bool> {
    let (item, kind) = item_or_new(store, name, new_kind)?;
    Gate::default().may(store, ctx, name, kind, item.as_ref(), right)
}

// ---------------------------------------------------------------------------------------------
// Users

pub fn validate_username(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::bad_input("empty user name"));
    }
    if name.contains([':', ',']) || name.chars().any(char::is_control) {
        return Err(Error::bad_input(format!(
            "user name {name:?} may not contain ':' or ',' (MoinMoin ACL syntax) or control characters"
        )));
    }
    Ok(())
}

pub fn add_user(
    store: &mut dyn ItemStorage,
    name: &str,
    profile: Map<String, Value>,
    now_us: i64,
) -> Result<UserRecord> {
    validate_username(name)?;
    if store.user(name)?.is_some() {
        return Err(Error::conflict(format!("user {name:?} already exists")));
    }
    let user = UserRecord {
        name: name.to_string(),
        profile,
        created_us: now_us,
    };
    store.put_user(&user)?;
    Ok(user)
}

pub fn show_user(store: &mut dyn ItemStorage, name: &str) -> Result<UserRecord> {
    store
        .user(name)?
        .ok_or_else(|| Error::not_found(format!("user {name:?} not found")).hint(Fix::ListUsers))
}

pub fn remove_user(store: &mut dyn ItemStorage, name: &str) -> Result<()> {
    if !store.remove_user(name)? {
        return Err(Error::not_found(format!("user {name:?} not found")));
    }
    Ok(())
}

pub fn check(store: &mut dyn ItemStorage) -> Result<Vec<String>> {
    store.item_audit()
}

pub fn stats(store: &mut dyn ItemStorage) -> Result<Value> {
    let (items, revisions, blobs, blob_bytes, users) = store.item_totals()?;
    Ok(
        json!({"items": items, "revisions": revisions, "content_blobs": blobs, "content_bytes": blob_bytes, "users": users}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(validate_name("HelpOnEditing/SubPages").is_ok());
        assert!(validate_name("/x").is_err());
        assert!(validate_name("a//b").is_err());
        assert!(validate_name("").is_err());
        for bad in ["Page/..", "Page/.", "..", ".", "../x", "a/./b", "a/../b"] {
            assert!(validate_name(bad).is_err(), "{bad}");
        }
        for good in ["...", ".hidden", "a.b/..c", "Page/x..", "Page/.x"] {
            assert!(validate_name(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn reserved_meta_keys() {
        for key in [
            "userid", "name", "revision", "addr", "moin_dir", "moin_x", "mimetype",
        ] {
            assert!(check_meta_key(key, "--meta").is_err(), "{key}");
        }
        for key in ["reviewed", "owner", "moin", "Userid"] {
            assert!(check_meta_key(key, "--meta").is_ok(), "{key}");
        }
    }
}
