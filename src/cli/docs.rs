//! Shell completions and man pages, generated from the clap definitions and the tables of
//! settings and exit codes, so they cannot drift from the code. A test regenerates them and
//! compares with the committed `completions/` and `man/`.

use std::path::{Path, PathBuf};

use clap::Args;
use clap_complete::Shell;
use roff::{bold, roman, Roff};
use serde_json::json;

use crate::error::{Error, Result, EXIT_CODES};
use crate::output::Output;
use crate::settings::{self, SettingKind, SETTINGS};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Directory to write `completions/` and `man/` into (the repository root)
    #[arg(default_value = ".")]
    dir: PathBuf,
}

pub fn run(args: GenerateArgs) -> Result<Output> {
    let files = generate(&args.dir)?;
    Ok(Output::Report {
        text: format!(
            "wrote {} under {}",
            crate::plural::count(files.len(), "file"),
            args.dir.display()
        ),
        doc: json!({"files": files.iter().map(|p| p.display().to_string()).collect::<Vec<_>>()}),
    })
}

/// Writes every completion script and man page under `dir`; returns the files written.
pub fn generate(dir: &Path) -> Result<Vec<PathBuf>> {
    let completions = dir.join("completions");
    let man = dir.join("man");
    for d in [&completions, &man] {
        std::fs::create_dir_all(d)
            .map_err(|e| Error::input_missing(format!("cannot create {}: {e}", d.display())))?;
    }
    let mut written = Vec::new();
    let mut cmd = super::command();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        written.push(clap_complete::generate_to(
            shell,
            &mut cmd,
            "storectl",
            &completions,
        )?);
    }
    man_pages(super::command(), &man)?;
    for page in [exit_codes_page(), json_page(), config_page()] {
        let (name, text) = page;
        let path = man.join(name);
        std::fs::write(&path, text)?;
        written.push(path);
    }
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&man)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    pages.sort();
    written.extend(pages);
    written.sort();
    written.dedup();
    Ok(written)
}

/// One section 1 page per command, as `clap_mangen::generate_to` writes them, but with
/// `storectl VERSION` in every footer (clap_mangen's default is the subcommand's own name: `set
/// 0.1.0`).
fn man_pages(cmd: clap::Command, dir: &Path) -> std::io::Result<()> {
    fn generate(cmd: clap::Command, dir: &Path, source: &str) -> std::io::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            generate(sub, dir, source)?;
        }
        clap_mangen::Man::new(cmd).source(source).generate_to(dir)?;
        Ok(())
    }
    let mut cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    generate(cmd, dir, &format!("storectl {}", env!("CARGO_PKG_VERSION")))
}

fn page(name: &str, section: &str, summary: &str) -> Roff {
    let mut roff = Roff::new();
    roff.control(
        "TH",
        [
            name.to_uppercase().as_str(),
            section,
            "",
            &format!("storectl {}", env!("CARGO_PKG_VERSION")),
        ],
    );
    roff.control("SH", ["NAME"]);
    // roff escapes the hyphens itself (`\-`): the man convention `name \- summary`.
    roff.text([roman(format!("{name} - {summary}"))]);
    roff
}

fn exit_codes_page() -> (String, String) {
    let mut roff = page("storectl-exit-codes", "7", "exit codes of storectl");
    roff.control("SH", ["DESCRIPTION"]);
    roff.text([roman(
        "Every storectl command exits with one of these codes. Scripts can rely on them; the error \
         message on stderr (a JSON document under --format json) says what failed and what to do.",
    )]);
    roff.control("SH", ["CODES"]);
    for (code, kind, meaning) in EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(format!("{code}")), roman(format!(" ({kind})"))]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman("storectl(1), storectl-json(7)")]);
    ("storectl-exit-codes.7".to_string(), roff.to_roff())
}

/// The JSON document each command prints; kept here beside the page that documents them.
const JSON_DOCUMENTS: &[(&str, &str)] = &[
    (
        "errors (stderr)",
        r#"{"error": {"kind": KIND, "message": TEXT, "hint": TEXT|null}}; KIND is the name in storectl-exit-codes(7)"#,
    ),
    ("init", r#"{"store": URL, "schema_version": N}"#),
    (
        "check",
        r#"{"store": URL, "ok": BOOL, "problems": [TEXT...], "notes": [TEXT...]}; exit 65 when problems is not empty; notes (e.g. unreferenced activities) never fail"#,
    ),
    (
        "backup",
        r#"{"store": URL, "destination": PATH, "pages": N, "bytes": N}"#,
    ),
    (
        "copy",
        r#"{"source": URL, "target": URL, "dry_run": BOOL, "rows": N, "faces": [{"face": NAME, "rows": N, "digest": "sha256:HEX", "verified": BOOL, "tables": [{"table": NAME, "rows": N}...]}...]}; verified is false in a dry run, which writes nothing"#,
    ),
    (
        "stats",
        r#"{"storage": {"backend", "path", "schema_version", "journal_mode", "page_size", "pages", "free_pages", "file_bytes", "wal_bytes"}, "faces": {"namespaces": {"namespaces", "keys", "value_bytes"}, "comments": {"nodes", "comments", "hidden", "votes"}, "feeds": {"timelines", "entries", "activities", "unreferenced_activities", "aggregated_feeds", "groups"}, "items": {"items", "revisions", "content_blobs", "content_bytes", "users"}, "sessions": {"sessions", "instances"}}}"#,
    ),
    (
        "config show",
        r#"[{"setting": NAME, "value": VALUE, "source": "default"|"file PATH:LINE"|"env VAR"|"flag --FLAG", "env": VAR}...]"#,
    ),
    (
        "batch",
        r#"NDJSON, one line per command line, in order: {"ok": DOC}, DOC being the command's own document (null when it prints none), or, last, {"error": {"kind", "message", "hint", "line": N, "committed_through": N}}: the batch stopped at line N, and lines up to committed_through (0: none) were committed by --batch-size"#,
    ),
    (
        "serve",
        r#"NDJSON, one response per request, in order: {"id": ID, "ok": DOC} or {"id": ID, "error": {"kind", "message", "hint", "exit"}}; see SERVE PROTOCOL below"#,
    ),
    (
        "namespace list",
        r#"[{"namespace": NAME, "keys": N, "value_bytes": N}...]"#,
    ),
    (
        "namespace keys",
        r#"[KEY...]; ndjson: one JSON string per line"#,
    ),
    ("namespace len", "N"),
    (
        "namespace get",
        r#"the stored JSON value, exactly; an opaque value (bytes JSON cannot carry, e.g. a Python pickle) as {"$opaque": {"type": TYPE, "bytes": N, "base64": B64}}, the form namespace set/replace/merge/import read back with --opaque-tags; any object whose only key is "$opaque" is reserved for it"#,
    ),
    (
        "namespace dump",
        r#"{KEY: VALUE...} in key order (opaque values as in namespace get); ndjson: {"key": KEY, "value": VALUE} per line"#,
    ),
    (
        "namespace set, rm, replace, merge",
        r#"{"namespace": NAME, "added": [KEY...], "changed": [KEY...], "removed": [KEY...], "dry_run": BOOL}"#,
    ),
    (
        "namespace create",
        r#"{"namespace": NAME, "created": BOOL, "dry_run": BOOL}"#,
    ),
    (
        "namespace drop",
        r#"{"namespace": NAME, "dropped": true, "keys": N, "dry_run": BOOL}"#,
    ),
    (
        "namespace copy, rename",
        r#"{"source": NAME, "destination": NAME, "keys": N, "replaced": N, "dry_run": BOOL}"#,
    ),
    (
        "namespace export",
        r#"NDJSON {"namespace": NAME, "key": KEY, "value": VALUE} per line (an array under an explicit --format json)"#,
    ),
    (
        "namespace import",
        r#"{"records": N, "added": N, "updated": N, "namespaces": {NAME: KEYS_AFTER...}, "dry_run": BOOL}"#,
    ),
    (
        "COMMENT (in comment and moderate outputs)",
        r#"{"id": N, "node": ID, "parent": N|null, "username": NAME|"Anonymous"|"[deleted]", "text": TEXT, "displayed": BOOL, "rating": N, "time": RFC3339, "age": SECONDS, "vote": -1|0|1, "proposal_diff": HTML|null, "proposal_diff_text": TEXT|null, "children": [COMMENT...], "document": DOC (add, show, moderate list, comment list --user only)}"#,
    ),
    (
        "node add",
        r#"{"id": ID, "document": DOC, "status": "added"|"updated"|"unchanged"|"skipped", "dry_run": BOOL}; with --from: {"records", "added", "updated", "unchanged", "skipped", "dry_run"}"#,
    ),
    (
        "node list",
        r#"[{"id": ID, "document": DOC, "comments": N, "visible": N, "source": TEXT}...]; with --ids: [{"id": ID, "document": DOC}...]"#,
    ),
    (
        "node show",
        r#"{"id": ID, "document": DOC, "source": TEXT, "comments": N, "visible": N}"#,
    ),
    (
        "comment add",
        r#"COMMENT; with --from: {"records": N, "hidden": N, "first_id": N|null, "last_id": N|null, "dry_run": BOOL}"#,
    ),
    (
        "comment list",
        r#"{"source": TEXT, "comments": [COMMENT...]}; with --user: [COMMENT...] (flat, oldest first)"#,
    ),
    ("comment show", "COMMENT"),
    (
        "comment delete, moderate reject",
        r#"{"deleted": "soft"|"hard", "ids": [N...], "dry_run": BOOL}"#,
    ),
    (
        "vote",
        r#"{"comment": N, "username": NAME, "value": -1|0|1, "rating": N}"#,
    ),
    (
        "vote list",
        r#"[{"comment": N, "username": NAME, "value": -1|0|1}...]"#,
    ),
    ("moderate list", "[COMMENT...] oldest first"),
    (
        "moderate accept",
        r#"{"id": N, "displayed": true, "was_hidden": BOOL, "dry_run": BOOL}"#,
    ),
    (
        "rename-user",
        r#"{"old": NAME, "new": NAME, "comments": N, "votes_moved": N, "votes_merged": N, "dry_run": BOOL}"#,
    ),
    (
        "migrate websupport",
        r#"{"source": PATH, "nodes": {"added", "unchanged", "differing"}, "comments": {"imported", "already_imported", "skipped"}, "votes": {"imported", "updated", "unchanged", "skipped"}, "ids_preserved": BOOL, "anonymous_normalised": N, "ratings_corrected": N, "skipped": [TEXT...], "dry_run": BOOL}; exit 5 when skipped is not empty"#,
    ),
    (
        "migrate errbot",
        r#"{"source": PATH, "dry_run": BOOL, "totals": {"namespaces", "keys", "json", "opaque", "added", "changed", "unchanged"}, "namespaces": [{"namespace", "file", "flavour", "keys", "json", "opaque", "added", "changed", "unchanged"}...], "skipped": [{"file", "key"?, "message"}...], "notes": [{"file", "message"}...]}; exit 5 when skipped is not empty"#,
    ),
    (
        "export websupport",
        r#"{"destination": PATH, "prefix": TEXT, "nodes": N, "documents": N, "comments": N, "replies": N, "hidden": N, "deleted": N, "proposals": N, "anonymous": N, "votes": N, "skipped": [TEXT...]}; exit 5 when skipped is not empty"#,
    ),
    (
        "ACTIVITY (in feed outputs)",
        r#"{"id": "26-DIGIT STRING", "actor": N, "verb": N, "verb_name": NAME|null, "object": N, "target": N|null, "time": RFC3339, "extra_context": {...}}; a dangling id in a slice: {"id": ID, "missing": true}"#,
    ),
    (
        "feed add",
        r#"{"id": ID, "keys": [KEY...], "activity": ACTIVITY, "dry_run": BOOL}"#,
    ),
    (
        "feed add-many",
        r#"{"records": N, "keys": {KEY: {"added": N, "duplicates": N, "trimmed": N}}, "dry_run": BOOL}"#,
    ),
    (
        "feed slice",
        "[ACTIVITY...] newest first (or --asc); with --ids-only [ID...]",
    ),
    ("feed count, feed index-of", "N"),
    ("feed contains", "true|false"),
    (
        "feed remove, feed trim",
        r#"{"key": KEY, "removed": N, "dry_run": BOOL}"#,
    ),
    (
        "feed delete",
        r#"{"key": KEY, "deleted": BOOL, "entries": N, "dry_run": BOOL}; deleted false (exit 0) when there was no such feed"#,
    ),
    ("feed keys", r#"[{"key": KEY, "entries": N}...]"#),
    (
        "feed activity get",
        r#"{"activities": [ACTIVITY...], "missing": [ID...]}, ids as given; exit 3 when none was found"#,
    ),
    (
        "feed activity add",
        r#"{"records": N, "new": N, "dry_run": BOOL}"#,
    ),
    ("feed activity list", "[ACTIVITY...] by id, ascending"),
    (
        "feed activity remove, feed activity flush, feed gc",
        r#"{"removed": N, "dry_run": BOOL}"#,
    ),
    (
        "feed follow",
        r#"{"follower": KEY, "source": KEY, "added": N, "dry_run": BOOL}"#,
    ),
    (
        "feed unfollow",
        r#"{"follower": KEY, "removed": N, "dry_run": BOOL}"#,
    ),
    (
        "feed flush",
        r#"{"timelines": N, "activities": N, "dry_run": BOOL}"#,
    ),
    (
        "GROUP (in feed aggregated slice)",
        r#"{"group": KEY, "serialization_id": "MS", "created_at": RFC3339, "updated_at": RFC3339, "seen_at": RFC3339|null, "read_at": RFC3339|null, "is_seen": BOOL, "is_read": BOOL, "activity_count": N, "actor_count": N, "minimized_activities": N, "activities": [ACTIVITY...] oldest first}"#,
    ),
    (
        "COUNTS (in feed aggregated outputs)",
        r#""groups": N, "unseen_count": N, "unread_count": N"#,
    ),
    (
        "feed aggregated add, feed aggregated put",
        r#"{"key": KEY, "aggregator": NAME, "records": N, "added": N, "duplicates": N, "new_groups": [GROUP KEY...], "changed_groups": [GROUP KEY...], "trimmed": N, COUNTS, "dry_run": BOOL}"#,
    ),
    (
        "feed aggregated slice",
        "[GROUP...] most recently updated first",
    ),
    (
        "feed aggregated count",
        r#"{"key": KEY, "aggregator": NAME|null, COUNTS}; null and zeros when there is no such feed"#,
    ),
    (
        "feed aggregated mark",
        r#"{"key": KEY, "marked": N, COUNTS, "dry_run": BOOL}; exit 3 for a group the feed does not hold"#,
    ),
    (
        "feed aggregated remove",
        r#"{"key": KEY, "removed": N, "missing": [ID or GROUP KEY...], "removed_groups": [...], "changed_groups": [...], COUNTS, "dry_run": BOOL}"#,
    ),
    (
        "feed aggregated trim",
        r#"{"key": KEY, "removed": N, COUNTS, "dry_run": BOOL}"#,
    ),
    (
        "feed aggregated delete",
        r#"{"key": KEY, "deleted": BOOL, "groups": N, "dry_run": BOOL}; deleted false (exit 0) when there was no such feed"#,
    ),
    (
        "ITEM (in item list)",
        r#"{"name": NAME, "kind": "page"|"attachment", "revision": N, "size": BYTES, "mtime": RFC3339, "deleted": BOOL}"#,
    ),
    (
        "item show",
        r#"{"name", "kind", "revision": N, "metadata": {"mtime": MICROSECONDS, "action", "deleted", "userid", "addr", "hostname", "comment", "extra", "size", "mimetype", "acl", "format"?, "language"?, ...}, "data": TEXT | {"$base64": ...} | null}; --meta-only leaves out data; --raw prints the bytes only"#,
    ),
    (
        "item put, delete, rename, copy, revert",
        r#"{"name": NAME, "revision": N, "action": "SAVE"|"SAVENEW"|"ATTNEW"|"ATTDEL"|"SAVE/RENAME"|"SAVE/REVERT"|"COPY", "dry_run": BOOL}"#,
    ),
    (
        "item history",
        r#"[{"revision", "mtime", "action", "userid", "addr", "hostname", "comment", "extra", "size", "deleted", "mimetype"}...] newest first"#,
    ),
    (
        "item log",
        "the history object plus \"name\", newest first across items",
    ),
    (
        "item meta",
        "{KEY: VALUE...}: the item-level metadata after the change",
    ),
    (
        "item destroy",
        r#"{"name": NAME, "destroyed": ITEMS, "dry_run": BOOL}"#,
    ),
    (
        "item acl",
        r#"{"name", "exists": BOOL, "kind": "page"|"attachment", "acl_page", "acl": TEXT|null, "uses_default": BOOL, "rights_before", "rights_default", "rights_after", "hierarchic", "user", "rights": [RIGHT...], "enforced"}"#,
    ),
    ("item can", "true (exit 0) or false (exit 77)"),
    (
        "item users",
        r#"[{"name", "email", "aliases", "created"}...]"#,
    ),
    (
        "item user add, show",
        r#"{"name", "profile": {...}, "created"?}"#,
    ),
    (
        "lock acquire, lock list",
        r#"{"resource": "item:NAME"|..., "owner", "acquired": RFC3339, "expires": RFC3339|null, "expired": BOOL} (list: an array)"#,
    ),
    (
        "lock release, lock break",
        r#"{"resource", "released"|"broken": true, "owner"?, "dry_run"}"#,
    ),
    (
        "INSTANCE (in session outputs)",
        r#"{"name": "TASK#N", "task", "status", "kwargs": {TRIGGER: KWARGS}, "abandonState": [TRIGGER...], "metadata": {"timestamps": {...}, "result"?, "actualKwargs"?, "depth"?, "parent"?, "exceptionType"?, "exceptionInfo"?, "logLevel"?, "logsResolved"?, ...}}"#,
    ),
    (
        "session list",
        r#"[{"uid", "tasks", "instances", "unresolved", "modified"}...]"#,
    ),
    (
        "session show, session export",
        r#"{"uid", "tasks": {NAME: CONFIG}, "instances": {NAME: INSTANCE without name}, "metas": {"latest_kwargs": {...}, ...}}"#,
    ),
    (
        "session configure",
        r#"{"uid", "configured": [TASK...], "dry_run"}"#,
    ),
    (
        "session tasks",
        r#"[CONFIG + {"name", "unresolved": BOOL}...]"#,
    ),
    ("session instances", "[INSTANCE...]"),
    (
        "session instance, create-instance, clone-instance, metadata, resolve-logs",
        "INSTANCE",
    ),
    (
        "session fire",
        r#"{"trigger", "ready": [{"instance", "task", "run", "trigger_kwargs"}...], "abandoned": [NAME...], "created": [NAME...], "dry_run"}"#,
    ),
    (
        "session status, finish, fail, replay, skip",
        r#"{"instance", "status", "clone"?: READY (replay), "cascade"?: FIRE RESULT, "dry_run"}"#,
    ),
    (
        "session import",
        r#"{"uid", "tasks": N, "instances": N, "dry_run"}"#,
    ),
    ("session delete", r#"{"uid", "deleted": true, "dry_run"}"#),
    ("session gc", r#"{"deleted": [UID...], "dry_run"}"#),
    (
        "session run",
        r#"{"uid", "runs": [{"instance", "task", "status": "finished"|"failed"|"claim_lost", "result"|"error"}...]} (only the instances this runner claimed; "claim_lost": another runner took the claim over, and records the outcome)"#,
    ),
    (
        "migrate moin16",
        r#"{"source": PATH, "moin": TEXT, "pages": {"found", "imported", "already_imported", "skipped"}, "revisions": {"imported", "deleted", "already_imported"}, "attachments": {"imported", "bytes", "already_imported"}, "users": {"imported", "already_imported", "skipped"}, "metadata_from": {"page_log", "global_log", "file_mtime", "none"}, "anomalies": [{"page", "message"}...], "ignored": [...], "skipped": [...], "dry_run"}; exit 5 when skipped is not empty, 65 for moin 1.5 data"#,
    ),
    (
        "export moin16",
        r#"{"destination": DIR, "pages": N, "revisions": N, "deleted_revisions": N, "attachments": N, "users": N, "skipped": [TEXT...]}"#,
    ),
    (
        "migrate verify",
        r#"{"source": PATH, "pages_compared": N, "revisions_compared": N, "attachments_compared": N, "differences": [{"page", "message"}...]}; exit 65 when differences is not empty"#,
    ),
];

fn json_page() -> (String, String) {
    let mut roff = page("storectl-json", "7", "JSON output of storectl");
    roff.control("SH", ["DESCRIPTION"]);
    roff.text([roman(
        "stdout carries results only. The default format is table when stdout is a terminal and \
         json otherwise, so pipes get JSON. --format json prints one document per command; \
         --format ndjson prints lists one record per line, streamed; --format tsv prints one \
         line per record with tab-separated fields (strings raw with \\t, \\n, \\r and \\\\ \
         escaped, other values as compact JSON). Object keys keep their order. Bytes that are not \
         UTF-8 are never converted lossily: JSON carries them as {\"$base64\": \"...\"}.",
    )]);
    roff.control("SH", ["DOCUMENTS"]);
    for (command, shape) in JSON_DOCUMENTS {
        roff.control("TP", []);
        roff.text([bold(*command)]);
        roff.text([roman(*shape)]);
    }
    #[cfg(unix)]
    {
        roff.control("SH", ["SERVE PROTOCOL"]);
        roff.text([roman(
            "storectl serve (storectl-serve(1)) answers requests from a program, one JSON object \
             per line, with one JSON object per line.",
        )]);
        for paragraph in super::serve::PROTOCOL.split("\n\n") {
            roff.control("PP", []);
            roff.text([roman(paragraph)]);
        }
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(
        "storectl(1), storectl-serve(1), storectl-batch(1), storectl-exit-codes(7), \
         storectl-config(5)",
    )]);
    ("storectl-json.7".to_string(), roff.to_roff())
}

fn config_page() -> (String, String) {
    let mut roff = page(
        "storectl-config",
        "5",
        "storectl configuration file and environment",
    );
    roff.control("SH", ["DESCRIPTION"]);
    roff.text([roman(
        "Settings are resolved once per command: flags win over STORECTL_* environment variables, \
         which win over the config file, which wins over defaults. The config file is --config \
         FILE, else $STORECTL_CONFIG, else ./storectl.toml, else <config dir>/storectl/config.toml \
         (~/.config/storectl/config.toml on Linux). Unknown sections and keys and values of the \
         wrong type are errors (exit 78) naming the file, the line and the key. A config file can \
         set commands that storectl runs, so one is used only if it is owned by you (or root) and \
         not writable by its group or others; otherwise storectl stops with exit 78, naming the \
         file and the fix (chown, chmod go-w). A ./storectl.toml found in the current directory is \
         named on stderr (unless --quiet). `storectl config show` prints every setting and its \
         source, and names the config file on stderr; `storectl config init` writes a commented example.",
    )]);
    roff.control("SH", ["SETTINGS"]);
    for def in SETTINGS {
        roff.control("TP", []);
        let mut head = vec![bold(def.name)];
        // An empty default (a list that starts empty) reads as "none", not as "(default )".
        if let Some(default) = def.default {
            let default = if default.is_empty() { "none" } else { default };
            head.push(roman(format!(" (default {default})")));
        }
        if let SettingKind::Count { max } | SettingKind::Map { max } = def.kind {
            head.push(roman(format!(" (0 to {max})")));
        }
        roff.text(head);
        roff.text([roman(def.doc)]);
        roff.control("br", []);
        let mut from = format!("env {}", def.env_var());
        if let Some(flag) = def.flag {
            from.push_str(&format!(", flag {flag}"));
        }
        roff.text([roman(from)]);
    }
    roff.control("SH", ["EXAMPLE"]);
    roff.control("nf", []);
    roff.text([roman(settings::example_file())]);
    roff.control("fi", []);
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(
        "storectl(1), storectl-config-show(1), storectl-config-init(1)",
    )]);
    ("storectl-config.5".to_string(), roff.to_roff())
}
