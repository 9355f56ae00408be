//! Merging JSON values: errbot's deep merge done consistently, and RFC 7386 merge patch.

use serde_json::Value;

/// What happens when both sides hold an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayMode {
    /// Concatenate, duplicates kept (errbot's `deepmerge.always_merger`).
    Append,
    /// The new array replaces the old one.
    Replace,
}

/// Deep merge at every level: objects merge recursively, arrays concatenate (or replace), and
/// anything else, including a type conflict, is replaced by the new value.
pub fn deep_merge(base: &mut Value, new: Value, arrays: ArrayMode) {
    match (base, new) {
        (Value::Object(old), Value::Object(new)) => {
            for (key, value) in new {
                match old.get_mut(&key) {
                    Some(slot) => deep_merge(slot, value, arrays),
                    None => {
                        old.insert(key, value);
                    }
                }
            }
        }
        (Value::Array(old), Value::Array(new)) if arrays == ArrayMode::Append => old.extend(new),
        (slot, new) => *slot = new,
    }
}

/// RFC 7386 JSON merge patch: objects merge recursively, `null` deletes a member, anything
/// else replaces.
pub fn merge_patch(target: &mut Value, patch: Value) {
    match patch {
        Value::Object(patch) => {
            if !target.is_object() {
                *target = Value::Object(Default::default());
            }
            if let Value::Object(map) = target {
                for (key, value) in patch {
                    if value.is_null() {
                        map.shift_remove(&key);
                    } else {
                        merge_patch(map.entry(key).or_insert(Value::Null), value);
                    }
                }
            }
        }
        other => *target = other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn deep_merge_examples_from_the_spec() {
        let mut v = json!({"Webserver": {"PORT": 8888, "HOST": "h"}});
        deep_merge(
            &mut v,
            json!({"Webserver": {"PORT": 9999}}),
            ArrayMode::Append,
        );
        assert_eq!(v, json!({"Webserver": {"PORT": 9999, "HOST": "h"}}));
        let mut v = json!(["#a"]);
        deep_merge(&mut v, json!(["#b", "#a"]), ArrayMode::Append);
        assert_eq!(v, json!(["#a", "#b", "#a"]));
        let mut v = json!(["#a"]);
        deep_merge(&mut v, json!(["#b"]), ArrayMode::Replace);
        assert_eq!(v, json!(["#b"]));
        let mut v = json!({"a": 1});
        deep_merge(&mut v, json!([1]), ArrayMode::Append);
        assert_eq!(v, json!([1]));
    }

    #[test]
    fn merge_patch_follows_rfc_7386_examples() {
        // The test cases of RFC 7386 appendix A.
        let cases = [
            (json!({"a":"b"}), json!({"a":"c"}), json!({"a":"c"})),
            (json!({"a":"b"}), json!({"b":"c"}), json!({"a":"b","b":"c"})),
            (json!({"a":"b"}), json!({"a":null}), json!({})),
            (
                json!({"a":"b","b":"c"}),
                json!({"a":null}),
                json!({"b":"c"}),
            ),
            (json!({"a":["b"]}), json!({"a":"c"}), json!({"a":"c"})),
            (json!({"a":"c"}), json!({"a":["b"]}), json!({"a":["b"]})),
            (
                json!({"a":{"b":"c"}}),
                json!({"a":{"b":"d","c":null}}),
                json!({"a":{"b":"d"}}),
            ),
            (json!({"a":[{"b":"c"}]}), json!({"a":[1]}), json!({"a":[1]})),
            (json!(["a", "b"]), json!(["c", "d"]), json!(["c", "d"])),
            (json!({"a":"b"}), json!(["c"]), json!(["c"])),
            (json!({"a":"foo"}), json!(null), json!(null)),
            (json!({"a":"foo"}), json!("bar"), json!("bar")),
            (json!({"e":null}), json!({"a":1}), json!({"e":null,"a":1})),
            (json!([1, 2]), json!({"a":"b","c":null}), json!({"a":"b"})),
            (
                json!({}),
                json!({"a":{"bb":{"ccc":null}}}),
                json!({"a":{"bb":{}}}),
            ),
        ];
        for (target, patch, expected) in cases {
            let mut t = target.clone();
            merge_patch(&mut t, patch.clone());
            assert_eq!(t, expected, "{target} + {patch}");
        }
    }
}
