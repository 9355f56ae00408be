//! Edit-log and edit-lock files (`moin16::editlog`): a whole file, since that is what the
//! migrator hands the parser, so line splitting and every line's parse are both exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storectl::moin16::editlog::{EditLogFile, LineContent, LineWarning};
use storectl::moin16::parse_line;

fuzz_target!(|data: &[u8]| {
    let file = EditLogFile::parse(data);
    // The module promises an exact rewrite of whatever it read, bad lines included: that is
    // what makes a migrate → export round trip byte-identical.
    assert_eq!(file.to_bytes(), data, "to_bytes is not the input");
    let _ = file.is_truncated();
    let _ = file.first_entry();
    for (_, error) in file.errors() {
        assert!(!error.to_string().is_empty());
    }
    for line in &file.lines {
        let LineContent::Parsed(parsed) = &line.content else {
            continue;
        };
        let entry = parsed.entry();
        let _ = file.entry_for_revision(entry.revision.number());
        let _ = entry.mtime();
        let _ = entry.attachment_name();
        let _ = entry.renamed_from();
        let _ = entry.reverted_to();
        let _ = entry.hostname_or_addr();
        let _ = parsed.is_canonical();
        for w in parsed.warnings() {
            assert!(!w.to_string().is_empty());
        }
        // A line EditLog.add would write for this entry must read back as the same entry and
        // be canonical. Surplus fields are the one documented exception: they let the 9th
        // field end in whitespace, which moin's strip() then drops.
        let surplus = parsed
            .warnings()
            .iter()
            .any(|w| matches!(w, LineWarning::ExtraFields { .. }));
        if let (Ok(text), false) = (entry.to_line(), surplus) {
            let body = text.strip_suffix('\n').expect("to_line ends in LF");
            let again = parse_line(body.as_bytes())
                .unwrap_or_else(|e| panic!("to_line output {body:?} does not parse: {e}"));
            assert_eq!(
                again.entry(),
                entry,
                "to_line output {body:?} reads differently"
            );
            assert!(
                again.is_canonical(),
                "to_line output {body:?} is not canonical"
            );
        }
    }
});
