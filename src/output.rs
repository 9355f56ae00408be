//! The one output layer: every result leaves through a [`Printer`], every error through
//! [`print_error`]. stdout carries results only; warnings and progress go to stderr.
//!
//! Formats: `json` (one document; lists are arrays), `ndjson` (one record per line), `tsv`
//! (strings raw with `\t`, `\n`, `\\` escaped, everything else as compact JSON, no header) and
//! `table` (comfy-table, only ever chosen for a terminal unless asked for).

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::settings::{ColorChoice, Format, Settings};

/// What a command hands back to be printed after it finished (and committed).
pub enum Output {
    /// Nothing to print (the command streamed its records itself, or has no result).
    Nothing,
    /// One JSON document; in table format objects print as a field/value table.
    Doc(Value),
    /// A report document plus the sentence a person at a terminal wants instead of JSON.
    Report { doc: Value, text: String },
}

/// How a list of records is shaped as one JSON document.
#[derive(Clone, Copy)]
pub enum Shape {
    /// `[record, ...]`.
    Array,
    /// `{record[key]: record[value], ...}`, e.g. a namespace dump. ndjson still prints records.
    Object {
        key: &'static str,
        value: &'static str,
    },
}

pub struct Printer {
    format: Format,
    /// Styling in tables on stdout.
    color: bool,
    /// Styling in errors and warnings on stderr.
    stderr_color: bool,
    out: Out,
    quiet: bool,
    /// JSON lists on one line, for a result printed inside another.
    compact: bool,
}

/// Where a printer writes: stdout, or memory for a result that is printed inside another
/// (a line of `storectl batch`).
enum Out {
    Stdout(io::BufWriter<io::Stdout>),
    Memory(Vec<u8>),
}

/// Names stdout in a write error (a full disk says only "No space left on device"), keeping its
/// kind, which decides the exit code (74) and lets a closed pipe end the program quietly.
fn on_stdout(e: io::Error) -> io::Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return e;
    }
    io::Error::new(e.kind(), format!("cannot write to stdout: {e}"))
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Out::Stdout(w) => w.write(buf).map_err(on_stdout),
            Out::Memory(v) => v.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Out::Stdout(w) => w.write_all(buf).map_err(on_stdout),
            Out::Memory(v) => v.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Stdout(w) => w.flush().map_err(on_stdout),
            Out::Memory(_) => Ok(()),
        }
    }
}

impl Printer {
    pub fn new(settings: &Settings) -> Printer {
        let stdout_tty = io::stdout().is_terminal();
        let format = settings.format.unwrap_or(if stdout_tty {
            Format::Table
        } else {
            Format::Json
        });
        Printer {
            format,
            color: use_color(settings.color, stdout_tty),
            stderr_color: use_color(settings.color, io::stderr().is_terminal()),
            out: Out::Stdout(io::BufWriter::with_capacity(64 * 1024, io::stdout())),
            quiet: settings.quiet,
            compact: false,
        }
    }

    /// A printer that writes JSON into memory, for [`Printer::captured`] to take: what a
    /// command would print with `--format json`, each document on one line.
    pub fn to_memory(quiet: bool) -> Printer {
        Printer {
            format: Format::Json,
            color: false,
            stderr_color: false,
            out: Out::Memory(Vec::new()),
            quiet,
            compact: true,
        }
    }

    /// What a [`Printer::to_memory`] printer holds (the caller clears it); `None` for stdout.
    pub fn captured(&mut self) -> Option<&mut Vec<u8>> {
        match &mut self.out {
            Out::Memory(v) => Some(v),
            Out::Stdout(_) => None,
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Overrides the format for a command whose natural output differs (export is NDJSON
    /// unless a format was asked for).
    pub fn set_format(&mut self, format: Format) {
        self.format = format;
    }

    pub fn print(&mut self, output: Output) -> Result<()> {
        match output {
            Output::Nothing => Ok(()),
            Output::Doc(doc) => self.document(&doc),
            Output::Report { doc, text } => {
                if self.format == Format::Table {
                    writeln!(self.out, "{text}")?;
                    Ok(())
                } else {
                    self.document(&doc)
                }
            }
        }
    }

    /// Prints one JSON document.
    pub fn document(&mut self, doc: &Value) -> Result<()> {
        match self.format {
            Format::Json | Format::Ndjson => {
                serde_json::to_writer(&mut self.out, doc).map_err(json_write_error)?;
                self.out.write_all(b"\n")?;
            }
            Format::Tsv => match doc {
                Value::Object(map) => {
                    for (k, v) in map {
                        writeln!(
                            self.out,
                            "{}\t{}",
                            tsv_field(&Value::String(k.clone())),
                            tsv_field(v)
                        )?;
                    }
                }
                other => writeln!(self.out, "{}", tsv_field(other))?,
            },
            Format::Table => match doc {
                Value::Object(map) if map.values().all(|v| !v.is_object() && !v.is_array()) => {
                    let mut table = self.new_table(&["field", "value"]);
                    for (k, v) in map {
                        table.add_row(vec![Cell::new(k), Cell::new(cell_text(v))]);
                    }
                    writeln!(self.out, "{table}")?;
                }
                other => {
                    serde_json::to_writer_pretty(&mut self.out, other).map_err(json_write_error)?;
                    self.out.write_all(b"\n")?;
                }
            },
        }
        Ok(())
    }

    /// Prints a JSON value already serialized as compact text (as the store keeps it),
    /// without re-encoding it in the json and ndjson formats.
    pub fn json_text(&mut self, text: &str) -> Result<()> {
        match self.format {
            Format::Json | Format::Ndjson => {
                self.out.write_all(text.as_bytes())?;
                self.out.write_all(b"\n")?;
                Ok(())
            }
            Format::Tsv | Format::Table => {
                let value: Value = crate::exact_json::from_str(text)
                    .map_err(|e| Error::internal(format!("stored value is not JSON: {e}")))?;
                if self.format == Format::Tsv {
                    // A value is data: one field, never split into rows like a report.
                    writeln!(self.out, "{}", tsv_field(&value))?;
                    Ok(())
                } else {
                    self.document(&value)
                }
            }
        }
    }

    /// Starts a list of records with the given columns (used by table and tsv).
    pub fn records(&mut self, columns: &[&'static str], shape: Shape) -> Records<'_> {
        let table = (self.format == Format::Table).then(|| self.new_table(columns));
        Records {
            printer: self,
            columns: columns.to_vec(),
            shape,
            count: 0,
            table,
        }
    }

    fn new_table(&self, columns: &[&str]) -> Table {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if self.color {
            // Styled even when stdout is not a terminal (`--color always` in a pipe).
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        // A terminal that reports no size (a pty nobody sized: `script`, some containers) would
        // squeeze every column to one character; lay the table out at its natural width.
        if table.width() == Some(0) {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
        table.set_header(columns.iter().map(|c| {
            let cell = Cell::new(c);
            if self.color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        table
    }

    /// stdout itself, for bytes that must go out exactly (`item show --raw`).
    pub fn raw(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }

    /// A warning on stderr, unless `--quiet`.
    pub fn warn(&self, message: &str) {
        if !self.quiet {
            eprintln!("{} {message}", paint(self.stderr_color, YELLOW, "warning:"));
        }
    }

    /// Whether errors and warnings on stderr are styled, for [`print_error`].
    pub fn stderr_color(&self) -> bool {
        self.stderr_color
    }
}

/// A list being printed record by record, so that large lists stream in constant memory
/// (except the table format, which needs every row to size its columns).
pub struct Records<'p> {
    printer: &'p mut Printer,
    columns: Vec<&'static str>,
    shape: Shape,
    count: u64,
    table: Option<Table>,
}

impl Records<'_> {
    pub fn row(&mut self, record: &Value) -> Result<()> {
        let out = &mut self.printer.out;
        match self.printer.format {
            Format::Ndjson => {
                serde_json::to_writer(&mut *out, record).map_err(json_write_error)?;
                out.write_all(b"\n")?;
            }
            Format::Json => {
                let compact = self.printer.compact;
                out.write_all(match (self.count, self.shape) {
                    (0, Shape::Array) if compact => b"[",
                    (0, Shape::Object { .. }) if compact => b"{",
                    _ if compact => b",",
                    (0, Shape::Array) => b"[\n  ",
                    (0, Shape::Object { .. }) => b"{\n  ",
                    _ => b",\n  ",
                })?;
                match self.shape {
                    Shape::Array => {
                        serde_json::to_writer(&mut *out, record).map_err(json_write_error)?
                    }
                    Shape::Object { key, value } => {
                        let k = record.get(key).and_then(Value::as_str).unwrap_or_default();
                        serde_json::to_writer(&mut *out, k).map_err(json_write_error)?;
                        out.write_all(if compact { b":" } else { b": " })?;
                        serde_json::to_writer(&mut *out, record.get(value).unwrap_or(&Value::Null))
                            .map_err(json_write_error)?;
                    }
                }
            }
            Format::Tsv => {
                let fields: Vec<String> = self
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| tsv_field(column_value(record, i, c)))
                    .collect();
                out.write_all(fields.join("\t").as_bytes())?;
                out.write_all(b"\n")?;
            }
            Format::Table => {
                if let Some(table) = &mut self.table {
                    table.add_row(
                        self.columns
                            .iter()
                            .enumerate()
                            .map(|(i, c)| Cell::new(cell_text(column_value(record, i, c)))),
                    );
                }
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Closes the list; returns how many records were printed.
    pub fn finish(self) -> Result<u64> {
        let out = &mut self.printer.out;
        match self.printer.format {
            Format::Json => {
                let text: &[u8] = match (self.count, self.shape) {
                    (0, Shape::Array) => b"[]\n",
                    (0, Shape::Object { .. }) => b"{}\n",
                    (_, Shape::Array) if self.printer.compact => b"]\n",
                    (_, Shape::Object { .. }) if self.printer.compact => b"}\n",
                    (_, Shape::Array) => b"\n]\n",
                    (_, Shape::Object { .. }) => b"\n}\n",
                };
                out.write_all(text)?;
            }
            Format::Table => {
                if let Some(table) = &self.table {
                    if self.count > 0 {
                        writeln!(out, "{table}")?;
                    } else {
                        writeln!(out, "(none)")?;
                    }
                }
            }
            _ => {}
        }
        Ok(self.count)
    }
}

/// The value of column `i` (named `column`) of a record. A record that is a plain value (a key
/// of `namespace keys`, an id of `feed slice --ids-only`) is its own first column.
fn column_value<'v>(record: &'v Value, i: usize, column: &str) -> &'v Value {
    match record {
        Value::Object(map) => map.get(column).unwrap_or(&Value::Null),
        plain if i == 0 => plain,
        _ => &Value::Null,
    }
}

fn json_write_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::Io(io::Error::from(kind)),
        None => Error::internal(format!("cannot encode JSON: {e}")),
    }
}

/// A value as a table cell: strings without quotes, everything else as compact JSON.
fn cell_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A value as a TSV field: strings raw with tab, newline, CR and backslash escaped.
pub fn tsv_field(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                match c {
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\\' => out.push_str("\\\\"),
                    c => out.push(c),
                }
            }
            out
        }
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Whether a stream gets colour: as asked, or for `auto` when it is a terminal.
pub fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal,
    }
}

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const GREEN: &str = "\x1b[1;32m";

/// `text` in an ANSI style when `color` is on.
fn paint(color: bool, style: &str, text: &str) -> String {
    if color {
        format!("{style}{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// Prints an error on stderr: as `{"error": {...}}` under the json and ndjson formats, as
/// `error: message (hint: ...)` otherwise, with `error:` and `hint:` styled when `color` is on.
pub fn print_error(err: &Error, format: Option<Format>, color: bool) {
    let json = match format {
        Some(f) => matches!(f, Format::Json | Format::Ndjson),
        None => !io::stdout().is_terminal(),
    };
    let stderr = io::stderr();
    let mut stderr = stderr.lock();
    let message = err.message();
    let hint = crate::cli::hint_text(err);
    let _ = if json {
        let doc = serde_json::json!({
            "error": {"kind": err.kind().name(), "message": message, "hint": hint}
        });
        writeln!(stderr, "{doc}")
    } else {
        let error = paint(color, RED, "error:");
        match hint {
            Some(h) => writeln!(
                stderr,
                "{error} {message} ({} {h})",
                paint(color, GREEN, "hint:")
            ),
            None => writeln!(stderr, "{error} {message}"),
        }
    };
}

/// What a progress bar counts.
#[derive(Clone, Copy)]
pub enum Unit {
    /// Bytes of input (shown as KiB, MiB, ... with a rate).
    Bytes,
    /// Things, named in the plural: `pages`, `comments`.
    Items(&'static str),
    /// Nothing countable: a spinner with the elapsed time.
    Nothing,
}

/// How often bars redraw at most, and how often spinners turn even when nothing moves.
const REDRAW_HZ: u8 = 10;
const TICK: std::time::Duration = std::time::Duration::from_millis(100);

/// A progress bar on stderr: drawn only when stderr is a terminal and `--quiet` is off. It turns
/// by itself (a steady tick), and [`Progress::finish`] (or dropping it) draws its last state and
/// clears it, so nothing is left on the screen.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    unit: Unit,
}

impl Progress {
    /// `total` in `unit`s; `None` draws a spinner with the count so far.
    pub fn new(settings: &Settings, total: Option<u64>, message: &str, unit: Unit) -> Progress {
        if settings.quiet || !io::stderr().is_terminal() {
            return Progress { bar: None, unit };
        }
        // The draw target is set before anything is drawn: a frame drawn through another target
        // would never be cleared.
        let bar = indicatif::ProgressBar::with_draw_target(
            total,
            indicatif::ProgressDrawTarget::stderr_with_hz(REDRAW_HZ),
        );
        bar.set_style(style(unit, total.is_some()));
        bar.set_message(message.to_string());
        bar.enable_steady_tick(TICK);
        Progress {
            bar: Some(bar),
            unit,
        }
    }

    pub fn hidden() -> Progress {
        Progress {
            bar: None,
            unit: Unit::Nothing,
        }
    }

    /// A function that moves the bar, for work that reports as it goes (a [`RecordReader`]'s
    /// bytes); `None` when no bar is drawn, so that hidden progress costs nothing.
    ///
    /// [`RecordReader`]: crate::input::RecordReader
    pub fn observer(&self) -> Option<Box<dyn FnMut(u64) + Send>> {
        let bar = self.bar.clone()?;
        Some(Box::new(move |pos| bar.set_position(pos)))
    }

    pub fn set_position(&self, pos: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(pos);
        }
    }

    /// Sets the total; a spinner becomes a bar.
    pub fn set_length(&self, len: u64) {
        if let Some(bar) = &self.bar {
            if bar.length().is_none() {
                bar.set_style(style(self.unit, true));
            }
            bar.set_length(len);
        }
    }

    /// Draws the last state (how far it got) and clears the bar. Idempotent.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            if !bar.is_finished() {
                bar.abandon();
                bar.finish_and_clear();
            }
        }
    }
}

/// The look of a bar (`with_total`) or spinner counting `unit`.
fn style(unit: Unit, with_total: bool) -> indicatif::ProgressStyle {
    let template = match (unit, with_total) {
        (Unit::Bytes, true) => {
            "{msg} [{bar:40}] {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta})"
                .to_string()
        }
        (Unit::Bytes, false) => {
            "{spinner} {msg} {binary_bytes} ({binary_bytes_per_sec}, {elapsed})".to_string()
        }
        (Unit::Items(noun), true) => {
            format!("{{msg}} [{{bar:40}}] {{human_pos}}/{{human_len}} {noun} ({{eta}})")
        }
        (Unit::Items(noun), false) => {
            format!("{{spinner}} {{msg}} {{human_pos}} {noun} ({{elapsed}})")
        }
        (Unit::Nothing, _) => "{spinner} {msg} ({elapsed})".to_string(),
    };
    let style = indicatif::ProgressStyle::with_template(&template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    if with_total && !matches!(unit, Unit::Nothing) {
        style.progress_chars("=> ")
    } else {
        style
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A command's result as the JSON document it prints, fields in the result's order and numbers
/// exactly as the result holds them: serialized as text, which keeps a number's digits, then
/// read back exactly (`serde_json::to_value` would rewrite `1E5` as `1e+5`).
pub fn to_doc(result: &impl serde::Serialize) -> Result<Value> {
    let text = serde_json::to_string(result)
        .map_err(|e| Error::internal(format!("cannot render a result as JSON: {e}")))?;
    crate::exact_json::from_str(&text)
        .map_err(|e| Error::internal(format!("cannot read back a result as JSON: {e}")))
}
