-- upback's first schema on PostgreSQL.
--
-- A `doc` column holds the same bytes the other stores keep: the serde JSON envelope
-- {"v": <schema version>, "data": ...}. It is bytea rather than jsonb so that a record no
-- version can read is kept byte for byte (moved aside, never rewritten); the columns beside it
-- are only what queries select, order or compare on, and where one of them also sits in the
-- document (a revision, a creator) the column is what counts.

CREATE TABLE sessions (
    user_key text PRIMARY KEY,
    -- Compared and moved on by every commit that changes the session.
    rev bigint NOT NULL,
    doc bytea NOT NULL
);

CREATE TABLE prefs (
    user_key text PRIMARY KEY,
    doc bytea NOT NULL
);

CREATE TABLE history (
    -- Ties of `at` keep the order the entries were added in.
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_key text NOT NULL,
    -- NULL only for a record restored from a backup as unreadable.
    at timestamptz,
    doc bytea NOT NULL
);
CREATE INDEX history_by_user ON history (user_key, at, id);

-- Records that could not be read, moved here as they were (a later version may read them).
CREATE TABLE quarantine (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_key text NOT NULL,
    -- The collection it came from: sessions, prefs...
    source text NOT NULL,
    doc bytea NOT NULL,
    moved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quarantine_by_user ON quarantine (user_key);

CREATE TABLE reminders (
    -- `chat:<platform>:<chat id>` for a group's, the user key for a personal one.
    owner text NOT NULL,
    id bigint NOT NULL,
    rev bigint NOT NULL,
    -- Who set a group's reminder ('' once they are forgotten); the document's is left empty.
    created_by text NOT NULL,
    -- The next fire time while the reminder is active, else NULL: the scheduler's queue.
    due_at timestamptz,
    doc bytea NOT NULL,
    PRIMARY KEY (owner, id)
);
CREATE INDEX reminders_due ON reminders (due_at, id) WHERE due_at IS NOT NULL;
CREATE INDEX reminders_by_creator ON reminders (created_by) WHERE created_by <> '';

-- A member's Done press under a routine post: one row per member and post.
CREATE TABLE done_presses (
    post bigint NOT NULL,
    user_key text NOT NULL,
    -- When, if the press was also saved as a check-in.
    at timestamptz,
    PRIMARY KEY (post, user_key)
);
CREATE INDEX done_presses_by_user ON done_presses (user_key, post);

-- A post's count is the club's, not a member's: it outlives a forgotten member's press.
CREATE TABLE done_counts (
    post bigint PRIMARY KEY,
    count integer NOT NULL
);

CREATE TABLE club_posts (
    group_key text NOT NULL,
    at timestamptz NOT NULL,
    id bigint NOT NULL,
    doc bytea NOT NULL,
    PRIMARY KEY (group_key, at, id)
);

-- What a stopping adapter still owed a platform's chats; opaque JSON of the adapter's own.
CREATE TABLE owed (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform text NOT NULL,
    item jsonb NOT NULL
);
CREATE INDEX owed_by_platform ON owed (platform, id);

-- Nonces, post ids and reminder ids: never handed out twice, whichever process asks.
CREATE SEQUENCE ids;
