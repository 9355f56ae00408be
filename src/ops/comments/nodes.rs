//! `node` commands: the commentable paragraphs of a documentation build.

use serde::Serialize;

use crate::engine::comments::NodeRecord;
use crate::error::Result;
use crate::faces::comments::{self as face, NodeOutcome, NodeView, OnExisting};
use crate::faces::comments_reads::{self as reads, NodeId};
use crate::input::RecordReader;
use crate::ops::{Actor, Transactions};

/// `node add ID --document DOC --source TEXT`.
#[derive(Debug, Clone)]
pub struct Add {
    pub node: NodeRecord,
    pub on_existing: OnExisting,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Added {
    pub id: String,
    pub document: String,
    /// added, updated, unchanged or skipped.
    pub status: NodeOutcome,
    pub dry_run: bool,
}

pub fn add(store: &mut impl Transactions, actor: &Actor, req: &Add) -> Result<Added> {
    let status = store.write(req.dry_run, |tx| {
        face::add_node(tx, actor.locks(), &req.node, req.on_existing)
    })?;
    Ok(Added {
        id: req.node.id.clone(),
        document: req.node.document.clone(),
        status,
        dry_run: req.dry_run,
    })
}

/// `node add --from FILE`: {"id", "document", "source"} records from a separate reader.
#[derive(Debug, Clone)]
pub struct AddMany {
    pub on_existing: OnExisting,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AddedMany {
    pub records: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub dry_run: bool,
}

/// A whole build's nodes in one transaction: all or none.
pub fn add_many(
    store: &mut impl Transactions,
    actor: &Actor,
    req: &AddMany,
    reader: &mut RecordReader,
) -> Result<AddedMany> {
    let batch = store
        .write(req.dry_run, |tx| {
            // A run the store repeats reads the records again from the start.
            reader.rewind()?;
            face::add_nodes_from(tx, actor.locks(), reader, req.on_existing)
        })
        .map_err(|e| e.context("node add stopped; nothing was stored"))?;
    Ok(AddedMany {
        records: batch.records,
        added: batch.added,
        updated: batch.updated,
        unchanged: batch.unchanged,
        skipped: batch.skipped,
        dry_run: req.dry_run,
    })
}

/// One node of `node list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    pub id: String,
    pub document: String,
    /// Comments on it, hidden ones included.
    pub comments: u64,
    /// Of them, displayed.
    pub visible: u64,
    pub source: String,
}

/// Streams the nodes (of one document; an unknown document has none) to `row`.
pub fn list(
    store: &mut impl Transactions,
    document: Option<&str>,
    row: &mut dyn FnMut(Listed) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        face::list_nodes(tx.comments()?, document, &mut |node| {
            row(Listed {
                id: node.id,
                document: node.document,
                comments: node.comments,
                visible: node.visible,
                source: node.source,
            })
        })
    })
}

/// Streams the ids and documents of the nodes (of one document) to `row`: no sources, no counts.
pub fn ids(
    store: &mut impl Transactions,
    document: Option<&str>,
    row: &mut dyn FnMut(NodeId) -> Result<()>,
) -> Result<()> {
    store.read(|tx| reads::node_ids(tx.comments()?, document, row))
}

/// One node with its source and comment counts.
pub fn show(store: &mut impl Transactions, id: &str) -> Result<NodeView> {
    store.read(|tx| face::show_node(tx.comments()?, id))
}
