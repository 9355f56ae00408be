//! File access inside a moin data dir that never follows a symbolic link, and creates files
//! and directories with moin's modes. Every reader and writer of data dirs (`migrate moin16`,
//! `migrate verify`, the `moin16:` backend, detection) goes through [`Confined`], so no path
//! can forget the rule.
//!
//! The rule: **no symbolic link below the data dir is followed, wherever it points.** moin never
//! creates one, so a link is hand-made or hostile; a link that points inside today can be
//! re-pointed outside between a check and a use, and one that points outside would let a wiki
//! file read `/etc/shadow` into the store or let an edit-log append go to `~/.bashrc`. The data
//! dir itself (the path the user names) may be a link: it is trusted, as the user chose it.
//!
//! Contents are opened component by component with `openat(O_NOFOLLOW)`, so a directory swapped
//! for a link between two calls is caught too. Listings, renames and directory creation check
//! each component with `lstat` first (a race there reveals names or moves a link, never
//! contents).
//!
//! Modes are moin 1.9's: it runs with `umask = 0770` (`MoinMoin/config/__init__.py`; the
//! request handler sets the process umask to `0777 ^ 0770`), so pages, logs and profiles are
//! `0660` and directories `0770`: the wiki's group shares them and others get nothing. storectl
//! sets these exact modes whatever its own umask, as moin does; its sidecar files
//! (`storectl-locks.db`, `storectl-journal`, `storectl-trash/`) get the same group modes, since
//! every member of the wiki's group who may run storectl must be able to take a lock and finish
//! a transaction a dead process left.

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

/// moin's file mode (`0666 & config.umask`).
pub const FILE_MODE: u32 = 0o660;
/// moin's directory mode (`0777 & config.umask`).
pub const DIR_MODE: u32 = 0o770;

/// What is at a path, without following a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    /// A fifo, socket or device: never a moin file.
    Other,
}

impl Kind {
    fn of(t: fs::FileType) -> Kind {
        if t.is_symlink() {
            Kind::Symlink
        } else if t.is_dir() {
            Kind::Dir
        } else if t.is_file() {
            Kind::File
        } else {
            Kind::Other
        }
    }
}

/// The error payload for a path that is (or passes through) a symbolic link.
#[derive(Debug)]
pub struct Symlink {
    pub path: PathBuf,
}

impl fmt::Display for Symlink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is a symbolic link; storectl never follows links inside a moin data dir",
            self.path.display()
        )
    }
}

impl std::error::Error for Symlink {}

/// What to do about a link the error names.
pub const SYMLINK_HINT: &str = "replace the link with a copy of what it points to, or remove it (moin itself never creates links); `storectl check` lists them all";

/// An `InvalidData` error (exit 65) naming the link.
pub fn symlink_error(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        Symlink {
            path: path.to_path_buf(),
        },
    )
}

/// The link an error from this module names, if it is about one.
pub fn symlink_of(e: &io::Error) -> Option<&Path> {
    e.get_ref()?
        .downcast_ref::<Symlink>()
        .map(|s| s.path.as_path())
}

/// A data dir's root: every path handed to its methods must lie below it.
#[derive(Debug, Clone)]
pub struct Confined {
    root: PathBuf,
}

impl Confined {
    pub fn new(root: impl Into<PathBuf>) -> Confined {
        Confined { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `path` relative to the root, as plain names (no `..`, no root escape).
    fn names<'a>(&self, path: &'a Path) -> io::Result<Vec<&'a std::ffi::OsStr>> {
        let rel = path.strip_prefix(&self.root).map_err(|_| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} is outside the data dir {}",
                    path.display(),
                    self.root.display()
                ),
            )
        })?;
        rel.components()
            .filter(|c| *c != Component::CurDir)
            .map(|c| match c {
                Component::Normal(n) => Ok(n),
                // `..` (or a root) could leave the data dir.
                _ => Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{} leaves the data dir", path.display()),
                )),
            })
            .collect()
    }

    /// Fails with a [`Symlink`] error if a directory between the root and `path` (`path`
    /// itself excluded) is a link; stops at the first one that does not exist.
    pub fn check_parents(&self, path: &Path) -> io::Result<()> {
        let names = self.names(path)?;
        let mut at = self.root.clone();
        for name in names.iter().take(names.len().saturating_sub(1)) {
            at.push(name);
            match fs::symlink_metadata(&at) {
                Ok(m) if m.file_type().is_symlink() => return Err(symlink_error(&at)),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// What is at `path` (`None`: nothing), never following a link; a link on the way there
    /// is an error, a link at `path` is [`Kind::Symlink`].
    pub fn kind(&self, path: &Path) -> io::Result<Option<Kind>> {
        self.check_parents(path)?;
        match fs::symlink_metadata(path) {
            Ok(m) => Ok(Some(Kind::of(m.file_type()))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Like [`Confined::kind`], but a link at `path` is an error too.
    pub fn kind_no_link(&self, path: &Path) -> io::Result<Option<Kind>> {
        match self.kind(path)? {
            Some(Kind::Symlink) => Err(symlink_error(path)),
            k => Ok(k),
        }
    }

    /// Whether anything (a link included) is at `path`; errors count as nothing.
    pub fn exists_lstat(&self, path: &Path) -> bool {
        self.kind(path).is_ok_and(|k| k.is_some())
    }

    /// Metadata of `path` itself (a link is an error).
    pub fn metadata(&self, path: &Path) -> io::Result<fs::Metadata> {
        self.check_parents(path)?;
        let m = fs::symlink_metadata(path)?;
        if m.file_type().is_symlink() {
            return Err(symlink_error(path));
        }
        Ok(m)
    }

    /// A file's mtime in microseconds since the epoch (0 when unknown or a link).
    pub fn mtime_us(&self, path: &Path) -> i64 {
        self.metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_micros() as i64)
    }

    /// The entries of directory `path` with what each is (links included, as links).
    pub fn read_dir(&self, path: &Path) -> io::Result<Vec<(OsString, Kind)>> {
        match self.kind(path)? {
            Some(Kind::Symlink) => return Err(symlink_error(path)),
            None => return Err(io::Error::from(io::ErrorKind::NotFound)),
            _ => {}
        }
        let mut out = Vec::new();
        for e in fs::read_dir(path)? {
            let e = e?;
            out.push((e.file_name(), Kind::of(e.file_type()?)));
        }
        Ok(out)
    }

    /// Opens a file for reading.
    pub fn open(&self, path: &Path) -> io::Result<File> {
        self.open_with(path, OpenFor::Read)
    }

    /// A file's bytes.
    pub fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        self.open(path)?.read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    /// A file's bytes; `None` when it does not exist.
    pub fn read_if_exists(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        match self.read(path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Creates a file that must not exist yet (mode 0660) with `bytes`.
    pub fn create_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut f = self.open_with(path, OpenFor::CreateNew)?;
        f.write_all(bytes)
    }

    /// Writes a file, replacing one that exists (a temp file before a rename).
    pub fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut f = self.open_with(path, OpenFor::Replace)?;
        f.write_all(bytes)
    }

    /// Opens a file for appending, creating it (mode 0660) if missing.
    pub fn append(&self, path: &Path) -> io::Result<File> {
        match self.open_with(path, OpenFor::CreateNew) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                self.open_with(path, OpenFor::Append)
            }
            Ok(f) => Ok(f),
            Err(e) => Err(e),
        }
    }

    /// Creates a directory (mode 0770); its parent must exist.
    pub fn create_dir(&self, path: &Path) -> io::Result<()> {
        self.check_parents(path)?;
        let mut b = fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(DIR_MODE);
        }
        b.create(path)?;
        set_mode(path, DIR_MODE)
    }

    /// Creates a directory and its missing parents below the root (mode 0770 each).
    pub fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        match self.kind(path)? {
            Some(Kind::Dir) => return Ok(()),
            Some(Kind::Symlink) => return Err(symlink_error(path)),
            Some(_) => return Err(io::Error::from(io::ErrorKind::AlreadyExists)),
            None => {}
        }
        if let Some(parent) = path.parent().filter(|p| *p != self.root) {
            self.create_dir_all(parent)?;
        }
        self.create_dir(path)
    }

    /// Renames `from` to `to` (both below the root; the names themselves may be links, which
    /// a rename moves as they are).
    pub fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check_parents(from)?;
        self.check_parents(to)?;
        fs::rename(from, to)
    }

    pub fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.check_parents(path)?;
        fs::remove_file(path)
    }

    /// Removes a directory tree (links inside are removed, not followed).
    pub fn remove_dir_all(&self, path: &Path) -> io::Result<()> {
        self.check_parents(path)?;
        fs::remove_dir_all(path)
    }

    pub fn remove_dir(&self, path: &Path) -> io::Result<()> {
        self.check_parents(path)?;
        fs::remove_dir(path)
    }

    #[cfg(unix)]
    fn open_with(&self, path: &Path, how: OpenFor) -> io::Result<File> {
        use std::os::unix::fs::OpenOptionsExt;

        let names = self.names(path)?;
        let mut dir = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY)
            .open(&self.root)?;
        let mut at = self.root.clone();
        let Some((last, parents)) = names.split_last() else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is the data dir, not a file", path.display()),
            ));
        };
        for name in parents {
            at.push(name);
            dir = openat_nofollow(&dir, name, libc::O_RDONLY | libc::O_DIRECTORY)
                .map_err(|(e, is_link)| if is_link { symlink_error(&at) } else { e })?;
        }
        at.push(last);
        let flags = match how {
            OpenFor::Read => libc::O_RDONLY,
            OpenFor::CreateNew => libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL,
            OpenFor::Replace => libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC,
            OpenFor::Append => libc::O_WRONLY | libc::O_APPEND,
        };
        let file = openat_nofollow(&dir, last, flags).map_err(|(e, is_link)| {
            if is_link || (e.raw_os_error() == Some(libc::EEXIST) && is_link_path(&at)) {
                symlink_error(&at)
            } else {
                e
            }
        })?;
        if matches!(how, OpenFor::CreateNew | OpenFor::Replace) {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
        }
        Ok(file)
    }

    #[cfg(not(unix))]
    fn open_with(&self, path: &Path, how: OpenFor) -> io::Result<File> {
        self.check_parents(path)?;
        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(symlink_error(path));
        }
        let mut o = fs::OpenOptions::new();
        match how {
            OpenFor::Read => o.read(true),
            OpenFor::CreateNew => o.write(true).create_new(true),
            OpenFor::Replace => o.write(true).create(true).truncate(true),
            OpenFor::Append => o.append(true),
        };
        o.open(path)
    }
}

/// Reading files of a data dir: [`Confined`], or the moin16 backend's view of one (which a
/// dry run changes in memory only).
pub trait FileReader {
    /// A file's bytes; `None` when nothing is there. A link is an error.
    fn read_file(&self, path: &Path) -> io::Result<Option<Vec<u8>>>;
    /// Whether anything (a link included) is at `path`.
    fn exists(&self, path: &Path) -> io::Result<bool>;
}

impl FileReader for Confined {
    fn read_file(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        self.read_if_exists(path)
    }
    fn exists(&self, path: &Path) -> io::Result<bool> {
        Ok(self.kind(path)?.is_some())
    }
}

#[derive(Debug, Clone, Copy)]
enum OpenFor {
    Read,
    CreateNew,
    Replace,
    Append,
}

#[cfg(unix)]
/// `openat(dir, name, flags | O_NOFOLLOW)`; on failure also whether `name` is a link.
fn openat_nofollow(
    dir: &File,
    name: &std::ffi::OsStr,
    flags: libc::c_int,
) -> Result<File, (io::Error, bool)> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::io::{AsRawFd, FromRawFd};
    let c = CString::new(name.as_bytes())
        .map_err(|e| (io::Error::new(io::ErrorKind::InvalidInput, e), false))?;
    // SAFETY: a valid directory fd and a NUL-terminated name.
    let fd = unsafe {
        libc::openat(
            dir.as_raw_fd(),
            c.as_ptr(),
            flags | libc::O_NOFOLLOW | libc::O_CLOEXEC,
            FILE_MODE as libc::c_uint,
        )
    };
    if fd < 0 {
        let e = io::Error::last_os_error();
        let is_link = matches!(e.raw_os_error(), Some(libc::ELOOP) | Some(libc::ENOTDIR))
            && is_link_at(dir, &c);
        return Err((e, is_link));
    }
    // SAFETY: fd is a new descriptor that only this File owns.
    Ok(unsafe { File::from_raw_fd(fd) })
}

#[cfg(unix)]
fn is_link_at(dir: &File, name: &std::ffi::CStr) -> bool {
    use std::os::unix::io::AsRawFd;
    // SAFETY: stat is plain data, filled in by fstatat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = unsafe {
        libc::fstatat(
            dir.as_raw_fd(),
            name.as_ptr(),
            &mut st,
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    r == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFLNK
}

#[cfg(unix)]
fn is_link_path(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Sets a mode exactly (the umask does not apply), as moin's `os.umask(0777 ^ 0770)` does.
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

/// Gives a file moin's mode: for files made by others (SQLite) that storectl keeps in a data dir.
pub fn set_file_mode(path: &Path) -> io::Result<()> {
    set_mode(path, FILE_MODE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_are_never_followed_and_modes_are_moins() {
        use std::os::unix::fs::{symlink, PermissionsExt};
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("data");
        let outside = t.path().join("outside");
        fs::create_dir_all(root.join("pages/P/revisions")).unwrap();
        fs::create_dir(&outside).unwrap();
        fs::write(outside.join("secret"), "s").unwrap();
        fs::write(root.join("pages/P/revisions/00000001"), "r1").unwrap();
        symlink(
            outside.join("secret"),
            root.join("pages/P/revisions/00000002"),
        )
        .unwrap();
        symlink(&outside, root.join("pages/L")).unwrap();
        symlink("00000001", root.join("pages/P/revisions/inside")).unwrap();
        let c = Confined::new(&root);
        assert_eq!(
            c.read(&root.join("pages/P/revisions/00000001")).unwrap(),
            b"r1"
        );
        for p in [
            root.join("pages/P/revisions/00000002"),
            root.join("pages/P/revisions/inside"),
            root.join("pages/L/secret"),
        ] {
            let e = c.read(&p).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::InvalidData, "{p:?}");
            let link = symlink_of(&e).unwrap();
            assert!(p.starts_with(link), "{p:?}: {link:?}");
        }
        // Writes through a link fail and leave the target alone.
        assert!(c.append(&root.join("pages/P/revisions/00000002")).is_err());
        assert!(c
            .create_new(&root.join("pages/P/revisions/00000002"), b"x")
            .is_err());
        assert!(c.write(&root.join("pages/L/new"), b"x").is_err());
        assert!(c.create_dir(&root.join("pages/L/d")).is_err());
        assert!(c.read_dir(&root.join("pages/L")).is_err());
        assert_eq!(fs::read(outside.join("secret")).unwrap(), b"s");
        assert_eq!(fs::read_dir(&outside).unwrap().count(), 1);
        assert_eq!(c.kind(&root.join("pages/L")).unwrap(), Some(Kind::Symlink));
        assert!(c.kind(&root.join("pages/L/secret")).is_err());
        assert!(c.read(&outside.join("secret")).is_err(), "outside the root");
        assert!(c.read(&root.join("pages/../../outside/secret")).is_err());
        // Modes: exactly moin's, whatever the umask.
        c.create_dir(&root.join("pages/Q")).unwrap();
        c.create_new(&root.join("pages/Q/current"), b"00000001\n")
            .unwrap();
        c.append(&root.join("pages/Q/edit-log")).unwrap();
        let mode = |p: &str| fs::metadata(root.join(p)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode("pages/Q"), 0o770);
        assert_eq!(mode("pages/Q/current"), 0o660);
        assert_eq!(mode("pages/Q/edit-log"), 0o660);
    }
}
