-- The last update from the support chat (an agent's answer) applied to the conversation. Kept apart from
-- last_update_id: the support chat's updates are not in order with the user's.
ALTER TABLE sessions ADD COLUMN last_support_update_id INTEGER NOT NULL DEFAULT -1;
