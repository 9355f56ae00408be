//! `data/meta` (`moin16::meta`): parsing, the format revision and release lookup, and writing
//! the entries back as `MetaDict._put_meta` does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storectl::moin16::meta::{format_meta, release_of, MetaFile};

fuzz_target!(|data: &[u8]| {
    let meta = MetaFile::parse(data);
    for p in &meta.problems {
        assert!(!p.to_string().is_empty());
    }
    let _ = meta.iwid();
    let _ = meta.unreadable_by_moin();
    if let Some(rev) = meta.data_format_revision() {
        let _ = release_of(rev);
    }
    // Keys never hold ':' and values are stripped and single-line, so what moin would write
    // for the parsed entries must read back as the same entries.
    let text = format_meta(meta.entries.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let again = MetaFile::parse(text.as_bytes());
    assert_eq!(again.entries, meta.entries, "written as {text:?}");
});
