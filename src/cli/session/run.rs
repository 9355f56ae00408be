//! `storectl session run`: the local runner's command line. The protocol (claims, renewals,
//! outcomes) is the op's, `ops::sessions::run`; here are what is the command line's: the task
//! run as a shell command, the runner's name from this process, warnings worded for stderr.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use super::to_doc;
use crate::cli::{Ctx, Runner};
use crate::error::Result;
use crate::ops::sessions::run as worker;
use crate::ops::Actor;
use crate::output::Output;
use crate::timestamp::{format_rfc3339, now_us, parse_duration_us};

/// `session run UID --command CMD [--max-runs N] [--reclaim-after DURATION]`.
pub fn run(
    ctx: &mut Ctx,
    store: &mut Runner,
    actor: &Actor,
    uid: String,
    command: String,
    max_runs: u64,
    reclaim_after: Option<String>,
) -> Result<Output> {
    let req = worker::Run {
        uid,
        holder: runner_id(),
        max_runs,
        reclaim_after_us: reclaim_after
            .map(|d| parse_duration_us(&d, "--reclaim-after"))
            .transpose()?,
    };
    let printer = &ctx.printer;
    let done = worker::run(
        store,
        actor,
        &req,
        &mut ShellCommand { command },
        &mut |notice| printer.warn(&notice_text(&notice)),
    )?;
    let report = Output::Report {
        text: done
            .runs
            .iter()
            .map(|r| format!("{}: {}", r.instance, r.status))
            .collect::<Vec<_>>()
            .join("\n"),
        doc: to_doc(&done)?,
    };
    match done.stop_error() {
        None => Ok(report),
        // The runs it made are recorded: they are printed before the error says it stopped.
        Some(stopped) => {
            ctx.printer.print(report)?;
            Err(stopped)
        }
    }
}

/// This process as a runner, for its claims: host, process id and start time.
fn runner_id() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string());
    format!("{host}:{}:{}", std::process::id(), now_us())
}

/// A runner's notice as a warning on stderr.
fn notice_text(notice: &worker::Notice) -> String {
    match notice {
        worker::Notice::TookOver { instance, claim } => format!(
            "instance {instance:?}: taking over the claim runner {} made at {}; it runs again",
            claim.holder,
            format_rfc3339(claim.renewed_us)
        ),
        worker::Notice::ClaimLost { error, .. } => error.message(),
    }
}

/// `session run --command CMD`: each task runs `sh -c CMD`, with the instance's trigger_kwargs
/// as JSON on stdin and STORECTL_SESSION, STORECTL_INSTANCE and STORECTL_TASK in its
/// environment. Exit 0 with a JSON object on stdout is a result.
struct ShellCommand {
    command: String,
}

impl worker::Executor for ShellCommand {
    fn execute(&mut self, task: &worker::Task) -> std::result::Result<Value, String> {
        let command = &self.command;
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(command)
            .env("STORECTL_SESSION", &task.session)
            .env("STORECTL_INSTANCE", &task.instance)
            .env("STORECTL_TASK", &task.task)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start `{command}`: {e}"))?;
        let input = task.trigger_kwargs.to_string();
        let stdin = child.stdin.take();
        // The input is written from its own thread while the output is read: a task that
        // writes much before it reads (or never reads) must not deadlock against a full pipe.
        let out = std::thread::scope(|scope| {
            if let Some(mut stdin) = stdin {
                // A command that does not read its input closes the pipe: not an error.
                scope.spawn(move || {
                    let _ = stdin.write_all(input.as_bytes());
                });
            }
            child.wait_with_output()
        })
        .map_err(|e| format!("`{command}` did not finish: {e}"))?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            return Err(format!(
                "exit {}: {}",
                out.status
                    .code()
                    .map_or("signal".to_string(), |c| c.to_string()),
                stderr.trim()
            ));
        }
        match serde_json::from_slice::<Value>(&out.stdout) {
            Ok(v @ Value::Object(_)) => Ok(v),
            Ok(other) => Err(format!("stdout was {other}, not a JSON object")),
            Err(e) => Err(format!("stdout is not JSON: {e}")),
        }
    }
}
