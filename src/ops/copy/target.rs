//! The store a copy writes: which URLs are accepted, and where a new SQLite store is built.
//!
//! A PostgreSQL target is written in one transaction on its database (its schema created in
//! that transaction when the database is empty). A SQLite target that exists is written in one
//! transaction too; one that does not is built in a temporary file beside it
//! (`.NAME.copy-PID`) and linked into place only after the copy was verified and committed, so
//! that no half-written store ever carries the target's name.

use std::path::{Path, PathBuf};

use crate::engine::{Store, StoreUrl};
use crate::error::{Error, Fix, Result};
use crate::settings::Settings;

/// Refuses a store a copy cannot read or write: a moin16 data dir is not a store of tables.
pub fn refuse_moin16(url: &StoreUrl, role: &str) -> Result<()> {
    if let StoreUrl::Moin16(dir) = url {
        return Err(Error::usage(format!(
            "the {role} store moin16:{} is a MoinMoin data dir, which `copy` does not {}",
            dir.display(),
            if role == "source" { "read" } else { "write" }
        ))
        .hint(if role == "source" {
            Fix::MigrateMoinDataDirFirst
        } else {
            Fix::ExportMoinDataDir
        }));
    }
    Ok(())
}

/// Whether two URLs name the same store (the same SQLite file, or the same URL).
pub fn same_store(a: &StoreUrl, b: &StoreUrl) -> bool {
    match (a, b) {
        (StoreUrl::Sqlite(a), StoreUrl::Sqlite(b)) => match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        },
        (StoreUrl::Postgres(a), StoreUrl::Postgres(b)) => a == b,
        _ => false,
    }
}

/// An opened target.
pub struct Target {
    /// `None` once closed (a new SQLite store, before it is linked into place).
    store: Option<Store>,
    /// The store as shown (without a password).
    pub shown: String,
    /// A new SQLite store being built: (its temporary file, the path it is linked to).
    building: Option<(PathBuf, PathBuf)>,
}

/// The temporary name a new SQLite store `path` is built under, and its prefix (for
/// [`crate::tempfiles::remove_stale`]).
fn temporary(path: &Path) -> (PathBuf, String) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "store".into());
    let prefix = format!(".{name}.copy-");
    let dir = path.parent().unwrap_or(Path::new("."));
    (dir.join(format!("{prefix}{}", std::process::id())), prefix)
}

/// Opens the target. `None` for a SQLite store that does not exist when nothing will be written
/// (a dry run): it would be new, hence empty.
pub fn open(
    url: &StoreUrl,
    text: &str,
    settings: &Settings,
    write: bool,
) -> Result<Option<Target>> {
    let open = |u: &str| Store::open_url_with(u, false, settings.busy_timeout, &settings.postgres);
    match url {
        StoreUrl::Sqlite(path) if !path.exists() => {
            let shown = format!("sqlite:{}", path.display());
            if !write {
                return Ok(None);
            }
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            if !dir.is_dir() {
                return Err(Error::input_missing(format!(
                    "directory {} of the target store does not exist",
                    dir.display()
                ))
                .hint("create it first, or name a file in an existing directory"));
            }
            let (temp, prefix) = temporary(path);
            crate::tempfiles::remove_stale(dir, &prefix);
            // From here on, dropping the target removes the temporary file.
            let mut target = Target {
                store: None,
                shown,
                building: Some((temp.clone(), path.clone())),
            };
            let mut store = open(&format!("sqlite:{}", temp.display()))?;
            store.backend().create()?;
            target.store = Some(store);
            Ok(Some(target))
        }
        _ => {
            let mut store = open(text)?;
            let shown = store.backend().url();
            Ok(Some(Target {
                store: Some(store),
                shown,
                building: None,
            }))
        }
    }
}

impl Target {
    pub fn store(&mut self) -> Result<&mut Store> {
        self.store
            .as_mut()
            .ok_or_else(|| Error::internal("the target store was closed"))
    }

    /// After the copy committed: a new SQLite store takes its name (refused if a file of
    /// that name appeared meanwhile: nothing is overwritten).
    pub fn publish(mut self) -> Result<()> {
        let Some((temp, path)) = self.building.clone() else {
            return Ok(());
        };
        // Everything into the file itself: the write-ahead log does not move with it.
        self.store()?.backend().flush_to_file()?;
        self.store = None;
        match std::fs::hard_link(&temp, &path) {
            Ok(()) => {
                self.building = None;
                remove_with_sidecars(&temp);
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(Error::conflict(format!(
                    "target store {} appeared while the copy ran; it was left as it is",
                    path.display()
                ))
                .hint("copy again to a new file or an empty store"))
            }
            Err(e) => Err(Error::from(e).context(format!("cannot create {}", path.display()))),
        }
    }
}

impl Drop for Target {
    /// A new SQLite store that was not published is removed with its journal files.
    fn drop(&mut self) {
        if let Some((temp, _)) = self.building.take() {
            self.store = None;
            remove_with_sidecars(&temp);
        }
    }
}

/// Removes a SQLite file and its log, index and journal.
fn remove_with_sidecars(file: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = file.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}
