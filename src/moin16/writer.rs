//! Writing a moin 1.9 data directory: page directories with `current`, revision files (bytes as
//! given), per-page and global edit-logs, attachments, user profiles and `meta`.
//!
//! Every path is built by one function, [`DataDirWriter::path`], from parts that must each be one
//! plain file name (no `/`, not `.` or `..`): whatever names the store holds, nothing is written
//! outside the data dir. Files are created new (never through an existing file or symlink), and
//! a data dir holds password hashes, so files are 0600 and directories 0700 whatever the umask.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use super::meta::{format_meta, LATEST_DATA_FORMAT_REVISION};
use super::names::quote_wikiname_fs;
use super::page::{format_current, revision_file_name};

/// One revision to write: its number, its bytes (`None`: a deletion, no file) and its time,
/// which becomes the file's mtime (moin logs a save at the revision file's mtime, and a reader
/// takes the time of a revision without a log line from it).
pub struct RevisionOut<'a> {
    pub number: u64,
    pub data: Option<&'a [u8]>,
    pub mtime_us: i64,
}

/// An attachment to write: its file name, current bytes (`None`: deleted, no file) and time.
pub struct AttachmentOut {
    pub file_name: String,
    pub data: Option<Vec<u8>>,
    pub mtime_us: i64,
}

/// A page directory to write.
pub struct PageOut<'a> {
    /// The page's name; its directory is `quoteWikinameFS(name)`.
    pub name: &'a str,
    pub current: u64,
    pub revisions: &'a [RevisionOut<'a>],
    pub attachments: &'a [AttachmentOut],
    /// The whole per-page `edit-log`; `None`: the page has none.
    pub log: Option<&'a [u8]>,
}

/// Writes into a new directory `data_dir`.
pub struct DataDirWriter {
    data: PathBuf,
}

fn io_context(path: &Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// Whether `part` is one plain file name: a path made of such parts stays below its root.
fn is_plain_file_name(part: &str) -> bool {
    let mut components = Path::new(part).components();
    !part.contains(['/', '\0'])
        && matches!(components.next(), Some(Component::Normal(n)) if n == part)
        && components.next().is_none()
}

/// A new directory, 0700.
fn new_dir(path: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        builder.mode(0o700);
        builder.create(path).map_err(|e| io_context(path, e))?;
        // The umask can only take bits away; this makes the mode exact.
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))
            .map_err(|e| io_context(path, e))
    }
    #[cfg(not(unix))]
    builder.create(path).map_err(|e| io_context(path, e))
}

/// A new file (never an existing one, nor through a symlink), 0600, holding `bytes`.
fn new_file(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path).map_err(|e| io_context(path, e))?;
        file.set_permissions(fs::Permissions::from_mode(0o600))
            .map_err(|e| io_context(path, e))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path).map_err(|e| io_context(path, e))
}

impl DataDirWriter {
    /// Creates `data_dir` (which must not exist) with `pages/` and `user/`.
    pub fn create(data_dir: &Path) -> std::io::Result<DataDirWriter> {
        new_dir(data_dir)?;
        let writer = DataDirWriter {
            data: data_dir.to_path_buf(),
        };
        new_dir(&writer.path(&["pages"])?)?;
        new_dir(&writer.path(&["user"])?)?;
        Ok(writer)
    }

    /// The one place paths are made: the data dir joined with `parts`, each of which must be a
    /// plain file name, so the result is always inside the data dir.
    pub fn path(&self, parts: &[&str]) -> std::io::Result<PathBuf> {
        let mut path = self.data.clone();
        for part in parts {
            if !is_plain_file_name(part) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!(
                        "{part:?} is not a plain file name; nothing is written outside {}",
                        self.data.display()
                    ),
                ));
            }
            path.push(part);
        }
        Ok(path)
    }

    fn write(&self, parts: &[&str], bytes: &[u8]) -> std::io::Result<()> {
        self.write_at(parts, bytes, None)
    }

    /// Writes a new file, with `mtime_us` as its modification time when given.
    fn write_at(&self, parts: &[&str], bytes: &[u8], mtime_us: Option<i64>) -> std::io::Result<()> {
        let path = self.path(parts)?;
        let mut file = new_file(&path)?;
        file.write_all(bytes).map_err(|e| io_context(&path, e))?;
        if let Some(t) = mtime_us.and_then(|t| u64::try_from(t).ok()) {
            let time = std::time::UNIX_EPOCH + std::time::Duration::from_micros(t);
            file.set_modified(time).map_err(|e| io_context(&path, e))?;
        }
        Ok(())
    }

    /// Writes a page directory: `pages/<quoteWikinameFS(name)>/`.
    pub fn page(&mut self, page: &PageOut) -> std::io::Result<()> {
        let dir = quote_wikiname_fs(page.name);
        let dir = dir.as_str();
        new_dir(&self.path(&["pages", dir])?)?;
        new_dir(&self.path(&["pages", dir, "revisions"])?)?;
        for r in page.revisions {
            if let Some(bytes) = r.data {
                self.write_at(
                    &["pages", dir, "revisions", &revision_file_name(r.number)],
                    bytes,
                    Some(r.mtime_us),
                )?;
            }
        }
        if page.attachments.iter().any(|a| a.data.is_some()) {
            new_dir(&self.path(&["pages", dir, "attachments"])?)?;
            for a in page.attachments {
                if let Some(bytes) = &a.data {
                    self.write_at(
                        &["pages", dir, "attachments", &a.file_name],
                        bytes,
                        Some(a.mtime_us),
                    )?;
                }
            }
        }
        if let Some(log) = page.log {
            self.write(&["pages", dir, "edit-log"], log)?;
        }
        self.write(
            &["pages", dir, "current"],
            format_current(page.current).as_bytes(),
        )
    }

    /// Writes `user/<id>` with the exact text given.
    pub fn user(&mut self, id: &str, profile_text: &str) -> std::io::Result<()> {
        self.write(&["user", id], profile_text.as_bytes())
    }

    /// Writes the global edit-log and `meta`; returns the data dir.
    pub fn finish(self, global_log: &[u8]) -> std::io::Result<PathBuf> {
        self.write(&["edit-log"], global_log)?;
        let revision = format!("{LATEST_DATA_FORMAT_REVISION}");
        self.write(
            &["meta"],
            format_meta([("data_format_revision", revision.as_str())]).as_bytes(),
        )?;
        Ok(self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_data_dir() {
        let tmp = tempfile::tempdir().unwrap();
        let w = DataDirWriter::create(&tmp.path().join("data")).unwrap();
        for bad in ["..", ".", "", "a/b", "/etc", "../x", "x\0y", "/tmp/x"] {
            assert!(w.path(&["pages", bad]).is_err(), "{bad:?}");
        }
        assert_eq!(
            w.path(&["pages", "A(2f2e2e)", "attachments", "..x"])
                .unwrap(),
            tmp.path().join("data/pages/A(2f2e2e)/attachments/..x")
        );
    }

    #[test]
    fn nothing_is_written_through_an_existing_file_or_link() {
        let tmp = tempfile::tempdir().unwrap();
        let mut w = DataDirWriter::create(&tmp.path().join("data")).unwrap();
        let outside = tmp.path().join("outside");
        fs::write(&outside, "keep").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, tmp.path().join("data/user/1.2.3")).unwrap();
        assert!(w.user("1.2.3", "name=x\n").is_err());
        assert_eq!(fs::read_to_string(&outside).unwrap(), "keep");
        assert!(DataDirWriter::create(&tmp.path().join("data")).is_err());
    }
}
