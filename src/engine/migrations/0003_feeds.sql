-- Feeds face (Stream Framework storage): an activity storage and per-key timelines.
-- An activity id is the 26-digit decimal `epoch_ms || object (10 digits) || verb (3 digits)`,
-- kept as (ms, tail = object * 1000 + verb): ordering by (ms, tail) is exactly the numeric order
-- of the id, without floats and without 128-bit columns.
CREATE TABLE feed_activities (
    ms INTEGER NOT NULL,
    tail INTEGER NOT NULL,
    actor INTEGER NOT NULL,
    target INTEGER,
    extra_context TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (ms, tail)
) WITHOUT ROWID;

-- `entries` is a maintained count, so `feed count` never scans.
CREATE TABLE feed_timelines (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    entries INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_entries (
    timeline_id INTEGER NOT NULL REFERENCES feed_timelines (id) ON DELETE CASCADE,
    ms INTEGER NOT NULL,
    tail INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, ms, tail)
) WITHOUT ROWID;
