//! The command line: clap definitions (one file per subcommand group), global flags turned into
//! setting overrides, dispatch, and the one place errors become exit codes.

mod backup;
mod batch;
mod check;
mod comment;
mod config;
mod copy;
mod docs;
mod export;
mod feed;
mod feed_aggregated;
mod hints;
mod init;
mod item;
mod line;
mod lock;
mod migrate;
mod moderate;
mod namespace;
mod node;
mod progress;
mod rename_user;
#[cfg(unix)]
mod serve;
mod session;
mod stats;
mod vote;

use std::cell::Cell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::engine::{Store, Transaction};
use crate::error::{Error, Result};
use crate::input::{self, Input};
use crate::ops::Transactions;
use crate::output::{print_error, use_color, Output, Printer};
use crate::settings::{self, ColorChoice, Format, Settings};

pub use docs::generate as generate_docs;
pub use hints::hint_text;

const ABOUT: &str =
    "Administer the storage of Sphinx WebSupport, Errbot, Triggers, Stream Framework \
                     and MoinMoin on one storage engine";

const AFTER_HELP: &str = "\
Settings come from flags, then STORECTL_* environment variables, then the config file, then \
defaults; `storectl config show` prints each one and where it came from.

Output is a table on a terminal and JSON in a pipe; choose with --format. Exit codes: 0 ok, \
1 internal, 2 usage, 3 not found, 4 conflict, 5 partial, 65 bad input, 66 input missing, \
75 busy/locked, 77 not authorized, 78 bad configuration (see storectl-exit-codes(7)).";

#[derive(Debug, Parser)]
#[command(name = "storectl", version, about = ABOUT, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server
    /// that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file),
    /// or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE]
    /// [default: storectl.db in the platform data dir]
    #[arg(long, global = true, value_name = "URL")]
    pub store: Option<String>,

    /// Config file to read instead of searching for one [env: STORECTL_CONFIG]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Short for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR;
    /// NO_COLOR is honoured]
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorArg>,

    /// No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]
    #[arg(long = "as", global = true, value_name = "USER")]
    pub as_user: Option<String>,

    /// Act as a moderator; honoured only for users in [comments] moderators when that list is set
    /// [env: STORECTL_MODERATOR]
    #[arg(long, global = true)]
    pub moderator: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Ndjson,
    Tsv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the store (if needed) and bring its schema up to date
    Init(init::InitArgs),
    /// Verify the store: SQLite integrity plus every face's invariants (exit 65 on problems)
    Check(check::CheckArgs),
    /// Copy the whole store to a new file while it stays in use
    Backup(backup::BackupArgs),
    /// Counts and sizes per face, and storage facts
    Stats(stats::StatsArgs),
    /// Copy the whole store into another, empty one: SQLite to PostgreSQL and back
    #[command(long_about = copy::LONG_ABOUT, after_help = copy::AFTER_HELP)]
    Copy(copy::CopyArgs),
    /// Show the resolved settings, or write an example config file
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Namespaced key/value storage (Errbot storage plugins)
    #[command(
        subcommand,
        visible_alias = "ns",
        long_about = "Namespaced key/value storage (Errbot storage plugins).\n\n\
                      Values are JSON, stored exactly. A value JSON cannot carry (a Python \
                      pickle the Errbot plugin stores for an Identifier, a set, bytes, ...) is an \
                      opaque value: a type name and bytes, printed in JSON as \
                      {\"$opaque\": {\"type\": T, \"bytes\": N, \"base64\": B}} and at a \
                      terminal as <opaque T, N bytes>. `set --opaque T --file F` stores one from \
                      bytes; set, replace, merge and import read the JSON form back only with \
                      --opaque-tags. An object whose only key is \"$opaque\" is reserved for \
                      this form: as plain JSON it is refused (exit 65)."
    )]
    Namespace(namespace::NamespaceCommand),
    /// Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)
    #[command(subcommand)]
    Node(node::NodeCommand),
    /// Threaded comments on nodes (Sphinx WebSupport)
    #[command(subcommand)]
    Comment(comment::CommentCommand),
    /// Vote on a comment: storectl vote CID -1|0|1
    Vote(vote::VoteArgs),
    /// The moderation queue: list, accept, reject
    #[command(subcommand)]
    Moderate(moderate::ModerateCommand),
    /// Rename a user's comments and votes (merging votes NEW already cast)
    RenameUser(rename_user::RenameUserArgs),
    /// Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)
    #[command(subcommand)]
    Feed(feed::FeedCommand),
    /// Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)
    #[command(subcommand)]
    Item(item::ItemCommand),
    /// Locks on items, sessions, namespaces and feeds, held across commands
    #[command(subcommand)]
    Lock(lock::LockCommand),
    /// Triggers workflow sessions: tasks, instances, fire, finish, replay, skip
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Write the store in the formats of the systems storectl replaces
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Import data from the systems storectl replaces
    #[command(subcommand)]
    Migrate(migrate::MigrateCommand),
    /// Run many commands, one JSON line each, in one process and one transaction
    #[command(long_about = batch::LONG_ABOUT, after_help = batch::AFTER_HELP)]
    Batch(batch::BatchArgs),
    /// Serve requests from a program: NDJSON on stdin or a Unix socket, one response each
    #[cfg(unix)]
    #[command(long_about = serve::LONG_ABOUT, after_help = serve::AFTER_HELP)]
    Serve(serve::ServeArgs),
    /// Regenerate shell completions and man pages into a directory (for maintainers)
    #[command(hide = true)]
    GenerateDocs(docs::GenerateArgs),
}

/// `--dry-run`, shared by every command that changes data.
#[derive(Debug, Args, Clone, Copy)]
pub struct DryRun {
    /// Do everything and report what would change, then roll back: nothing is written
    #[arg(long)]
    pub dry_run: bool,
}

impl DryRun {
    /// What a report sentence ends with under `--dry-run`.
    pub fn note(self) -> &'static str {
        if self.dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    }
}

/// What every command gets: the resolved settings, the output layer and its stdin.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
    pub stdin: Stdin,
}

/// What `-` (or an omitted input) reads.
pub enum Stdin {
    /// The process's stdin.
    Process,
    /// A `storectl batch` line's "stdin" (`None` when the line has none); the first read takes it.
    Line(Cell<Option<Vec<u8>>>),
}

impl Ctx {
    pub fn new(settings: Settings) -> Ctx {
        Ctx {
            printer: Printer::new(&settings),
            settings,
            stdin: Stdin::Process,
        }
    }

    /// The store, opened for a command that works on the whole store (not through a [`Runner`]).
    pub fn open_store(&self) -> Result<Store> {
        Store::open(&self.settings)
    }

    /// Opens FILE, or stdin for `None` and `-`: in a batch, the line's "stdin".
    pub fn open_input(&self, path: Option<&Path>) -> Result<Input> {
        match &self.stdin {
            Stdin::Line(text) if path.is_none_or(|p| p.as_os_str() == "-") => match text.take() {
                Some(bytes) => Ok(input::from_bytes(bytes)),
                None => Err(Error::input_missing(
                    "this command reads stdin, but its batch line or serve request has no \"stdin\" (or it was read already)",
                )
                .hint("add \"stdin\": \"...\" to the line, or name a file instead of -")),
            },
            _ => input::open(path),
        }
    }

    /// Who this command acts as, for the ops layer: `--as` and `--moderator` (as asked for;
    /// a face that honours moderation checks it), now. In `serve`, the request's.
    pub fn actor(&self) -> crate::ops::Actor {
        crate::ops::Actor {
            user: self.settings.user.clone(),
            moderator: self.settings.moderator,
            now_us: crate::timestamp::now_us(),
        }
    }

    /// Confirms a destructive command: `--yes`, or an answer at a terminal.
    pub fn confirm(&self, yes: bool, question: &str) -> Result<()> {
        if yes {
            return Ok(());
        }
        if let Stdin::Line(_) = self.stdin {
            return Err(Error::usage(format!(
                "{question} Refusing without --yes on a batch line or in a serve request"
            ))
            .hint("add --yes to the line's \"cmd\""));
        }
        if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            eprint!("{question} [y/N] ");
            let mut answer = String::new();
            std::io::stdin().read_line(&mut answer)?;
            if matches!(answer.trim(), "y" | "Y" | "yes") {
                return Ok(());
            }
            return Err(Error::usage("not confirmed; nothing was changed"));
        }
        Err(Error::usage(format!(
            "{question} Refusing without --yes when stdin is not a terminal"
        ))
        .hint("add --yes to confirm, or --dry-run to see what would change"))
    }
}

/// Where a command's transactions come from. A command calls `open` where it needs the store,
/// then does its work in `read` and `write` closures. Run on its own, each closure is a
/// transaction of its own; as a line of `storectl batch`, every closure runs in the batch's open
/// write transaction, which the batch commits or rolls back.
pub enum Runner<'b> {
    /// A command of its own, before it opened the store.
    Closed,
    /// A command of its own: each `read` and `write` is one transaction.
    Own(Store),
    /// A line of `storectl batch`.
    Batch {
        tx: &'b mut dyn Transaction,
        /// Work that must wait until the batch commits (dropped if it is rolled back).
        after_commit: &'b mut Vec<AfterCommit>,
    },
}

/// Work done after the data it reports on is committed (moderation hooks).
pub type AfterCommit = Box<dyn FnOnce(&Ctx)>;

impl Runner<'_> {
    /// Opens the store for a command of its own; nothing to do in a batch.
    pub fn open(&mut self, settings: &Settings) -> Result<()> {
        if let Runner::Closed = self {
            *self = Runner::Own(Store::open(settings)?);
        }
        Ok(())
    }

    /// Runs `f` in a read transaction (one consistent snapshot); in a batch, in its transaction.
    /// A read runs once (see [`Store::read`]), so `f` may print the records it reads as it goes.
    pub fn read<T>(&mut self, f: impl FnOnce(&mut dyn Transaction) -> Result<T>) -> Result<T> {
        match self {
            Runner::Closed => Err(Error::internal(
                "a command read the store before opening it",
            )),
            Runner::Own(store) => store.read(f),
            Runner::Batch { tx, .. } => f(&mut **tx),
        }
    }

    /// Runs `f` in one write transaction: committed when `f` succeeds, rolled back when it fails
    /// or when `dry_run` is set. In a batch, `f` runs in the batch's transaction, and the batch
    /// decides (its own `--dry-run` sets `dry_run` for every line that has one).
    ///
    /// `f` may run more than once (see [`Store::write`]): it prints nothing, reads records only
    /// through [`Transactions::write_records`], and leaves after-commit work to
    /// [`Transactions::after_commit`].
    pub fn write<T>(
        &mut self,
        dry_run: bool,
        mut f: impl FnMut(&mut dyn Transaction) -> Result<T>,
    ) -> Result<T> {
        match self {
            Runner::Closed => Err(Error::internal(
                "a command wrote the store before opening it",
            )),
            Runner::Own(store) => store.write(dry_run, &mut f),
            Runner::Batch { tx, .. } => f(&mut **tx),
        }
    }

    /// Returns once another process may have changed the store, or at `until`; `false`
    /// (at once) in a batch, whose own open transaction nobody else can change the store past.
    pub fn wait_for_change(&mut self, until: std::time::Instant) -> Result<bool> {
        match self {
            Runner::Own(store) => store.wait_for_change(until).map(|()| true),
            Runner::Closed | Runner::Batch { .. } => Ok(false),
        }
    }
}

/// The ops layer takes its transactions from a `Runner`: the command's own, or its batch's.
impl Transactions for Runner<'_> {
    fn read<T>(&mut self, f: impl FnOnce(&mut dyn Transaction) -> Result<T>) -> Result<T> {
        Runner::read(self, f)
    }

    fn write<T>(
        &mut self,
        dry_run: bool,
        f: impl FnMut(&mut dyn Transaction) -> Result<T>,
    ) -> Result<T> {
        Runner::write(self, dry_run, f)
    }

    /// Now for a command of its own (its `write` has committed); after the commit of a batch or
    /// a serve transaction group (never if it is rolled back), its warnings printed then.
    fn after_commit(&mut self, work: crate::ops::AfterCommit) -> Vec<String> {
        match self {
            Runner::Batch { after_commit, .. } => {
                after_commit.push(Box::new(move |ctx: &Ctx| {
                    for warning in work() {
                        ctx.printer.warn(&warning);
                    }
                }));
                Vec::new()
            }
            Runner::Closed | Runner::Own(_) => work(),
        }
    }
}

impl GlobalArgs {
    /// Flags that override settings, as (setting name, value).
    fn setting_overrides(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(store) = &self.store {
            out.push(("store", store.clone()));
        }
        let format = if self.json {
            Some(FormatArg::Json)
        } else {
            self.format
        };
        if let Some(f) = format {
            out.push((
                "format",
                f.to_possible_value()
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default(),
            ));
        }
        if let Some(c) = self.color {
            out.push((
                "color",
                c.to_possible_value()
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default(),
            ));
        }
        if self.quiet {
            out.push(("quiet", "true".to_string()));
        }
        if let Some(user) = &self.as_user {
            out.push(("user", user.clone()));
        }
        if self.moderator {
            out.push(("moderator", "true".to_string()));
        }
        out
    }

    /// The format asked for on the command line, for errors that happen before settings exist.
    fn format(&self) -> Option<Format> {
        match (self.json, self.format) {
            (true, _) | (_, Some(FormatArg::Json)) => Some(Format::Json),
            (_, Some(FormatArg::Ndjson)) => Some(Format::Ndjson),
            (_, Some(FormatArg::Table)) => Some(Format::Table),
            (_, Some(FormatArg::Tsv)) => Some(Format::Tsv),
            _ => None,
        }
    }
}

/// Runs one command. The commands that work through `store` run the same way on their own
/// (`Runner::Closed`) and as a line of a batch; the others manage the store or their own
/// transactions, and `batch` refuses them on its lines before they get here.
fn run(command: Command, ctx: &mut Ctx, store: &mut Runner) -> Result<Output> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Backup(args) => backup::run(ctx, args),
        Command::Stats(args) => stats::run(ctx, args),
        Command::Copy(args) => copy::run(ctx, args),
        Command::Config(cmd) => config::run(ctx, cmd),
        Command::Namespace(cmd) => namespace::run(ctx, store, cmd),
        Command::Node(cmd) => node::run(ctx, store, cmd),
        Command::Comment(cmd) => comment::run(ctx, store, cmd),
        Command::Vote(args) => vote::run(ctx, store, args),
        Command::Moderate(cmd) => moderate::run(ctx, store, cmd),
        Command::RenameUser(args) => rename_user::run(ctx, store, args),
        Command::Feed(cmd) => feed::run(ctx, store, cmd),
        Command::Item(cmd) => item::run(ctx, store, cmd),
        Command::Lock(cmd) => lock::run(ctx, store, cmd),
        Command::Session(cmd) => session::run(ctx, store, cmd),
        Command::Migrate(cmd) => migrate::run(ctx, cmd),
        Command::Export(cmd) => export::run(ctx, cmd),
        Command::Batch(args) => batch::run(ctx, args),
        #[cfg(unix)]
        Command::Serve(args) => serve::run(ctx, args),
        Command::GenerateDocs(args) => docs::run(args),
    }
}

/// Parses the command line, runs the command, prints its result or error, and returns the exit
/// code.
pub fn main() -> i32 {
    crate::engine::sqlite::configure_process();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // clap's own messages (usage errors, help) follow --color too, in a pipe as well.
    let early_color = early_color_choice(color_flag(&args).as_deref());
    let clap_color = match early_color {
        ColorChoice::Always => clap::ColorChoice::Always,
        ColorChoice::Never => clap::ColorChoice::Never,
        ColorChoice::Auto => clap::ColorChoice::Auto,
    };
    let parsed = command()
        .color(clap_color)
        .try_get_matches_from(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let _ = e.print();
            return code;
        }
    };
    let flag_format = cli.global.format();
    let settings = match settings::resolve_from_process(
        cli.global.config.clone(),
        cli.global.setting_overrides(),
    ) {
        Ok(s) => s,
        Err(e) => {
            let color = use_color(early_color, std::io::stderr().is_terminal());
            print_error(&e, flag_format, color);
            return e.exit_code();
        }
    };
    // A config file picked up from wherever the command happens to run is worth a line: it can
    // change the store, the identity and the commands storectl runs (`config show` names it too).
    if settings.config_origin == Some("the current directory")
        && !settings.quiet
        && !matches!(cli.command, Command::Config(_))
    {
        if let Some(path) = &settings.config_file {
            let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            eprintln!(
                "note: using config file {} from the current directory",
                shown.display()
            );
        }
    }
    let mut ctx = Ctx::new(settings);
    let result = run(cli.command, &mut ctx, &mut Runner::Closed)
        .and_then(|output| ctx.printer.print(output));
    // Whatever was printed before an error still goes out.
    let flushed = ctx.printer.flush();
    match result.and(flushed) {
        Ok(()) => 0,
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            print_error(&e, Some(ctx.printer.format()), ctx.printer.stderr_color());
            e.exit_code()
        }
    }
}

/// The value of the last `--color WHEN` or `--color=WHEN` before `--`, read before clap parses
/// the command line (clap's own errors need it) and before settings exist.
fn color_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--color" {
            found = args.next().map(|v| v.into_owned());
        } else if let Some(value) = arg.strip_prefix("--color=") {
            found = Some(value.to_string());
        }
    }
    found
}

/// The colour choice before settings are resolved: the flag, then STORECTL_COLOR, then
/// NO_COLOR, then auto (settings resolve the same order, config file aside).
fn early_color_choice(flag: Option<&str>) -> ColorChoice {
    let env = std::env::var("STORECTL_COLOR").ok();
    match flag.or(env.as_deref()) {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => ColorChoice::Never,
        _ => ColorChoice::Auto,
    }
}

/// The clap command tree, for parsing, docs generation and tests.
pub fn command() -> clap::Command {
    negative_numbers_are_values(Cli::command())
}

/// Lets every argument that takes a value take a negative number (`namespace set NS K -1`,
/// `vote -1 1`, `feed add --time -5`) instead of clap reading it as an option. Only values that
/// parse as numbers are affected, so `--help` and every option still work in those places.
pub(crate) fn negative_numbers_are_values(mut cmd: clap::Command) -> clap::Command {
    cmd = cmd.mut_args(|arg| {
        if arg.get_action().takes_values() {
            arg.allow_negative_numbers(true)
        } else {
            arg
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, negative_numbers_are_values);
    }
    cmd
}

#[cfg(test)]
mod tests {
    /// Clap's own consistency checks over every command (id clashes, bad defaults, ...), which
    /// otherwise only fire when that command is run.
    #[test]
    fn command_tree_is_consistent() {
        super::command().debug_assert();
    }

    /// Every argument that takes a value, in every command, takes `-1` as that value.
    #[test]
    fn every_value_argument_takes_negative_numbers() {
        fn walk(cmd: &clap::Command, path: &str, bad: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                if arg.get_action().takes_values() && !arg.is_allow_negative_numbers_set() {
                    bad.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), bad);
            }
        }
        let mut bad = Vec::new();
        walk(&super::command(), "storectl", &mut bad);
        assert!(bad.is_empty(), "{bad:?}");
    }
}
