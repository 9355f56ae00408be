//! How a long-running op (migrate, export, backup, check) says how far it got: it calls a
//! progress function, `&mut dyn FnMut(ProgressEvent)`, with what it is doing and how much of it
//! is done. A front end shows it as it likes (the CLI draws bars on a terminal); ops never touch
//! the terminal. Progress is advice: a function that ignores every event ([`ignore`]) is fine.

/// What an op is doing, so a front end can name it and count it in the right unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// `migrate moin16`: pages of one data dir (the data dir, then its underlay), counted.
    MigratingPages,
    /// `migrate verify`: pages of the data dir compared with the store.
    VerifyingPages,
    /// `migrate errbot`: shelves (one per namespace) of a bot's data dir.
    MigratingShelves,
    /// `migrate websupport`: comments of the source database.
    ImportingComments,
    /// `export moin16`: pages written (the total is not known in advance).
    ExportingPages,
    /// `export websupport`: comments written (the total is known before the first).
    ExportingComments,
    /// `backup`: database pages copied (the total becomes known as the copy starts).
    BackingUp,
    /// `copy`: rows of one table read from the source and written to the target.
    CopyingRows(&'static str),
    /// `copy --dry-run`: rows of one table read and counted.
    CountingRows(&'static str),
    /// `copy`: rows of one table read back from the target and compared.
    VerifyingRows(&'static str),
    /// `check`: nothing to count.
    Checking,
}

/// One step of an op's progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressEvent {
    /// A stage begins (ending the one before, if any): `total` units, when known.
    Start { stage: Stage, total: Option<u64> },
    /// The total of the current stage is known now (or changed).
    Total(u64),
    /// So many units of the current stage are done (a position, not an increment: a
    /// transaction that runs again may report a position again).
    Done(u64),
    /// The current stage is over.
    Finish,
}

/// A progress function that shows nothing.
pub fn ignore(_: ProgressEvent) {}
