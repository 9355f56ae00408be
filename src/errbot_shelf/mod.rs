//! Errbot's Shelf storage on disk, read without Python: `migrate errbot`'s source.
//!
//! Errbot's `ShelfStoragePlugin.open(namespace)` opens `shelve.DbfilenameShelf(BOT_DATA_DIR /
//! (namespace + ".db"), protocol=2)`: one shelf per namespace (`core`, `repomgr`, one per
//! plugin, by the plugin's name), keys UTF-8, values pickles. Which dbm writes the shelf depends
//! on the Python that ran the bot, and Python's `dbm.whichdb` picks the reader by the files it
//! finds; [`scan`] makes the same choice in the same order:
//!
//! | files                     | flavour (Python module)  | who writes it                        |
//! |---------------------------|--------------------------|--------------------------------------|
//! | `NS.db.pag` + `NS.db.dir` | `dbm.ndbm` (gdbm compat) | ndbm on gdbm's compatibility library |
//! | `NS.db.db`                | `dbm.ndbm` (Berkeley DB) | Debian's Python 3 (`_dbm` on libdb)  |
//! | `NS.db.dat` + `NS.db.dir` | `dbm.dumb`               | pyenv's and other builds without dbm |
//! | `NS.db`, gdbm magic       | `dbm.gnu`                | Debian's Python with `python3-gdbm`  |
//! | `NS.db`, SQLite header    | `dbm.sqlite3`            | Python 3.13 without gdbm or ndbm     |
//!
//! Errbot 3 kept shelves in `BOT_DATA_DIR/plugins/NS.db`, and Errbot moves such a file up when it
//! opens the namespace; [`scan`] reads it there when the top level has no shelf for `NS`.
//!
//! Paths never leave the data dir and no symbolic link below it is followed
//! ([`crate::moin16::confined::Confined`], the rule of moin data dirs): a link is listed as
//! skipped.

pub mod bdb;
pub mod dumb;
pub mod gnu;
pub mod pickle;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::moin16::confined::{symlink_of, Confined, Kind};

/// A dbm's (key, value) pairs as stored, in the file's order.
pub type Entries = Vec<(Vec<u8>, Vec<u8>)>;

/// The dbm format of one shelf.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    Dumb,
    Gnu,
    NdbmGnu,
    NdbmBerkeley,
    Sqlite3,
}

impl Flavour {
    /// The name Python's `dbm.whichdb` gives it, plus the library where that is ambiguous.
    pub fn name(self) -> &'static str {
        match self {
            Flavour::Dumb => "dbm.dumb",
            Flavour::Gnu => "dbm.gnu",
            Flavour::NdbmGnu => "dbm.ndbm (gdbm)",
            Flavour::NdbmBerkeley => "dbm.ndbm (Berkeley DB hash)",
            Flavour::Sqlite3 => "dbm.sqlite3",
        }
    }
}

/// One namespace's shelf: where it is and how to read it.
#[derive(Debug, Clone)]
pub struct Shelf {
    /// The Errbot namespace: the file name without `.db` and the flavour's suffix.
    pub namespace: String,
    /// The file that names the shelf in reports, relative to the data dir (`core.db.dat`).
    pub file: String,
    /// The shelf's format, or why it is not one storectl reads.
    pub flavour: Result<Flavour, String>,
    dir: PathBuf,
}

/// What [`scan`] found in a data dir.
#[derive(Debug, Default)]
pub struct Layout {
    pub shelves: Vec<Shelf>,
    /// (file, why) for entries that look like shelves and are not read: links, files another
    /// flavour's files hide (Python would not read them either).
    pub skipped: Vec<(String, String)>,
    pub notes: Vec<(String, String)>,
}

/// The suffixes after `NS.db` that belong to shelves.
const SUFFIXES: [&str; 6] = [".db.pag", ".db.dir", ".db.db", ".db.dat", ".db.bak", ".db"];

/// The shelves of a `BOT_DATA_DIR`, one per namespace, in namespace order.
pub fn scan(root: &Confined) -> std::io::Result<Layout> {
    let mut layout = Layout::default();
    let top = files_of(root, root.root(), "", &mut layout)?;
    let plugins = root.root().join("plugins");
    let old = match root.kind(&plugins) {
        Ok(Some(Kind::Dir)) => files_of(root, &plugins, "plugins/", &mut layout)?,
        Ok(Some(Kind::Symlink)) => {
            layout.skipped.push((
                "plugins".into(),
                "a symbolic link; storectl never follows links inside a bot's data dir".into(),
            ));
            BTreeMap::new()
        }
        _ => BTreeMap::new(),
    };
    for (ns, names) in &top {
        let chosen = choose(root.root(), "", ns, names, &mut layout);
        layout.shelves.push(chosen);
    }
    for (ns, names) in &old {
        // Errbot 3's place: only the single-file `NS.db`, as Errbot's own move looks for.
        if !names.contains(".db") {
            continue;
        }
        let file = format!("plugins/{ns}.db");
        if top.contains_key(ns) {
            layout.notes.push((
                file,
                format!("an Errbot 3 shelf; Errbot reads {ns}.db and so does storectl"),
            ));
            continue;
        }
        let only_db = [".db".to_string()].into_iter().collect();
        let chosen = choose(&plugins, "plugins/", ns, &only_db, &mut layout);
        layout.shelves.push(chosen);
    }
    layout.shelves.sort_by(|a, b| a.namespace.cmp(&b.namespace));
    Ok(layout)
}

/// Namespace → the shelf suffixes present for it in `dir` (links reported and left out).
fn files_of(
    root: &Confined,
    dir: &Path,
    prefix: &str,
    layout: &mut Layout,
) -> std::io::Result<BTreeMap<String, std::collections::BTreeSet<String>>> {
    let mut out: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    for (name, kind) in root.read_dir(dir)? {
        let Some(name) = name.to_str().map(str::to_string) else {
            layout.skipped.push((
                format!("{prefix}{}", name.to_string_lossy()),
                "a file name that is not UTF-8, so no Errbot namespace".into(),
            ));
            continue;
        };
        let Some(suffix) = SUFFIXES.iter().find(|s| name.ends_with(*s)) else {
            continue;
        };
        let ns = &name[..name.len() - suffix.len()];
        if ns.is_empty() {
            continue;
        }
        match kind {
            Kind::File => {}
            Kind::Symlink => {
                layout.skipped.push((
                    format!("{prefix}{name}"),
                    "a symbolic link; storectl never follows links inside a bot's data dir: \
                     replace it with a copy of what it points to"
                        .into(),
                ));
                continue;
            }
            _ => continue,
        }
        out.entry(ns.to_string())
            .or_default()
            .insert(suffix.to_string());
    }
    Ok(out)
}

/// `dbm.whichdb`'s choice for `NS.db` given the files present.
fn choose(
    dir: &Path,
    prefix: &str,
    ns: &str,
    names: &std::collections::BTreeSet<String>,
    layout: &mut Layout,
) -> Shelf {
    let has = |s: &str| names.contains(s);
    let shelf = |file: &str, flavour: Result<Flavour, String>| Shelf {
        namespace: ns.to_string(),
        file: format!("{prefix}{ns}{file}"),
        flavour,
        dir: dir.to_path_buf(),
    };
    let (chosen, used): (Shelf, &[&str]) = if has(".db.pag") && has(".db.dir") {
        (
            shelf(".db.pag", Ok(Flavour::NdbmGnu)),
            &[".db.pag", ".db.dir"],
        )
    } else if has(".db.db") {
        (shelf(".db.db", Ok(Flavour::NdbmBerkeley)), &[".db.db"])
    } else if has(".db.dat") && has(".db.dir") {
        (
            shelf(".db.dir", Ok(Flavour::Dumb)),
            &[".db.dat", ".db.dir", ".db.bak"],
        )
    } else if has(".db") {
        (shelf(".db", Err(String::new())), &[".db"]) // sniffed when read
    } else {
        let file = names.iter().next().cloned().unwrap_or_default();
        (
            shelf(
                &file,
                Err("a lone file of a shelf whose other files are missing".into()),
            ),
            &[],
        )
    };
    for other in names.iter().filter(|n| !used.contains(&n.as_str())) {
        if other == ".db.bak" {
            continue;
        }
        layout.notes.push((
            format!("{prefix}{ns}{other}"),
            format!(
                "not read: Python opens {} for namespace {ns:?}",
                chosen.file
            ),
        ));
    }
    chosen
}

/// A shelf's entries, or why they cannot be read (naming the file).
pub fn read(root: &Confined, shelf: &Shelf) -> Result<(Flavour, Entries), String> {
    let path = |suffix: &str| shelf.dir.join(format!("{}{suffix}", shelf.namespace));
    let load = |suffix: &str| {
        root.read(&path(suffix)).map_err(|e| match symlink_of(&e) {
            Some(link) => format!(
                "{} is a symbolic link; storectl never follows links inside a bot's data dir",
                link.display()
            ),
            None => format!("cannot read {}{suffix}: {e}", shelf.namespace),
        })
    };
    let flavour = match &shelf.flavour {
        Ok(f) => *f,
        Err(why) if !why.is_empty() => return Err(why.clone()),
        Err(_) => {
            let bytes = load(".db")?;
            return if gnu::is_gdbm(&bytes) {
                gnu::read(&bytes).map(|e| (Flavour::Gnu, e))
            } else if bytes.starts_with(b"SQLite format 3\0") {
                read_sqlite(root, &path(".db")).map(|e| (Flavour::Sqlite3, e))
            } else if bdb::is_bdb_hash(&bytes) {
                // Python 2's bsddb (dbm "dbhash") wrote NS.db itself as a Berkeley DB hash file.
                bdb::read(&bytes).map(|e| (Flavour::NdbmBerkeley, e))
            } else {
                Err(format!(
                    "not a dbm file Python reads (whichdb: unknown flavour; first bytes {})",
                    bytes
                        .iter()
                        .take(8)
                        .map(|b| format!("{b:02x}"))
                        .collect::<String>()
                ))
            };
        }
    };
    let entries = match flavour {
        Flavour::Dumb => dumb::read(&load(".db.dir")?, &load(".db.dat")?),
        Flavour::NdbmGnu => gnu::read(&load(".db.pag")?),
        Flavour::NdbmBerkeley => bdb::read(&load(".db.db")?),
        Flavour::Gnu => gnu::read(&load(".db")?),
        Flavour::Sqlite3 => read_sqlite(root, &path(".db")),
    }?;
    Ok((flavour, entries))
}

/// Python 3.13's `dbm.sqlite3`: table `Dict(key BLOB UNIQUE NOT NULL, value BLOB NOT NULL)`,
/// opened read-only (the path was checked for links first).
fn read_sqlite(root: &Confined, path: &Path) -> Result<Entries, String> {
    use rusqlite::{Connection, OpenFlags};
    if !matches!(root.kind(path), Ok(Some(Kind::File))) {
        return Err(format!("{} is not a plain file", path.display()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| format!("cannot open the dbm.sqlite3 file: {e}"))?;
    let mut stmt = conn
        .prepare("SELECT key, value FROM Dict")
        .map_err(|e| format!("not a dbm.sqlite3 shelf: {e}"))?;
    let rows = stmt
        .query_map([], |r| {
            // Keys and values are blobs; a text cell (written by hand) is read as its bytes.
            let bytes = |i| r.get_ref(i).and_then(|v| Ok(v.as_bytes()?.to_vec()));
            Ok((bytes(0)?, bytes(1)?))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Entries>>())
        .map_err(|e| format!("cannot read the dbm.sqlite3 shelf: {e}"))?;
    Ok(rows)
}
