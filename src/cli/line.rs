//! One command given as JSON: a line of `storectl batch`, a request of `storectl serve`.
//!
//! Its arguments are parsed with the command line's own clap definitions (a tree built once per
//! batch or connection, not per line), what cannot run there is refused with the reason, and the
//! command runs through the same `run` functions as on the command line, its result captured as
//! the JSON it prints with `--format json`.

use std::cell::Cell;
use std::io::{self, Write};

use base64::Engine;
use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches};
use serde_json::Value;

use super::session::SessionCommand;
use super::{Command, Ctx, Runner, Stdin};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::settings::{Format, Settings};

/// An option of some commands that cannot be given where the line runs: clap id, as written,
/// why.
pub struct RefusedOption {
    pub id: &'static str,
    pub flag: &'static str,
    pub why: &'static str,
}

/// Where lines run, for the rules and the wording of refusals.
pub struct Place {
    /// As in "--raw cannot be given {on a batch line}".
    pub line: &'static str,
    /// As in "`init` cannot run {in a batch}".
    pub runs: &'static str,
    /// Options of commands refused there.
    pub refused_options: &'static [RefusedOption],
    /// The hint for a global option (`--as`, `--store`, ...) given on a line.
    pub global_hint: fn(&str) -> String,
}

/// A parsed line: its command, and whether that command changes data (every command that
/// does has `--dry-run`; those without it only read, which lets a line run in a read
/// transaction).
pub struct Parsed {
    pub command: Command,
    pub writes: bool,
}

/// The global options as written: fixed for the whole batch or serve process, never on a line.
const GLOBAL_OPTIONS: &[&str] = &[
    "--store",
    "--config",
    "--format",
    "--json",
    "--color",
    "--quiet",
    "-q",
    "--as",
    "--moderator",
];

/// The commands a line cannot run, and why. Every command is listed, so that a new one must be
/// decided on.
fn refusal(command: &Command) -> Option<(&'static str, &'static str)> {
    const OWN_STORE: &str =
        "works on the whole store outside any transaction; run it on its own, as `storectl NAME`";
    match command {
        Command::Batch(_) => Some(("batch", "runs lines of its own")),
        #[cfg(unix)]
        Command::Serve(_) => Some(("serve", "runs requests of its own")),
        Command::Init(_) => Some((
            "init",
            "creates and migrates the store, which every batch and serve does anyway",
        )),
        Command::Check(_) => Some(("check", OWN_STORE)),
        Command::Stats(_) => Some(("stats", OWN_STORE)),
        Command::Backup(_) => Some(("backup", OWN_STORE)),
        Command::Copy(_) => Some(("copy", OWN_STORE)),
        Command::Config(_) => Some((
            "config",
            "shows settings, which are resolved once, when the process starts",
        )),
        Command::Export(_) => Some(("export", "writes files in long-running steps of its own")),
        Command::Migrate(_) => Some(("migrate", "imports in transactions of its own")),
        Command::GenerateDocs(_) => Some(("generate-docs", "writes files, not the store")),
        Command::Session(SessionCommand::Run { .. }) => Some((
            "session run",
            "runs commands between transactions of its own, in a loop",
        )),
        Command::Namespace(_)
        | Command::Node(_)
        | Command::Comment(_)
        | Command::Vote(_)
        | Command::Moderate(_)
        | Command::RenameUser(_)
        | Command::Feed(_)
        | Command::Item(_)
        | Command::Lock(_)
        | Command::Session(_) => None,
    }
}

/// Parses lines' arguments with a clap tree built once.
pub struct LineParser {
    clap: clap::Command,
}

impl LineParser {
    /// The command line's commands without the global options, which a line cannot have (and
    /// which clap would otherwise propagate through every level of every parse). With
    /// `dry_run`, every `--dry-run` of the tree is on by default (`batch --dry-run`).
    pub fn new(dry_run: bool) -> LineParser {
        let mut clap =
            super::negative_numbers_are_values(<Command as clap::Subcommand>::augment_subcommands(
                clap::Command::new("storectl").subcommand_required(true),
            ));
        if dry_run {
            clap = dry_run_by_default(clap);
        }
        clap = no_parent_requirements(clap);
        // Built now, not at the first parse: the first request costs what every other costs.
        clap.build();
        LineParser { clap }
    }

    /// Parses `args` (what follows `storectl`), refusing what cannot run at `place`.
    pub fn parse(&mut self, args: &[String], place: &Place) -> Result<Parsed> {
        let argv = std::iter::once("storectl").chain(args.iter().map(String::as_str));
        let mut matches = self
            .clap
            .try_get_matches_from_mut(argv)
            .map_err(|e| clap_error(e, args, place))?;
        let mut level = &matches;
        let writes = loop {
            for id in level.ids() {
                let refused = place.refused_options.iter().find(|o| id == o.id);
                if let Some(option) = refused {
                    if given(level, id.as_str()) {
                        return Err(Error::usage(format!(
                            "{} cannot be given {}: it {}",
                            option.flag, place.line, option.why
                        )));
                    }
                }
            }
            match level.subcommand() {
                Some((_, sub)) => level = sub,
                None => break level.try_get_one::<bool>("dry_run").is_ok(),
            }
        };
        let command =
            Command::from_arg_matches_mut(&mut matches).map_err(|e| clap_error(e, args, place))?;
        if let Some((name, why)) = refusal(&command) {
            return Err(Error::usage(format!(
                "`{name}` cannot run {}: it {}",
                place.runs,
                why.replace("NAME", name)
            )));
        }
        Ok(Parsed { command, writes })
    }
}

fn given(matches: &ArgMatches, id: &str) -> bool {
    matches.value_source(id) == Some(ValueSource::CommandLine)
}

/// A clap error on the line of `args` as a usage error: clap's first paragraph, and its usage
/// line as the hint.
fn clap_error(e: clap::Error, args: &[String], place: &Place) -> Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let command = format!("storectl {}", args.join(" "));
    if let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) {
        let flag = arg.split_once('=').map_or(arg.as_str(), |(flag, _)| flag);
        if GLOBAL_OPTIONS.contains(&flag) {
            return Error::usage(format!(
                "{flag} is a global option, not an option of one line"
            ))
            .hint((place.global_hint)(flag));
        }
    }
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            return Error::usage("--help and --version print text, not a result")
                .hint(format!("run `{command}` on its own"))
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Error::usage(format!("`{command}` is incomplete"))
                .hint(format!("see `{command} --help`"))
        }
        _ => {}
    }
    // Clap's first paragraph is the message ("the following required arguments were not
    // provided:" continues on the next lines).
    let rendered = e.render().to_string();
    let message = rendered
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches("error: ")
        .to_string();
    let error = Error::usage(message);
    match rendered.lines().find_map(|l| l.strip_prefix("Usage: ")) {
        Some(usage) => error.hint(format!("usage: {usage}")),
        None => error,
    }
}

/// Tells clap that no command with subcommands has required arguments of its own (none has),
/// which spares it working out their usage text at every level of every parse: a tenth of the
/// time of a `storectl serve` request went there.
fn no_parent_requirements(cmd: clap::Command) -> clap::Command {
    if cmd.has_subcommands() {
        cmd.subcommand_negates_reqs(true)
            .mut_subcommands(no_parent_requirements)
    } else {
        cmd
    }
}

/// Sets every `--dry-run` of the tree on by default: under `batch --dry-run`, every line runs
/// and reports as under its own `--dry-run`.
fn dry_run_by_default(cmd: clap::Command) -> clap::Command {
    let cmd = if cmd.get_arguments().any(|a| a.get_id() == "dry_run") {
        cmd.mut_arg("dry_run", |a| a.default_value("true"))
    } else {
        cmd
    };
    cmd.mut_subcommands(dry_run_by_default)
}

/// A line's "stdin": text, or `{"$base64": ...}` for bytes.
pub fn stdin_bytes(value: Value) -> Result<Vec<u8>> {
    let wrong =
        || Error::bad_input("\"stdin\" must be a string, or {\"$base64\": \"...\"} for bytes");
    match value {
        Value::String(text) => Ok(text.into_bytes()),
        Value::Object(map) if map.len() == 1 => {
            let b64 = map
                .get("$base64")
                .and_then(Value::as_str)
                .ok_or_else(wrong)?;
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .map_err(|e| Error::bad_input(format!("\"stdin\" is not valid base64: {e}")))
        }
        _ => Err(wrong()),
    }
}

/// The context lines run in: `settings` as resolved once, results captured as JSON, no
/// progress bars, stdin from the line. `quiet_warnings` keeps warnings on stderr quiet.
pub fn capturing_ctx(settings: &Settings, quiet_warnings: bool) -> Ctx {
    let mut settings = settings.clone();
    settings.format = Some(Format::Json);
    settings.format_explicit = true;
    settings.quiet = true;
    Ctx {
        printer: Printer::to_memory(quiet_warnings),
        settings,
        stdin: Stdin::Line(Cell::new(None)),
    }
}

/// Runs one line's command through `runner`; its result is left in `ctx`'s (capturing)
/// printer.
pub fn run_captured(
    command: Command,
    stdin: Option<Vec<u8>>,
    ctx: &mut Ctx,
    runner: &mut Runner,
) -> Result<()> {
    ctx.stdin = Stdin::Line(Cell::new(stdin));
    let output = super::run(command, ctx, runner)?;
    ctx.printer.print(output)
}

/// Writes what a capturing printer holds as one JSON value on one line's worth of output (JSON
/// text never holds a raw newline but between tokens, so removing them keeps it intact); `null`
/// when the command printed nothing.
pub fn write_captured(out: &mut dyn Write, captured: &[u8]) -> io::Result<()> {
    if captured.is_empty() {
        return out.write_all(b"null");
    }
    for part in captured.split(|b| *b == b'\n') {
        out.write_all(part)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line runs in a read transaction when its command has no `--dry-run`: every command
    /// that changes data has one (DESIGN.md). These are the commands without it, each checked
    /// to only read; a new one must be added here knowingly (or given `--dry-run`).
    #[test]
    fn commands_without_dry_run_only_read() {
        const READ_ONLY: &[&str] = &[
            "namespace list",
            "namespace keys",
            "namespace len",
            "namespace get",
            "namespace dump",
            "namespace export",
            "node list",
            "node show",
            "comment list",
            "comment show",
            "vote list",
            "moderate list",
            "feed slice",
            "feed count",
            "feed index-of",
            "feed contains",
            "feed keys",
            "feed activity get",
            "feed activity list",
            "feed aggregated slice",
            "feed aggregated count",
            "item list",
            "item show",
            "item history",
            "item log",
            "item acl",
            "item can",
            "item users",
            "item user show",
            "lock list",
            "session list",
            "session show",
            "session tasks",
            "session instances",
            "session instance",
            "session export",
        ];
        fn walk(cmd: &clap::Command, path: &str, found: &mut Vec<String>) {
            let subs: Vec<_> = cmd.get_subcommands().collect();
            if subs.is_empty() && !cmd.get_arguments().any(|a| a.get_id() == "dry_run") {
                found.push(path.trim().to_string());
            }
            // `help` prints text, which a line refuses.
            for sub in subs.into_iter().filter(|s| s.get_name() != "help") {
                walk(sub, &format!("{path} {}", sub.get_name()), found);
            }
        }
        let mut found = Vec::new();
        walk(&LineParser::new(false).clap, "", &mut found);
        // Refused on a line anyway.
        let refused = [
            "init",
            "check",
            "backup",
            "copy",
            "stats",
            "config show",
            "config init",
            "session run",
            "export moin16",
            "export websupport",
            "migrate verify",
            "generate-docs",
            "serve",
        ];
        found.retain(|c| !refused.contains(&c.as_str()));
        assert_eq!(found, READ_ONLY);
        // And the parser says so.
        let mut parser = LineParser::new(false);
        let place = Place {
            line: "here",
            runs: "here",
            refused_options: &[],
            global_hint: |_| String::new(),
        };
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let get = parser
            .parse(&args(&["namespace", "get", "n", "k"]), &place)
            .unwrap();
        assert!(!get.writes);
        let set = parser
            .parse(&args(&["namespace", "set", "n", "k", "1"]), &place)
            .unwrap();
        assert!(set.writes);
    }
}
