-- Replies waiting to be sent, stored in the same transaction as the session that produced them, each marked
-- once Telegram has it. Replaces sessions.last_replies (no longer written). Times are epoch milliseconds.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  channel TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  audience TEXT NOT NULL,
  reply TEXT NOT NULL,
  support_header TEXT NOT NULL DEFAULT '',
  copy_message_id INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  parts_sent INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  sent_at INTEGER,
  dropped_at INTEGER
);
-- Only unsent replies are looked up: the indexes hold nothing else.
CREATE INDEX outbox_queue ON outbox (channel, chat_id, audience, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX outbox_dropped ON outbox (dropped_at) WHERE dropped_at IS NOT NULL;
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
