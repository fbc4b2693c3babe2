-- No longer written since V5 (the outbox); kept so that both databases have the same versions.
ALTER TABLE sessions ADD COLUMN last_replies TEXT NOT NULL DEFAULT '[]';
