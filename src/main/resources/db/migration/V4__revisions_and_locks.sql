-- Revisions: copies of an article's text at the moments that matter (submit, desk edit, approval,
-- restore, or when someone asks). Nothing here is ever updated or deleted while the article lives:
-- restoring an old revision saves its text as the article's newest version and adds a revision.
-- (V4 although main has no V3 yet: the roles branch adds V3, and Flyway applies versions in order
-- without needing them contiguous.)

CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL CHECK (number >= 1),     -- 1, 2, 3 ... per article, as the CLI counts them
    kind         TEXT    NOT NULL CHECK (kind IN ('submit', 'desk-edit', 'approve', 'restore', 'manual')),
    by_name      TEXT    NOT NULL,                         -- as it read then, even if the profile is renamed
    by_person_id INTEGER REFERENCES people (id),
    at           INTEGER NOT NULL,                         -- epoch ms
    headline     TEXT    NOT NULL,
    subheadline  TEXT    NOT NULL,
    section      TEXT    NOT NULL,                         -- the section's name, a copy, not a reference
    tags         TEXT    NOT NULL,                         -- JSON array of strings, in order
    body         TEXT    NOT NULL,
    UNIQUE (article_id, number)
);

-- Who is editing an article now: at most one holder, visible to every process on the store.
-- A window renews heartbeat about every 30 s; one that stops (a crash, a sleeping laptop) leaves a
-- lock others may call stale and break. process names the Byline run that took the lock, so the
-- same person coming back from another run is told it was their own lock.
CREATE TABLE locks (
    article_id       INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    holder_person_id INTEGER NOT NULL REFERENCES people (id),
    holder_name      TEXT    NOT NULL,
    since            INTEGER NOT NULL,
    heartbeat        INTEGER NOT NULL,
    process          TEXT    NOT NULL
);

-- Broken locks, so the holder can learn who took the article from them and when. Taking and
-- releasing a lock are everyday and not recorded.
CREATE TABLE lock_events (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    at               INTEGER NOT NULL,
    by_person_id     INTEGER REFERENCES people (id),
    by_name          TEXT    NOT NULL,
    holder_person_id INTEGER REFERENCES people (id),
    holder_name      TEXT    NOT NULL,
    holder_since     INTEGER NOT NULL,
    holder_heartbeat INTEGER NOT NULL,
    stale            INTEGER NOT NULL CHECK (stale IN (0, 1))
);
CREATE INDEX lock_events_by_article ON lock_events (article_id, at);
