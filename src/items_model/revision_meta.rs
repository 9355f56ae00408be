//! A revision's metadata: the keys storectl fills itself, typed, and the user's own keys as a
//! map. Stores keep it as one JSON object ([`RevisionMeta::to_map`], [`RevisionMeta::from_map`]),
//! whose key order is the order JSON output shows.

use serde_json::{json, Map, Value};

/// Metadata keys storectl fills itself, so no user can: `item put --meta` and
/// `item meta --set/--unset` refuse them (exit 65). They are
/// * what a revision's edit-log line is made of, which comes from the identity (`userid`,
///   `addr`, `hostname`), the command (`comment`, `extra`, `action`) and the engine (`name`,
///   `revision`, `mtime`, `deleted`, `kind`);
/// * what the engine derives from the data (`size`, `mimetype`, `acl`, `format`, `language`);
/// * every key starting with [`RESERVED_META_PREFIX`] (`moin_`): what `migrate moin16` keeps so
///   that `export moin16` gives a data dir back as it was (`moin_source`, `moin_page`,
///   `moin_meta_source` on revisions, `moin_dir` and `moin_log` on items).
pub const RESERVED_META_KEYS: &[&str] = &[
    "name", "kind", "revision", "mtime", "action", "deleted", "userid", "addr", "hostname",
    "comment", "extra", "size", "mimetype", "acl", "format", "language",
];

/// See [`RESERVED_META_KEYS`].
pub const RESERVED_META_PREFIX: &str = "moin_";

/// The metadata of one revision besides its number, time, action and deletion (which
/// `RevisionRecord` holds). A key a revision does not record is `None`, so that what a store
/// holds comes back exactly: a moin log line has no `size`, an attachment no `acl`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RevisionMeta {
    /// Who saved it: a storectl user name, a moin user id, or "" (anonymous).
    pub userid: Option<String>,
    /// The editor's address and host name, as a moin edit-log line carries them.
    pub addr: Option<String>,
    pub hostname: Option<String>,
    pub comment: Option<String>,
    /// The edit-log's extra field: a rename's old name, the revision a revert restored, an
    /// attachment's file name.
    pub extra: Option<String>,
    /// The user's own keys (`item put --meta`), in the order given.
    pub user: Map<String, Value>,
    /// Bytes of the revision's data (0 for a deletion).
    pub size: Option<u64>,
    pub mimetype: Option<String>,
    /// The `#acl` lines in force: `Some(None)` for a page without one (shown as null), `None`
    /// when the revision records none (attachments, deletions).
    pub acl: Option<Option<String>>,
    /// A page's `#format` and `#language`.
    pub format: Option<String>,
    pub language: Option<String>,
    /// What a migration kept so that an export gives the data dir back (`moin_meta_source`,
    /// `moin_page`, `moin_source`), in the order it was recorded.
    pub moin: Map<String, Value>,
    /// The name behind `userid`, computed when history and log are read, never stored:
    /// `Some(None)` when no profile maps a moin user id (shown as null).
    pub user_name: Option<Option<String>>,
}

impl RevisionMeta {
    /// The editor fields of a new revision: `userid` and `comment`, the rest empty (storectl
    /// knows no address or host name).
    pub fn edit(userid: &str, comment: &str) -> RevisionMeta {
        RevisionMeta {
            userid: Some(userid.to_string()),
            addr: Some(String::new()),
            hostname: Some(String::new()),
            comment: Some(comment.to_string()),
            extra: Some(String::new()),
            ..RevisionMeta::default()
        }
    }

    /// A field as text, "" when it is not recorded.
    pub fn text(field: &Option<String>) -> &str {
        field.as_deref().unwrap_or("")
    }

    /// A `moin_*` key kept by a migration, as text.
    pub fn moin_text(&self, key: &str) -> Option<&str> {
        self.moin.get(key).and_then(Value::as_str)
    }

    /// The JSON object a store keeps and `item show` prints: the editor fields, the user's keys,
    /// what the data gives, the migration's keys, then `user_name` when it was computed.
    pub fn to_map(&self) -> Map<String, Value> {
        let mut map = Map::new();
        let text = |map: &mut Map<String, Value>, key: &str, value: &Option<String>| {
            if let Some(v) = value {
                map.insert(key.into(), json!(v));
            }
        };
        text(&mut map, "userid", &self.userid);
        text(&mut map, "addr", &self.addr);
        text(&mut map, "hostname", &self.hostname);
        text(&mut map, "comment", &self.comment);
        text(&mut map, "extra", &self.extra);
        map.extend(self.user.iter().map(|(k, v)| (k.clone(), v.clone())));
        if let Some(size) = self.size {
            map.insert("size".into(), json!(size));
        }
        text(&mut map, "mimetype", &self.mimetype);
        if let Some(acl) = &self.acl {
            map.insert("acl".into(), json!(acl));
        }
        text(&mut map, "format", &self.format);
        text(&mut map, "language", &self.language);
        map.extend(self.moin.iter().map(|(k, v)| (k.clone(), v.clone())));
        if let Some(name) = &self.user_name {
            // A user's own `user_name` key keeps its place and shows the computed name.
            map.insert("user_name".into(), json!(name));
        }
        map
    }

    /// Reads what [`RevisionMeta::to_map`] wrote. A reserved key whose value has another type
    /// than storectl writes (a store edited by hand) is kept among the user's keys, not lost.
    pub fn from_map(map: Map<String, Value>) -> RevisionMeta {
        let mut meta = RevisionMeta::default();
        for (key, value) in map {
            let slot = match key.as_str() {
                "userid" => Some(&mut meta.userid),
                "addr" => Some(&mut meta.addr),
                "hostname" => Some(&mut meta.hostname),
                "comment" => Some(&mut meta.comment),
                "extra" => Some(&mut meta.extra),
                "mimetype" => Some(&mut meta.mimetype),
                "format" => Some(&mut meta.format),
                "language" => Some(&mut meta.language),
                _ => None,
            };
            match (slot, &value) {
                (Some(slot), Value::String(text)) => *slot = Some(text.clone()),
                (Some(_), _) => {
                    meta.user.insert(key, value);
                }
                (None, _) => match (key.as_str(), &value) {
                    ("size", v) if v.as_u64().is_some() => meta.size = v.as_u64(),
                    ("acl", Value::Null) => meta.acl = Some(None),
                    ("acl", Value::String(text)) => meta.acl = Some(Some(text.clone())),
                    _ if key.starts_with(RESERVED_META_PREFIX) => {
                        meta.moin.insert(key, value);
                    }
                    _ => {
                        meta.user.insert(key, value);
                    }
                },
            }
        }
        meta
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) {
        let map: Map<String, Value> = serde_json::from_str(text).unwrap();
        let meta = RevisionMeta::from_map(map);
        assert_eq!(Value::Object(meta.to_map()).to_string(), text);
    }

    /// Every shape a storectl writer stores comes back byte for byte.
    #[test]
    fn what_storectl_writes_round_trips_exactly() {
        // item put, with the user's keys; a deletion; a moin page, attachment and log line.
        round_trip(
            r#"{"userid":"alice","addr":"","hostname":"","comment":"hi","extra":"","color":"blue","n":5,"size":25,"mimetype":"text/plain","acl":"All:read","format":"plain","language":"de"}"#,
        );
        round_trip(r#"{"userid":"","addr":"","hostname":"","comment":"","extra":"","size":0}"#);
        round_trip(
            r#"{"userid":"1.2.3","addr":"1.2.3.4","hostname":"h","comment":"","extra":"","size":3,"mimetype":"text/x-moin-wiki","acl":null,"moin_meta_source":"page_log","moin_page":"Old","moin_source":"/w/data"}"#,
        );
        round_trip(
            r#"{"userid":"","addr":"","hostname":"","comment":"","extra":"a.png","size":4,"mimetype":"application/octet-stream","moin_source":"/w","moin_meta_source":"page_log"}"#,
        );
        round_trip(
            r#"{"userid":"","addr":"","hostname":"","comment":"","extra":"","moin_page":"X"}"#,
        );
        // Hand-edited types stay.
        round_trip(r#"{"userid":7,"size":"12","acl":false}"#);
    }

    #[test]
    fn a_computed_user_name_goes_last_or_where_the_user_put_one() {
        let mut meta = RevisionMeta::edit("alice", "");
        meta.user_name = Some(None);
        assert_eq!(
            Value::Object(meta.to_map()).to_string(),
            r#"{"userid":"alice","addr":"","hostname":"","comment":"","extra":"","user_name":null}"#
        );
        let map: Map<String, Value> =
            serde_json::from_str(r#"{"userid":"a","user_name":"mine","size":1}"#).unwrap();
        let mut meta = RevisionMeta::from_map(map);
        meta.user_name = Some(Some("Alice".into()));
        assert_eq!(
            Value::Object(meta.to_map()).to_string(),
            r#"{"userid":"a","user_name":"Alice","size":1}"#
        );
    }
}
