//! Inside a page directory (`moin16-format.md` §3): the `current` file, revision file names, and
//! the text encoding of revision files.
//!
//! `current` decides whether a directory is a page at all, and which revision is live; moin
//! reads it with `int(open(current).read().strip())` and falls back to `99999999` ("no such
//! page") on any error. A crash in the middle of a save (`PageEditor._write_file`) leaves
//! `current-locked` or `current-locked.tmp` and no `current`; [`read_current`] falls back to
//! them and says so, because losing a page over an interrupted save would be worse than moin's
//! own behaviour (moin shows such a page as missing until an admin renames the file back).

use std::fmt;
use std::io;
use std::path::Path;

use super::confined::{Confined, FileReader};
use super::py::{py_int_bytes, py_splitlines_keepends, split_line_end};

/// Which file the current revision was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrentSource {
    /// `current`, the normal case.
    Current,
    /// `current-locked`: a save was interrupted after `current` was renamed away.
    CurrentLocked,
    /// `current-locked.tmp` alone: a save was interrupted while writing the new number.
    CurrentLockedTmp,
}

impl CurrentSource {
    pub fn file_name(self) -> &'static str {
        match self {
            CurrentSource::Current => "current",
            CurrentSource::CurrentLocked => "current-locked",
            CurrentSource::CurrentLockedTmp => "current-locked.tmp",
        }
    }
}

/// Something unusual about a page's `current` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurrentAnomaly {
    /// `%08d\r\n`: written by moin on Windows (text mode). Harmless.
    CrLf,
    /// `%08d` without a line end. Harmless.
    MissingNewline,
    /// Another spelling `int()` accepts (`3\n`, ` 00000003 `, `+3`). Harmless for moin.
    OtherSpelling { text: String },
    /// Not an integer (or negative, or absurdly large): moin uses 99999999 and treats the page
    /// as non-existent. moin 2's `import19` aborts the whole import on it.
    Unreadable { text: String },
    /// No `current`: the revision was read from a lock file left by an interrupted save.
    InterruptedSave { read_from: CurrentSource },
    /// `current` exists, but so does a leftover lock file (moin ignores it).
    LeftoverLockFile { file: &'static str },
}

impl fmt::Display for CurrentAnomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CurrentAnomaly::CrLf => write!(f, "'current' ends in CRLF"),
            CurrentAnomaly::MissingNewline => write!(f, "'current' has no final newline"),
            CurrentAnomaly::OtherSpelling { text } => {
                write!(f, "'current' is {text:?}, not in moin's '%08d' form")
            }
            CurrentAnomaly::Unreadable { text } => write!(
                f,
                "'current' is {text:?}, not a revision number (moin treats the page as missing)"
            ),
            CurrentAnomaly::InterruptedSave { read_from } => write!(
                f,
                "no 'current' file: an interrupted save left '{}', which was used instead",
                read_from.file_name()
            ),
            CurrentAnomaly::LeftoverLockFile { file } => {
                write!(f, "leftover '{file}' next to 'current' (ignored)")
            }
        }
    }
}

/// A page's current revision as read from its directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentRevision {
    /// The revision number, or None where moin falls back to 99999999 (the page does not
    /// exist for moin). 0 means the directory was initialised but never saved.
    pub revision: Option<u64>,
    pub source: CurrentSource,
    pub anomalies: Vec<CurrentAnomaly>,
}

/// Parses the content of a `current` file: `int(content.strip())`, as
/// `Page.get_current_from_pagedir`.
pub fn parse_current(content: &[u8]) -> CurrentRevision {
    let text = String::from_utf8_lossy(content).into_owned();
    let mut anomalies = Vec::new();
    let revision = match py_int_bytes(content, false) {
        Ok(n) if n >= 0 => {
            let canonical = format!("{n:08}");
            if content == format!("{canonical}\n").as_bytes() {
            } else if content == format!("{canonical}\r\n").as_bytes() {
                anomalies.push(CurrentAnomaly::CrLf);
            } else if content == canonical.as_bytes() {
                anomalies.push(CurrentAnomaly::MissingNewline);
            } else {
                anomalies.push(CurrentAnomaly::OtherSpelling { text });
            }
            Some(n as u64)
        }
        _ => {
            anomalies.push(CurrentAnomaly::Unreadable { text });
            None
        }
    };
    CurrentRevision {
        revision,
        source: CurrentSource::Current,
        anomalies,
    }
}

/// The content moin writes to `current` (`'%08d\n' % rev`).
pub fn format_current(revision: u64) -> String {
    format!("{revision:08}\n")
}

/// Reads the current revision of a page directory. `Ok(None)`: there is no `current` (nor a
/// lock file), so moin does not consider the directory a page (edit-log-only, cache-only and
/// edit-lock-only directories are common junk). Links are not followed (see [`read_current_in`]).
pub fn read_current(page_dir: &Path) -> io::Result<Option<CurrentRevision>> {
    read_current_in(&Confined::new(page_dir), page_dir)
}

/// [`read_current`] through a data dir's reader: a `current` that is a symbolic link is an
/// error naming it, never followed.
pub fn read_current_in<R: FileReader + ?Sized>(
    fs: &R,
    page_dir: &Path,
) -> io::Result<Option<CurrentRevision>> {
    let read = |name: &str| fs.read_file(&page_dir.join(name));
    if let Some(content) = read("current")? {
        let mut c = parse_current(&content);
        for file in ["current-locked", "current-locked.tmp"] {
            if fs.exists(&page_dir.join(file))? {
                c.anomalies.push(CurrentAnomaly::LeftoverLockFile { file });
            }
        }
        return Ok(Some(c));
    }
    for source in [
        CurrentSource::CurrentLocked,
        CurrentSource::CurrentLockedTmp,
    ] {
        if let Some(content) = read(source.file_name())? {
            let mut c = parse_current(&content);
            c.source = source;
            c.anomalies
                .insert(0, CurrentAnomaly::InterruptedSave { read_from: source });
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// A file name in `revisions/` that moin counts as a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevisionFileName {
    /// `int(name)`.
    pub number: i64,
    /// The name is `'%08d' % number`, the only form moin writes and the only one it opens
    /// (`get_rev_dir`): a file named `1` is listed by `getRevList` as revision 1, but moin
    /// reads revision 1 from `00000001`.
    pub canonical: bool,
}

/// `Page.getRevList`'s test: a name is a revision if Python's `int()` accepts it (surrounding
/// whitespace, a sign and leading zeros included; `00000001.tmp` or `1_0` are not). Names with
/// more digits than fit in 64 bits are not revisions here (Python would accept them).
pub fn parse_revision_file_name(name: impl AsRef<[u8]>) -> Option<RevisionFileName> {
    let name = name.as_ref();
    let number = py_int_bytes(name, false).ok()?;
    Some(RevisionFileName {
        number,
        canonical: format!("{number:08}").as_bytes() == name,
    })
}

/// The file name moin writes for a revision (`'%08d' % rev`).
pub fn revision_file_name(revision: u64) -> String {
    format!("{revision:08}")
}

/// `Page.decodeTextMimeType` after strict UTF-8 decoding (`Page.get_body`): the text with
/// **every** `\r` removed. LF-only and CR-only files therefore read as they are meant to be,
/// except that lone CRs vanish (moin's behaviour).
pub fn decode_revision_text(bytes: &[u8]) -> Result<String, std::str::Utf8Error> {
    Ok(std::str::from_utf8(bytes)?.replace('\r', ""))
}

/// `Page.encodeTextMimeType`: `text.splitlines()` joined with CRLF, plus a final CRLF if the
/// text ended with `\n` and its last line is not empty. This is byte-for-byte what moin writes
/// to a revision file, quirks included: the other line ends Python splits at (`\x0b`, `\x0c`,
/// `\x1c`–`\x1e`, `\x85`, U+2028, U+2029) also become CRLF, and of several trailing newlines
/// one is lost (`"a\n\n"` → `"a\r\n"`; `"\n"` → `""`).
pub fn encode_revision_text(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut lines: Vec<&str> = py_splitlines_keepends(text)
        .into_iter()
        .map(|l| split_line_end(l).0)
        .collect();
    if text.ends_with('\n') && lines.last().is_some_and(|l| !l.is_empty()) {
        lines.push("");
    }
    lines.join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_files() {
        let c = parse_current(b"00000003\n");
        assert_eq!(c.revision, Some(3));
        assert!(c.anomalies.is_empty());
        assert_eq!(c.source, CurrentSource::Current);
        assert_eq!(
            parse_current(b"00000001\r\n").anomalies,
            [CurrentAnomaly::CrLf]
        );
        assert_eq!(
            parse_current(b"00000001").anomalies,
            [CurrentAnomaly::MissingNewline]
        );
        for other in [
            &b"1\n"[..],
            b" 00000002 ",
            b"+2",
            b"000000002\n",
            b"2\t\x0b",
        ] {
            let c = parse_current(other);
            assert!(c.revision.is_some());
            assert!(
                matches!(c.anomalies[..], [CurrentAnomaly::OtherSpelling { .. }]),
                "{other:?}"
            );
        }
        for bad in [
            &b""[..],
            b"\n",
            b"garbage\n",
            b"-1\n",
            b"3\x00\n",
            b"0x3",
            b"\xff",
        ] {
            let c = parse_current(bad);
            assert_eq!(c.revision, None, "{bad:?}");
            assert!(matches!(
                c.anomalies[..],
                [CurrentAnomaly::Unreadable { .. }]
            ));
            assert!(!c.anomalies[0].to_string().is_empty());
        }
        assert_eq!(parse_current(b"00000000\n").revision, Some(0));
        assert_eq!(format_current(12), "00000012\n");
    }

    #[test]
    fn current_lock_fallback() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        assert_eq!(read_current(p).unwrap(), None);
        std::fs::write(p.join("current-locked.tmp"), "00000004\n").unwrap();
        let c = read_current(p).unwrap().unwrap();
        assert_eq!(c.revision, Some(4));
        assert_eq!(c.source, CurrentSource::CurrentLockedTmp);
        std::fs::write(p.join("current-locked"), "00000003\r\n").unwrap();
        let c = read_current(p).unwrap().unwrap();
        assert_eq!(c.revision, Some(3));
        assert_eq!(c.source, CurrentSource::CurrentLocked);
        assert_eq!(
            c.anomalies,
            [
                CurrentAnomaly::InterruptedSave {
                    read_from: CurrentSource::CurrentLocked
                },
                CurrentAnomaly::CrLf
            ]
        );
        std::fs::write(p.join("current"), "00000005\n").unwrap();
        let c = read_current(p).unwrap().unwrap();
        assert_eq!(c.revision, Some(5));
        assert_eq!(c.source, CurrentSource::Current);
        assert_eq!(c.anomalies.len(), 2);
        for a in &c.anomalies {
            assert!(a.to_string().contains("leftover"));
        }
    }

    #[test]
    fn revision_names() {
        assert_eq!(
            parse_revision_file_name("00000001"),
            Some(RevisionFileName {
                number: 1,
                canonical: true
            })
        );
        assert_eq!(
            parse_revision_file_name("123456789").map(|r| r.canonical),
            Some(true)
        );
        for non_canonical in ["1", "000000001", " 00000001", "+1", "00000001\n"] {
            let r = parse_revision_file_name(non_canonical).unwrap();
            assert_eq!(r.number, 1);
            assert!(!r.canonical, "{non_canonical:?}");
        }
        // '%08d' % -1 == '-0000001': moin would even open it.
        assert_eq!(
            parse_revision_file_name("-0000001"),
            Some(RevisionFileName {
                number: -1,
                canonical: true
            })
        );
        for not_rev in ["00000001.tmp", "", "1_0", "x", "99999999999999999999"] {
            assert_eq!(parse_revision_file_name(not_rev), None, "{not_rev:?}");
        }
        assert_eq!(revision_file_name(3), "00000003");
    }

    #[test]
    fn revision_text() {
        assert_eq!(decode_revision_text(b"a\r\nb\r\n").unwrap(), "a\nb\n");
        assert_eq!(decode_revision_text(b"a\nb").unwrap(), "a\nb");
        assert_eq!(decode_revision_text(b"a\rb").unwrap(), "ab");
        assert!(decode_revision_text(b"caf\xe9").is_err());
        for (text, disk) in [
            ("", ""),
            ("a", "a"),
            ("a\n", "a\r\n"),
            ("a\nb", "a\r\nb"),
            ("a\n\n", "a\r\n"),
            ("\n", ""),
            ("\n\nx\n", "\r\n\r\nx\r\n"),
            ("a\u{2028}b\x0cc\n", "a\r\nb\r\nc\r\n"),
            ("a\r\nb\r\n", "a\r\nb\r\n"),
            ("a\u{85}", "a"),
        ] {
            assert_eq!(encode_revision_text(text), disk, "{text:?}");
        }
        // The normal case round-trips.
        let t = "#acl All:read\n= Title =\n\ntext\n";
        assert_eq!(
            decode_revision_text(encode_revision_text(t).as_bytes()).unwrap(),
            t
        );
    }
}
