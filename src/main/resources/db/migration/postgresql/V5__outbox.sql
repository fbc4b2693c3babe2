-- Replies waiting to be sent, stored in the same transaction as the session that produced them, each marked
-- once Telegram has it. Times are epoch milliseconds.
CREATE TABLE outbox (
  id BIGSERIAL PRIMARY KEY,
  channel TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  audience TEXT NOT NULL,
  reply TEXT NOT NULL,
  support_header TEXT NOT NULL DEFAULT '',
  copy_message_id BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  parts_sent INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  sent_at BIGINT,
  dropped_at BIGINT
);
CREATE INDEX outbox_queue ON outbox (channel, chat_id, audience, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX outbox_dropped ON outbox (dropped_at) WHERE dropped_at IS NOT NULL;
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
