-- What each message meant for the analytics (`stats`) and the learned order of fixes.
ALTER TABLE events ADD COLUMN began TEXT;
ALTER TABLE events ADD COLUMN offered TEXT;
ALTER TABLE events ADD COLUMN ending TEXT;
ALTER TABLE events ADD COLUMN helpful SMALLINT;
