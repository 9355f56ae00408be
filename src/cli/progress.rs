//! An op's progress ([`ProgressEvent`]) drawn as bars on stderr: one bar per stage, named and
//! counted by the CLI, drawn only when stderr is a terminal and `--quiet` is off (see
//! [`Progress`]).

use crate::ops::progress::{ProgressEvent, Stage};
use crate::output::{Progress, Unit};
use crate::settings::Settings;

/// The bar of the stage in progress; dropping it clears the bar (on an error too).
pub struct Bars<'s> {
    settings: &'s Settings,
    bar: Option<Progress>,
}

impl<'s> Bars<'s> {
    pub fn new(settings: &'s Settings) -> Bars<'s> {
        Bars {
            settings,
            bar: None,
        }
    }

    /// Shows one event: the function an op's `progress` argument is.
    pub fn show(&mut self, event: ProgressEvent) {
        match event {
            ProgressEvent::Start { stage, total } => {
                if let Some(bar) = self.bar.take() {
                    bar.finish();
                }
                let (message, unit) = words(stage);
                self.bar = Some(Progress::new(self.settings, total, &message, unit));
            }
            ProgressEvent::Total(total) => {
                if let Some(bar) = &self.bar {
                    bar.set_length(total);
                }
            }
            ProgressEvent::Done(done) => {
                if let Some(bar) = &self.bar {
                    bar.set_position(done);
                }
            }
            ProgressEvent::Finish => {
                if let Some(bar) = self.bar.take() {
                    bar.finish();
                }
            }
        }
    }
}

/// What a stage's bar says, and what it counts.
fn words(stage: Stage) -> (String, Unit) {
    let (message, unit) = match stage {
        Stage::MigratingPages => ("migrating", Unit::Items("pages")),
        Stage::VerifyingPages => ("verifying", Unit::Items("pages")),
        Stage::MigratingShelves => ("migrating", Unit::Items("shelves")),
        Stage::ImportingComments => ("importing", Unit::Items("comments")),
        Stage::ExportingPages => ("exporting", Unit::Items("pages")),
        Stage::ExportingComments => ("exporting", Unit::Items("comments")),
        Stage::BackingUp => ("backing up", Unit::Items("pages")),
        Stage::Checking => ("checking", Unit::Nothing),
        Stage::CopyingRows(table) => return (format!("copying {table}"), Unit::Items("rows")),
        Stage::CountingRows(table) => return (format!("counting {table}"), Unit::Items("rows")),
        Stage::VerifyingRows(table) => return (format!("verifying {table}"), Unit::Items("rows")),
    };
    (message.to_string(), unit)
}
