//! Digests of logical rows: what `copy` compares between a source and its copy.
//!
//! A row's digest is the SHA-256 of its logical values, each tagged with its kind and length,
//! so that no two different rows encode alike; JSON columns are hashed in a canonical form
//! (keys sorted, numbers as written), since backends may store the same document differently.
//! A table's digest is the sum of its rows' digests (four 64-bit lanes, wrapping), so it does
//! not depend on the order rows arrive in; a face's digest hashes its tables' names, counts and
//! sums in the declared order.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::engine::tables::{Cell, Kind, Row, Table};

/// A table's running count and digest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableDigest {
    pub rows: u64,
    lanes: [u64; 4],
}

impl TableDigest {
    pub fn add(&mut self, table: &Table, row: &Row) {
        let hash = row_hash(table, row);
        for (lane, chunk) in self.lanes.iter_mut().zip(hash.chunks_exact(8)) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            *lane = lane.wrapping_add(u64::from_le_bytes(word));
        }
        self.rows += 1;
    }
}

fn row_hash(table: &Table, row: &Row) -> [u8; 32] {
    let mut h = Sha256::new();
    for (column, cell) in table.columns.iter().zip(row) {
        let (tag, bytes): (u8, std::borrow::Cow<[u8]>) = match cell {
            Cell::Null => (b'N', (&[][..]).into()),
            Cell::Int(n) => (b'I', n.to_le_bytes().to_vec().into()),
            Cell::Bool(b) => (b'B', vec![*b as u8].into()),
            Cell::Text(t) if column.kind == Kind::Json => (b'J', canonical_json(t).into()),
            Cell::Text(t) => (b'T', t.as_bytes().into()),
            Cell::Bytes(b) => (b'X', (&b[..]).into()),
        };
        h.update([tag]);
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(&bytes);
    }
    h.finalize().into()
}

/// JSON text in one form: object keys sorted, no spaces, numbers as written. Text that is not
/// JSON is hashed as it is (it then matches only itself).
fn canonical_json(text: &str) -> Vec<u8> {
    fn sort(v: Value) -> Value {
        match v {
            Value::Object(map) => {
                let mut entries: Vec<(String, Value)> = map.into_iter().collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                Value::Object(entries.into_iter().map(|(k, v)| (k, sort(v))).collect())
            }
            Value::Array(items) => Value::Array(items.into_iter().map(sort).collect()),
            other => other,
        }
    }
    match crate::exact_json::from_str(text) {
        Ok(v) => sort(v).to_string().into_bytes(),
        Err(_) => text.as_bytes().to_vec(),
    }
}

/// A face's digest from its tables' (name, digest) in declared order: `sha256:HEX`.
pub fn face_digest<'a>(tables: impl IntoIterator<Item = (&'a str, &'a TableDigest)>) -> String {
    let mut h = Sha256::new();
    for (name, d) in tables {
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update(d.rows.to_le_bytes());
        for lane in d.lanes {
            h.update(lane.to_le_bytes());
        }
    }
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tables::table;

    fn digest(name: &str, rows: &[Row]) -> TableDigest {
        let t = table(name).unwrap();
        let mut d = TableDigest::default();
        for r in rows {
            d.add(t, r);
        }
        d
    }

    fn entry(ns: i64, key: &str, value: &str) -> Row {
        vec![
            Cell::Int(ns),
            Cell::Text(key.into()),
            Cell::Text(value.into()),
        ]
    }

    #[test]
    fn a_table_digest_ignores_row_order_but_sees_every_value() {
        let a = entry(1, "k", "\"v\"");
        let b = entry(1, "l", "2");
        let both = digest("namespace_entries", &[a.clone(), b.clone()]);
        assert_eq!(both, digest("namespace_entries", &[b.clone(), a.clone()]));
        // One changed value, a missing row, a row twice: each is a mismatch.
        let changed = entry(1, "l", "3");
        assert_ne!(both, digest("namespace_entries", &[a.clone(), changed]));
        assert_ne!(both, digest("namespace_entries", std::slice::from_ref(&a)));
        assert_ne!(both, digest("namespace_entries", &[a.clone(), a.clone()]));
        // Values do not run into each other: ("ab", "c") is not ("a", "bc").
        assert_ne!(
            digest("namespace_entries", &[entry(1, "ab", "c")]),
            digest("namespace_entries", &[entry(1, "a", "bc")])
        );
    }

    #[test]
    fn json_columns_compare_by_meaning_and_text_columns_by_bytes() {
        let instance = |state: &str| {
            vec![
                Cell::Int(1),
                Cell::Text("t#0".into()),
                Cell::Text("t".into()),
                Cell::Int(0),
                Cell::Text("ready".into()),
                Cell::Text(state.into()),
                Cell::Null,
                Cell::Null,
            ]
        };
        let a = digest("session_instances", &[instance(r#"{"a":1E5,"b":[1]}"#)]);
        let b = digest("session_instances", &[instance(r#"{"b": [1], "a": 1E5}"#)]);
        assert_eq!(a, b);
        let c = digest("session_instances", &[instance(r#"{"a":1e5,"b":[1]}"#)]);
        assert_ne!(a, c, "numbers keep their digits");
        // A text column is compared byte for byte, JSON or not.
        assert_ne!(
            digest("namespace_entries", &[entry(1, "k", r#"{"a":1,"b":2}"#)]),
            digest("namespace_entries", &[entry(1, "k", r#"{"b":2,"a":1}"#)])
        );
    }

    #[test]
    fn a_face_digest_names_its_tables() {
        let d = digest("namespace_entries", &[entry(1, "k", "1")]);
        let e = TableDigest::default();
        let one = face_digest([("namespaces", &e), ("namespace_entries", &d)]);
        let swapped = face_digest([("namespaces", &d), ("namespace_entries", &e)]);
        assert_ne!(one, swapped);
        assert!(one.starts_with("sha256:") && one.len() == 7 + 64);
    }
}
