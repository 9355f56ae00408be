//! `export`: writing the store in the formats of the systems storectl replaces. See
//! [`crate::ops`] for the pattern.

use std::path::{Path, PathBuf};

use super::progress::{ProgressEvent, Stage};
use super::Transactions;
use crate::error::{Error, Fix, Kind, Result};
use crate::faces::comments_export::export_websupport;
use crate::faces::items_export::export_moin16;
use crate::moin16::writer::DataDirWriter;
use crate::websupport::write::{check_prefix, Writer};

pub use crate::faces::comments_export::WebSupportExport;
pub use crate::faces::items_export::ExportReport;

/// `export moin16 OUT_DIR`.
#[derive(Debug, Clone)]
pub struct Moin16 {
    /// The data directory to create; it must not exist, or be empty.
    pub out_dir: PathBuf,
}

/// Writes the items as a moin 1.9 data directory, from one read transaction. The directory is
/// written beside `out_dir` under a temporary name and renamed when complete, so `out_dir`
/// appears only whole; a refusal or a failure leaves nothing behind. Items that cannot be
/// written are listed in the report's `skipped`.
pub fn moin16(
    store: &mut impl Transactions,
    req: &Moin16,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<ExportReport> {
    let out_dir = &req.out_dir;
    if out_dir.exists()
        && std::fs::read_dir(out_dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(
            Error::conflict(format!("{} exists and is not empty", out_dir.display()))
                .hint("export into a new directory"),
        );
    }
    let parent = out_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(Error::input_missing(format!(
            "directory {} does not exist",
            parent.display()
        )));
    }
    // Written beside the destination and renamed when complete.
    let name = out_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.storectl-tmp-");
    crate::tempfiles::remove_stale(parent, &prefix);
    let tmp = parent.join(format!("{prefix}{}", std::process::id()));
    let result = (|| -> Result<ExportReport> {
        let mut writer = DataDirWriter::create(&tmp)?;
        progress(ProgressEvent::Start {
            stage: Stage::ExportingPages,
            total: None,
        });
        let (report, global_log) = store.read(|tx| {
            export_moin16(tx.items()?, &mut writer, &mut |n| {
                progress(ProgressEvent::Done(n))
            })
        })?;
        progress(ProgressEvent::Finish);
        writer.finish(&global_log)?;
        if out_dir.exists() {
            std::fs::remove_dir(out_dir)?;
        }
        std::fs::rename(&tmp, out_dir)?;
        Ok(report)
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    // A full disk names the temporary directory, which is gone now: name the target.
    let mut report = result.map_err(|e| match e.kind() {
        Kind::Io => e.context(format!("cannot export to {}", out_dir.display())),
        _ => e,
    })?;
    report.destination = out_dir.display().to_string();
    Ok(report)
}

/// `export websupport OUT [--prefix P] [--force]`.
#[derive(Debug, Clone)]
pub struct Websupport {
    /// The SQLite file to write; it must not exist unless `force`.
    pub out: PathBuf,
    /// The table name prefix (WebSupport's `db_prefix`).
    pub prefix: String,
    /// Replace `out` if it is a regular file.
    pub force: bool,
}

/// Writes the comments face as a sphinxcontrib-websupport database, from one read
/// transaction. The file is written beside `out` under a temporary name (mode 0600) and
/// renamed when complete, so `out` appears only whole; a refusal or a failure leaves nothing
/// behind and an existing `out` untouched. A symbolic link at `out` is never written through
/// nor replaced. A store without nodes is refused (there is nothing WebSupport could serve).
pub fn websupport(
    store: &mut impl Transactions,
    req: &Websupport,
    progress: &mut dyn FnMut(ProgressEvent),
) -> Result<WebSupportExport> {
    check_prefix(&req.prefix)?;
    let out = &req.out;
    let shown = out.display();
    let Some(name) = out.file_name() else {
        return Err(Error::usage(format!("{shown} names no file"))
            .hint("name the database file to write, e.g. websupport.db"));
    };
    match std::fs::symlink_metadata(out) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(Error::conflict(format!("{shown} is a symbolic link")).hint(
                "storectl neither writes through a link nor replaces it: name the file itself",
            ))
        }
        Ok(m) if m.is_dir() => {
            return Err(
                Error::conflict(format!("{shown} is a directory")).hint(format!(
                    "name a file, e.g. {}",
                    out.join("websupport.db").display()
                )),
            )
        }
        Ok(m) if !m.is_file() => {
            return Err(Error::conflict(format!(
                "{shown} exists and is not a regular file"
            )))
        }
        Ok(_) if !req.force => {
            return Err(Error::conflict(format!("{shown} already exists"))
                .hint(Fix::OverwriteOrAnotherFile))
        }
        _ => {}
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(
            Error::input_missing(format!("directory {} does not exist", parent.display()))
                .hint("create it first"),
        );
    }
    let prefix = format!(".{}.storectl-tmp-", name.to_string_lossy());
    crate::tempfiles::remove_stale(parent, &prefix);
    let tmp = parent.join(format!("{prefix}{}", std::process::id()));
    let result = (|| -> Result<WebSupportExport> {
        crate::tempfiles::create_private_file(&tmp)?;
        let mut writer = Writer::create(&tmp, &req.prefix)?;
        let report = store.read(|tx| {
            let comments = tx.comments()?;
            let (_, total, _, _) = comments.comment_totals()?;
            progress(ProgressEvent::Start {
                stage: Stage::ExportingComments,
                total: Some(total),
            });
            export_websupport(comments, &mut writer, &mut |n| {
                progress(ProgressEvent::Done(n))
            })
        })?;
        progress(ProgressEvent::Finish);
        if report.nodes == 0 {
            return Err(Error::not_found(
                "the store has no documentation nodes: there is nothing to export",
            )
            .hint(Fix::ImportCommentsFirst));
        }
        writer.finish(&tmp)?;
        crate::tempfiles::put_in_place(&tmp, out, req.force)?;
        Ok(report)
    })();
    if result.is_err() {
        crate::tempfiles::remove_with_journal(&tmp);
    }
    let mut report = result.map_err(|e| match e.kind() {
        Kind::Io => e.context(format!("cannot export to {shown}")),
        _ => e,
    })?;
    report.destination = shown.to_string();
    report.prefix = req.prefix.clone();
    Ok(report)
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::engine::Store;
    use crate::faces::items::{self, ItemContext};
    use crate::ops::progress::ignore;

    fn new_store(dir: &tempfile::TempDir) -> Store {
        let mut store = crate::ops::test_store::new_store(dir);
        let writer = ItemContext {
            acl: Default::default(),
            enforce: false,
            user: None,
            now_us: crate::timestamp::now_us(),
        };
        for text in ["one\n", "two\n"] {
            store
                .write(false, |tx| {
                    items::put(tx, &writer, "Front", text.as_bytes(), &Default::default())
                })
                .unwrap();
        }
        store
    }

    #[test]
    fn an_export_writes_a_data_dir_that_appears_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let out = dir.path().join("out");
        let mut events = Vec::new();
        let report = moin16(
            &mut store,
            &Moin16 {
                out_dir: out.clone(),
            },
            &mut |e| events.push(e),
        )
        .unwrap();
        assert_eq!((report.pages, report.revisions), (1, 2));
        assert_eq!(report.destination, out.display().to_string());
        assert_eq!(
            std::fs::read(out.join("pages/Front/revisions/00000002")).unwrap(),
            b"two\n"
        );
        assert_eq!(
            events.first(),
            Some(&ProgressEvent::Start {
                stage: Stage::ExportingPages,
                total: None
            })
        );
        assert_eq!(events.last(), Some(&ProgressEvent::Finish));
        // Nothing of the temporary directory is left beside it.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("storectl-tmp"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_non_empty_destination_or_a_missing_parent_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir);
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("mine"), "keep").unwrap();
        let err = moin16(
            &mut store,
            &Moin16 {
                out_dir: out.clone(),
            },
            &mut ignore,
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::Conflict, "{err}");
        let left: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
        assert_eq!(left.len(), 1);
        assert_eq!(std::fs::read(out.join("mine")).unwrap(), b"keep");
        let err = moin16(
            &mut store,
            &Moin16 {
                out_dir: dir.path().join("no/such/out"),
            },
            &mut ignore,
        )
        .unwrap_err();
        assert_eq!(err.kind(), Kind::InputMissing, "{err}");
        assert!(!dir.path().join("no").exists());
    }

    #[test]
    fn a_websupport_export_reports_progress_per_comment_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::ops::test_store::new_store(&dir);
        let fixture =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/websupport/websupport.db");
        let req = crate::ops::migrate::Websupport {
            db: fixture,
            prefix: "sphinx_".into(),
            dry_run: false,
        };
        let actor = crate::ops::Actor::new(None);
        crate::ops::migrate::websupport(&mut store, &actor, &req, &mut ignore).unwrap();
        let out = dir.path().join("ws.db");
        let mut events = Vec::new();
        let req = Websupport {
            out: out.clone(),
            prefix: "sphinx_".into(),
            force: false,
        };
        let report = websupport(&mut store, &req, &mut |e| events.push(e)).unwrap();
        assert_eq!(report.comments, 22);
        assert_eq!(
            events.first(),
            Some(&ProgressEvent::Start {
                stage: Stage::ExportingComments,
                total: Some(22)
            })
        );
        assert_eq!(events[events.len() - 2], ProgressEvent::Done(22));
        assert_eq!(events.last(), Some(&ProgressEvent::Finish));
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("storectl-tmp"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
        let err = websupport(&mut store, &req, &mut ignore).unwrap_err();
        assert_eq!(err.kind(), Kind::Conflict, "{err}");
    }
}
