//! Page directory names and attachment-name quoting (`moin16::names`), with the properties the
//! module documents: quoting then unquoting is the identity, an unquoted name re-quotes to a
//! canonical directory that decodes to the same name, and url quoting round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storectl::moin16::names::{
    decode_page_dir, find_collisions, is_ignored_page_dir, quote_wikiname_fs, unquote_wikiname,
    url_quote, url_unquote, url_unquote_to_bytes,
};

fn check_name(name: &str) {
    let dir = quote_wikiname_fs(name);
    assert!(
        dir.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_()".contains(&b)),
        "{dir:?} has a byte moin never writes"
    );
    let d = decode_page_dir(&dir).unwrap_or_else(|e| panic!("{dir:?} (from {name:?}): {e}"));
    assert_eq!(d.name, name);
    assert!(d.is_canonical);
    assert_eq!(url_unquote(url_quote(name)), name);
}

fuzz_target!(|data: &[u8]| {
    let _ = is_ignored_page_dir(data);
    let _ = url_unquote_to_bytes(data);
    let _ = url_unquote(data);
    match decode_page_dir(data) {
        Ok(d) => {
            assert_eq!(unquote_wikiname(data).as_ref(), Ok(&d.name));
            assert_eq!(d.is_canonical, d.canonical_dir.as_bytes() == data);
            let again = decode_page_dir(&d.canonical_dir)
                .unwrap_or_else(|e| panic!("canonical {:?}: {e}", d.canonical_dir));
            assert_eq!(again.name, d.name);
            assert!(again.is_canonical);
            check_name(&d.name);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    if let Ok(text) = std::str::from_utf8(data) {
        check_name(text);
        // Lines as a listing of `pages/`: at most one directory of a collision is canonical.
        for c in find_collisions(text.split('\n')) {
            let canonical = quote_wikiname_fs(&c.name);
            let n = c
                .dirs
                .iter()
                .filter(|d| **d == canonical.as_bytes())
                .count();
            assert!(c.dirs.len() > 1 && n <= 1, "{c:?}");
        }
    }
});
