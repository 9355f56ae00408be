//! `storectl check`: SQLite integrity plus every face's invariants.

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::faces;
use crate::output::{Output, Progress};

#[derive(Debug, Args)]
pub struct CheckArgs {}

pub fn run(ctx: &mut Ctx, _args: CheckArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let progress = Progress::new(&ctx.settings, None, "checking", false);
    let mut problems = store.backend().integrity_problems()?;
    progress.set_position(1);
    problems.extend(store.read(|tx| {
        let mut found = faces::namespaces::check(tx.namespaces()?)?;
        found.extend(faces::comments::check(tx.comments()?)?);
        Ok(found)
    })?);
    progress.finish();
    let url = store.backend().url();
    let doc = json!({"store": url, "ok": problems.is_empty(), "problems": problems});
    if problems.is_empty() {
        return Ok(Output::Report {
            doc,
            text: format!("store {url}: no problems found"),
        });
    }
    let count = problems.len();
    ctx.printer.print(Output::Report {
        text: format!("store {url}: {count} problems\n  {}", problems.join("\n  ")),
        doc,
    })?;
    Err(Error::bad_input(format!("store {url}: check found {count} problems")).hint(
        "restore from a backup (storectl backup) or repair the listed items; the report is on stdout",
    ))
}
