//! `feed add-many` input: the record reader (`input::RecordReader`: NDJSON, a JSON array or one
//! object) and the feeds face's record → activity conversion, first on its own and then through
//! `faces::feeds::add_many` into a real store, in a transaction that is rolled back.
#![no_main]

#[path = "../common/scratch.rs"]
mod scratch;
#[path = "../common/store.rs"]
mod store;

use std::cell::RefCell;
use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use storectl::engine::sqlite::SqliteBackend;
use storectl::engine::{Backend, TxMode};
use storectl::error::Kind;
use storectl::faces::feeds::{add_many, format_id, parse_activity, parse_id, AddMany, Caps, Verbs};
use storectl::faces::locks::Actor;
use storectl::input::{Input, RecordReader};

/// 2026-01-01T00:00:00Z: records without a time get a fixed one, so runs are reproducible.
const NOW_MS: i64 = 1_767_225_600_000;

thread_local! {
    static STORE: RefCell<SqliteBackend> = RefCell::new(store::open("feed_records"));
}

fn reader(data: &[u8]) -> RecordReader {
    RecordReader::new(Input {
        name: "fuzz".to_string(),
        size: Some(data.len() as u64),
        reader: Box::new(Cursor::new(data.to_vec())),
        file: None,
    })
}

/// Bad input must be reported as such: an internal error here is a bug.
fn check_error(e: &storectl::error::Error) {
    assert_ne!(e.kind(), Kind::Internal, "{e}");
    assert!(!e.message().is_empty());
}

fuzz_target!(|data: &[u8]| {
    let verbs = Verbs::new(&[("share".to_string(), 5)]).unwrap();

    let mut records = reader(data);
    loop {
        let record = match records.next_record() {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(e) => {
                check_error(&e);
                break;
            }
        };
        match parse_activity(&record, &verbs, NOW_MS * 1000) {
            Ok(activity) => {
                // The id is printed and parsed back by later commands (`feed get ID`).
                let text = format_id(activity.id);
                assert_eq!(parse_id(&text).ok(), Some(activity.id), "{text}");
                let _ = activity.to_json(&verbs).to_string();
            }
            Err(e) => check_error(&e),
        }
    }

    STORE.with(|store| {
        let mut store = store.borrow_mut();
        let mut tx = store.begin(TxMode::Write).expect("begin");
        let keys = ["user_feed:1".to_string(), "timeline".to_string()];
        let caps = Caps {
            default: Some(3),
            by_prefix: vec![("user_feed:".to_string(), 2)],
        };
        let mut records = reader(data);
        let mut totals = AddMany::default();
        loop {
            match add_many(
                &mut *tx,
                Actor {
                    user: None,
                    now_us: NOW_MS * 1000,
                },
                &keys,
                &mut records,
                &verbs,
                &caps,
                Some(4),
                &mut totals,
                NOW_MS * 1000,
            ) {
                Ok(true) => continue,
                Ok(false) => break,
                Err(e) => {
                    check_error(&e);
                    break;
                }
            }
        }
        let _ = serde_json::to_string(&storectl::ops::feeds::AddedMany::new(&totals, &keys, true));
        // Dropped without commit: rolled back.
    });
});
