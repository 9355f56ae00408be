//! `storectl check`: SQLite integrity plus every face's invariants.

use clap::Args;
use serde_json::Value;

use super::progress::Bars;
use super::Ctx;
use crate::error::{Error, Result};
use crate::ops::store::{self as ops, CheckNote};
use crate::output::Output;
use crate::plural::count;

#[derive(Debug, Args)]
pub struct CheckArgs {}

pub fn run(ctx: &mut Ctx, _args: CheckArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let mut bars = Bars::new(&ctx.settings);
    let checked = ops::check(&mut store, &mut |e| bars.show(e))?;
    drop(bars);
    let notes: Vec<String> = checked.notes.iter().map(|n| note(*n)).collect();
    let mut doc = serde_json::to_value(&checked).map_err(|e| Error::internal(e.to_string()))?;
    if let Some(fields) = doc.as_object_mut() {
        fields.insert(
            "notes".into(),
            Value::Array(notes.iter().cloned().map(Value::String).collect()),
        );
    }
    let url = &checked.store;
    let problems = &checked.problems;
    let noted: String = notes.iter().map(|n| format!("\n  note: {n}")).collect();
    if problems.is_empty() {
        return Ok(Output::Report {
            doc,
            text: format!("store {url}: no problems found{noted}"),
        });
    }
    let problem_count = count(problems.len(), "problem");
    ctx.printer.print(Output::Report {
        text: format!(
            "store {url}: {problem_count}\n  {}{noted}",
            problems.join("\n  ")
        ),
        doc,
    })?;
    Err(Error::bad_input(format!("store {url}: check found {problem_count}")).hint(
        "restore from a backup (storectl backup) or repair the listed items; the report is on stdout",
    ))
}

/// A note of `check` in words: it names the command that deals with what it found.
fn note(note: CheckNote) -> String {
    match note {
        CheckNote::UnreferencedActivities(n) => format!(
            "feeds: no timeline holds {} (storectl feed gc removes them)",
            count(n, "activity")
        ),
    }
}
