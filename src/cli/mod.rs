//! The command line: clap definitions (one file per subcommand group), global flags turned into
//! setting overrides, dispatch, and the one place errors become exit codes.

mod backup;
mod check;
mod comment;
mod config;
mod docs;
mod export;
mod feed;
mod init;
mod item;
mod lock;
mod migrate;
mod moderate;
mod namespace;
mod node;
mod rename_user;
mod session;
mod stats;
mod vote;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::faces::comments as comments_face;
use crate::output::{print_error, Output, Printer};
use crate::settings::{self, Format, Settings};

pub use docs::generate as generate_docs;

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
    /// Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the
    /// platform data dir]
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

    /// Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]
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
    /// Show the resolved settings, or write an example config file
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Namespaced key/value storage (Errbot storage plugins)
    #[command(subcommand, visible_alias = "ns")]
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

/// What every command gets: the resolved settings and the output layer.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
}

impl Ctx {
    pub fn open_store(&self) -> Result<crate::engine::Store> {
        crate::engine::Store::open(&self.settings)
    }

    /// `--as` and `--moderator`, checked against `[comments] moderators`.
    pub fn identity(&self) -> Result<comments_face::Identity> {
        comments_face::Identity::resolve(
            self.settings.user.as_deref(),
            self.settings.moderator,
            &self.settings.comments.moderators,
        )
    }

    pub fn comment_policy(&self) -> comments_face::Policy {
        comments_face::Policy {
            moderation: self.settings.comments.moderation,
            allow_anonymous: self.settings.comments.allow_anonymous,
        }
    }

    /// Confirms a destructive command: `--yes`, or an answer at a terminal.
    pub fn confirm(&self, yes: bool, question: &str) -> Result<()> {
        if yes {
            return Ok(());
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

fn run(cli: Cli, ctx: &mut Ctx) -> Result<Output> {
    match cli.command {
        Command::Init(args) => init::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Backup(args) => backup::run(ctx, args),
        Command::Stats(args) => stats::run(ctx, args),
        Command::Config(cmd) => config::run(ctx, cmd),
        Command::Namespace(cmd) => namespace::run(ctx, cmd),
        Command::Node(cmd) => node::run(ctx, cmd),
        Command::Comment(cmd) => comment::run(ctx, cmd),
        Command::Vote(args) => vote::run(ctx, args),
        Command::Moderate(cmd) => moderate::run(ctx, cmd),
        Command::RenameUser(args) => rename_user::run(ctx, args),
        Command::Feed(cmd) => feed::run(ctx, cmd),
        Command::Item(cmd) => item::run(ctx, cmd),
        Command::Lock(cmd) => lock::run(ctx, cmd),
        Command::Session(cmd) => session::run(ctx, cmd),
        Command::Migrate(cmd) => migrate::run(ctx, cmd),
        Command::Export(cmd) => export::run(ctx, cmd),
        Command::GenerateDocs(args) => docs::run(args),
    }
}

/// Parses the command line, runs the command, prints its result or error, and returns the exit
/// code.
pub fn main() -> i32 {
    crate::engine::sqlite::configure_process();
    let cli = match Cli::try_parse() {
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
            print_error(&e, flag_format);
            return e.exit_code();
        }
    };
    let mut ctx = Ctx {
        printer: Printer::new(&settings),
        settings,
    };
    let result = run(cli, &mut ctx).and_then(|output| ctx.printer.print(output));
    // Whatever was printed before an error still goes out.
    let flushed = ctx.printer.flush();
    match result.and(flushed) {
        Ok(()) => 0,
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            print_error(&e, Some(ctx.printer.format()));
            e.exit_code()
        }
    }
}

/// The clap command tree, for docs generation and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    /// Clap's own consistency checks over every command (id clashes, bad defaults, ...), which
    /// otherwise only fire when that command is run.
    #[test]
    fn command_tree_is_consistent() {
        super::command().debug_assert();
    }
}
