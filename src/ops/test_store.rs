//! The store the op tests run on: a real SQLite file in a temp dir, its schema created, as a
//! program driving the service layer would open one.

use std::path::Path;
use std::time::Duration;

use crate::engine::Store;

/// A new store `ops.db` in `dir`.
pub fn new_store(dir: impl AsRef<Path>) -> Store {
    let path = dir.as_ref().join("ops.db");
    let mut store =
        Store::open_url(path.to_str().unwrap(), false, Duration::from_secs(5)).expect("open store");
    store.backend().create().expect("create schema");
    store
}
