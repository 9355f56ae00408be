-- Comments face (Sphinx WebSupport storage): nodes, threaded comments, votes.
-- Ratings are kept by the face's vote rules (rating = sum of votes); `storectl check` verifies it.
CREATE TABLE comment_nodes (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX comment_nodes_by_document ON comment_nodes (document, id);

-- AUTOINCREMENT: ids only ever increase, even after a hard delete of the newest comment.
CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL REFERENCES comment_nodes (id),
    parent_id INTEGER REFERENCES comments (id),
    text TEXT NOT NULL,
    username TEXT,
    time_us INTEGER NOT NULL,
    rating INTEGER NOT NULL DEFAULT 0,
    displayed INTEGER NOT NULL DEFAULT 1,
    proposal TEXT,
    proposal_diff TEXT,
    proposal_diff_text TEXT
);
CREATE INDEX comments_by_node ON comments (node_id, id);
CREATE INDEX comments_by_parent ON comments (parent_id);
CREATE INDEX comments_by_username ON comments (username);
CREATE INDEX comments_waiting ON comments (id) WHERE displayed = 0;

CREATE TABLE comment_votes (
    comment_id INTEGER NOT NULL REFERENCES comments (id),
    username TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value IN (-1, 0, 1)),
    PRIMARY KEY (comment_id, username)
) WITHOUT ROWID;
CREATE INDEX comment_votes_by_username ON comment_votes (username);

-- Where imported rows came from, so that `migrate websupport` is idempotent.
CREATE TABLE comment_import_map (
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    PRIMARY KEY (source, kind, source_id)
) WITHOUT ROWID;
