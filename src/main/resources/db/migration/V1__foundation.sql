-- The foundation: people, sections, articles with their tags, settings, and the search index.
-- Times are epoch milliseconds (UTC); the site's KST is applied when they are shown.

CREATE TABLE sections (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE,
    position INTEGER NOT NULL
);
INSERT INTO sections (name, position) VALUES ('정치', 1), ('경제', 2), ('사회', 3), ('문화', 4), ('포토', 5);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    email      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    status        TEXT    NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'submitted', 'approved', 'published', 'spiked')),
    headline      TEXT    NOT NULL DEFAULT '',
    subheadline   TEXT    NOT NULL DEFAULT '',
    section_id    INTEGER REFERENCES sections (id),
    body          TEXT    NOT NULL DEFAULT '',
    byline        TEXT    NOT NULL,
    reporter_id   INTEGER NOT NULL REFERENCES people (id),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    registered_at INTEGER,
    modified_at   INTEGER
);
-- The queue pages through these orders; each needs an index or OFFSET sorts the whole table.
CREATE INDEX articles_by_update   ON articles (updated_at, id);
CREATE INDEX articles_by_headline ON articles (headline, id);
CREATE INDEX articles_by_status   ON articles (status, updated_at, id);
CREATE INDEX articles_by_section  ON articles (section_id, updated_at, id);
CREATE INDEX articles_by_reporter ON articles (reporter_id, updated_at, id);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tag        TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_tags_by_tag ON article_tags (tag);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Korean substring search: both columns hold syllable bigrams written by SearchGrams, one
-- article per row, rowid = articles.id. unicode61 then only splits on the spaces we put in.
CREATE VIRTUAL TABLE article_search USING fts5 (
    headline, body,
    tokenize = 'unicode61 remove_diacritics 0'
);
