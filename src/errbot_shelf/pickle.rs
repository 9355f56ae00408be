//! A pickle reader for the part of Python's values that JSON carries exactly.
//!
//! It walks every opcode of protocols 0 to 5 as Python's own `pickle.Unpickler` does (stack,
//! marks, memo, frames), building plain values (`None`, `bool`, `int`, `float`, `str`, `list`,
//! `dict`) and standing in an *other* node for everything else (tuples, sets, bytes, objects
//! made by `GLOBAL`/`REDUCE`/`NEWOBJ`/`BUILD`...). It never runs or imports anything. Then
//! [`Decoded::plain_json`] decides, by the rule of `storectl.values.is_plain_json` (the Errbot
//! plugin's), whether the value becomes JSON; when it does not, the caller keeps the original
//! bytes as an opaque `python-pickle` value, which the plugin's `pickle.loads` reads back as the
//! Shelf storage's did (same bytes, same loader).
//!
//! A pickle Python itself cannot load (truncated, an unknown opcode, a stack or memo fault, a
//! persistent id with no loader, an out-of-band buffer, a `str` that is not UTF-8 even with
//! surrogates, an unhashable dict key) is an error naming the offset and the fault.
//!
//! Why not the `serde-pickle` crate: it maps pickles onto its own value model, and for the
//! decision here we need what it smooths over — a shared or self-containing list (memo
//! identity), a `str` holding lone surrogates (not UTF-8, so not JSON), Python 2 `str` opcodes
//! decoded as ASCII as Python 3 does, and objects kept as "not JSON" rather than an error or a
//! substitute. The opcode walk is about 400 lines; owning it keeps the decision exactly the
//! plugin's.

use std::fmt;

use serde_json::{Map, Number, Value};

/// A pickle Python could not load either.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrupt {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for Corrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.message, self.offset)
    }
}

/// Deeper than this, a value is kept opaque rather than walked (the plugin's recursive check
/// fails near Python's recursion limit of 1000).
const MAX_JSON_DEPTH: usize = 500;

/// Python 3.11's default `sys.get_int_max_str_digits()`: the plugin's `json.dumps` refuses a
/// longer int, so such an int is kept as a pickle.
const MAX_INT_DIGITS: usize = 4300;
/// Above this many bytes a LONG4 has more than [`MAX_INT_DIGITS`] digits.
const MAX_INT_BYTES: usize = 1786;

type Id = usize;

#[derive(Debug, Clone)]
enum Node {
    None,
    Bool(bool),
    /// Decimal digits, canonical (no leading zeros, `-` for negatives).
    Int(String),
    Float(f64),
    Str(String),
    /// A Python `str` that is not valid UTF-8 (lone surrogates): not JSON.
    OtherStr,
    List(Vec<Id>),
    Dict(Vec<(Id, Id)>),
    Tuple(Vec<Id>),
    /// A set or frozenset.
    Set(Vec<Id>),
    /// bytes, bytearray, or an object built by calling Python code.
    Other,
}

#[derive(Debug, Clone, Copy)]
enum Slot {
    Mark,
    Value(Id),
}

/// A loaded pickle: its nodes and the root.
#[derive(Debug)]
pub struct Decoded {
    nodes: Vec<Node>,
    root: Id,
}

/// Reads one pickle (bytes after its STOP are ignored, as `pickle.loads` does).
pub fn load(data: &[u8]) -> Result<Decoded, Corrupt> {
    Reader {
        data,
        pos: 0,
        nodes: Vec::new(),
        stack: Vec::new(),
        memo: std::collections::HashMap::new(),
    }
    .run()
}

impl Decoded {
    /// The value as JSON when JSON gives it back equal and of the same types at every level
    /// (the plugin's `is_plain_json`), and it is not storectl's reserved tag form at the top;
    /// `None` when it must stay a pickle.
    pub fn plain_json(&self) -> Option<Value> {
        let mut open = vec![false; self.nodes.len()];
        let v = self.json(self.root, 0, &mut open)?;
        match &v {
            Value::Object(m) if m.len() == 1 && m.contains_key("$opaque") => None,
            _ => Some(v),
        }
    }

    fn json(&self, id: Id, depth: usize, open: &mut Vec<bool>) -> Option<Value> {
        if depth > MAX_JSON_DEPTH || open[id] {
            return None; // too deep, or a container that holds itself
        }
        Some(match &self.nodes[id] {
            Node::None => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Int(digits) if digits.trim_start_matches('-').len() > MAX_INT_DIGITS => {
                return None
            }
            Node::Int(digits) => Value::Number(digits.parse::<Number>().ok()?),
            Node::Float(f) => Value::Number(Number::from_f64(*f)?),
            Node::Str(s) => Value::String(s.clone()),
            Node::List(items) => {
                open[id] = true;
                let out: Option<Vec<Value>> = items
                    .iter()
                    .map(|&i| self.json(i, depth + 1, open))
                    .collect();
                open[id] = false;
                Value::Array(out?)
            }
            Node::Dict(pairs) => {
                open[id] = true;
                let mut map = Map::new();
                for &(k, v) in pairs {
                    let Node::Str(key) = &self.nodes[k] else {
                        open[id] = false;
                        return None;
                    };
                    let Some(value) = self.json(v, depth + 1, open) else {
                        open[id] = false;
                        return None;
                    };
                    // Python's dict keeps a repeated key's first place and last value.
                    map.insert(key.clone(), value);
                }
                open[id] = false;
                Value::Object(map)
            }
            Node::OtherStr | Node::Tuple(_) | Node::Set(_) | Node::Other => return None,
        })
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    nodes: Vec<Node>,
    stack: Vec<Slot>,
    memo: std::collections::HashMap<u64, Id>,
}

impl<'a> Reader<'a> {
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, Corrupt> {
        Err(Corrupt {
            offset: self.pos,
            message: message.into(),
        })
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], Corrupt> {
        let left = (self.data.len() - self.pos) as u64;
        if n > left {
            return self.fail(format!(
                "truncated: {n} bytes wanted, {left} left (the pickle ends early)"
            ));
        }
        let out = &self.data[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, Corrupt> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u64, Corrupt> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]) as u64)
    }
    fn u32(&mut self) -> Result<u64, Corrupt> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes(b.try_into().unwrap()) as u64)
    }
    fn i32(&mut self) -> Result<i64, Corrupt> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes(b.try_into().unwrap()) as i64)
    }
    fn u64(&mut self) -> Result<u64, Corrupt> {
        let b = self.take(8)?;
        Ok(u64::from_le_bytes(b.try_into().unwrap()))
    }
    /// A signed 4-byte length, which Python refuses when negative.
    fn len4(&mut self) -> Result<u64, Corrupt> {
        let n = self.i32()?;
        if n < 0 {
            return self.fail(format!("negative length {n}"));
        }
        Ok(n as u64)
    }

    /// A text argument up to `\n` (the newline consumed, not returned).
    fn line(&mut self) -> Result<&'a [u8], Corrupt> {
        let rest = &self.data[self.pos..];
        match rest.iter().position(|&b| b == b'\n') {
            Some(n) => {
                self.pos += n + 1;
                Ok(&rest[..n])
            }
            None => self.fail("truncated: a text argument has no end of line"),
        }
    }

    fn push(&mut self, node: Node) {
        self.nodes.push(node);
        self.stack.push(Slot::Value(self.nodes.len() - 1));
    }

    fn pop(&mut self) -> Result<Id, Corrupt> {
        match self.stack.pop() {
            Some(Slot::Value(id)) => Ok(id),
            Some(Slot::Mark) => self.fail("a mark where a value was expected"),
            None => self.fail("stack underflow"),
        }
    }

    fn top(&self) -> Result<Id, Corrupt> {
        match self.stack.last() {
            Some(Slot::Value(id)) => Ok(*id),
            Some(Slot::Mark) => self.fail("a mark where a value was expected"),
            None => self.fail("stack underflow"),
        }
    }

    /// Pops everything down to the topmost mark (the mark too).
    fn pop_mark(&mut self) -> Result<Vec<Id>, Corrupt> {
        let Some(at) = self.stack.iter().rposition(|s| matches!(s, Slot::Mark)) else {
            return self.fail("no mark on the stack");
        };
        let items = self.stack[at + 1..]
            .iter()
            .map(|s| match s {
                Slot::Value(id) => *id,
                Slot::Mark => unreachable!("the topmost mark is at `at`"),
            })
            .collect();
        self.stack.truncate(at);
        Ok(items)
    }

    /// Python refuses a list, dict or set (or a tuple holding one) as a dict key or set item.
    fn hashable(&self, id: Id) -> Result<(), Corrupt> {
        let mut todo = vec![id];
        while let Some(id) = todo.pop() {
            match &self.nodes[id] {
                Node::List(_) | Node::Dict(_) | Node::Set(_) => {
                    return self.fail("unhashable dict key or set item (a list, dict or set)")
                }
                Node::Tuple(items) if todo.len() < 10_000 => todo.extend(items),
                _ => {}
            }
        }
        Ok(())
    }

    fn memo_get(&mut self, index: u64) -> Result<(), Corrupt> {
        match self.memo.get(&index) {
            Some(&id) => {
                self.stack.push(Slot::Value(id));
                Ok(())
            }
            None => self.fail(format!("memo value {index} not found")),
        }
    }

    fn memo_put(&mut self, index: u64) -> Result<(), Corrupt> {
        let id = self.top()?;
        self.memo.insert(index, id);
        Ok(())
    }

    fn decimal(&self, text: &[u8]) -> Result<u64, Corrupt> {
        match std::str::from_utf8(text).ok().and_then(|t| t.parse().ok()) {
            Some(n) => Ok(n),
            None => self.fail("a memo index is not a number"),
        }
    }

    fn append(&mut self, list: Id, items: Vec<Id>) -> Result<(), Corrupt> {
        match &mut self.nodes[list] {
            Node::List(v) => {
                v.extend(items);
                Ok(())
            }
            Node::Other => Ok(()), // an object's own append or extend
            _ => self.fail("APPEND to something that is not a list"),
        }
    }

    fn set_items(&mut self, dict: Id, items: Vec<Id>) -> Result<(), Corrupt> {
        if items.len() % 2 != 0 {
            return self.fail("SETITEMS with an odd number of values");
        }
        for pair in items.chunks(2) {
            self.hashable(pair[0])?;
        }
        match &mut self.nodes[dict] {
            Node::Dict(v) => {
                v.extend(items.chunks(2).map(|p| (p[0], p[1])));
                Ok(())
            }
            Node::Other => Ok(()),
            _ => self.fail("SETITEM on something that is not a dict"),
        }
    }

    fn run(mut self) -> Result<Decoded, Corrupt> {
        loop {
            let op = self.u8()?;
            match op {
                b'.' => {
                    let root = self.pop()?;
                    return Ok(Decoded {
                        nodes: self.nodes,
                        root,
                    });
                }
                b'(' => self.stack.push(Slot::Mark),
                b'0' => {
                    self.stack
                        .pop()
                        .map_or_else(|| self.fail("stack underflow"), Ok)?;
                }
                b'1' => {
                    self.pop_mark()?;
                }
                b'2' => {
                    let id = self.top()?;
                    self.stack.push(Slot::Value(id));
                }
                0x80 => {
                    let v = self.u8()?;
                    if v > 5 {
                        return self.fail(format!("unsupported pickle protocol {v}"));
                    }
                }
                0x95 => {
                    // FRAME: a length for buffered reading; the opcodes follow as usual.
                    let n = self.u64()?;
                    if n > (self.data.len() - self.pos) as u64 {
                        return self.fail("truncated: a frame is longer than the pickle");
                    }
                }
                // Constants.
                b'N' => self.push(Node::None),
                0x88 => self.push(Node::Bool(true)),
                0x89 => self.push(Node::Bool(false)),
                // Integers.
                b'I' => {
                    let text = self.line()?;
                    let node = match text {
                        b"01" => Node::Bool(true),
                        b"00" => Node::Bool(false),
                        t => Node::Int(self.int_text(t)?),
                    };
                    self.push(node);
                }
                b'L' => {
                    let text = self.line()?;
                    let t = text.strip_suffix(b"L").unwrap_or(text);
                    let digits = self.int_text(t)?;
                    self.push(Node::Int(digits));
                }
                b'J' => {
                    let n = self.i32()?;
                    self.push(Node::Int(n.to_string()));
                }
                b'K' => {
                    let n = self.u8()?;
                    self.push(Node::Int(n.to_string()));
                }
                b'M' => {
                    let n = self.u16()?;
                    self.push(Node::Int(n.to_string()));
                }
                0x8a => {
                    let n = self.u8()? as u64;
                    let bytes = self.take(n)?;
                    self.push(Node::Int(long_le(bytes)));
                }
                0x8b => {
                    let n = self.len4()?;
                    let bytes = self.take(n)?;
                    // Past Python's int-to-str limit no JSON text exists for it (json.dumps
                    // raises on Python >= 3.11), and converting would take quadratic time.
                    if bytes.len() > MAX_INT_BYTES {
                        self.push(Node::Other);
                    } else {
                        self.push(Node::Int(long_le(bytes)));
                    }
                }
                // Floats.
                b'F' => {
                    let text = self.line()?;
                    let f = std::str::from_utf8(text)
                        .ok()
                        .and_then(|t| parse_python_float(t.trim()));
                    match f {
                        Some(f) => self.push(Node::Float(f)),
                        None => return self.fail("FLOAT argument is not a number"),
                    }
                }
                b'G' => {
                    let b = self.take(8)?;
                    self.push(Node::Float(f64::from_be_bytes(b.try_into().unwrap())));
                }
                // Python 3 str.
                b'V' => {
                    let text = self.line()?;
                    let node = raw_unicode_escape(text);
                    self.push(node);
                }
                b'X' => {
                    let n = self.u32()?;
                    let node = self.utf8(n)?;
                    self.push(node);
                }
                0x8c => {
                    let n = self.u8()? as u64;
                    let node = self.utf8(n)?;
                    self.push(node);
                }
                0x8d => {
                    let n = self.u64()?;
                    let node = self.utf8(n)?;
                    self.push(node);
                }
                // Python 2 str: Python 3 decodes it as ASCII (Unpickler's default encoding).
                b'S' => {
                    let text = self.line()?;
                    let inner = match text {
                        [q, inner @ .., q2] if q == q2 && (*q == b'\'' || *q == b'"') => inner,
                        _ => return self.fail("the STRING opcode argument must be quoted"),
                    };
                    let Some(bytes) = escape_decode(inner) else {
                        return self.fail("STRING argument has an invalid \\x escape");
                    };
                    let node = self.ascii(bytes)?;
                    self.push(node);
                }
                b'T' => {
                    let n = self.len4()?;
                    let bytes = self.take(n)?.to_vec();
                    let node = self.ascii(bytes)?;
                    self.push(node);
                }
                b'U' => {
                    let n = self.u8()? as u64;
                    let bytes = self.take(n)?.to_vec();
                    let node = self.ascii(bytes)?;
                    self.push(node);
                }
                // bytes and bytearray.
                b'B' => {
                    let n = self.u32()?;
                    self.take(n)?;
                    self.push(Node::Other);
                }
                b'C' => {
                    let n = self.u8()? as u64;
                    self.take(n)?;
                    self.push(Node::Other);
                }
                0x8e | 0x96 => {
                    let n = self.u64()?;
                    self.take(n)?;
                    self.push(Node::Other);
                }
                // Containers.
                b']' => self.push(Node::List(Vec::new())),
                b'}' => self.push(Node::Dict(Vec::new())),
                b')' => self.push(Node::Tuple(Vec::new())),
                0x8f => self.push(Node::Set(Vec::new())),
                b'l' => {
                    let items = self.pop_mark()?;
                    self.push(Node::List(items));
                }
                b't' => {
                    let items = self.pop_mark()?;
                    self.push(Node::Tuple(items));
                }
                0x85..=0x87 => {
                    let n = (op - 0x84) as usize;
                    let mut items = Vec::with_capacity(n);
                    for _ in 0..n {
                        items.push(self.pop()?);
                    }
                    items.reverse();
                    self.push(Node::Tuple(items));
                }
                b'd' => {
                    let items = self.pop_mark()?;
                    self.nodes.push(Node::Dict(Vec::new()));
                    let id = self.nodes.len() - 1;
                    self.set_items(id, items)?;
                    self.stack.push(Slot::Value(id));
                }
                0x91 => {
                    let items = self.pop_mark()?;
                    for &i in &items {
                        self.hashable(i)?;
                    }
                    self.push(Node::Set(items));
                }
                b'a' => {
                    let item = self.pop()?;
                    let list = self.top()?;
                    self.append(list, vec![item])?;
                }
                b'e' => {
                    let items = self.pop_mark()?;
                    let list = self.top()?;
                    self.append(list, items)?;
                }
                b's' => {
                    let value = self.pop()?;
                    let key = self.pop()?;
                    let dict = self.top()?;
                    self.set_items(dict, vec![key, value])?;
                }
                b'u' => {
                    let items = self.pop_mark()?;
                    let dict = self.top()?;
                    self.set_items(dict, items)?;
                }
                0x90 => {
                    let items = self.pop_mark()?;
                    for &i in &items {
                        self.hashable(i)?;
                    }
                    let set = self.top()?;
                    match &mut self.nodes[set] {
                        Node::Set(v) => v.extend(items),
                        Node::Other => {}
                        _ => return self.fail("ADDITEMS to something that is not a set"),
                    }
                }
                // Memo.
                b'p' => {
                    let text = self.line()?;
                    let i = self.decimal(text)?;
                    self.memo_put(i)?;
                }
                b'q' => {
                    let i = self.u8()? as u64;
                    self.memo_put(i)?;
                }
                b'r' => {
                    let i = self.u32()?;
                    self.memo_put(i)?;
                }
                0x94 => {
                    let i = self.memo.len() as u64;
                    self.memo_put(i)?;
                }
                b'g' => {
                    let text = self.line()?;
                    let i = self.decimal(text)?;
                    self.memo_get(i)?;
                }
                b'h' => {
                    let i = self.u8()? as u64;
                    self.memo_get(i)?;
                }
                b'j' => {
                    let i = self.u32()?;
                    self.memo_get(i)?;
                }
                // Objects: Python code would build them; here they are simply "not JSON".
                b'c' => {
                    self.line()?;
                    self.line()?;
                    self.push(Node::Other);
                }
                0x93 => {
                    self.pop()?;
                    self.pop()?;
                    self.push(Node::Other);
                }
                b'i' => {
                    self.line()?;
                    self.line()?;
                    self.pop_mark()?;
                    self.push(Node::Other);
                }
                b'o' => {
                    if self.pop_mark()?.is_empty() {
                        return self.fail("OBJ without a class");
                    }
                    self.push(Node::Other);
                }
                b'R' | 0x81 => {
                    self.pop()?;
                    self.pop()?;
                    self.push(Node::Other);
                }
                0x92 => {
                    self.pop()?;
                    self.pop()?;
                    self.pop()?;
                    self.push(Node::Other);
                }
                b'b' => {
                    self.pop()?;
                    let id = self.top()?;
                    self.nodes[id] = Node::Other; // __setstate__ or __dict__ update
                }
                0x82 => {
                    self.u8()?;
                    self.push(Node::Other);
                }
                0x83 => {
                    self.u16()?;
                    self.push(Node::Other);
                }
                0x84 => {
                    self.i32()?;
                    self.push(Node::Other);
                }
                0x98 => {
                    let id = self.top()?;
                    self.nodes[id] = Node::Other; // a read-only memoryview
                }
                b'P' | b'Q' => {
                    return self
                        .fail("a persistent id, which Shelf storage's unpickler has no loader for")
                }
                0x97 => return self.fail("an out-of-band buffer, which a shelf cannot hold"),
                other => {
                    self.pos -= 1;
                    return self.fail(format!("unknown opcode 0x{other:02x}"));
                }
            }
        }
    }

    /// An INT or LONG text argument as canonical decimal digits (Python's `int()` of it).
    fn int_text(&self, text: &[u8]) -> Result<String, Corrupt> {
        let t = std::str::from_utf8(text).unwrap_or("").trim();
        let (neg, digits) = match t.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return self.fail(format!("integer argument {t:?} is not a number"));
        }
        let digits = digits.trim_start_matches('0');
        Ok(match (neg, digits) {
            (_, "") => "0".to_string(),
            (true, d) => format!("-{d}"),
            (false, d) => d.to_string(),
        })
    }

    /// A BINUNICODE body: UTF-8, or UTF-8 with lone surrogates (Python's `surrogatepass`),
    /// which is a `str` JSON cannot carry.
    fn utf8(&mut self, n: u64) -> Result<Node, Corrupt> {
        let start = self.pos;
        let bytes = self.take(n)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Node::Str(s.to_string())),
            Err(_) if utf8_with_surrogates(bytes) => Ok(Node::OtherStr),
            Err(e) => Err(Corrupt {
                offset: start + e.valid_up_to(),
                message: "a str that is not UTF-8".into(),
            }),
        }
    }

    fn ascii(&self, bytes: Vec<u8>) -> Result<Node, Corrupt> {
        if bytes.is_ascii() {
            Ok(Node::Str(String::from_utf8(bytes).unwrap()))
        } else {
            self.fail("a Python 2 str that is not ASCII (Python 3 cannot load it)")
        }
    }
}

/// Python's `float()` of a FLOAT argument (`inf`, `nan` and their signs included).
fn parse_python_float(t: &str) -> Option<f64> {
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        let v = if unsigned == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if lower.starts_with('-') { -v } else { v });
    }
    if unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        t.parse().ok()
    } else {
        None
    }
}

/// UTF-8 where the only faults are encoded surrogates (`ED A0..BF 80..BF`).
fn utf8_with_surrogates(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return true,
            Err(e) => {
                let bad = &rest[e.valid_up_to()..];
                if bad.len() >= 3
                    && bad[0] == 0xED
                    && (0xA0..=0xBF).contains(&bad[1])
                    && (0x80..=0xBF).contains(&bad[2])
                {
                    rest = &bad[3..];
                } else {
                    return false;
                }
            }
        }
    }
}

/// `raw-unicode-escape` decoding of a protocol 0 UNICODE argument: bytes are Latin-1, except
/// `\uXXXX` and `\UXXXXXXXX`.
fn raw_unicode_escape(text: &[u8]) -> Node {
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if b == b'\\' && i + 1 < text.len() && (text[i + 1] == b'u' || text[i + 1] == b'U') {
            let n = if text[i + 1] == b'u' { 4 } else { 8 };
            let hex = text.get(i + 2..i + 2 + n);
            if let Some(code) = hex
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u32::from_str_radix(h, 16).ok())
            {
                match char::from_u32(code) {
                    Some(c) => out.push(c),
                    None => return Node::OtherStr, // a surrogate or beyond U+10FFFF
                }
                i += 2 + n;
                continue;
            }
        }
        out.push(b as char);
        i += 1;
    }
    Node::Str(out)
}

/// Python's `codecs.escape_decode` of a protocol 0 STRING argument; `None` for a bad `\x`.
fn escape_decode(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] != b'\\' || i + 1 == text.len() {
            out.push(text[i]);
            i += 1;
            continue;
        }
        let c = text[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match text.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let h = text.get(i..i + 2)?;
                out.push(u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()?);
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Some(out)
}

/// The decimal digits of a little-endian two's complement integer (LONG1, LONG4).
fn long_le(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "0".into();
    }
    let negative = bytes[bytes.len() - 1] & 0x80 != 0;
    let mut mag: Vec<u8> = bytes.to_vec();
    if negative {
        // Two's complement: invert and add one.
        let mut carry = 1u16;
        for b in mag.iter_mut() {
            let v = (!*b) as u16 + carry;
            *b = v as u8;
            carry = v >> 8;
        }
    }
    // Repeated division by 10^9 over base-256 digits, most significant first.
    let mut digits_be: Vec<u8> = mag.into_iter().rev().collect();
    let mut chunks = Vec::new();
    while digits_be.iter().any(|&b| b != 0) {
        let mut rem = 0u64;
        for b in digits_be.iter_mut() {
            let cur = (rem << 8) | *b as u64;
            *b = (cur / 1_000_000_000) as u8;
            rem = cur % 1_000_000_000;
        }
        chunks.push(rem as u32);
        while digits_be.first() == Some(&0) {
            digits_be.remove(0);
        }
    }
    let mut text = match chunks.pop() {
        Some(top) => top.to_string(),
        None => return "0".into(),
    };
    for c in chunks.iter().rev() {
        text.push_str(&format!("{c:09}"));
    }
    if negative {
        text.insert(0, '-');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain(bytes: &[u8]) -> Option<Value> {
        load(bytes).unwrap().plain_json()
    }

    #[test]
    fn long_bytes_become_exact_decimals() {
        assert_eq!(long_le(&[]), "0");
        assert_eq!(long_le(&[0xff]), "-1");
        assert_eq!(long_le(&[0x00, 0x80]), "-32768");
        assert_eq!(long_le(&[0xff, 0x00]), "255");
        // 2**64 (pickle.dumps(2**64, 2)[2:] is LONG1 9 bytes).
        assert_eq!(
            long_le(&[0, 0, 0, 0, 0, 0, 0, 0, 1]),
            "18446744073709551616"
        );
        assert_eq!(
            long_le(&[0, 0, 0, 0, 0, 0, 0, 0, 0xff]),
            "-18446744073709551616"
        );
    }

    #[test]
    fn protocol_0_and_2_plain_values_are_json() {
        // pickle.dumps({'a': [1, True, None, 1.5, 'é']}, 0)
        let p0 = b"(dp0\nVa\np1\n(lp2\nI1\naI01\naNaF1.5\naV\xe9\np3\nas.";
        assert_eq!(plain(p0), Some(json!({"a": [1, true, null, 1.5, "é"]})));
        // pickle.dumps({'a': [1, True, None, 1.5, 'é']}, 2)
        let p2 = b"\x80\x02}q\x00X\x01\x00\x00\x00aq\x01]q\x02(K\x01\x88NG?\xf8\x00\x00\x00\x00\x00\x00X\x02\x00\x00\x00\xc3\xa9q\x03es.";
        assert_eq!(plain(p2), Some(json!({"a": [1, true, null, 1.5, "é"]})));
    }

    #[test]
    fn tuples_bytes_and_objects_are_not_json_and_faults_are_corrupt() {
        // pickle.dumps((1, 2), 2)
        assert_eq!(plain(b"\x80\x02K\x01K\x02\x86q\x00."), None);
        // pickle.dumps(b'x', 3)
        assert_eq!(plain(b"\x80\x03C\x01xq\x00."), None);
        // {1: 'a'}: an int key.
        assert_eq!(plain(b"\x80\x02}q\x00K\x01X\x01\x00\x00\x00aq\x01s."), None);
        // The reserved tag form at the top.
        assert_eq!(
            plain(b"\x80\x02}q\x00X\x07\x00\x00\x00$opaqueq\x01K\x01s."),
            None
        );
        assert_eq!(
            load(b"\x80\x02K\x01").unwrap_err().message,
            "truncated: 1 bytes wanted, 0 left (the pickle ends early)"
        );
        assert!(load(b"\x80\x02\xff.")
            .unwrap_err()
            .message
            .contains("unknown opcode 0xff"));
        assert!(load(b"\x80\x02h\x05.")
            .unwrap_err()
            .message
            .contains("memo value 5"));
        assert!(load(b"\x80\x09N.")
            .unwrap_err()
            .message
            .contains("protocol 9"));
    }

    #[test]
    fn a_list_holding_itself_is_not_json_and_a_shared_one_is() {
        // l = []; l.append(l): EMPTY_LIST BINPUT 0 BINGET 0 APPEND STOP
        assert_eq!(plain(b"\x80\x02]q\x00h\x00a."), None);
        // a = [1]; [a, a]
        assert_eq!(
            plain(b"\x80\x02]q\x00(]q\x01K\x01ah\x01e."),
            Some(json!([[1], [1]]))
        );
    }

    #[test]
    fn strings_with_surrogates_are_not_json_and_bad_utf8_is_corrupt() {
        assert_eq!(plain(b"\x80\x02X\x03\x00\x00\x00\xed\xa0\x80."), None);
        assert!(load(b"\x80\x02X\x01\x00\x00\x00\xff.").is_err());
        // Python 2 str: ASCII is a str, other bytes fail as in Python 3.
        assert_eq!(plain(b"S'a\\nb'\np0\n."), Some(json!("a\nb")));
        assert!(load(b"U\x01\xff.").is_err());
    }

    #[test]
    fn ints_past_pythons_digit_limit_stay_pickles() {
        // LONG4 of 4000 bytes: about 9,600 digits.
        let mut p = vec![0x80, 2, 0x8b];
        p.extend_from_slice(&4000i32.to_le_bytes());
        p.extend(std::iter::repeat_n(0x11, 4000));
        p.push(b'.');
        assert_eq!(plain(&p), None);
        // 4,301 digits as protocol 0 text.
        let text = format!("L{}L\n.", "9".repeat(4301));
        assert_eq!(plain(text.as_bytes()), None);
        let text = format!("L{}L\n.", "9".repeat(4300));
        assert!(plain(text.as_bytes()).is_some());
    }

    #[test]
    fn big_ints_stay_exact_and_nan_is_not_json() {
        // pickle.dumps(10**30, 2)
        let p = b"\x80\x02\x8a\r\x00\x00\x00@\xea\xedtF\xd0\x9c,\x9f\x0c.";
        assert_eq!(
            plain(p).unwrap().to_string(),
            "1000000000000000000000000000000"
        );
        assert_eq!(plain(b"F nan\n."), None);
    }
}
