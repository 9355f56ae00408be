//! `data/meta` (`moin16-format.md` §1, §8): `key: value` lines, read by `wikiutil.MetaDict`.
//! Its `data_format_revision` is the strongest evidence of which moin wrote a data dir.
//!
//! moin reads it as UTF-8, splits with `unicode.splitlines()`, does `line.split(':', 1)`
//! (the key is *not* stripped, the value is), and `int()`s `data_format_revision`. A line
//! without `:` (a blank line included) or a non-integer revision makes `MetaDict` raise, so
//! `moin migration data` cannot run on such a dir. [`MetaFile::parse`] reads the same way but
//! keeps going and lists the problems, so a tool can still explain what it found.

use std::fmt;

use super::py::{py_int_unicode, py_splitlines_keepends, py_strip, split_line_end};

/// The `data_format_revision` of moin 1.9.11, the last 1.x release (`1091100`): what an export
/// writes.
pub const LATEST_DATA_FORMAT_REVISION: i64 = 1_091_100;

/// The first 1.6 format revision: anything lower is moin 1.5 (or a stopped 1.5→1.6 migration).
pub const FIRST_1_6_DATA_FORMAT_REVISION: i64 = 1_060_000;

/// A problem moin's `MetaDict` would raise on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaProblem {
    /// Not UTF-8 (the file is then read lossily).
    NotUtf8 { valid_up_to: usize },
    /// A line without `:` (1-based line number).
    LineWithoutColon { line: usize, text: String },
    /// `data_format_revision` is not an integer.
    BadRevision { text: String },
}

impl fmt::Display for MetaProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MetaProblem::NotUtf8 { valid_up_to } => {
                write!(
                    f,
                    "data/meta is not UTF-8 (invalid byte at offset {valid_up_to})"
                )
            }
            MetaProblem::LineWithoutColon { line, text } => {
                write!(f, "data/meta line {line} has no ':' ({text:?})")
            }
            MetaProblem::BadRevision { text } => {
                write!(f, "data/meta data_format_revision {text:?} is not a number")
            }
        }
    }
}

/// A parsed `data/meta`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MetaFile {
    /// `(key, stripped value)` in file order; moin keeps the last of duplicate keys.
    pub entries: Vec<(String, String)>,
    pub problems: Vec<MetaProblem>,
}

impl MetaFile {
    pub fn parse(bytes: &[u8]) -> MetaFile {
        let mut problems = Vec::new();
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) => {
                problems.push(MetaProblem::NotUtf8 {
                    valid_up_to: e.valid_up_to(),
                });
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        let mut entries = Vec::new();
        for (i, line) in py_splitlines_keepends(&text).into_iter().enumerate() {
            let line = split_line_end(line).0;
            match line.split_once(':') {
                Some((k, v)) => {
                    let v = py_strip(v);
                    // moin int()s every occurrence as it reads, not only the last one.
                    if k == "data_format_revision" && py_int_unicode(v, false).is_err() {
                        problems.push(MetaProblem::BadRevision {
                            text: v.to_string(),
                        });
                    }
                    entries.push((k.to_string(), v.to_string()));
                }
                None => problems.push(MetaProblem::LineWithoutColon {
                    line: i + 1,
                    text: line.to_string(),
                }),
            }
        }
        MetaFile { entries, problems }
    }

    /// The value moin sees for `key` (the last line with that exact key).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// `int(data_format_revision)`: None if absent or not an integer (see `problems`).
    pub fn data_format_revision(&self) -> Option<i64> {
        py_int_unicode(self.get("data_format_revision")?, false).ok()
    }

    /// The wiki's interwiki id, if the wiki ever generated one.
    pub fn iwid(&self) -> Option<&str> {
        self.get("IWID")
    }

    /// moin's `MetaDict` would raise on this file.
    pub fn unreadable_by_moin(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Writes a meta file as `MetaDict._put_meta` does: `key: value` lines joined by `\r\n`,
/// no final newline.
pub fn format_meta<'a, I>(entries: I) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    entries
        .into_iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// The moin release a `data_format_revision` belongs to, for messages: `1091100` → `1.9.11`,
/// `1050400` → `1.5.4`, `1080100` → `1.8.1`. The special revisions `1059997`–`1059999` of the
/// 1.5→1.6 migration and anything not of the form `1MMmmpp00` give None.
pub fn release_of(data_format_revision: i64) -> Option<String> {
    let r = data_format_revision;
    if !(1_000_000..2_000_000).contains(&r) || r % 100 != 0 {
        return None;
    }
    let (minor, patch) = (r / 10_000 % 100, r / 100 % 100);
    Some(format!("1.{minor}.{patch}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_meta_files() {
        let m = MetaFile::parse(b"data_format_revision: 1090700\n");
        assert_eq!(m.data_format_revision(), Some(1_090_700));
        assert!(m.problems.is_empty());
        let m = MetaFile::parse(b"data_format_revision: 01080100\n");
        assert_eq!(m.data_format_revision(), Some(1_080_100));
        let m = MetaFile::parse(b"data_format_revision: 1091100");
        assert_eq!(m.data_format_revision(), Some(1_091_100));
        let m = MetaFile::parse(b"IWID: 0d4f\r\ndata_format_revision: 1091100");
        assert_eq!(m.iwid(), Some("0d4f"));
    }

    #[test]
    fn problems() {
        let m = MetaFile::parse(b"data_format_revision: 1090700\n\nfoo\n");
        assert_eq!(m.data_format_revision(), Some(1_090_700));
        assert_eq!(m.problems.len(), 2);
        assert!(m.unreadable_by_moin());
        let m = MetaFile::parse(b"data_format_revision: 1.9\n");
        assert_eq!(m.data_format_revision(), None);
        assert_eq!(
            m.problems,
            [MetaProblem::BadRevision { text: "1.9".into() }]
        );
        // The key is not stripped: " data_format_revision" is another key.
        let m = MetaFile::parse(b" data_format_revision: 1\n");
        assert_eq!(m.data_format_revision(), None);
        let m = MetaFile::parse(b"data_format_revision:1\ndata_format_revision:\t2 ");
        assert_eq!(m.data_format_revision(), Some(2));
        assert!(m.problems.is_empty());
        // Every occurrence is int()ed: an earlier bad one is a problem even if the last is fine.
        let m = MetaFile::parse(b"data_format_revision: x\ndata_format_revision: 2");
        assert_eq!(m.data_format_revision(), Some(2));
        assert!(m.unreadable_by_moin());
        let m = MetaFile::parse(b"data_format_revision: 1\xff");
        assert!(matches!(m.problems[0], MetaProblem::NotUtf8 { .. }));
        assert!(MetaFile::parse(b"").entries.is_empty());
        for p in &m.problems {
            assert!(!p.to_string().is_empty());
        }
    }

    #[test]
    fn writing_and_releases() {
        assert_eq!(
            format_meta([("data_format_revision", "1091100"), ("IWID", "x")]),
            "data_format_revision: 1091100\r\nIWID: x"
        );
        let text = format_meta([("data_format_revision", "1091100")]);
        assert_eq!(
            MetaFile::parse(text.as_bytes()).data_format_revision(),
            Some(LATEST_DATA_FORMAT_REVISION)
        );
        assert_eq!(release_of(1_091_100).as_deref(), Some("1.9.11"));
        assert_eq!(release_of(1_050_400).as_deref(), Some("1.5.4"));
        assert_eq!(release_of(1_080_100).as_deref(), Some("1.8.1"));
        assert_eq!(release_of(1_060_000).as_deref(), Some("1.6.0"));
        assert_eq!(release_of(1_059_999), None);
        assert_eq!(release_of(1_089_999), None);
        assert_eq!(release_of(42), None);
    }
}
