//! Page directory names (`wikiutil.quoteWikinameFS` / `unquoteWikiname`) and the url-quoting of
//! attachment names in edit-log `extra` fields (`wikiutil.url_quote` / `url_unquote`, i.e.
//! werkzeug 1.0.1 with `safe='/'`). `moin16-format.md` §2 and §3 `attachments/`.
//!
//! Exactness matters here because a page's identity on disk *is* its directory name: a tool that
//! quotes one byte differently from moin writes a directory moin never looks at.
//!
//! The quoting is not a bijection. `unquoteWikiname` accepts upper-case hex, splits a run over
//! several groups (`Foo(20)(20)Bar` = `Foo(2020)Bar`) and keeps literal parentheses that are not
//! a hex group (`Foo(zz)`), so several directories can decode to the same page name, and a
//! directory can decode to a name whose canonical directory is a different one. moin only ever
//! writes the canonical form. [`decode_page_dir`] tells the migrator both the name and whether
//! the directory is canonical ("re-quote and report"), and [`find_collisions`] finds directories
//! that decode to the same name.

use std::collections::BTreeMap;
use std::fmt;

/// `wikiutil.quoteWikinameFS(name)` with moin's default charset (UTF-8).
///
/// Every maximal run of bytes outside `[a-zA-Z0-9_]` in the UTF-8 encoding becomes `(`, the
/// lower-case hex of each byte, `)`. One run shares one pair of parentheses, so `"A - B"` is
/// `A(202d20)B` and `"Käse"` is `K(c3a4)se`.
pub fn quote_wikiname_fs(name: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(name.len() + 8);
    let mut in_run = false;
    for &b in name.as_bytes() {
        if b.is_ascii_alphanumeric() || b == b'_' {
            if in_run {
                out.push(')');
                in_run = false;
            }
            out.push(b as char);
        } else {
            if !in_run {
                out.push('(');
                in_run = true;
            }
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    if in_run {
        out.push(')');
    }
    out
}

/// Why `wikiutil.unquoteWikiname` rejects a directory name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnquoteError {
    /// A `(hex)` group has an odd number of digits, e.g. `Foo(abc)`. moin raises
    /// `InvalidFileNameError` (moin 2's `import19` aborts the whole import on it).
    OddHexRun {
        /// The directory name (lossily decoded for display).
        fs_name: String,
        /// The hex digits of the first odd group.
        group: String,
    },
    /// The unquoted bytes are not UTF-8, e.g. `Caf(e9)` (a latin-1 byte). moin raises
    /// `UnicodeError`.
    ///
    /// One deliberate difference: Python 2's UTF-8 codec accepts encoded surrogates
    /// (`(eda080)` → `u'\ud800'`), which no Rust string can hold; they are reported here too.
    NotUtf8 {
        /// The directory name (lossily decoded for display).
        fs_name: String,
        /// The unquoted bytes.
        bytes: Vec<u8>,
        /// How many leading bytes are valid UTF-8.
        valid_up_to: usize,
    },
}

impl fmt::Display for UnquoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnquoteError::OddHexRun { fs_name, group } => write!(
                f,
                "page directory name {fs_name:?} has a quoted group with an odd number of hex digits ({group:?})"
            ),
            UnquoteError::NotUtf8 {
                fs_name,
                valid_up_to,
                ..
            } => write!(
                f,
                "page directory name {fs_name:?} does not unquote to UTF-8 (invalid byte at offset {valid_up_to})"
            ),
        }
    }
}

impl std::error::Error for UnquoteError {}

/// Finds the next `QUOTED` match (`\(([a-fA-F0-9]+)\)`) at or after `from`: (start, end) of
/// the whole match. Hex digits cannot contain `(`, so scanning left to right finds exactly the
/// matches of Python's `finditer`.
fn next_quoted(s: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < s.len() {
        if s[i] == b'(' {
            let mut j = i + 1;
            while j < s.len() && s[j].is_ascii_hexdigit() {
                j += 1;
            }
            if j > i + 1 && j < s.len() && s[j] == b')' {
                return Some((i, j + 1));
            }
        }
        i += 1;
    }
    None
}

fn hex_val(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

/// `wikiutil.unquoteWikiname(fs_name)` with moin's default charsets (`['utf-8']`).
///
/// Accepts `&str` (moin encodes unicode input to UTF-8 first) or raw bytes (a directory name as
/// the OS returns it). `(hex)` groups of either case become bytes; parentheses that are not a
/// complete hex group stay literally; the result must be UTF-8. Use [`decode_page_dir`] to also
/// learn whether the directory name is the canonical one for the decoded name.
pub fn unquote_wikiname(fs_name: impl AsRef<[u8]>) -> Result<String, UnquoteError> {
    let s = fs_name.as_ref();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut start = 0;
    let mut from = 0;
    while let Some((m_start, m_end)) = next_quoted(s, from) {
        out.extend_from_slice(&s[start..m_start]);
        let group = &s[m_start + 1..m_end - 1];
        if group.len() % 2 != 0 {
            return Err(UnquoteError::OddHexRun {
                fs_name: String::from_utf8_lossy(s).into_owned(),
                group: String::from_utf8_lossy(group).into_owned(),
            });
        }
        out.extend(group.chunks(2).map(|p| hex_val(p[0]) << 4 | hex_val(p[1])));
        start = m_end;
        from = m_end;
    }
    out.extend_from_slice(&s[start..]);
    String::from_utf8(out).map_err(|e| UnquoteError::NotUtf8 {
        fs_name: String::from_utf8_lossy(s).into_owned(),
        valid_up_to: e.utf8_error().valid_up_to(),
        bytes: e.into_bytes(),
    })
}

/// A page directory name, decoded and checked against moin's canonical quoting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedPageDir {
    /// The page name moin reads from the directory (`unquoteWikiname`).
    pub name: String,
    /// The directory moin would write for that name (`quoteWikinameFS(name)`).
    pub canonical_dir: String,
    /// The directory name is exactly `canonical_dir`. When false, moin still reads the
    /// directory under `name`, but a save through moin (or an export) goes to
    /// `canonical_dir`: the migrator should import under `name` and report the directory.
    pub is_canonical: bool,
}

/// Decodes a `pages/` entry and re-quotes it: the "re-quote and report" check of §2.
pub fn decode_page_dir(fs_name: impl AsRef<[u8]>) -> Result<DecodedPageDir, UnquoteError> {
    let fs_name = fs_name.as_ref();
    let name = unquote_wikiname(fs_name)?;
    let canonical_dir = quote_wikiname_fs(&name);
    let is_canonical = canonical_dir.as_bytes() == fs_name;
    Ok(DecodedPageDir {
        name,
        canonical_dir,
        is_canonical,
    })
}

/// Entries of `pages/` that `Page._listPageInPath` skips: names starting with `.` and `CVS`.
/// Every other entry is a candidate page (whether it *is* a page depends on `current`).
pub fn is_ignored_page_dir(fs_name: impl AsRef<[u8]>) -> bool {
    let s = fs_name.as_ref();
    s.first() == Some(&b'.') || s == b"CVS"
}

/// Several directories that decode to one page name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameCollision {
    /// The decoded page name.
    pub name: String,
    /// The directory names, sorted by bytes. At most one of them is canonical.
    pub dirs: Vec<Vec<u8>>,
}

/// Groups directory names by decoded page name and returns the names reached from more than one
/// directory. Names that do not decode are left out (they are reported by [`decode_page_dir`]).
pub fn find_collisions<I, S>(fs_names: I) -> Vec<NameCollision>
where
    I: IntoIterator<Item = S>,
    S: AsRef<[u8]>,
{
    let mut by_name: BTreeMap<String, Vec<Vec<u8>>> = BTreeMap::new();
    for fs_name in fs_names {
        let fs_name = fs_name.as_ref();
        if let Ok(name) = unquote_wikiname(fs_name) {
            by_name.entry(name).or_default().push(fs_name.to_vec());
        }
    }
    by_name
        .into_iter()
        .filter(|(_, dirs)| dirs.len() > 1)
        .map(|(name, mut dirs)| {
            dirs.sort();
            dirs.dedup();
            NameCollision { name, dirs }
        })
        .filter(|c| c.dirs.len() > 1)
        .collect()
}

/// `wikiutil.url_quote(s)` (werkzeug 1.0.1 `url_quote(s, charset='utf-8', safe='/')`): the
/// form moin writes for attachment names into edit-log `extra` (`a%20b.txt`).
///
/// UTF-8 bytes outside `A-Za-z0-9`, `-._~` and `/` become `%XX` with upper-case hex.
pub fn url_quote(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// werkzeug's `_unquote_to_bytes`: `%XX` with two hex digits of either case becomes the byte;
/// any other `%` stays literally.
pub fn url_unquote_to_bytes(s: impl AsRef<[u8]>) -> Vec<u8> {
    let s = s.as_ref();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%'
            && i + 2 < s.len()
            && s[i + 1].is_ascii_hexdigit()
            && s[i + 2].is_ascii_hexdigit()
        {
            out.push(hex_val(s[i + 1]) << 4 | hex_val(s[i + 2]));
            i += 3;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

/// `wikiutil.url_unquote(s)`: unquote to bytes, decode as UTF-8, and if that fails decode as
/// latin-1 instead (moin's fallback, so every input has an answer). This is how RecentChanges
/// shows an attachment name from an edit-log `extra`.
///
/// One deliberate difference: bytes that are UTF-8-encoded surrogates (`%ED%A0%80`) decode in
/// Python 2 to a lone surrogate; no Rust string holds one, so they take the latin-1 fallback.
pub fn url_unquote(s: impl AsRef<[u8]>) -> String {
    let bytes = url_unquote_to_bytes(s);
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_worked_examples() {
        // moin16-format.md §2, computed with moin 1.9.11's own functions.
        let cases = [
            ("FrontPage", "FrontPage"),
            ("Foo Bar", "Foo(20)Bar"),
            ("HelpOnEditing/SubPages", "HelpOnEditing(2f)SubPages"),
            ("Käse", "K(c3a4)se"),
            ("Über uns", "(c39c)ber(20)uns"),
            ("日本語", "(e697a5e69cace8aa9e)"),
            ("A - B", "A(202d20)B"),
            ("Page_With_Underscore", "Page_With_Underscore"),
            ("C++", "C(2b2b)"),
            ("100%", "100(25)"),
            ("a.b", "a(2e)b"),
            ("(x)", "(28)x(29)"),
            ("Café/Menü (2009)", "Caf(c3a92f)Men(c3bc2028)2009(29)"),
            (
                "db/各种不同内存情况下的mysql配置文件",
                "db(2fe59084e7a78de4b88de5908ce58685e5ad98e68385e586b5e4b88be79a84)mysql(e9858de7bdaee69687e4bbb6)",
            ),
            ("", ""),
        ];
        for (name, dir) in cases {
            assert_eq!(quote_wikiname_fs(name), dir, "{name}");
            assert_eq!(unquote_wikiname(dir).unwrap(), name, "{dir}");
            assert!(decode_page_dir(dir).unwrap().is_canonical);
        }
    }

    #[test]
    fn unquote_quirks() {
        assert_eq!(unquote_wikiname("Foo(C3A4)").unwrap(), "Fooä");
        assert_eq!(unquote_wikiname("Foo(zz)").unwrap(), "Foo(zz)");
        assert_eq!(unquote_wikiname("Foo(c3a4").unwrap(), "Foo(c3a4");
        assert_eq!(unquote_wikiname("()").unwrap(), "()");
        assert_eq!(unquote_wikiname("((41))").unwrap(), "(A)");
        assert_eq!(unquote_wikiname("(41)(42)").unwrap(), "AB");
        assert!(matches!(
            unquote_wikiname("Foo(abc)"),
            Err(UnquoteError::OddHexRun { ref group, .. }) if group == "abc"
        ));
        // An odd group wins over a decode error earlier in the name, as in moin.
        assert!(matches!(
            unquote_wikiname("(e9)x(abc)"),
            Err(UnquoteError::OddHexRun { .. })
        ));
        assert!(matches!(
            unquote_wikiname(b"Caf(e9)"),
            Err(UnquoteError::NotUtf8 { valid_up_to: 3, .. })
        ));
        assert!(matches!(
            unquote_wikiname(b"raw\xff"),
            Err(UnquoteError::NotUtf8 { .. })
        ));
        // Literal non-ASCII in a directory name is accepted (moin never writes it).
        assert_eq!(unquote_wikiname("Käse").unwrap(), "Käse");
        let e = unquote_wikiname("Caf(e9)").unwrap_err().to_string();
        assert!(e.contains("Caf(e9)"), "{e}");
    }

    #[test]
    fn non_canonical_dirs_are_detected() {
        for (dir, name, canonical) in [
            ("Foo(20)(20)Bar", "Foo  Bar", "Foo(2020)Bar"),
            ("Foo(2F)Bar", "Foo/Bar", "Foo(2f)Bar"),
            ("Foo(zz)", "Foo(zz)", "Foo(28)zz(29)"),
            ("K(c3)(a4)se", "Käse", "K(c3a4)se"),
            ("Käse", "Käse", "K(c3a4)se"),
            ("(41)", "A", "A"),
        ] {
            let d = decode_page_dir(dir).unwrap();
            assert_eq!(d.name, name);
            assert_eq!(d.canonical_dir, canonical);
            assert!(!d.is_canonical, "{dir}");
        }
        let c = find_collisions(["Foo(2f)Bar", "Foo(2F)Bar", "Other", "Caf(e9)", "Foo(2f)Bar"]);
        assert_eq!(
            c,
            vec![NameCollision {
                name: "Foo/Bar".into(),
                dirs: vec![b"Foo(2F)Bar".to_vec(), b"Foo(2f)Bar".to_vec()],
            }]
        );
    }

    #[test]
    fn ignored_entries() {
        assert!(is_ignored_page_dir(".svn"));
        assert!(is_ignored_page_dir("CVS"));
        assert!(!is_ignored_page_dir("CVSPage"));
        assert!(!is_ignored_page_dir("(2e)hidden"));
    }

    #[test]
    fn url_quoting() {
        assert_eq!(url_quote("a b.txt"), "a%20b.txt");
        assert_eq!(url_quote("商品.JPG"), "%E5%95%86%E5%93%81.JPG");
        assert_eq!(url_quote("x/y~z-_.:%+"), "x/y~z-_.%3A%25%2B");
        assert_eq!(url_unquote("a%20b.txt"), "a b.txt");
        assert_eq!(url_unquote("%e5%95%86%E5%93%81.JPG"), "商品.JPG");
        assert_eq!(url_unquote("100%"), "100%");
        assert_eq!(url_unquote("%%41%4"), "%A%4");
        assert_eq!(url_unquote("%zz"), "%zz");
        // Not UTF-8: latin-1 fallback.
        assert_eq!(url_unquote("Caf%E9"), "Café");
        assert_eq!(url_unquote_to_bytes("Caf%E9"), b"Caf\xe9");
    }

    /// A tiny deterministic generator, so the property tests need no extra crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn random_name(rng: &mut Rng) -> String {
        const ALPHABET: &[char] = &[
            'a',
            'Z',
            '0',
            '_',
            ' ',
            '/',
            '(',
            ')',
            '.',
            '-',
            '%',
            '+',
            ':',
            '\t',
            'ä',
            'Ü',
            '日',
            '本',
            '€',
            '\u{1F600}',
            '\u{85}',
            '\u{2028}',
            '\u{0}',
            '\u{7f}',
            'x',
            'Y',
            '9',
        ];
        let len = rng.below(12);
        (0..len)
            .map(|_| ALPHABET[rng.below(ALPHABET.len())])
            .collect()
    }

    #[test]
    fn property_quote_then_unquote_is_identity() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let name = random_name(&mut rng);
            let dir = quote_wikiname_fs(&name);
            assert!(dir
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_()".contains(&b)));
            let d = decode_page_dir(&dir).unwrap();
            assert_eq!(d.name, name);
            assert!(d.is_canonical);
            assert_eq!(url_unquote(url_quote(&name)), name);
        }
    }

    #[test]
    fn property_unquote_then_quote_is_idempotent() {
        // Arbitrary directory-like strings: whatever decodes re-quotes to a canonical directory
        // that decodes to the same name again.
        let mut rng = Rng(42);
        const PIECES: &[&str] = &[
            "(", ")", "(20)", "(2F)", "(c3a4)", "(C3)", "(a4)", "(abc)", "(e9)", "A", "_", "z",
            "(zz)", "ä", "((", "(0)", "(00)",
        ];
        let mut ok = 0;
        for _ in 0..20_000 {
            let n = rng.below(6);
            let dir: String = (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            if let Ok(d) = decode_page_dir(&dir) {
                ok += 1;
                let again = decode_page_dir(&d.canonical_dir).unwrap();
                assert_eq!(again.name, d.name);
                assert!(again.is_canonical);
                assert_eq!(d.is_canonical, d.canonical_dir == dir);
            }
        }
        assert!(ok > 1000);
    }
}
