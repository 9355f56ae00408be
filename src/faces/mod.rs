//! The faces' rules, independent of any backend and of the command line.

pub mod merge;
pub mod namespaces;
