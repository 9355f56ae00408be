//! A page directory's `current` file and revision file names (`moin16::page`), plus the CRLF
//! text coding of revision files that the same module owns.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storectl::moin16::page::{
    decode_revision_text, encode_revision_text, format_current, parse_current,
    parse_revision_file_name, revision_file_name, CurrentAnomaly,
};

fuzz_target!(|data: &[u8]| {
    let c = parse_current(data);
    for a in &c.anomalies {
        assert!(!a.to_string().is_empty());
    }
    match c.revision {
        // What moin writes for that revision must read back as it, with no anomaly.
        Some(rev) => {
            let again = parse_current(format_current(rev).as_bytes());
            assert_eq!(again.revision, Some(rev));
            assert!(again.anomalies.is_empty(), "{:?}", again.anomalies);
        }
        None => assert!(matches!(
            c.anomalies.as_slice(),
            [CurrentAnomaly::Unreadable { .. }]
        )),
    }

    if let Some(name) = parse_revision_file_name(data) {
        // Negative numbers follow Python's '%08d' too, but no revision is negative.
        if let Ok(n) = u64::try_from(name.number) {
            assert_eq!(name.canonical, revision_file_name(n).as_bytes() == data);
        }
    }

    if let Ok(text) = decode_revision_text(data) {
        assert!(!text.contains('\r'));
        let encoded = encode_revision_text(&text);
        // moin's write is stable, except for the documented loss of one of several trailing
        // newlines ("a\n\n" -> "a\r\n", "\n" -> ""), which repeats on every save.
        let reread = decode_revision_text(encoded.as_bytes()).expect("UTF-8 in, UTF-8 out");
        if reread != "\n" && !reread.ends_with("\n\n") {
            assert_eq!(encode_revision_text(&reread), encoded);
        }
    }
});
