-- Push: the sites articles go to, the outbox of push jobs, and what each site already holds, so a
-- push happens exactly once even when an answer is lost or Byline stops halfway.
-- The sites' secrets (application passwords, bearer tokens) are NOT here: they live in the data
-- directory's secrets/ folder with owner-only permissions.

CREATE TABLE sites (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    type       TEXT    NOT NULL CHECK (type IN ('wordpress', 'ninjs')),
    url        TEXT    NOT NULL,
    user_name  TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- One push of one article to one site. A job is claimed by setting state 'sending', raising
-- attempts (which names the claim: a late answer of an older claim cannot overwrite a newer one)
-- and taking a lease; a job whose lease ran out (Byline stopped while sending) is claimed again.
-- error_key/error_args are a message key and its JSON array of arguments, said in the reader's
-- language when shown.
CREATE TABLE push_jobs (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    site_id         INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    state           TEXT    NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    retried_at_attempt INTEGER NOT NULL DEFAULT 0,   -- attempts when the desk last retried: backoff counts from there
    lease_until     INTEGER,
    override_embargo INTEGER NOT NULL DEFAULT 0 CHECK (override_embargo IN (0, 1)),
    error_key       TEXT,
    error_args      TEXT,
    remote_id       TEXT,
    remote_link     TEXT,
    queued_by       INTEGER NOT NULL REFERENCES people (id),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX push_jobs_due ON push_jobs (state, next_attempt_at);
CREATE INDEX push_jobs_by_article ON push_jobs (article_id);

-- The post a site holds for an article, written the moment the site names it.
CREATE TABLE remote_posts (
    site_id    INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    remote_id  TEXT    NOT NULL,
    link       TEXT    NOT NULL DEFAULT '',
    pushed_at  INTEGER NOT NULL,   -- first arrival
    updated_at INTEGER NOT NULL,   -- the last push that changed it (수정)
    PRIMARY KEY (site_id, article_id)
);

-- A photo original a site holds, by its SHA-256: uploaded once per site however many articles use it.
CREATE TABLE remote_media (
    site_id    INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    sha256     TEXT    NOT NULL,
    remote_id  TEXT    NOT NULL,
    source_url TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, sha256)
);
