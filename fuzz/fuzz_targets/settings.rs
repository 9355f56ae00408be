//! The TOML settings loader (`settings`): `parse_config_text` on its own, then `resolve` with
//! the text as the config file (found through `STORECTL_CONFIG`, as a user's would be) and with
//! every `STORECTL_*` variable taken from the input too, then what the commands build from the
//! result (feed verbs, the ACL configuration).
//!
//! Input: the config file text, optionally followed by a NUL and `NAME=value` lines that act as
//! the environment.
#![no_main]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[path = "../common/scratch.rs"]
mod scratch;

use libfuzzer_sys::fuzz_target;
use storectl::error::Kind;
use storectl::faces::acl::AclConfig;
use storectl::faces::feeds::Verbs;
use storectl::settings::{parse_config_text, resolve, Inputs};

thread_local! {
    static CONFIG: PathBuf = scratch::path("settings", ".toml");
}

fn check_error(e: &storectl::error::Error) {
    assert!(
        matches!(e.kind(), Kind::Config | Kind::Usage),
        "{:?}: {e}",
        e.kind()
    );
    assert!(!e.message().is_empty());
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (file, env_text) = text.split_once('\0').unwrap_or((text, ""));
    match parse_config_text(file, Path::new("fuzz.toml")) {
        Ok(values) => {
            for (_, _, line) in &values {
                assert!(*line >= 1 && *line <= file.lines().count().max(1));
            }
        }
        Err(e) => check_error(&e),
    }

    let mut env: HashMap<String, String> = env_text
        .lines()
        .filter_map(|l| l.split_once('='))
        .filter(|(k, _)| *k != "STORECTL_CONFIG")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    CONFIG.with(|path| {
        std::fs::write(path, file).expect("write config");
        env.insert("STORECTL_CONFIG".to_string(), path.display().to_string());
        let lookup = |name: &str| env.get(name).cloned();
        let settings = match resolve(Inputs {
            config_flag: None,
            flags: Vec::new(),
            env: &lookup,
            config_dir: None,
            data_dir: Some(PathBuf::from("/nonexistent")),
        }) {
            Ok(s) => s,
            Err(e) => return check_error(&e),
        };
        if let Err(e) = Verbs::new(&settings.feeds.verbs) {
            check_error(&e);
        }
        let a = &settings.acl;
        let _ = AclConfig {
            rights_before: a.rights_before.clone(),
            rights_default: a.rights_default.clone(),
            rights_after: a.rights_after.clone(),
            hierarchic: a.hierarchic,
            trusted: a.trusted.clone(),
            group_regex: a.group_regex.clone(),
        }
        .validate();
        for r in &settings.resolved {
            if let Some(v) = &r.value {
                let _ = (v.to_string(), v.to_json(), r.source.to_string());
            }
        }
    });
});
