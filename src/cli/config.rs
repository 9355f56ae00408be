//! `storectl config show|init`.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Shape};
use crate::settings;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print every resolved setting, where it came from, and its environment variable
    Show,
    /// Write a commented example config file (default ./storectl.toml; - for stdout)
    Init {
        /// Where to write it
        #[arg(default_value = "storectl.toml")]
        path: PathBuf,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
}

pub fn run(ctx: &mut Ctx, cmd: ConfigCommand) -> Result<Output> {
    match cmd {
        ConfigCommand::Show => {
            let mut records = ctx
                .printer
                .records(&["setting", "value", "source", "env"], Shape::Array);
            for r in &ctx.settings.resolved {
                records.row(&json!({
                    "setting": r.def.name,
                    "value": r.value.as_ref().map(|v| v.to_json()),
                    "source": r.source.to_string(),
                    "env": r.def.env_var(),
                }))?;
            }
            records.finish()?;
            // On stderr, so that stdout stays the list of settings; not silenced by --quiet,
            // since naming the file is what this command is asked for.
            match (&ctx.settings.config_file, ctx.settings.config_origin) {
                (Some(path), Some(origin)) => {
                    eprintln!("config file: {} (from {origin})", path.display())
                }
                _ => ctx
                    .printer
                    .warn("no config file found; using defaults, environment and flags"),
            }
            Ok(Output::Nothing)
        }
        ConfigCommand::Init { path, force } => {
            let text = settings::example_file();
            if path.as_os_str() == "-" {
                std::io::stdout().write_all(text.as_bytes())?;
                return Ok(Output::Nothing);
            }
            if path.exists() && !force {
                return Err(
                    Error::conflict(format!("{} already exists", path.display()))
                        .hint("add --force to overwrite it, or give another path"),
                );
            }
            write_private(&path, text.as_bytes())?;
            Ok(Output::Report {
                doc: json!({"written": path.display().to_string()}),
                text: format!("wrote {}", path.display()),
            })
        }
    }
}

fn write_private(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| Error::input_missing(format!("cannot write {}: {e}", path.display())))?;
    file.write_all(bytes)?;
    Ok(())
}
