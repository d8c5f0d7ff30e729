-- Photos of articles. The original file lives in the data directory under media/, named by its
-- SHA-256; a row only points at it, so one file may serve several photos (and articles).
-- Adding, captioning or reordering photos does not touch articles.updated_at or version: a photo
-- change is not a text save, and bumping the version would make an open editor's next autosave
-- look stale. (Revisit when publishing needs "changed since pushed" to include photos.)

CREATE TABLE photos (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,              -- 1, 2, 3 ... as [[사진2]] in the body counts
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    original_name TEXT    NOT NULL,
    media_type    TEXT    NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    width         INTEGER NOT NULL CHECK (width > 0),   -- as displayed, after EXIF orientation
    height        INTEGER NOT NULL CHECK (height > 0),
    orientation   INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
    caption       TEXT    NOT NULL DEFAULT '',
    credit        TEXT    NOT NULL DEFAULT '',
    alt           TEXT    NOT NULL DEFAULT '',
    byline        TEXT    NOT NULL DEFAULT '',
    copyright     TEXT    NOT NULL DEFAULT '',
    captured_at   INTEGER,                       -- epoch ms; null when the photo does not say
    lead          INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1)),
    created_at    INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
-- 대표 사진: at most one per article, whatever the code does.
CREATE UNIQUE INDEX photos_one_lead_per_article ON photos (article_id) WHERE lead = 1;
-- "Is this original still used by any photo?" before a file is deleted.
CREATE INDEX photos_by_sha256 ON photos (sha256);
