-- Locks of every face (`lock acquire`; namespace, session, feed, node and item locks), as
-- SQLite's table of migration 0004.
CREATE TABLE locks (
    resource TEXT COLLATE "C" PRIMARY KEY,
    owner TEXT NOT NULL,
    acquired_us BIGINT NOT NULL,
    expires_us BIGINT
);
