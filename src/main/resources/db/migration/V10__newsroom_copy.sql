-- A workstation that has joined a newsroom keeps its copy of the newsroom in a store of its own
-- (newsroom/ in the data folder, beside the workstation's own store, which stays as it was). The
-- window and the commands work on that copy, so typing never waits for the network; newsroom.Sync
-- sends what changed here and brings what changed on the server.
--
-- Only such a copy has a sync_state row. Every trigger below asks for it, so in a workstation's
-- own store they do nothing.
CREATE TABLE sync_state (
    only_row    INTEGER PRIMARY KEY CHECK (only_row = 1),
    workstation TEXT    NOT NULL,           -- a uuid: to whom the server gave article numbers
    last_change INTEGER NOT NULL DEFAULT 0, -- the newsroom's last change number this copy holds
    last_xmin   INTEGER NOT NULL DEFAULT 0, -- the oldest server transaction still running then: read again
    last_sent   INTEGER,                    -- when a change of this copy last reached the server
    applying    INTEGER NOT NULL DEFAULT 0  -- 1 while the server's changes are written in: not sent back
);

-- The server's version this copy of the article was made from; NULL: not on the server yet. A
-- change sent from here is applied only if the server still has that version.
ALTER TABLE articles ADD COLUMN server_version INTEGER;

-- Article numbers the server gave this workstation, so an article started offline has its
-- newsroom number at once (SqliteArticleStore takes the smallest). Empty in any other store,
-- where the insert's NULL lets SQLite number the article as before.
CREATE TABLE reserved_article_ids (
    id INTEGER PRIMARY KEY
);

-- What waits to be sent, in the order it was made. A run of saves of one article is one row:
-- the text sent is the article's text when it is sent. key is the idempotency key the server
-- records with the change, so a change whose answer was lost is not applied twice.
CREATE TABLE sync_outgoing (
    seq        INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    kind       TEXT    NOT NULL,  -- 'save', or the desk action of a history line (submit, approve ...)
    article_id INTEGER NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    made_at    INTEGER NOT NULL
);

CREATE TRIGGER sync_numbered BEFORE INSERT ON articles
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND NOT EXISTS (SELECT 1 FROM reserved_article_ids WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'byline: no article number left');
END;

CREATE TRIGGER sync_started AFTER INSERT ON articles
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
BEGIN
    DELETE FROM reserved_article_ids WHERE id = NEW.id;
    INSERT INTO sync_outgoing (kind, article_id, made_at) VALUES ('save', NEW.id, NEW.created_at);
END;

CREATE TRIGGER sync_saved AFTER UPDATE OF headline, subheadline, section_id, body, byline ON articles
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, made_at)
    SELECT 'save', NEW.id, NEW.updated_at
     WHERE NOT EXISTS (SELECT 1 FROM sync_outgoing o
                        WHERE o.seq = (SELECT max(seq) FROM sync_outgoing)
                          AND o.article_id = NEW.id AND o.kind = 'save');
END;

CREATE TRIGGER sync_history AFTER INSERT ON transitions
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at) VALUES (NEW.action, NEW.article_id, NEW.note, NEW.at);
END;

-- The newsroom's settings (the outlet's name and masthead, the manuscript sheet, photo limits)
-- are the server's; a workstation's own (workspace.*, who worked here last) stay here.
CREATE TRIGGER sync_setting_put AFTER INSERT ON settings
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND (NEW.key LIKE 'outlet.%' OR NEW.key LIKE 'manuscript.%' OR NEW.key LIKE 'photos.%')
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at)
    VALUES ('setting', 0, NEW.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;

CREATE TRIGGER sync_setting_changed AFTER UPDATE ON settings
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND (NEW.key LIKE 'outlet.%' OR NEW.key LIKE 'manuscript.%' OR NEW.key LIKE 'photos.%')
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at)
    VALUES ('setting', 0, NEW.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;

CREATE TRIGGER sync_setting_removed AFTER DELETE ON settings
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
     AND (OLD.key LIKE 'outlet.%' OR OLD.key LIKE 'manuscript.%' OR OLD.key LIKE 'photos.%')
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, note, made_at)
    VALUES ('setting', 0, OLD.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;

-- An article's photos travel as a whole set: one waiting row per run of changes to them. Never
-- folded into the oldest row, which may be on its way: the set it sends was read already.
CREATE TRIGGER sync_photo_added AFTER INSERT ON photos
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, made_at)
    SELECT 'photos', NEW.article_id, NEW.created_at
     WHERE NOT EXISTS (SELECT 1 FROM sync_outgoing o
                        WHERE o.seq = (SELECT max(seq) FROM sync_outgoing)
                          AND o.seq <> (SELECT min(seq) FROM sync_outgoing)
                          AND o.article_id = NEW.article_id AND o.kind = 'photos');
END;

CREATE TRIGGER sync_photo_changed AFTER UPDATE ON photos
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, made_at)
    SELECT 'photos', NEW.article_id, CAST(strftime('%s', 'now') AS INTEGER) * 1000
     WHERE NOT EXISTS (SELECT 1 FROM sync_outgoing o
                        WHERE o.seq = (SELECT max(seq) FROM sync_outgoing)
                          AND o.seq <> (SELECT min(seq) FROM sync_outgoing)
                          AND o.article_id = NEW.article_id AND o.kind = 'photos');
END;

CREATE TRIGGER sync_photo_removed AFTER DELETE ON photos
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE applying = 0)
BEGIN
    INSERT INTO sync_outgoing (kind, article_id, made_at)
    SELECT 'photos', OLD.article_id, CAST(strftime('%s', 'now') AS INTEGER) * 1000
     WHERE NOT EXISTS (SELECT 1 FROM sync_outgoing o
                        WHERE o.seq = (SELECT max(seq) FROM sync_outgoing)
                          AND o.seq <> (SELECT min(seq) FROM sync_outgoing)
                          AND o.article_id = OLD.article_id AND o.kind = 'photos');
END;

-- Articles the server changed while changes of this copy to them still waited: not written over
-- then, and read again at the next round whatever became of those changes (a push line, say,
-- changes nothing on the server that would bring them back by itself).
CREATE TABLE sync_refetch (
    article_id INTEGER PRIMARY KEY
);

-- The desk queue's order (never-submitted last, then oldest filed first: SqliteQueueQuery) read
-- straight from an index: without it SQLite sorted every filed article for the first page, a
-- third of a second on 100,000 articles (bench --only newsroom-queue).
CREATE INDEX articles_by_waiting ON articles (status, submitted_at IS NULL, submitted_at, id);
