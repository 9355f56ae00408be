//! The words of full-text search (`item list --search`), defined once here for every backend:
//! SQLite's FTS5 table, PostgreSQL's tsvector and the moin16 data dir all hold or compare the
//! words this module makes, and no database parser splits or folds text on its own.
//!
//! The contract:
//! - the text is lower-cased with Unicode's [`str::to_lowercase`]; then a **word** is a maximal
//!   run of characters for which [`char::is_alphanumeric`] holds (letters and digits of any
//!   script); everything else separates words, so `e-mail`, `alice@example.org`,
//!   `www.example.org/a_b` and `storectl.db` are each several words; there is no stemming, and
//!   diacritics are kept (`café` and `cafe` are different words). Lower-casing first makes a
//!   word its own only word (`words(w) == [w]`), so every indexed word can be searched for as
//!   it is stored;
//! - a search matches a page whose current text has every word of the search as a whole word,
//!   in any order; a search without any word matches nothing;
//! - only words of at most [`MAX_WORD_BYTES`] bytes (UTF-8) are indexed, and a search for a
//!   longer word is refused (it could never match);
//! - a page's index holds its distinct words in order of first occurrence, as long as they fit
//!   in [`MAX_INDEX_BYTES`] (separated by one space each); the words after the first one that
//!   does not fit are not found.
//!
//! The limits keep every page indexable by PostgreSQL, whose lexemes must be shorter than
//! 2 KiB and whose tsvector holds less than 1 MiB of them; SQLite applies the same limits, so
//! the same search finds the same pages on every backend.

use crate::error::{Error, Result};

/// The longest word that is indexed and may be searched for, in bytes of UTF-8.
pub const MAX_WORD_BYTES: usize = 255;

/// The most a page's index holds: its distinct words, each followed by a space but the last.
pub const MAX_INDEX_BYTES: usize = 1_000_000;

/// Every word of `text` in order, lower-cased, repeats and long words included.
pub fn words(text: &str) -> impl Iterator<Item = String> {
    let lower = text.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.into_iter()
}

/// The words a page's index holds: distinct, of at most [`MAX_WORD_BYTES`], in order of first
/// occurrence, as many as fit in [`MAX_INDEX_BYTES`].
pub fn index_words(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut kept = Vec::new();
    let mut bytes = 0usize;
    for word in words(text) {
        if word.len() > MAX_WORD_BYTES || seen.contains(&word) {
            continue;
        }
        let needed = word.len() + usize::from(!kept.is_empty());
        if bytes + needed > MAX_INDEX_BYTES {
            break;
        }
        bytes += needed;
        seen.insert(word.clone());
        kept.push(word);
    }
    kept
}

/// The stored form of a page's index: [`index_words`] separated by single spaces (no word
/// holds a space, so it splits back exactly).
pub fn index_text(text: &str) -> String {
    index_words(text).join(" ")
}

/// The distinct words a search asks for, in order; refused (65) when one is longer than any
/// indexed word. No word at all is an empty list: a search that matches nothing.
pub fn query_words(search: &str) -> Result<Vec<String>> {
    let mut wanted: Vec<String> = Vec::new();
    for word in words(search) {
        if word.len() > MAX_WORD_BYTES {
            let shown: String = word.chars().take(20).collect();
            return Err(Error::bad_input(format!(
                "search word \"{shown}…\" is {} bytes long; words longer than {MAX_WORD_BYTES} \
                 bytes are not indexed, so no page could match it",
                word.len()
            )));
        }
        if !wanted.contains(&word) {
            wanted.push(word);
        }
    }
    Ok(wanted)
}

/// Whether a page whose index is `index` (from [`index_words`]) matches a search for `wanted`
/// (from [`query_words`]): the backends without a database index (moin16) ask this.
pub fn matches(index: &[String], wanted: &[String]) -> bool {
    if wanted.is_empty() {
        return false;
    }
    let set: std::collections::HashSet<&str> = index.iter().map(String::as_str).collect();
    wanted.iter().all(|w| set.contains(w.as_str()))
}

/// Whether a page whose current text is `text` matches a search for `wanted`: the same answer
/// as [`matches`] over its [`index_words`], computed only for pages that hold every wanted word
/// as a substring of their lower-cased text (every word is one), which most pages do not.
pub fn text_matches(text: &str, wanted: &[String]) -> bool {
    if wanted.is_empty() {
        return false;
    }
    let lower = text.to_lowercase();
    wanted.iter().all(|w| lower.contains(w.as_str())) && matches(&index_words(text), wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        words(text).collect()
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_of_any_script() {
        assert_eq!(
            w("How to edit a wiki page."),
            ["how", "to", "edit", "a", "wiki", "page"]
        );
        assert_eq!(w("  \t\n"), Vec::<String>::new());
        assert_eq!(w("-- ... !!"), Vec::<String>::new());
        assert_eq!(
            w("version 1.9.11 (2024)"),
            ["version", "1", "9", "11", "2024"]
        );
        assert_eq!(w("東京タワー is 333m"), ["東京タワー", "is", "333m"]);
        assert_eq!(
            w("Ελληνικά, русский; العربية"),
            ["ελληνικά", "русский", "العربية"]
        );
        // Superscripts and other numerals are alphanumeric too.
        assert_eq!(w("x² ½ Ⅻ"), ["x²", "½", "ⅻ"]);
    }

    #[test]
    fn punctuation_hyphens_emails_urls_and_dotted_names_split_into_words() {
        assert_eq!(w("e-mail well-known"), ["e", "mail", "well", "known"]);
        assert_eq!(w("alice@example.org"), ["alice", "example", "org"]);
        assert_eq!(
            w("https://www.example.org/wiki/Front_Page?x=1#top"),
            ["https", "www", "example", "org", "wiki", "front", "page", "x", "1", "top"]
        );
        assert_eq!(
            w("storectl.db MoinMoin.Page"),
            ["storectl", "db", "moinmoin", "page"]
        );
        assert_eq!(w("it's \"quoted\" (x)"), ["it", "s", "quoted", "x"]);
    }

    #[test]
    fn case_is_folded_for_every_script_and_diacritics_stay() {
        assert_eq!(
            w("WiKi ÉCOLE Straße ΣΟΦΙΑ"),
            ["wiki", "école", "straße", "σοφια"]
        );
        // Unicode's lower case, not ASCII's: the final sigma; and a dotted capital I becomes
        // an i and a combining dot, which is not alphanumeric and so separates words.
        assert_eq!(w("ΟΔΟΣ"), ["οδος"]);
        assert_eq!(w("İstanbul"), ["i", "stanbul"]);
        assert_eq!(w("i\u{307}stanbul"), ["i", "stanbul"]);
        assert_ne!(w("café"), w("cafe"));
        // A combining accent is not alphanumeric: a decomposed é splits its word.
        assert_eq!(w("cafe\u{301}s"), ["cafe", "s"]);
    }

    #[test]
    fn every_word_of_any_character_is_its_own_only_word_and_is_found() {
        // Every character that lower-casing changes (where a word could stop being one) and
        // every character below U+3000 (the alphabets, their digits and punctuation), beside
        // itself and between letters: each word the index keeps is one word again when
        // searched for, finds its page, and holds no ASCII separator (which SQLite's 'ascii'
        // tokenizer would split at) and no space (the stored separator).
        let changed_by_lower_case = |c: &char| !c.to_lowercase().eq(std::iter::once(*c));
        let chars = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| (*c as u32) < 0x3000 || changed_by_lower_case(c));
        for c in chars {
            for text in [format!("{c}a{c}{c}Z")] {
                let index = index_words(&text);
                for word in &index {
                    assert_eq!(w(word), [word.as_str()], "U+{:04X}", c as u32);
                    assert!(
                        word.chars()
                            .all(|x| !x.is_ascii() || x.is_ascii_alphanumeric()),
                        "U+{:04X}",
                        c as u32
                    );
                    assert!(
                        matches(&index, &query_words(word).unwrap()),
                        "U+{:04X}",
                        c as u32
                    );
                }
                // The page's own text, as a search, finds it (when it has a word).
                assert_eq!(
                    matches(&index, &query_words(&text).unwrap()),
                    !index.is_empty(),
                    "U+{:04X}",
                    c as u32
                );
                let stored = index_text(&text);
                let back: Vec<&str> = stored.split(' ').filter(|w| !w.is_empty()).collect();
                assert_eq!(back, index, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn the_index_holds_distinct_words_in_first_occurrence_order() {
        assert_eq!(index_words("b a B c a"), ["b", "a", "c"]);
        assert_eq!(index_text("Hello, hello World"), "hello world");
        assert_eq!(index_text(""), "");
    }

    #[test]
    fn words_over_the_cap_are_not_indexed_and_cannot_be_searched() {
        let at_cap = "a".repeat(MAX_WORD_BYTES);
        let over = "b".repeat(MAX_WORD_BYTES + 1);
        assert_eq!(
            index_words(&format!("x {at_cap} {over} y")),
            ["x", &at_cap, "y"]
        );
        // Bytes, not characters: 128 two-byte letters are over the cap.
        let wide = "é".repeat(128);
        assert_eq!(index_words(&format!("{wide} z")), ["z"]);
        assert_eq!(query_words(&at_cap).unwrap(), [at_cap.as_str()]);
        let err = query_words(&format!("ok {over}")).unwrap_err();
        assert_eq!(err.kind(), crate::error::Kind::BadInput);
        assert!(err.to_string().contains("256 bytes"), "{err}");
        assert!(err.to_string().contains("255"), "{err}");
        assert!(query_words(&wide).is_err());
    }

    #[test]
    fn the_index_stops_at_the_first_word_that_does_not_fit_the_budget() {
        // 9-byte words, 10 bytes each with their space: 100,000 of them fill the budget but
        // for the last space, which the last word does not need.
        let text: String = (0..100_001).map(|i| format!("w{i:08} ")).collect();
        let kept = index_words(&text);
        assert_eq!(kept.len(), 100_000);
        assert_eq!(kept.last().unwrap(), "w00099999");
        assert!(index_text(&text).len() <= MAX_INDEX_BYTES);
        assert_eq!(index_text(&text).len(), MAX_INDEX_BYTES - 1);
        // Repeats cost nothing.
        let repeated = "same ".repeat(300_000);
        assert_eq!(index_words(&repeated), ["same"]);
    }

    #[test]
    fn a_search_needs_every_word_in_any_order_and_no_word_matches_nothing() {
        let page = index_words("The quick brown fox, alice@example.org");
        let q = |s: &str| query_words(s).unwrap();
        assert!(matches(&page, &q("FOX the")));
        assert!(matches(&page, &q("example.org alice")));
        assert!(!matches(&page, &q("\"brown\" AND quick")));
        assert!(!matches(&page, &q("fo")));
        assert!(!matches(&page, &q("quick cat")));
        assert!(!matches(&page, &q("   ")));
        assert!(!matches(&page, &q("-- !!")));
        // The shortcut over the text gives the same answers.
        let text = "The quick brown fox, alice@example.org";
        for search in [
            "FOX the",
            "example.org alice",
            "fo",
            "quick cat",
            "   ",
            "brown quick",
        ] {
            assert_eq!(
                text_matches(text, &q(search)),
                matches(&page, &q(search)),
                "{search}"
            );
        }
        assert_eq!(q("a b A a"), ["a", "b"]);
    }
}
