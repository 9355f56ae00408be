//! `dbm.dumb`: what Python writes when it has neither gdbm nor ndbm (pyenv's Pythons here).
//!
//! `NAME.dir` is text in Latin-1, one line per key: `'key', (pos, size)` (Python's `repr` of the
//! key decoded as Latin-1, and of a tuple); a later line for a key replaces an earlier one.
//! `NAME.dat` holds the values at those offsets. `NAME.bak` is a backup of `.dir` and not read.

use super::Entries;

/// The entries of a dumb dbm from its `.dir` and `.dat` bytes; an error names the fault.
pub fn read(dir: &[u8], dat: &[u8]) -> Result<Entries, String> {
    let mut index: Vec<(Vec<u8>, (u64, u64))> = Vec::new();
    let mut at: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
    for (n, line) in dir.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let (key, place) = parse_line(line)
            .ok_or_else(|| format!(".dir line {} is not `'key', (pos, size)`", n + 1))?;
        match at.get(&key) {
            Some(&i) => index[i].1 = place,
            None => {
                at.insert(key.clone(), index.len());
                index.push((key, place));
            }
        }
    }
    let mut out = Vec::with_capacity(index.len());
    for (key, (pos, size)) in index {
        let end = pos.checked_add(size).filter(|&e| e <= dat.len() as u64);
        let Some(end) = end else {
            return Err(format!(
                "the .dir places key {} at bytes {pos}..+{size}, beyond the {}-byte .dat",
                String::from_utf8_lossy(&key),
                dat.len()
            ));
        };
        out.push((key, dat[pos as usize..end as usize].to_vec()));
    }
    Ok(out)
}

/// `'key', (pos, size)`: the key's bytes (Latin-1 code points) and the pair.
fn parse_line(line: &[u8]) -> Option<(Vec<u8>, (u64, u64))> {
    let (key, rest) = python_str(line)?;
    let rest = std::str::from_utf8(rest).ok()?.trim();
    let inner = rest
        .strip_prefix(',')?
        .trim()
        .strip_prefix('(')?
        .strip_suffix(')')?;
    let (pos, size) = inner.split_once(',')?;
    Some((key, (pos.trim().parse().ok()?, size.trim().parse().ok()?)))
}

/// A Python `repr` of a str or bytes (`b'...'`, as Python 2 and some 3.x wrote) whose
/// characters are all below U+0100, as bytes; and the text after it.
fn python_str(line: &[u8]) -> Option<(Vec<u8>, &[u8])> {
    let line = line.strip_prefix(b"b").unwrap_or(line);
    let quote = *line.first()?;
    if quote != b'\'' && quote != b'"' {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 1;
    loop {
        let b = *line.get(i)?;
        i += 1;
        if b == quote {
            return Some((out, &line[i..]));
        }
        if b != b'\\' {
            out.push(b); // the file is Latin-1: one byte, one code point
            continue;
        }
        let c = *line.get(i)?;
        i += 1;
        let hex = |n: usize, i: &mut usize| -> Option<u32> {
            let h = std::str::from_utf8(line.get(*i..*i + n)?).ok()?;
            *i += n;
            u32::from_str_radix(h, 16).ok()
        };
        let code = match c {
            b'\\' | b'\'' | b'"' => c as u32,
            b'n' => 10,
            b'r' => 13,
            b't' => 9,
            b'x' => hex(2, &mut i)?,
            b'u' => hex(4, &mut i)?,
            b'U' => hex(8, &mut i)?,
            _ => return None,
        };
        out.push(u8::try_from(code).ok()?); // keys are bytes decoded as Latin-1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_as_python_writes_them_and_a_later_line_wins() {
        let dir = b"'a', (0, 2)\n'\\xe9\\'\xe9', (512, 1)\n'a', (2, 1)\n";
        let mut dat = vec![0u8; 513];
        dat[..3].copy_from_slice(b"xyz");
        dat[512] = b'!';
        let e = read(dir, &dat).unwrap();
        assert_eq!(
            e,
            vec![
                (b"a".to_vec(), b"z".to_vec()),
                (vec![0xe9, b'\'', 0xe9], b"!".to_vec())
            ]
        );
        assert!(read(b"'a', (600, 1)\n", &dat)
            .unwrap_err()
            .contains("beyond"));
        assert!(read(b"garbage\n", &dat).unwrap_err().contains("line 1"));
    }
}
