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

/// Runs `benches/SCRIPT` with `python` and `args` and returns the JSON document it prints (a
/// bench script measures everything in one run and prints its figures as one object); a
/// script that fails stops the bench with its stderr.
pub fn run_script(python: &std::path::Path, script: &str, args: &[String]) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("benches")
        .join(script);
    let out = Command::new(python)
        // Deprecation warnings of the seed systems' old dependencies are not figures.
        .args(["-W", "ignore"])
        .arg(&path)
        .args(args)
        .output()
        .expect("run the Python bench");
    assert!(
        out.status.success(),
        "{} failed: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the bench's JSON")
}
