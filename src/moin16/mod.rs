//! The MoinMoin 1.6–1.9 on-disk format ("moin16"), as pure readers and writers:
//! `/work/shared/spec/moin16-format.md` describes it, and moin 1.9.11's own code is the
//! reference the tests compare with (`tests/fixtures/moin16/`).
//!
//! The modules know nothing about storectl's store; `migrate moin16` and `export moin16` (and the
//! `moin16:` backend) build on them:
//! * [`names`]: page directory names (`quoteWikinameFS` / `unquoteWikiname`, including the
//!   non-canonical directories the quoting cannot rule out) and the url-quoting of attachment
//!   names in edit-log lines;
//! * [`editlog`]: edit-log (and edit-lock) lines, parsed with every anomaly reported, written
//!   back byte-identically or formatted as moin does for new lines;
//! * [`user`]: `data/user/<id>` profiles, and id ↔ name lookups;
//! * [`meta`]: `data/meta` and its `data_format_revision`;
//! * [`mod@detect`]: moin 1.5 vs 1.6+ detection, with an explanation for the refusal message;
//! * [`page`]: a page directory's `current` file (CRLF, garbage, interrupted saves), revision
//!   file names, and the CRLF text encoding of revision files.
//!
//! Everything here follows moin's reading exactly, quirks included (Python 2 `strip()` and
//! `splitlines()` semantics, `int()` leniency), because the point of a migration is to see the
//! data as moin saw it. Where Rust cannot represent what moin produces (Python 2 decodes
//! UTF-8-encoded surrogates), the difference is documented at the function.

pub mod confined;
pub mod detect;
pub mod editlog;
pub mod item_meta;
pub mod meta;
pub mod names;
pub mod page;
pub(crate) mod py;
pub mod source;
pub mod user;
pub mod writer;

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod oracle_tests;

pub use detect::{assess, detect, DataDirFacts, Detection, Evidence, Verdict};
pub use editlog::{
    clean_input, parse_line, Action, EditLogEntry, EditLogFile, LineError, LineWarning,
    LogRevision, ParsedLine, UNVERSIONED,
};
pub use meta::{MetaFile, LATEST_DATA_FORMAT_REVISION};
pub use names::{
    decode_page_dir, find_collisions, is_ignored_page_dir, quote_wikiname_fs, unquote_wikiname,
    url_quote, url_unquote, DecodedPageDir, UnquoteError,
};
pub use page::{
    parse_current, parse_revision_file_name, read_current, CurrentAnomaly, CurrentRevision,
    CurrentSource, RevisionFileName,
};
pub use user::{is_user_id, UserDirectory, UserProfile, UserValue};
