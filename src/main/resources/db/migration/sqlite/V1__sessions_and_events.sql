-- One row per conversation: the session as JSON, plus the columns the store itself needs.
CREATE TABLE sessions (
    channel         TEXT    NOT NULL,
    chat_id         TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    session         TEXT    NOT NULL,   -- supportbot.dialog.Session as JSON
    last_update_id  INTEGER NOT NULL DEFAULT -1,  -- the last Telegram update applied to it, saved with it
    idle_deadline   TEXT,               -- ISO-8601; past it the next message is welcomed back
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

-- What happened in each conversation, for hand-off and analytics.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    channel     TEXT    NOT NULL,
    chat_id     TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    said        TEXT    NOT NULL,   -- the user's words, or "[button] <data>"
    intent      TEXT,
    confidence  REAL,
    fix         TEXT,               -- the fix on offer after this message
    state       TEXT    NOT NULL,
    outcome     TEXT                -- how the fix before it ended, when this message ended one
);
CREATE INDEX events_by_conversation ON events (channel, chat_id, id);
CREATE INDEX events_by_time ON events (at);
