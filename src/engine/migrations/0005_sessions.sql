-- Sessions face (Triggers storage): one session = task configs, instances and latest kwargs, kept
-- in rows so that firing a trigger reads only the tasks that use it and their instances.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_us INTEGER NOT NULL,
    modified_us INTEGER NOT NULL,
    -- Session metadata other than latest_kwargs.
    metadata TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sessions_by_modified ON sessions (modified_us);

CREATE TABLE session_tasks (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    config TEXT NOT NULL,
    -- How many instances this task has had: the next instance is <name>#<next_instance>.
    next_instance INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, name)
) WITHOUT ROWID;

-- Which tasks a trigger concerns (their `after` and `unless`).
CREATE TABLE session_task_triggers (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    trigger TEXT NOT NULL,
    task TEXT NOT NULL,
    PRIMARY KEY (session_id, trigger, task)
) WITHOUT ROWID;

CREATE TABLE session_instances (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    task TEXT NOT NULL,
    number INTEGER NOT NULL,
    status TEXT NOT NULL,
    -- {"kwargs", "abandonState", "metadata"}
    state TEXT NOT NULL,
    PRIMARY KEY (session_id, name)
) WITHOUT ROWID;
CREATE INDEX session_instances_by_task ON session_instances (session_id, task, number);
CREATE INDEX session_instances_by_status ON session_instances (session_id, status);

CREATE TABLE session_latest_kwargs (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    trigger TEXT NOT NULL,
    kwargs TEXT NOT NULL,
    PRIMARY KEY (session_id, trigger)
) WITHOUT ROWID;
