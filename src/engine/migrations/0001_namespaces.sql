-- Namespaces face (Errbot key/value storage).
-- Counts are maintained by triggers so that `namespace len` and `namespace list` never scan keys.
CREATE TABLE namespaces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key_count INTEGER NOT NULL DEFAULT 0,
    value_bytes INTEGER NOT NULL DEFAULT 0,
    created_explicitly INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE namespace_entries (
    namespace_id INTEGER NOT NULL REFERENCES namespaces(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (namespace_id, key)
) WITHOUT ROWID;

CREATE TRIGGER namespace_entries_counted_insert AFTER INSERT ON namespace_entries BEGIN
    UPDATE namespaces
       SET key_count = key_count + 1, value_bytes = value_bytes + length(CAST(NEW.value AS BLOB))
     WHERE id = NEW.namespace_id;
END;

CREATE TRIGGER namespace_entries_counted_update AFTER UPDATE ON namespace_entries BEGIN
    UPDATE namespaces
       SET key_count = key_count - 1, value_bytes = value_bytes - length(CAST(OLD.value AS BLOB))
     WHERE id = OLD.namespace_id;
    UPDATE namespaces
       SET key_count = key_count + 1, value_bytes = value_bytes + length(CAST(NEW.value AS BLOB))
     WHERE id = NEW.namespace_id;
END;

CREATE TRIGGER namespace_entries_counted_delete AFTER DELETE ON namespace_entries BEGIN
    UPDATE namespaces
       SET key_count = key_count - 1, value_bytes = value_bytes - length(CAST(OLD.value AS BLOB))
     WHERE id = OLD.namespace_id;
END;
