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

/// The man pages as roff text (tests must not need man or groff).
fn man_page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("man").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn section_5_and_7_pages_have_a_proper_name_line() {
    for (page, name) in [
        ("storectl-exit-codes.7", "storectl\\-exit\\-codes"),
        ("storectl-json.7", "storectl\\-json"),
        ("storectl-config.5", "storectl\\-config"),
    ] {
        let text = man_page(page);
        let lines: Vec<&str> = text.lines().collect();
        let at = lines.iter().position(|l| *l == ".SH NAME").expect("NAME");
        let line = lines[at + 1];
        // `\-` is roff's hyphen; `\\-` would print a backslash.
        assert!(
            line.starts_with(&format!("{name} \\- ")) && !line.contains("\\\\"),
            "{page}: {line}"
        );
    }
}

#[test]
fn every_page_footer_names_storectl_and_its_version() {
    let source = format!("\"storectl {}\"", env!("CARGO_PKG_VERSION"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let text = man_page(&name);
        let th = text
            .lines()
            .find(|l| l.starts_with(".TH "))
            .unwrap_or_else(|| panic!("{name}: no .TH"));
        assert!(th.contains(&source), "{name}: {th}");
        pages += 1;
    }
    assert!(pages > 100, "{pages} pages");
}

#[test]
fn readme_installs_each_man_page_in_its_own_section() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let installs: Vec<&str> = readme.lines().filter(|l| l.contains("cp man/")).collect();
    assert!(!installs.is_empty(), "README has no man page install line");
    for line in installs {
        assert!(
            line.contains("man/*.$s") && line.contains("man$s/"),
            "pages must go to man1, man5 and man7 by their section: {line}"
        );
    }
    assert!(
        readme.contains("for s in 1 5 7; do"),
        "README must install sections 1, 5 and 7"
    );
}
