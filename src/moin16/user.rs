//! User profiles: `data/user/<id>` files (`moin16-format.md` §7), read as
//! `User.load_from_id` reads them and written as `User.save` writes them.
//!
//! The reading rules are moin's, including its rough edges, because the migrator must see what
//! moin saw:
//! * the file is decoded as UTF-8 and split with `unicode.splitlines()`, so not only `\n` but
//!   also `\x0b \x0c \x1c-\x1e \x85 U+2028 U+2029` end a line (moin's writer only replaces `\n`
//!   and `\r` in values, so a value containing one of the others is cut by moin's reader);
//! * a line whose first character is `#` is a comment; everything else is
//!   `line.strip().split('=', 1)`: no `=` means the line is ignored, the key keeps any inner
//!   spaces (`name = Bob` has key `"name "`), only the line's ends are stripped;
//! * `key[]` is a TAB-separated list (items stripped, empty items dropped), `key{}` a dict of
//!   `k:v` items (an item without `:` makes moin ignore the whole line), and the 1.5 keys
//!   `quicklinks`, `subscribed_pages`, `subscribed_events` without `[]` are lists too;
//! * keys starting with `_` and the transient keys (`id valid may auth_username password
//!   password2 auth_method auth_attribs`) are ignored — tested on the key *with* its `[]`/`{}`;
//! * a later line for the same key wins.
//!
//! [`UserProfile::to_text`] writes a parsed file back byte for byte; [`format_profile`] writes a
//! new one as `User.save` does (sorted keys, header comment).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use super::py::{
    py_int_unicode, py_is_line_break, py_splitlines_keepends, py_strip_parts, split_line_end,
};

/// `user.getUserList`'s filter for profile file names: `^\d+\.\d+(\.\d+)?$`, as a Python `re`
/// on a byte string (ASCII digits; `$` also matches before one final `\n`, so moin would list a
/// file named `"1.2\n"`). `make_id` produces `"%s.%d" % (time.time(), randint(0, 65535))`,
/// e.g. `1346807238.23.43355`. Side files such as `<id>.trail` or `<id>.bookmark` do not match.
pub fn is_user_id(file_name: impl AsRef<[u8]>) -> bool {
    let mut s = file_name.as_ref();
    if let Some(stripped) = s.strip_suffix(b"\n") {
        s = stripped;
    }
    let parts: Vec<&[u8]> = s.split(|&b| b == b'.').collect();
    (parts.len() == 2 || parts.len() == 3)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
}

/// `cfg.user_transient_fields`: attributes moin never stores and ignores when reading.
pub const TRANSIENT_FIELDS: [&str; 8] = [
    "id",
    "valid",
    "may",
    "auth_username",
    "password",
    "password2",
    "auth_method",
    "auth_attribs",
];

/// The 1.5 list keys that moin still decodes as lists without `[]`.
pub const LEGACY_LIST_KEYS: [&str; 3] = ["quicklinks", "subscribed_pages", "subscribed_events"];

/// A decoded profile value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserValue {
    Text(String),
    /// `key[]=a\tb` (and the legacy keys without `[]`).
    List(Vec<String>),
    /// `key{}=k1:v1\tk2:v2`; a later duplicate key wins, as in moin's dict.
    Dict(BTreeMap<String, String>),
}

impl UserValue {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            UserValue::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// `user.decodeList`.
fn decode_list(value: &str) -> Vec<String> {
    value
        .split('\t')
        .map(|i| py_strip_parts(i).1)
        .filter(|i| !i.is_empty())
        .map(str::to_string)
        .collect()
}

/// `user.decodeDict`; None where moin raises `ValueError` (an item without `:`).
fn decode_dict(value: &str) -> Option<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for item in value.split('\t') {
        let item = py_strip_parts(item).1;
        if item.is_empty() {
            continue;
        }
        let (k, v) = item.split_once(':')?;
        out.insert(k.to_string(), v.to_string());
    }
    Some(out)
}

/// How one line of a profile file was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    /// First character `#` (moin writes `# Data saved '<time>' for id '<id>'`).
    Comment,
    /// `key=value`, with the stripped whitespace kept for writing back.
    Field {
        lead: String,
        key: String,
        value: String,
        tail: String,
    },
    /// A line moin skips without complaint (no `=`, e.g. a blank line).
    NoEquals,
}

/// One line of a profile file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileLine {
    pub kind: LineKind,
    /// The line end as found (`"\n"`, `"\r\n"`, `"\u{2028}"`, ... or `""` at the end of file).
    pub line_end: String,
    raw: Option<String>,
}

impl ProfileLine {
    /// The line's text without its line end.
    pub fn text(&self) -> String {
        match (&self.kind, &self.raw) {
            (_, Some(raw)) => raw.clone(),
            (
                LineKind::Field {
                    lead,
                    key,
                    value,
                    tail,
                },
                None,
            ) => format!("{lead}{key}={value}{tail}"),
            _ => String::new(),
        }
    }
}

/// A field that moin reads differently from what the file seems to say, or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileProblem {
    /// `=value`: moin's `key[0]` raises `IndexError` and the profile cannot be loaded at all.
    EmptyKey { line: usize },
    /// A `{}` value with an item without `:`: moin ignores the line.
    BadDictItem { line: usize, key: String },
    /// A key starting with `_` or a transient key: moin ignores it.
    IgnoredKey { line: usize, key: String },
    /// The same (decoded) key twice: the later line wins.
    DuplicateKey { line: usize, key: String },
}

impl fmt::Display for ProfileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileProblem::EmptyKey { line } => write!(
                f,
                "line {line}: empty key (moin 1.9 cannot load this profile: IndexError)"
            ),
            ProfileProblem::BadDictItem { line, key } => {
                write!(
                    f,
                    "line {line}: {key}: dict item without ':' (line ignored)"
                )
            }
            ProfileProblem::IgnoredKey { line, key } => {
                write!(f, "line {line}: key {key:?} is ignored by moin")
            }
            ProfileProblem::DuplicateKey { line, key } => {
                write!(f, "line {line}: key {key:?} repeated (this line wins)")
            }
        }
    }
}

/// A profile file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// moin's `codecs.open(..., 'utf-8')` raises `UnicodeDecodeError`.
    NotUtf8 { valid_up_to: usize },
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::NotUtf8 { valid_up_to } => write!(
                f,
                "user profile is not UTF-8 (invalid byte at offset {valid_up_to})"
            ),
        }
    }
}

impl std::error::Error for ProfileError {}

/// Password hash schemes moin 1.9 knows (`config.password_schemes_supported`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordScheme {
    /// `{PASSLIB}` + a passlib hash (1.9 default, `sha512_crypt`).
    Passlib,
    /// `{SSHA}` base64(sha1(pw+salt)+salt), the 1.6–1.8 default.
    Ssha,
    Sha,
    Apr1,
    Md5,
    Des,
}

impl PasswordScheme {
    pub const ALL: [PasswordScheme; 6] = [
        PasswordScheme::Passlib,
        PasswordScheme::Ssha,
        PasswordScheme::Sha,
        PasswordScheme::Apr1,
        PasswordScheme::Md5,
        PasswordScheme::Des,
    ];

    pub fn prefix(self) -> &'static str {
        match self {
            PasswordScheme::Passlib => "{PASSLIB}",
            PasswordScheme::Ssha => "{SSHA}",
            PasswordScheme::Sha => "{SHA}",
            PasswordScheme::Apr1 => "{APR1}",
            PasswordScheme::Md5 => "{MD5}",
            PasswordScheme::Des => "{DES}",
        }
    }
}

/// A parsed `data/user/<id>` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserProfile {
    lines: Vec<ProfileLine>,
    values: BTreeMap<String, UserValue>,
    problems: Vec<ProfileProblem>,
}

impl UserProfile {
    /// Reads a profile as `User.load_from_id` does.
    pub fn parse(bytes: &[u8]) -> Result<UserProfile, ProfileError> {
        let text = std::str::from_utf8(bytes).map_err(|e| ProfileError::NotUtf8 {
            valid_up_to: e.valid_up_to(),
        })?;
        let mut lines = Vec::new();
        let mut values = BTreeMap::new();
        let mut problems = Vec::new();
        for (i, piece) in py_splitlines_keepends(text).into_iter().enumerate() {
            let number = i + 1;
            let (body, end) = split_line_end(piece);
            let mut raw = None;
            let kind = if piece.starts_with('#') {
                raw = Some(body.to_string());
                LineKind::Comment
            } else {
                let (lead, core, tail) = py_strip_parts(body);
                match core.split_once('=') {
                    None => {
                        raw = Some(body.to_string());
                        LineKind::NoEquals
                    }
                    Some((key, value)) => {
                        Self::interpret(number, key, value, &mut values, &mut problems);
                        LineKind::Field {
                            lead: lead.to_string(),
                            key: key.to_string(),
                            value: value.to_string(),
                            tail: tail.to_string(),
                        }
                    }
                }
            };
            lines.push(ProfileLine {
                kind,
                line_end: end.to_string(),
                raw,
            });
        }
        Ok(UserProfile {
            lines,
            values,
            problems,
        })
    }

    /// The loop body of `load_from_id` for one `key=value`.
    fn interpret(
        line: usize,
        key: &str,
        value: &str,
        values: &mut BTreeMap<String, UserValue>,
        problems: &mut Vec<ProfileProblem>,
    ) {
        if key.is_empty() {
            problems.push(ProfileProblem::EmptyKey { line });
            return;
        }
        if TRANSIENT_FIELDS.contains(&key) || key.starts_with('_') {
            problems.push(ProfileProblem::IgnoredKey {
                line,
                key: key.to_string(),
            });
            return;
        }
        let (name, decoded) = if let Some(name) = key.strip_suffix("[]") {
            (name, UserValue::List(decode_list(value)))
        } else if let Some(name) = key.strip_suffix("{}") {
            match decode_dict(value) {
                Some(d) => (name, UserValue::Dict(d)),
                None => {
                    problems.push(ProfileProblem::BadDictItem {
                        line,
                        key: key.to_string(),
                    });
                    return;
                }
            }
        } else if LEGACY_LIST_KEYS.contains(&key) {
            (key, UserValue::List(decode_list(value)))
        } else {
            (key, UserValue::Text(value.to_string()))
        };
        if values.insert(name.to_string(), decoded).is_some() {
            problems.push(ProfileProblem::DuplicateKey {
                line,
                key: name.to_string(),
            });
        }
    }

    /// The file exactly as parsed.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for l in &self.lines {
            out.push_str(&l.text());
            out.push_str(&l.line_end);
        }
        out
    }

    /// The file's lines, as read.
    pub fn lines(&self) -> &[ProfileLine] {
        &self.lines
    }

    /// Every value moin loads, by key without `[]`/`{}` (moin's `user_data`, minus the
    /// `enc_password: ''` default it starts from).
    pub fn values(&self) -> &BTreeMap<String, UserValue> {
        &self.values
    }

    pub fn problems(&self) -> &[ProfileProblem] {
        &self.problems
    }

    /// moin 1.9 cannot load this profile at all (it raises while reading).
    pub fn unloadable_by_moin(&self) -> bool {
        self.problems
            .iter()
            .any(|p| matches!(p, ProfileProblem::EmptyKey { .. }))
    }

    pub fn get(&self, key: &str) -> Option<&UserValue> {
        self.values.get(key)
    }

    /// A text value (None if absent or a list/dict).
    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(UserValue::as_text)
    }

    /// A list value (empty if absent; a text value is not a list).
    pub fn list(&self, key: &str) -> &[String] {
        match self.get(key) {
            Some(UserValue::List(l)) => l,
            _ => &[],
        }
    }

    /// Login name; also the name ACLs use. Profiles without one exist [corpus zoobab].
    pub fn name(&self) -> Option<&str> {
        self.text("name").filter(|n| !n.is_empty())
    }

    /// Display name (`aliasname`).
    pub fn alias_name(&self) -> Option<&str> {
        self.text("aliasname").filter(|n| !n.is_empty())
    }

    pub fn email(&self) -> Option<&str> {
        self.text("email").filter(|n| !n.is_empty())
    }

    pub fn jid(&self) -> Option<&str> {
        self.text("jid").filter(|n| !n.is_empty())
    }

    /// A checkbox field as `load_from_id` normalises it: `int(value)`, 0 when that fails.
    pub fn checkbox(&self, key: &str) -> Option<bool> {
        let v = self.text(key)?;
        Some(py_int_unicode(v, false).is_ok_and(|n| n != 0))
    }

    /// `disabled=1`: the account cannot log in, but still names its edits in the logs.
    pub fn disabled(&self) -> bool {
        self.checkbox("disabled").unwrap_or(false)
    }

    /// `enc_password`, split into its scheme and the rest. None when empty (no password login);
    /// `Err(hash)` for a scheme moin does not support.
    pub fn password_hash(&self) -> Option<Result<(PasswordScheme, &str), &str>> {
        let h = self.text("enc_password").filter(|h| !h.is_empty())?;
        Some(
            PasswordScheme::ALL
                .iter()
                .find_map(|s| h.strip_prefix(s.prefix()).map(|rest| (*s, rest)))
                .ok_or(h),
        )
    }

    /// `subscribed_pages[]`: page names or regexes, optionally `Wiki:`-prefixed.
    pub fn subscribed_pages(&self) -> &[String] {
        self.list("subscribed_pages")
    }

    /// `quicklinks[]`: page names or `Wiki:Page`.
    pub fn quicklinks(&self) -> &[String] {
        self.list("quicklinks")
    }

    /// `bookmarks{}`: interwiki name → RecentChanges bookmark (µs since the epoch, as text).
    pub fn bookmarks(&self) -> BTreeMap<String, String> {
        match self.get("bookmarks") {
            Some(UserValue::Dict(d)) => d.clone(),
            _ => BTreeMap::new(),
        }
    }

    /// `tz_offset` in seconds as `load_from_id` computes it: `int()`, and values between -24
    /// and 24 are hours. None if absent; `Err` where moin raises (`ValueError`).
    pub fn tz_offset_seconds(&self) -> Option<Result<i64, String>> {
        let v = self.text("tz_offset")?;
        Some(match py_int_unicode(v, false) {
            Ok(n) if (-24..=24).contains(&n) => Ok(n * 3600),
            Ok(n) => Ok(n),
            Err(_) => Err(v.to_string()),
        })
    }

    /// `last_saved` (float seconds since the epoch, as text in the file).
    pub fn last_saved(&self) -> Option<f64> {
        self.text("last_saved")?.trim().parse().ok()
    }

    /// The profile still uses 1.5 list keys (`quicklinks=`, `subscribed_pages=` without `[]`),
    /// a sign of unmigrated 1.5 data (`moin16-format.md` §8).
    pub fn has_legacy_list_keys(&self) -> bool {
        self.lines.iter().any(|l| match &l.kind {
            LineKind::Field { key, .. } => key == "quicklinks" || key == "subscribed_pages",
            _ => false,
        })
    }
}

/// A value [`format_profile`] cannot write so that moin reads it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileFormatError {
    pub key: String,
    pub reason: &'static str,
}

impl fmt::Display for ProfileFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user profile key {:?}: {}", self.key, self.reason)
    }
}

impl std::error::Error for ProfileFormatError {}

/// Writes a new profile as `User.save` does: the header comment
/// `# Data saved '<saved_at>' for id '<id>'`, then `key=value` lines sorted by key, lists as
/// `key[]=` TAB-joined stripped non-empty items, dicts as `key{}=k:v` TAB-joined, LF endings.
///
/// `User.save` replaces `\n` and `\r` in a line by spaces; this replaces every character that
/// moin's *reader* treats as a line end (`\x0b`, `\x85`, U+2028, ...), since moin's own writer
/// produces profiles it misreads there. Values are not stripped (moin does not); note that moin
/// reads back a text value without trailing whitespace. Keys, list items and dict entries that
/// cannot survive the format (TAB in an item, `:` in a dict key, `=` in a key, ...) are refused.
pub fn format_profile<'a, I>(
    id: &str,
    saved_at: &str,
    values: I,
) -> Result<String, ProfileFormatError>
where
    I: IntoIterator<Item = (&'a str, &'a UserValue)>,
{
    let mut items: Vec<(&str, &UserValue)> = values.into_iter().collect();
    items.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = format!("# Data saved '{saved_at}' for id '{id}'\n");
    let err = |key: &str, reason| ProfileFormatError {
        key: key.to_string(),
        reason,
    };
    for (key, value) in items {
        if key.is_empty() {
            return Err(err(key, "empty key"));
        }
        if key.contains('=') || key.starts_with('#') || key.contains(py_is_line_break) {
            return Err(err(
                key,
                "key contains '=' or a line end, or starts with '#'",
            ));
        }
        if key.starts_with('_') || TRANSIENT_FIELDS.contains(&key) {
            return Err(err(key, "moin ignores this key"));
        }
        let (suffix, encoded) = match value {
            UserValue::Text(s) => {
                if LEGACY_LIST_KEYS.contains(&key) {
                    return Err(err(key, "moin reads this key as a list"));
                }
                ("", s.clone())
            }
            UserValue::List(items) => {
                let mut kept = Vec::new();
                for i in items {
                    if i.contains('\t') {
                        return Err(err(key, "list item contains a TAB"));
                    }
                    let i = py_strip_parts(i).1;
                    if !i.is_empty() {
                        kept.push(i);
                    }
                }
                ("[]", kept.join("\t"))
            }
            UserValue::Dict(d) => {
                let mut kept = Vec::new();
                for (k, v) in d {
                    if k.contains([':', '\t']) || v.contains('\t') {
                        return Err(err(key, "dict entry contains ':' in its key or a TAB"));
                    }
                    kept.push(format!("{k}:{v}"));
                }
                ("{}", kept.join("\t"))
            }
        };
        let line = format!("{key}{suffix}={encoded}");
        out.extend(
            line.chars()
                .map(|c| if py_is_line_break(c) { ' ' } else { c }),
        );
        out.push('\n');
    }
    Ok(out)
}

/// What is in a `data/user/` directory.
#[derive(Debug, Default)]
pub struct UserDirectory {
    /// Profiles by user id (file name).
    pub profiles: BTreeMap<String, UserProfile>,
    /// Profile files (by name) that could not be read.
    pub unreadable: BTreeMap<String, String>,
    /// `<id>.trail` and `<id>[.<wiki>].bookmark` files: moin ≤ 1.5 leftovers.
    pub legacy_side_files: Vec<String>,
    /// Everything else (e.g. `README`, a `cache/` directory): not profiles.
    pub other: Vec<String>,
}

impl UserDirectory {
    /// Builds the directory from already-read profiles.
    pub fn from_profiles<I: IntoIterator<Item = (String, UserProfile)>>(profiles: I) -> Self {
        UserDirectory {
            profiles: profiles.into_iter().collect(),
            ..Default::default()
        }
    }

    /// Reads `user_dir` (never writes). Files are classified by name: [`is_user_id`] names are
    /// parsed as profiles.
    /// A profile that is a symbolic link is not read (its file name goes to `unreadable`), and
    /// neither is a `user_dir` that is one (an error naming it).
    pub fn read(user_dir: &Path) -> std::io::Result<UserDirectory> {
        let fs = super::confined::Confined::new(user_dir.parent().unwrap_or(user_dir));
        let mut dir = UserDirectory::default();
        for (name, kind) in fs.read_dir(user_dir)? {
            let name = name.to_string_lossy().into_owned();
            let is_file = kind == super::confined::Kind::File;
            if kind == super::confined::Kind::Symlink && is_user_id(name.as_bytes()) {
                let e = super::confined::symlink_error(&user_dir.join(&name));
                dir.unreadable
                    .insert(name, format!("{e}: the profile is not read"));
            } else if is_file && is_user_id(name.as_bytes()) {
                match UserProfile::parse(&fs.read(&user_dir.join(&name))?) {
                    Ok(p) => {
                        dir.profiles.insert(name, p);
                    }
                    Err(e) => {
                        dir.unreadable.insert(name, e.to_string());
                    }
                }
            } else if is_file && is_legacy_side_file(&name) {
                dir.legacy_side_files.push(name);
            } else {
                dir.other.push(name);
            }
        }
        dir.legacy_side_files.sort();
        dir.other.sort();
        Ok(dir)
    }

    /// The name moin shows for a user id in logs (`User(request, id).name`): any profile,
    /// disabled ones included. None for unknown ids (deleted profiles) and nameless profiles.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.profiles.get(id)?.name()
    }

    /// The ids of the enabled profiles with this exact name. moin's lookup cache
    /// (`rebuildLookupCaches`) only indexes valid (not disabled) users, and this name is what
    /// makes `Known` true in ACLs. More than one id means the name is ambiguous (moin would
    /// pick whichever profile it listed last).
    pub fn ids_of_name(&self, name: &str) -> Vec<&str> {
        self.profiles
            .iter()
            .filter(|(_, p)| !p.disabled() && p.name() == Some(name))
            .map(|(id, _)| id.as_str())
            .collect()
    }

    /// Names used by more than one enabled profile.
    pub fn duplicate_names(&self) -> BTreeMap<&str, Vec<&str>> {
        let mut by_name: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (id, p) in &self.profiles {
            if let (false, Some(n)) = (p.disabled(), p.name()) {
                by_name.entry(n).or_default().push(id);
            }
        }
        by_name.retain(|_, ids| ids.len() > 1);
        by_name
    }
}

/// `<id>.trail`, `<id>.bookmark` or `<id>.<interwiki>.bookmark` (moin 1.5 side files).
pub fn is_legacy_side_file(file_name: &str) -> bool {
    if let Some(id) = file_name.strip_suffix(".trail") {
        return is_user_id(id);
    }
    if let Some(rest) = file_name.strip_suffix(".bookmark") {
        if is_user_id(rest) {
            return true;
        }
        if let Some((id, wiki)) = rest.rsplit_once('.') {
            return !wiki.is_empty() && is_user_id(id);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIUGEHAO: &str = "# Data saved '2013-05-31 14:05:23' for id '1346807238.23.43355'\naliasname=\nbookmarks{}=\ndisabled=0\nedit_rows=20\nemail=root@workgroup.cn\nemail_subscribed_events[]=PageChangedEvent\tPageRenamedEvent\nenc_password={PASSLIB}$6$rounds=60000$K8$FP\nlast_saved=1369980323.64\nname=liugehao\nquicklinks[]=linux\t文档\tdb\nsubscribed_pages[]=\ntz_offset=0\n";

    #[test]
    fn user_ids() {
        for ok in ["1346807238.23.43355", "1.2", "1.2.3", "1.2\n", "007.0"] {
            assert!(is_user_id(ok), "{ok:?}");
        }
        for bad in [
            "README",
            "1",
            "1.2.3.4",
            "1..2",
            ".1.2",
            "1.2.trail",
            "1.2\n\n",
            "1.2 ",
            "١.٢",
            "",
        ] {
            assert!(!is_user_id(bad), "{bad:?}");
        }
        assert!(is_legacy_side_file("1400000000.00.1111.trail"));
        assert!(is_legacy_side_file("1.2.bookmark"));
        assert!(is_legacy_side_file("1.2.3.MyWiki.bookmark"));
        assert!(!is_legacy_side_file("README.trail"));
    }

    #[test]
    fn real_profile() {
        let p = UserProfile::parse(LIUGEHAO.as_bytes()).unwrap();
        assert_eq!(p.to_text(), LIUGEHAO);
        assert_eq!(p.name(), Some("liugehao"));
        assert_eq!(p.alias_name(), None);
        assert_eq!(p.email(), Some("root@workgroup.cn"));
        assert!(!p.disabled());
        assert_eq!(p.quicklinks(), ["linux", "文档", "db"]);
        assert!(p.subscribed_pages().is_empty());
        assert_eq!(p.get("subscribed_pages"), Some(&UserValue::List(vec![])));
        assert_eq!(p.bookmarks(), BTreeMap::new());
        assert_eq!(
            p.list("email_subscribed_events"),
            ["PageChangedEvent", "PageRenamedEvent"]
        );
        assert_eq!(
            p.password_hash(),
            Some(Ok((PasswordScheme::Passlib, "$6$rounds=60000$K8$FP")))
        );
        assert_eq!(p.tz_offset_seconds(), Some(Ok(0)));
        assert_eq!(p.last_saved(), Some(1_369_980_323.64));
        assert!(p.problems().is_empty());
        assert!(!p.has_legacy_list_keys());
    }

    #[test]
    fn moin_reading_quirks() {
        let text = "#name=Hidden\n name = Bob \nname=Alice\n\nno equals\n=x\n_private=1\npassword=secret\npassword[]=a\nbookmarks{}=Self:1\tbroken\nquicklinks=A\tB\nsubscribed_pages=  \njid=a\u{2028}b=c\r\ndisabled=yes\ntz_offset=-5\nlast=1\r";
        let p = UserProfile::parse(text.as_bytes()).unwrap();
        assert_eq!(p.to_text(), text);
        // " name = Bob " → key "name " (a different key), value " Bob"
        assert_eq!(p.text("name "), Some(" Bob"));
        assert_eq!(p.name(), Some("Alice"));
        assert_eq!(p.get("_private"), None);
        assert_eq!(p.get("password"), Some(&UserValue::List(vec!["a".into()])));
        assert_eq!(p.get("bookmarks"), None);
        assert_eq!(p.quicklinks(), ["A", "B"]);
        assert!(p.has_legacy_list_keys());
        // U+2028 ends the line for moin's reader: jid is "a", and "b=c" is another key.
        assert_eq!(p.jid(), Some("a"));
        assert_eq!(p.text("b"), Some("c"));
        assert!(!p.disabled());
        assert_eq!(p.checkbox("disabled"), Some(false));
        assert_eq!(p.tz_offset_seconds(), Some(Ok(-18000)));
        assert_eq!(p.text("last"), Some("1"));
        assert!(p.unloadable_by_moin());
        let kinds: Vec<String> = p
            .problems()
            .iter()
            .map(|x| format!("{x:?}").split(' ').next().unwrap().to_string())
            .collect();
        assert_eq!(
            kinds,
            ["EmptyKey", "IgnoredKey", "IgnoredKey", "BadDictItem",]
        );
        for x in p.problems() {
            assert!(!x.to_string().is_empty());
        }
        assert_eq!(
            UserProfile::parse(b"name=\xff"),
            Err(ProfileError::NotUtf8 { valid_up_to: 5 })
        );
        let empty = UserProfile::parse(b"# Data saved for id 1.2\n").unwrap();
        assert!(empty.values().is_empty());
        assert_eq!(empty.name(), None);
    }

    #[test]
    fn duplicates_and_hashes() {
        let p = UserProfile::parse(
            b"name=A\nname=B\nenc_password={SSHA}xyz\ntz_offset=3600\nlast_saved=x",
        )
        .unwrap();
        assert_eq!(p.name(), Some("B"));
        assert_eq!(
            p.problems(),
            [ProfileProblem::DuplicateKey {
                line: 2,
                key: "name".into()
            }]
        );
        assert_eq!(p.password_hash(), Some(Ok((PasswordScheme::Ssha, "xyz"))));
        assert_eq!(p.tz_offset_seconds(), Some(Ok(3600)));
        assert_eq!(p.last_saved(), None);
        let p = UserProfile::parse(b"enc_password={CRYPT}x\ntz_offset=abc").unwrap();
        assert_eq!(p.password_hash(), Some(Err("{CRYPT}x")));
        assert_eq!(p.tz_offset_seconds(), Some(Err("abc".into())));
        let p = UserProfile::parse(b"enc_password=").unwrap();
        assert_eq!(p.password_hash(), None);
    }

    #[test]
    fn writing_new_profiles() {
        let name = UserValue::Text("Bob\nSmith".into());
        let ql = UserValue::List(vec![" A ".into(), "".into(), "B".into()]);
        let bm = UserValue::Dict([("Self".to_string(), "1400000001000000".to_string())].into());
        let alias = UserValue::Text("x\u{2028}y".into());
        let text = format_profile(
            "1.2.3",
            "2024-01-01 00:00:00",
            [
                ("name", &name),
                ("quicklinks", &ql),
                ("bookmarks", &bm),
                ("aliasname", &alias),
            ],
        )
        .unwrap();
        assert_eq!(
            text,
            "# Data saved '2024-01-01 00:00:00' for id '1.2.3'\naliasname=x y\nbookmarks{}=Self:1400000001000000\nname=Bob Smith\nquicklinks[]=A\tB\n"
        );
        let p = UserProfile::parse(text.as_bytes()).unwrap();
        assert_eq!(p.name(), Some("Bob Smith"));
        assert_eq!(p.quicklinks(), ["A", "B"]);
        assert_eq!(p.bookmarks()["Self"], "1400000001000000");
        assert_eq!(p.to_text(), text);

        for (key, value) in [
            ("", UserValue::Text("x".into())),
            ("a=b", UserValue::Text("x".into())),
            ("#a", UserValue::Text("x".into())),
            ("_a", UserValue::Text("x".into())),
            ("password", UserValue::Text("x".into())),
            ("quicklinks", UserValue::Text("x".into())),
            ("l", UserValue::List(vec!["a\tb".into()])),
            (
                "d",
                UserValue::Dict([("a:b".to_string(), "c".to_string())].into()),
            ),
        ] {
            let e = format_profile("1.2", "t", [(key, &value)]).unwrap_err();
            assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn directory_lookups() {
        let p = |s: &str| UserProfile::parse(s.as_bytes()).unwrap();
        let dir = UserDirectory::from_profiles([
            ("1.1".to_string(), p("name=Alice\n")),
            ("1.2".to_string(), p("name=Bob\ndisabled=1\n")),
            ("1.3".to_string(), p("name=Alice\n")),
            ("1.4".to_string(), p("email=x@y\n")),
        ]);
        assert_eq!(dir.name_of("1.2"), Some("Bob"));
        assert_eq!(dir.name_of("1.4"), None);
        assert_eq!(dir.name_of("9.9"), None);
        assert!(dir.ids_of_name("Bob").is_empty());
        assert_eq!(dir.ids_of_name("Alice"), ["1.1", "1.3"]);
        assert_eq!(dir.duplicate_names().len(), 1);
    }

    #[test]
    fn property_format_then_parse_keeps_values() {
        let mut seed = 11u64;
        let mut below = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        const CHARS: &[char] = &['a', 'B', '1', ' ', '=', '.', '*', 'ä', '\u{85}', '\n', '#'];
        let keys = [
            "name",
            "aliasname",
            "quicklinks",
            "bookmarks",
            "email",
            "x_y",
        ];
        for _ in 0..5_000 {
            let mut text = |max: usize| -> String {
                let n = below(max + 1);
                (0..n).map(|_| CHARS[below(CHARS.len())]).collect()
            };
            let name = UserValue::Text(text(6));
            let alias = UserValue::Text(text(6));
            let ql = UserValue::List((0..3).map(|_| text(4)).collect());
            let bm =
                UserValue::Dict([("Self".to_string(), text(4)), ("W".to_string(), text(3))].into());
            let values = [
                (keys[0], &name),
                (keys[1], &alias),
                (keys[2], &ql),
                (keys[3], &bm),
            ];
            let file = format_profile("1.2", "now", values).unwrap();
            let p = UserProfile::parse(file.as_bytes()).unwrap();
            assert_eq!(p.to_text(), file);
            assert!(p.problems().is_empty(), "{file:?}");
            // What moin reads back: line ends became spaces, and the end of each line is
            // stripped; list and dict items are stripped too.
            let clean = |s: &str| -> String {
                let s: String = s
                    .chars()
                    .map(|c| if py_is_line_break(c) { ' ' } else { c })
                    .collect();
                s.trim_end_matches(crate::moin16::py::py_isspace)
                    .to_string()
            };
            for (key, value) in values {
                let got = p.get(key).unwrap();
                match (value, got) {
                    (UserValue::Text(a), UserValue::Text(b)) => assert_eq!(&clean(a), b),
                    (UserValue::List(a), UserValue::List(b)) => {
                        let want: Vec<String> = a
                            .iter()
                            .map(|i| py_strip_parts(&clean(i)).1.to_string())
                            .filter(|i| !i.is_empty())
                            .collect();
                        assert_eq!(&want, b, "{file:?}");
                    }
                    (UserValue::Dict(a), UserValue::Dict(b)) => {
                        // decodeDict strips each `k:v` item, so only the value's end is stripped.
                        for (k, v) in a {
                            let item = format!("{k}:{}", clean(v));
                            let want = py_strip_parts(&item).1.split_once(':').unwrap().1;
                            assert_eq!(b.get(k).map(String::as_str), Some(want), "{file:?}");
                        }
                    }
                    other => panic!("{other:?}"),
                }
            }
        }
    }
}
