//! The faces' rules, independent of any backend and of the command line.

pub mod acl;
pub mod comments;
pub mod comments_export;
pub mod comments_import;
pub mod comments_reads;
pub mod feeds;
pub mod feeds_aggregated;
pub mod items;
pub mod items_export;
pub mod items_migrate;
pub mod locks;
pub mod merge;
pub mod namespaces;
pub mod namespaces_opaque;
pub mod proposal_diff;
pub mod sessions;
pub mod sessions_claims;
