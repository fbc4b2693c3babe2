-- The last update from the support chat applied to the conversation.
ALTER TABLE sessions ADD COLUMN last_support_update_id BIGINT NOT NULL DEFAULT -1;
