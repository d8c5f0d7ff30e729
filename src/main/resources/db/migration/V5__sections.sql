-- Sections the outlet no longer uses are retired, not deleted: they leave the site's menu and the
-- editor's choices, and the articles filed under them keep them.
ALTER TABLE sections ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
