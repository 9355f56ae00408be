//! sphinxcontrib-websupport's SQLAlchemy database (`<prefix>nodes`, `<prefix>comments`,
//! `<prefix>commentvote`): read by `migrate websupport`, written by `export websupport`. The
//! rows are the same types both ways; what they mean for the store is decided by
//! `faces::comments_import` and `faces::comments_export`.

mod read;
pub mod write;

pub use read::*;
