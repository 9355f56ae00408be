//! `dbm.gnu`: a GNU dbm file (what Debian's Python writes with `python3-gdbm` installed, and
//! Debian's `dbm.ndbm` through gdbm's compatibility library as `NAME.pag`).
//!
//! Read without libgdbm, from the layout of gdbm 1.x on a 64-bit little-endian machine (the
//! magic numbers say which; any other is refused by name):
//! - header: `magic: i32, block_size: i32, dir: off_t, dir_size: i32, dir_bits: i32,
//!   bucket_size: i32, bucket_elems: i32, ...` — the same first fields in the numsync format;
//! - directory: `dir_size / 8` bucket offsets (a bucket appears once per directory slot it
//!   covers);
//! - bucket: `av_count: i32`, 6 free-space records of 16 bytes, `bucket_bits: i32, count: i32`,
//!   then `bucket_elems` elements of 24 bytes `{hash: i32, key_start: [u8; 4], data: off_t,
//!   key_size: i32, data_size: i32}`; a hash of -1 marks an empty element; the key's bytes
//!   are at `data`, the value's right after them.

use std::collections::BTreeSet;

use super::Entries;

/// gdbm's own name for each magic number it writes.
const MAGIC64: u32 = 0x1357_9acf;
const NUMSYNC_MAGIC64: u32 = 0x1357_9ad1;
/// Other gdbm magics (32-bit offsets, the other byte order): recognised to be refused by name.
const OTHER_MAGICS: [u32; 5] = [
    0x1357_9ace,
    0x1357_9acd,
    0x1357_9ad0,
    0xce9a_5713,
    0xcf9a_5713,
];

/// Whether `head` starts like a gdbm file (any gdbm magic).
pub fn is_gdbm(head: &[u8]) -> bool {
    head.get(..4)
        .map(|m| u32::from_le_bytes(m.try_into().unwrap()))
        .is_some_and(|m| {
            m == MAGIC64
                || m == NUMSYNC_MAGIC64
                || OTHER_MAGICS.contains(&m)
                || OTHER_MAGICS.contains(&m.swap_bytes())
        })
}

fn i32_at(b: &[u8], at: u64) -> Option<i64> {
    let at = usize::try_from(at).ok()?;
    Some(i32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?) as i64)
}

fn u64_at(b: &[u8], at: u64) -> Option<u64> {
    let at = usize::try_from(at).ok()?;
    Some(u64::from_le_bytes(
        b.get(at..at.checked_add(8)?)?.try_into().ok()?,
    ))
}

/// The entries of a gdbm file; an error names the fault.
pub fn read(file: &[u8]) -> Result<Entries, String> {
    let magic = i32_at(file, 0).ok_or("shorter than a gdbm header")? as u32;
    if magic != MAGIC64 && magic != NUMSYNC_MAGIC64 {
        return Err(format!(
            "a gdbm file with magic 0x{magic:08x} (32-bit offsets or the other byte order); only \
             64-bit little-endian gdbm files are read"
        ));
    }
    let bad = |what: &str| format!("corrupt gdbm header: {what}");
    let dir = u64_at(file, 8).ok_or_else(|| bad("no directory offset"))?;
    let dir_size = i32_at(file, 16).ok_or_else(|| bad("no directory size"))?;
    let bucket_size = i32_at(file, 24).ok_or_else(|| bad("no bucket size"))?;
    let elems = i32_at(file, 28).ok_or_else(|| bad("no bucket capacity"))?;
    if dir_size <= 0
        || dir_size % 8 != 0
        || bucket_size < 112
        || elems <= 0
        || 112 + elems * 24 > bucket_size + 24
    {
        return Err(bad("impossible sizes"));
    }
    let mut buckets = BTreeSet::new();
    for slot in 0..(dir_size as u64 / 8) {
        let at = u64_at(file, dir + slot * 8).ok_or_else(|| {
            format!("the gdbm directory runs past the end of the file (slot {slot})")
        })?;
        buckets.insert(at);
    }
    let mut out = Vec::new();
    for bucket in buckets {
        let count = i32_at(file, bucket + 108)
            .ok_or_else(|| format!("gdbm bucket at {bucket} is past the end of the file"))?;
        if count < 0 || count > elems {
            return Err(format!("gdbm bucket at {bucket} claims {count} entries"));
        }
        let mut found = 0;
        for e in 0..elems as u64 {
            let el = bucket + 112 + e * 24;
            let hash =
                i32_at(file, el).ok_or_else(|| format!("gdbm bucket at {bucket} is cut short"))?;
            if hash == -1 {
                continue;
            }
            found += 1;
            let data = u64_at(file, el + 8).unwrap_or(u64::MAX);
            let key_size = i32_at(file, el + 16).unwrap_or(-1);
            let data_size = i32_at(file, el + 20).unwrap_or(-1);
            let range = |from: u64, n: i64| -> Option<&[u8]> {
                let n = u64::try_from(n).ok()?;
                let from = usize::try_from(from).ok()?;
                file.get(from..from.checked_add(n as usize)?)
            };
            let (Some(key), Some(value)) = (
                range(data, key_size),
                data.checked_add(key_size.max(0) as u64)
                    .and_then(|d| range(d, data_size)),
            ) else {
                return Err(format!(
                    "gdbm entry {e} of the bucket at {bucket} points past the end of the file"
                ));
            };
            out.push((key.to_vec(), value.to_vec()));
        }
        if found != count {
            return Err(format!(
                "gdbm bucket at {bucket} claims {count} entries and holds {found}"
            ));
        }
    }
    Ok(out)
}
