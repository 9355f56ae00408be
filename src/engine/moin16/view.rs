//! A transaction's view of a data dir: every file access of the backend goes through it, and
//! so through [`Confined`] (no symbolic link is ever followed; moin's modes on what is made).
//!
//! In a dry run the view writes nothing: changes go to an in-memory overlay that later reads in
//! the same transaction see, and that is dropped at the end. Taking moin's save lock, writing a
//! revision and renaming it back would change the mtimes of `current`, the page directory and
//! `revisions/`, and would show moin a page being saved; a dry run must leave the wiki exactly
//! as it was.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::moin16::confined::{symlink_error, Confined, FileReader, Kind};

/// What the overlay knows about a path.
#[derive(Debug, Clone)]
enum Node {
    /// A file written in this transaction (bytes, mtime in µs).
    File(Vec<u8>, i64),
    /// A directory made in this transaction (empty but for its overlay children).
    Dir,
    /// Removed or renamed away.
    Gone,
    /// Renamed or copied here from this real path (file or directory).
    Alias(PathBuf),
}

/// Where a path's content is.
enum Loc<'a> {
    Node(&'a Node),
    Real(PathBuf),
    Absent,
}

pub(crate) struct View {
    fs: Confined,
    /// `Some` in a dry run.
    overlay: Option<BTreeMap<PathBuf, Node>>,
}

fn exists_error() -> io::Error {
    io::Error::from(io::ErrorKind::AlreadyExists)
}

impl View {
    pub fn new(root: &Path, dry_run: bool) -> View {
        View {
            fs: Confined::new(root),
            overlay: dry_run.then(BTreeMap::new),
        }
    }

    pub fn is_dry_run(&self) -> bool {
        self.overlay.is_some()
    }

    pub fn confined(&self) -> &Confined {
        &self.fs
    }

    fn locate(&self, path: &Path) -> Loc<'_> {
        let Some(nodes) = &self.overlay else {
            return Loc::Real(path.to_path_buf());
        };
        if let Some(n) = nodes.get(path) {
            return match n {
                Node::Alias(real) => Loc::Real(real.clone()),
                other => Loc::Node(other),
            };
        }
        for anc in path.ancestors().skip(1) {
            if let Some(n) = nodes.get(anc) {
                return match n {
                    Node::Alias(real) => Loc::Real(real.join(path.strip_prefix(anc).unwrap())),
                    _ => Loc::Absent,
                };
            }
        }
        Loc::Real(path.to_path_buf())
    }

    /// What is at `path`; a link there is [`Kind::Symlink`], a link on the way an error.
    pub fn kind(&self, path: &Path) -> io::Result<Option<Kind>> {
        match self.locate(path) {
            Loc::Node(Node::File(..)) => Ok(Some(Kind::File)),
            Loc::Node(Node::Dir) => Ok(Some(Kind::Dir)),
            Loc::Node(_) | Loc::Absent => Ok(None),
            Loc::Real(p) => self.fs.kind(&p),
        }
    }

    /// What is at `path`; a link is an error naming it.
    pub fn kind_no_link(&self, path: &Path) -> io::Result<Option<Kind>> {
        match self.kind(path)? {
            Some(Kind::Symlink) => Err(symlink_error(path)),
            k => Ok(k),
        }
    }

    pub fn exists(&self, path: &Path) -> io::Result<bool> {
        Ok(self.kind_no_link(path)?.is_some())
    }

    pub fn is_dir(&self, path: &Path) -> io::Result<bool> {
        Ok(self.kind_no_link(path)? == Some(Kind::Dir))
    }

    pub fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match self.locate(path) {
            Loc::Node(Node::File(b, _)) => Ok(b.clone()),
            Loc::Node(_) | Loc::Absent => Err(io::Error::from(io::ErrorKind::NotFound)),
            Loc::Real(p) => self.fs.read(&p),
        }
    }

    pub fn read_if_exists(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        match self.read(path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A file for streaming its bytes.
    pub fn open(&self, path: &Path) -> io::Result<Box<dyn Read>> {
        match self.locate(path) {
            Loc::Node(Node::File(b, _)) => Ok(Box::new(io::Cursor::new(b.clone()))),
            Loc::Node(_) | Loc::Absent => Err(io::Error::from(io::ErrorKind::NotFound)),
            Loc::Real(p) => Ok(Box::new(self.fs.open(&p)?)),
        }
    }

    pub fn len(&self, path: &Path) -> io::Result<u64> {
        match self.locate(path) {
            Loc::Node(Node::File(b, _)) => Ok(b.len() as u64),
            Loc::Node(_) | Loc::Absent => Err(io::Error::from(io::ErrorKind::NotFound)),
            Loc::Real(p) => Ok(self.fs.metadata(&p)?.len()),
        }
    }

    pub fn mtime_us(&self, path: &Path) -> i64 {
        match self.locate(path) {
            Loc::Node(Node::File(_, t)) => *t,
            Loc::Node(_) | Loc::Absent => 0,
            Loc::Real(p) => self.fs.mtime_us(&p),
        }
    }

    /// The entries of a directory, links included as [`Kind::Symlink`].
    pub fn read_dir(&self, path: &Path) -> io::Result<Vec<(OsString, Kind)>> {
        let mut entries: BTreeMap<OsString, Kind> = match self.locate(path) {
            Loc::Node(Node::Dir) => BTreeMap::new(),
            Loc::Node(_) | Loc::Absent => return Err(io::Error::from(io::ErrorKind::NotFound)),
            Loc::Real(p) => self.fs.read_dir(&p)?.into_iter().collect(),
        };
        if let Some(nodes) = &self.overlay {
            for (p, n) in nodes {
                if p.parent() != Some(path) {
                    continue;
                }
                let Some(name) = p.file_name() else { continue };
                match n {
                    Node::Gone => {
                        entries.remove(name);
                    }
                    Node::File(..) => {
                        entries.insert(name.to_owned(), Kind::File);
                    }
                    Node::Dir => {
                        entries.insert(name.to_owned(), Kind::Dir);
                    }
                    Node::Alias(real) => {
                        if let Some(k) = self.fs.kind(real)? {
                            entries.insert(name.to_owned(), k);
                        }
                    }
                }
            }
        }
        Ok(entries.into_iter().collect())
    }

    pub fn create_dir(&mut self, path: &Path) -> io::Result<()> {
        if self.overlay.is_none() {
            return self.fs.create_dir(path);
        }
        if self.kind(path)?.is_some() {
            return Err(exists_error());
        }
        self.fs.check_parents(path)?;
        self.nodes().insert(path.to_path_buf(), Node::Dir);
        Ok(())
    }

    pub fn create_dir_all(&mut self, path: &Path) -> io::Result<()> {
        if self.overlay.is_none() {
            return self.fs.create_dir_all(path);
        }
        if self.kind_no_link(path)?.is_some() {
            return Ok(());
        }
        if let Some(parent) = path.parent().filter(|p| *p != self.fs.root()) {
            self.create_dir_all(parent)?;
        }
        self.create_dir(path)
    }

    /// Creates a file that must not exist yet.
    pub fn create_new(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.overlay.is_none() {
            return self.fs.create_new(path, bytes);
        }
        if self.kind(path)?.is_some() {
            return Err(exists_error());
        }
        self.put_file(path, bytes)
    }

    /// Writes a file, replacing what is there.
    pub fn write(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.overlay.is_none() {
            return self.fs.write(path, bytes);
        }
        self.kind_no_link(path)?;
        self.put_file(path, bytes)
    }

    fn put_file(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        match path.parent().map(|p| self.kind_no_link(p)) {
            Some(Ok(Some(Kind::Dir))) => {}
            Some(Err(e)) => return Err(e),
            _ => return Err(io::Error::from(io::ErrorKind::NotFound)),
        }
        let now = crate::timestamp::now_us();
        self.nodes()
            .insert(path.to_path_buf(), Node::File(bytes.to_vec(), now));
        Ok(())
    }

    fn nodes(&mut self) -> &mut BTreeMap<PathBuf, Node> {
        self.overlay.as_mut().expect("an overlay in a dry run")
    }

    /// The overlay's nodes strictly below `dir`, relative to it.
    fn below(&self, dir: &Path) -> Vec<(PathBuf, Node)> {
        self.overlay
            .iter()
            .flatten()
            .filter_map(|(p, n)| {
                let rel = p.strip_prefix(dir).ok()?;
                (!rel.as_os_str().is_empty()).then(|| (rel.to_path_buf(), n.clone()))
            })
            .collect()
    }

    fn drop_below(&mut self, dir: &Path) {
        self.nodes()
            .retain(|p, _| !(p.starts_with(dir) && p.as_path() != dir));
    }

    /// What `to` becomes when `from` is renamed or copied there.
    fn node_for(&self, from: &Path) -> io::Result<Node> {
        match self.locate(from) {
            Loc::Node(n @ (Node::File(..) | Node::Dir)) => Ok(n.clone()),
            Loc::Real(p) if self.fs.kind(&p)?.is_some() => Ok(Node::Alias(p)),
            _ => Err(io::Error::from(io::ErrorKind::NotFound)),
        }
    }

    pub fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        if self.overlay.is_none() {
            return self.fs.rename(from, to);
        }
        self.fs.check_parents(from)?;
        self.fs.check_parents(to)?;
        let node = self.node_for(from)?;
        let children = self.below(from);
        self.drop_below(from);
        self.drop_below(to);
        let nodes = self.nodes();
        nodes.insert(from.to_path_buf(), Node::Gone);
        nodes.insert(to.to_path_buf(), node);
        for (rel, n) in children {
            nodes.insert(to.join(rel), n);
        }
        Ok(())
    }

    /// `filesys.copytree`: a directory with everything below it. Links are refused.
    pub fn copy_tree(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        if self.overlay.is_some() {
            // Refuse links below `from` as the real copy does.
            self.check_tree(from)?;
            let node = self.node_for(from)?;
            let children = self.below(from);
            let nodes = self.nodes();
            nodes.insert(to.to_path_buf(), node);
            for (rel, n) in children {
                nodes.insert(to.join(rel), n);
            }
            return Ok(());
        }
        self.fs.create_dir(to)?;
        for (name, kind) in self.fs.read_dir(from)? {
            let (src, dst) = (from.join(&name), to.join(&name));
            match kind {
                Kind::Dir => self.copy_tree(&src, &dst)?,
                Kind::File => self.fs.create_new(&dst, &self.fs.read(&src)?)?,
                Kind::Symlink => return Err(symlink_error(&src)),
                Kind::Other => {}
            }
        }
        Ok(())
    }

    fn check_tree(&self, dir: &Path) -> io::Result<()> {
        for (name, kind) in self.read_dir(dir)? {
            match kind {
                Kind::Symlink => return Err(symlink_error(&dir.join(name))),
                Kind::Dir => self.check_tree(&dir.join(name))?,
                _ => {}
            }
        }
        Ok(())
    }

    /// Removes a file or directory (in a dry run: from the view only).
    pub fn remove(&mut self, path: &Path) -> io::Result<()> {
        if self.overlay.is_none() {
            return match self.fs.kind(path)? {
                Some(Kind::Dir) => self.fs.remove_dir_all(path),
                Some(_) => self.fs.remove_file(path),
                None => Ok(()),
            };
        }
        self.drop_below(path);
        self.nodes().insert(path.to_path_buf(), Node::Gone);
        Ok(())
    }
}

impl FileReader for View {
    fn read_file(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        self.read_if_exists(path)
    }
    fn exists(&self, path: &Path) -> io::Result<bool> {
        Ok(self.kind(path)?.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dry_run_view_sees_its_changes_and_writes_nothing() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("data");
        std::fs::create_dir_all(root.join("pages/P/revisions")).unwrap();
        std::fs::write(root.join("pages/P/current"), "00000001\n").unwrap();
        std::fs::write(root.join("pages/P/revisions/00000001"), "one").unwrap();
        let mut v = View::new(&root, true);
        let p = root.join("pages/P");
        v.rename(&p.join("current"), &p.join("current-locked"))
            .unwrap();
        assert!(!v.exists(&p.join("current")).unwrap());
        assert_eq!(v.read(&p.join("current-locked")).unwrap(), b"00000001\n");
        v.create_new(&p.join("revisions/00000002"), b"two").unwrap();
        assert!(v.create_new(&p.join("revisions/00000002"), b"x").is_err());
        let names: Vec<_> = v
            .read_dir(&p.join("revisions"))
            .unwrap()
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, ["00000001", "00000002"]);
        v.rename(&p, &root.join("pages/Q")).unwrap();
        let q = root.join("pages/Q");
        assert_eq!(v.read(&q.join("revisions/00000002")).unwrap(), b"two");
        assert_eq!(v.read(&q.join("revisions/00000001")).unwrap(), b"one");
        assert!(!v.exists(&p).unwrap());
        v.copy_tree(&q, &root.join("pages/C")).unwrap();
        assert_eq!(
            v.read(&root.join("pages/C/revisions/00000002")).unwrap(),
            b"two"
        );
        v.remove(&q.join("revisions/00000001")).unwrap();
        assert!(!v.exists(&q.join("revisions/00000001")).unwrap());
        v.create_dir_all(&root.join("pages/N/attachments")).unwrap();
        v.write(&root.join("pages/N/attachments/a"), b"a").unwrap();
        assert_eq!(v.len(&root.join("pages/N/attachments/a")).unwrap(), 1);
        // On disk: nothing changed.
        assert!(root.join("pages/P/current").exists());
        assert!(!root.join("pages/Q").exists());
        assert!(!root.join("pages/N").exists());
        assert_eq!(
            std::fs::read_dir(root.join("pages/P/revisions"))
                .unwrap()
                .count(),
            1
        );
    }
}
