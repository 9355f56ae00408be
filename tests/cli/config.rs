//! Settings: where the config file is found, precedence, errors naming file, line and key.

use serde_json::{json, Value};

use crate::common::{code, error_doc, stderr, Env};

fn setting(show: &Value, name: &str) -> Value {
    show.as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no setting {name} in {show}"))
}

#[test]
fn config_show_names_every_source() {
    let env = Env::new();
    let file = env.write(
        "my.toml",
        "format = \"json\"\n\n[sqlite]\nbusy_timeout_ms = 250\n",
    );
    let show = env.json(&[
        "--config",
        file.to_str().unwrap(),
        "config",
        "show",
        "--quiet",
    ]);
    assert_eq!(
        setting(&show, "store")["source"],
        json!("env STORECTL_STORE")
    );
    let busy = setting(&show, "sqlite.busy_timeout_ms");
    assert_eq!(busy["value"], json!(250));
    assert_eq!(busy["source"], json!(format!("file {}:4", file.display())));
    assert_eq!(busy["env"], json!("STORECTL_SQLITE_BUSY_TIMEOUT_MS"));
    assert_eq!(setting(&show, "quiet")["source"], json!("flag --quiet"));
    assert_eq!(setting(&show, "color")["source"], json!("default"));
    let show = env
        .cmd()
        .args([
            "--config",
            file.to_str().unwrap(),
            "config",
            "show",
            "--store",
            "flag.db",
        ])
        .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "99")
        .output()
        .unwrap();
    let show: Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(setting(&show, "sqlite.busy_timeout_ms")["value"], json!(99));
    assert_eq!(setting(&show, "store")["value"], json!("flag.db"));
    assert_eq!(setting(&show, "store")["source"], json!("flag --store"));
}

#[test]
fn config_file_is_found_by_env_then_local_then_user_dir() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("xdg-config/storectl")).unwrap();
    env.write("xdg-config/storectl/config.toml", "color = \"never\"\n");
    let show = env.json(&["config", "show"]);
    assert!(setting(&show, "color")["source"]
        .as_str()
        .unwrap()
        .contains("xdg-config/storectl/config.toml:1"));
    env.write("storectl.toml", "color = \"always\"\n");
    let show = env.json(&["config", "show"]);
    assert_eq!(setting(&show, "color")["value"], json!("always"));
    let other = env.write("other.toml", "quiet = true\n");
    let out = env
        .cmd()
        .args(["config", "show"])
        .env("STORECTL_CONFIG", &other)
        .output()
        .unwrap();
    let show: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(setting(&show, "quiet")["value"], json!(true));
    assert_eq!(setting(&show, "color")["source"], json!("default"));
    let out = env
        .cmd()
        .args(["config", "show"])
        .env("STORECTL_CONFIG", env.path("nope.toml"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 66);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("STORECTL_CONFIG"));
}

#[test]
fn unknown_key_is_exit_78_naming_file_line_and_key_and_the_store_is_untouched() {
    let env = Env::new();
    let file = env.write(
        "bad.toml",
        "# comment\nformat = \"json\"\n[sqlite]\nbusy_timeot_ms = 5\n",
    );
    let out = env.run(&[
        "--config",
        file.to_str().unwrap(),
        "namespace",
        "set",
        "ns",
        "k",
        "1",
    ]);
    assert_eq!(code(&out), 78);
    let err = error_doc(&out);
    assert_eq!(err["kind"], "config");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("{}:4", file.display())),
        "{message}"
    );
    assert!(message.contains("\"busy_timeot_ms\""), "{message}");
    assert!(err["hint"].as_str().unwrap().contains("busy_timeout_ms"));
    assert!(
        !env.store.exists(),
        "the store was created despite the bad config"
    );

    let file = env.write("bad2.toml", "[nosuch]\nx = 1\n");
    let out = env.run(&["--config", file.to_str().unwrap(), "config", "show"]);
    assert_eq!(code(&out), 78);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("unknown section [nosuch]"));
}

#[test]
fn bad_values_and_bad_toml_are_exit_78() {
    let env = Env::new();
    for (text, needle) in [
        ("format = \"xml\"\n", ":1: bad value for key \"format\""),
        ("quiet = \"yes\"\n", ":1: bad value for key \"quiet\""),
        (
            "\n[sqlite]\nbusy_timeout_ms = \"5s\"\n",
            ":3: bad value for key \"sqlite.busy_timeout_ms\"",
        ),
        ("store = \n", ":1: invalid TOML"),
    ] {
        let file = env.write("v.toml", text);
        let out = env.run(&["--config", file.to_str().unwrap(), "config", "show"]);
        assert_eq!(code(&out), 78, "{text}");
        let message = error_doc(&out)["message"].as_str().unwrap().to_string();
        assert!(message.contains(needle), "{text:?}: {message}");
    }
    let out = env
        .cmd()
        .args(["config", "show"])
        .env("STORECTL_FORMAT", "yaml")
        .output()
        .unwrap();
    assert_eq!(code(&out), 78);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("STORECTL_FORMAT"));
    assert_eq!(
        code(&env.run(&["--config", "missing.toml", "config", "show"])),
        66
    );
}

#[test]
fn config_init_writes_a_commented_example_that_loads() {
    let env = Env::new();
    let report = env.json(&["config", "init"]);
    assert_eq!(report["written"], json!("storectl.toml"));
    let text = std::fs::read_to_string(env.path("storectl.toml")).unwrap();
    for needle in [
        "#store = ",
        "[sqlite]",
        "STORECTL_SQLITE_BUSY_TIMEOUT_MS",
        "#busy_timeout_ms = 5000",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    let show = env.json(&["config", "show"]);
    assert_eq!(setting(&show, "format")["source"], json!("default"));
    assert_eq!(code(&env.run(&["config", "init"])), 4);
    env.json(&["config", "init", "--force"]);
    let out = env.run(&["config", "init", "-"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), text);
}

#[test]
fn acl_settings_moin_would_fail_on_are_configuration_errors() {
    let env = Env::new();
    for (toml, says) in [
        ("[acl]\ngroup_regex = \"(unclosed\"\n", "group_regex"),
        (
            "[acl]\nrights_default = \"Default Known:read\"\n",
            "Default",
        ),
    ] {
        let config = env.write("acl.toml", toml);
        let out = env.run(&["--config", config.to_str().unwrap(), "item", "list"]);
        assert_eq!(code(&out), 78, "{toml}");
        assert!(stderr(&out).contains(says), "{toml}: {}", stderr(&out));
    }
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A hidden comment through a config file in the current directory whose moderation command
/// leaves a mark: whether that command ran, and the command's outcome.
fn hidden_comment_with_local_config(env: &Env) -> (bool, std::process::Output) {
    let mark = env.path("pwned");
    let _ = std::fs::remove_file(&mark);
    let out = env.run(&[
        "--as", "eve", "comment", "add", "--node", "N", "--text", "x", "--hidden",
    ]);
    (mark.exists(), out)
}

#[test]
#[cfg(unix)]
fn a_config_file_others_may_write_or_own_is_refused_with_78_and_runs_nothing() {
    let env = Env::new();
    env.json(&["node", "add", "N", "--document", "d", "--source", "s"]);
    let local = env.write(
        "storectl.toml",
        "[comments]\nmoderation_command = \"touch pwned\"\n",
    );
    // Yours and 0644: used, and its command runs.
    let (ran, out) = hidden_comment_with_local_config(&env);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(ran);
    for (mode, who) in [
        (0o664, "its group"),
        (0o646, "others"),
        (0o666, "group and others"),
    ] {
        chmod(&local, mode);
        let (ran, out) = hidden_comment_with_local_config(&env);
        assert_eq!(code(&out), 78, "mode {mode:o}");
        assert!(!ran, "mode {mode:o}: the command ran");
        let err = error_doc(&out);
        let message = err["message"].as_str().unwrap();
        assert!(
            message.contains("storectl.toml") && message.contains(&format!("writable by {who}")),
            "{message}"
        );
        assert!(
            err["hint"].as_str().unwrap().contains("chmod go-w"),
            "{err}"
        );
    }
    // The same rule for a file named by --config.
    let named = env.write("named.toml", "quiet = true\n");
    chmod(&named, 0o666);
    let out = env.run(&["--config", named.to_str().unwrap(), "config", "show"]);
    assert_eq!(code(&out), 78);
    chmod(&local, 0o644);
    // Owned by someone else (only root can give a file away).
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        crate::common::test_skip::skip("not root: cannot make a config file owned by another user");
        return;
    }
    std::os::unix::fs::chown(&local, Some(65534), None).unwrap();
    let (ran, out) = hidden_comment_with_local_config(&env);
    assert_eq!(code(&out), 78);
    assert!(!ran);
    let err = error_doc(&out);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("owned by uid 65534"),
        "{err}"
    );
    assert!(err["hint"].as_str().unwrap().contains("chown"), "{err}");
}

#[test]
fn a_config_file_from_the_current_directory_is_named_on_stderr() {
    let env = Env::new();
    env.write("storectl.toml", "color = \"never\"\n");
    let out = env.run(&["namespace", "list"]);
    assert_eq!(code(&out), 66, "no store yet: {}", stderr(&out));
    let expected = format!(
        "note: using config file {} from the current directory",
        env.path("storectl.toml").display()
    );
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    let out = env.run(&["--quiet", "namespace", "list"]);
    assert!(!stderr(&out).contains("note:"), "{}", stderr(&out));
    let out = env.run(&["config", "show"]);
    assert_eq!(code(&out), 0);
    assert!(
        stderr(&out).contains("config file: storectl.toml (from the current directory)"),
        "{}",
        stderr(&out)
    );
    let file = env.write("other.toml", "quiet = true\n");
    let out = env.run(&["--config", file.to_str().unwrap(), "config", "show"]);
    assert!(
        stderr(&out).contains(&format!("config file: {} (from --config)", file.display())),
        "{}",
        stderr(&out)
    );
}

#[test]
fn numeric_settings_out_of_range_are_78_naming_the_setting_and_the_range() {
    let env = Env::new();
    for (var, value, says) in [
        (
            "STORECTL_SQLITE_BUSY_TIMEOUT_MS",
            "2147483648",
            "sqlite.busy_timeout_ms must be an integer from 0 to 2147483647",
        ),
        (
            "STORECTL_SQLITE_BUSY_TIMEOUT_MS",
            "99999999999999999999999",
            "from 0 to 2147483647",
        ),
        (
            "STORECTL_FEEDS_MAX_LENGTH",
            "9223372036854775808",
            "feeds.max_length must be an integer from 0 to 9223372036854775807",
        ),
        (
            "STORECTL_FEEDS_VERBS",
            "share=1000",
            "feeds.verbs must be an integer from 0 to 999",
        ),
    ] {
        let out = env
            .cmd()
            .args(["namespace", "get", "ns", "k"])
            .env(var, value)
            .output()
            .unwrap();
        assert_eq!(code(&out), 78, "{var}={value}: {}", stderr(&out));
        let message = error_doc(&out)["message"].as_str().unwrap().to_string();
        assert!(message.contains(says) && message.contains(var), "{message}");
    }
    for (text, says) in [
        (
            "[sqlite]\nbusy_timeout_ms = 4294967296\n",
            "sqlite.busy_timeout_ms must be an integer from 0 to 2147483647",
        ),
        (
            "[feeds]\nmax_length_by_prefix = { \"a:\" = 9223372036854775808 }\n",
            "from 0 to 9223372036854775807",
        ),
    ] {
        let file = env.write("range.toml", text);
        let out = env.run(&[
            "--config",
            file.to_str().unwrap(),
            "namespace",
            "get",
            "ns",
            "k",
        ]);
        assert_eq!(code(&out), 78, "{text}");
        let message = error_doc(&out)["message"].as_str().unwrap().to_string();
        assert!(
            message.contains(says) && message.contains("range.toml:"),
            "{message}"
        );
    }
    // The largest value is accepted, and waits that long at most (here: not at all).
    env.json(&["namespace", "set", "ns", "k", "1"]);
    let out = env
        .cmd()
        .args(["namespace", "get", "ns", "k"])
        .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "2147483647")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn a_leading_tilde_in_store_paths_from_env_and_config_is_home() {
    let env = Env::new();
    // HOME is the env's dir.
    let out = env
        .cmd()
        .args(["namespace", "set", "ns", "k", "1"])
        .env("STORECTL_STORE", "~/from-env.db")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(env.path("from-env.db").is_file());
    let config = env.write("t.toml", "store = \"sqlite:~/from-config.db\"\n");
    let out = env
        .cmd()
        .args([
            "--config",
            config.to_str().unwrap(),
            "namespace",
            "set",
            "ns",
            "k",
            "1",
        ])
        .env_remove("STORECTL_STORE")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(env.path("from-config.db").is_file());
    let show: Value = serde_json::from_slice(
        &env.cmd()
            .args(["--config", config.to_str().unwrap(), "config", "show"])
            .env_remove("STORECTL_STORE")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        setting(&show, "store")["value"],
        json!(format!("sqlite:{}", env.path("from-config.db").display()))
    );
    // moin16:~/... too: the data dir is found (an empty wiki lists no items).
    for dir in ["wiki/data/pages", "wiki/data/user"] {
        std::fs::create_dir_all(env.path(dir)).unwrap();
    }
    std::fs::write(env.path("wiki/data/meta"), "data_format_revision: 1091100").unwrap();
    let out = env
        .cmd()
        .args(["item", "list"])
        .env("STORECTL_STORE", "moin16:~/wiki/data")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Only a leading ~/ or ~ alone: ~user and a ~ inside stay as written.
    let out = env
        .cmd()
        .args(["config", "show"])
        .env("STORECTL_STORE", "./a~/~b.db")
        .output()
        .unwrap();
    let show: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(setting(&show, "store")["value"], json!("./a~/~b.db"));
}
