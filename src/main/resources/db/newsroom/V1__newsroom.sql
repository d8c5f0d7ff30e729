-- The newsroom server (PostgreSQL 15+): what a newsroom shares, and who may do what with it.
-- Beside the workstation's SQLite set (db/migration), not a copy of it: times are timestamptz,
-- ids are identities, booleans are booleans, and rights are the server's own.
--
-- ${prefix} is the newsroom's role prefix (store.postgres.RolePrefix, from the database's name),
-- so several newsrooms can share one server. Roles:
--   ${prefix}_reporter  writes and files their own copy; reads the newsroom
--   ${prefix}_desk      member of reporter; edits anyone's copy, approves, returns, spikes, publishes
--   ${prefix}_admin     member of desk; keeps people, sections and settings
--   ${prefix}.<name>    one LOGIN role per person, member of their group; its password is theirs
-- Everything below is owned by the user that ran `byline newsroom create`; the groups get only
-- what is granted here. Status changes and people go through SECURITY DEFINER functions that
-- check the caller (session_user: the person's login, also inside those functions), so a
-- reporter's `UPDATE articles SET status = 'approved'` in psql is refused.

-- What makes this database Byline's, and its prefix, which later migrations and functions read.
CREATE TABLE newsroom (
    only_row    boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    role_prefix text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO newsroom (role_prefix) VALUES ('${prefix}');

CREATE ROLE ${prefix}_reporter NOLOGIN;
CREATE ROLE ${prefix}_desk NOLOGIN IN ROLE ${prefix}_reporter;
CREATE ROLE ${prefix}_admin NOLOGIN IN ROLE ${prefix}_desk;

-- Only the newsroom's people connect, not every role on a shared server (PUBLIC has CONNECT by
-- default). The name is looked up because REVOKE takes no expression.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${prefix}_reporter', current_database());
END
$$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${prefix}_reporter;
-- Functions are executable by PUBLIC unless revoked; ours are granted one by one below.
-- (per database; a per-schema default could only add to the global one, never take away)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- A joining workstation reads the schema's version to refuse a newer server than it knows.
GRANT SELECT ON flyway_schema_history TO ${prefix}_reporter;
GRANT SELECT ON newsroom TO ${prefix}_reporter;

CREATE TABLE people (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL UNIQUE CHECK (name <> ''),
    email      text        NOT NULL DEFAULT '',
    role       text        NOT NULL CHECK (role IN ('reporter', 'desk', 'admin')),
    db_role    name        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- Apart from people, so that reading the staff list never reads a verifier. The PBKDF2 verifier
-- ('pbkdf2-sha256$iterations$salt$hash', newsroom.Passwords) lets a workstation sign its person in
-- while the server is away; each login reads its own row only. (The server's own SCRAM verifiers
-- sit in pg_authid, which only superusers read.)
CREATE TABLE person_verifiers (
    person_id bigint PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    verifier  text   NOT NULL
);

CREATE TABLE sections (
    id       bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name     text    NOT NULL UNIQUE,
    position integer NOT NULL,
    retired  boolean NOT NULL DEFAULT false
);
INSERT INTO sections (name, position) VALUES ('정치', 1), ('경제', 2), ('사회', 3), ('문화', 4), ('포토', 5);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE articles (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the global id workstations know an article by before the server has numbered it
    uid                 uuid        NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    version             integer     NOT NULL DEFAULT 1,
    status              text        NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'submitted', 'approved', 'published', 'spiked')),
    headline            text        NOT NULL DEFAULT '',
    subheadline         text        NOT NULL DEFAULT '',
    section_id          bigint      REFERENCES sections (id),
    body                text        NOT NULL DEFAULT '',
    byline              text        NOT NULL DEFAULT '',
    reporter_id         bigint      NOT NULL REFERENCES people (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    registered_at       timestamptz,
    modified_at         timestamptz,
    submitted_at        timestamptz,
    embargo_until       timestamptz,
    return_note         text        NOT NULL DEFAULT '',
    correction_note     text        NOT NULL DEFAULT '',
    status_before_spike text        CHECK (status_before_spike IN ('draft', 'submitted', 'approved'))
);
-- The queue's orders, as in the SQLite set.
CREATE INDEX articles_by_update     ON articles (updated_at, id);
CREATE INDEX articles_by_status     ON articles (status, updated_at, id);
CREATE INDEX articles_by_reporter   ON articles (reporter_id, updated_at, id);
CREATE INDEX articles_by_submission ON articles (status, submitted_at, id);

CREATE TABLE article_tags (
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    tag        text    NOT NULL,
    PRIMARY KEY (article_id, position)
);

-- Copies of an article's text at the moments that matter; never updated.
CREATE TABLE revisions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number       integer     NOT NULL CHECK (number >= 1),
    kind         text        NOT NULL CHECK (kind IN ('submit', 'desk-edit', 'approve', 'restore', 'manual')),
    by_name      text        NOT NULL,
    by_person_id bigint      REFERENCES people (id),
    at           timestamptz NOT NULL DEFAULT now(),
    headline     text        NOT NULL,
    subheadline  text        NOT NULL,
    section      text        NOT NULL,
    tags         text        NOT NULL,
    body         text        NOT NULL,
    byline       text,
    UNIQUE (article_id, number)
);

-- Every status change, written by the function that makes it, so it cannot be forged or skipped.
CREATE TABLE transitions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    action       text        NOT NULL,
    by_person_id bigint      NOT NULL REFERENCES people (id),
    by_name      text        NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    note         text        NOT NULL DEFAULT ''
);
CREATE INDEX transitions_by_article ON transitions (article_id, at, id);

-- ---------------------------------------------------------------------------------------------
-- Who is calling. session_user is the login the person connected as, also inside SECURITY
-- DEFINER functions (where current_user is the owner). The owner itself is nobody: it has no row.
CREATE FUNCTION newsroom_me() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM people WHERE db_role = session_user $$;

CREATE FUNCTION newsroom_is(group_role text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT newsroom_me() IS NOT NULL
       AND pg_has_role(session_user, (SELECT role_prefix FROM newsroom) || '_' || group_role, 'USAGE')
$$;

-- Every touch of the text raises the version, so a workstation holding an older one learns it
-- is stale instead of saving over a newer text (sync compares it).
CREATE FUNCTION articles_touched() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_touched BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION articles_touched();

-- ---------------------------------------------------------------------------------------------
-- Table rights. Reads are open to the newsroom; writes are narrow, per column, and row-level
-- security narrows them to rows. No one is granted DELETE: copy is spiked, not deleted.
GRANT SELECT ON people, sections, settings, articles, article_tags, revisions, transitions TO ${prefix}_reporter;
GRANT SELECT ON person_verifiers TO ${prefix}_reporter;
GRANT INSERT, UPDATE ON sections, settings TO ${prefix}_admin;
GRANT DELETE ON settings TO ${prefix}_admin;
-- status, version, reporter and the desk's columns are not among these: they change only
-- through the functions below
GRANT INSERT (uid, headline, subheadline, section_id, body, byline, reporter_id) ON articles TO ${prefix}_reporter;
GRANT UPDATE (headline, subheadline, section_id, body, byline, modified_at) ON articles TO ${prefix}_reporter;
-- embargoes and 정정 notes are the desk's
GRANT UPDATE (correction_note, embargo_until) ON articles TO ${prefix}_desk;
GRANT INSERT, DELETE ON article_tags TO ${prefix}_reporter;

ALTER TABLE person_verifiers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_verifier ON person_verifiers FOR SELECT TO ${prefix}_reporter
    USING (person_id = newsroom_me());

ALTER TABLE articles ENABLE ROW LEVEL SECURITY;
CREATE POLICY newsroom_reads ON articles FOR SELECT TO ${prefix}_reporter USING (true);
-- a reporter starts articles under their own name only
CREATE POLICY reporter_starts ON articles FOR INSERT TO ${prefix}_reporter
    WITH CHECK (reporter_id = newsroom_me());
-- and changes their own drafts only: filed copy (submitted and on) is the desk's
CREATE POLICY reporter_drafts ON articles FOR UPDATE TO ${prefix}_reporter
    USING (reporter_id = newsroom_me() AND status = 'draft')
    WITH CHECK (reporter_id = newsroom_me() AND status = 'draft');
CREATE POLICY desk_edits ON articles FOR UPDATE TO ${prefix}_desk
    USING (newsroom_is('desk')) WITH CHECK (newsroom_is('desk'));

ALTER TABLE article_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY newsroom_reads ON article_tags FOR SELECT TO ${prefix}_reporter USING (true);
CREATE POLICY tags_of_editable ON article_tags FOR ALL TO ${prefix}_reporter
    USING (EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id
                   AND (newsroom_is('desk') OR (a.reporter_id = newsroom_me() AND a.status = 'draft'))))
    WITH CHECK (EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id
                        AND (newsroom_is('desk') OR (a.reporter_id = newsroom_me() AND a.status = 'draft'))));

-- ---------------------------------------------------------------------------------------------
-- Status changes: the desk's rules (domain.DeskAction, newsroom.Desk) held by the server. Each
-- records its transition in the same transaction and returns the article's new version.
CREATE FUNCTION newsroom_move(
    article bigint, action text, allowed_from text[], to_status text, desk_only boolean, note text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me          people%ROWTYPE;
    art         articles%ROWTYPE;
    new_version integer;
BEGIN
    SELECT * INTO me FROM people WHERE db_role = session_user;
    IF me.id IS NULL THEN
        RAISE EXCEPTION 'not a person of this newsroom: %', session_user USING ERRCODE = '42501';
    END IF;
    SELECT * INTO art FROM articles WHERE id = article FOR UPDATE;
    IF art.id IS NULL THEN
        RAISE EXCEPTION 'no article %', article USING ERRCODE = 'P0002';
    END IF;
    IF desk_only THEN
        IF NOT newsroom_is('desk') THEN
            RAISE EXCEPTION 'only the desk may %', action USING ERRCODE = '42501';
        END IF;
        -- four eyes: the desk does not decide on its own copy
        IF art.reporter_id = me.id THEN
            RAISE EXCEPTION 'no one may % their own article', action USING ERRCODE = '42501';
        END IF;
    ELSIF art.reporter_id <> me.id THEN
        RAISE EXCEPTION 'only its reporter may % article %', action, article USING ERRCODE = '42501';
    END IF;
    IF NOT art.status = ANY (allowed_from) THEN
        RAISE EXCEPTION 'article % is %, cannot %', article, art.status, action USING ERRCODE = '55000';
    END IF;
    UPDATE articles SET
        status = to_status,
        submitted_at = CASE WHEN action = 'submit' THEN now() ELSE submitted_at END,
        return_note = CASE WHEN action = 'return' THEN coalesce(note, '')
                           WHEN action = 'submit' THEN '' ELSE return_note END,
        status_before_spike = CASE WHEN action = 'spike' THEN art.status ELSE status_before_spike END,
        registered_at = CASE WHEN action = 'publish' THEN coalesce(registered_at, now()) ELSE registered_at END
        WHERE id = article
        RETURNING version INTO new_version;
    INSERT INTO transitions (article_id, from_status, to_status, action, by_person_id, by_name, note)
        VALUES (article, art.status, to_status, action, me.id, me.name, coalesce(note, ''));
    IF action IN ('submit', 'approve') THEN
        INSERT INTO revisions (article_id, number, kind, by_name, by_person_id, headline, subheadline,
                               section, tags, body, byline)
        SELECT article, coalesce((SELECT max(number) FROM revisions WHERE article_id = article), 0) + 1,
               action, me.name, me.id, art.headline, art.subheadline,
               coalesce((SELECT name FROM sections WHERE id = art.section_id), ''),
               coalesce((SELECT json_agg(tag ORDER BY position)::text FROM article_tags WHERE article_id = article), '[]'),
               art.body, art.byline;
    END IF;
    RETURN new_version;
END
$$;

CREATE FUNCTION submit_article(article bigint) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT newsroom_move(article, 'submit', ARRAY['draft'], 'submitted', false, '') $$;

CREATE FUNCTION approve_article(article bigint) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT newsroom_move(article, 'approve', ARRAY['submitted'], 'approved', true, '') $$;

CREATE FUNCTION return_article(article bigint, note text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT newsroom_move(article, 'return', ARRAY['submitted', 'approved'], 'draft', true, note) $$;

CREATE FUNCTION spike_article(article bigint, note text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT newsroom_move(article, 'spike', ARRAY['draft', 'submitted', 'approved'], 'spiked', true, note) $$;

CREATE FUNCTION publish_article(article bigint) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT newsroom_move(article, 'publish', ARRAY['approved'], 'published', true, '') $$;

-- ---------------------------------------------------------------------------------------------
-- People. The login role is made with a SCRAM verifier computed on the workstation, so the
-- password itself never reaches the server (nor its log). newsroom_add_person is the owner's
-- (the first admin, made by `newsroom create`); add_person is the admin's.
CREATE FUNCTION newsroom_add_person(
    person_name text, person_email text, person_role text, scram_verifier text, pbkdf2_verifier text)
    RETURNS TABLE (id bigint, db_role name)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    prefix   text := (SELECT role_prefix FROM newsroom);
    new_id   bigint;
    new_role name;
BEGIN
    IF scram_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required, never a password' USING ERRCODE = '22023';
    END IF;
    INSERT INTO people (name, email, role, db_role)
        VALUES (person_name, coalesce(person_email, ''), person_role, prefix || '_pending')
        RETURNING people.id INTO new_id;
    -- named after the person, so a workstation knows whom to sign in as from the name alone
    -- (the groups end in _reporter, _desk, _admin; no person's login can take one of theirs)
    new_role := prefix || '.' || person_name;
    IF octet_length(new_role) > 63 THEN
        RAISE EXCEPTION 'the name % is too long for a login on this server', person_name USING ERRCODE = '22023';
    END IF;
    UPDATE people SET db_role = new_role WHERE people.id = new_id;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   new_role, scram_verifier, prefix || '_' || person_role);
    IF pbkdf2_verifier IS NOT NULL THEN
        INSERT INTO person_verifiers (person_id, verifier) VALUES (new_id, pbkdf2_verifier);
    END IF;
    RETURN QUERY SELECT new_id, new_role;
END
$$;

CREATE FUNCTION add_person(
    person_name text, person_email text, person_role text, scram_verifier text, pbkdf2_verifier text)
    RETURNS TABLE (id bigint, db_role name)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT newsroom_is('admin') THEN
        RAISE EXCEPTION 'only an admin adds people' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT * FROM newsroom_add_person(person_name, person_email, person_role, scram_verifier, pbkdf2_verifier);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION newsroom_me(), newsroom_is(text) TO ${prefix}_reporter;
GRANT EXECUTE ON FUNCTION submit_article(bigint), approve_article(bigint), return_article(bigint, text),
    spike_article(bigint, text), publish_article(bigint) TO ${prefix}_reporter;
GRANT EXECUTE ON FUNCTION add_person(text, text, text, text, text) TO ${prefix}_admin;
