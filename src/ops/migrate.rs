//! `migrate`: bringing data from the systems storectl replaces into the store, as typed
//! requests and reports. See [`crate::ops`] for the pattern.
//!
//! A migration reads its source itself (a data directory is read page by page, a batch of
//! pages per transaction, so memory stays bounded); what it could not import is listed in its
//! report, and the front end decides what a non-empty list means (the CLI: exit 5).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::progress::{ProgressEvent, Stage};
use super::{Actor, Transactions};
use crate::engine::{Store, StoreUrl};
use crate::error::{Error, Fix, Result};
use crate::faces::comments_import::import_websupport;
use crate::faces::items_migrate::{self as face, import_page, import_users, LockedItems, Note};
use crate::moin16::source::{self, GlobalLog};

pub use crate::faces::comments_import::ImportReport;
pub use crate::faces::items_migrate::{MigrationReport, Verification};

/// Pages per transaction: progress survives an interruption, memory stays bounded (about 30 MB
/// on typical wikis), and commits (each an fsync, a search-index flush, a checkpoint) stay few.
const PAGES_PER_BATCH: usize = 1000;

/// `migrate moin16 DATA_DIR [--underlay DIR] [--users]`.
#[derive(Debug, Clone)]
pub struct Moin16 {
    /// The data dir (holding `pages/`), or the wiki directory above it.
    pub data_dir: PathBuf,
    /// A data dir whose pages are imported where `data_dir` has none.
    pub underlay: Option<PathBuf>,
    /// Also import the profiles of `data_dir/user`.
    pub users: bool,
    pub dry_run: bool,
}

/// The data dir itself, or `DIR/data` when DIR is the wiki directory above it.
fn data_dir_of(dir: &Path) -> Result<PathBuf> {
    crate::engine::moin16::locate_data_dir(dir)
}

/// How a migration names a data dir: its canonical path (an import is remembered per source,
/// wherever it is referred to from).
fn label(dir: &Path) -> String {
    std::fs::canonicalize(dir)
        .unwrap_or(dir.to_path_buf())
        .display()
        .to_string()
}

/// Imports a moin 1.6-1.9 data directory into `store` (a sqlite store: a `moin16:` store is
/// the data dir itself). Pages are committed [`PAGES_PER_BATCH`] at a time, so an interrupted
/// run leaves whole batches, and every run imports only what the store does not have yet.
/// Pages another owner has locked are skipped and listed (see [`LockedItems`]).
pub fn moin16(
    store: &mut Store,
    actor: &Actor,
    req: &Moin16,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<MigrationReport> {
    let data = data_dir_of(&req.data_dir)?;
    let detection = crate::engine::moin16::refuse_moin15(&data)?;
    let source = label(&data);
    if let StoreUrl::Moin16(target) = StoreUrl::parse(&store.backend().url())? {
        return Err(Error::usage(format!(
            "migrate moin16 imports into a sqlite store, but the store is the moin data dir {}",
            target.display()
        ))
        .hint(Fix::MigrateIntoSqliteStore));
    }
    let mut report = MigrationReport {
        source: source.clone(),
        moin: detection.explanation(),
        dry_run: req.dry_run,
        ..MigrationReport::default()
    };
    let mut seen = HashSet::new();
    let mut roots = vec![(data.clone(), source.clone())];
    if let Some(u) = &req.underlay {
        let u = data_dir_of(u)?;
        let label = label(&u);
        roots.push((u, label));
    }
    for (root, label) in roots {
        let global = GlobalLog::read(&root);
        if let Some(why) = &global.refused {
            report.skip("edit-log", why.clone());
        }
        let dirs = list_pages(&root)?;
        progress(ProgressEvent::Start {
            stage: Stage::MigratingPages,
            total: Some(dirs.len() as u64),
        });
        for (n, batch) in dirs.chunks(PAGES_PER_BATCH).enumerate() {
            let mut pages = Vec::new();
            for d in batch {
                match source::read_page(d, &global) {
                    Ok(page) if seen.contains(&page.name) => {
                        if label != source {
                            continue; // the data dir's page wins over the underlay's
                        }
                        report.skip(
                            &page.dir_name,
                            format!("another directory already holds page {:?}", page.name),
                        );
                    }
                    Ok(page) => {
                        seen.insert(page.name.clone());
                        for why in &page.skipped {
                            report.skip(&page.dir_name, why.clone());
                        }
                        pages.push(page);
                    }
                    Err(s) if s.junk => report.ignored.push(Note {
                        page: s.dir_name,
                        message: s.reason,
                    }),
                    Err(s) => report.skip(&s.dir_name, s.reason),
                }
            }
            // Counted into a copy, so that a transaction run again counts its pages once.
            report = Transactions::write(store, req.dry_run, |tx| {
                let mut report = report.clone();
                let locked = LockedItems::read(tx, actor.locks())?;
                let items = tx.items()?;
                for page in &pages {
                    import_page(items, &locked, page, &label, &mut report)?;
                }
                Ok(report)
            })?;
            progress(ProgressEvent::Done(
                ((n + 1) * PAGES_PER_BATCH).min(dirs.len()) as u64,
            ));
        }
        progress(ProgressEvent::Finish);
        // Kept byte for byte: `export moin16` writes back every line, in its order.
        Transactions::write(store, req.dry_run, |tx| {
            tx.items()?
                .put_moin_global_log(&label, global.bytes.as_deref())
        })?;
    }
    if req.users {
        let user_dir = data.join("user");
        let link = std::fs::symlink_metadata(&user_dir).is_ok_and(|m| m.file_type().is_symlink());
        if link {
            report.skip(
                "user",
                format!(
                    "{}: no profile is imported",
                    crate::moin16::confined::symlink_error(&user_dir)
                ),
            );
        } else if user_dir.is_dir() {
            let directory = crate::moin16::UserDirectory::read(&user_dir).map_err(|e| {
                Error::input_missing(format!("cannot read {}: {e}", user_dir.display()))
            })?;
            for (file, why) in &directory.unreadable {
                report.skip(&format!("user/{file}"), why.clone());
            }
            let profiles: Vec<(String, crate::moin16::UserProfile)> = directory
                .profiles
                .iter()
                .map(|(id, p)| (id.clone(), p.clone()))
                .collect();
            report = Transactions::write(store, req.dry_run, |tx| {
                let mut report = report.clone();
                import_users(tx.items()?, &profiles, actor.now_us, &mut report)?;
                Ok(report)
            })?;
        }
    }
    Ok(report)
}

/// The page directories of a data dir; a `pages/` that is a symbolic link is refused (65).
fn list_pages(data: &Path) -> Result<Vec<PathBuf>> {
    let pages = data.join("pages");
    source::page_dirs(&pages).map_err(|e| {
        if crate::moin16::confined::symlink_of(&e).is_some() {
            Error::bad_input(e.to_string()).hint(crate::moin16::confined::SYMLINK_HINT)
        } else {
            Error::input_missing(format!("cannot list {}: {e}", pages.display()))
        }
    })
}

/// `migrate verify DATA_DIR [--users]`.
#[derive(Debug, Clone)]
pub struct Verify {
    /// The data dir (holding `pages/`), or the wiki directory above it.
    pub data_dir: PathBuf,
    /// Also compare the user profiles.
    pub users: bool,
}

/// Compares the store with a data dir, in one read: every page, revision and attachment of the
/// source with the store's, the items only the store has, the global edit-log, and (with
/// `users`) the profiles. Symbolic links in the data dir are not followed but listed.
pub fn verify(
    store: &mut impl Transactions,
    req: &Verify,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<Verification> {
    let data = data_dir_of(&req.data_dir)?;
    let mut v = Verification {
        source: label(&data),
        ..Verification::default()
    };
    let global = GlobalLog::read(&data);
    if let Some(why) = &global.refused {
        v.skipped.push(Note {
            page: "edit-log".into(),
            message: why.clone(),
        });
    }
    let dirs = list_pages(&data)?;
    progress(ProgressEvent::Start {
        stage: Stage::VerifyingPages,
        total: Some(dirs.len() as u64),
    });
    let source = v.source.clone();
    store.read(|tx| {
        let items = tx.items()?;
        let mut pages = HashSet::new();
        let mut attachments = HashSet::new();
        for (n, d) in dirs.iter().enumerate() {
            match source::read_page(d, &global) {
                Ok(page) => {
                    for why in &page.skipped {
                        v.skipped.push(Note {
                            page: page.dir_name.clone(),
                            message: why.clone(),
                        });
                    }
                    face::verify_page(items, &page, &mut v)?;
                    for a in &page.attachments {
                        attachments.insert(format!("{}/{}", page.name, a.file_name));
                    }
                    pages.insert(page.name);
                }
                Err(s) if s.symlink => v.skipped.push(Note {
                    page: s.dir_name,
                    message: s.reason,
                }),
                Err(_) => {}
            }
            progress(ProgressEvent::Done(n as u64 + 1));
        }
        face::verify_store_items(items, &source, &pages, &attachments, &mut v)?;
        if global.refused.is_none() {
            face::verify_global_log(items, &source, global.bytes.as_deref(), &mut v)?;
        }
        if !req.users {
            return Ok(());
        }
        let user_dir = data.join("user");
        if std::fs::symlink_metadata(&user_dir).is_ok_and(|m| m.file_type().is_symlink()) {
            v.skipped.push(Note {
                page: "user".into(),
                message: format!(
                    "{}: no profile is compared",
                    crate::moin16::confined::symlink_error(&user_dir)
                ),
            });
            return Ok(());
        }
        let directory = if user_dir.is_dir() {
            crate::moin16::UserDirectory::read(&user_dir)
                .map_err(|e| Error::input_missing(format!("cannot read the user directory: {e}")))?
        } else {
            crate::moin16::UserDirectory::default()
        };
        for (file, why) in &directory.unreadable {
            if why.contains("symbolic link") {
                v.skipped.push(Note {
                    page: format!("user/{file}"),
                    message: why.clone(),
                });
            }
        }
        face::verify_users(items, &directory, &mut v)
    })?;
    progress(ProgressEvent::Finish);
    Ok(v)
}

/// `migrate websupport DB [--prefix P]`.
#[derive(Debug, Clone)]
pub struct Websupport {
    /// The WebSupport SQLite file (opened read-only).
    pub db: PathBuf,
    /// Its table name prefix (WebSupport's `db_prefix`).
    pub prefix: String,
    pub dry_run: bool,
}

/// Imports a sphinxcontrib-websupport database in one transaction; re-running imports only
/// what is new. Any other owner's `node:` lock stops it (it adds to threads all over the store).
pub fn websupport(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &Websupport,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<ImportReport> {
    let data = crate::websupport::read(&req.db, &req.prefix)?;
    let source = label(&req.db);
    progress(ProgressEvent::Start {
        stage: Stage::ImportingComments,
        total: Some(data.comments.len() as u64),
    });
    let mut report = store.write(req.dry_run, |tx| {
        import_websupport(tx, actor.locks(), &data, &source, &mut |n| {
            progress(ProgressEvent::Done(n))
        })
    })?;
    progress(ProgressEvent::Finish);
    report.dry_run = req.dry_run;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::error::Kind;
    use crate::faces::locks::{self, LockAuthority};
    use crate::ops::progress::ignore;
    use crate::ops::test_store::new_store;

    /// A moin 1.9 data dir written by the `moin16:` backend: `pages` as (name, revision texts);
    /// a name `Page/file` is an attachment.
    fn data_dir(dir: &tempfile::TempDir, pages: &[(&str, &[&str])]) -> PathBuf {
        let data = dir.path().join("wiki/data");
        std::fs::create_dir_all(data.join("pages")).unwrap();
        std::fs::create_dir_all(data.join("user")).unwrap();
        std::fs::write(data.join("meta"), "data_format_revision: 1091100").unwrap();
        let url = format!("moin16:{}", data.display());
        let mut wiki = Store::open_url(&url, false, Duration::from_secs(1)).unwrap();
        let writer = crate::faces::items::ItemContext {
            acl: Default::default(),
            enforce: false,
            user: None,
            now_us: crate::timestamp::now_us(),
        };
        for (name, texts) in pages {
            for text in *texts {
                let opts = crate::faces::items::PutOptions {
                    kind: name
                        .contains('/')
                        .then_some(crate::engine::items::ItemKind::Attachment),
                    ..Default::default()
                };
                wiki.write(false, |tx| {
                    crate::faces::items::put(tx, &writer, name, text.as_bytes(), &opts).map(|_| ())
                })
                .unwrap();
            }
        }
        data
    }

    fn request(data: &Path) -> Moin16 {
        Moin16 {
            data_dir: data.to_path_buf(),
            underlay: None,
            users: false,
            dry_run: false,
        }
    }

    fn history(store: &mut Store, name: &str) -> Vec<u64> {
        let mut revs = Vec::new();
        store
            .read(|tx| {
                tx.items()?.revisions(name, &mut |r| {
                    revs.push(r.revno);
                    Ok(())
                })
            })
            .unwrap();
        revs
    }

    #[test]
    fn a_migration_imports_every_page_and_reports_it() {
        let dir = tempfile::tempdir().unwrap();
        let data = data_dir(&dir, &[("Front", &["one\n", "two\n"]), ("Other", &["x\n"])]);
        let mut store = new_store(&dir);
        let mut events = Vec::new();
        let report = moin16(&mut store, &Actor::new(None), &request(&data), &mut |e| {
            events.push(e)
        })
        .unwrap();
        assert_eq!(report.pages.imported, 2);
        assert_eq!(report.revisions.imported, 3);
        assert!(!report.is_partial(), "{:?}", report.skipped);
        assert_eq!(history(&mut store, "Front"), vec![2, 1]);
        assert_eq!(
            events,
            vec![
                ProgressEvent::Start {
                    stage: Stage::MigratingPages,
                    total: Some(2)
                },
                ProgressEvent::Done(2),
                ProgressEvent::Finish
            ]
        );
        // Again: nothing twice.
        let again = moin16(&mut store, &Actor::new(None), &request(&data), &mut ignore).unwrap();
        assert_eq!(again.pages.already_imported, 2);
        assert_eq!(again.revisions.imported, 0);
        // And the store agrees with the source.
        let v = verify(
            &mut store,
            &Verify {
                data_dir: data.clone(),
                users: true,
            },
            &mut ignore,
        )
        .unwrap();
        assert_eq!(v.pages_compared, 2);
        assert!(v.differences.is_empty(), "{:?}", v.differences);
    }

    #[test]
    fn a_dry_run_reports_the_import_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let data = data_dir(&dir, &[("Front", &["one\n"])]);
        let mut store = new_store(&dir);
        let req = Moin16 {
            dry_run: true,
            ..request(&data)
        };
        let report = moin16(&mut store, &Actor::new(None), &req, &mut ignore).unwrap();
        assert!(report.dry_run);
        assert_eq!(report.pages.imported, 1);
        assert!(history(&mut store, "Front").is_empty());
    }

    /// Every file under `dir` with its bytes.
    fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                out.extend(files(&path));
            } else if !path.to_string_lossy().ends_with("-shm") {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn a_moin16_store_or_a_missing_source_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let data = data_dir(&dir, &[("Front", &["one\n"])]);
        let mut store = new_store(&dir);
        let before = files(dir.path());
        let url = format!("moin16:{}", data.display());
        let mut wiki = Store::open_url(&url, false, Duration::from_secs(1)).unwrap();
        let err = moin16(&mut wiki, &Actor::new(None), &request(&data), &mut ignore).unwrap_err();
        assert_eq!(err.kind(), Kind::Usage, "{err}");
        assert_eq!(err.hint_of(), Some(Fix::MigrateIntoSqliteStore.into()));
        let missing = dir.path().join("nowhere");
        let err = moin16(
            &mut store,
            &Actor::new(None),
            &request(&missing),
            &mut ignore,
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::InputMissing, "{err}");
        assert!(files(dir.path()) == before, "a refused migration wrote");
    }

    /// Moin's rule: an item is locked before it is modified. A page another owner has locked
    /// is skipped and listed; the lock's owner (and anyone after the release) imports it.
    #[test]
    fn pages_another_owner_has_locked_are_skipped_and_listed() {
        let dir = tempfile::tempdir().unwrap();
        let pages: &[(&str, &[&str])] = &[
            ("Front", &["one\n"]),
            ("Other", &["x\n"]),
            ("Pics", &["p\n"]),
        ];
        let data = data_dir(&dir, pages);
        let mut store = new_store(&dir);
        let alice = Actor::new(Some("alice"));
        moin16(&mut store, &alice, &request(&data), &mut ignore).unwrap();
        // The wiki moves on: Front gets a revision, a new page and an attachment appear.
        let more = data_dir(
            &dir,
            &[
                ("Front", &["two\n"]),
                ("Fresh", &["new\n"]),
                ("Pics/a.png", &["png"]),
            ],
        );
        assert_eq!(more, data);
        let bob = Actor::new(Some("bob"));
        store
            .write(false, |tx| {
                let auth = LockAuthority {
                    user: Some("bob"),
                    administrators: &[],
                    items: None,
                };
                locks::acquire(tx, &auth, "item:Front", "bob", None, bob.now_us)?;
                locks::acquire(tx, &auth, "item:Fresh", "bob", None, bob.now_us)?;
                // An attachment's lock covers that attachment, not its page.
                locks::acquire(tx, &auth, "item:Pics/a.png", "bob", None, bob.now_us)?;
                // A lock on a page the store has as the source has it stops nothing.
                locks::acquire(tx, &auth, "item:Other", "bob", None, bob.now_us).map(|_| ())
            })
            .unwrap();
        let alice = Actor::new(Some("alice"));
        let report = moin16(&mut store, &alice, &request(&data), &mut ignore).unwrap();
        let skipped: Vec<&str> = report.skipped.iter().map(|n| n.page.as_str()).collect();
        assert_eq!(
            skipped,
            vec!["Fresh", "Front", "Pics/a.png"],
            "{:?}",
            report.skipped
        );
        assert!(report
            .skipped
            .iter()
            .all(|n| n.message.contains("is locked by bob")));
        assert_eq!(report.locked, 3);
        assert_eq!(report.pages.skipped, 2);
        assert_eq!(report.attachments.imported, 0);
        assert_eq!(history(&mut store, "Front"), vec![1]);
        assert!(history(&mut store, "Fresh").is_empty());
        // Bob's own migration passes his locks.
        let bob = Actor::new(Some("bob"));
        let report = moin16(&mut store, &bob, &request(&data), &mut ignore).unwrap();
        assert!(!report.is_partial(), "{:?}", report.skipped);
        assert_eq!(history(&mut store, "Front"), vec![2, 1]);
        assert_eq!(history(&mut store, "Fresh"), vec![1]);
        assert_eq!(history(&mut store, "Pics/a.png"), vec![1]);
    }

    #[test]
    fn a_websupport_import_stops_at_another_owners_node_lock_and_dry_runs() {
        let db =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/websupport/websupport.db");
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let req = |dry_run| Websupport {
            db: db.clone(),
            prefix: "sphinx_".into(),
            dry_run,
        };
        let dry = websupport(&mut store, &Actor::new(None), &req(true), &mut ignore).unwrap();
        assert!(dry.dry_run);
        assert!(dry.comments.imported > 0);
        let nodes = |store: &mut Store| {
            store
                .read(|tx| crate::faces::comments::stats(tx.comments()?))
                .unwrap()["nodes"]
                .clone()
        };
        assert_eq!(nodes(&mut store), serde_json::json!(0));
        let bob = Actor::new(Some("bob"));
        store
            .write(false, |tx| {
                let auth = LockAuthority {
                    user: Some("bob"),
                    administrators: &[],
                    items: None,
                };
                locks::acquire(tx, &auth, "node:x", "bob", None, bob.now_us).map(|_| ())
            })
            .unwrap();
        let before = files(dir.path());
        let err = websupport(
            &mut store,
            &Actor::new(Some("alice")),
            &req(false),
            &mut ignore,
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::Busy, "{err}");
        assert!(files(dir.path()) == before, "a refused import wrote");
        assert_eq!(nodes(&mut store), serde_json::json!(0));
        let done = websupport(&mut store, &bob, &req(false), &mut ignore).unwrap();
        assert_eq!(done.comments.imported, dry.comments.imported);
        assert!(!done.dry_run);
    }
}
