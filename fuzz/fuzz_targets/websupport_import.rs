//! `migrate websupport`: `faces::comments_import::import_websupport` (threads from materialised
//! paths, naive and RFC 3339 times, anonymous names, proposals and their diffs, votes and rating
//! recomputation) on the rows a sphinxcontrib-websupport database can hold, against a real
//! store in a transaction that is rolled back. Each input is imported twice, as a re-run of the
//! command would (the second run must find the first one's mappings).
//!
//! Input: a JSON object with the three tables as arrays of rows, columns in the order
//! `websupport::read` selects them (`seed.py` dumps the test fixture database this way):
//! `{"nodes": [[id, document, source]], "comments": [[id, rating, time, text, displayed,
//! username, proposal, proposal_diff, path, node_id]], "votes": [[username, comment_id, value]]}`.
#![no_main]

#[path = "../common/scratch.rs"]
mod scratch;
#[path = "../common/store.rs"]
mod store;

use std::cell::RefCell;
use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use storectl::engine::sqlite::SqliteBackend;
use storectl::engine::{Backend, TxMode};
use storectl::error::Kind;
use storectl::faces::comments_import::import_websupport;
use storectl::faces::locks::Actor;
use storectl::websupport::{SourceComment, SourceNode, SourceVote, WebSupportData};

thread_local! {
    static STORE: RefCell<SqliteBackend> = RefCell::new(store::open("websupport_import"));
}

/// A column: `None` when the JSON does not fit the column's type (the input is then not a
/// database `websupport::read` could return, and is skipped).
fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn nullable_text(v: &Value) -> Option<Option<String>> {
    match v {
        Value::Null => Some(None),
        v => text(v).map(Some),
    }
}

fn int(v: &Value) -> Option<i64> {
    v.as_i64()
}

fn nullable_int(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Null => Some(None),
        v => int(v).map(Some),
    }
}

fn rows(doc: &Value, table: &str) -> Vec<Vec<Value>> {
    doc.get(table)
        .and_then(Value::as_array)
        .map(|rows| rows.iter().filter_map(|r| r.as_array().cloned()).collect())
        .unwrap_or_default()
}

fn data(doc: &Value) -> Option<WebSupportData> {
    let col = |row: &[Value], i: usize| row.get(i).cloned().unwrap_or(Value::Null);
    // The tables' primary keys and `ORDER BY`s: one row per key, in key order.
    let mut nodes = BTreeMap::new();
    for r in rows(doc, "nodes") {
        let id = text(&col(&r, 0))?;
        nodes.insert(
            id.clone(),
            SourceNode {
                id,
                document: text(&col(&r, 1))?,
                source: text(&col(&r, 2))?,
            },
        );
    }
    let mut comments = BTreeMap::new();
    for r in rows(doc, "comments") {
        let id = int(&col(&r, 0))?;
        comments.insert(
            id,
            SourceComment {
                id,
                rating: nullable_int(&col(&r, 1))?.unwrap_or(0),
                time: nullable_text(&col(&r, 2))?.unwrap_or_default(),
                text: nullable_text(&col(&r, 3))?.unwrap_or_default(),
                displayed: nullable_int(&col(&r, 4))?.map(|v| v != 0),
                username: nullable_text(&col(&r, 5))?,
                proposal: nullable_text(&col(&r, 6))?,
                proposal_diff: nullable_text(&col(&r, 7))?,
                path: nullable_text(&col(&r, 8))?,
                node_id: nullable_text(&col(&r, 9))?,
            },
        );
    }
    let mut votes = BTreeMap::new();
    for r in rows(doc, "votes") {
        let username = text(&col(&r, 0))?;
        let comment_id = int(&col(&r, 1))?;
        votes.insert(
            (comment_id, username.clone()),
            SourceVote {
                username,
                comment_id,
                value: int(&col(&r, 2))?,
            },
        );
    }
    Some(WebSupportData {
        nodes: nodes.into_values().collect(),
        comments: comments.into_values().collect(),
        votes: votes.into_values().collect(),
    })
}

fuzz_target!(|input: &[u8]| {
    let Ok(doc) = serde_json::from_slice::<Value>(input) else {
        return;
    };
    let Some(data) = data(&doc) else {
        return;
    };
    STORE.with(|store| {
        let mut store = store.borrow_mut();
        let mut tx = store.begin(TxMode::Write).expect("begin");
        let actor = Actor {
            user: None,
            now_us: 0,
        };
        for _run in 0..2 {
            match import_websupport(&mut *tx, actor, &data, "/fuzz/websupport.db", &mut |_| {}) {
                Ok(report) => {
                    let c = &report.comments;
                    assert_eq!(
                        c.imported + c.already_imported + c.skipped,
                        data.comments.len() as u64
                    );
                    let v = &report.votes;
                    assert_eq!(
                        v.imported + v.updated + v.unchanged + v.skipped,
                        data.votes.len() as u64
                    );
                }
                Err(e) => {
                    // Bad rows must be reported as such: an internal error here is a bug.
                    assert_ne!(e.kind(), Kind::Internal, "{e}");
                    break;
                }
            }
        }
        // Dropped without commit: rolled back.
    });
});
