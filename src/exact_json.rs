//! Parsing JSON so that numbers keep the text they were written with.
//!
//! serde_json (with `arbitrary_precision`) keeps a number's digits, but its scanner rewrites
//! exponents: `1E5` and `1e5` become `1e+5`. Values must round-trip exactly, so where a number
//! has an exponent the document is taken apart with `RawValue`, which sees the original text, and
//! each number is rebuilt from that text.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Number, Value};

/// Parses one JSON document; numbers keep their text exactly (`1E5`, `1.50`, `-0.0`).
pub fn from_str(text: &str) -> serde_json::Result<Value> {
    if !has_exponent(text.as_bytes()) {
        // Nothing serde_json would rewrite.
        return serde_json::from_str(text);
    }
    // Validates the whole document first, so errors and their positions are serde_json's.
    let raw: &RawValue = serde_json::from_str(text)?;
    exact(raw.get())
}

/// [`from_str`] for bytes (UTF-8 is required as by serde_json).
pub fn from_slice(bytes: &[u8]) -> serde_json::Result<Value> {
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    }
}

/// For `#[serde(deserialize_with = "crate::exact_json::deserialize")]` on a `Value` field of a
/// record parsed by serde_json.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
    let raw: Box<RawValue> = de::Deserialize::deserialize(d)?;
    exact(raw.get()).map_err(de::Error::custom)
}

/// The same for an `Option<Value>` field (use with `#[serde(default)]`).
pub fn deserialize_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    let raw: Option<Box<RawValue>> = de::Deserialize::deserialize(d)?;
    match raw {
        None => Ok(None),
        Some(raw) => exact(raw.get()).map(Some).map_err(de::Error::custom),
    }
}

/// A digit followed by `e` or `E`: the only way a number gets an exponent. (Also true for some
/// strings, which then only take the slower, equally correct path.)
fn has_exponent(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && (w[1] == b'e' || w[1] == b'E'))
}

/// Builds the value of valid JSON text, numbers from their own text.
fn exact(text: &str) -> serde_json::Result<Value> {
    let text = text.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    if !has_exponent(text.as_bytes()) {
        return serde_json::from_str(text);
    }
    match text.as_bytes().first() {
        Some(b'{') => {
            let Pairs(pairs) = serde_json::from_str(text)?;
            let mut map = Map::new();
            for (key, raw) in pairs {
                // As serde_json does: a repeated key keeps its first place and its last value.
                map.insert(key, exact(raw.get())?);
            }
            Ok(Value::Object(map))
        }
        Some(b'[') => {
            let items: Vec<&RawValue> = serde_json::from_str(text)?;
            items
                .into_iter()
                .map(|raw| exact(raw.get()))
                .collect::<serde_json::Result<Vec<_>>>()
                .map(Value::Array)
        }
        Some(b'-' | b'0'..=b'9') => Ok(Value::Number(Number::from_string_unchecked(
            text.to_string(),
        ))),
        _ => serde_json::from_str(text),
    }
}

/// An object's members in order, values still as text.
struct Pairs<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> de::Deserialize<'de> for Pairs<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PairsVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for PairsVisitor<'a> {
            type Value = Pairs<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Pairs<'a>, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = access.next_entry::<String, &'de RawValue>()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        d.deserialize_map(PairsVisitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a value is stored and printed as (compact JSON).
    fn round_trip(text: &str) -> String {
        from_str(text).unwrap().to_string()
    }

    #[test]
    fn numbers_keep_their_text() {
        for n in [
            "0",
            "42",
            "-7",
            "123456789012345678901234567890",
            "-123456789012345678901234567890",
            "-0",
            "-0.0",
            "1.50",
            "1.10",
            "1E5",
            "1e5",
            "1E+5",
            "1e-7",
            "-2.5E-300",
            "1e400",
        ] {
            assert_eq!(round_trip(n), n);
            assert_eq!(
                round_trip(&format!(" [{n}, {{\"a\": {n}}}] ")),
                format!("[{n},{{\"a\":{n}}}]")
            );
        }
        assert_eq!(
            round_trip("{\"s\": \"1e5 stays a string\", \"x\": [1E5, true, null, {\"y\": -0.0}]}"),
            "{\"s\":\"1e5 stays a string\",\"x\":[1E5,true,null,{\"y\":-0.0}]}"
        );
    }

    #[test]
    fn repeated_keys_and_escapes_behave_as_in_serde_json() {
        let text = "{\"a\": 1E5, \"b\\u00e9\": 2, \"a\": 3e1}";
        let ours = from_str(text).unwrap();
        assert_eq!(ours.to_string(), "{\"a\":3e1,\"bé\":2}");
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            ours.as_object().unwrap().keys().collect::<Vec<_>>(),
            theirs.as_object().unwrap().keys().collect::<Vec<_>>()
        );
    }

    #[test]
    fn errors_are_serde_jsons_with_their_position() {
        let e = from_str("[1E5,\n  {x}]").unwrap_err();
        assert_eq!((e.line(), e.column()), (2, 4));
        assert!(from_str("1E5 x").is_err());
        assert!(from_str("1E").is_err());
    }

    #[test]
    fn record_fields_keep_their_text() {
        #[derive(serde::Deserialize)]
        struct R {
            #[serde(deserialize_with = "deserialize")]
            v: Value,
            #[serde(default, deserialize_with = "deserialize_option")]
            o: Option<Value>,
        }
        let r: R = serde_json::from_str("{\"v\": [1E5], \"o\": {\"n\": 2E-3}}").unwrap();
        assert_eq!(r.v.to_string(), "[1E5]");
        assert_eq!(r.o.unwrap().to_string(), "{\"n\":2E-3}");
        let r: R = serde_json::from_str("{\"v\": 1}").unwrap();
        assert!(r.o.is_none());
    }
}
