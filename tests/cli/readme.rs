//! Every ```console block of README.md runs as written, and its output must be what the README
//! shows. So the README cannot drift from the binary.
//!
//! How a block runs:
//! - Each block gets a fresh temp dir: `HOME` is `<tmp>/home/me` (so the default store is
//!   `/home/me/.local/share/storectl/storectl.db` as the README shows it: the `<tmp>` prefix is
//!   removed from the output), the working directory is that home, and the environment is clean
//!   (no inherited `STORECTL_*`, `NO_COLOR` or XDG variables; `PATH` starts with the directory
//!   of the storectl binary under test, `TERM=xterm-256color`, umask 022). A block never sees
//!   another block's store: a block that needs data creates it in its own first lines.
//! - All `$ ` lines of a block run, in order, in one `bash` (the README uses bash syntax such
//!   as `$'..'` and `<<<`; nothing beyond bash and POSIX utilities), so `export` and files carry
//!   over from line to line as in a terminal session. A command ending in `\` continues on the
//!   next line. Stdin is /dev/null unless the line pipes into it.
//! - stdout and stderr are one pseudo-terminal ([`super::terminal`]), as a user's are: storectl
//!   prints tables and sentences, pipes inside a line still get JSON, errors interleave in
//!   order, and the compared text is what the screen shows (progress bars that clear leave
//!   nothing; colours are dropped).
//!
//! How output is compared, line by line after trailing blanks are trimmed (trycmd's
//! conventions): `[..]` matches any text within a line (times, ids, durations), and a line that
//! is only `...` matches any number of lines. A mismatch names the README line of the command
//! and shows a diff (`-` README, `+` actual).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use super::terminal;

/// One `$ ` line of a block and the output the README shows under it.
struct Step {
    /// 1-based line number in README.md.
    line: usize,
    command: String,
    expected: Vec<String>,
}

struct Block {
    line: usize,
    steps: Vec<Step>,
}

/// The ```console blocks of `readme`, with their line numbers.
fn blocks(readme: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut continued = false;
    for (i, text) in readme.lines().enumerate() {
        let line = i + 1;
        let Some(block) = current.as_mut() else {
            if text.trim_end() == "```console" {
                current = Some(Block {
                    line,
                    steps: Vec::new(),
                });
            }
            continue;
        };
        if text.trim_end() == "```" {
            blocks.push(current.take().unwrap());
            continue;
        }
        if continued {
            let step = block.steps.last_mut().unwrap();
            step.command.push('\n');
            step.command.push_str(text);
        } else if let Some(command) = text.strip_prefix("$ ") {
            block.steps.push(Step {
                line,
                command: command.to_string(),
                expected: Vec::new(),
            });
        } else {
            let step = block.steps.last_mut().unwrap_or_else(|| {
                panic!("README.md:{line}: output before the block's first `$ ` line")
            });
            step.expected.push(text.trim_end().to_string());
            continue;
        }
        continued = text.ends_with('\\');
    }
    assert!(
        current.is_none(),
        "README.md: a ```console block is not closed"
    );
    blocks
}

/// The marker printed before each step's command, to split the screen into steps.
fn marker(step: usize) -> String {
    format!("@@ README step {step} @@")
}

/// Runs a block as described at the top; returns each step's screen lines.
fn run_block(block: &Block) -> Vec<Vec<String>> {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("home/me");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(root.path().join("tmp")).unwrap();
    // The usual umask, whatever the test runner's: config files the README writes must not be
    // group-writable, or storectl rightly refuses them.
    let mut script = String::from("umask 022\n");
    for (i, step) in block.steps.iter().enumerate() {
        // A newline first, in case the previous output did not end with one.
        script.push_str(&format!("printf '\\n%s\\n' '{}'\n", marker(i)));
        script.push_str(&step.command);
        script.push('\n');
    }
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_storectl")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut cmd = Command::new("bash");
    cmd.args(["--noprofile", "--norc", "-c", &script])
        .current_dir(&home)
        .env_clear()
        .env("PATH", path)
        .env("HOME", &home)
        .env("TMPDIR", root.path().join("tmp"))
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8");
    let screen = terminal::run(cmd, Duration::from_secs(120));
    let prefix = root.path().to_str().unwrap();
    let mut steps: Vec<Vec<String>> = Vec::new();
    for line in screen {
        if steps.len() < block.steps.len() && line == marker(steps.len()) {
            steps.push(Vec::new());
        } else if let Some(step) = steps.last_mut() {
            step.push(line.replace(prefix, ""));
        }
    }
    for step in &mut steps {
        while step.last().is_some_and(|l| l.is_empty()) {
            step.pop();
        }
    }
    steps.resize(block.steps.len(), Vec::new());
    steps
}

/// One line against a pattern where `[..]` matches any text.
fn line_matches(pattern: &str, line: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == line;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !line.starts_with(first) || line.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &line[first.len()..];
    if !rest.ends_with(last) {
        return false;
    }
    rest = &rest[..rest.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

fn is_any_lines(pattern: &str) -> bool {
    pattern.trim() == "..."
}

/// The output against the expected lines, where a `...` line matches any lines.
fn lines_match(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((e, rest)) if is_any_lines(e) => {
            (0..=actual.len()).any(|skip| lines_match(rest, &actual[skip..]))
        }
        Some((e, rest)) => {
            !actual.is_empty() && line_matches(e, &actual[0]) && lines_match(rest, &actual[1..])
        }
    }
}

/// A line diff (longest common subsequence, wildcards honoured): ` ` both, `-` README only,
/// `+` actual only.
fn diff(expected: &[String], actual: &[String]) -> String {
    let same = |e: &String, a: &String| !is_any_lines(e) && line_matches(e, a);
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same(&expected[i], &actual[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < n || j < m {
        if i < n && j < m && same(&expected[i], &actual[j]) {
            out.push_str(&format!("   {}\n", actual[j]));
            (i, j) = (i + 1, j + 1);
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!(" - {}\n", expected[i]));
            i += 1;
        } else {
            out.push_str(&format!(" + {}\n", actual[j]));
            j += 1;
        }
    }
    out
}

/// The mismatches of one block, each with its README line and a diff.
fn check_block(block: &Block) -> Vec<String> {
    let actual = run_block(block);
    block
        .steps
        .iter()
        .zip(&actual)
        .filter(|(step, got)| !lines_match(&step.expected, got))
        .map(|(step, got)| {
            format!(
                "README.md:{}: `$ {}` (block at line {}):\n{}",
                step.line,
                step.command,
                block.line,
                diff(&step.expected, got)
            )
        })
        .collect()
}

#[test]
fn every_console_example_in_the_readme_prints_what_the_readme_shows() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let blocks = blocks(&readme);
    assert!(
        blocks.len() >= 8,
        "only {} console blocks found",
        blocks.len()
    );
    let started = Instant::now();
    // The blocks are independent (a temp dir each): run them at once.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let running: Vec<_> = blocks
            .iter()
            .map(|b| scope.spawn(move || check_block(b)))
            .collect();
        running
            .into_iter()
            .flat_map(|r| r.join().unwrap())
            .collect()
    });
    let steps: usize = blocks.iter().map(|b| b.steps.len()).sum();
    assert!(
        failures.is_empty(),
        "{} of {steps} README commands print something else than README.md shows \
         (- README, + actual):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!(
        "README: {} blocks, {steps} commands in {:?}",
        blocks.len(),
        started.elapsed()
    );
}

#[test]
fn wildcards_match_as_documented() {
    let v = |lines: &[&str]| lines.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert!(line_matches("a [..] c", "a bbb c"));
    assert!(line_matches("[..]", ""));
    assert!(line_matches("x[..]y[..]z", "x1y2z"));
    assert!(!line_matches("x[..]y[..]z", "x1z"));
    assert!(!line_matches("ab[..]ba", "aba"));
    assert!(lines_match(
        &v(&["a", "...", "d"]),
        &v(&["a", "b", "c", "d"])
    ));
    assert!(lines_match(&v(&["a", "  ...", "d"]), &v(&["a", "d"])));
    assert!(!lines_match(&v(&["a", "d"]), &v(&["a", "b", "d"])));
    assert_eq!(
        diff(&v(&["a", "b", "c"]), &v(&["a", "x", "c"])),
        "   a\n - b\n + x\n   c\n"
    );
    let parsed = blocks("text\n```console\n$ echo a \\\n  b\na b\n$ true\n```\n");
    assert_eq!(parsed.len(), 1);
    assert_eq!(parsed[0].steps[0].command, "echo a \\\n  b");
    assert_eq!(parsed[0].steps[0].expected, ["a b"]);
    assert_eq!(
        (parsed[0].steps[1].line, parsed[0].steps[1].expected.len()),
        (6, 0)
    );
}

/// The runner end to end on a made-up block: stderr interleaves with stdout, `export` carries
/// over, storectl sees a terminal, a carriage return overwrites, and a wrong line is reported
/// with its line number and a diff.
#[test]
fn the_runner_shows_the_screen_and_reports_a_mismatch() {
    let block = blocks(
        "```console\n\
         $ echo out; echo err >&2; echo out2\n\
         out\n\
         err\n\
         out2\n\
         $ export X=kept; printf 'abc\\rX\\n'\n\
         Xbc\n\
         $ echo \"$X\"; test -t 1 && echo terminal\n\
         kept\n\
         terminal\n\
         $ echo wrong\n\
         right\n\
         ```\n",
    );
    let failures = check_block(&block[0]);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(
        failures[0].starts_with("README.md:11: `$ echo wrong`")
            && failures[0].contains(" - right\n + wrong\n"),
        "{}",
        failures[0]
    );
}
