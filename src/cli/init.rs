//! `storectl init`: create the store and bring its schema up to date.

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct InitArgs {}

pub fn run(ctx: &mut Ctx, _args: InitArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    store.backend().create()?;
    let stats = store.backend().storage_stats()?;
    let url = store.backend().url();
    Ok(Output::Report {
        text: format!(
            "store {url} is ready (schema version {})",
            stats["schema_version"]
        ),
        doc: json!({"store": url, "schema_version": stats["schema_version"]}),
    })
}
