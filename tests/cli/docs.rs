//! Completions and man pages are generated from the clap definitions; the committed copies must
//! match what the binary generates now.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::Env;

fn files_under(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        out.insert(
            path.strip_prefix(dir).unwrap().to_path_buf(),
            std::fs::read(&path).unwrap(),
        );
    }
    out
}

#[test]
fn committed_completions_and_man_pages_are_up_to_date() {
    let env = Env::new();
    let out_dir = env.path("generated");
    env.json(&["generate-docs", out_dir.to_str().unwrap()]);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let generated = files_under(&out_dir.join(sub));
        let committed = files_under(&repo.join(sub));
        let names = |m: &BTreeMap<PathBuf, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            names(&committed),
            names(&generated),
            "{sub}/ is stale: run `cargo run -- generate-docs .` and commit the result"
        );
        for (name, bytes) in &generated {
            assert!(
                committed[name] == *bytes,
                "{sub}/{} is stale: run `cargo run -- generate-docs .` and commit the result",
                name.display()
            );
        }
    }
    for page in [
        "storectl.1",
        "storectl-namespace-merge.1",
        "storectl-exit-codes.7",
        "storectl-json.7",
        "storectl-config.5",
    ] {
        assert!(repo.join("man").join(page).is_file(), "man/{page} missing");
    }
}
