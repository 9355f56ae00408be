//! Berkeley DB hash files: what Debian's Python 3 writes through `dbm.ndbm` (its `_dbm` is
//! built on libdb 5.3: `NAME.db` becomes `NAME.db.db`, "Berkeley DB (Hash, version 9)").
//!
//! Read without libdb, from the on-disk layout of DB 4.x/5.x (little-endian, no encryption or
//! checksums, as ndbm creates): page 0 is the hash metadata page (magic 0x061561 at byte 12,
//! page size at 20, type 8 at 25, last page number at 32); every page of type 13 (`P_HASH`) or
//! 2 (`P_HASH_UNSORTED`) holds key/value pairs as items. A page header is 26 bytes (`entries:
//! u16` at 20, `type: u8` at 25), then `entries` item offsets; an item is `H_KEYDATA` (type 1,
//! the bytes follow, up to the previous item's offset) or `H_OFFPAGE` (type 3: the first
//! overflow page at 4 and the total length at 8; overflow pages (type 7) chain by their
//! next-page field at 16 and hold `hf_offset` (at 22) bytes each). Free pages are typed 0 and
//! carry no items, so scanning every page finds each live pair once.

use super::Entries;

const MAGIC: u32 = 0x0006_1561;

/// Whether `head` is a Berkeley DB hash file of either byte order.
pub fn is_bdb_hash(head: &[u8]) -> bool {
    head.get(12..16)
        .map(|m| u32::from_le_bytes(m.try_into().unwrap()))
        .is_some_and(|m| m == MAGIC || m.swap_bytes() == MAGIC)
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The entries of a Berkeley DB hash file; an error names the fault.
pub fn read(file: &[u8]) -> Result<Entries, String> {
    let magic = u32_at(file, 12).ok_or("shorter than a Berkeley DB header")?;
    if magic != MAGIC {
        return Err("a big-endian Berkeley DB file; only little-endian ones are read".into());
    }
    let page_size = u32_at(file, 20).unwrap_or(0) as usize;
    if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(format!("corrupt Berkeley DB header: page size {page_size}"));
    }
    if file.get(25) != Some(&8) {
        return Err("a Berkeley DB file that is not a hash database (btree or queue?)".into());
    }
    if file.get(24) != Some(&0) || file.get(26).is_some_and(|f| f & 0x01 != 0) {
        return Err("an encrypted or checksummed Berkeley DB file".into());
    }
    let pages = file.len() / page_size;
    let mut out = Vec::new();
    for p in 1..pages {
        let page = &file[p * page_size..(p + 1) * page_size];
        if !matches!(page[25], 2 | 13) {
            continue;
        }
        let entries = u16_at(page, 20).unwrap_or(0);
        if entries % 2 != 0 || 26 + entries * 2 > page_size {
            return Err(format!("Berkeley DB page {p}: {entries} items, not pairs"));
        }
        let mut items = Vec::with_capacity(entries);
        for i in 0..entries {
            let start = u16_at(page, 26 + i * 2).unwrap_or(0);
            let end = if i == 0 {
                page_size
            } else {
                u16_at(page, 26 + (i - 1) * 2).unwrap_or(0)
            };
            if start < 26 + entries * 2 || start >= end || end > page_size {
                return Err(format!(
                    "Berkeley DB page {p}: item {i} lies outside the page"
                ));
            }
            items.push(
                item(file, page_size, &page[start..end])
                    .map_err(|e| format!("Berkeley DB page {p}, item {i}: {e}"))?,
            );
        }
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            out.push((k, v));
        }
    }
    Ok(out)
}

fn item(file: &[u8], page_size: usize, raw: &[u8]) -> Result<Vec<u8>, String> {
    match raw[0] {
        1 => Ok(raw[1..].to_vec()),
        3 => {
            let mut next = u32_at(raw, 4).ok_or("short off-page item")? as usize;
            let total = u32_at(raw, 8).ok_or("short off-page item")? as usize;
            let mut out = Vec::with_capacity(total.min(file.len()));
            let mut hops = 0;
            while out.len() < total {
                let page = file
                    .get(next * page_size..(next + 1) * page_size)
                    .ok_or_else(|| format!("overflow page {next} is past the end of the file"))?;
                if page[25] != 7 {
                    return Err(format!("page {next} is not an overflow page"));
                }
                let used = u16_at(page, 22).unwrap_or(0);
                if 26 + used > page_size || hops > file.len() / page_size {
                    return Err(format!("overflow page {next} is corrupt"));
                }
                out.extend_from_slice(&page[26..26 + used]);
                next = u32_at(page, 16).unwrap_or(0) as usize;
                hops += 1;
                if next == 0 {
                    break;
                }
            }
            if out.len() != total {
                return Err(format!(
                    "overflow chain holds {} of {total} bytes",
                    out.len()
                ));
            }
            Ok(out)
        }
        t => Err(format!("item type {t} (duplicates?) is not an ndbm pair")),
    }
}
