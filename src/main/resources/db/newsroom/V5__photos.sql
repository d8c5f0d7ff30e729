-- Photos on the server, so the desk at one workstation sees what a reporter attached at another,
-- and one pg_dump holds the whole newsroom. Originals are content-addressed (sha256 of the file)
-- and stored once however many articles use them; renditions are made and cached on each
-- workstation. An article's photos are sent as a whole set (newsroom.store.NewsroomExchange): the
-- rows here are the set as last sent by someone who may change the article.
CREATE TABLE photo_originals (
    sha256     text        PRIMARY KEY CHECK (length(sha256) = 64),
    bytes      bytea       NOT NULL,
    -- the name is the content's: nobody can put other bytes under a name a photo will have
    CHECK (sha256 = encode(sha256(bytes), 'hex')),
    media_type text        NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    added_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE photos (
    article_id    bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    sha256        text    NOT NULL REFERENCES photo_originals (sha256),
    original_name text    NOT NULL,
    media_type    text    NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    width         integer NOT NULL CHECK (width > 0),
    height        integer NOT NULL CHECK (height > 0),
    orientation   integer NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
    caption       text    NOT NULL DEFAULT '',
    credit        text    NOT NULL DEFAULT '',
    alt           text    NOT NULL DEFAULT '',
    byline        text    NOT NULL DEFAULT '',
    copyright     text    NOT NULL DEFAULT '',
    captured_at   timestamptz,
    lead          boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, position)
);
CREATE UNIQUE INDEX photos_one_lead_per_article ON photos (article_id) WHERE lead;

GRANT SELECT, INSERT ON photo_originals TO ${prefix}_reporter;
GRANT SELECT, INSERT, DELETE ON photos TO ${prefix}_reporter;

-- Everyone reads; the photos of an article change as its text does: its reporter's while a
-- draft, the desk's always.
ALTER TABLE photos ENABLE ROW LEVEL SECURITY;
CREATE POLICY newsroom_reads ON photos FOR SELECT TO ${prefix}_reporter USING (true);
CREATE POLICY photos_of_editable ON photos FOR ALL TO ${prefix}_reporter
    USING (EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id
                   AND (newsroom_is('desk') OR (a.reporter_id = newsroom_me() AND a.status = 'draft'))))
    WITH CHECK (EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id
                        AND (newsroom_is('desk') OR (a.reporter_id = newsroom_me() AND a.status = 'draft'))));

-- A change of an article's photos gives the article a new change number (not a new version), so
-- the other workstations bring them. The photos' writer may not touch the article row itself.
CREATE FUNCTION photos_touched() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    UPDATE articles SET change_seq = 0
     WHERE id IN (SELECT DISTINCT article_id FROM changed_photos);
    RETURN NULL;
END
$$;
CREATE TRIGGER photos_inserted AFTER INSERT ON photos
    REFERENCING NEW TABLE AS changed_photos FOR EACH STATEMENT EXECUTE FUNCTION photos_touched();
CREATE TRIGGER photos_deleted AFTER DELETE ON photos
    REFERENCING OLD TABLE AS changed_photos FOR EACH STATEMENT EXECUTE FUNCTION photos_touched();
REVOKE EXECUTE ON FUNCTION photos_touched() FROM PUBLIC;
