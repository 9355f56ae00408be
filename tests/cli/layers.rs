//! The layering of DESIGN.md, checked on the source: backends (and the modules both faces and
//! backends use) never import a face, and faces never touch the command line or its output.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every code line (comments left out) of the files under `dirs` that names one of `forbidden`,
/// as `path:line: text`.
fn offending_lines(dirs: &[&str], forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        let path = root.join(dir);
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path);
        }
    }
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if forbidden.iter().any(|f| code.contains(f)) {
                found.push(format!(
                    "{}:{}: {}",
                    file.strip_prefix(root).unwrap().display(),
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    found
}

#[test]
fn no_backend_imports_a_face() {
    let found = offending_lines(
        &[
            "src/engine",
            "src/moin16",
            "src/items_model",
            "src/errbot_shelf",
        ],
        &["crate::faces", "faces::", "crate::cli", "crate::output"],
    );
    assert!(
        found.is_empty(),
        "backends and the modules they share with faces must not use faces or the CLI; move what \
         they need to src/items_model (or another neutral module):\n{}",
        found.join("\n")
    );
}

/// The service layer is for any program: it takes typed requests and returns typed results.
#[test]
fn the_service_layer_touches_no_command_line() {
    let found = offending_lines(
        &["src/ops"],
        &[
            "crate::cli",
            "crate::output",
            "clap::",
            "std::io::stdout",
            "println!",
            "eprintln!",
        ],
    );
    assert!(
        found.is_empty(),
        "ops take typed requests and return typed results; the CLI parses and prints:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_face_touches_the_command_line() {
    let found = offending_lines(
        &["src/faces"],
        &["crate::cli", "crate::output", "clap::", "std::io::stdout"],
    );
    assert!(
        found.is_empty(),
        "faces return data; the CLI parses and prints:\n{}",
        found.join("\n")
    );
}

/// The argument of every `.hint(` call in `text` (to its matching parenthesis; string
/// literals skipped while matching), with the line it starts on.
fn hint_calls(text: &str) -> Vec<(usize, String)> {
    let mut calls = Vec::new();
    for (at, _) in text.match_indices(".hint(") {
        let start = at + ".hint(".len();
        let (mut depth, mut in_string, mut escaped) = (1, false, false);
        let mut end = start;
        for (i, c) in text[start..].char_indices() {
            match (in_string, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (true, false, '"') => in_string = false,
                (false, _, '"') => in_string = true,
                (false, _, '(') => depth += 1,
                (false, _, ')') => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = start + i;
                break;
            }
        }
        let line = text[..at].matches('\n').count() + 1;
        calls.push((line, text[start..end].to_string()));
    }
    calls
}

/// A command line (`storectl GROUP ...`) or a flag (`--name`) in a hint's text; `storectl`
/// alone is the program's name.
fn names_command_or_flag(text: &str) -> bool {
    const GROUPS: &[&str] = &[
        "init",
        "check",
        "backup",
        "stats",
        "config",
        "namespace",
        "ns",
        "node",
        "comment",
        "vote",
        "moderate",
        "rename-user",
        "feed",
        "item",
        "lock",
        "session",
        "export",
        "migrate",
        "batch",
        "serve",
    ];
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '`')
        .collect();
    words
        .windows(2)
        .any(|w| w[0] == "storectl" && GROUPS.contains(&w[1]))
        || words.iter().any(|w| {
            w.trim_start_matches('(')
                .strip_prefix("--")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
        })
}

/// Ops, faces and the engine say which fix applies (`error::Fix`); the CLI words it with its
/// commands and flags.
#[test]
fn no_face_or_backend_words_a_command_line_hint() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "src/ops",
        "src/faces",
        "src/engine",
        "src/items_model",
        "src/moin16",
        "src/errbot_shelf",
        "src/websupport",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    files.extend(["src/error.rs", "src/input.rs", "src/hooks.rs"].map(|f| root.join(f)));
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests sit at the end of a file.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (line, hint) in hint_calls(code) {
            let literals: Vec<&str> = hint.split('"').skip(1).step_by(2).collect();
            if literals.iter().any(|l| names_command_or_flag(l)) {
                found.push(format!(
                    "{}:{line}: .hint({})",
                    file.strip_prefix(root).unwrap().display(),
                    hint.split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a hint of a face or the engine names a command or flag; give it an error::Fix and word \
         it in src/cli/hints.rs:\n{}",
        found.join("\n")
    );
}
