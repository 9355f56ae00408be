//! Reading input: a file or `-` for stdin; one JSON document, or a stream of records given as a
//! JSON array, one object, or NDJSON. Errors name the record and the line:
//! `record 17 (line 17): missing field "verb"`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::error::{Error, Fix, Result};

mod replay;
use replay::Replay;

/// An opened input with the name to use in messages and its size when known (for progress).
pub struct Input {
    pub name: String,
    pub size: Option<u64>,
    pub reader: Box<dyn BufRead + Send>,
    /// The file once more (a duplicate of its descriptor) when it is a regular file, so that a
    /// [`RecordReader`] can go back in it by seeking instead of keeping what it read.
    pub file: Option<File>,
}

/// Opens FILE, or stdin for `None` and `-`.
pub fn open(path: Option<&Path>) -> Result<Input> {
    match path {
        None => Ok(stdin()),
        Some(p) if p.as_os_str() == "-" => Ok(stdin()),
        Some(p) => {
            let file = File::open(p).map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => {
                    Error::input_missing(format!("input file {} not found", p.display()))
                        .hint("check the path; use - to read stdin")
                }
                _ => Error::input_missing(format!("cannot open input file {}: {e}", p.display())),
            })?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            Ok(Input {
                name: p.display().to_string(),
                size,
                file: size.and_then(|_| file.try_clone().ok()),
                reader: Box::new(BufReader::with_capacity(256 * 1024, file)),
            })
        }
    }
}

fn stdin() -> Input {
    Input {
        name: "stdin".to_string(),
        size: None,
        reader: Box::new(BufReader::with_capacity(256 * 1024, io::stdin())),
        file: None,
    }
}

/// Bytes already in memory, read as stdin would be (a batch line's "stdin").
pub fn from_bytes(bytes: Vec<u8>) -> Input {
    Input {
        name: "stdin".to_string(),
        size: None,
        reader: Box::new(io::Cursor::new(bytes)),
        file: None,
    }
}

/// Reads the whole input as one JSON document.
pub fn read_document(mut input: Input) -> Result<serde_json::Value> {
    let mut bytes = Vec::new();
    input
        .reader
        .read_to_end(&mut bytes)
        .map_err(|e| Error::input_missing(format!("cannot read {}: {e}", input.name)))?;
    crate::exact_json::from_slice(&bytes).map_err(|e| {
        Error::bad_input(format!(
            "{}: invalid JSON at {}: {}",
            input.name,
            position(&e),
            serde_message(&e)
        ))
        .hint("the input must be one JSON document; check it with `jq . FILE`")
    })
}

/// Reads the whole input as UTF-8 text, exactly.
pub fn read_text(mut input: Input) -> Result<String> {
    let mut bytes = Vec::new();
    input
        .reader
        .read_to_end(&mut bytes)
        .map_err(|e| Error::input_missing(format!("cannot read {}: {e}", input.name)))?;
    String::from_utf8(bytes)
        .map_err(|_| Error::bad_input(format!("{} is not UTF-8 text", input.name)))
}

/// Running totals of records read in chunks, each chunk one transaction that the store may run
/// again: [`Tally::mark`] where a chunk starts, [`Tally::restore`] to take back what a run that
/// did not commit added (the reader goes back with [`RecordReader::rewind`]).
pub trait Tally {
    /// What [`Tally::restore`] goes back to.
    type Mark;
    fn mark(&mut self) -> Self::Mark;
    fn restore(&mut self, mark: &Self::Mark);
}

/// One record of a batch input, still as JSON text.
#[derive(Clone)]
pub struct Record {
    /// 1-based position in the input.
    pub number: u64,
    /// 1-based line where the record starts.
    pub line: u64,
    pub text: String,
}

impl Record {
    /// Deserializes the record, naming it on failure.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_str(&self.text).map_err(|e| self.error(serde_message(&e)))
    }

    /// A bad-input error naming this record: `record 17 (line 17): ...`.
    pub fn error(&self, message: impl std::fmt::Display) -> Error {
        Error::bad_input(format!(
            "record {} (line {}): {message}",
            self.number, self.line
        ))
    }
}

/// Where serde_json stopped, as our messages word it: `line 52, column 3`. For a value given on
/// the command line, the line is 1 unless the value spans lines.
pub fn position(e: &serde_json::Error) -> String {
    format!("line {}, column {}", e.line(), e.column())
}

/// serde_json's message without its "at line L column C" suffix (the caller words the position,
/// see [`position`]), with field names quoted the way our messages quote them.
pub fn serde_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) if e.line() > 0 => text[..i].to_string(),
        _ => text,
    };
    text.replace('`', "\"")
}

/// Counts the columns of skipped leading whitespace (they restart after a newline).
fn skip_columns(column: &mut u64, skipped: &[u8]) {
    match skipped.iter().rposition(|&b| b == b'\n') {
        Some(nl) => *column = (skipped.len() - nl - 1) as u64,
        None => *column += skipped.len() as u64,
    }
}

enum Mode {
    /// Not yet looked at the first byte.
    Start,
    /// NDJSON, or one value possibly spanning lines: read line by line.
    Lines,
    /// A JSON array, read whole: the text and each element's (start, end, line).
    Array {
        text: String,
        items: Vec<(usize, usize, u64)>,
        next: usize,
        /// Bytes of the input before the text (whitespace before `[`).
        base: u64,
    },
    Done,
}

/// Pulls records one at a time from a JSON array, a single JSON value, or NDJSON (blank lines
/// skipped; a value may span several lines). NDJSON streams in constant memory; an array is
/// read whole.
pub struct RecordReader {
    /// The input's name for messages, and its size when known.
    name: String,
    size: Option<u64>,
    reader: Replay,
    mode: Mode,
    line_no: u64,
    /// Bytes skipped on the current line before the first value (columns of an array's first
    /// line count from there).
    column_skipped: u64,
    number: u64,
    bytes_read: u64,
    buf: Vec<u8>,
    line: Vec<u8>,
    /// Told `bytes_read` after every record and at the end (a progress bar).
    observer: Option<Box<dyn FnMut(u64) + Send>>,
    /// Where [`RecordReader::rewind`] goes back to, once [`RecordReader::mark`] set it.
    mark: Option<Mark>,
    /// Records read by `read_ahead`, not yet returned.
    ahead: std::collections::VecDeque<Record>,
}

/// The reader's position at a mark: its counters and how far into its mode it was.
struct Mark {
    mode: MarkMode,
    line_no: u64,
    column_skipped: u64,
    number: u64,
    bytes_read: u64,
    /// The records read ahead and not yet returned at the mark: a run again gets them again.
    ahead: std::collections::VecDeque<Record>,
}

enum MarkMode {
    Start,
    Lines,
    Array { next: usize },
    Done,
}

impl RecordReader {
    /// A reader marked at its start.
    pub fn new(input: Input) -> RecordReader {
        let mut reader = RecordReader {
            name: input.name,
            size: input.size,
            reader: Replay::new(input.reader, input.file),
            mode: Mode::Start,
            line_no: 0,
            column_skipped: 0,
            number: 0,
            bytes_read: 0,
            buf: Vec::new(),
            line: Vec::new(),
            observer: None,
            mark: None,
            ahead: std::collections::VecDeque::new(),
        };
        reader.mark();
        reader
    }

    /// Marks where a transaction starts reading, so that [`RecordReader::rewind`] can go back
    /// here if the store runs the transaction again.
    pub fn mark(&mut self) {
        self.mark = Some(Mark {
            mode: match &self.mode {
                Mode::Start => MarkMode::Start,
                Mode::Lines => MarkMode::Lines,
                Mode::Array { next, .. } => MarkMode::Array { next: *next },
                Mode::Done => MarkMode::Done,
            },
            line_no: self.line_no,
            column_skipped: self.column_skipped,
            number: self.number,
            bytes_read: self.bytes_read,
            ahead: self.ahead.clone(),
        });
        self.reader.mark();
    }

    /// Goes back to the last [`RecordReader::mark`] (at first, the start of the input): the
    /// records read since are read again. Called first in a transaction closure that reads
    /// records, so that a run again reads the same ones; the first run has nothing to undo. A
    /// busy error when the input could not be kept (see [`replay`]).
    pub fn rewind(&mut self) -> Result<()> {
        let Some(mark) = &self.mark else {
            return Err(Error::internal(
                "a record reader was rewound without a mark",
            ));
        };
        let (mode, replay_bytes) = match (&mark.mode, &mut self.mode) {
            // An array is held whole: going back is choosing the element.
            (MarkMode::Start, Mode::Array { next, .. }) => {
                *next = 0;
                (None, false)
            }
            (MarkMode::Array { next: at }, Mode::Array { next, .. }) => {
                *next = *at;
                (None, false)
            }
            (MarkMode::Array { .. }, _) => {
                return Err(Error::internal("a record reader left its array"));
            }
            (MarkMode::Done, _) => (Some(Mode::Done), false),
            (MarkMode::Start, _) => (Some(Mode::Start), true),
            (MarkMode::Lines, _) => (Some(Mode::Lines), true),
        };
        let (line_no, column_skipped, number, bytes_read) = (
            mark.line_no,
            mark.column_skipped,
            mark.number,
            mark.bytes_read,
        );
        self.ahead = mark.ahead.clone();
        if let Err(why) = self.reader.rewind(replay_bytes, bytes_read) {
            return Err(Error::busy(format!(
                "the store asked to run the transaction again (another writer changed what it \
                 read), but {} cannot be read again from where it began: {why}",
                self.name
            ))
            .hint(Fix::RerunOrSmallerBatches));
        }
        if let Some(mode) = mode {
            self.mode = mode;
        }
        self.line_no = line_no;
        self.column_skipped = column_skipped;
        self.number = number;
        self.bytes_read = bytes_read;
        Ok(())
    }

    /// Reads up to `n` records now and keeps them for `next_record`. A command that applies
    /// records in chunks reads each chunk before it opens the chunk's transaction, so that it
    /// never holds the store while it waits for slow input (a pipe). A record that cannot be
    /// read fails here.
    pub fn read_ahead(&mut self, n: u64) -> Result<()> {
        while (self.ahead.len() as u64) < n {
            match self.read_record()? {
                Some(record) => self.ahead.push_back(record),
                None => break,
            }
        }
        Ok(())
    }

    /// Reports the bytes consumed as records are read (so a bar moves inside one long
    /// transaction too); `None` reports nothing.
    pub fn observe(&mut self, observer: Option<Box<dyn FnMut(u64) + Send>>) {
        self.observer = observer;
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Input size when known (a regular file), for progress.
    pub fn size(&self) -> Option<u64> {
        self.size
    }

    /// Bytes consumed so far, for progress.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Records returned so far.
    pub fn records_read(&self) -> u64 {
        self.number
    }

    fn read_error(&self, e: io::Error) -> Error {
        Error::input_missing(format!("cannot read {}: {e}", self.name))
    }

    pub fn next_record(&mut self) -> Result<Option<Record>> {
        let record = match self.ahead.pop_front() {
            Some(record) => Some(record),
            None => self.read_record()?,
        };
        if let Some(observer) = &mut self.observer {
            observer(self.bytes_read);
        }
        Ok(record)
    }

    fn read_record(&mut self) -> Result<Option<Record>> {
        if let Mode::Start = self.mode {
            self.start()?;
        }
        match &mut self.mode {
            Mode::Start | Mode::Done => Ok(None),
            Mode::Array {
                text,
                items,
                next,
                base,
            } => {
                let Some(&(start, end, line)) = items.get(*next) else {
                    // Stays an array at its end, so that a rewind can choose an element again.
                    self.bytes_read = *base + text.len() as u64;
                    return Ok(None);
                };
                *next += 1;
                self.number += 1;
                self.bytes_read = *base + end as u64;
                Ok(Some(Record {
                    number: self.number,
                    line,
                    text: text[start..end].to_string(),
                }))
            }
            Mode::Lines => self.next_line_record(),
        }
    }

    /// Skips leading whitespace and picks the mode from the first byte.
    fn start(&mut self) -> Result<()> {
        let first = loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) => return Err(self.read_error(e)),
            };
            if buf.is_empty() {
                break None;
            }
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let newlines = buf[..i].iter().filter(|&&b| b == b'\n').count() as u64;
                    skip_columns(&mut self.column_skipped, &buf[..i]);
                    let first = buf[i];
                    self.reader.consume(i);
                    self.line_no += newlines;
                    self.bytes_read += i as u64;
                    break Some(first);
                }
                None => {
                    let n = buf.len();
                    skip_columns(&mut self.column_skipped, buf);
                    self.line_no += buf.iter().filter(|&&b| b == b'\n').count() as u64;
                    self.bytes_read += n as u64;
                    self.reader.consume(n);
                }
            }
        };
        self.mode = match first {
            None => Mode::Done,
            Some(b'[') => self.read_array()?,
            Some(_) => Mode::Lines,
        };
        Ok(())
    }

    fn read_array(&mut self) -> Result<Mode> {
        let mut text = String::new();
        self.reader.read_to_string(&mut text).map_err(|e| {
            Error::bad_input(format!("cannot read {} as UTF-8 text: {e}", self.name))
        })?;
        let base_line = self.line_no + 1;
        let raws: Vec<&RawValue> = serde_json::from_str(&text).map_err(|e| {
            let column = e.column() as u64
                + if e.line() == 1 {
                    self.column_skipped
                } else {
                    0
                };
            Error::bad_input(format!(
                "{} (line {}, column {column}): invalid JSON array: {}",
                self.name,
                e.line() as u64 + base_line - 1,
                serde_message(&e)
            ))
        })?;
        let base = text.as_ptr() as usize;
        let mut line = base_line;
        let mut scanned = 0usize;
        let mut items = Vec::with_capacity(raws.len());
        for raw in &raws {
            let start = raw.get().as_ptr() as usize - base;
            line += text.as_bytes()[scanned..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            scanned = start;
            items.push((start, start + raw.get().len(), line));
        }
        Ok(Mode::Array {
            text,
            items,
            next: 0,
            base: self.bytes_read,
        })
    }

    fn next_line_record(&mut self) -> Result<Option<Record>> {
        self.buf.clear();
        let mut start_line = 0;
        let mut start_column = 0;
        loop {
            self.line.clear();
            let n = match self.reader.read_until(b'\n', &mut self.line) {
                Ok(n) => n,
                Err(e) => return Err(self.read_error(e)),
            };
            if n == 0 {
                break;
            }
            self.bytes_read += n as u64;
            self.line_no += 1;
            if self.buf.is_empty() {
                if self.line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                start_line = self.line_no;
                // Only the first record starts after skipped whitespace of its line.
                start_column = std::mem::take(&mut self.column_skipped);
            }
            self.buf.extend_from_slice(&self.line);
            let number = self.number + 1;
            let text = std::str::from_utf8(&self.buf).map_err(|_| {
                Error::bad_input(format!(
                    "record {number} (line {start_line}): not UTF-8 text"
                ))
            })?;
            match serde_json::from_str::<&RawValue>(text) {
                Ok(raw) => {
                    self.number = number;
                    return Ok(Some(Record {
                        number,
                        line: start_line,
                        text: raw.get().to_string(),
                    }));
                }
                Err(e) if e.is_eof() => continue,
                Err(e) => {
                    return Err(Error::bad_input(format!(
                        "record {number} (line {}, column {}): invalid JSON: {}",
                        start_line + e.line() as u64 - 1,
                        e.column() as u64 + if e.line() == 1 { start_column } else { 0 },
                        serde_message(&e)
                    )))
                }
            }
        }
        if self.buf.is_empty() {
            self.mode = Mode::Done;
            Ok(None)
        } else {
            Err(Error::bad_input(format!(
                "record {} (line {start_line}): invalid JSON: the input ends inside the record",
                self.number + 1
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Result<Vec<(u64, u64, String)>> {
        let input = Input {
            name: "test".into(),
            size: None,
            reader: Box::new(io::Cursor::new(text.as_bytes().to_vec())),
            file: None,
        };
        let mut reader = RecordReader::new(input);
        let mut out = Vec::new();
        while let Some(r) = reader.next_record()? {
            out.push((r.number, r.line, r.text));
        }
        Ok(out)
    }

    fn reader(text: &str) -> RecordReader {
        RecordReader::new(Input {
            name: "test".into(),
            size: None,
            reader: Box::new(io::Cursor::new(text.as_bytes().to_vec())),
            file: None,
        })
    }

    fn next(reader: &mut RecordReader) -> Option<(u64, u64, String)> {
        reader
            .next_record()
            .unwrap()
            .map(|r| (r.number, r.line, r.text))
    }

    #[test]
    fn a_rewind_reads_the_records_since_the_mark_again() {
        for text in [
            "{\"a\":1}\n\n{\"b\":\n 2}\n{\"c\":3}\n{\"d\":4}",
            "  [{\"a\":1},\n{\"b\":\n 2},\n{\"c\":3}, {\"d\":4}]",
        ] {
            let mut r = reader(text);
            let first = next(&mut r);
            // At the start: the mark `new` set.
            r.rewind().unwrap();
            assert_eq!(next(&mut r), first, "{text}");
            r.mark();
            let second = next(&mut r);
            let third = next(&mut r);
            assert_eq!(second.as_ref().map(|s| s.0), Some(2));
            r.rewind().unwrap();
            assert_eq!(next(&mut r), second, "{text}");
            assert_eq!(next(&mut r), third, "{text}");
            let fourth = next(&mut r);
            assert_eq!(next(&mut r), None);
            // A rewind after the end, and twice in a row.
            r.rewind().unwrap();
            r.rewind().unwrap();
            assert_eq!(next(&mut r), second, "{text}");
            assert_eq!(next(&mut r), third, "{text}");
            assert_eq!(next(&mut r), fourth, "{text}");
            assert_eq!(next(&mut r), None);
        }
    }

    #[test]
    fn a_file_rewinds_by_seeking_however_much_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.ndjson");
        let line = format!("{{\"v\":\"{}\"}}\n", "x".repeat(1000));
        std::fs::write(&path, line.repeat(replay::MEMORY_LIMIT / 1000 + 10)).unwrap();
        let mut r = RecordReader::new(open(Some(&path)).unwrap());
        let first = next(&mut r);
        r.mark();
        let second = next(&mut r);
        let mut last = None;
        while let Some(record) = next(&mut r) {
            last = Some(record);
        }
        r.rewind().unwrap();
        assert_eq!(next(&mut r), second);
        let mut again = None;
        while let Some(record) = next(&mut r) {
            again = Some(record);
        }
        assert_eq!(again, last);
        assert!(first.is_some() && r.reader.kept() == 0);
    }

    #[test]
    fn a_pipe_past_the_memory_limit_is_read_again_from_a_temporary_file() {
        let line = |i: usize| format!("{{\"v\":\"{i:08}{}\"}}\n", "x".repeat(1000));
        // About 3 MiB: several chunks of the temporary file past the first MiB in memory.
        let count = 3 * replay::MEMORY_LIMIT / 1000;
        let text: String = (0..count).map(line).collect();
        let mut r = reader(&text);
        let first = next(&mut r).unwrap();
        r.mark();
        let mut read = Vec::new();
        while let Some(record) = next(&mut r) {
            read.push(record);
        }
        assert_eq!(read.len(), count - 1);
        assert!(r.reader.kept_in_a_file());
        for _ in 0..2 {
            r.rewind().unwrap();
            let mut again = Vec::new();
            while let Some(record) = next(&mut r) {
                again.push(record);
            }
            assert_eq!(again, read);
        }
        // A mark in the middle of reading again: a rewind goes back to it, not before.
        r.rewind().unwrap();
        for _ in 0..1500 {
            next(&mut r).unwrap();
        }
        r.mark();
        let at_mark = next(&mut r).unwrap();
        assert_eq!(at_mark, read[1500]);
        while next(&mut r).is_some() {}
        r.rewind().unwrap();
        assert_eq!(next(&mut r).unwrap(), at_mark);
        // A mark at the end of what was kept empties it, back in memory.
        while next(&mut r).is_some() {}
        r.mark();
        assert!(!r.reader.kept_in_a_file());
        assert!(first.0 == 1);
    }

    #[test]
    fn ndjson_array_and_single_object() {
        let got = records("{\"a\":1}\n\n{\"b\":2}\n").unwrap();
        assert_eq!(
            got,
            vec![(1, 1, "{\"a\":1}".into()), (2, 3, "{\"b\":2}".into())]
        );
        let got = records("[\n {\"a\":1},\n\n {\"b\":2}\n]").unwrap();
        assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), vec![2, 4]);
        let got = records("{\n  \"a\": 1\n}\n{\"b\": 2}\n").unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, 4);
        assert!(records("").unwrap().is_empty());
        assert!(records("\n\n  \n").unwrap().is_empty());
        let got = records("\n\n{\"a\":1}\n").unwrap();
        assert_eq!(got[0].1, 3);
        let got = records("\n[1,\n2]").unwrap();
        assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), vec![2, 3]);
    }

    #[test]
    fn errors_name_record_and_line() {
        let err = records("{\"a\":1}\n{\"a\":\n{\"b\"}\n").unwrap_err();
        assert!(
            err.message().starts_with("record 2 (line 3, column 5)"),
            "{}",
            err.message()
        );
        let err = records("{\"a\":1}\n{\"a\":").unwrap_err();
        assert!(
            err.message().contains("record 2 (line 2)"),
            "{}",
            err.message()
        );
        let err = records("{\"a\":1} x\n").unwrap_err();
        assert!(
            err.message().contains("record 1 (line 1"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn the_observer_sees_bytes_grow_to_the_whole_input() {
        for text in ["{\"a\":1}\n\n{\"b\":2}\n", "  [ {\"a\":1},\n {\"b\":2} ]\n"] {
            let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
            let mut reader = RecordReader::new(Input {
                name: "test".into(),
                size: Some(text.len() as u64),
                reader: Box::new(io::Cursor::new(text.as_bytes().to_vec())),
                file: None,
            });
            let sink = seen.clone();
            reader.observe(Some(Box::new(move |n| sink.lock().unwrap().push(n))));
            while reader.next_record().unwrap().is_some() {}
            let seen = seen.lock().unwrap().clone();
            assert_eq!(seen.len(), 3, "{text:?}: {seen:?}");
            assert!(
                seen[0] < seen[1] && seen[1] <= seen[2],
                "{text:?}: {seen:?}"
            );
            assert_eq!(*seen.last().unwrap(), text.len() as u64, "{text:?}");
        }
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let message = |text: &str| records(text).unwrap_err().message().to_string();
        assert_eq!(
            message("{\"a\":1}\n{\"a\": x}\n"),
            "record 2 (line 2, column 7): invalid JSON: expected value"
        );
        // Whitespace skipped before the first record still counts in its columns.
        assert_eq!(
            message("\n    {\"a\": x}"),
            "record 1 (line 2, column 11): invalid JSON: expected value"
        );
        assert_eq!(
            message("{\"a\":\n  1,\n x}"),
            "record 1 (line 3, column 2): invalid JSON: key must be a string"
        );
        assert_eq!(
            message("  [1,\n   {x}]"),
            "test (line 2, column 5): invalid JSON array: key must be a string"
        );
        assert_eq!(
            message("\n [{x}]"),
            "test (line 2, column 4): invalid JSON array: key must be a string"
        );
        let doc = Input {
            name: "doc.json".into(),
            size: None,
            reader: Box::new(io::Cursor::new(b"{\n  \"a\": 1,\n  b: 2\n}".to_vec())),
            file: None,
        };
        assert_eq!(
            read_document(doc).unwrap_err().message(),
            "doc.json: invalid JSON at line 3, column 3: key must be a string"
        );
    }
}
