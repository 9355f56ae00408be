//! Count sentences: `1 difference`, `2 differences`, `0 entries`.

use std::fmt::Display;

/// `n` followed by `noun`, in the singular for exactly 1 and in the plural otherwise:
/// `count(1, "user")` is `1 user`, `count(3, "entry")` is `3 entries`. A noun phrase is
/// pluralised at its last word (`value byte` → `value bytes`), each side of an `or` alike
/// (`directory or record` → `directories or records`).
pub fn count(n: impl Display, noun: &str) -> String {
    let n = n.to_string();
    if n == "1" {
        format!("{n} {noun}")
    } else {
        let plural: Vec<String> = noun.split(" or ").map(plural_phrase).collect();
        format!("{n} {}", plural.join(" or "))
    }
}

fn plural_phrase(phrase: &str) -> String {
    match phrase.rsplit_once(' ') {
        Some((head, last)) => format!("{head} {}", plural_word(last)),
        None => plural_word(phrase),
    }
}

/// The regular English plural, which every noun storectl counts follows.
fn plural_word(word: &str) -> String {
    let consonant_y = word.len() >= 2
        && word.ends_with('y')
        && !matches!(
            word.as_bytes()[word.len() - 2],
            b'a' | b'e' | b'i' | b'o' | b'u'
        );
    if consonant_y {
        format!("{}ies", &word[..word.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| word.ends_with(end))
    {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1, "difference"), "1 difference");
        assert_eq!(count(0, "difference"), "0 differences");
        assert_eq!(count(2u64, "user"), "2 users");
        assert_eq!(count(1usize, "entry"), "1 entry");
        assert_eq!(count(5, "entry"), "5 entries");
        assert_eq!(count(5, "activity"), "5 activities");
        assert_eq!(count(2, "reply"), "2 replies");
        assert_eq!(count(2, "key"), "2 keys");
        assert_eq!(count(2, "value byte"), "2 value bytes");
        assert_eq!(count(2, "directory or record"), "2 directories or records");
        assert_eq!(count(1, "directory or record"), "1 directory or record");
        assert_eq!(count(serde_json::json!(1), "vote"), "1 vote");
        assert_eq!(count(serde_json::json!(7), "vote"), "7 votes");
    }
}
