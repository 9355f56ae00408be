//! The few Python 2.7 primitives whose exact behaviour decides how moin 1.9 reads its files:
//! `unicode.isspace`/`strip`, `unicode.splitlines`, and `int()`/`long()` of a string.
//!
//! They are spelled out here because Rust's nearest equivalents differ in ways that matter for
//! real data: `char::is_whitespace` does not include `\x1c`–`\x1f` or U+180E (Python 2.7's
//! Unicode 5.2 tables do), `str::lines` splits at `\n` only, and `str::parse::<i64>` rejects
//! the surrounding and inner whitespace and the `L` suffix that Python accepts.

/// `unicode.isspace()` of Python 2.7 (wide build). The list was taken from the interpreter.
pub(crate) fn py_isspace(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{d}'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{180e}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// C `isspace()` in the C locale: what Python 2's `str.strip()` and `int(str)` skip.
pub(crate) fn c_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `unicode.strip()`: returns (stripped prefix, core, stripped suffix).
pub(crate) fn py_strip_parts(s: &str) -> (&str, &str, &str) {
    let core_start = s.len() - s.trim_start_matches(py_isspace).len();
    let rest = &s[core_start..];
    let core = rest.trim_end_matches(py_isspace);
    (&s[..core_start], core, &rest[core.len()..])
}

/// `unicode.strip()`.
pub(crate) fn py_strip(s: &str) -> &str {
    s.trim_matches(py_isspace)
}

/// Is `c` a line boundary for Python 2.7's `unicode.splitlines()`?
pub(crate) fn py_is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `unicode.splitlines(True)`: every line with its line end (`\r\n` counts as one).
pub(crate) fn py_splitlines_keepends(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if py_is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    end = j + 1;
                    chars.next();
                }
            }
            out.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Splits a line from [`py_splitlines_keepends`] into its text and its line end.
pub(crate) fn split_line_end(line: &str) -> (&str, &str) {
    if let Some(text) = line.strip_suffix("\r\n") {
        return (text, "\r\n");
    }
    match line.chars().next_back() {
        Some(c) if py_is_line_break(c) => line.split_at(line.len() - c.len_utf8()),
        _ => (line, ""),
    }
}

/// Why a string is not a Python integer, or not one that fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PyIntError {
    /// Python raises `ValueError`.
    Invalid,
    /// Python accepts it (its integers are unbounded), but it does not fit an `i64`.
    Overflow,
}

/// Python 2.7 `int(s)` for a byte string `s` in base 10 (`PyInt_FromString` / `PyOS_strtol`):
/// C whitespace around the number and between the sign and the digits, one optional `+`/`-`,
/// ASCII digits (leading zeros allowed); a NUL byte anywhere is an error.
/// With `long_suffix` (Python's `long(s)`), one `L` or `l` may follow the digits.
pub(crate) fn py_int_bytes(s: &[u8], long_suffix: bool) -> Result<i64, PyIntError> {
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < s.len() && c_isspace(s[*i]) {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    let mut negative = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        negative = s[i] == b'-';
        i += 1;
    }
    skip_ws(&mut i);
    let digits_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    if i == digits_start {
        return Err(PyIntError::Invalid);
    }
    let digits = &s[digits_start..i];
    if long_suffix && i < s.len() && (s[i] == b'L' || s[i] == b'l') {
        i += 1;
    }
    skip_ws(&mut i);
    if i != s.len() {
        return Err(PyIntError::Invalid);
    }
    let mut value: i64 = 0;
    for &d in digits {
        let d = i64::from(d - b'0');
        value = value
            .checked_mul(10)
            .and_then(|v| {
                if negative {
                    v.checked_sub(d)
                } else {
                    v.checked_add(d)
                }
            })
            .ok_or(PyIntError::Overflow)?;
    }
    Ok(value)
}

/// Python 2.7 `int(u)` / `long(u)` for a unicode string: `PyUnicode_EncodeDecimal` first turns
/// every unicode whitespace character into `' '`, then the byte-string rules apply.
///
/// Deviation (documented, not expected in real files): Python also maps non-ASCII decimal
/// digits (e.g. `'١٢'`) to ASCII; they are rejected here.
pub(crate) fn py_int_unicode(s: &str, long_suffix: bool) -> Result<i64, PyIntError> {
    let mut bytes = Vec::with_capacity(s.len());
    for c in s.chars() {
        if py_isspace(c) {
            bytes.push(b' ');
        } else if c.is_ascii() && c != '\0' {
            bytes.push(c as u8);
        } else {
            return Err(PyIntError::Invalid);
        }
    }
    py_int_bytes(&bytes, long_suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_accepts_what_python_2_accepts() {
        // Each answer was checked with Python 2.7.18.
        let ok: &[(&[u8], i64)] = &[
            (b"12", 12),
            (b" 12 ", 12),
            (b"+12", 12),
            (b"- 12", -12),
            (b"-12", -12),
            (b"\x0b12\x0c", 12),
            (b"0012", 12),
            (b"00000003\r\n", 3),
        ];
        for (s, v) in ok {
            assert_eq!(py_int_bytes(s, false), Ok(*v), "{s:?}");
        }
        for s in [
            &b""[..],
            b" ",
            b"-",
            b"1_0",
            b"0x1",
            b"12\x00",
            b"1 2",
            b"+-1",
            b"123L",
            b"\xa012",
        ] {
            assert_eq!(py_int_bytes(s, false), Err(PyIntError::Invalid), "{s:?}");
        }
        assert_eq!(py_int_bytes(b"123L", true), Ok(123));
        assert_eq!(py_int_bytes(b"123l ", true), Ok(123));
        assert_eq!(py_int_bytes(b"123 L", true), Err(PyIntError::Invalid));
        assert_eq!(
            py_int_bytes(b"99999999999999999999", false),
            Err(PyIntError::Overflow)
        );
        assert_eq!(py_int_bytes(b"-9223372036854775808", false), Ok(i64::MIN));
        assert_eq!(py_int_unicode("\u{a0}12\u{2028}", false), Ok(12));
        assert_eq!(py_int_unicode("1\u{0}", false), Err(PyIntError::Invalid));
    }

    #[test]
    fn splitlines_matches_python() {
        // u'a\x0bb\x0cc\x1dd\x1ee\x1ff\u2029g\r\nh'.splitlines(True) in Python 2.7:
        assert_eq!(
            py_splitlines_keepends("a\x0bb\x0cc\x1dd\x1ee\x1ff\u{2029}g\r\nh"),
            [
                "a\x0b",
                "b\x0c",
                "c\x1d",
                "d\x1e",
                "e\x1ff\u{2029}",
                "g\r\n",
                "h"
            ]
        );
        assert_eq!(py_splitlines_keepends("a\r\rb\n"), ["a\r", "\r", "b\n"]);
        assert!(py_splitlines_keepends("").is_empty());
        assert_eq!(split_line_end("x\r\n"), ("x", "\r\n"));
        assert_eq!(split_line_end("x\u{85}"), ("x", "\u{85}"));
        assert_eq!(split_line_end("x"), ("x", ""));
    }

    #[test]
    fn strip_is_unicode_strip() {
        assert_eq!(
            py_strip_parts(" \x1ca\tb\u{180e}\t"),
            (" \x1c", "a\tb", "\u{180e}\t")
        );
        assert_eq!(py_strip_parts("\t\t"), ("\t\t", "", ""));
        assert_eq!(py_strip("\u{3000}x\u{85}"), "x");
        assert!(!py_isspace('\u{200b}'));
        assert!(!py_isspace('\0'));
    }
}
