//! Whole tables as logical rows on SQLite (`storectl copy`), see [`crate::engine::tables`].
//!
//! Where SQLite's tables differ from the logical ones:
//! - `comment_sequence` is the row of `comments` in `sqlite_sequence` (AUTOINCREMENT);
//! - `item_words` is an FTS5 table whose rowid is the item id;
//! - a session instance's claim lives in its state's JSON (key `claim`), not in two columns;
//! - triggers keep `namespaces`' counts: appending entries adds to the counts the namespace
//!   rows already brought, which [`TableRows::finish_appending`] takes back.

use rusqlite::types::{Value as SqlValue, ValueRef};
use serde_json::{json, Value};

use super::SqliteTx;
use crate::engine::tables::{Cell, Column, Kind, Row, Table, TableRows};
use crate::error::{Error, Fix, Result};

/// Columns of the logical tables that SQLite keeps elsewhere (see the module's text), by table.
pub const KEPT_ELSEWHERE: &[(&str, &[&str])] = &[
    ("comment_sequence", &["last_id"]),
    ("item_words", &["item_id"]),
    ("session_instances", &["claim_holder", "claim_renewed_us"]),
];

/// The `SELECT` that reads `table` in key order.
fn select_sql(table: &Table) -> String {
    match table.name {
        "comment_sequence" => {
            "SELECT seq FROM sqlite_sequence WHERE name = 'comments' AND seq > 0".to_string()
        }
        "item_words" => "SELECT rowid, words FROM item_words ORDER BY rowid".to_string(),
        "session_instances" => "SELECT session_id, name, task, number, status, state \
             FROM session_instances ORDER BY session_id, name"
            .to_string(),
        name => format!(
            "SELECT {} FROM {name} ORDER BY {}",
            table.column_names().join(", "),
            table.key_list()
        ),
    }
}

/// The `INSERT` that appends one row of `table`.
fn insert_sql(table: &Table) -> String {
    match table.name {
        "comment_sequence" => {
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('comments', ?1)".to_string()
        }
        "item_words" => "INSERT INTO item_words (rowid, words) VALUES (?1, ?2)".to_string(),
        "session_instances" => "INSERT INTO session_instances \
             (session_id, name, task, number, status, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            .to_string(),
        name => {
            let marks: Vec<String> = (1..=table.columns.len()).map(|i| format!("?{i}")).collect();
            format!(
                "INSERT INTO {name} ({}) VALUES ({})",
                table.column_names().join(", "),
                marks.join(", ")
            )
        }
    }
}

/// One stored value as the logical value of `column`.
fn cell(table: &Table, column: &Column, value: ValueRef) -> Result<Cell> {
    let wrong = |what: &str| {
        Error::bad_input(format!(
            "table {} column {} holds {what}, not a value storectl writes there",
            table.name, column.name
        ))
        .hint(Fix::FindDamagedRecords)
    };
    Ok(match (column.kind, value) {
        (_, ValueRef::Null) if column.nullable => Cell::Null,
        (_, ValueRef::Null) => return Err(wrong("NULL")),
        (Kind::Int, ValueRef::Integer(n)) => Cell::Int(n),
        (Kind::Bool, ValueRef::Integer(n)) => Cell::Bool(n != 0),
        (Kind::Text | Kind::Json, ValueRef::Text(t)) => match std::str::from_utf8(t) {
            Ok(t) => Cell::Text(t.to_string()),
            Err(_) => return Err(wrong("text that is not UTF-8")),
        },
        (Kind::Bytes, ValueRef::Blob(b) | ValueRef::Text(b)) => Cell::Bytes(b.to_vec()),
        (_, other) => return Err(wrong(&format!("a value of type {:?}", other.data_type()))),
    })
}

fn sql_value(c: &Cell) -> SqlValue {
    match c {
        Cell::Null => SqlValue::Null,
        Cell::Int(n) => SqlValue::Integer(*n),
        Cell::Bool(b) => SqlValue::Integer(*b as i64),
        Cell::Text(t) => SqlValue::Text(t.clone()),
        Cell::Bytes(b) => SqlValue::Blob(b.clone()),
    }
}

/// A stored instance row (session_id, name, task, number, status, state with its claim) as
/// the logical row: the claim taken out of the state into two columns.
fn instance_from_stored(mut row: Row) -> Result<Row> {
    let Some(Cell::Text(state)) = row.pop() else {
        return Err(Error::internal("an instance row without its state"));
    };
    let mut doc = crate::exact_json::from_str(&state).map_err(|e| {
        Error::bad_input(format!("an instance's state is not JSON ({e})"))
            .hint(Fix::FindDamagedRecords)
    })?;
    let claim = doc.as_object_mut().and_then(|m| m.shift_remove("claim"));
    let holder = claim.as_ref().and_then(|c| c["holder"].as_str());
    let renewed = claim.as_ref().and_then(|c| c["renewed_us"].as_i64());
    row.push(Cell::Text(doc.to_string()));
    row.push(holder.map_or(Cell::Null, |h| Cell::Text(h.to_string())));
    row.push(renewed.map_or(Cell::Null, Cell::Int));
    Ok(row)
}

/// A logical instance row as stored: the claim put back into the state, after its other keys
/// (where the face writes it).
fn instance_to_stored(row: &[Cell]) -> Result<Vec<SqlValue>> {
    let [head @ .., Cell::Text(state), holder, renewed] = row else {
        return Err(Error::internal("an instance row of the wrong shape"));
    };
    let mut doc = crate::exact_json::from_str(state)
        .map_err(|e| Error::bad_input(format!("an instance's state is not JSON ({e})")))?;
    if let (Cell::Text(holder), Some(map)) = (holder, doc.as_object_mut()) {
        let renewed = match renewed {
            Cell::Int(n) => json!(n),
            _ => Value::Null,
        };
        map.insert(
            "claim".into(),
            json!({"holder": holder, "renewed_us": renewed}),
        );
    }
    let mut values: Vec<SqlValue> = head.iter().map(sql_value).collect();
    values.push(SqlValue::Text(doc.to_string()));
    Ok(values)
}

impl TableRows for SqliteTx<'_> {
    fn count_rows(&mut self, table: &Table) -> Result<u64> {
        let sql = match table.name {
            "comment_sequence" => "SELECT count(*) FROM sqlite_sequence \
                 WHERE name = 'comments' AND seq > 0"
                .to_string(),
            name => format!("SELECT count(*) FROM {name}"),
        };
        let n: i64 = self.tx.query_row(&sql, [], |r| r.get(0))?;
        Ok(n as u64)
    }

    fn scan_rows(
        &mut self,
        table: &Table,
        batch: usize,
        sink: &mut dyn FnMut(Vec<Row>) -> Result<()>,
    ) -> Result<()> {
        let batch = batch.max(1);
        let stored: &[Column] = match table.name {
            "session_instances" => &table.columns[..6],
            _ => table.columns,
        };
        let mut stmt = self.tx.prepare(&select_sql(table))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::with_capacity(batch);
        while let Some(r) = rows.next()? {
            let mut row = Vec::with_capacity(table.columns.len());
            for (i, column) in stored.iter().enumerate() {
                row.push(cell(table, column, r.get_ref(i)?)?);
            }
            if table.name == "session_instances" {
                row = instance_from_stored(row)?;
            }
            out.push(row);
            if out.len() == batch {
                sink(std::mem::replace(&mut out, Vec::with_capacity(batch)))?;
            }
        }
        if !out.is_empty() {
            sink(out)?;
        }
        Ok(())
    }

    fn append_rows(&mut self, table: &Table, rows: &[Row]) -> Result<()> {
        if table.name == "comment_sequence" {
            // Inserting comments with their ids made a row already (their largest id); the
            // counter may be past it (a hard-deleted newest comment).
            self.tx
                .execute("DELETE FROM sqlite_sequence WHERE name = 'comments'", [])?;
        }
        let mut stmt = self.tx.prepare_cached(&insert_sql(table))?;
        for row in rows {
            let values = if table.name == "session_instances" {
                instance_to_stored(row)?
            } else {
                row.iter().map(sql_value).collect()
            };
            stmt.execute(rusqlite::params_from_iter(values))?;
        }
        Ok(())
    }

    fn finish_appending(&mut self) -> Result<()> {
        // The namespace rows brought their counts, and the entries' triggers added to them.
        self.tx.execute(
            "UPDATE namespaces SET
                key_count = key_count
                    - (SELECT count(*) FROM namespace_entries WHERE namespace_id = namespaces.id),
                value_bytes = value_bytes
                    - (SELECT coalesce(sum(length(CAST(value AS BLOB))), 0)
                         FROM namespace_entries WHERE namespace_id = namespaces.id)",
            [],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instance_claim_moves_between_the_state_and_two_columns() {
        let stored = |state: &str| {
            vec![
                Cell::Int(1),
                Cell::Text("t#0".into()),
                Cell::Text("t".into()),
                Cell::Int(0),
                Cell::Text("scheduled".into()),
                Cell::Text(state.into()),
            ]
        };
        let claimed = r#"{"kwargs":{"n":1E5},"abandonState":[],"metadata":{},"claim":{"holder":"r1","renewed_us":17}}"#;
        let row = instance_from_stored(stored(claimed)).unwrap();
        assert_eq!(
            row[5..],
            [
                Cell::Text(r#"{"kwargs":{"n":1E5},"abandonState":[],"metadata":{}}"#.into()),
                Cell::Text("r1".into()),
                Cell::Int(17)
            ]
        );
        let back = instance_to_stored(&row).unwrap();
        assert_eq!(back[5], SqlValue::Text(claimed.into()));
        // Without a claim: two NULL columns, and the state as it was.
        let plain = r#"{"kwargs":{},"abandonState":["x"],"metadata":{"a":1}}"#;
        let row = instance_from_stored(stored(plain)).unwrap();
        assert_eq!(row[6..], [Cell::Null, Cell::Null]);
        assert_eq!(
            instance_to_stored(&row).unwrap()[5],
            SqlValue::Text(plain.into())
        );
    }
}
