//! The items face: spec/items.md's conformance scenarios, ACLs through the binary, locks,
//! bad input, binary data and concurrency.

use serde_json::{json, Value};

use crate::common::{code, error_doc, run_workers_at_once, stderr, Env};

/// A pure admin store: ACLs off (the ACL tests below turn them on).
fn admin(env: Env) -> Env {
    env.with_var("STORECTL_ACL_ENFORCE", "false")
}

// spec/items.md's conformance scenarios, on both backends: the face rules (ACLs, locks,
// numbering) are the same code whether items live in SQLite or in a moin data dir.
on_both_backends!(
    scenario_put_twice_gives_two_revisions_and_history_is_newest_first,
    scenario_delete_hides_and_put_revives,
    scenario_rename_moves_history_and_attachments,
    scenario_revert_stores_an_old_revisions_bytes,
    scenario_rev_expected_mismatch_is_exit_4_and_writes_nothing,
    scenario_locks_block_other_owners_until_released_or_expired,
    copy_keeps_history_and_destroy_removes_everything,
    eight_processes_putting_50_revisions_each_number_them_without_gaps_or_duplicates,
    users_make_names_known,
    acl_decisions_through_the_binary,
    acl_and_can_answer_for_an_item_that_does_not_exist_yet,
);

// On PostgreSQL too, and the rest of this module on SQLite and PostgreSQL.
on_postgres!(
    scenario_put_twice_gives_two_revisions_and_history_is_newest_first,
    scenario_delete_hides_and_put_revives,
    scenario_rename_moves_history_and_attachments,
    scenario_revert_stores_an_old_revisions_bytes,
    scenario_rev_expected_mismatch_is_exit_4_and_writes_nothing,
    scenario_locks_block_other_owners_until_released_or_expired,
    copy_keeps_history_and_destroy_removes_everything,
    eight_processes_putting_50_revisions_each_number_them_without_gaps_or_duplicates,
    users_make_names_known,
    acl_decisions_through_the_binary,
    acl_and_can_answer_for_an_item_that_does_not_exist_yet,
    lock_wait_break_and_namespace_locks,
    binary_data_round_trips_byte_exact_through_put_and_show_raw,
    list_filters_and_full_text_search,
    edit_log_per_item_and_global,
    processing_instructions_become_metadata_and_acl_changes_need_admin,
);
mod more {
    on_sqlite_and_postgres!(
        lock_wait_break_and_namespace_locks,
        binary_data_round_trips_byte_exact_through_put_and_show_raw,
        list_filters_and_full_text_search,
        edit_log_per_item_and_global,
        processing_instructions_become_metadata_and_acl_changes_need_admin,
    );
    use super::{
        binary_data_round_trips_byte_exact_through_put_and_show_raw, edit_log_per_item_and_global,
        list_filters_and_full_text_search, lock_wait_break_and_namespace_locks,
        processing_instructions_become_metadata_and_acl_changes_need_admin,
    };
}

/// Writes as an administrator in a store that enforces ACLs.
fn admin_put(env: &Env, name: &str, text: &str) {
    let out = env
        .cmd()
        .args(["item", "put", name])
        .env("STORECTL_ACL_ENFORCE", "false")
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
}

fn put(env: &Env, args: &[&str], text: &str) -> Value {
    let mut full = vec!["item", "put"];
    full.extend_from_slice(args);
    env.json_stdin(&full, text)
}

fn revisions(env: &Env, name: &str) -> Vec<u64> {
    env.json(&["item", "history", name])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_u64().unwrap())
        .collect()
}

fn scenario_put_twice_gives_two_revisions_and_history_is_newest_first(env: Env) {
    let env = admin(env);
    assert_eq!(put(&env, &["Page"], "first\n")["revision"], json!(1));
    assert_eq!(
        put(&env, &["Page", "--comment", "second save"], "second\n")["revision"],
        json!(2)
    );
    assert_eq!(
        env.json(&["item", "show", "Page", "--rev", "1"])["data"],
        json!("first\n")
    );
    let current = env.json(&["item", "show", "Page"]);
    assert_eq!(
        (current["revision"].clone(), current["data"].clone()),
        (json!(2), json!("second\n"))
    );
    assert_eq!(current["metadata"]["comment"], json!("second save"));
    assert_eq!(current["metadata"]["action"], json!("SAVE"));
    assert_eq!(revisions(&env, "Page"), vec![2, 1]);
    assert_eq!(
        env.json(&["item", "history", "Page"])[1]["action"],
        json!("SAVENEW")
    );
    assert_eq!(code(&env.run(&["item", "show", "Page", "--rev", "7"])), 3);
    assert_eq!(code(&env.run(&["item", "show", "Nope"])), 3);
}

fn scenario_delete_hides_and_put_revives(env: Env) {
    let env = admin(env);
    put(&env, &["Page"], "one\n");
    put(&env, &["Page"], "two\n");
    assert_eq!(env.json(&["item", "delete", "Page"])["revision"], json!(3));
    let shown = env.json(&["item", "show", "Page"]);
    assert_eq!(shown["metadata"]["deleted"], json!(true));
    assert_eq!(shown["data"], Value::Null);
    assert_eq!(env.json(&["item", "list"]), json!([]));
    let all = env.json(&["item", "list", "--include-deleted"]);
    assert_eq!(all[0]["name"], json!("Page"));
    assert_eq!(all[0]["deleted"], json!(true));
    let revived = put(&env, &["Page"], "three\n");
    assert_eq!(
        (revived["revision"].clone(), revived["action"].clone()),
        (json!(4), json!("SAVENEW"))
    );
    assert_eq!(env.json(&["item", "list"])[0]["revision"], json!(4));
    assert_eq!(code(&env.run(&["item", "delete", "Ghost"])), 3);
}

fn scenario_rename_moves_history_and_attachments(env: Env) {
    let env = admin(env);
    put(&env, &["A"], "v1\n");
    put(&env, &["A"], "v2\n");
    put(&env, &["A/pic.png", "--kind", "attachment"], "PNG");
    let renamed = env.json(&["item", "rename", "A", "B", "--comment", "better name"]);
    assert_eq!(
        (renamed["revision"].clone(), renamed["action"].clone()),
        (json!(3), json!("SAVE/RENAME"))
    );
    assert_eq!(code(&env.run(&["item", "show", "A"])), 3);
    assert_eq!(revisions(&env, "B"), vec![3, 2, 1]);
    let current = env.json(&["item", "show", "B"]);
    assert_eq!(current["metadata"]["extra"], json!("A"));
    assert_eq!(current["data"], json!("v2\n"));
    assert_eq!(
        env.json(&["item", "show", "B/pic.png"])["data"],
        json!("PNG")
    );
    assert_eq!(code(&env.run(&["item", "show", "A/pic.png"])), 3);
    put(&env, &["C"], "c\n");
    assert_eq!(code(&env.run(&["item", "rename", "B", "C"])), 4);
    // A lock moves with the item it locks.
    env.json(&["--as", "alice", "lock", "acquire", "item:C"]);
    env.json(&["--as", "alice", "item", "rename", "C", "D"]);
    let locks = env.json(&["lock", "list"]);
    assert_eq!(locks.as_array().unwrap().len(), 1, "{locks}");
    assert_eq!(locks[0]["resource"], json!("item:D"));
    assert_eq!(
        code(&env.run_stdin(&["--as", "bob", "item", "put", "D"], "x\n")),
        75
    );
}

fn scenario_revert_stores_an_old_revisions_bytes(env: Env) {
    let env = admin(env);
    put(&env, &["B"], "original\n");
    put(&env, &["B"], "vandalised\n");
    let reverted = env.json(&["item", "revert", "B", "--to", "1"]);
    assert_eq!(
        (reverted["revision"].clone(), reverted["action"].clone()),
        (json!(3), json!("SAVE/REVERT"))
    );
    let current = env.json(&["item", "show", "B"]);
    assert_eq!(current["data"], json!("original\n"));
    assert_eq!(current["metadata"]["extra"], json!("00000001"));
    assert_eq!(code(&env.run(&["item", "revert", "B", "--to", "9"])), 3);
}

fn scenario_rev_expected_mismatch_is_exit_4_and_writes_nothing(env: Env) {
    let env = admin(env);
    put(&env, &["P"], "1\n");
    put(&env, &["P"], "2\n");
    let out = env.run_stdin(&["item", "put", "P", "--rev-expected", "1"], "3\n");
    assert_eq!(code(&out), 4);
    assert!(error_doc(&out)["message"]
        .as_str()
        .unwrap()
        .contains("is at revision 2, not 1"));
    assert_eq!(revisions(&env, "P"), vec![2, 1]);
    assert_eq!(
        put(&env, &["P", "--rev-expected", "2"], "3\n")["revision"],
        json!(3)
    );
    assert_eq!(
        put(&env, &["New", "--rev-expected", "0"], "n\n")["revision"],
        json!(1)
    );
}

fn scenario_locks_block_other_owners_until_released_or_expired(env: Env) {
    let env = admin(env);
    put(&env, &["X"], "x\n");
    env.json(&["--as", "alice", "lock", "acquire", "item:X"]);
    let out = env.run_stdin(&["--as", "bob", "item", "put", "X"], "bob\n");
    assert_eq!(code(&out), 75);
    let err = error_doc(&out);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("item \"X\" is locked by alice"),
        "{err}"
    );
    assert!(err["hint"].as_str().unwrap().contains("storectl lock list"));
    assert_eq!(
        put(&env, &["--as", "alice", "X"], "alice\n")["revision"],
        json!(2)
    );
    assert_eq!(
        code(&env.run(&["--as", "bob", "lock", "acquire", "item:X"])),
        75
    );
    assert_eq!(
        code(&env.run(&["--as", "bob", "lock", "release", "item:X"])),
        77
    );
    env.json(&["--as", "alice", "lock", "release", "item:X"]);
    assert_eq!(
        put(&env, &["--as", "bob", "X"], "bob\n")["revision"],
        json!(3)
    );
    env.json(&["--as", "alice", "lock", "acquire", "item:X", "--ttl", "1s"]);
    assert_eq!(
        code(&env.run_stdin(&["--as", "bob", "item", "put", "X"], "b\n")),
        75
    );
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(
        put(&env, &["--as", "bob", "X"], "after expiry\n")["revision"],
        json!(4)
    );
    let listed = env.json(&["lock", "list"]);
    assert_eq!(listed[0]["expired"], json!(true));
}

fn lock_wait_break_and_namespace_locks(env: Env) {
    let env = admin(env);
    // The schema first: on an empty PostgreSQL database, creating it would eat into the 1 s lock.
    env.json(&["init"]);
    env.json(&[
        "--as",
        "alice",
        "lock",
        "acquire",
        "namespace:core",
        "--ttl",
        "1s",
    ]);
    let out = env.run(&["--as", "bob", "namespace", "set", "core", "k", "1"]);
    assert_eq!(code(&out), 75);
    let out = env.run_stdin(
        &["--as", "bob", "namespace", "import"],
        "{\"namespace\":\"core\",\"key\":\"k\",\"value\":1}\n",
    );
    assert_eq!(code(&out), 75);
    env.json(&["--as", "alice", "namespace", "set", "core", "k", "1"]);
    let waited = env.json(&[
        "--as",
        "bob",
        "lock",
        "acquire",
        "namespace:core",
        "--wait",
        "5s",
    ]);
    assert_eq!(waited["owner"], json!("bob"));
    assert_eq!(
        code(&env.run_stdin(&["lock", "break", "namespace:core"], "")),
        2
    );
    assert_eq!(
        code(&env.run(&["lock", "break", "namespace:core", "--yes"])),
        77,
        "only an administrator breaks another owner's lock"
    );
    assert_eq!(
        env.json(&["--as", "bob", "lock", "break", "namespace:core", "--yes"])["owner"],
        json!("bob")
    );
    assert_eq!(
        code(&env.run(&["lock", "acquire", "item:X"])),
        2,
        "a lock needs an owner"
    );
    assert_eq!(
        code(&env.run(&["--as", "a", "lock", "acquire", "table:X"])),
        65
    );
}

fn binary_data_round_trips_byte_exact_through_put_and_show_raw(env: Env) {
    let env = admin(env);
    let bytes: Vec<u8> = (0..=255u8).chain([0, 0xff, 0xfe, b'\r', b'\n']).collect();
    let file = env.path("blob.bin");
    std::fs::write(&file, &bytes).unwrap();
    env.json(&[
        "item",
        "put",
        "Page/blob.bin",
        file.to_str().unwrap(),
        "--kind",
        "attachment",
    ]);
    let out = env.run(&["item", "show", "Page/blob.bin", "--raw"]);
    assert_eq!(code(&out), 0);
    assert_eq!(out.stdout, bytes);
    let shown = env.json(&["item", "show", "Page/blob.bin"]);
    assert!(shown["data"]["$base64"].is_string());
    assert_eq!(
        shown["metadata"]["mimetype"],
        json!("application/octet-stream")
    );
    // A page's text must be UTF-8 and is kept exactly, CRLF included.
    let out = env.run(&["item", "put", "Binary", file.to_str().unwrap()]);
    assert_eq!(code(&out), 65);
    put(&env, &["Crlf"], "line one\r\nline two\r\n");
    assert_eq!(
        env.run(&["item", "show", "Crlf", "--raw"]).stdout,
        b"line one\r\nline two\r\n"
    );
}

fn list_filters_and_full_text_search(env: Env) {
    let env = admin(env);
    put(&env, &["HelpOnEditing"], "How to edit a wiki page.\n");
    put(
        &env,
        &["HelpOnEditing/SubPages"],
        "Subpages are pages below a page.\n",
    );
    put(
        &env,
        &["FrontPage"],
        "Welcome. Nothing about editing here.\n",
    );
    put(
        &env,
        &["FrontPage/logo.png", "--kind", "attachment"],
        "edit edit edit",
    );
    let names = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["item", "list"];
        full.extend_from_slice(args);
        env.json(&full)
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(&["--prefix", "HelpOn"]),
        vec!["HelpOnEditing", "HelpOnEditing/SubPages"]
    );
    assert_eq!(names(&["--kind", "attachment"]), vec!["FrontPage/logo.png"]);
    assert_eq!(names(&["--search", "edit"]), vec!["HelpOnEditing"]);
    assert_eq!(
        names(&["--search", "page"]),
        vec!["HelpOnEditing", "HelpOnEditing/SubPages"]
    );
    assert_eq!(names(&["--search", "\"unbalanced"]), Vec::<String>::new());
    env.json(&[
        "item",
        "meta",
        "FrontPage",
        "--set",
        "reviewed=true",
        "--set",
        "owner=ops",
    ]);
    assert_eq!(names(&["--meta", "reviewed=true"]), vec!["FrontPage"]);
    assert_eq!(
        env.json(&["item", "meta", "FrontPage", "--unset", "owner"]),
        json!({"reviewed": true})
    );
    assert_eq!(
        names(&["--changed-since", "2100-01-01T00:00:00Z"]),
        Vec::<String>::new()
    );
    // Search follows the current revision only.
    assert_eq!(names(&["--search", "welcome"]), vec!["FrontPage"]);
    put(&env, &["FrontPage"], "Now it is about wiki syntax.\n");
    assert_eq!(names(&["--search", "welcome"]), Vec::<String>::new());
    assert_eq!(
        names(&["--search", "wiki"]),
        vec!["FrontPage", "HelpOnEditing"]
    );
    env.json(&["item", "delete", "FrontPage"]);
    assert_eq!(names(&["--search", "wiki"]), vec!["HelpOnEditing"]);
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn edit_log_per_item_and_global(env: Env) {
    let env = admin(env);
    put(&env, &["--as", "alice", "A"], "a1\n");
    put(&env, &["--as", "bob", "B"], "b1\n");
    put(&env, &["--as", "alice", "A"], "a2\n");
    let global = env.json(&["item", "log"]);
    let lines: Vec<(String, u64)> = global
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["name"].as_str().unwrap().to_string(),
                l["revision"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            ("A".to_string(), 2),
            ("B".to_string(), 1),
            ("A".to_string(), 1)
        ]
    );
    assert_eq!(global[0]["userid"], json!("alice"));
    assert_eq!(
        env.json(&["item", "log", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(env.json(&["item", "log", "A"]).as_array().unwrap().len(), 2);
}

fn copy_keeps_history_and_destroy_removes_everything(env: Env) {
    let env = admin(env);
    put(&env, &["Src"], "one\n");
    put(&env, &["Src"], "two\n");
    put(&env, &["Src/a.txt", "--kind", "attachment"], "att");
    env.json(&["item", "copy", "Src", "Dst"]);
    assert_eq!(revisions(&env, "Dst"), vec![2, 1]);
    assert_eq!(
        env.json(&["item", "show", "Dst/a.txt"])["data"],
        json!("att")
    );
    assert_eq!(code(&env.run_stdin(&["item", "destroy", "Src"], "")), 2);
    assert_eq!(
        env.json(&["item", "destroy", "Src", "--yes"])["destroyed"],
        json!(2)
    );
    assert_eq!(code(&env.run(&["item", "show", "Src"])), 3);
    assert_eq!(
        env.json(&["item", "show", "Dst", "--rev", "1"])["data"],
        json!("one\n"),
        "shared content survives"
    );
    assert_eq!(env.json(&["check"])["ok"], json!(true));
    let stats = env.json(&["stats"])["faces"]["items"].clone();
    assert_eq!(stats["items"], json!(2));
}

fn processing_instructions_become_metadata_and_acl_changes_need_admin(env: Env) {
    let config = env.write(
        "acl.toml",
        "[acl]\nrights_default = \"Known:read,write All:read\"\n",
    );
    let c = config.to_str().unwrap();
    env.json(&["item", "user", "add", "alice"]);
    let text = "#format plain\n#language de\nHallo\n";
    env.json_stdin(&["--config", c, "--as", "alice", "item", "put", "P"], text);
    let meta = env.json(&["--config", c, "item", "show", "P", "--meta-only"])["metadata"].clone();
    assert_eq!(
        (
            meta["format"].clone(),
            meta["language"].clone(),
            meta["mimetype"].clone()
        ),
        (json!("plain"), json!("de"), json!("text/plain"))
    );
    let out = env.run_stdin(
        &["--config", c, "--as", "alice", "item", "put", "P"],
        "#acl alice:read,write,admin\nmine\n",
    );
    assert_eq!(code(&out), 77);
    assert_eq!(
        error_doc(&out)["message"],
        json!("permission denied: alice may not admin \"P\"")
    );
    let with_admin = env.write(
        "admin.toml",
        "[acl]\nrights_default = \"Known:read,write All:read\"\nrights_before = \"+alice:admin\"\n",
    );
    env.json_stdin(
        &[
            "--config",
            with_admin.to_str().unwrap(),
            "--as",
            "alice",
            "item",
            "put",
            "P",
        ],
        "#acl alice:read,write All:read\nmine\n",
    );
    assert_eq!(
        env.json(&["--config", c, "item", "show", "P", "--meta-only"])["metadata"]["acl"],
        json!("alice:read,write All:read")
    );
}

fn acl_decisions_through_the_binary(env: Env) {
    for user in ["Alice", "Bob", "Carol"] {
        env.json(&["item", "user", "add", user]);
    }
    admin_put(&env, "EditorGroup", " * Bob\n");
    admin_put(&env, "Open", "no acl\n");
    admin_put(&env, "Shared", "#acl Alice:read,write All:read\ntext\n");
    admin_put(
        &env,
        "Editors",
        "#acl EditorGroup:read,write All:read\ntext\n",
    );
    admin_put(&env, "Secret", "#acl Alice:read\ntext\n");
    let can = |user: Option<&str>, page: &str, right: &str| -> i32 {
        let mut args = vec![];
        if let Some(u) = user {
            args.extend(["--as", u]);
        }
        args.extend(["item", "can", page, right]);
        code(&env.run(&args))
    };
    // Default ACL (moin 1.9.11): Known:read, All:read; nobody writes but Trusted.
    assert_eq!(can(Some("Alice"), "Open", "read"), 0);
    assert_eq!(can(Some("Alice"), "Open", "write"), 77);
    assert_eq!(can(None, "Open", "read"), 0);
    assert_eq!(can(Some("Alice"), "Shared", "write"), 0);
    assert_eq!(can(Some("Bob"), "Shared", "write"), 77);
    assert_eq!(can(Some("Bob"), "Editors", "write"), 0);
    assert_eq!(can(Some("Alice"), "Editors", "write"), 77);
    assert_eq!(can(Some("Bob"), "Secret", "read"), 77);
    // list silently leaves out what one may not read; show says why.
    let names: Vec<Value> = env
        .json(&["--as", "Bob", "item", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert!(!names.contains(&json!("Secret")) && names.contains(&json!("Open")));
    let out = env.run(&["--as", "Bob", "item", "show", "Secret"]);
    assert_eq!(code(&out), 77);
    assert_eq!(
        error_doc(&out)["message"],
        json!("permission denied: Bob may not read \"Secret\"")
    );
    let out = env.run_stdin(&["--as", "Carol", "item", "put", "Shared"], "x\n");
    assert_eq!(code(&out), 77);
    let acl = env.json(&["--as", "Alice", "item", "acl", "Shared"]);
    assert_eq!(acl["rights"], json!(["read", "write"]));
    // Trusted users write by default; enforce = false turns checks off.
    let trusted = env.write("t.toml", "[acl]\ntrusted = [\"Alice\"]\n");
    assert_eq!(
        code(&env.run(&[
            "--config",
            trusted.to_str().unwrap(),
            "--as",
            "Alice",
            "item",
            "can",
            "Open",
            "write"
        ])),
        0
    );
    let off = env.write("off.toml", "[acl]\nenforce = false\n");
    assert_eq!(
        code(&env.run(&[
            "--config",
            off.to_str().unwrap(),
            "--as",
            "Bob",
            "item",
            "show",
            "Secret"
        ])),
        0
    );
}

fn eight_processes_putting_50_revisions_each_number_them_without_gaps_or_duplicates(env: Env) {
    let env = admin(env);
    put(&env, &["Busy"], "start\n");
    let scripts: Vec<String> = (0..8)
        .map(|p| {
            let mut script = String::new();
            for i in 0..50 {
                script.push_str(&format!("printf 'writer {p} save {i}\\n' | \"$BIN\" item put Busy >/dev/null || exit 1\n"));
            }
            script
        })
        .collect();
    run_workers_at_once(&env, scripts);
    let revs = revisions(&env, "Busy");
    assert_eq!(revs.len(), 401);
    assert_eq!(revs, (1..=401).rev().collect::<Vec<u64>>());
    assert_eq!(env.json(&["check"])["ok"], json!(true));
}

fn users_make_names_known(env: Env) {
    let env = admin(env);
    env.json(&[
        "item",
        "user",
        "add",
        "Alice",
        "--email",
        "alice@example.org",
        "--alias",
        "ali",
    ]);
    assert_eq!(code(&env.run(&["item", "user", "add", "Alice"])), 4);
    assert_eq!(code(&env.run(&["item", "user", "add", "Bad:Name"])), 65);
    assert_eq!(
        env.json(&["item", "user", "show", "Alice"])["profile"]["email"],
        json!("alice@example.org")
    );
    assert_eq!(env.json(&["item", "users"]).as_array().unwrap().len(), 1);
    env.json(&["item", "user", "rm", "Alice"]);
    assert_eq!(code(&env.run(&["item", "user", "show", "Alice"])), 3);
}

/// Before the first save a user can ask what they may do: `item acl` and `item can` answer for
/// a missing item with the rights a new one would get (the README's Items tour starts there).
fn acl_and_can_answer_for_an_item_that_does_not_exist_yet(env: Env) {
    env.json(&["item", "user", "add", "alice"]);
    let acl = env.json(&["--as", "alice", "item", "acl", "NewPage"]);
    assert_eq!(
        (
            acl["exists"].clone(),
            acl["kind"].clone(),
            acl["uses_default"].clone(),
            acl["rights"].clone()
        ),
        (json!(false), json!("page"), json!(true), json!(["read"]))
    );
    let can = |extra: &[&str], args: &[&str]| {
        let mut full = extra.to_vec();
        full.extend(["item", "can"]);
        full.extend_from_slice(args);
        code(&env.run(&full))
    };
    assert_eq!(can(&["--as", "alice"], &["NewPage", "read"]), 0);
    assert_eq!(can(&["--as", "alice"], &["NewPage", "write"]), 77);
    let trusted = env.write("trusted.toml", "[acl]\ntrusted = [\"alice\"]\n");
    let trusted = trusted.to_str().unwrap();
    assert_eq!(
        can(
            &["--config", trusted, "--as", "alice"],
            &["NewPage", "write"]
        ),
        0
    );
    // A new attachment is governed by its page's ACL; a new subpage by its own (the default).
    admin_put(&env, "Home", "#acl alice:read,write All:read\nhello\n");
    let attachment = env.json(&[
        "--as",
        "alice",
        "item",
        "acl",
        "Home/new.png",
        "--kind",
        "attachment",
    ]);
    assert_eq!(
        (attachment["acl_page"].clone(), attachment["rights"].clone()),
        (json!("Home"), json!(["read", "write"]))
    );
    let args = ["Home/new.png", "write", "--kind", "attachment"];
    assert_eq!(can(&["--as", "alice"], &args), 0);
    assert_eq!(can(&["--as", "alice"], &["Home/new.png", "write"]), 77);
    assert_eq!(code(&env.run(&["item", "acl", "a//b"])), 65);
    assert_eq!(can(&[], &["a//b", "read"]), 65);
    // Setting an #acl needs admin, which the default ACL gives no one: the hint says where to
    // name administrators, and naming one works.
    let out = env.run_stdin(
        &[
            "--config",
            trusted,
            "--as",
            "alice",
            "item",
            "put",
            "FrontPage",
        ],
        "#acl alice:read,write All:read\nWelcome\n",
    );
    assert_eq!(code(&out), 77);
    assert!(
        error_doc(&out)["hint"]
            .as_str()
            .unwrap()
            .contains("[acl] rights_before"),
        "{}",
        stderr(&out)
    );
    let admins = env.write(
        "admins.toml",
        "[acl]\nrights_before = \"WikiAdmin:read,write,delete,revert,admin\"\n",
    );
    let out = env.run_stdin(
        &[
            "--config",
            admins.to_str().unwrap(),
            "--as",
            "WikiAdmin",
            "item",
            "put",
            "FrontPage",
        ],
        "#acl alice:read,write All:read\nWelcome\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

/// `item meta NAME` without `--set`/`--unset` only shows: it answers while another writer
/// holds the store's write lock, as every other read does.
#[test]
fn item_meta_without_changes_is_a_read_and_waits_for_no_writer() {
    let env = admin(Env::new());
    put(&env, &["Page"], "text");
    env.json(&["item", "meta", "Page", "--set", "topic=x"]);
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = env
        .cmd()
        .args(["--json", "item", "meta", "Page"])
        .env("STORECTL_SQLITE_BUSY_TIMEOUT_MS", "200")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(meta["topic"], "x", "{meta}");
    conn.execute_batch("ROLLBACK").unwrap();
}
