-- Comments face (Sphinx WebSupport storage), as SQLite's migration 0002. Comment ids come from
-- comment_sequence, a one-row counter, not a SEQUENCE: it is transactional like SQLite's
-- AUTOINCREMENT (ids only increase, and a rolled-back or re-run transaction uses up none), so a
-- dry run reports the ids the real run gets.
CREATE TABLE comment_nodes (
    id TEXT COLLATE "C" PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX comment_nodes_by_document ON comment_nodes (document, id);

CREATE TABLE comment_sequence (
    only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    last_id BIGINT NOT NULL
);
INSERT INTO comment_sequence (last_id) VALUES (0);

CREATE TABLE comments (
    id BIGINT PRIMARY KEY,
    node_id TEXT COLLATE "C" NOT NULL REFERENCES comment_nodes (id),
    parent_id BIGINT REFERENCES comments (id),
    text TEXT NOT NULL,
    username TEXT COLLATE "C",
    time_us BIGINT NOT NULL,
    rating BIGINT NOT NULL DEFAULT 0,
    displayed BOOLEAN NOT NULL DEFAULT true,
    proposal TEXT,
    proposal_diff TEXT,
    proposal_diff_text TEXT
);
CREATE INDEX comments_by_node ON comments (node_id, id);
CREATE INDEX comments_by_parent ON comments (parent_id);
CREATE INDEX comments_by_username ON comments (username);
CREATE INDEX comments_waiting ON comments (id) WHERE NOT displayed;

CREATE TABLE comment_votes (
    comment_id BIGINT NOT NULL REFERENCES comments (id),
    username TEXT COLLATE "C" NOT NULL,
    value BIGINT NOT NULL CHECK (value IN (-1, 0, 1)),
    PRIMARY KEY (comment_id, username)
);
CREATE INDEX comment_votes_by_username ON comment_votes (username);

-- Where imported rows came from, so that `migrate websupport` is idempotent.
CREATE TABLE comment_import_map (
    source TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    source_id TEXT COLLATE "C" NOT NULL,
    local_id TEXT NOT NULL,
    PRIMARY KEY (source, kind, source_id)
);
