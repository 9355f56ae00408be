//! The protocol of `storectl serve`: a request line parsed into what to do, and responses
//! written as one line each.
//!
//! Request: `{"id"?: ANY, "cmd": [ARG...], "as"?: USER|null, "moderator"?: BOOL, "stdin"?: TEXT |
//! {"$base64": B64}}`, or `{"id"?: ANY, "tx": "begin"|"commit"|"rollback"}`, or `{"id"?: ANY,
//! "group": [{"cmd", "as"?, "moderator"?, "stdin"?}, ...]}` (the commands in one transaction).
//! Response: `{"id": ID, "ok": DOC}` or `{"id": ID, "error": {"kind", "message", "hint",
//! "exit"}}`, plus `"doc"` for a command that printed its report and then failed (exit 5), and
//! `"tx": "rollback"` when the error ended a transaction group.

use std::io::Write;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};

use crate::error::{Error, Kind, Result};
use crate::input;

/// One request: its id (JSON text, echoed in the response as written; `null` when it has none)
/// and what it asks.
pub struct Request {
    pub id: String,
    pub body: Result<Body>,
}

pub enum Body {
    Command(CommandRequest),
    Tx(TxVerb),
    /// Commands that run in one transaction, answered by one response.
    Group(Vec<CommandRequest>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TxVerb {
    Begin,
    Commit,
    Rollback,
}

impl TxVerb {
    pub fn name(self) -> &'static str {
        match self {
            TxVerb::Begin => "begin",
            TxVerb::Commit => "commit",
            TxVerb::Rollback => "rollback",
        }
    }
}

#[derive(Clone)]
pub struct CommandRequest {
    /// What follows `storectl` on a command line.
    pub args: Vec<String>,
    /// "as": `None` when left out (serve's own identity), `Some(None)` for null (anonymous).
    pub user: Option<Option<String>>,
    /// "moderator": `None` when left out (serve's own).
    pub moderator: Option<bool>,
    pub stdin: Option<Vec<u8>>,
}

const SHAPE: &str =
    "write one JSON object per line: {\"id\": 1, \"cmd\": [\"namespace\", \"get\", \
                     \"NS\", \"KEY\"]}, plus \"as\", \"moderator\" and \"stdin\" where needed; or \
                     {\"tx\": \"begin\"}, {\"tx\": \"commit\"}, {\"tx\": \"rollback\"}; or \
                     {\"group\": [{\"cmd\": [...]}, ...]}";

/// The common request, `{"id"?, "cmd", "as"?, "moderator"?}`, read without building a JSON
/// tree; anything else (or anything wrong) takes the general path, which words the errors.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Plain<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    cmd: Vec<String>,
    #[serde(rename = "as", default, deserialize_with = "present")]
    user: Option<Option<String>>,
    #[serde(default)]
    moderator: Option<bool>,
}

/// A field that is present, even as null: `Some(None)`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// Parses request line number `line_no` (of this connection).
pub fn parse(text: &[u8], line_no: u64) -> Request {
    if let Ok(plain) = serde_json::from_slice::<Plain>(text) {
        if !plain.cmd.is_empty() {
            return Request {
                id: plain.id.map_or("null", RawValue::get).to_string(),
                body: Ok(Body::Command(CommandRequest {
                    args: plain.cmd,
                    user: plain.user,
                    moderator: plain.moderator,
                    stdin: None,
                })),
            };
        }
    }
    let value = match crate::exact_json::from_slice(text) {
        Ok(value) => value,
        Err(e) => {
            return Request {
                id: "null".to_string(),
                body: Err(Error::bad_input(format!(
                    "request on line {line_no} is not valid JSON (line {line_no}, column {}): {}",
                    e.column(),
                    input::serde_message(&e)
                ))
                .hint(SHAPE)),
            }
        }
    };
    let Value::Object(mut map) = value else {
        return Request {
            id: "null".to_string(),
            body: Err(Error::bad_input(format!(
                "request on line {line_no} is {value}, not a JSON object"
            ))
            .hint(SHAPE)),
        };
    };
    let id = map.remove("id").unwrap_or(Value::Null).to_string();
    let body = body(map).map_err(|e| {
        let message = format!("request on line {line_no}: {}", e.message());
        let error = Error::new(e.kind(), message);
        match e.hint_of() {
            Some(hint) => error.hint(hint),
            None => error.hint(SHAPE),
        }
    });
    Request { id, body }
}

fn body(mut map: Map<String, Value>) -> Result<Body> {
    if let Some(key) = map.keys().find(|k| {
        !matches!(
            k.as_str(),
            "cmd" | "as" | "moderator" | "stdin" | "tx" | "group"
        )
    }) {
        return Err(Error::bad_input(format!(
            "unknown field {key:?}: a request has \"id\", \"cmd\", \"as\", \"moderator\" and \
             \"stdin\", or \"id\" and \"tx\", or \"id\" and \"group\""
        )));
    }
    if let Some(tx) = map.remove("tx") {
        if let Some(other) = map.keys().next() {
            return Err(Error::bad_input(format!(
                "a \"tx\" request has no {other:?}: send the command as a request of its own"
            )));
        }
        return match tx.as_str() {
            Some("begin") => Ok(Body::Tx(TxVerb::Begin)),
            Some("commit") => Ok(Body::Tx(TxVerb::Commit)),
            Some("rollback") => Ok(Body::Tx(TxVerb::Rollback)),
            _ => Err(Error::bad_input(format!(
                "\"tx\" is {tx}, not \"begin\", \"commit\" or \"rollback\""
            ))),
        };
    }
    if let Some(group) = map.remove("group") {
        if let Some(other) = map.keys().next() {
            return Err(Error::bad_input(format!(
                "a \"group\" request has no {other:?}: give each command of the group its own"
            ))
            .hint("{\"id\": 1, \"group\": [{\"cmd\": [...], \"as\": \"alice\"}, ...]}"));
        }
        let Value::Array(items) = group else {
            return Err(Error::bad_input(format!(
                "\"group\" is {group}, not an array of requests"
            )));
        };
        if items.is_empty() {
            return Err(Error::bad_input("\"group\" is empty")
                .hint("give it the requests to run in one transaction"));
        }
        return items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let n = i + 1;
                let Value::Object(map) = item else {
                    return Err(Error::bad_input(format!(
                        "request {n} of \"group\" is {item}, not a JSON object"
                    )));
                };
                if let Some(key) = map
                    .keys()
                    .find(|k| matches!(k.as_str(), "id" | "tx" | "group"))
                {
                    return Err(Error::bad_input(format!(
                        "request {n} of \"group\" has {key:?}: a group's requests have \"cmd\", \
                         \"as\", \"moderator\" and \"stdin\" (the group has the id, and is one \
                         transaction)"
                    )));
                }
                command(map).map_err(|e| {
                    let error = Error::new(
                        e.kind(),
                        format!("request {n} of \"group\": {}", e.message()),
                    );
                    match e.hint_of() {
                        Some(hint) => error.hint(hint),
                        None => error,
                    }
                })
            })
            .collect::<Result<Vec<_>>>()
            .map(Body::Group);
    }
    command(map).map(Body::Command)
}

fn command(mut map: Map<String, Value>) -> Result<CommandRequest> {
    let args = match map.remove("cmd") {
        None => return Err(Error::bad_input("missing field \"cmd\"")),
        Some(Value::Array(args)) => args
            .into_iter()
            .enumerate()
            .map(|(i, a)| match a {
                Value::String(s) => Ok(s),
                other => Err(Error::bad_input(format!(
                    "argument {} of \"cmd\" is {other}, not a string; write every argument as \
                     a JSON string",
                    i + 1
                ))),
            })
            .collect::<Result<Vec<String>>>()?,
        Some(other) => {
            return Err(Error::bad_input(format!(
                "\"cmd\" is {other}, not an array of strings"
            )))
        }
    };
    if args.is_empty() {
        return Err(Error::bad_input("\"cmd\" is empty")
            .hint("give a command and its arguments, e.g. [\"namespace\", \"list\"]"));
    }
    let user = match map.remove("as") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(user)) => Some(Some(user)),
        Some(other) => {
            return Err(Error::bad_input(format!(
                "\"as\" is {other}, not a user name (a string) or null (anonymous)"
            )))
        }
    };
    let moderator = match map.remove("moderator") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(b),
        Some(other) => {
            return Err(Error::bad_input(format!(
                "\"moderator\" is {other}, not true or false"
            )))
        }
    };
    let stdin = map
        .remove("stdin")
        .map(super::super::line::stdin_bytes)
        .transpose()?;
    Ok(CommandRequest {
        args,
        user,
        moderator,
        stdin,
    })
}

/// `{"id": ID, "ok": DOC}`, DOC being the JSON a command printed (see
/// [`crate::cli::line::write_captured`]).
pub fn write_ok(out: &mut Vec<u8>, id: &str, captured: &[u8]) {
    out.extend_from_slice(b"{\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"ok\":");
    // Writing to a Vec cannot fail.
    let _ = super::super::line::write_captured(out, captured);
    out.extend_from_slice(b"}\n");
}

/// `{"id": ID, "ok": DOC}` for DOC already written as JSON text.
pub fn write_ok_raw(out: &mut Vec<u8>, id: &str, doc: &[u8]) {
    out.extend_from_slice(b"{\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"ok\":");
    out.extend_from_slice(doc);
    out.extend_from_slice(b"}\n");
}

/// `{"id": ID, "ok": DOC}` for a document built here.
pub fn write_ok_doc(out: &mut Vec<u8>, id: &str, doc: &Value) {
    out.extend_from_slice(b"{\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"ok\":");
    write_value(out, doc);
    out.extend_from_slice(b"}\n");
}

/// What an error response carries beside the error.
#[derive(Default)]
pub struct ErrorExtras<'a> {
    /// The report a command printed before it failed with exit 5 (partial).
    pub captured: Option<&'a [u8]>,
    /// The error rolled back the open transaction group.
    pub rolled_back: bool,
    /// Which request of a `"group"` failed (from 1).
    pub group_request: Option<usize>,
}

/// `{"id": ID, "error": {"kind", "message", "hint", "exit"}}`, with "doc" and "tx" where
/// [`ErrorExtras`] says.
pub fn write_error(out: &mut Vec<u8>, id: &str, e: &Error, extras: ErrorExtras) {
    let error = json!({
        "kind": e.kind().name(),
        "message": e.message(),
        "hint": crate::cli::hint_text(e),
        "exit": e.exit_code(),
    });
    out.extend_from_slice(b"{\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"error\":");
    write_value(out, &error);
    if let Some(captured) = extras.captured.filter(|c| !c.is_empty()) {
        if e.kind() == Kind::Partial {
            out.extend_from_slice(b",\"doc\":");
            let _ = super::super::line::write_captured(out, captured);
        }
    }
    if extras.rolled_back {
        out.extend_from_slice(b",\"tx\":\"rollback\"");
    }
    if let Some(n) = extras.group_request {
        out.extend_from_slice(format!(",\"request\":{n}").as_bytes());
    }
    out.extend_from_slice(b"}\n");
}

fn write_value(out: &mut Vec<u8>, value: &Value) {
    // Serializing a Value into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, value);
}

/// Writes one response and sends it on at once.
pub fn send(out: &mut dyn Write, response: &[u8]) -> std::io::Result<()> {
    out.write_all(response)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(out: &[u8]) -> Value {
        serde_json::from_slice(out).unwrap()
    }

    #[test]
    fn ids_of_any_kind_come_back_as_written() {
        let r = parse(br#"{"id": 1.50E3, "cmd": ["namespace", "list"]}"#, 1);
        let mut out = Vec::new();
        write_ok(&mut out, &r.id, b"[]\n");
        assert_eq!(out, b"{\"id\":1.50E3,\"ok\":[]}\n");
        let r = parse(br#"{"cmd": ["namespace", "list"]}"#, 1);
        assert_eq!(r.id, "null");
        // Both paths: the plain one, and the general one (here for "stdin").
        let r = parse(br#"{"id": {"a": [1E5]}, "cmd": ["x"], "stdin": "s"}"#, 1);
        assert_eq!(r.id, r#"{"a":[1E5]}"#);
        let r = parse(br#"{"id": "q", "cmd": ["x"], "as": null}"#, 1);
        assert!(matches!(
            r.body,
            Ok(Body::Command(CommandRequest {
                user: Some(None),
                ..
            }))
        ));
    }

    #[test]
    fn malformed_requests_say_where() {
        let r = parse(br#"{"id": 7, "cmd": ["a", }"#, 12);
        let e = r.body.err().unwrap();
        assert_eq!(e.exit_code(), 65);
        assert!(e.message().contains("line 12, column"), "{}", e.message());
        let r = parse(br#"{"id": 7, "cmd": ["a", 2]}"#, 3);
        assert_eq!(r.id, "7");
        assert!(r.body.err().unwrap().message().contains("argument 2"));
        let r = parse(br#"{"id": 7, "tx": "begin", "cmd": ["a"]}"#, 3);
        assert!(r.body.is_err());
        let r = parse(br#"{"cmd": ["a"], "as": 3}"#, 3);
        assert!(r.body.err().unwrap().message().contains("\"as\""));
    }

    #[test]
    fn a_partial_error_carries_its_report() {
        let mut out = Vec::new();
        let e = Error::new(Kind::Partial, "2 skipped");
        let extras = ErrorExtras {
            captured: Some(b"{\"imported\":3}\n"),
            ..ErrorExtras::default()
        };
        write_error(&mut out, "\"a\"", &e, extras);
        let doc = text(&out);
        assert_eq!(doc["doc"], json!({"imported": 3}));
        assert_eq!(doc["error"]["exit"], json!(5));
        // Other errors drop whatever was printed before them (a list cut short).
        let mut out = Vec::new();
        let e = Error::not_found("gone");
        let extras = ErrorExtras {
            captured: Some(b"[1,2"),
            rolled_back: true,
            group_request: Some(2),
        };
        write_error(&mut out, "\"a\"", &e, extras);
        let doc = text(&out);
        assert!(doc.get("doc").is_none());
        assert_eq!(doc["tx"], "rollback");
        assert_eq!(doc["request"], 2);
    }
}
