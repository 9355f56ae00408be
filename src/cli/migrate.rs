//! `storectl migrate`: bring data from the systems storectl replaces.

use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::{Ctx, DryRun};
use crate::error::{Error, Kind, Result};
use crate::faces::comments_import::import_websupport;
use crate::faces::items_migrate::{import_page, import_users, MigrationReport, Note, Verification};
use crate::moin16::source::{self, GlobalLog};
use crate::output::{Output, Progress, Unit};
use crate::plural::count;
use crate::timestamp::now_us;

#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)
    #[command(
        long_about = "Import a MoinMoin 1.6–1.9 data directory into the item store.\n\n\
                             Every live and deleted page with every revision file (numbers and gaps \
                             kept, bytes exact), revision metadata from the page's edit-log (else the \
                             global log, else the file's mtime: always reported), attachments, ACLs, \
                             and with --users the user profiles. Junk directories, unreadable names and \
                             other anomalies are listed in the report, never a crash; exit 5 when \
                             anything was skipped. moin 1.5 data is refused. The source is only read. \
                             Pages are committed in batches: a run that was interrupted (even by kill \
                             -9) continues where it stopped when run again; nothing is imported twice."
    )]
    Moin16 {
        /// The wiki's data directory (the one holding pages/), or the wiki directory above it
        data_dir: PathBuf,
        /// An underlay directory: its pages are imported where the data dir has none
        #[arg(long, value_name = "DIR")]
        underlay: Option<PathBuf>,
        /// Also import the user profiles of data/user
        #[arg(long)]
        users: bool,
        /// Continue an interrupted migration (every run does: what is stored is not imported again)
        #[arg(long)]
        resume: bool,
        #[command(flatten)]
        dry: DryRun,
    },
    /// Compare the store with a moin data directory and list every difference (exit 65 if any)
    Verify {
        /// The wiki's data directory (the one holding pages/), or the wiki directory above it
        data_dir: PathBuf,
        /// Also compare the user profiles
        #[arg(long)]
        users: bool,
    },
    /// Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)
    #[command(
        long_about = "Import a sphinxcontrib-websupport SQLite database: nodes, comments with \
                             their threads (from the materialised path column), displayed flags, \
                             proposals and votes.\n\nRe-running imports only what is new. Rows the \
                             seed left inconsistent (votes on deleted comments, replies whose parent \
                             is gone) are skipped and listed, and the command exits 5. Times, stored \
                             without a zone, are taken as UTC; the username \"Anonymous\" becomes \
                             anonymous; ratings are recomputed from the votes. The source is opened \
                             read-only."
    )]
    Websupport {
        /// The WebSupport SQLite file
        db: PathBuf,
        /// Table name prefix (WebSupport's db_prefix)
        #[arg(long, default_value = "sphinx_")]
        prefix: String,
        #[command(flatten)]
        dry: DryRun,
    },
}

pub fn run(ctx: &mut Ctx, cmd: MigrateCommand) -> Result<Output> {
    match cmd {
        MigrateCommand::Moin16 {
            data_dir,
            underlay,
            users,
            resume: _,
            dry,
        } => moin16(ctx, &data_dir, underlay.as_deref(), users, dry),
        MigrateCommand::Verify { data_dir, users } => verify(ctx, &data_dir, users),
        MigrateCommand::Websupport { db, prefix, dry } => {
            let data = crate::websupport::read(&db, &prefix)?;
            // Imports are remembered per source file, wherever it is referred to from.
            let source = std::fs::canonicalize(&db)
                .unwrap_or(db.clone())
                .display()
                .to_string();
            let mut store = ctx.open_store()?;
            let progress = Progress::new(
                &ctx.settings,
                Some(data.comments.len() as u64),
                "importing",
                Unit::Items("comments"),
            );
            let mut report = store.write(dry.dry_run, |tx| {
                import_websupport(tx.comments()?, &data, &source, &mut |n| {
                    progress.set_position(n)
                })
            })?;
            progress.finish();
            report.dry_run = dry.dry_run;
            let partial = report.is_partial();
            let text = format!(
                "{}: nodes {} added, {} unchanged, {} differing; comments {} imported, {} already imported, \
                 {} skipped; votes {} imported, {} updated, {} unchanged, {} skipped{}{}",
                report.source,
                report.nodes.added,
                report.nodes.unchanged,
                report.nodes.differing,
                report.comments.imported,
                report.comments.already_imported,
                report.comments.skipped,
                report.votes.imported,
                report.votes.updated,
                report.votes.unchanged,
                report.votes.skipped,
                dry.note(),
                report.skipped.iter().map(|s| format!("\n  skipped {s}")).collect::<String>()
            );
            let doc = serde_json::to_value(&report).map_err(|e| Error::internal(e.to_string()))?;
            if !partial {
                return Ok(Output::Report { doc, text });
            }
            ctx.printer.print(Output::Report { doc, text })?;
            Err(Error::new(
                Kind::Partial,
                format!(
                    "{} not imported; the report lists them",
                    count(report.skipped.len(), "record")
                ),
            )
            .hint("they are inconsistencies of the source; everything else was imported"))
        }
    }
}

/// The data dir itself, or `DIR/data` when DIR is the wiki directory above it.
fn data_dir_of(dir: &Path) -> Result<PathBuf> {
    crate::engine::moin16::locate_data_dir(dir)
}

/// Pages per transaction: progress survives an interruption, memory stays bounded (about 30 MB
/// on typical wikis), and commits (each an fsync, a search-index flush, a checkpoint) stay few.
const PAGES_PER_BATCH: usize = 1000;

fn moin16(
    ctx: &mut Ctx,
    dir: &Path,
    underlay: Option<&Path>,
    users: bool,
    dry: DryRun,
) -> Result<Output> {
    let data = data_dir_of(dir)?;
    let detection = crate::engine::moin16::refuse_moin15(&data)?;
    let source = std::fs::canonicalize(&data)
        .unwrap_or(data.clone())
        .display()
        .to_string();
    let mut report = MigrationReport {
        source: source.clone(),
        moin: detection.explanation(),
        dry_run: dry.dry_run,
        ..MigrationReport::default()
    };
    if let crate::engine::StoreUrl::Moin16(target) =
        crate::engine::StoreUrl::parse(&ctx.settings.store)?
    {
        return Err(Error::usage(format!(
            "migrate moin16 imports into a sqlite store, but --store names the moin data dir {}",
            target.display()
        ))
        .hint("a moin16: store already serves the data dir as it is; to copy it, give --store sqlite:PATH"));
    }
    let mut store = ctx.open_store()?;
    let mut seen = std::collections::HashSet::new();
    let mut roots = vec![(data.clone(), source.clone())];
    if let Some(u) = underlay {
        let u = data_dir_of(u)?;
        let label = std::fs::canonicalize(&u)
            .unwrap_or(u.clone())
            .display()
            .to_string();
        roots.push((u, label));
    }
    for (root, label) in roots {
        let global = GlobalLog::read(&root);
        if let Some(why) = &global.refused {
            report.skip("edit-log", why.clone());
        }
        let dirs = list_pages(&root)?;
        let progress = Progress::new(
            &ctx.settings,
            Some(dirs.len() as u64),
            "migrating",
            Unit::Items("pages"),
        );
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
            report = store.write(dry.dry_run, |tx| {
                let mut report = report.clone();
                let items = tx.items()?;
                for page in &pages {
                    import_page(items, page, &label, &mut report)?;
                }
                Ok(report)
            })?;
            progress.set_position(((n + 1) * PAGES_PER_BATCH).min(dirs.len()) as u64);
        }
        progress.finish();
        // Kept byte for byte: `export moin16` writes back every line, in its order.
        store.write(dry.dry_run, |tx| {
            tx.items()?
                .put_moin_global_log(&label, global.bytes.as_deref())
        })?;
    }
    if users {
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
            report = store.write(dry.dry_run, |tx| {
                let mut report = report.clone();
                import_users(tx.items()?, &profiles, now_us(), &mut report)?;
                Ok(report)
            })?;
        }
    }
    let text = format!(
        "{}: {} imported ({} already), {} skipped, {}; {} + {} deleted; {} ({}); {}{}{}{}",
        report.source,
        count(report.pages.imported, "page"),
        report.pages.already_imported,
        report.skipped.len(),
        count(report.ignored.len(), "non-page directory"),
        count(report.revisions.imported, "revision"),
        report.revisions.deleted,
        count(report.attachments.imported, "attachment"),
        count(report.attachments.bytes, "byte"),
        count(report.users.imported, "user"),
        dry.note(),
        report
            .anomalies
            .iter()
            .map(|a| format!("\n  note {}: {}", a.page, a.message))
            .collect::<String>(),
        report
            .skipped
            .iter()
            .map(|a| format!("\n  skipped {}: {}", a.page, a.message))
            .collect::<String>(),
    );
    let partial = report.is_partial();
    let doc = serde_json::to_value(&report).map_err(|e| Error::internal(e.to_string()))?;
    if !partial {
        return Ok(Output::Report { doc, text });
    }
    ctx.printer.print(Output::Report { doc, text })?;
    Err(Error::new(
        Kind::Partial,
        format!(
            "{} not imported; the report lists them",
            count(report.skipped.len(), "directory or record")
        ),
    )
    .hint("everything else was imported; the listed ones are problems of the source"))
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

fn verify(ctx: &mut Ctx, dir: &Path, users: bool) -> Result<Output> {
    let data = data_dir_of(dir)?;
    let mut v = Verification {
        source: std::fs::canonicalize(&data)
            .unwrap_or(data.clone())
            .display()
            .to_string(),
        ..Verification::default()
    };
    let mut store = ctx.open_store()?;
    let global = GlobalLog::read(&data);
    if let Some(why) = &global.refused {
        v.skipped.push(Note {
            page: "edit-log".into(),
            message: why.clone(),
        });
    }
    let dirs = list_pages(&data)?;
    let progress = Progress::new(
        &ctx.settings,
        Some(dirs.len() as u64),
        "verifying",
        Unit::Items("pages"),
    );
    let source = v.source.clone();
    store.read(|tx| {
        let items = tx.items()?;
        let mut pages = std::collections::HashSet::new();
        let mut attachments = std::collections::HashSet::new();
        for (n, d) in dirs.iter().enumerate() {
            match source::read_page(d, &global) {
                Ok(page) => {
                    for why in &page.skipped {
                        v.skipped.push(Note {
                            page: page.dir_name.clone(),
                            message: why.clone(),
                        });
                    }
                    crate::faces::items_migrate::verify_page(items, &page, &mut v)?;
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
            progress.set_position(n as u64 + 1);
        }
        crate::faces::items_migrate::verify_store_items(
            items,
            &source,
            &pages,
            &attachments,
            &mut v,
        )?;
        if global.refused.is_none() {
            crate::faces::items_migrate::verify_global_log(
                items,
                &source,
                global.bytes.as_deref(),
                &mut v,
            )?;
        }
        let user_dir = data.join("user");
        let user_dir_is_link =
            std::fs::symlink_metadata(&user_dir).is_ok_and(|m| m.file_type().is_symlink());
        if users && user_dir_is_link {
            v.skipped.push(Note {
                page: "user".into(),
                message: format!(
                    "{}: no profile is compared",
                    crate::moin16::confined::symlink_error(&user_dir)
                ),
            });
        } else if users {
            let directory = if user_dir.is_dir() {
                crate::moin16::UserDirectory::read(&user_dir).map_err(|e| {
                    Error::input_missing(format!("cannot read the user directory: {e}"))
                })?
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
            let mut names = std::collections::HashSet::new();
            for profile in directory.profiles.values() {
                if let Some(name) = profile.name() {
                    names.insert(name.to_string());
                    match items.user(name)? {
                        None => v.differences.push(Note {
                            page: format!("user {name}"),
                            message: "the user is not in the store".into(),
                        }),
                        Some(u)
                            if u.profile
                                .get("moin_profile")
                                .and_then(serde_json::Value::as_str)
                                .is_some_and(|kept| kept != profile.to_text()) =>
                        {
                            v.differences.push(Note {
                                page: format!("user {name}"),
                                message: "the user's profile differs".into(),
                            })
                        }
                        Some(_) => {}
                    }
                }
            }
            let mut extra = Vec::new();
            items.users(&mut |u| {
                if !names.contains(&u.name) {
                    extra.push(u.name);
                }
                Ok(())
            })?;
            for name in extra {
                v.differences.push(Note {
                    page: format!("user {name}"),
                    message: "the user is in the store but not in the source".into(),
                });
            }
        }
        Ok(())
    })?;
    progress.finish();
    let text = format!(
        "{}: {}, {}, {} compared; {}{}{}",
        v.source,
        count(v.pages_compared, "page"),
        count(v.revisions_compared, "revision"),
        count(v.attachments_compared, "attachment"),
        count(v.differences.len(), "difference"),
        v.differences
            .iter()
            .map(|d| format!("\n  {}: {}", d.page, d.message))
            .collect::<String>(),
        v.skipped
            .iter()
            .map(|d| format!("\n  skipped {}: {}", d.page, d.message))
            .collect::<String>()
    );
    let count = v.differences.len();
    let skipped = v.skipped.len();
    let doc = serde_json::to_value(&v).map_err(|e| Error::internal(e.to_string()))?;
    if count == 0 && skipped == 0 {
        return Ok(Output::Report { doc, text });
    }
    if count == 0 {
        ctx.printer.print(Output::Report { doc, text })?;
        return Err(Error::new(
            Kind::Partial,
            format!(
                "{skipped} entries of {} were not compared; the report lists them",
                v.source
            ),
        )
        .hint("they are symbolic links, which storectl never follows; everything else matches"));
    }
    ctx.printer.print(Output::Report { doc, text })?;
    Err(Error::bad_input(format!(
        "the store differs from {} in {}",
        v.source,
        crate::plural::count(count, "place")
    ))
    .hint("the report lists them; `storectl migrate moin16` imports what is missing"))
}
