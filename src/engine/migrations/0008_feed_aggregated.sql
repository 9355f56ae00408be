-- Aggregated and notification feeds (Stream Framework's AggregatedFeed and NotificationFeed).
-- A feed groups its activities by an aggregator's group key (verb and day by default); each
-- group is one row. `group_count`, `unseen_count` and `unread_count` are maintained counts, so `feed aggregated
-- count` never scans (and `storectl check` compares them with the rows).
CREATE TABLE feed_aggregated (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    aggregator TEXT NOT NULL,
    group_count INTEGER NOT NULL DEFAULT 0,
    unseen_count INTEGER NOT NULL DEFAULT 0,
    unread_count INTEGER NOT NULL DEFAULT 0
);

-- One group: its times (epoch microseconds), how many activities were dropped from its front
-- (Stream Framework's minimized_activities), and its activities (a JSON array, oldest first,
-- at most max_aggregated_activities_length of them). A group is unseen while seen_us is NULL.
CREATE TABLE feed_groups (
    feed_id INTEGER NOT NULL REFERENCES feed_aggregated (id) ON DELETE CASCADE,
    grp TEXT NOT NULL,
    created_us INTEGER NOT NULL,
    updated_us INTEGER NOT NULL,
    seen_us INTEGER,
    read_us INTEGER,
    minimized INTEGER NOT NULL DEFAULT 0,
    activities TEXT NOT NULL,
    PRIMARY KEY (feed_id, grp)
) WITHOUT ROWID;

-- Rank: the most recently updated group first, ties by group key.
CREATE INDEX feed_groups_rank ON feed_groups (feed_id, updated_us, grp);

-- Which group holds an activity, so removing one finds its group without a scan.
CREATE TABLE feed_group_members (
    feed_id INTEGER NOT NULL,
    ms INTEGER NOT NULL,
    tail INTEGER NOT NULL,
    grp TEXT NOT NULL,
    PRIMARY KEY (feed_id, ms, tail),
    FOREIGN KEY (feed_id, grp) REFERENCES feed_groups (feed_id, grp) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX feed_group_members_group ON feed_group_members (feed_id, grp);
