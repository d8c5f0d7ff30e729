-- The desk: roles and passwords of profiles, the desk's marks on articles, and every transition.

-- Existing profiles were all reporters. A desk or admin profile has a password hash
-- ('pbkdf2-sha256$iterations$salt$hash', written by newsroom.Passwords); a reporter's stays NULL.
ALTER TABLE people ADD COLUMN role TEXT NOT NULL DEFAULT 'reporter' CHECK (role IN ('reporter', 'desk', 'admin'));
ALTER TABLE people ADD COLUMN password_hash TEXT;

-- Times are epoch milliseconds (UTC) like the rest; notes are '' when there is none.
ALTER TABLE articles ADD COLUMN submitted_at INTEGER;          -- last 송고; the desk queue's order
ALTER TABLE articles ADD COLUMN embargo_until INTEGER;         -- may not leave the newsroom before
ALTER TABLE articles ADD COLUMN return_note TEXT NOT NULL DEFAULT '';     -- 반려 사유, until the next submit
ALTER TABLE articles ADD COLUMN correction_note TEXT NOT NULL DEFAULT ''; -- 정정, shown beside 수정
ALTER TABLE articles ADD COLUMN status_before_spike TEXT       -- what 되살리기 restores
    CHECK (status_before_spike IN ('draft', 'submitted', 'approved'));

-- The desk pages submitted articles oldest first.
CREATE INDEX articles_by_submission ON articles (status, submitted_at, id);

-- Written in the same transaction as the change it records. by_name keeps who it was even if the
-- profile is renamed later.
CREATE TABLE transitions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    from_status  TEXT    NOT NULL,
    to_status    TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    by_person_id INTEGER NOT NULL REFERENCES people (id),
    by_name      TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    note         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX transitions_by_article ON transitions (article_id, at, id);
