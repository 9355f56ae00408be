//! `storectl init`: create the store and bring its schema up to date.

use clap::Args;

use super::Ctx;
use crate::error::{Error, Result};
use crate::ops::store as ops;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct InitArgs {}

pub fn run(ctx: &mut Ctx, _args: InitArgs) -> Result<Output> {
    let mut store = ctx.open_store()?;
    let done = ops::init(&mut store)?;
    Ok(Output::Report {
        text: format!(
            "store {} is ready (schema version {})",
            done.store, done.schema_version
        ),
        doc: serde_json::to_value(&done).map_err(|e| Error::internal(e.to_string()))?,
    })
}
