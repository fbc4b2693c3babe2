-- The same schema as db/migration/sqlite/, version for version, in PostgreSQL's types.
-- One row per conversation: the session as JSON, plus the columns the store itself needs.
CREATE TABLE sessions (
    channel         TEXT    NOT NULL,
    chat_id         TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    session         TEXT    NOT NULL,
    last_update_id  BIGINT  NOT NULL DEFAULT -1,
    idle_deadline   TEXT,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

-- What happened in each conversation, for hand-off and analytics.
CREATE TABLE events (
    id          BIGSERIAL PRIMARY KEY,
    channel     TEXT    NOT NULL,
    chat_id     TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    said        TEXT    NOT NULL,
    intent      TEXT,
    confidence  DOUBLE PRECISION,
    fix         TEXT,
    state       TEXT    NOT NULL,
    outcome     TEXT
);
CREATE INDEX events_by_conversation ON events (channel, chat_id, id);
CREATE INDEX events_by_time ON events (at);
