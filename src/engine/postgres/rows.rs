//! Whole tables as logical rows on PostgreSQL (`storectl copy`), see
//! [`crate::engine::tables`]: read through a portal, a batch at a time, and appended with
//! `COPY … FROM STDIN (FORMAT binary)`, a batch per COPY.
//!
//! Where PostgreSQL's tables differ from the logical ones: `comment_sequence` is a one-row
//! counter (its row is logical only once a comment id was handed out), `item_words` has the
//! generated column `lexemes`, and identity columns have sequences, set past the copied ids by
//! [`TableRows::finish_appending`].

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};

use super::PgTx;
use crate::engine::tables::{Cell, Kind, Row, Table, TableRows};
use crate::error::{Error, Result};

/// Columns PostgreSQL keeps beside the logical ones, derived or bookkeeping, by table.
pub const DERIVED: &[(&str, &[&str])] = &[
    ("comment_sequence", &["only_row"]),
    ("item_words", &["lexemes"]),
];

fn sql_type(kind: Kind) -> Type {
    match kind {
        Kind::Int => Type::INT8,
        Kind::Bool => Type::BOOL,
        Kind::Text | Kind::Json => Type::TEXT,
        Kind::Bytes => Type::BYTEA,
    }
}

static NULL_INT: Option<i64> = None;
static NULL_BOOL: Option<bool> = None;
static NULL_TEXT: Option<String> = None;
static NULL_BYTES: Option<Vec<u8>> = None;

/// A cell as a parameter of its column's type.
fn param(kind: Kind, cell: &Cell) -> &(dyn ToSql + Sync) {
    match cell {
        Cell::Int(n) => n,
        Cell::Bool(b) => b,
        Cell::Text(t) => t,
        Cell::Bytes(b) => b,
        Cell::Null => match kind {
            Kind::Int => &NULL_INT,
            Kind::Bool => &NULL_BOOL,
            Kind::Text | Kind::Json => &NULL_TEXT,
            Kind::Bytes => &NULL_BYTES,
        },
    }
}

fn row_cells(table: &Table, r: &postgres::Row) -> Result<Row> {
    let mut row = Vec::with_capacity(table.columns.len());
    for (i, column) in table.columns.iter().enumerate() {
        let cell = match column.kind {
            Kind::Int => r.try_get::<_, Option<i64>>(i)?.map(Cell::Int),
            Kind::Bool => r.try_get::<_, Option<bool>>(i)?.map(Cell::Bool),
            Kind::Text | Kind::Json => r.try_get::<_, Option<String>>(i)?.map(Cell::Text),
            Kind::Bytes => r.try_get::<_, Option<Vec<u8>>>(i)?.map(Cell::Bytes),
        };
        row.push(match cell {
            Some(c) => c,
            None if column.nullable => Cell::Null,
            None => {
                return Err(Error::bad_input(format!(
                    "table {} column {} holds NULL, not a value storectl writes there",
                    table.name, column.name
                )))
            }
        });
    }
    Ok(row)
}

impl TableRows for PgTx<'_> {
    fn count_rows(&mut self, table: &Table) -> Result<u64> {
        let sql = match table.name {
            "comment_sequence" => "SELECT count(*) FROM comment_sequence WHERE last_id > 0".into(),
            name => format!("SELECT count(*) FROM {name}"),
        };
        let n: i64 = self.tx.query_one(&sql, &[])?.get(0);
        Ok(n as u64)
    }

    fn scan_rows(
        &mut self,
        table: &Table,
        batch: usize,
        sink: &mut dyn FnMut(Vec<Row>) -> Result<()>,
    ) -> Result<()> {
        let batch = batch.clamp(1, i32::MAX as usize);
        let sql = match table.name {
            "comment_sequence" => "SELECT last_id FROM comment_sequence WHERE last_id > 0".into(),
            name => format!(
                "SELECT {} FROM {name} ORDER BY {}",
                table.column_names().join(", "),
                table.key_list()
            ),
        };
        let portal = self.tx.bind(&sql, &[])?;
        loop {
            let rows = self.tx.query_portal(&portal, batch as i32)?;
            let last = rows.len() < batch;
            if !rows.is_empty() {
                let cells = rows
                    .iter()
                    .map(|r| row_cells(table, r))
                    .collect::<Result<Vec<Row>>>()?;
                sink(cells)?;
            }
            if last {
                return Ok(());
            }
        }
    }

    fn append_rows(&mut self, table: &Table, rows: &[Row]) -> Result<()> {
        if table.name == "comment_sequence" {
            for row in rows {
                let [Cell::Int(last)] = row.as_slice() else {
                    return Err(Error::internal("a comment_sequence row of the wrong shape"));
                };
                self.tx
                    .execute("UPDATE comment_sequence SET last_id = $1", &[last])?;
            }
            return Ok(());
        }
        let types: Vec<Type> = table.columns.iter().map(|c| sql_type(c.kind)).collect();
        let sink = self.tx.copy_in(&format!(
            "COPY {} ({}) FROM STDIN (FORMAT binary)",
            table.name,
            table.column_names().join(", ")
        ))?;
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        for row in rows {
            let params: Vec<&(dyn ToSql + Sync)> = table
                .columns
                .iter()
                .zip(row)
                .map(|(c, cell)| param(c.kind, cell))
                .collect();
            writer.write(&params)?;
        }
        writer.finish()?;
        Ok(())
    }

    fn finish_appending(&mut self) -> Result<()> {
        // Every identity column's sequence past the largest copied id, so that the next
        // insert does not collide (found in the catalog: a new table cannot be forgotten).
        let identities = self.tx.query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
              WHERE table_schema = current_schema() AND is_identity = 'YES'",
            &[],
        )?;
        for r in identities {
            let (table, column): (String, String) = (r.get(0), r.get(1));
            self.tx.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), max({column}))
                       FROM {table} HAVING max({column}) IS NOT NULL"
                ),
                &[],
            )?;
        }
        Ok(())
    }
}
