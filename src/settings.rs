//! Settings: flags > env (`STORECTL_*`) > TOML file > defaults, resolved once into [`Settings`].
//!
//! Every setting is declared once in [`SETTINGS`]; the file parser, the env lookup, `config show`,
//! `config init` and the `storectl-config(5)` man page are all driven by that table, so a new
//! setting cannot be forgotten by one of them.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use crate::error::{Error, Result};

/// What values a setting accepts.
#[derive(Debug, Clone, Copy)]
pub enum SettingKind {
    Text,
    /// An integer from 0 to `max`: values past what the code using them can represent are a
    /// configuration error (78) here, not a panic or a wrap-around later.
    Count {
        max: u64,
    },
    Bool,
    Choice(&'static [&'static str]),
    /// A list of strings: a TOML array, or comma-separated in env and flags.
    List,
    /// A table of names to integers from 0 to `max` (`[section.name]`); `name=1,other=2` in env.
    Map {
        max: u64,
    },
}

/// One setting: `name` is `key` for top-level keys, `section.key` for keys of `[section]`.
#[derive(Debug)]
pub struct SettingDef {
    pub name: &'static str,
    pub kind: SettingKind,
    /// The default as it would be written in TOML; `None` when computed at run time.
    pub default: Option<&'static str>,
    pub doc: &'static str,
    /// The command-line flag that sets it, if any.
    pub flag: Option<&'static str>,
}

impl SettingDef {
    pub fn env_var(&self) -> String {
        format!(
            "STORECTL_{}",
            self.name.replace('.', "_").to_ascii_uppercase()
        )
    }
    fn section(&self) -> Option<&'static str> {
        self.name.split_once('.').map(|(s, _)| s)
    }
    fn key(&self) -> &'static str {
        self.name.split_once('.').map_or(self.name, |(_, k)| k)
    }
}

/// The largest count SQLite can bind (an i64).
const SQL_MAX: u64 = i64::MAX as u64;

pub const FORMATS: &[&str] = &["auto", "table", "json", "ndjson", "tsv"];
pub const COLORS: &[&str] = &["auto", "always", "never"];
pub const SYNCHRONOUS: &[&str] = &["full", "normal"];

pub const SETTINGS: &[SettingDef] = &[
    SettingDef {
        name: "store",
        kind: SettingKind::Text,
        default: None,
        doc:
            "Store URL: sqlite:PATH, postgres://USER@HOST:PORT/DB (or postgresql://; \
              parameters sslmode, application_name, connect_timeout, sslrootcert), \
              moin16:DATA_DIR or a bare PATH; a leading ~/ is $HOME. A password in a \
              postgres URL is shown as ***. Default: storectl.db in the platform data dir \
              (e.g. ~/.local/share/storectl/storectl.db).",
        flag: Some("--store"),
    },
    SettingDef {
        name: "format",
        kind: SettingKind::Choice(FORMATS),
        default: Some("auto"),
        doc: "Output format. auto = table when stdout is a terminal, json otherwise.",
        flag: Some("--format"),
    },
    SettingDef {
        name: "color",
        kind: SettingKind::Choice(COLORS),
        default: Some("auto"),
        doc: "Colour in tables: auto (terminal and no NO_COLOR), always, never.",
        flag: Some("--color"),
    },
    SettingDef {
        name: "quiet",
        kind: SettingKind::Bool,
        default: Some("false"),
        doc: "No progress bars and no warnings on stderr (errors are still printed).",
        flag: Some("--quiet"),
    },
    SettingDef {
        name: "user",
        kind: SettingKind::Text,
        default: None,
        doc: "Who you are, for authorization (comment authorship, votes, ACLs, lock owners). \
              Unset means anonymous.",
        flag: Some("--as"),
    },
    SettingDef {
        name: "moderator",
        kind: SettingKind::Bool,
        default: Some("false"),
        doc: "Act as a moderator (see all comments, accept, reject, hard delete). Honoured only for \
              the users in [comments] moderators when that list is not empty.",
        flag: Some("--moderator"),
    },
    SettingDef {
        name: "comments.moderation",
        kind: SettingKind::Bool,
        default: Some("false"),
        doc: "Every new comment by a non-moderator is stored hidden until a moderator accepts it.",
        flag: None,
    },
    SettingDef {
        name: "comments.allow_anonymous",
        kind: SettingKind::Bool,
        default: Some("true"),
        doc: "Whether comments without a user (no --as) are accepted; false refuses them with exit 77.",
        flag: None,
    },
    SettingDef {
        name: "comments.moderators",
        kind: SettingKind::List,
        default: Some(""),
        doc: "Users whose --moderator is honoured. Empty: anyone may use --moderator (a single-admin \
              tool). In the environment: comma-separated.",
        flag: None,
    },
    SettingDef {
        name: "comments.moderation_command",
        kind: SettingKind::Text,
        default: None,
        doc: "A command run (by sh -c) with a new hidden comment's JSON on stdin, to notify \
              moderators. Its failure is a warning; the comment stays stored.",
        flag: None,
    },
    SettingDef {
        name: "acl.enforce",
        kind: SettingKind::Bool,
        default: Some("true"),
        doc: "Check MoinMoin ACLs on every item command; false for a pure admin store.",
        flag: None,
    },
    SettingDef {
        name: "acl.rights_before",
        kind: SettingKind::Text,
        default: Some(""),
        doc: "ACL applied before the item's own (moin's acl_rights_before).",
        flag: None,
    },
    SettingDef {
        name: "acl.rights_default",
        kind: SettingKind::Text,
        default: Some("Trusted:read,write,delete,revert Known:read All:read"),
        doc: "ACL for items without an #acl line, and what `Default` in an ACL expands to (moin \
              1.9.10+; older wikis used Known:read,write,delete,revert All:read,write).",
        flag: None,
    },
    SettingDef {
        name: "acl.rights_after",
        kind: SettingKind::Text,
        default: Some(""),
        doc: "ACL applied after the item's own (moin's acl_rights_after).",
        flag: None,
    },
    SettingDef {
        name: "acl.hierarchic",
        kind: SettingKind::Bool,
        default: Some("false"),
        doc: "A/B/C without an ACL takes the ACL of A/B, then A (moin's acl_hierarchic).",
        flag: None,
    },
    SettingDef {
        name: "acl.trusted",
        kind: SettingKind::List,
        default: Some(""),
        doc: "Users who count as logged in by a trusted method (the Trusted ACL entry).",
        flag: None,
    },
    SettingDef {
        name: "acl.group_regex",
        kind: SettingKind::Text,
        default: Some("[a-z0-9]Group$"),
        doc: "Items whose names match are group pages: their ` * Name` lines list members.",
        flag: None,
    },
    SettingDef {
        name: "locks.administrators",
        kind: SettingKind::List,
        default: Some(""),
        doc: "Users who may break other owners' session, namespace, feed and node locks, and take or \
              release them for another owner (--owner). Empty: nobody but each lock's owner. \
              Item locks are administered by the ACL admin right instead. In the environment: \
              comma-separated.",
        flag: None,
    },
    SettingDef {
        name: "feeds.max_length",
        kind: SettingKind::Count { max: SQL_MAX },
        default: None,
        doc: "Hard cap on every timeline's length, applied on every insert (the oldest entries \
              go). Unset: unlimited.",
        flag: None,
    },
    SettingDef {
        name: "feeds.max_length_by_prefix",
        kind: SettingKind::Map { max: SQL_MAX },
        default: Some(""),
        doc: "Caps for timelines whose key starts with a prefix, e.g. \"user_feed:\" = 1000; the \
              longest matching prefix wins over max_length.",
        flag: None,
    },
    SettingDef {
        name: "feeds.verbs",
        kind: SettingKind::Map {
            max: crate::faces::feeds::VERB_LIMIT - 1,
        },
        default: Some(""),
        doc: "Verb names in addition to the built-in follow = 1, comment = 2, love = 3, add = 4; \
              ids 0 to 999.",
        flag: None,
    },
    SettingDef {
        name: "feeds.aggregator",
        kind: SettingKind::Choice(crate::faces::feeds_aggregated::AGGREGATOR_NAMES),
        default: Some("recent_verb"),
        doc: "How a new aggregated feed groups its activities: recent_verb (verb and day, \
              Stream Framework's AggregatedFeed default) or notification (verb, object and day, \
              its NotificationFeed default). `feed aggregated add --aggregator` picks another \
              for one new feed; a feed keeps the one it was made with.",
        flag: None,
    },
    SettingDef {
        name: "feeds.aggregated_max_length",
        kind: SettingKind::Count { max: SQL_MAX },
        default: Some("100"),
        doc: "Groups an aggregated feed keeps, enforced on every write (the least recently \
              updated go). Stream Framework's max_length.",
        flag: None,
    },
    SettingDef {
        name: "feeds.max_aggregated_activities_length",
        kind: SettingKind::Count { max: SQL_MAX },
        default: Some("15"),
        doc: "Activities a group keeps; older ones leave it and are counted in its \
              minimized_activities. Stream Framework's max_aggregated_activities_length.",
        flag: None,
    },
    SettingDef {
        name: "sqlite.busy_timeout_ms",
        // SQLite takes the timeout as a C int of milliseconds (about 24.8 days).
        kind: SettingKind::Count {
            max: i32::MAX as u64,
        },
        default: Some("5000"),
        doc: "How long a command waits for another process's write transaction, in milliseconds, \
              before giving up with exit 75.",
        flag: None,
    },
    SettingDef {
        name: "sqlite.synchronous",
        kind: SettingKind::Choice(SYNCHRONOUS),
        default: Some("full"),
        doc: "When a commit reaches the disk (SQLite's PRAGMA synchronous, in WAL mode). full = \
              every commit is synced before the command answers: it survives a power loss. \
              normal = commits are synced at checkpoints (about every 1 MiB of log): a commit \
              survives the process crashing, but the last ones before a power loss or an OS \
              crash may be lost; the store is never corrupted either way. normal makes a small \
              write several times cheaper.",
        flag: None,
    },
    SettingDef {
        name: "postgres.password_file",
        kind: SettingKind::Text,
        default: None,
        doc: "A file whose first line is the password for a postgres:// store (keep it mode \
              0600). Unset: the password comes from PGPASSWORD, else from the entry of \
              PGPASSFILE or ~/.pgpass that matches the URL's host, port, database and user. \
              Passwords are never printed.",
        flag: None,
    },
];

/// When an SQLite commit reaches the disk (`[sqlite] synchronous`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Synchronous {
    /// Every commit synced: durable against power loss.
    #[default]
    Full,
    /// Synced at checkpoints: durable against a process crash, not a power loss.
    Normal,
}

/// A password: kept out of `Debug` output, so that no log or debug print shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: impl Into<String>) -> Secret {
        Secret(text.into())
    }
    /// The password itself, for the one place that sends it to the server.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// `[postgres]`, and what the environment says about PostgreSQL credentials (libpq's
/// variables), read once here so that the engine reads no environment.
#[derive(Debug, Clone, Default)]
pub struct PostgresSettings {
    /// `[postgres] password_file`.
    pub password_file: Option<PathBuf>,
    /// `PGPASSWORD`.
    pub env_password: Option<Secret>,
    /// `PGPASSFILE`, else `~/.pgpass`.
    pub passfile: Option<PathBuf>,
    /// The user when the URL names none: `PGUSER`, else `USER` or `LOGNAME`.
    pub default_user: Option<String>,
}

/// Where a resolved value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File { path: PathBuf, line: usize },
    Env(String),
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::File { path, line } => write!(f, "file {}:{line}", path.display()),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Flag(flag) => write!(f, "flag {flag}"),
        }
    }
}

/// A setting's value in its typed form.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingValue {
    Text(String),
    Count(u64),
    Bool(bool),
    List(Vec<String>),
    Map(Vec<(String, u64)>),
}

impl fmt::Display for SettingValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingValue::Text(s) => f.write_str(s),
            SettingValue::Count(n) => write!(f, "{n}"),
            SettingValue::Bool(b) => write!(f, "{b}"),
            SettingValue::List(items) => f.write_str(&items.join(",")),
            SettingValue::Map(entries) => {
                let pairs: Vec<String> = entries.iter().map(|(k, v)| format!("{k}={v}")).collect();
                f.write_str(&pairs.join(","))
            }
        }
    }
}

impl SettingValue {
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            SettingValue::Text(s) => serde_json::Value::String(s.clone()),
            SettingValue::Count(n) => serde_json::Value::from(*n),
            SettingValue::Bool(b) => serde_json::Value::Bool(*b),
            SettingValue::List(items) => serde_json::Value::from(items.clone()),
            SettingValue::Map(entries) => serde_json::Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), serde_json::Value::from(*v)))
                    .collect(),
            ),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Resolved {
    pub def: &'static SettingDef,
    /// `None` for a setting without a default that nobody set.
    pub value: Option<SettingValue>,
    pub source: Source,
}

/// Output format after `auto` has been decided by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Everything the rest of storectl needs to know, resolved once. Its `Debug` shows a store URL's
/// password as `***` (and `Secret`s as `***`).
#[derive(Clone)]
pub struct Settings {
    pub store: String,
    /// True when `store` is the platform default (its directory may be created).
    pub store_is_default: bool,
    /// `None` means auto (decided by whether stdout is a terminal).
    pub format: Option<Format>,
    /// True when the format was chosen by flag, env or file rather than left at its default.
    pub format_explicit: bool,
    pub color: ColorChoice,
    pub quiet: bool,
    pub busy_timeout: Duration,
    /// `[sqlite] synchronous`.
    pub synchronous: Synchronous,
    /// `--as`: who is acting; `None` is anonymous.
    pub user: Option<String>,
    /// `--moderator` was asked for (whether it is honoured is the comments face's rule).
    pub moderator: bool,
    pub comments: CommentSettings,
    pub feeds: FeedSettings,
    pub acl: AclSettings,
    pub locks: LockSettings,
    pub postgres: PostgresSettings,
    pub config_file: Option<PathBuf>,
    /// How `config_file` was found: "--config", "STORECTL_CONFIG", "the current directory" or
    /// "the user config dir".
    pub config_origin: Option<&'static str>,
    pub resolved: Vec<Resolved>,
}

/// `[comments]`.
#[derive(Debug, Clone)]
pub struct CommentSettings {
    pub moderation: bool,
    pub allow_anonymous: bool,
    pub moderators: Vec<String>,
    pub moderation_command: Option<String>,
}

/// `[feeds]`.
#[derive(Debug, Clone, Default)]
pub struct FeedSettings {
    pub max_length: Option<u64>,
    pub max_length_by_prefix: Vec<(String, u64)>,
    pub verbs: Vec<(String, u64)>,
    /// `aggregator`: the name of the aggregator new aggregated feeds use.
    pub aggregator: String,
    pub aggregated_max_length: u64,
    pub max_aggregated_activities_length: u64,
}

/// `[locks]`.
#[derive(Debug, Clone, Default)]
pub struct LockSettings {
    pub administrators: Vec<String>,
}

/// `[acl]`.
#[derive(Debug, Clone, Default)]
pub struct AclSettings {
    pub enforce: bool,
    pub rights_before: String,
    pub rights_default: String,
    pub rights_after: String,
    pub hierarchic: bool,
    pub trusted: Vec<String>,
    pub group_regex: String,
}

/// The inputs to resolution that do not come from the process itself: flags and an env lookup.
pub struct Inputs<'a> {
    /// `--config FILE`.
    pub config_flag: Option<PathBuf>,
    /// (setting name, value, flag) for every setting given on the command line.
    pub flags: Vec<(&'static str, String)>,
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// The platform config dir (`~/.config`), where `storectl/config.toml` is looked for.
    pub config_dir: Option<PathBuf>,
    /// The platform data dir (`~/.local/share`), where the default store lives.
    pub data_dir: Option<PathBuf>,
}

/// Resolves against the real process environment and platform directories.
pub fn resolve_from_process(
    config_flag: Option<PathBuf>,
    flags: Vec<(&'static str, String)>,
) -> Result<Settings> {
    let env = |name: &str| std::env::var(name).ok();
    resolve(Inputs {
        config_flag,
        flags,
        env: &env,
        config_dir: dirs::config_dir(),
        data_dir: dirs::data_dir(),
    })
}

/// Finds the config file: `--config`, then `STORECTL_CONFIG`, then `./storectl.toml`, then
/// `<config dir>/storectl/config.toml`. A file named explicitly must exist. Returns the file and
/// how it was found.
pub fn find_config_file(inputs: &Inputs) -> Result<Option<(PathBuf, &'static str)>> {
    if let Some(path) = &inputs.config_flag {
        if !path.is_file() {
            return Err(Error::input_missing(format!(
                "config file {} (from --config) not found",
                path.display()
            ))
            .hint("check the path, or write an example with `storectl config init FILE`"));
        }
        return Ok(Some((path.clone(), "--config")));
    }
    if let Some(path) = (inputs.env)("STORECTL_CONFIG").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        if !path.is_file() {
            return Err(Error::input_missing(format!(
                "config file {} (from STORECTL_CONFIG) not found",
                path.display()
            ))
            .hint("fix or unset STORECTL_CONFIG"));
        }
        return Ok(Some((path, "STORECTL_CONFIG")));
    }
    let local = PathBuf::from("storectl.toml");
    if local.is_file() {
        return Ok(Some((local, "the current directory")));
    }
    if let Some(dir) = &inputs.config_dir {
        let user = dir.join("storectl").join("config.toml");
        if user.is_file() {
            return Ok(Some((user, "the user config dir")));
        }
    }
    Ok(None)
}

pub fn resolve(inputs: Inputs) -> Result<Settings> {
    let found = find_config_file(&inputs)?;
    let config_origin = found.as_ref().map(|(_, origin)| *origin);
    let config_file = found.map(|(path, _)| path);
    let mut values: BTreeMap<&'static str, (SettingValue, Source)> = BTreeMap::new();
    for def in SETTINGS {
        if let Some(default) = def.default {
            let value = parse_text_value(def, default)
                .map_err(|e| Error::internal(format!("default of {}: {e}", def.name)))?;
            values.insert(def.name, (value, Source::Default));
        }
    }
    let default_store = match &inputs.data_dir {
        Some(dir) => dir.join("storectl").join("storectl.db"),
        None => PathBuf::from("storectl.db"),
    };
    values.insert(
        "store",
        (
            SettingValue::Text(default_store.display().to_string()),
            Source::Default,
        ),
    );

    if let Some(path) = &config_file {
        for (name, value, line) in parse_file(path)? {
            values.insert(
                name,
                (
                    value,
                    Source::File {
                        path: path.clone(),
                        line,
                    },
                ),
            );
        }
    }
    for def in SETTINGS {
        let var = def.env_var();
        if let Some(text) = (inputs.env)(&var) {
            let value = parse_text_value(def, &text).map_err(|why| {
                Error::config(format!("environment variable {var}: {why}"))
                    .hint(format!("fix or unset {var}"))
            })?;
            values.insert(def.name, (value, Source::Env(var)));
        }
    }
    for (name, text) in &inputs.flags {
        let def = lookup(name)
            .ok_or_else(|| Error::internal(format!("flag for unknown setting {name}")))?;
        let flag = def.flag.unwrap_or("flag");
        let value =
            parse_text_value(def, text).map_err(|why| Error::usage(format!("{flag}: {why}")))?;
        values.insert(def.name, (value, Source::Flag(flag)));
    }
    if let Some((SettingValue::Text(store), source)) = values.get_mut("store") {
        *store = expand_home(store, (inputs.env)("HOME"))
            .map_err(|e| e.context(format!("setting store (from {source})")))?;
    }

    let resolved: Vec<Resolved> = SETTINGS
        .iter()
        .map(|def| match values.get(def.name) {
            // What `config show` prints: a store URL's password never.
            Some((SettingValue::Text(store), source)) if def.name == "store" => Resolved {
                def,
                value: Some(SettingValue::Text(crate::engine::redact_store_url(store))),
                source: source.clone(),
            },
            Some((value, source)) => Resolved {
                def,
                value: Some(value.clone()),
                source: source.clone(),
            },
            None => Resolved {
                def,
                value: None,
                source: Source::Default,
            },
        })
        .collect();
    let get = |name: &str| &values[name];
    let text = |name: &str| match &get(name).0 {
        SettingValue::Text(s) => s.clone(),
        other => other.to_string(),
    };
    let format = match text("format").as_str() {
        "table" => Some(Format::Table),
        "json" => Some(Format::Json),
        "ndjson" => Some(Format::Ndjson),
        "tsv" => Some(Format::Tsv),
        _ => None,
    };
    let color = match text("color").as_str() {
        "always" => ColorChoice::Always,
        "never" => ColorChoice::Never,
        _ => {
            if (inputs.env)("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                ColorChoice::Never
            } else {
                ColorChoice::Auto
            }
        }
    };
    let optional_text = |name: &str| match values.get(name) {
        Some((SettingValue::Text(s), _)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    };
    let flag = |name: &str| {
        values
            .get(name)
            .is_some_and(|(v, _)| *v == SettingValue::Bool(true))
    };
    let comments = CommentSettings {
        moderation: flag("comments.moderation"),
        allow_anonymous: flag("comments.allow_anonymous"),
        moderators: match values.get("comments.moderators") {
            Some((SettingValue::List(items), _)) => items.clone(),
            _ => Vec::new(),
        },
        moderation_command: optional_text("comments.moderation_command"),
    };
    let map = |name: &str| match values.get(name) {
        Some((SettingValue::Map(entries), _)) => entries.clone(),
        _ => Vec::new(),
    };
    let feeds = FeedSettings {
        max_length: match values.get("feeds.max_length") {
            Some((SettingValue::Count(n), _)) => Some(*n),
            _ => None,
        },
        max_length_by_prefix: map("feeds.max_length_by_prefix"),
        verbs: map("feeds.verbs"),
        aggregator: match values.get("feeds.aggregator") {
            Some((SettingValue::Text(s), _)) => s.clone(),
            _ => "recent_verb".to_string(),
        },
        aggregated_max_length: match values.get("feeds.aggregated_max_length") {
            Some((SettingValue::Count(n), _)) => *n,
            _ => 100,
        },
        max_aggregated_activities_length: match values.get("feeds.max_aggregated_activities_length")
        {
            Some((SettingValue::Count(n), _)) => *n,
            _ => 15,
        },
    };
    let text_or_empty = |name: &str| match values.get(name) {
        Some((SettingValue::Text(s), _)) => s.clone(),
        _ => String::new(),
    };
    let acl = AclSettings {
        enforce: flag("acl.enforce"),
        rights_before: text_or_empty("acl.rights_before"),
        rights_default: text_or_empty("acl.rights_default"),
        rights_after: text_or_empty("acl.rights_after"),
        hierarchic: flag("acl.hierarchic"),
        trusted: match values.get("acl.trusted") {
            Some((SettingValue::List(items), _)) => items.clone(),
            _ => Vec::new(),
        },
        group_regex: text_or_empty("acl.group_regex"),
    };
    let locks = LockSettings {
        administrators: match values.get("locks.administrators") {
            Some((SettingValue::List(items), _)) => items.clone(),
            _ => Vec::new(),
        },
    };
    let home = (inputs.env)("HOME").filter(|h| !h.is_empty());
    let nonempty = |name: &str| (inputs.env)(name).filter(|v| !v.is_empty());
    let postgres = PostgresSettings {
        password_file: optional_text("postgres.password_file")
            .map(|p| expand_home(&p, home.clone()).map(PathBuf::from))
            .transpose()
            .map_err(|e| e.context("setting postgres.password_file"))?,
        env_password: (inputs.env)("PGPASSWORD").map(Secret::new),
        passfile: nonempty("PGPASSFILE")
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|h| Path::new(h).join(".pgpass"))),
        default_user: nonempty("PGUSER")
            .or_else(|| nonempty("USER"))
            .or_else(|| nonempty("LOGNAME")),
    };
    let busy_ms = match get("sqlite.busy_timeout_ms").0 {
        SettingValue::Count(n) => n,
        _ => 5000,
    };
    Ok(Settings {
        store: text("store"),
        store_is_default: get("store").1 == Source::Default,
        format,
        format_explicit: get("format").1 != Source::Default,
        color,
        quiet: flag("quiet"),
        busy_timeout: Duration::from_millis(busy_ms),
        synchronous: match text("sqlite.synchronous").as_str() {
            "normal" => Synchronous::Normal,
            _ => Synchronous::Full,
        },
        user: optional_text("user"),
        moderator: flag("moderator"),
        comments,
        feeds,
        acl,
        locks,
        postgres,
        config_file,
        config_origin,
        resolved,
    })
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("store", &crate::engine::redact_store_url(&self.store))
            .field("store_is_default", &self.store_is_default)
            .field("format", &self.format)
            .field("format_explicit", &self.format_explicit)
            .field("color", &self.color)
            .field("quiet", &self.quiet)
            .field("busy_timeout", &self.busy_timeout)
            .field("synchronous", &self.synchronous)
            .field("user", &self.user)
            .field("moderator", &self.moderator)
            .field("comments", &self.comments)
            .field("feeds", &self.feeds)
            .field("acl", &self.acl)
            .field("locks", &self.locks)
            .field("postgres", &self.postgres)
            .field("config_file", &self.config_file)
            .field("config_origin", &self.config_origin)
            .field("resolved", &self.resolved)
            .finish()
    }
}

/// Expands a leading `~` or `~/` in a store URL's path (`~/x.db`, `sqlite:~/x.db`,
/// `moin16:~/wiki/data`) to `$HOME`, as a shell would have done for a flag: env and config
/// values never pass through one.
pub fn expand_home(store: &str, home: Option<String>) -> Result<String> {
    let (prefix, path) = ["sqlite://", "sqlite:", "moin16://", "moin16:"]
        .iter()
        .find_map(|p| store.strip_prefix(p).map(|rest| (*p, rest)))
        .unwrap_or(("", store));
    let rest = match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => return Ok(store.to_string()),
    };
    let home = home.filter(|h| !h.is_empty()).ok_or_else(|| {
        Error::config(format!(
            "store path {store:?} starts with ~, but HOME is not set"
        ))
        .hint("set HOME, or write the path out in full")
    })?;
    let path = format!("{}{rest}", home.trim_end_matches('/'));
    Ok(format!(
        "{prefix}{}",
        if path.is_empty() { "/" } else { &path }
    ))
}

pub fn lookup(name: &str) -> Option<&'static SettingDef> {
    SETTINGS.iter().find(|d| d.name == name)
}

fn sections() -> Vec<&'static str> {
    let mut out: Vec<&str> = SETTINGS.iter().filter_map(|d| d.section()).collect();
    out.dedup();
    out
}

fn known_keys(section: Option<&str>) -> String {
    SETTINGS
        .iter()
        .filter(|d| d.section() == section)
        .map(|d| d.key())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses a value given as text (env, flag, default).
fn parse_text_value(def: &SettingDef, text: &str) -> std::result::Result<SettingValue, String> {
    match def.kind {
        SettingKind::Text => Ok(SettingValue::Text(text.to_string())),
        SettingKind::Count { max } => parse_count(def, text.trim(), max).map(SettingValue::Count),
        SettingKind::Bool => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" | "on" => Ok(SettingValue::Bool(true)),
            "false" | "0" | "no" | "off" | "" => Ok(SettingValue::Bool(false)),
            _ => Err(format!("expected true or false, got {text:?}")),
        },
        SettingKind::List => Ok(SettingValue::List(
            text.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        )),
        SettingKind::Map { max } => text
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').ok_or_else(|| {
                    format!("expected name=number pairs separated by commas, got {pair:?}")
                })?;
                let v = parse_count(def, v.trim(), max)
                    .map_err(|why| format!("{:?}: {why}", k.trim()))?;
                Ok((k.trim().to_string(), v))
            })
            .collect::<std::result::Result<Vec<_>, String>>()
            .map(SettingValue::Map),
        SettingKind::Choice(choices) => {
            if choices.contains(&text) {
                Ok(SettingValue::Text(text.to_string()))
            } else {
                Err(format!(
                    "expected one of {}, got {text:?}",
                    choices.join(", ")
                ))
            }
        }
    }
}

/// A decimal count from 0 to `max`; the error names the setting and the range.
fn parse_count(def: &SettingDef, text: &str, max: u64) -> std::result::Result<u64, String> {
    let out_of_range = || {
        format!(
            "{} must be an integer from 0 to {max}, got {text}",
            def.name
        )
    };
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return if text.starts_with('-') && text[1..].bytes().all(|b| b.is_ascii_digit()) {
            Err(out_of_range())
        } else {
            Err(format!("expected a non-negative integer, got {text:?}"))
        };
    }
    // All digits: a parse failure can only be an overflow of u64, which is out of range too.
    match digits.parse::<u64>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(out_of_range()),
    }
}

fn parse_toml_count(
    def: &SettingDef,
    i: &toml::de::DeInteger,
    max: u64,
) -> std::result::Result<u64, String> {
    if i.radix() != 10 {
        return Err(format!(
            "expected a decimal integer from 0 to {max}, got {}",
            i.as_str()
        ));
    }
    parse_count(def, &i.as_str().replace('_', ""), max)
}

fn parse_toml_value(
    def: &SettingDef,
    value: &DeValue,
) -> std::result::Result<SettingValue, String> {
    match (def.kind, value) {
        (SettingKind::Text, DeValue::String(s)) => Ok(SettingValue::Text(s.to_string())),
        (SettingKind::Choice(_), DeValue::String(s)) => parse_text_value(def, s),
        (SettingKind::Count { max }, DeValue::Integer(i)) => {
            parse_toml_count(def, i, max).map(SettingValue::Count)
        }
        (SettingKind::Bool, DeValue::Boolean(b)) => Ok(SettingValue::Bool(*b)),
        (SettingKind::Map { max }, DeValue::Table(table)) => table
            .iter()
            .map(|(k, v)| match v.get_ref() {
                DeValue::Integer(i) => parse_toml_count(def, i, max)
                    .map(|n| (k.get_ref().to_string(), n))
                    .map_err(|why| format!("{:?}: {why}", k.get_ref())),
                other => Err(format!(
                    "expected an integer for {:?}, got a {}",
                    k.get_ref(),
                    other.type_str()
                )),
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map(SettingValue::Map),
        (SettingKind::List, DeValue::Array(items)) => items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(s) => Ok(s.to_string()),
                other => Err(format!(
                    "expected an array of strings, found a {} in it",
                    other.type_str()
                )),
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map(SettingValue::List),
        (kind, other) => Err(format!(
            "expected {}, got a {}",
            match kind {
                SettingKind::Text => "a string".to_string(),
                SettingKind::Count { max } => format!("an integer from 0 to {max}"),
                SettingKind::Bool => "true or false".to_string(),
                SettingKind::Choice(c) => format!("one of the strings {}", c.join(", ")),
                SettingKind::List => "an array of strings".to_string(),
                SettingKind::Map { .. } => "a table of names to integers".to_string(),
            },
            other.type_str()
        )),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses a config file into (setting name, value, line). Unknown sections and keys, and
/// values of the wrong type, are errors naming the file, the line and the key.
pub fn parse_file(path: &Path) -> Result<Vec<(&'static str, SettingValue, usize)>> {
    let bytes = read_trusted(path)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::config(format!("config file {} is not UTF-8", path.display())))?;
    parse_config_text(&text, path)
}

/// Reads a config file that only its reader (or root) can have written: a config file can set
/// `moderation_command`, which storectl runs, so one that someone else owns or may change would
/// let them run commands as whoever runs storectl (ssh's StrictModes and git's safe.directory
/// refuse the same). The checks are made on the opened file, so it cannot be swapped between
/// check and read.
fn read_trusted(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let shown = path.display();
    let mut file = std::fs::File::open(path)
        .map_err(|e| Error::from(e).context(format!("cannot read config file {shown}")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = file.metadata()?;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me && meta.uid() != 0 {
            return Err(Error::config(format!(
                "config file {shown} is owned by uid {}, not by you (uid {me}) or root; it was \
                 not used, since a config file can set commands that storectl runs",
                meta.uid()
            ))
            .hint(format!(
                "if you trust its content, take it over: chown {me} {shown}; otherwise delete it, \
                 or name your own with --config FILE"
            )));
        }
        let mode = meta.mode() & 0o7777;
        if mode & 0o022 != 0 {
            let who = match (mode & 0o020 != 0, mode & 0o002 != 0) {
                (true, true) => "group and others",
                (true, false) => "its group",
                _ => "others",
            };
            return Err(Error::config(format!(
                "config file {shown} is writable by {who} (mode {mode:04o}); it was not used, \
                 since a config file can set commands that storectl runs"
            ))
            .hint(format!("if its content is yours: chmod go-w {shown}")));
        }
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| Error::from(e).context(format!("cannot read config file {shown}")))?;
    Ok(bytes)
}

pub fn parse_config_text(
    text: &str,
    path: &Path,
) -> Result<Vec<(&'static str, SettingValue, usize)>> {
    let at = |offset: usize| format!("{}:{}", path.display(), line_of(text, offset));
    let root = DeTable::parse(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        Error::config(format!(
            "{}: invalid TOML: {}",
            at(offset),
            e.message().trim()
        ))
        .hint("fix the syntax; `storectl config init -` prints a valid example")
    })?;
    let mut out = Vec::new();
    for (key, value) in root.get_ref() {
        let key_name: &str = key.get_ref();
        let key_at = at(key.span().start);
        if let DeValue::Table(table) = value.get_ref() {
            if !sections().contains(&key_name) {
                return Err(
                    Error::config(format!("{key_at}: unknown section [{key_name}]"))
                        .hint(format!("known sections: {}", sections().join(", "))),
                );
            }
            for (sub, subvalue) in table {
                let full = format!("{key_name}.{}", sub.get_ref());
                let sub_at = at(sub.span().start);
                let def = lookup(&full).ok_or_else(|| {
                    Error::config(format!(
                        "{sub_at}: unknown key \"{}\" in section [{key_name}]",
                        sub.get_ref()
                    ))
                    .hint(format!(
                        "known keys in [{key_name}]: {}",
                        known_keys(Some(key_name))
                    ))
                })?;
                let value = parse_toml_value(def, subvalue.get_ref()).map_err(|why| {
                    Error::config(format!(
                        "{}: bad value for key \"{full}\": {why}",
                        at(subvalue.span().start)
                    ))
                })?;
                out.push((def.name, value, line_of(text, sub.span().start)));
            }
        } else {
            let def = lookup(key_name)
                .filter(|d| d.section().is_none())
                .ok_or_else(|| {
                    Error::config(format!("{key_at}: unknown key \"{key_name}\"")).hint(format!(
                        "known top-level keys: {}; sections: {}",
                        known_keys(None),
                        sections().join(", ")
                    ))
                })?;
            let value = parse_toml_value(def, value.get_ref()).map_err(|why| {
                Error::config(format!(
                    "{}: bad value for key \"{key_name}\": {why}",
                    at(value.span().start)
                ))
            })?;
            out.push((def.name, value, line_of(text, key.span().start)));
        }
    }
    Ok(out)
}

/// The commented example file written by `storectl config init`.
pub fn example_file() -> String {
    let mut out = String::from(
        "# storectl configuration.\n\
         # Found by --config FILE, then $STORECTL_CONFIG, then ./storectl.toml, then\n\
         # <config dir>/storectl/config.toml. Every key can also be set by the environment\n\
         # variable shown, and flags win over both. Remove the '#' to change a default.\n",
    );
    let mut section: Option<&str> = None;
    for def in SETTINGS {
        if def.section() != section {
            section = def.section();
            out.push_str(&format!("\n[{}]\n", section.unwrap_or_default()));
        }
        out.push('\n');
        for line in wrap(def.doc, 76) {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("# env: {}", def.env_var()));
        if let Some(flag) = def.flag {
            out.push_str(&format!(", flag: {flag}"));
        }
        out.push('\n');
        let example = match (def.default, def.kind) {
            (_, SettingKind::List) => "[\"alice\", \"bob\"]".to_string(),
            (_, SettingKind::Map { .. }) if def.name == "feeds.verbs" => {
                "{ share = 5, like = 6 }".to_string()
            }
            (_, SettingKind::Map { .. }) => "{ \"user_feed:\" = 1000 }".to_string(),
            (None, SettingKind::Count { .. }) => "1000".to_string(),
            (Some(d), SettingKind::Text | SettingKind::Choice(_)) => format!("\"{d}\""),
            (Some(d), _) => d.to_string(),
            (None, _) => match def.name {
                "store" => "\"sqlite:/var/lib/storectl/storectl.db\"".to_string(),
                "user" => "\"alice\"".to_string(),
                _ => "\"mail -s 'comment to moderate' moderators@example.org\"".to_string(),
            },
        };
        out.push_str(&format!("#{} = {example}\n", def.key()));
    }
    out
}

pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_with(
        file: Option<&str>,
        env: &[(&str, &str)],
        flags: Vec<(&'static str, String)>,
    ) -> Result<Settings> {
        let dir = std::env::temp_dir().join(format!("storectl-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // One file per call: tests run in parallel, and two configs may have the same length.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let config_flag = file.map(|text| {
            let path = dir.join(format!("c{call}.toml"));
            std::fs::write(&path, text).unwrap();
            // Config files others may write are refused, whatever the umask made this one.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            }
            path
        });
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |name: &str| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        resolve(Inputs {
            config_flag,
            flags,
            env: &lookup,
            config_dir: None,
            data_dir: Some(PathBuf::from("/data")),
        })
    }

    /// Debug output (of the settings, and so of anything that holds them) shows no password:
    /// neither a store URL's nor PGPASSWORD's.
    #[test]
    fn debug_output_hides_passwords() {
        let s = resolve_with(
            Some("[postgres]\npassword_file = \"~/pw\"\n"),
            &[
                ("STORECTL_STORE", "postgres://app:url-s3cret@h/d"),
                ("PGPASSWORD", "env-s3cret"),
                ("HOME", "/home/app"),
                ("PGUSER", "app"),
            ],
            vec![],
        )
        .unwrap();
        let debug = format!("{s:?} {s:#?}");
        assert!(!debug.contains("s3cret"), "{debug}");
        assert!(debug.contains("postgres://app:***@h/d"), "{debug}");
        assert_eq!(s.store, "postgres://app:url-s3cret@h/d");
        assert_eq!(
            s.postgres.env_password.as_ref().unwrap().expose(),
            "env-s3cret"
        );
        assert_eq!(
            s.postgres.passfile,
            Some(PathBuf::from("/home/app/.pgpass"))
        );
        assert_eq!(
            s.postgres.password_file,
            Some(PathBuf::from("/home/app/pw"))
        );
        assert_eq!(s.postgres.default_user.as_deref(), Some("app"));
    }

    #[test]
    fn precedence_is_flag_env_file_default() {
        let s = resolve_with(None, &[], vec![]).unwrap();
        assert_eq!(s.store, "/data/storectl/storectl.db");
        assert!(s.store_is_default);
        let s = resolve_with(Some("store = \"a.db\"\n"), &[], vec![]).unwrap();
        assert_eq!(s.store, "a.db");
        let s = resolve_with(
            Some("store = \"a.db\"\n"),
            &[("STORECTL_STORE", "b.db")],
            vec![],
        )
        .unwrap();
        assert_eq!(s.store, "b.db");
        let s = resolve_with(
            Some("store = \"a.db\"\n"),
            &[("STORECTL_STORE", "b.db")],
            vec![("store", "c.db".into())],
        )
        .unwrap();
        assert_eq!(s.store, "c.db");
        assert!(!s.store_is_default);
    }

    #[test]
    fn unknown_key_names_file_line_and_key() {
        let err = resolve_with(
            Some("format = \"json\"\n\n[sqlite]\nbusy_timeout = 3\n"),
            &[],
            vec![],
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 78);
        let msg = err.message();
        assert!(
            msg.contains(":4: unknown key \"busy_timeout\" in section [sqlite]"),
            "{msg}"
        );
        assert!(err
            .hint_of()
            .unwrap()
            .words()
            .unwrap()
            .contains("busy_timeout_ms"));
    }

    #[test]
    fn bad_values_are_config_errors() {
        let err = resolve_with(Some("format = \"xml\"\n"), &[], vec![]).unwrap_err();
        assert_eq!(err.exit_code(), 78);
        assert!(
            err.message().contains(":1: bad value for key \"format\""),
            "{}",
            err.message()
        );
        let err =
            resolve_with(None, &[("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "soon")], vec![]).unwrap_err();
        assert_eq!(err.exit_code(), 78);
        assert!(err.message().contains("STORECTL_SQLITE_BUSY_TIMEOUT_MS"));
        let err = resolve_with(Some("[sqlite]\nbusy_timeout_ms = -1\n"), &[], vec![]).unwrap_err();
        assert!(err.message().contains(":2:"), "{}", err.message());
    }

    #[test]
    fn a_leading_tilde_in_a_store_path_is_home() {
        let home = || Some("/home/me/".to_string());
        for (given, expanded) in [
            ("~/a.db", "/home/me/a.db"),
            ("~", "/home/me"),
            ("sqlite:~/a.db", "sqlite:/home/me/a.db"),
            ("sqlite://~/a.db", "sqlite:///home/me/a.db"),
            ("moin16:~/wiki/data", "moin16:/home/me/wiki/data"),
            ("~bob/a.db", "~bob/a.db"),
            ("./~/a.db", "./~/a.db"),
            ("/x/~/a.db", "/x/~/a.db"),
        ] {
            assert_eq!(expand_home(given, home()).unwrap(), expanded, "{given}");
        }
        assert_eq!(expand_home("~", Some("/".into())).unwrap(), "/");
        assert_eq!(expand_home("~/a.db", None).unwrap_err().exit_code(), 78);
        let s = resolve_with(
            None,
            &[("STORECTL_STORE", "~/x.db"), ("HOME", "/h")],
            vec![],
        )
        .unwrap();
        assert_eq!(s.store, "/h/x.db");
    }

    #[test]
    fn example_file_parses_and_sets_nothing() {
        let parsed = parse_config_text(&example_file(), Path::new("example.toml")).unwrap();
        assert!(parsed.is_empty());
        let uncommented: String = example_file()
            .lines()
            .map(|l| match l.strip_prefix('#') {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => rest,
                _ => l,
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let parsed = parse_config_text(&uncommented, Path::new("example.toml")).unwrap();
        assert_eq!(parsed.len(), SETTINGS.len());
    }
}
