-- Feeds: an activity keeps its own verb, object and time (to the microsecond), as on SQLite
-- (its migration 7 says why). NULL (rows written before this version) means: read it from the id.
ALTER TABLE feed_activities ADD COLUMN verb BIGINT;
ALTER TABLE feed_activities ADD COLUMN object BIGINT;
ALTER TABLE feed_activities ADD COLUMN time_us BIGINT;
