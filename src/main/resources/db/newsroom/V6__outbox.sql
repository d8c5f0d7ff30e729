-- The outbox on the server: the sites the desk pushes to, the push jobs, and what each site
-- already holds. Every desk workstation may run the outbox worker; a job is sent by exactly one of
-- them, because a sender claims it with SELECT ... FOR UPDATE SKIP LOCKED and a lease it renews
-- while the site answers (store.postgres.ServerPushClaimStore). A job whose sender died goes again
-- when its lease runs out (20 s). What a site names (its post, its copy of a photo) is written
-- here the moment it is named, so whichever workstation sends next finds it and never creates it
-- twice. The sites' secrets are not here: they stay in the secrets folder of the workstations that
-- push (a reporter's login reads no secret because there is none to read).
--
-- Times are epoch milliseconds of the server's clock (byline_now_ms), never a workstation's, so
-- leases mean the same at every workstation whatever their clocks say.

CREATE FUNCTION byline_now_ms() RETURNS bigint
    LANGUAGE sql VOLATILE
AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;
GRANT EXECUTE ON FUNCTION byline_now_ms() TO ${prefix}_reporter;

CREATE TABLE sites (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text   NOT NULL UNIQUE,
    type       text   NOT NULL CHECK (type IN ('wordpress', 'ninjs')),
    url        text   NOT NULL,
    user_name  text   NOT NULL DEFAULT '',
    created_at bigint NOT NULL DEFAULT byline_now_ms()
);

CREATE TABLE push_jobs (
    id                 bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id         bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    site_id            bigint  NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    state              text    NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'failed', 'cancelled')),
    attempts           integer NOT NULL DEFAULT 0,
    next_attempt_at    bigint  NOT NULL DEFAULT byline_now_ms(),
    retried_at_attempt integer NOT NULL DEFAULT 0,
    lease_until        bigint,
    override_embargo   boolean NOT NULL DEFAULT false,
    error_key          text,
    error_args         text,
    remote_id          text,
    remote_link        text,
    queued_by          bigint  NOT NULL REFERENCES people (id),
    sender_pid         bigint,
    sender_started     bigint,
    sender_host        text,
    created_at         bigint  NOT NULL DEFAULT byline_now_ms(),
    updated_at         bigint  NOT NULL DEFAULT byline_now_ms()
);
CREATE INDEX push_jobs_due ON push_jobs (state, next_attempt_at);
CREATE INDEX push_jobs_by_article ON push_jobs (article_id, site_id);

CREATE TABLE remote_posts (
    site_id    bigint NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    remote_id  text   NOT NULL,
    link       text   NOT NULL DEFAULT '',
    pushed_at  bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (site_id, article_id)
);

CREATE TABLE remote_media (
    site_id    bigint NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    sha256     text   NOT NULL,
    remote_id  text   NOT NULL,
    source_url text   NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, sha256)
);

CREATE TABLE unanswered_creates (
    site_id bigint NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    slug    text   NOT NULL,
    sent_at bigint NOT NULL,
    PRIMARY KEY (site_id, slug)
);

-- Everyone reads the sites and where articles went out (a reporter sees where their article is
-- live); the desk queues, sends, retries and calls off; the admin keeps the list of sites.
GRANT SELECT ON sites, remote_posts TO ${prefix}_reporter;
GRANT SELECT, INSERT, UPDATE ON remote_posts, remote_media TO ${prefix}_desk;
GRANT SELECT, INSERT, UPDATE, DELETE ON unanswered_creates TO ${prefix}_desk;
-- a job's article, site and who queued it never change once it is queued; its sending does
GRANT SELECT, INSERT ON push_jobs TO ${prefix}_desk;
GRANT UPDATE (state, attempts, next_attempt_at, retried_at_attempt, lease_until, override_embargo, error_key,
              error_args, remote_id, remote_link, sender_pid, sender_started, sender_host, updated_at)
    ON push_jobs TO ${prefix}_desk;
-- UPDATE so that removing a site can lock its row while it looks for jobs still on their way
GRANT INSERT, UPDATE, DELETE ON sites TO ${prefix}_admin;

-- A desk editor queues pushes in their own name only, and never of their own article (the four
-- eyes the window and the command line keep, held here too, so psql cannot go around them).
ALTER TABLE push_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY desk_reads ON push_jobs FOR SELECT TO ${prefix}_desk USING (true);
CREATE POLICY desk_queues ON push_jobs FOR INSERT TO ${prefix}_desk
    WITH CHECK (queued_by = newsroom_me()
                AND EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id AND a.reporter_id <> newsroom_me()
                            AND a.status IN ('approved', 'published')));
CREATE POLICY desk_sends ON push_jobs FOR UPDATE TO ${prefix}_desk USING (true) WITH CHECK (true);

-- Slugs name a post on a site as byline-<outlet>-<article>: one outlet name for the whole
-- newsroom, so a post one workstation made is found by the next that sends the article.
INSERT INTO settings (key, value)
VALUES ('slugs.outletId', substr(md5(random()::text || clock_timestamp()::text), 1, 8))
ON CONFLICT (key) DO NOTHING;

-- A push that was queued, sent or settled is news for every desk (the outbox screen, the queue).
CREATE TRIGGER push_jobs_changed AFTER INSERT OR UPDATE OF state ON push_jobs
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_changed();
CREATE TRIGGER sites_changed AFTER INSERT OR DELETE ON sites
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_changed();

-- move-in: the sites of a moved store, what they hold and its push jobs are the newsroom's too
ALTER TABLE moved_in DROP CONSTRAINT moved_in_kind_check;
ALTER TABLE moved_in ADD CONSTRAINT moved_in_kind_check CHECK (kind IN ('person', 'article', 'site', 'job'));

-- A site of the moved store: the newsroom's site of that name when there is one, else a new one.
-- Returns the newsroom's id (its secret file is renamed to it on the admin's workstation).
CREATE FUNCTION move_in_site(store uuid, old_number bigint, site_name text, site_type text, site_url text,
                             site_user text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    existing bigint;
BEGIN
    IF NOT newsroom_is('admin') THEN
        RAISE EXCEPTION 'only an admin moves a store in' USING ERRCODE = '42501';
    END IF;
    SELECT m.new_id INTO existing FROM moved_in m WHERE m.source = store AND m.kind = 'site' AND m.old_id = old_number;
    IF existing IS NOT NULL THEN
        RETURN existing;
    END IF;
    -- the newsroom's site of that name only when it is the same site: else the moved one keeps its
    -- own row under a name of its own (a secret must never go to another site's address)
    SELECT s.id INTO existing FROM sites s WHERE s.name = site_name AND s.type = site_type AND s.url = site_url;
    IF existing IS NULL THEN
        INSERT INTO sites (name, type, url, user_name)
        VALUES (CASE WHEN EXISTS (SELECT 1 FROM sites s WHERE s.name = site_name)
                     THEN site_name || ' (' || store::text || '/' || old_number || ')' ELSE site_name END,
                site_type, site_url, site_user)
            RETURNING id INTO existing;
    END IF;
    INSERT INTO moved_in (source, kind, old_id, new_id) VALUES (store, 'site', old_number, existing);
    RETURN existing;
END
$$;
REVOKE EXECUTE ON FUNCTION move_in_site(uuid, bigint, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION move_in_site(uuid, bigint, text, text, text, text) TO ${prefix}_admin;

-- A push job of the moved store, with the newsroom's ids for its article, site and person. One
-- left 'sending' by a run that stopped is queued again (move-in refuses a store whose pushes still
-- wait for a site's answer, so what the site made is named in remote_posts by then).
CREATE FUNCTION move_in_push_job(store uuid, old_number bigint, j jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    existing bigint;
BEGIN
    IF NOT newsroom_is('admin') THEN
        RAISE EXCEPTION 'only an admin moves a store in' USING ERRCODE = '42501';
    END IF;
    SELECT m.new_id INTO existing FROM moved_in m WHERE m.source = store AND m.kind = 'job' AND m.old_id = old_number;
    IF existing IS NOT NULL THEN
        RETURN existing;
    END IF;
    INSERT INTO push_jobs (article_id, site_id, state, attempts, next_attempt_at, retried_at_attempt, override_embargo,
                           error_key, error_args, remote_id, remote_link, queued_by, created_at, updated_at)
    VALUES ((j->>'article')::bigint, (j->>'site')::bigint,
            CASE j->>'state' WHEN 'sending' THEN 'queued' ELSE j->>'state' END,
            (j->>'attempts')::integer, byline_now_ms(), (j->>'retriedAtAttempt')::integer,
            (j->>'overrideEmbargo')::boolean, j->>'errorKey', j->>'errorArgs', j->>'remoteId', j->>'remoteLink',
            (j->>'queuedBy')::bigint, (j->>'createdAt')::bigint, (j->>'updatedAt')::bigint)
    RETURNING id INTO existing;
    INSERT INTO moved_in (source, kind, old_id, new_id) VALUES (store, 'job', old_number, existing);
    RETURN existing;
END
$$;
REVOKE EXECUTE ON FUNCTION move_in_push_job(uuid, bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION move_in_push_job(uuid, bigint, jsonb) TO ${prefix}_admin;

-- A push that reached its site, as the workstation that sent it tells it: 출고 (approved to
-- published, the registration time set once) or, for an article out already, a line in its
-- history. Only for an article a site holds, so a login cannot publish by claiming a push; the
-- line names the desk editor who queued the push, as the workstation's own history does.
CREATE FUNCTION record_push(article bigint, line_note text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    art         articles%ROWTYPE;
    pusher      people%ROWTYPE;
    new_version integer;
BEGIN
    IF NOT newsroom_is('desk') THEN
        RAISE EXCEPTION 'only the desk records a push' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO art FROM articles WHERE id = article FOR UPDATE;
    -- a push that arrived: a job queued by a desk editor other than the article's reporter (the
    -- queue's four eyes), settled, and a post the site named for it
    SELECT p.* INTO pusher FROM push_jobs j JOIN people p ON p.id = j.queued_by
     WHERE j.article_id = article AND j.state IN ('done', 'cancelled') AND j.queued_by <> art.reporter_id
       AND EXISTS (SELECT 1 FROM remote_posts r WHERE r.article_id = article AND r.site_id = j.site_id)
     ORDER BY j.updated_at DESC, j.id DESC LIMIT 1;
    IF pusher.id IS NULL THEN
        RAISE EXCEPTION 'article % has reached no site', article USING ERRCODE = '55000';
    END IF;
    IF art.status NOT IN ('approved', 'published') THEN
        RAISE EXCEPTION 'article % is %, cannot be published', article, art.status USING ERRCODE = '55000';
    END IF;
    IF art.status = 'approved' THEN
        UPDATE articles SET status = 'published', registered_at = coalesce(registered_at, now())
         WHERE id = article RETURNING version INTO new_version;
    ELSE
        UPDATE articles SET change_seq = 0 WHERE id = article RETURNING version INTO new_version;
    END IF;
    INSERT INTO transitions (article_id, from_status, to_status, action, by_person_id, by_name, note)
        VALUES (article, art.status, 'published', 'push', pusher.id, pusher.name, coalesce(line_note, ''));
    RETURN new_version;
END
$$;
REVOKE EXECUTE ON FUNCTION record_push(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_push(bigint, text) TO ${prefix}_desk;
