//! `data/user/<id>` profiles (`moin16::user`): parsing, every accessor the migrator uses, the
//! exact rewrite, and writing the parsed values back as `User.save` would.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storectl::moin16::user::{format_profile, is_legacy_side_file, is_user_id, UserProfile};

fuzz_target!(|data: &[u8]| {
    let _ = is_user_id(data);
    if let Ok(name) = std::str::from_utf8(data) {
        let _ = is_legacy_side_file(name);
    }
    let profile = match UserProfile::parse(data) {
        Ok(p) => p,
        Err(e) => {
            assert!(std::str::from_utf8(data).is_err());
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    assert_eq!(
        profile.to_text().as_bytes(),
        data,
        "to_text is not the input"
    );
    let _ = (
        profile.name(),
        profile.alias_name(),
        profile.email(),
        profile.jid(),
    );
    let _ = (profile.disabled(), profile.checkbox("remember_me"));
    let _ = profile.password_hash();
    let _ = (
        profile.subscribed_pages(),
        profile.quicklinks(),
        profile.bookmarks(),
    );
    let _ = profile.tz_offset_seconds();
    let _ = profile.last_saved();
    let _ = (profile.has_legacy_list_keys(), profile.unloadable_by_moin());
    for p in profile.problems() {
        assert!(!p.to_string().is_empty());
    }
    // Values read from a file contain no line ends and no trailing whitespace (the reader
    // splits and strips), so whatever format_profile accepts must read back unchanged.
    let values = profile.values();
    match format_profile(
        "1400000000.00.1111",
        "2014-05-13 16:53:20",
        values.iter().map(|(k, v)| (k.as_str(), v)),
    ) {
        Ok(text) => {
            let again = UserProfile::parse(text.as_bytes()).expect("format_profile writes UTF-8");
            assert_eq!(again.values(), values, "written as {text:?}");
            assert!(
                again.problems().is_empty(),
                "{:?} in {text:?}",
                again.problems()
            );
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
