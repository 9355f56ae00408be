//! `export websupport OUT.db`: the fixture written by the real sphinxcontrib-websupport 1.2.7
//! (tests/fixtures/websupport) migrated in and exported again comes back row for row; what
//! the export refuses leaves everything as it was. (WebSupport itself reading the exported
//! file, on 1.2.7 and 2.0.0, is python/tests/websupport/test_websupport_export.py.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rusqlite::types::Value as Sql;
use serde_json::json;

use crate::common::{code, parse_json, stderr, Env};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/websupport/websupport.db")
}

/// Every row of a table, as SQL values, in a set (WebSupport orders nothing by rowid).
fn rows(db: &Path, table: &str) -> BTreeSet<Vec<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| r.get::<_, Sql>(i).map(|v| format!("{v:?}")))
            .collect::<rusqlite::Result<Vec<_>>>()
    })
    .unwrap()
    .map(|r| r.unwrap())
    .collect()
}

fn schema(db: &Path) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

/// Names in `dir` that a writer left behind (temporary files, journals).
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("storectl-tmp") || n.ends_with("-journal"))
        .collect()
}

fn migrate_fixture(env: &Env) {
    let out = env.run(&["migrate", "websupport", fixture().to_str().unwrap()]);
    // 5: the seed left four orphan votes behind, listed and not imported.
    assert_eq!(code(&out), 5, "{}", stderr(&out));
}

fn the_fixture_comes_back_row_for_row(env: Env) {
    migrate_fixture(&env);
    let out = env.path("out.db");
    let report = env.json(&["export", "websupport", out.to_str().unwrap()]);
    assert_eq!(
        report,
        json!({
            "destination": out.display().to_string(),
            "prefix": "sphinx_",
            "nodes": 6, "documents": 2, "comments": 22, "replies": 10, "hidden": 2,
            "deleted": 1, "proposals": 3, "anonymous": 2, "votes": 18, "skipped": [],
        })
    );
    assert_eq!(
        schema(&out),
        schema(&fixture()),
        "the tables WebSupport makes"
    );
    let src = fixture();
    assert_eq!(rows(&out, "sphinx_nodes"), rows(&src, "sphinx_nodes"));
    // Comment 6 was stored with a NULL username: storectl keeps one anonymous, and writes it
    // as WebSupport.add_comment does, "Anonymous". Every other column of every comment
    // (ids, paths, times, flags, ratings, proposals and diffs) is the seed's.
    let expected: BTreeSet<Vec<String>> = rows(&src, "sphinx_comments")
        .into_iter()
        .map(|mut r| {
            if r[5] == "Null" {
                r[5] = format!("{:?}", Sql::Text("Anonymous".into()));
            }
            r
        })
        .collect();
    assert_eq!(rows(&out, "sphinx_comments"), expected);
    // The four orphan votes (on comments a moderator deleted) were not imported.
    let votes = rows(&out, "sphinx_commentvote");
    let source_votes = rows(&src, "sphinx_commentvote");
    assert!(votes.is_subset(&source_votes));
    let missing: Vec<_> = source_votes.difference(&votes).collect();
    assert_eq!(missing.len(), 4, "{missing:?}");
    assert!(missing
        .iter()
        .all(|v| v[1] == "Integer(16)" || v[1] == "Integer(17)"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    assert!(leftovers(env.dir.path()).is_empty());
    // And the export reads back in as the same store: migrating it finds everything there.
    let again = Env::new();
    again.json(&["migrate", "websupport", out.to_str().unwrap()]);
    let out2 = again.path("out2.db");
    again.json(&["export", "websupport", out2.to_str().unwrap()]);
    for table in ["sphinx_nodes", "sphinx_comments", "sphinx_commentvote"] {
        assert_eq!(rows(&out2, table), rows(&out, table), "{table}");
    }
}

fn an_empty_store_is_refused_and_nothing_is_written(env: Env) {
    let out = env.path("out.db");
    env.json(&["init"]);
    let run = env.run(&["export", "websupport", out.to_str().unwrap()]);
    assert_eq!(code(&run), 3, "{}", stderr(&run));
    assert!(
        stderr(&run).contains("no documentation nodes"),
        "{}",
        stderr(&run)
    );
    assert!(!out.exists());
    assert!(leftovers(env.dir.path()).is_empty());
    // --force replaces a file only with a complete export: a refusal leaves it as it was.
    let kept = env.write("kept.db", "an older export");
    let run = env.run(&["export", "websupport", "--force", kept.to_str().unwrap()]);
    assert_eq!(code(&run), 3, "{}", stderr(&run));
    assert_eq!(std::fs::read(&kept).unwrap(), b"an older export");
    assert!(leftovers(env.dir.path()).is_empty());
}

on_sqlite_and_postgres!(
    the_fixture_comes_back_row_for_row,
    an_empty_store_is_refused_and_nothing_is_written,
);

#[test]
fn an_existing_out_is_refused_untouched_and_replaced_only_with_force() {
    let env = Env::new();
    migrate_fixture(&env);
    let out = env.write("out.db", "mine");
    let run = env.run(&["export", "websupport", out.to_str().unwrap()]);
    assert_eq!(code(&run), 4, "{}", stderr(&run));
    assert!(stderr(&run).contains("--force"), "{}", stderr(&run));
    assert_eq!(std::fs::read(&out).unwrap(), b"mine");
    assert!(leftovers(env.dir.path()).is_empty());
    let report = env.json(&["export", "websupport", "--force", out.to_str().unwrap()]);
    assert_eq!(report["comments"], json!(22));
    assert_eq!(rows(&out, "sphinx_nodes").len(), 6);
}

#[cfg(unix)]
#[test]
fn a_link_or_a_directory_at_out_is_never_written_through_even_with_force() {
    let env = Env::new();
    migrate_fixture(&env);
    let elsewhere = tempfile::tempdir().unwrap();
    let victim = elsewhere.path().join("victim.db");
    std::fs::write(&victim, "keep").unwrap();
    let link = env.path("out.db");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let dangling = env.path("dangling.db");
    let nowhere = elsewhere.path().join("created-through-the-link.db");
    std::os::unix::fs::symlink(&nowhere, &dangling).unwrap();
    let dir = env.path("a-directory");
    std::fs::create_dir(&dir).unwrap();
    for target in [&link, &dangling, &dir] {
        for force in [false, true] {
            let mut args = vec!["export", "websupport", target.to_str().unwrap()];
            if force {
                args.push("--force");
            }
            let run = env.run(&args);
            assert_eq!(code(&run), 4, "{args:?}: {}", stderr(&run));
        }
    }
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
    assert!(!nowhere.exists());
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::symlink_metadata(&dangling)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 1);
    assert!(leftovers(env.dir.path()).is_empty());
}

#[test]
fn a_missing_directory_is_66_and_a_bad_prefix_is_a_usage_error() {
    let env = Env::new();
    migrate_fixture(&env);
    let run = env.run(&[
        "export",
        "websupport",
        env.path("no/such/out.db").to_str().unwrap(),
    ]);
    assert_eq!(code(&run), 66, "{}", stderr(&run));
    assert!(!env.path("no").exists());
    let out = env.path("out.db");
    for bad in ["sphinx; DROP TABLE x; --", "a b", "1st_", "x\""] {
        let run = env.run(&[
            "export",
            "websupport",
            "--prefix",
            bad,
            out.to_str().unwrap(),
        ]);
        assert_eq!(code(&run), 2, "{bad:?}: {}", stderr(&run));
        assert!(stderr(&run).contains("table prefix"), "{}", stderr(&run));
    }
    assert!(!out.exists());
    assert!(leftovers(env.dir.path()).is_empty());
}

#[test]
fn another_prefix_names_the_tables_and_migrate_reads_them_back() {
    let env = Env::new();
    migrate_fixture(&env);
    let out = env.path("docs.db");
    let run = env.run(&[
        "export",
        "websupport",
        "--prefix",
        "docs_",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    assert_eq!(parse_json(&run.stdout)["prefix"], json!("docs_"));
    let names: BTreeSet<String> = schema(&out)
        .into_iter()
        .map(|sql| sql.split_whitespace().nth(2).unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "docs_commentvote",
            "docs_comments",
            "docs_nodes",
            "ix_docs_comments_displayed",
            "ix_docs_comments_path"
        ]
        .into_iter()
        .map(String::from)
        .collect()
    );
    let again = Env::new();
    let back = again.json(&[
        "migrate",
        "websupport",
        "--prefix",
        "docs_",
        out.to_str().unwrap(),
    ]);
    assert_eq!(back["comments"]["imported"], json!(22));
    assert_eq!(back["votes"]["imported"], json!(18));
}
