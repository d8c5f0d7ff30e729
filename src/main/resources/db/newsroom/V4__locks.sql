-- Who is editing what, across the newsroom's workstations: today's rules (store.SqliteLockStore,
-- newsroom.Locks) held by the server. A window renews its lock's heartbeat about every 30 s; a
-- lock whose heartbeat is older than two minutes is stale and anybody may take it over; the desk
-- may take over a living one. Taking over is recorded. Nobody writes these tables directly: every
-- change goes through the functions below, which act for the caller's own login.
CREATE TABLE locks (
    article_id       bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    holder_person_id bigint      NOT NULL REFERENCES people (id),
    holder_name      text        NOT NULL,
    since            timestamptz NOT NULL DEFAULT now(),
    heartbeat        timestamptz NOT NULL DEFAULT now(),
    process          text        NOT NULL
);

CREATE TABLE lock_events (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id       bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    at               timestamptz NOT NULL DEFAULT now(),
    by_person_id     bigint      REFERENCES people (id),
    by_name          text        NOT NULL,
    holder_person_id bigint      REFERENCES people (id),
    holder_name      text        NOT NULL,
    holder_since     timestamptz NOT NULL,
    holder_heartbeat timestamptz NOT NULL,
    stale            boolean     NOT NULL
);
CREATE INDEX lock_events_by_article ON lock_events (article_id, at);
GRANT SELECT ON locks, lock_events TO ${prefix}_reporter;

-- a heartbeat (an UPDATE every 30 s) is nobody else's news: taking, giving up and taking over are
CREATE TRIGGER locks_changed AFTER INSERT OR DELETE ON locks
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_changed();

-- Takes the lock for the caller in run `run` unless somebody else holds it. The outcome is
-- newsroom.Locks' (taken, already-yours, resumed, held-by-other) with the lock as it is now.
CREATE FUNCTION take_lock(article bigint, run text)
    RETURNS TABLE (outcome text, holder_person_id bigint, holder_name text, since timestamptz, heartbeat timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    me   people%ROWTYPE;
    held locks%ROWTYPE;
BEGIN
    SELECT * INTO me FROM people WHERE db_role = session_user;
    IF me.id IS NULL THEN
        RAISE EXCEPTION 'not a person of this newsroom: %', session_user USING ERRCODE = '42501';
    END IF;
    PERFORM 1 FROM articles a WHERE a.id = article;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no article %', article USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO locks (article_id, holder_person_id, holder_name, process) VALUES (article, me.id, me.name, run)
        ON CONFLICT (article_id) DO NOTHING;
    IF FOUND THEN
        RETURN QUERY SELECT 'taken', l.holder_person_id, l.holder_name, l.since, l.heartbeat
                       FROM locks l WHERE l.article_id = article;
        RETURN;
    END IF;
    SELECT * INTO held FROM locks l WHERE l.article_id = article FOR UPDATE;
    IF held.holder_person_id <> me.id THEN
        RETURN QUERY SELECT 'held-by-other', held.holder_person_id, held.holder_name, held.since, held.heartbeat;
        RETURN;
    END IF;
    UPDATE locks l SET heartbeat = now(), process = run WHERE l.article_id = article;
    RETURN QUERY SELECT CASE WHEN held.process = run THEN 'already-yours' ELSE 'resumed' END,
                        held.holder_person_id, held.holder_name, held.since, now();
END
$$;

-- Renews the caller's lock. A lock that is gone (taken while this workstation was offline and
-- released since) is taken again if free; null when somebody else holds it.
CREATE FUNCTION heartbeat_lock(article bigint, run text) RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me people%ROWTYPE;
    at timestamptz;
BEGIN
    SELECT * INTO me FROM people WHERE db_role = session_user;
    IF me.id IS NULL THEN
        RAISE EXCEPTION 'not a person of this newsroom: %', session_user USING ERRCODE = '42501';
    END IF;
    UPDATE locks l SET heartbeat = now() WHERE l.article_id = article AND l.holder_person_id = me.id
        RETURNING l.heartbeat INTO at;
    IF at IS NULL AND EXISTS (SELECT 1 FROM articles a WHERE a.id = article) THEN
        INSERT INTO locks (article_id, holder_person_id, holder_name, process) VALUES (article, me.id, me.name, run)
            ON CONFLICT (article_id) DO NOTHING
            RETURNING heartbeat INTO at;
    END IF;
    RETURN at;
END
$$;

-- Gives the caller's lock up; true when the article is free now.
CREATE FUNCTION release_lock(article bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    DELETE FROM locks l WHERE l.article_id = article AND l.holder_person_id = newsroom_me();
    RETURN NOT EXISTS (SELECT 1 FROM locks l WHERE l.article_id = article);
END
$$;

-- Takes the lock over for the caller: allowed when it is stale (no heartbeat for two minutes, by
-- the server's clock) or the caller is the desk. Recorded, and returns the lock as it was.
CREATE FUNCTION break_lock(article bigint, run text)
    RETURNS TABLE (holder_person_id bigint, holder_name text, since timestamptz, heartbeat timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    me       people%ROWTYPE;
    held     locks%ROWTYPE;
    is_stale boolean;
BEGIN
    SELECT * INTO me FROM people WHERE db_role = session_user;
    IF me.id IS NULL THEN
        RAISE EXCEPTION 'not a person of this newsroom: %', session_user USING ERRCODE = '42501';
    END IF;
    SELECT * INTO held FROM locks l WHERE l.article_id = article FOR UPDATE;
    IF held.article_id IS NULL THEN
        RAISE EXCEPTION 'article % is not locked', article USING ERRCODE = 'P0002';
    END IF;
    IF held.holder_person_id = me.id THEN
        UPDATE locks l SET heartbeat = now(), process = run WHERE l.article_id = article;
    ELSE
        is_stale := held.heartbeat < now() - interval '2 minutes';
        IF NOT is_stale AND NOT newsroom_is('desk') THEN
            RAISE EXCEPTION 'the lock of article % is %''s and alive', article, held.holder_name USING ERRCODE = '42501';
        END IF;
        DELETE FROM locks l WHERE l.article_id = article;
        INSERT INTO locks (article_id, holder_person_id, holder_name, process) VALUES (article, me.id, me.name, run);
        INSERT INTO lock_events (article_id, by_person_id, by_name, holder_person_id, holder_name, holder_since,
                                 holder_heartbeat, stale)
            VALUES (article, me.id, me.name, held.holder_person_id, held.holder_name, held.since, held.heartbeat,
                    is_stale);
    END IF;
    RETURN QUERY SELECT held.holder_person_id, held.holder_name, held.since, held.heartbeat;
END
$$;

REVOKE EXECUTE ON FUNCTION take_lock(bigint, text), heartbeat_lock(bigint, text), release_lock(bigint),
    break_lock(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION take_lock(bigint, text), heartbeat_lock(bigint, text), release_lock(bigint),
    break_lock(bigint, text) TO ${prefix}_reporter;
