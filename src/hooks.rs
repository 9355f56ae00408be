//! Commands the configuration asks storectl to run (e.g. `[comments] moderation_command`).

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `command` with `sh -c`, `input` on its stdin; `Err` says how it failed.
pub fn run_with_stdin(command: &str, input: &[u8]) -> std::result::Result<(), String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{command}`: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read its input is not an error.
        let _ = stdin.write_all(input);
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("`{command}` did not finish: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or("").trim();
    let status = match out.status.code() {
        Some(code) => format!("exit {code}"),
        None => "killed by a signal".to_string(),
    };
    Err(if last.is_empty() {
        format!("`{command}` failed ({status})")
    } else {
        format!("`{command}` failed ({status}): {last}")
    })
}
