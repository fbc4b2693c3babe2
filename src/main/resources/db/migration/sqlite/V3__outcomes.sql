-- What each message meant for the analytics (`stats`) and the learned order of fixes.
ALTER TABLE events ADD COLUMN began TEXT;       -- the intent of a problem work began on at this message
ALTER TABLE events ADD COLUMN offered TEXT;     -- the fix this message's reply put on offer
ALTER TABLE events ADD COLUMN ending TEXT;      -- how work on the problem ended here (supportbot.dialog.Ending)
ALTER TABLE events ADD COLUMN helpful INTEGER;  -- the answer to "Was this helpful?": 1 yes, 0 no
