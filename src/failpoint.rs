//! Fault injection for crash tests: with `STORECTL_FAILPOINT=NAME` the process aborts at the point
//! called NAME, with no cleanup at all, as if killed with SIGKILL there. Points sit where timing
//! alone could not put a kill (between two file operations of one command).

use std::sync::OnceLock;

pub fn hit(name: &str) {
    static POINT: OnceLock<Option<String>> = OnceLock::new();
    let point = POINT.get_or_init(|| std::env::var("STORECTL_FAILPOINT").ok());
    if point.as_deref() == Some(name) {
        std::process::abort();
    }
}
