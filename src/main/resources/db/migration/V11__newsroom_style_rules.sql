-- The house style rules are the newsroom's too: on a newsroom copy they are the setting
-- houseStyle.rules (the rules' JSON), sent to the server and brought from it like the outlet's
-- settings. A workstation of its own keeps them in style-rules.json as before.
DROP TRIGGER sync_setting_put;
DROP TRIGGER sync_setting_changed;
DROP TRIGGER sync_setting_removed;

CREATE TRIGGER sync_setting_put AFTER INSERT ON settings
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND (NEW.key LIKE 'outlet.%' OR NEW.key LIKE 'manuscript.%' OR NEW.key LIKE 'photos.%' OR NEW.key LIKE 'houseStyle.%')
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at)
    VALUES ('setting', 0, NEW.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;

CREATE TRIGGER sync_setting_changed AFTER UPDATE ON settings
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND (NEW.key LIKE 'outlet.%' OR NEW.key LIKE 'manuscript.%' OR NEW.key LIKE 'photos.%' OR NEW.key LIKE 'houseStyle.%')
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at)
    VALUES ('setting', 0, NEW.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;

CREATE TRIGGER sync_setting_removed AFTER DELETE ON settings
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND (OLD.key LIKE 'outlet.%' OR OLD.key LIKE 'manuscript.%' OR OLD.key LIKE 'photos.%' OR OLD.key LIKE 'houseStyle.%')
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at)
    VALUES ('setting', 0, OLD.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;
