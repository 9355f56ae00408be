//! moin logs a user by the id of their profile; `item history` and `item log` show the name a
//! profile gives the id (`user_name`), and keep the id (`userid`) in JSON.

use serde_json::{json, Value};

use crate::common::{code, moin16_env, stderr, Env};

const ID: &str = "1346807238.23.43355";

/// A data dir with Alice's profile, a page she saved, and a save by an id without a profile.
fn data_dir(env: &Env) -> std::path::PathBuf {
    let data = env.path("wiki/data");
    let page = data.join("pages/Home");
    std::fs::create_dir_all(page.join("revisions")).unwrap();
    std::fs::create_dir_all(data.join("user")).unwrap();
    std::fs::write(data.join("meta"), "data_format_revision: 1091100").unwrap();
    std::fs::write(data.join("user").join(ID), "name=Alice\n").unwrap();
    std::fs::write(page.join("revisions/00000001"), "one\r\n").unwrap();
    std::fs::write(page.join("revisions/00000002"), "two\r\n").unwrap();
    std::fs::write(page.join("current"), "00000002\n").unwrap();
    let log = format!(
        "1346807238000000\t00000001\tSAVENEW\tHome\t10.0.0.1\thost\t{ID}\t\t\n\
         1346807239000000\t00000002\tSAVE\tHome\t10.0.0.1\thost\t1346800000.1.1\t\t\n"
    );
    std::fs::write(page.join("edit-log"), &log).unwrap();
    std::fs::write(data.join("edit-log"), &log).unwrap();
    data
}

fn who(rows: &Value) -> Vec<(Value, Value)> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| (r["userid"].clone(), r["user_name"].clone()))
        .collect()
}

fn check(env: &Env) {
    let expected = vec![
        (json!("1346800000.1.1"), Value::Null),
        (json!(ID), json!("Alice")),
    ];
    assert_eq!(who(&env.json(&["item", "history", "Home"])), expected);
    assert_eq!(who(&env.json(&["item", "log", "Home"])), expected);
    assert_eq!(who(&env.json(&["item", "log"])), expected);
    // Tables and TSV show the name, not the id.
    let out = env.run(&["--format", "tsv", "item", "history", "Home"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.contains("\tAlice\t") && !tsv.contains(ID), "{tsv}");
    // `item show` names her too: by name in its sentence, both in JSON.
    let shown = env.json(&["item", "show", "Home", "--rev", "1"]);
    assert_eq!(shown["metadata"]["userid"], json!(ID));
    assert_eq!(shown["metadata"]["user_name"], json!("Alice"));
    let out = env.run(&["--format", "table", "item", "show", "Home", "--rev", "1"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().next().unwrap().ends_with(" by Alice"),
        "{text}"
    );
}

#[test]
fn history_and_log_name_the_moin_user_after_a_migration() {
    let env = Env::new().with_var("STORECTL_ACL_ENFORCE", "false");
    let data = data_dir(&env);
    let out = env.run(&["migrate", "moin16", data.to_str().unwrap(), "--users"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    check(&env);
    // A storectl user's name is its own name.
    env.json_stdin(&["--as", "bob", "item", "put", "Home", "-"], "three\n");
    let rows = env.json(&["item", "history", "Home"]);
    assert_eq!(rows[0]["userid"], json!("bob"));
    assert_eq!(rows[0]["user_name"], json!("bob"));
}

#[test]
fn history_and_log_name_the_moin_user_on_a_live_data_dir() {
    let (env, _) = moin16_env();
    let env = env.with_var("STORECTL_ACL_ENFORCE", "false");
    data_dir(&env);
    check(&env);
}
