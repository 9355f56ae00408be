//! `storectl migrate`: bring data from the systems storectl replaces.

use std::path::PathBuf;

use clap::Subcommand;

use super::progress::Bars;
use super::{Ctx, DryRun};
use crate::error::{Error, Kind, Result};
use crate::ops::migrate as ops;
use crate::ops::migrate_errbot as errbot_ops;
use crate::output::Output;
use crate::plural::count;

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
                             anything was skipped. A page another owner has locked in the store is \
                             skipped and listed too, and imported by a run after the release. moin 1.5 data is refused. The source is only read. \
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
    /// Import an Errbot bot's Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)
    #[command(
        long_about = "Import an Errbot bot's Shelf storage: every shelf BOT_DATA_DIR/NS.db becomes \
                      namespace NS (core, repomgr, one per plugin), the names the storectl.errbot \
                      storage plugin opens.\n\n\
                      Shelves written by dbm.dumb (NS.db.dir/.dat), dbm.gnu (NS.db), dbm.ndbm on \
                      Berkeley DB (NS.db.db, Debian's Python) or on gdbm (NS.db.pag) and \
                      dbm.sqlite3 (Python 3.13) are read without Python, picked as Python's \
                      dbm.whichdb picks them. A value JSON carries exactly (None, bool, int, \
                      finite float, str, list, dict with str keys) is stored as JSON; any other \
                      (tuple, set, bytes, datetime, an Identifier...) as an opaque python-pickle \
                      value holding the shelf's own pickle bytes, which the plugin unpickles to \
                      the same object.\n\n\
                      Each namespace is one transaction. A shelf that cannot be read (an unknown \
                      flavour, a corrupt file, a pickle Python could not load either, a \
                      symbolic link) is listed with its bad keys and skipped whole; the command \
                      then exits 5; a fault of the store itself stops the run (namespaces \
                      committed before it stay). Re-running stores the shelves again: unchanged values are \
                      counted, not rewritten; keys only the store has are kept. The data dir is \
                      only read, and no link inside it is followed."
    )]
    Errbot {
        /// The bot's BOT_DATA_DIR (the directory holding core.db...)
        data_dir: PathBuf,
        #[command(flatten)]
        dry: DryRun,
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
    let actor = ctx.actor();
    match cmd {
        MigrateCommand::Moin16 {
            data_dir,
            underlay,
            users,
            resume: _,
            dry,
        } => {
            let req = ops::Moin16 {
                data_dir,
                underlay,
                users,
                dry_run: dry.dry_run,
            };
            let mut store = ctx.open_store()?;
            let mut bars = Bars::new(&ctx.settings);
            let report = ops::moin16(&mut store, &actor, &req, &mut |e| bars.show(e))?;
            drop(bars);
            moin16_report(ctx, report, dry)
        }
        MigrateCommand::Verify { data_dir, users } => {
            let req = ops::Verify { data_dir, users };
            let mut store = ctx.open_store()?;
            let mut bars = Bars::new(&ctx.settings);
            let v = ops::verify(&mut store, &req, &mut |e| bars.show(e))?;
            drop(bars);
            verify_report(ctx, v)
        }
        MigrateCommand::Errbot { data_dir, dry } => {
            let req = errbot_ops::Errbot {
                data_dir,
                dry_run: dry.dry_run,
            };
            let mut store = ctx.open_store()?;
            let mut bars = Bars::new(&ctx.settings);
            let report = errbot_ops::errbot(&mut store, &actor, &req, &mut |e| bars.show(e))?;
            drop(bars);
            errbot_report(ctx, report, dry)
        }
        MigrateCommand::Websupport { db, prefix, dry } => {
            let req = ops::Websupport {
                db,
                prefix,
                dry_run: dry.dry_run,
            };
            let mut store = ctx.open_store()?;
            let mut bars = Bars::new(&ctx.settings);
            let report = ops::websupport(&mut store, &actor, &req, &mut |e| bars.show(e))?;
            drop(bars);
            websupport_report(ctx, report, dry)
        }
    }
}

fn errbot_report(ctx: &mut Ctx, report: errbot_ops::ErrbotReport, dry: DryRun) -> Result<Output> {
    let t = &report.totals;
    let outcome = if t.added + t.changed == 0 && t.namespaces > 0 {
        "; nothing changed (already migrated)".to_string()
    } else {
        String::new()
    };
    let mut text = format!(
        "{}: {} ({}: {} JSON, {} opaque); {} added, {} changed, {} unchanged{outcome}{}",
        report.source,
        count(t.namespaces, "namespace"),
        count(t.keys, "key"),
        t.json,
        t.opaque,
        t.added,
        t.changed,
        t.unchanged,
        dry.note(),
    );
    for n in &report.namespaces {
        text.push_str(&format!(
            "\n  {} ({}, {}): {} JSON, {} opaque; {} added, {} changed, {} unchanged",
            n.namespace, n.file, n.flavour, n.json, n.opaque, n.added, n.changed, n.unchanged
        ));
    }
    for n in &report.notes {
        text.push_str(&format!("\n  note {}: {}", n.file, n.message));
    }
    for s in &report.skipped {
        match &s.key {
            Some(k) => text.push_str(&format!("\n  skipped {} key {k:?}: {}", s.file, s.message)),
            None => text.push_str(&format!("\n  skipped {}: {}", s.file, s.message)),
        }
    }
    let partial = report.is_partial();
    let skipped_files: std::collections::BTreeSet<&str> =
        report.skipped.iter().map(|s| s.file.as_str()).collect();
    let doc = serde_json::to_value(&report).map_err(|e| Error::internal(e.to_string()))?;
    if !partial {
        return Ok(Output::Report { doc, text });
    }
    ctx.printer.print(Output::Report { doc, text })?;
    Err(Error::new(
        Kind::Partial,
        format!(
            "{} not migrated; the report lists them",
            count(skipped_files.len(), "shelf file")
        ),
    )
    .hint(
        "every other shelf was migrated whole; a skipped shelf wrote nothing, and running the \
         migration again after fixing it migrates it",
    ))
}

fn websupport_report(ctx: &mut Ctx, report: ops::ImportReport, dry: DryRun) -> Result<Output> {
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

fn moin16_report(ctx: &mut Ctx, report: ops::MigrationReport, dry: DryRun) -> Result<Output> {
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
    let hint = if report.locked > 0 {
        "everything else was imported; pages another owner has locked (storectl lock list) are \
         imported by running the migration again once their locks are released"
    } else {
        "everything else was imported; the listed ones are problems of the source"
    };
    Err(Error::new(
        Kind::Partial,
        format!(
            "{} not imported; the report lists them",
            count(report.skipped.len(), "directory or record")
        ),
    )
    .hint(hint))
}

fn verify_report(ctx: &mut Ctx, v: ops::Verification) -> Result<Output> {
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
