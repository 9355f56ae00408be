//! Opaque values of the namespaces face: bytes that JSON cannot carry, with a type name.
//!
//! A Python program stores values JSON does not hold exactly (Errbot's `TextCmds` stores an
//! `Identifier`; sets, tuples, bytes, datetimes, dicts with int keys). The Python package keeps
//! them as a pickle, and storectl keeps that pickle as an **opaque value**: a type name
//! (`python-pickle`) and bytes, which storectl never interprets.
//!
//! An opaque value is written, stored and printed as one reserved JSON form, the **tag**:
//!
//! ```json
//! {"$opaque": {"type": "python-pickle", "bytes": 42, "base64": "gASV..."}}
//! ```
//!
//! Any JSON object whose only key is `$opaque` is reserved for it. Such an object is read as an
//! opaque value only when the caller says so (`--opaque-tags`); otherwise it is refused, so that a
//! plain JSON object never turns opaque by accident, and what `get` prints is never ambiguous.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Map, Value};

use crate::error::{Error, Fix, Result};

/// The one key of the reserved tag object.
pub const TAG: &str = "$opaque";

/// Whether a JSON value in the input may be an opaque tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tags {
    /// A value of the tag's form is refused (exit 65): the default.
    #[default]
    Refuse,
    /// A value of the tag's form is an opaque value; it must be a well-formed tag.
    Read,
}

/// An opaque value: a type name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opaque {
    pub type_name: String,
    pub bytes: Vec<u8>,
}

impl Opaque {
    /// A value of type `type_name` (checked: see [`validate_type`]).
    pub fn new(type_name: &str, bytes: Vec<u8>) -> Result<Opaque> {
        validate_type(type_name)?;
        Ok(Opaque {
            type_name: type_name.to_string(),
            bytes,
        })
    }

    /// The tag, in the one canonical form storectl stores and prints (field order fixed).
    pub fn to_value(&self) -> Value {
        json!({TAG: {
            "type": self.type_name,
            "bytes": self.bytes.len(),
            "base64": STANDARD.encode(&self.bytes),
        }})
    }

    /// Reads a tag: `{"$opaque": {"type": T, "base64": B}}`, with `"bytes": N` optional (when
    /// given it must be the decoded length). Anything else is refused, naming what is wrong.
    pub fn from_tag(value: &Value) -> Result<Opaque> {
        let bad = |what: String| {
            Error::bad_input(format!("malformed opaque value: {what}")).hint(Fix::OpaqueTagForm)
        };
        let inner = tag_body(value)
            .ok_or_else(|| bad(format!("expected an object with the one key {TAG:?}")))?;
        let Value::Object(fields) = inner else {
            return Err(bad(format!("{TAG:?} must hold an object")));
        };
        if let Some(other) = fields
            .keys()
            .find(|k| !matches!(k.as_str(), "type" | "bytes" | "base64"))
        {
            return Err(bad(format!("unknown field {other:?}")));
        }
        let type_name = fields
            .get("type")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("\"type\" must be a string".into()))?;
        let text = fields
            .get("base64")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("\"base64\" must be a string".into()))?;
        let bytes = STANDARD
            .decode(text)
            .map_err(|e| bad(format!("\"base64\" is not base64: {e}")))?;
        if let Some(n) = fields.get("bytes") {
            if n.as_u64() != Some(bytes.len() as u64) {
                return Err(bad(format!(
                    "\"bytes\" is {n} but \"base64\" holds {} bytes",
                    bytes.len()
                )));
            }
        }
        Opaque::new(type_name, bytes)
    }
}

/// A type name says what the bytes are to the program that reads them (`python-pickle`): 1 to 64
/// characters, lowercase ASCII letters, digits and `.+_-`, starting with a letter or digit.
pub fn validate_type(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._+-".contains(&b))
        && name.as_bytes()[0].is_ascii_alphanumeric();
    if ok {
        Ok(())
    } else {
        Err(Error::bad_input(format!(
            "opaque type {name:?} is not a type name: 1 to 64 lowercase letters, digits and .+_-"
        ))
        .hint(Fix::OpaqueTagForm))
    }
}

/// The tag's body when `value` has the tag's form (an object whose only key is `$opaque`).
fn tag_body(value: &Value) -> Option<&Value> {
    match value {
        Value::Object(map) if map.len() == 1 => map.get(TAG),
        _ => None,
    }
}

/// True when `value` has the reserved form of a tag, well-formed or not.
pub fn is_tag_form(value: &Value) -> bool {
    tag_body(value).is_some()
}

/// True when a stored value's text is an opaque value. Stored text is compact, so a tag starts
/// with `{"$opaque":`; a plain object may too (`{"$opaque":1,"x":2}`), so such text is parsed.
pub fn is_stored_opaque(text: &str) -> bool {
    text.starts_with("{\"$opaque\":")
        && serde_json::from_str::<Value>(text).is_ok_and(|v| is_tag_form(&v))
}

/// The stored text of an input value: plain JSON as it is; a value of the tag's form refused
/// with `Tags::Refuse`, read as a tag (and written canonically) with `Tags::Read`.
pub fn stored_text(ns: &str, key: &str, value: &Value, tags: Tags) -> Result<String> {
    if !is_tag_form(value) {
        return Ok(value.to_string());
    }
    match tags {
        Tags::Read => Ok(Opaque::from_tag(value)
            .map_err(|e| e.context(format!("key {key:?} in namespace {ns:?}")))?
            .to_value()
            .to_string()),
        Tags::Refuse => Err(Error::bad_input(format!(
            "the value of key {key:?} in namespace {ns:?} is an object whose only key is \
             {TAG:?}, the form reserved for opaque values; nothing was stored"
        ))
        .hint(Fix::OpaqueTagsOrOtherForm)),
    }
}

/// What a person reads in place of an opaque value at a terminal: `<opaque python-pickle, 42
/// bytes>`. `None` for a plain JSON value.
pub fn placeholder(value: &Value) -> Option<String> {
    let fields: &Map<String, Value> = tag_body(value)?.as_object()?;
    let type_name = fields.get("type")?.as_str()?;
    let bytes = fields.get("bytes")?.as_u64()?;
    Some(format!(
        "<opaque {type_name}, {}>",
        crate::plural::count(bytes, "byte")
    ))
}

/// A stored value's problems for `storectl check`: a value of the tag's form that is not a
/// well-formed tag (written by something other than storectl).
pub fn check_stored(text: &str) -> Option<String> {
    let value: Value = serde_json::from_str(text).ok()?;
    if !is_tag_form(&value) {
        return None;
    }
    Opaque::from_tag(&value).err().map(|e| e.message())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    #[test]
    fn a_tag_round_trips_and_is_written_in_one_canonical_form() {
        let o = Opaque::new("python-pickle", vec![0x80, 4, 0, 0xff]).unwrap();
        let v = o.to_value();
        assert_eq!(
            v.to_string(),
            r#"{"$opaque":{"type":"python-pickle","bytes":4,"base64":"gAQA/w=="}}"#
        );
        assert!(is_stored_opaque(&v.to_string()));
        assert!(!is_stored_opaque(
            r#"{"$opaque":{"type":"t","bytes":0,"base64":""},"x":2}"#
        ));
        assert_eq!(Opaque::from_tag(&v).unwrap(), o);
        // "bytes" is optional on input; the stored text gets it back.
        let short = json!({"$opaque": {"base64": "gAQA/w==", "type": "python-pickle"}});
        assert_eq!(
            stored_text("ns", "k", &short, Tags::Read).unwrap(),
            v.to_string()
        );
        assert_eq!(
            placeholder(&v).as_deref(),
            Some("<opaque python-pickle, 4 bytes>")
        );
    }

    #[test]
    fn a_plain_object_of_the_tag_form_is_refused_unless_tags_are_read() {
        let v = json!({"$opaque": {"type": "python-pickle", "base64": ""}});
        let err = stored_text("ns", "k", &v, Tags::Refuse).unwrap_err();
        assert_eq!(err.kind(), Kind::BadInput);
        assert!(err.message().contains("reserved for opaque values"));
        // Two keys, or another key: plain JSON, whatever the tags mode.
        for plain in [
            json!({"$opaque": 1, "other": 2}),
            json!({"opaque": 1}),
            json!([{"$opaque": 1}]),
        ] {
            assert_eq!(
                stored_text("ns", "k", &plain, Tags::Refuse).unwrap(),
                plain.to_string()
            );
        }
    }

    #[test]
    fn malformed_tags_are_refused_naming_the_fault() {
        for (tag, fault) in [
            (json!({"$opaque": 5}), "must hold an object"),
            (
                json!({"$opaque": {"type": "x"}}),
                "\"base64\" must be a string",
            ),
            (
                json!({"$opaque": {"base64": ""}}),
                "\"type\" must be a string",
            ),
            (
                json!({"$opaque": {"type": "x", "base64": "%%"}}),
                "is not base64",
            ),
            (
                json!({"$opaque": {"type": "x", "base64": "AA==", "bytes": 2}}),
                "\"bytes\" is 2 but \"base64\" holds 1 bytes",
            ),
            (
                json!({"$opaque": {"type": "x", "base64": "", "size": 0}}),
                "unknown field \"size\"",
            ),
            (
                json!({"$opaque": {"type": "Py Pickle", "base64": ""}}),
                "is not a type name",
            ),
        ] {
            let err = stored_text("ns", "k", &tag, Tags::Read).unwrap_err();
            assert_eq!(err.kind(), Kind::BadInput);
            assert!(err.message().contains(fault), "{tag}: {}", err.message());
            assert!(check_stored(&tag.to_string()).is_some());
        }
    }
}
