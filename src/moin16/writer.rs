//! Writing a moin 1.9 data directory: page directories with `current`, revision files (bytes as
//! given), per-page and global edit-logs, attachments, user profiles and `meta`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::editlog::EditLogEntry;
use super::meta::{format_meta, LATEST_DATA_FORMAT_REVISION};
use super::page::{format_current, revision_file_name};

/// One revision to write: its number, its bytes (`None`: a deletion, no file) and its log line.
pub struct RevisionOut<'a> {
    pub number: u64,
    pub data: Option<&'a [u8]>,
    pub log: EditLogEntry,
}

/// An attachment to write: its current bytes (`None`: deleted, no file) and its log lines.
pub struct AttachmentOut {
    pub file_name: String,
    pub data: Option<Vec<u8>>,
    pub log: Vec<EditLogEntry>,
}

/// Writes into `root/data` (created; it must not exist or be empty).
pub struct DataDirWriter {
    data: PathBuf,
    /// (mtime, order written, line) for the global edit-log.
    global: Vec<(i64, usize, String)>,
}

fn io_context(path: &Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    fs::write(path, bytes).map_err(|e| io_context(path, e))
}

impl DataDirWriter {
    pub fn create(data_dir: &Path) -> std::io::Result<DataDirWriter> {
        fs::create_dir_all(data_dir.join("pages")).map_err(|e| io_context(data_dir, e))?;
        fs::create_dir_all(data_dir.join("user")).map_err(|e| io_context(data_dir, e))?;
        Ok(DataDirWriter {
            data: data_dir.to_path_buf(),
            global: Vec::new(),
        })
    }

    fn line(&mut self, entry: &EditLogEntry) -> std::io::Result<String> {
        let line = entry
            .to_line()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))?;
        let order = self.global.len();
        self.global.push((entry.mtime_usecs, order, line.clone()));
        Ok(line)
    }

    /// Writes a page directory; `attachments` are (file name, bytes, log lines).
    pub fn page(
        &mut self,
        dir_name: &str,
        current: u64,
        revisions: &[RevisionOut],
        attachments: &[AttachmentOut],
    ) -> std::io::Result<()> {
        let dir = self.data.join("pages").join(dir_name);
        let revs = dir.join("revisions");
        fs::create_dir_all(&revs).map_err(|e| io_context(&revs, e))?;
        let mut log = String::new();
        for r in revisions {
            if let Some(bytes) = r.data {
                write_file(&revs.join(revision_file_name(r.number)), bytes)?;
            }
            log.push_str(&self.line(&r.log)?);
        }
        if !attachments.is_empty() {
            let att = dir.join("attachments");
            fs::create_dir_all(&att).map_err(|e| io_context(&att, e))?;
            for a in attachments {
                if let Some(bytes) = &a.data {
                    write_file(&att.join(&a.file_name), bytes)?;
                }
                for l in &a.log {
                    log.push_str(&self.line(l)?);
                }
            }
        }
        write_file(&dir.join("edit-log"), log.as_bytes())?;
        write_file(&dir.join("current"), format_current(current).as_bytes())
    }

    /// Writes `user/<id>` with the exact text given.
    pub fn user(&mut self, id: &str, profile_text: &str) -> std::io::Result<()> {
        write_file(&self.data.join("user").join(id), profile_text.as_bytes())
    }

    /// Writes the global edit-log (by time) and `meta`; returns the data dir.
    pub fn finish(mut self) -> std::io::Result<PathBuf> {
        self.global.sort();
        let path = self.data.join("edit-log");
        let mut out =
            std::io::BufWriter::new(fs::File::create(&path).map_err(|e| io_context(&path, e))?);
        for (_, _, line) in &self.global {
            out.write_all(line.as_bytes())?;
        }
        out.flush()?;
        let revision = format!("{LATEST_DATA_FORMAT_REVISION}");
        write_file(
            &self.data.join("meta"),
            format_meta([("data_format_revision", revision.as_str())]).as_bytes(),
        )?;
        Ok(self.data)
    }
}
