//! `storectl check`: SQLite integrity plus every face's invariants.

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::engine::Face;
use crate::error::{Error, Kind, Result};
use crate::faces;
use crate::output::{Output, Progress, Unit};
use crate::plural::count;

#[derive(Debug, Args)]
pub struct CheckArgs {}

pub fn run(ctx: &mut Ctx, _args: CheckArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let progress = Progress::new(&ctx.settings, None, "checking", Unit::Nothing);
    let mut problems = store.backend().integrity_problems()?;
    let held = store.backend().faces();
    let checked = store.read(|tx| {
        let mut notes = Vec::new();
        for face in held {
            match face {
                Face::Namespaces => problems.extend(faces::namespaces::check(tx.namespaces()?)?),
                Face::Comments => problems.extend(faces::comments::check(tx.comments()?)?),
                Face::Items => problems.extend(faces::items::check(tx.items()?)?),
                Face::Sessions => problems.extend(faces::sessions::check(tx.sessions()?)?),
                Face::Feeds => {
                    let (feed_problems, unreferenced) = faces::feeds::check(tx.feeds()?)?;
                    problems.extend(feed_problems);
                    if unreferenced > 0 {
                        notes.push(format!(
                            "feeds: no timeline holds {} (storectl feed gc removes them)",
                            count(unreferenced, "activity")
                        ));
                    }
                }
            }
        }
        Ok(notes)
    });
    let notes = match checked {
        Ok(notes) => notes,
        // Damaged storage (text that is not UTF-8, listed above) can stop a face's check: that
        // is one more problem to report, not a reason to report none.
        Err(e) if e.kind() == Kind::BadInput && !problems.is_empty() => {
            problems.push(format!("the faces' checks stopped early: {}", e.message()));
            Vec::new()
        }
        Err(e) => return Err(e),
    };
    progress.finish();
    let url = store.backend().url();
    let doc =
        json!({"store": url, "ok": problems.is_empty(), "problems": problems, "notes": notes});
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
