//! Visible skips for tests that need something a plain clone does not have beside it:
//! `../shared/corpus`, a Python 2.7 with MoinMoin, a PostgreSQL server, the Python packages.
//!
//! libtest has no "skipped" state, and it captures `println!`, so a test that returns early
//! looks like a pass. A skip therefore writes its line straight to the process's stderr (not
//! captured), and when `STORECTL_TEST_NO_SKIP=1` (set by `.ci/run`, where everything is provided)
//! a missing prerequisite fails the test instead. Shared by the unit tests (`crate::test_skip`)
//! and the CLI tests (`tests/cli/common.rs` includes this file).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// When this is `1`, a test that would skip fails instead.
pub const NO_SKIP_ENV: &str = "STORECTL_TEST_NO_SKIP";

/// How many tests of this test binary skipped; reported when the binary exits.
static SKIPPED: AtomicUsize = AtomicUsize::new(0);

/// Reports that the running test skips, and why; panics instead under `STORECTL_TEST_NO_SKIP=1`.
/// The caller returns right after.
pub fn skip(reason: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    if std::env::var(NO_SKIP_ENV).as_deref() == Ok("1") {
        panic!("{test}: {reason}; {NO_SKIP_ENV}=1 makes this a failure instead of a skip");
    }
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED {test}: {reason}");
    if SKIPPED.fetch_add(1, Ordering::SeqCst) == 0 {
        count_at_exit();
    }
}

/// libtest's summary counts a skipped test as passed, so the count of skips follows it.
#[cfg(unix)]
fn count_at_exit() {
    extern "C" fn report() {
        let n = SKIPPED.load(Ordering::SeqCst);
        let line = format!(
            "SKIPPED: {n} test{} of this test binary (see the SKIPPED lines above); {NO_SKIP_ENV}=1 makes a skip a failure\n",
            if n == 1 { "" } else { "s" }
        );
        // SAFETY: writes a buffer this function owns to fd 2.
        unsafe { libc::write(2, line.as_ptr().cast(), line.len()) };
    }
    // SAFETY: registers a plain function without captured state.
    unsafe { libc::atexit(report) };
}

#[cfg(not(unix))]
fn count_at_exit() {}

/// `../shared/corpus` beside the checkout, or `None` after a visible skip.
pub fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        skip(&format!(
            "{} is missing (the MoinMoin corpus lives beside the checkout; CI provides it)",
            dir.display()
        ));
        None
    }
}

/// The Python 2.7 that can import MoinMoin 1.9.11 (`STORECTL_MOIN_PYTHON`), or `None` after a
/// visible skip.
pub fn moin_python() -> Option<std::ffi::OsString> {
    let python = std::env::var_os("STORECTL_MOIN_PYTHON");
    if python.is_none() {
        skip("STORECTL_MOIN_PYTHON is not set (it names a Python 2.7 that can import MoinMoin 1.9.11, from STORECTL_MOIN_PATH if set; see tests/fixtures/acl/README.md and tests/fixtures/moin16/README.md)");
    }
    python
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_skip_is_visible_and_fails_under_no_skip() {
        // The probe's test name without the crate: `test_skip::tests::skipping_probe` in the
        // unit tests, `common::test_skip::tests::skipping_probe` in the CLI tests.
        let probe = format!(
            "{}::skipping_probe",
            module_path!().split_once("::").unwrap().1
        );
        let child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", &probe])
            .env("STORECTL_SKIP_PROBE", "1")
            .env_remove(super::NO_SKIP_ENV)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&child.stderr);
        assert!(child.status.success(), "{stderr}");
        assert!(
            stderr.contains(&format!("SKIPPED {probe}: probe reason")),
            "stderr: {stderr}"
        );
        #[cfg(unix)]
        assert!(
            stderr.contains("SKIPPED: 1 test of this test binary"),
            "stderr: {stderr}"
        );
        let strict = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", &probe])
            .env("STORECTL_SKIP_PROBE", "1")
            .env(super::NO_SKIP_ENV, "1")
            .output()
            .unwrap();
        assert!(!strict.status.success());
    }

    /// Skips only when the test above runs it as a probe; otherwise it has nothing to do.
    #[test]
    fn skipping_probe() {
        if std::env::var_os("STORECTL_SKIP_PROBE").is_some() {
            super::skip("probe reason");
        }
    }
}
