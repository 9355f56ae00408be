//! Going back in the input to where a transaction began reading, so that a transaction the
//! store runs again (it lost to another writer) reads the same records.
//!
//! A regular file seeks back. Other input (stdin, a pipe) cannot, so what was handed out since
//! the mark is kept: in memory up to [`MEMORY_LIMIT`], past that in an unnamed temporary file
//! (`$TMPDIR`, removed when closed), so that a run again never depends on how much the
//! transaction read, while memory stays bounded however long the input.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};

/// What is kept in memory before the rest goes to a temporary file.
pub const MEMORY_LIMIT: usize = 1 << 20;

/// How much of the temporary file is read back, or gathered before it is written, at a time.
const CHUNK: usize = 256 * 1024;

/// A reader that can go back to a mark.
pub struct Replay {
    inner: Box<dyn BufRead + Send>,
    /// The file `inner` reads, for seeking; `None` for input that is not a regular file.
    file: Option<File>,
    /// Input that is not a regular file: what was handed out since the mark. Its bytes
    /// `start..pos` were consumed since the mark; `pos..` are to be handed out again.
    log: Log,
    start: u64,
    pos: u64,
    /// Why the log could not be kept (the temporary file failed): going back is impossible
    /// until the next mark.
    lost: Option<String>,
}

/// Bytes kept to be handed out again, by their offset since the log was last emptied.
enum Log {
    Memory(Vec<u8>),
    Spilled(Spill),
}

struct Spill {
    file: File,
    /// Bytes in the file, and appended bytes not written to it yet.
    written: u64,
    pending: Vec<u8>,
    /// A part of the file read back, and its offset.
    window: Vec<u8>,
    window_at: u64,
}

impl Log {
    fn len(&self) -> u64 {
        match self {
            Log::Memory(bytes) => bytes.len() as u64,
            Log::Spilled(spill) => spill.written + spill.pending.len() as u64,
        }
    }

    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Log::Memory(kept) if kept.len() + bytes.len() <= MEMORY_LIMIT => {
                kept.extend_from_slice(bytes);
                Ok(())
            }
            Log::Memory(kept) => {
                let mut file = tempfile::tempfile()?;
                file.write_all(kept)?;
                let mut spill = Spill {
                    file,
                    written: kept.len() as u64,
                    pending: Vec::with_capacity(CHUNK),
                    window: Vec::new(),
                    window_at: 0,
                };
                spill.append(bytes)?;
                *self = Log::Spilled(spill);
                Ok(())
            }
            Log::Spilled(spill) => spill.append(bytes),
        }
    }

    /// The kept bytes from `at` on (at least one when `at` is before the end).
    fn bytes_at(&mut self, at: u64) -> io::Result<&[u8]> {
        match self {
            Log::Memory(bytes) => Ok(&bytes[at as usize..]),
            Log::Spilled(spill) => spill.bytes_at(at),
        }
    }
}

impl Spill {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.pending.extend_from_slice(bytes);
        if self.pending.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.file.seek(SeekFrom::Start(self.written))?;
            self.file.write_all(&self.pending)?;
            self.written += self.pending.len() as u64;
            self.pending.clear();
        }
        Ok(())
    }

    fn bytes_at(&mut self, at: u64) -> io::Result<&[u8]> {
        let in_window = at >= self.window_at && at < self.window_at + self.window.len() as u64;
        if !in_window {
            self.flush()?;
            let want = (self.written - at).min(CHUNK as u64) as usize;
            self.window.resize(want, 0);
            self.file.seek(SeekFrom::Start(at))?;
            self.file.read_exact(&mut self.window)?;
            self.window_at = at;
        }
        Ok(&self.window[(at - self.window_at) as usize..])
    }
}

impl Replay {
    pub fn new(inner: Box<dyn BufRead + Send>, file: Option<File>) -> Replay {
        Replay {
            inner,
            file,
            log: Log::Memory(Vec::new()),
            start: 0,
            pos: 0,
            lost: None,
        }
    }

    /// How many bytes are kept to be handed out again.
    #[cfg(test)]
    pub fn kept(&self) -> u64 {
        self.log.len()
    }

    #[cfg(test)]
    pub fn kept_in_a_file(&self) -> bool {
        matches!(self.log, Log::Spilled(_))
    }

    /// Whether bytes handed out before are being handed out again.
    fn replaying(&self) -> bool {
        self.pos < self.log.len()
    }

    /// Marks the current position: what comes after it is kept from now on.
    pub fn mark(&mut self) {
        self.start = self.pos;
        if !self.replaying() {
            // Nothing before the mark is needed again: the log starts afresh, in memory.
            if let Log::Memory(bytes) = &mut self.log {
                bytes.clear();
            } else {
                self.log = Log::Memory(Vec::new());
            }
            self.start = 0;
            self.pos = 0;
            self.lost = None;
        }
    }

    /// Goes back to the mark, which is `offset` bytes into the input: a file seeks there; other
    /// input hands out again what was consumed since. Without `replay_bytes` (the records are
    /// held elsewhere) the mark only moves here. `Err` with the reason when going back is not
    /// possible.
    pub fn rewind(&mut self, replay_bytes: bool, offset: u64) -> Result<(), String> {
        if let Some(file) = &self.file {
            if !replay_bytes {
                return Ok(());
            }
            let mut again = file.try_clone().map_err(|e| e.to_string())?;
            again
                .seek(SeekFrom::Start(offset))
                .map_err(|e| e.to_string())?;
            self.inner = Box::new(BufReader::with_capacity(CHUNK, again));
            return Ok(());
        }
        if let Some(why) = &self.lost {
            return Err(why.clone());
        }
        if replay_bytes {
            self.pos = self.start;
        } else {
            self.mark();
        }
        Ok(())
    }

    /// Keeps `bytes`, just consumed from `inner`; past a failure nothing more is kept.
    fn keep(log: &mut Log, lost: &mut Option<String>, pos: &mut u64, bytes: &[u8]) {
        if lost.is_some() {
            return;
        }
        match log.append(bytes) {
            Ok(()) => *pos += bytes.len() as u64,
            Err(e) => {
                *lost = Some(format!(
                    "the temporary file that keeps it (in {}) failed: {e}",
                    std::env::temp_dir().display()
                ));
                *log = Log::Memory(Vec::new());
                *pos = 0;
            }
        }
    }
}

impl Read for Replay {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Replay {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.file.is_none() && self.replaying() {
            return self.log.bytes_at(self.pos);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if amt == 0 {
            return;
        }
        if self.file.is_some() {
            self.inner.consume(amt);
            return;
        }
        if self.replaying() {
            self.pos = (self.pos + amt as u64).min(self.log.len());
            return;
        }
        // The bytes consumed are the front of the buffer the caller just filled.
        let taken: &[u8] = match self.inner.fill_buf() {
            Ok(buf) => &buf[..amt.min(buf.len())],
            Err(_) => &[],
        };
        Replay::keep(&mut self.log, &mut self.lost, &mut self.pos, taken);
        self.inner.consume(amt);
    }
}
