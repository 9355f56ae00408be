-- The global edit-log of every migrated moin data dir, byte for byte, so that `export moin16`
-- writes back every line the migration read, in its order (per-page logs are kept with their
-- item, as item metadata `moin_log`). `log` is NULL when the data dir had no global edit-log.
CREATE TABLE moin_global_logs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    log BLOB
);
