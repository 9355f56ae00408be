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
