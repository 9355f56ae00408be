//! The storage primitives the namespaces face needs from a backend.

use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamespaceInfo {
    pub name: String,
    /// Maintained count, read in constant time.
    pub keys: u64,
    /// Total bytes of the stored (compact JSON) values.
    pub value_bytes: u64,
}

/// Values cross this interface as compact JSON text, exactly as stored.
pub trait NamespaceStorage {
    /// Namespaces that hold keys or were created explicitly, by name.
    fn list(&mut self) -> Result<Vec<NamespaceInfo>>;
    /// One namespace's counts in constant time; `None` when it does not exist.
    fn info(&mut self, ns: &str) -> Result<Option<NamespaceInfo>>;
    /// Creates an empty namespace that stays listed without keys; false if it already existed.
    fn create(&mut self, ns: &str) -> Result<bool>;
    fn get(&mut self, ns: &str, key: &str) -> Result<Option<String>>;
    /// Inserts or overwrites a key.
    fn put(&mut self, ns: &str, key: &str, json: &str) -> Result<()>;
    /// `put` of many (namespace, key, value) entries, in order (a later one of the same key
    /// wins). A backend for which a statement is a network round trip sends them together.
    fn put_many(&mut self, entries: &[(String, String, String)]) -> Result<()> {
        for (ns, key, json) in entries {
            self.put(ns, key, json)?;
        }
        Ok(())
    }
    /// Removes a key; false if it was not there.
    fn remove(&mut self, ns: &str, key: &str) -> Result<bool>;
    /// Calls `f(key, json)` for keys `>= from` in key order until `f` returns false.
    fn scan(
        &mut self,
        ns: &str,
        from: &str,
        f: &mut dyn FnMut(&str, &str) -> Result<bool>,
    ) -> Result<()>;
    /// Removes every key; returns how many.
    fn clear(&mut self, ns: &str) -> Result<u64>;
    /// Removes the namespace and its keys; false if it did not exist.
    fn drop_namespace(&mut self, ns: &str) -> Result<bool>;
    /// Renames `src` to `dst`; `dst` must not exist (the face decides what to do when it does).
    fn rename(&mut self, src: &str, dst: &str) -> Result<()>;
    /// Copies every key of `src` into `dst` (overwriting); returns how many.
    fn copy(&mut self, src: &str, dst: &str) -> Result<u64>;
}
