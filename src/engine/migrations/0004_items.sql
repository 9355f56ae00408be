-- Items face (MoinMoin storage design): revisioned items, content stored once per distinct bytes,
-- full-text search over current revisions, user profiles, and locks for every face.
CREATE TABLE item_blobs (
    id INTEGER PRIMARY KEY,
    sha256 BLOB NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

-- One row per item with what listing needs, so that lists never touch revisions or data.
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    current_rev INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    mtime_us INTEGER NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    -- The #acl lines of the latest revision that has data (NULL: none), as moin's parseACL.
    acl TEXT,
    meta TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX items_by_mtime ON items (mtime_us);

CREATE TABLE item_revisions (
    item_id INTEGER NOT NULL REFERENCES items (id),
    revno INTEGER NOT NULL,
    blob_id INTEGER REFERENCES item_blobs (id),
    mtime_us INTEGER NOT NULL,
    action TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    meta TEXT NOT NULL,
    PRIMARY KEY (item_id, revno)
) WITHOUT ROWID;
CREATE INDEX item_revisions_by_time ON item_revisions (mtime_us);
CREATE INDEX item_revisions_by_blob ON item_revisions (blob_id);

-- Current text of live pages; rowid = items.id.
CREATE VIRTUAL TABLE item_search USING fts5 (body, tokenize = 'unicode61');

CREATE TABLE item_users (
    name TEXT PRIMARY KEY,
    profile TEXT NOT NULL DEFAULT '{}',
    created_us INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE locks (
    resource TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    acquired_us INTEGER NOT NULL,
    expires_us INTEGER
) WITHOUT ROWID;
