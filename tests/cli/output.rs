//! Output formats, errors on stderr, and a closed pipe.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::common::{code, parse_json, stderr, stdout, Env};

#[test]
fn tsv_prints_raw_strings_and_compact_json() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "s", "--string", "tab\there"]);
    env.json(&["namespace", "set", "ns", "o", "{\"a\": [1, 2]}"]);
    assert_eq!(
        stdout(&env.run(&["--format", "tsv", "namespace", "get", "ns", "s"])),
        "tab\\there\n"
    );
    assert_eq!(
        stdout(&env.run(&["--format", "tsv", "namespace", "get", "ns", "o"])),
        "{\"a\":[1,2]}\n"
    );
    assert_eq!(
        stdout(&env.run(&["--format", "tsv", "namespace", "dump", "ns"])),
        "o\t{\"a\":[1,2]}\ns\ttab\\there\n"
    );
    assert_eq!(
        stdout(&env.run(&["--format", "tsv", "namespace", "list"])),
        "ns\t2\t22\n"
    );
}

#[test]
fn ndjson_streams_one_record_per_line_and_json_is_one_document() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "a", "1"]);
    env.json(&["namespace", "set", "ns", "b", "2"]);
    assert_eq!(
        stdout(&env.run(&["--format", "ndjson", "namespace", "keys", "ns"])),
        "\"a\"\n\"b\"\n"
    );
    assert_eq!(
        env.json(&["--json", "namespace", "keys", "ns"]),
        json!(["a", "b"])
    );
    assert_eq!(env.json(&["namespace", "keys", "empty"]), json!([]));
}

#[test]
fn table_format_draws_a_table_and_prints_sentences_for_reports() {
    let env = Env::new();
    let out = env.run(&["--format", "table", "namespace", "set", "ns", "a", "1"]);
    assert_eq!(
        stdout(&out),
        "namespace \"ns\": 1 added, 0 changed, 0 removed\n  + a\n"
    );
    let out = env.run(&["--format", "table", "--color", "never", "namespace", "list"]);
    let text = stdout(&out);
    assert!(
        text.contains("namespace") && text.contains("value_bytes") && text.contains('│'),
        "{text}"
    );
}

#[test]
fn errors_are_json_on_stderr_under_json_and_a_sentence_otherwise() {
    let env = Env::new();
    env.json(&["init"]);
    let out = env.run(&["--json", "namespace", "get", "ns", "k"]);
    assert_eq!(code(&out), 3);
    assert!(out.stdout.is_empty());
    let doc: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(doc["error"]["kind"], "not_found");
    assert!(doc["error"]["hint"].is_string());
    let out = env.run(&["--format", "table", "namespace", "get", "ns", "k"]);
    assert_eq!(
        stderr(&out),
        "error: key \"k\" not found in namespace \"ns\" (hint: list the keys with: storectl namespace keys ns)\n"
    );
    // Usage errors are clap's, exit 2.
    assert_eq!(code(&env.run(&["namespace", "frobnicate"])), 2);
    assert_eq!(code(&env.run(&["namespace", "get", "ns"])), 2);
}

#[test]
fn a_closed_stdout_pipe_ends_the_command_quietly() {
    let env = Env::new();
    let mut records = String::new();
    for i in 0..20_000 {
        records.push_str(&format!(
            "{{\"namespace\":\"big\",\"key\":\"k{i:06}\",\"value\":\"{}\"}}\n",
            "x".repeat(40)
        ));
    }
    env.json_stdin(&["namespace", "import"], &records);
    let mut child = Command::new(env!("CARGO_BIN_EXE_storectl"))
        .args(["namespace", "export"])
        .env("STORECTL_STORE", &env.store)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("k000000"));
    // The reader is dropped here: the rest of the output has nowhere to go.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn lists_of_plain_values_fill_their_column_in_table_and_tsv() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "a", "1"]);
    env.json(&["namespace", "set", "ns", "b\tc", "2"]);
    assert_eq!(
        stdout(&env.run(&["--format", "tsv", "namespace", "keys", "ns"])),
        "a\nb\\tc\n"
    );
    let table = stdout(&env.run(&[
        "--format",
        "table",
        "--color",
        "never",
        "namespace",
        "keys",
        "ns",
    ]));
    assert!(table.contains("│ a ") && table.contains("b\tc"), "{table}");

    env.json_stdin(
        &["feed", "add-many", "k", "-"],
        "{\"actor\": 1, \"verb\": 3, \"object\": 1, \"time\": 1577836800000}\n",
    );
    let id = "15778368000000000000001003";
    assert_eq!(
        stdout(&env.run(&["--format", "tsv", "feed", "slice", "k", "--ids-only"])),
        format!("{id}\n")
    );
    let table = stdout(&env.run(&[
        "--format",
        "table",
        "--color",
        "never",
        "feed",
        "slice",
        "k",
        "--ids-only",
    ]));
    assert!(table.contains(id), "{table}");
}

#[test]
fn color_always_styles_tables_and_errors_in_a_pipe_and_never_or_no_color_do_not() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "a", "1"]);
    let esc = '\u{1b}';
    let table = |extra: &[&str], env: &Env| {
        let mut args = extra.to_vec();
        args.extend(["--format", "table", "namespace", "list"]);
        stdout(&env.run(&args))
    };
    let error = |extra: &[&str], env: &Env| {
        let mut args = extra.to_vec();
        args.extend(["--format", "table", "namespace", "get", "ns", "nope"]);
        stderr(&env.run(&args))
    };
    let styled = table(&["--color", "always"], &env);
    assert!(
        styled.contains(&format!("{esc}[1m namespace ")),
        "{styled:?}"
    );
    let styled = error(&["--color=always"], &env);
    assert!(
        styled.starts_with(&format!("{esc}[1;31merror:{esc}[0m key \"nope\""))
            && styled.contains(&format!("({esc}[1;32mhint:{esc}[0m list the keys")),
        "{styled:?}"
    );
    // clap's own usage errors follow the flag too.
    let usage = stderr(&env.run(&["--color", "always", "namespace", "frobnicate"]));
    assert!(usage.contains(esc), "{usage:?}");
    // The environment variable is the flag's equivalent.
    let by_env = Env::new().with_var("STORECTL_COLOR", "always");
    by_env.json(&["namespace", "set", "ns", "a", "1"]);
    assert!(table(&[], &by_env).contains(esc));
    assert!(error(&[], &by_env).contains(esc));

    for plain in [
        table(&[], &env),
        table(&["--color", "never"], &env),
        error(&[], &env),
        error(&["--color", "never"], &env),
        stderr(&env.run(&["namespace", "frobnicate"])),
    ] {
        assert!(!plain.contains(esc), "{plain:?}");
    }
    let no_color = Env::new().with_var("NO_COLOR", "1");
    no_color.json(&["namespace", "set", "ns", "a", "1"]);
    assert!(!table(&[], &no_color).contains(esc));
    assert!(!error(&[], &no_color).contains(esc));
}

#[test]
fn count_sentences_say_1_thing_and_2_things() {
    let env = Env::new();
    let table = |args: &[&str]| {
        let mut full = vec!["--format", "table"];
        full.extend_from_slice(args);
        let out = env.run(&full);
        format!("{}{}", stdout(&out), stderr(&out))
    };
    env.json(&["namespace", "set", "ns", "a", "1"]);
    let stats = table(&["stats"]);
    assert!(
        stats.contains("namespaces: 1 namespace, 1 key, 1 value byte\n"),
        "{stats}"
    );
    assert!(
        stats.contains("0 timelines, 0 entries, 0 activities"),
        "{stats}"
    );
    assert_eq!(
        table(&["namespace", "drop", "ns", "--yes"]),
        "namespace \"ns\" dropped (1 key)\n"
    );
    env.json_stdin(
        &["feed", "add-many", "k", "-"],
        "{\"actor\": 1, \"verb\": 3, \"object\": 1, \"time\": 1577836800000}\n",
    );
    assert_eq!(table(&["feed", "delete", "k"]), "k: deleted (1 entry)\n");
    assert_eq!(table(&["feed", "gc"]), "1 unreferenced activity removed\n");

    // A one-page, one-user moin data dir: migrate, then change the revision's bytes.
    let data = env.path("wiki/data");
    std::fs::create_dir_all(data.join("pages/Home/revisions")).unwrap();
    std::fs::create_dir_all(data.join("user")).unwrap();
    std::fs::write(data.join("meta"), "data_format_revision: 1091100").unwrap();
    std::fs::write(data.join("pages/Home/current"), "00000001\n").unwrap();
    std::fs::write(data.join("pages/Home/revisions/00000001"), "hello\n").unwrap();
    std::fs::write(
        data.join("pages/Home/edit-log"),
        "1577836800000000\t00000001\tSAVE\tHome\t127.0.0.1\tlocalhost\t\t\t\n",
    )
    .unwrap();
    std::fs::write(data.join("user/1346807238.23.43355"), "name=alice\n").unwrap();
    let dir = data.to_str().unwrap();
    let migrated = table(&["migrate", "moin16", dir, "--users"]);
    assert!(
        migrated.contains(": 1 page imported (0 already)")
            && migrated.contains("1 revision + 0 deleted")
            && migrated.ends_with("; 1 user\n"),
        "{migrated}"
    );
    std::fs::write(data.join("pages/Home/revisions/00000001"), "changed\n").unwrap();
    let verified = table(&["migrate", "verify", dir]);
    assert!(
        verified.contains(": 1 page, 1 revision, 0 attachments compared; 1 difference\n")
            && verified.contains("differs from")
            && verified.contains(" in 1 place "),
        "{verified}"
    );
}

#[test]
fn broken_json_input_names_line_and_column_on_every_path() {
    let env = Env::new();
    env.json(&["namespace", "set", "ns", "a", "1"]);
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let before = env.store_bytes();
    // A document broken at line 52, column 3.
    let mut doc = String::from("{\n");
    for i in 0..50 {
        doc.push_str(&format!("  \"k{i}\": {i},\n"));
    }
    doc.push_str("  bad: 1\n}\n");
    let file = env.write("doc.json", &doc);
    let file = file.to_str().unwrap();
    let message = |args: &[&str], stdin: &str| {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        let out = env.run_stdin(&full, stdin);
        assert_eq!(code(&out), 65, "{args:?}: {}", stderr(&out));
        crate::common::error_doc(&out)["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for args in [
        &["namespace", "merge", "ns", file][..],
        &["namespace", "replace", "ns", file],
        &["session", "configure", "s", file],
    ] {
        let m = message(args, "");
        assert!(
            m.contains("doc.json: invalid JSON at line 52, column 3: key must be a string"),
            "{args:?}: {m}"
        );
    }
    assert!(message(&["namespace", "merge", "ns", "-"], &doc)
        .contains("stdin: invalid JSON at line 52, column 3"));
    assert!(
        message(&["namespace", "set", "ns", "k", "--file", file], "")
            .contains("is not valid JSON (at line 52, column 3)")
    );
    assert!(message(&["namespace", "set", "ns", "k", "{\"a\": x}"], "")
        .contains("is not valid JSON (at line 1, column 7)"));
    assert!(message(
        &["feed", "add", "f", "--actor", "1", "--verb", "1", "--object", "1", "--extra", "{x"],
        ""
    )
    .contains("--extra is not valid JSON (at line 1, column 2)"));

    let ndjson = "{\"namespace\":\"ns\",\"key\":\"b\",\"value\":1}\n{\"namespace\": x}\n";
    assert!(message(&["namespace", "import"], ndjson)
        .contains("record 2 (line 2, column 15): invalid JSON"));
    let array = "[{\"namespace\":\"ns\",\"key\":\"b\",\"value\":1},\n  {x}]";
    assert!(message(&["namespace", "import"], array)
        .contains("stdin (line 2, column 4): invalid JSON array"));
    assert!(message(
        &["feed", "add-many", "f", "-"],
        "{\"actor\": 1,\n \"verb\": 3, x}"
    )
    .contains("record 1 (line 2, column 13): invalid JSON"));
    assert!(message(
        &["comment", "add", "--from", "-"],
        "{\"node\": \"N\", \"text\": \"t\"}\n{\"node\": }\n"
    )
    .contains("record 2 (line 2, column 10): invalid JSON"));
    let out = env.run_stdin(
        &["batch", "-"],
        "{\"cmd\": [\"namespace\", \"list\"]}\n{\"cmd\": [x]}\n",
    );
    assert_eq!(code(&out), 65);
    assert!(
        stderr(&out).contains("batch stopped at line 2: invalid JSON at column 10"),
        "{}",
        stderr(&out)
    );
    assert!(
        env.store_bytes() == before,
        "a refused input changed the store"
    );
}

#[test]
fn negative_numbers_are_values_wherever_a_value_is_expected() {
    let env = Env::new();
    for value in ["-1", "-0", "-0.0", "-1E5", "-2.5e-3"] {
        env.json(&["namespace", "set", "ns", "k", value]);
        assert_eq!(
            stdout(&env.run(&["namespace", "get", "ns", "k"])),
            format!("{value}\n")
        );
    }
    env.json(&["namespace", "set", "ns", "--dry-run", "k", "-7"]);
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    env.json(&["comment", "add", "--node", "N", "--text", "t"]);
    assert_eq!(
        env.json(&["--as", "u", "vote", "1", "-1"])["value"],
        json!(-1)
    );
    assert_eq!(
        env.json(&["--as", "u", "vote", "cast", "1", "-1"])["value"],
        json!(-1)
    );
    // A negative comment id is a value too: not found, not a usage error.
    assert_eq!(code(&env.run(&["--as", "u", "vote", "-1", "1"])), 3);
    assert_eq!(code(&env.run(&["comment", "show", "-5"])), 3);
    // A negative id reaches the feeds face, which names it (65), instead of clap (2).
    let out = env.run(&["feed", "slice", "f", "--gt", "-1"]);
    assert_eq!(code(&out), 65, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not an activity id"),
        "{}",
        stderr(&out)
    );
    // In a batch line as on the command line.
    let out = env.run_stdin(
        &["batch", "-"],
        "{\"cmd\": [\"namespace\", \"set\", \"ns\", \"b\", \"-1E5\"]}\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&env.run(&["namespace", "get", "ns", "b"])), "-1E5\n");
    // Options and --help keep working in those places.
    let help = env.run(&["namespace", "set", "ns", "k", "-1", "--help"]);
    assert_eq!(code(&help), 0);
    assert!(stdout(&help).contains("Usage: storectl namespace set"));
    assert_eq!(code(&env.run(&["namespace", "set", "ns", "k", "-x"])), 65);
    env.json(&["namespace", "set", "ns", "k", "--string", "-x"]);
    assert_eq!(env.json(&["namespace", "get", "ns", "k"]), json!("-x"));
    // VALUE takes what starts with '-'; a mistyped option is named in the hint.
    let out = env.run(&["--format", "table", "namespace", "set", "ns", "k", "--nope"]);
    assert_eq!(code(&out), 65);
    assert!(
        stderr(&out).contains("--nope is not an option of `namespace set`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn numbers_come_back_exactly_as_written() {
    let env = Env::new();
    let numbers = [
        "0",
        "42",
        "123456789012345678901234567890",
        "-123456789012345678901234567890",
        "-0",
        "-0.0",
        "1.50",
        "1E5",
        "1e5",
        "1E+5",
        "1e-7",
        "-2.5E-300",
    ];
    for (i, n) in numbers.iter().enumerate() {
        let key = format!("k{i}");
        env.json(&["namespace", "set", "ns", &key, n]);
        for format in ["json", "tsv"] {
            assert_eq!(
                stdout(&env.run(&["--format", format, "namespace", "get", "ns", &key])),
                format!("{n}\n"),
                "{format}"
            );
        }
    }
    let doc = format!(
        "{{\"all\": [{}], \"nested\": {{\"x\": 1E5}}}}",
        numbers.join(", ")
    );
    let compact = format!("[{}]", numbers.join(","));
    env.json_stdin(&["namespace", "merge", "m", "-"], &doc);
    env.json_stdin(&["namespace", "replace", "r", "-"], &doc);
    for ns in ["m", "r"] {
        assert_eq!(
            stdout(&env.run(&["namespace", "get", ns, "all"])),
            format!("{compact}\n")
        );
    }
    let dump = stdout(&env.run(&["namespace", "dump", "m"]));
    assert!(dump.contains(&format!("\"all\": {compact}")), "{dump}");
    assert!(dump.contains("\"nested\": {\"x\":1E5}"), "{dump}");
    let export = stdout(&env.run(&["namespace", "export", "m"]));
    assert!(export.contains(&format!("\"value\":{compact}")), "{export}");
    // Export, import elsewhere, export again: the same text.
    let other = Env::new();
    other.json_stdin(&["namespace", "import"], &export);
    assert_eq!(stdout(&other.run(&["namespace", "export", "m"])), export);
    let table = stdout(&env.run(&["--format", "table", "namespace", "get", "m", "nested"]));
    assert!(table.contains("1E5"), "{table}");

    env.json_stdin(
        &["feed", "add-many", "f", "-"],
        "{\"actor\": 1, \"verb\": 3, \"object\": 1, \"time\": 1000, \"extra_context\": {\"e\": 1E5, \"z\": -0.0}}\n",
    );
    let slice = stdout(&env.run(&["feed", "slice", "f"]));
    assert!(
        slice.contains("\"extra_context\":{\"e\":1E5,\"z\":-0.0}"),
        "{slice}"
    );
    env.json(&[
        "feed",
        "add",
        "g",
        "--actor",
        "1",
        "--verb",
        "3",
        "--object",
        "2",
        "--extra",
        "{\"e\": 2E5}",
    ]);
    let slice = stdout(&env.run(&["feed", "slice", "g"]));
    assert!(slice.contains("\"extra_context\":{\"e\":2E5}"), "{slice}");
    // What a changing command prints carries the numbers as written, too.
    let added = stdout(&env.run(&[
        "--json",
        "feed",
        "add",
        "h",
        "--actor",
        "1",
        "--verb",
        "3",
        "--object",
        "2",
        "--extra",
        "{\"e\": 3E5}",
    ]));
    assert!(added.contains("\"extra_context\":{\"e\":3E5}"), "{added}");
    let id = parse_json(added.as_bytes())["id"]
        .as_str()
        .unwrap()
        .to_string();
    let got = stdout(&env.run(&["--json", "feed", "activity", "get", &id]));
    assert!(got.contains("\"e\":3E5"), "{got}");

    // Session kwargs: kept through fire, the stored instance, finish's result.
    env.json_stdin(
        &["session", "configure", "u"],
        "{\"a\": {\"after\": [\"d\"], \"run\": \"x\"}}",
    );
    let fired = stdout(&env.run(&[
        "--json",
        "session",
        "fire",
        "u",
        "d",
        "--kwargs",
        "{\"n\": 4E5}",
    ]));
    assert!(fired.contains("\"n\":4E5"), "{fired}");
    let instance = stdout(&env.run(&["--json", "session", "instance", "u", "a#0"]));
    assert!(
        instance.contains("\"kwargs\":{\"d\":{\"n\":4E5}}"),
        "{instance}"
    );
    env.json(&["session", "finish", "u", "a#0", "--result", "{\"r\": 5E5}"]);
    let instance = stdout(&env.run(&["--json", "session", "instance", "u", "a#0"]));
    assert!(
        instance.contains("\"r\":5E5") && instance.contains("\"n\":4E5"),
        "{instance}"
    );
}

/// A terminal nobody sized (0 columns: `script`, some containers) gets tables at their natural
/// width, not squeezed to one character per line.
#[cfg(unix)]
#[test]
fn a_terminal_that_reports_no_size_gets_whole_tables() {
    let env = Env::new();
    env.json(&["namespace", "set", "settings", "colour", "\"blue\""]);
    let storectl = env.std_cmd();
    // The same clean environment, running bash, which zeroes the terminal's size first.
    let mut bash = Command::new("bash");
    bash.arg("-c").arg(format!(
        "stty cols 0 rows 0 < /dev/tty && exec '{}' namespace dump settings",
        storectl.get_program().to_str().unwrap()
    ));
    for (k, v) in storectl.get_envs() {
        match v {
            Some(v) => bash.env(k, v),
            None => bash.env_remove(k),
        };
    }
    if let Some(dir) = storectl.get_current_dir() {
        bash.current_dir(dir);
    }
    let screen = crate::terminal::run(bash, std::time::Duration::from_secs(30));
    assert!(
        screen
            .iter()
            .any(|l| l.contains("colour") && l.contains("blue")),
        "{}",
        screen.join("\n")
    );
}

/// A face's hint is a fix (data); the CLI words it, the same way under every format and in
/// `batch`, quoting what the shell would need quoted.
#[test]
fn a_face_fix_is_worded_by_the_cli_in_json_text_and_batch() {
    let env = Env::new();
    env.json(&["namespace", "set", "my ns", "a", "1"]);
    let hint = "list the keys with: storectl namespace keys 'my ns'";
    let out = env.run(&["namespace", "get", "my ns", "k"]);
    assert_eq!(code(&out), 3);
    assert_eq!(crate::common::error_doc(&out)["hint"], hint);
    let out = env.run(&["--format", "table", "namespace", "get", "my ns", "k"]);
    assert!(
        stderr(&out).ends_with(&format!("(hint: {hint})\n")),
        "{}",
        stderr(&out)
    );
    let out = env.run_stdin(
        &["batch"],
        "{\"cmd\": [\"namespace\", \"get\", \"my ns\", \"k\"]}\n",
    );
    let line: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(line["error"]["hint"], hint, "{line}");
    assert_eq!(crate::common::error_doc(&out)["hint"], hint);
}
