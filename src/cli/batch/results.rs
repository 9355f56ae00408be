//! The batch's results on stdout, one NDJSON line per command.
//!
//! The results of an open write transaction are held back until something makes them go out:
//! its commit, the batch waiting for input (a program may be waiting for them), or their size.
//! While none of them has gone out, the transaction can run again from its first line when it
//! loses to another writer, and the results of the run that commits replace them.

use std::io::{self, Write};

use serde_json::json;

use crate::cli::line;
use crate::error::{Error, Result};

/// Results of an open transaction held back beyond this size go out (and the transaction can
/// no longer run again): memory stays bounded however long the batch.
const HELD_LIMIT: usize = 16 * 1024 * 1024;

/// A failed write (a closed pipe) stops the printing, not the batch: what the batch writes does
/// not depend on whether anyone reads the results.
pub struct Results<'a> {
    out: &'a mut dyn Write,
    failed: Option<io::Error>,
    /// Results not yet written to `out`.
    held: Vec<u8>,
    /// Whether results of the open transaction went out.
    open_results_out: bool,
    /// Whether a write transaction is open.
    open: bool,
}

impl<'a> Results<'a> {
    pub fn new(out: &'a mut dyn Write) -> Results<'a> {
        Results {
            out,
            failed: None,
            held: Vec::with_capacity(64 * 1024),
            open_results_out: false,
            open: false,
        }
    }

    /// `{"ok": DOC}`: the JSON the command printed, on one line (JSON text never holds a raw
    /// newline but between tokens, so removing them keeps it intact).
    pub fn ok(&mut self, captured: &[u8]) {
        self.held.extend_from_slice(b"{\"ok\":");
        // Writing to a Vec cannot fail.
        let _ = line::write_captured(&mut self.held, captured);
        self.held.extend_from_slice(b"}\n");
        if self.held.len() >= HELD_LIMIT {
            self.send_held();
        }
    }

    /// A write transaction begins: the results from here on may be taken back.
    pub fn transaction_begins(&mut self) {
        self.send_held();
        self.open = true;
        self.open_results_out = false;
    }

    /// The open transaction committed (or ended): its results stand.
    pub fn transaction_ends(&mut self) {
        self.open = false;
        self.open_results_out = false;
    }

    /// Whether results of the open transaction are held that could still be taken back.
    pub fn holds_open_results(&self) -> bool {
        self.open && !self.held.is_empty()
    }

    /// Whether results of the open transaction went out (it can no longer run again).
    pub fn sent_open_results(&self) -> bool {
        self.open_results_out
    }

    /// Takes back the results of the open transaction, to run it again; false when some of
    /// them went out already (the transaction cannot run again).
    pub fn take_back(&mut self) -> bool {
        if self.open_results_out {
            return false;
        }
        self.held.clear();
        true
    }

    /// Sends the results so far on (before the batch waits for more input).
    pub fn flush(&mut self) {
        self.send_held();
        self.write(|out| out.flush());
    }

    fn send_held(&mut self) {
        if self.held.is_empty() {
            return;
        }
        if self.open {
            self.open_results_out = true;
        }
        let held = std::mem::take(&mut self.held);
        self.write(|out| out.write_all(&held));
        self.held = held;
        self.held.clear();
    }

    fn error(&mut self, e: &Error, line: u64, committed_through: u64) {
        let doc = json!({"error": {
            "kind": e.kind().name(),
            "message": e.message(),
            "hint": crate::cli::hint_text(e),
            "line": line,
            "committed_through": committed_through,
        }});
        self.send_held();
        self.write(|out| writeln!(out, "{doc}"));
    }

    /// Ends the batch at `line`: prints its error record and returns the error to exit with.
    pub fn stop(mut self, e: Error, line: u64, committed_through: u64, dry_run: bool) -> Error {
        self.error(&e, line, committed_through);
        // The line's error is what counts, even when stdout is gone.
        let _ = self.finish();
        super::stopped(e, line, committed_through, dry_run)
    }

    fn write(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
        if self.failed.is_none() {
            if let Err(e) = f(self.out) {
                self.failed = Some(e);
            }
        }
    }

    /// Flushes; a closed pipe ends quietly, like every command's.
    pub fn finish(mut self) -> Result<()> {
        self.flush();
        match self.failed {
            None => Ok(()),
            Some(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Error::Io(e)),
            Some(e) => {
                Err(Error::from(e)
                    .context("cannot write the batch's results (the batch itself ran)"))
            }
        }
    }
}
