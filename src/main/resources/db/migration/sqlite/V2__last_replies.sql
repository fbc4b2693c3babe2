-- The replies to the last applied update, saved with it: when Telegram delivers that update again after a
-- crash that came before the replies went out, they are sent again instead of being lost.
ALTER TABLE sessions ADD COLUMN last_replies TEXT NOT NULL DEFAULT '[]';
