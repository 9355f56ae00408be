-- Feeds: an activity keeps its own verb, object and time (to the microsecond).
-- Until now they were read back from the id (epoch_ms || object || verb), which holds only for
-- ids of Stream Framework's default form and only to the millisecond. Applications define their
-- own activity classes with their own `serialization_id` (its test suite's CustomActivity has a
-- shorter one), and Stream Framework keeps microseconds. NULL (rows written before this
-- version) means: read it from the id, as before.
ALTER TABLE feed_activities ADD COLUMN verb INTEGER;
ALTER TABLE feed_activities ADD COLUMN object INTEGER;
ALTER TABLE feed_activities ADD COLUMN time_us INTEGER;
