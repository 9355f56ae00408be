//! `comment add --from` input: the record reader (`input::RecordReader`) and
//! `faces::comments::add_comments_from` (nodes, `parent`/`parent_ref` threading, times,
//! proposals and their diffs) against a real store, in a transaction that is rolled back.
//! The store holds nodes `n1` (with source text, for proposals) and `n2`, and comment 1 on
//! `n1` (displayed) and 2 (hidden), so `parent` records can reach both cases.
#![no_main]

#[path = "../common/scratch.rs"]
mod scratch;
#[path = "../common/store.rs"]
mod store;

use std::cell::RefCell;
use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use storectl::engine::comments::{CommentRecord, NodeRecord};
use storectl::engine::sqlite::SqliteBackend;
use storectl::engine::{Backend, TxMode};
use storectl::error::Kind;
use storectl::faces::comments::{add_comments_from, CommentBatch, Identity, Policy};
use storectl::input::{Input, RecordReader};

/// 2026-01-01T00:00:00Z.
const NOW_US: i64 = 1_767_225_600_000_000;

fn open() -> SqliteBackend {
    let mut backend = store::open("comment_records");
    let mut tx = backend.begin(TxMode::Write).expect("begin");
    let comments = tx.comments().expect("comments");
    for (id, source) in [
        ("n1", "The quick brown fox\njumps over the lazy dog.\n"),
        ("n2", ""),
    ] {
        comments
            .put_node(&NodeRecord {
                id: id.to_string(),
                document: "index".to_string(),
                source: source.to_string(),
            })
            .expect("node");
    }
    for displayed in [true, false] {
        comments
            .insert_comment(&CommentRecord {
                id: 0,
                node: "n1".to_string(),
                parent: None,
                text: "seed".to_string(),
                username: Some("bob".to_string()),
                time_us: NOW_US,
                rating: 0,
                displayed,
                proposal: None,
                proposal_diff: None,
                proposal_diff_text: None,
            })
            .expect("comment");
    }
    tx.commit().expect("commit");
    backend
}

thread_local! {
    static STORE: RefCell<SqliteBackend> = RefCell::new(open());
}

fuzz_target!(|data: &[u8]| {
    STORE.with(|store| {
        let mut store = store.borrow_mut();
        let mut tx = store.begin(TxMode::Write).expect("begin");
        let mut reader = RecordReader::new(Input {
            name: "fuzz".to_string(),
            size: Some(data.len() as u64),
            reader: Box::new(Cursor::new(data.to_vec())),
            file: None,
        });
        let who = Identity {
            user: Some("alice".to_string()),
            moderator: false,
        };
        // Moderation (on for odd-length inputs, so both modes get explored) stores every record
        // hidden, which is what makes replies to earlier records hit the "parent not displayed"
        // rule.
        let policy = Policy {
            moderation: data.len() % 2 == 1,
            allow_anonymous: true,
        };
        let mut batch = CommentBatch::default();
        loop {
            match add_comments_from(
                &mut *tx,
                &mut reader,
                &who,
                policy,
                Some(4),
                &mut batch,
                NOW_US,
                true,
            ) {
                Ok(added) => {
                    for c in &added.awaiting_moderation {
                        let _ = (c.age, &c.time);
                    }
                    if !added.more {
                        assert_eq!(batch.committed, batch.records);
                        break;
                    }
                }
                Err(e) => {
                    // Bad input must be reported as such: an internal error here is a bug.
                    assert_ne!(e.kind(), Kind::Internal, "{e}");
                    assert!(!e.message().is_empty());
                    break;
                }
            }
        }
        let _ = batch.to_json(true);
        // Dropped without commit: rolled back.
    });
});
