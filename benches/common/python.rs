//! The Python a Python-driven bench runs (the storage backends of `python/`, next to the seed
//! system's own storage): a venv of `.ci/run` or one a variable names.

use std::path::PathBuf;
use std::process::Command;

/// `$var` if set, else `${XDG_CACHE_HOME:-$HOME/.cache}/storectl-ci/VENV/bin/python`, if it
/// runs `check` (a Python one-liner that imports what the bench needs); otherwise why not,
/// naming `what` it could not import and `how` to make such a venv.
pub fn bench_python(
    var: &str,
    venv: &str,
    check: &str,
    what: &str,
    how: &str,
) -> Result<PathBuf, String> {
    let path = match std::env::var_os(var) {
        Some(p) => PathBuf::from(p),
        None => {
            let cache = std::env::var_os("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
                .ok_or("neither XDG_CACHE_HOME nor HOME is set")?;
            cache.join("storectl-ci").join(venv).join("bin/python")
        }
    };
    let ok = Command::new(&path)
        .args(["-c", check])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        Ok(path)
    } else {
        Err(format!(
            "{} cannot import {what} ({how}, or set {var})",
            path.display()
        ))
    }
}

/// A figure in µs from a bench script's JSON report.
pub fn micros(v: &serde_json::Value) -> f64 {
    v.as_f64().expect("a figure in µs")
}
