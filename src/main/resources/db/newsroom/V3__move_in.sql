-- byline newsroom move-in: a workstation's own store copied onto the server by an admin, exactly
-- once. Each person and article copied is recorded with the store it came from and its old id,
-- so running it again copies nothing twice and prints the same old and new ids.
CREATE TABLE moved_in (
    source uuid   NOT NULL,
    kind   text   NOT NULL CHECK (kind IN ('person', 'article')),
    old_id bigint NOT NULL,
    new_id bigint NOT NULL,
    PRIMARY KEY (source, kind, old_id)
);
GRANT SELECT ON moved_in TO ${prefix}_admin;

-- A person of the moved store: the newsroom's person of that name when there is one, else a new
-- person whose login has no password yet (nobody can sign in as them until the admin gives one,
-- with people password). Returns the newsroom's id.
CREATE FUNCTION move_in_person(
    store uuid, old_number bigint, person_name text, person_email text, person_role text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    prefix   text := (SELECT role_prefix FROM newsroom);
    existing    bigint;
    new_role text;
BEGIN
    IF NOT newsroom_is('admin') THEN
        RAISE EXCEPTION 'only an admin moves a store in' USING ERRCODE = '42501';
    END IF;
    SELECT m.new_id INTO existing FROM moved_in m WHERE m.source = store AND m.kind = 'person' AND m.old_id = old_number;
    IF existing IS NOT NULL THEN
        RETURN existing;
    END IF;
    SELECT p.id INTO existing FROM people p WHERE p.name = person_name;
    IF existing IS NULL THEN
        new_role := prefix || '.' || person_name;
        IF octet_length(new_role) > 63 THEN
            RAISE EXCEPTION 'the name % is too long for a login on this server', person_name USING ERRCODE = '22023';
        END IF;
        INSERT INTO people (name, email, role, db_role) VALUES (person_name, coalesce(person_email, ''), person_role, new_role)
            RETURNING id INTO existing;
        EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', new_role, prefix || '_' || person_role);
    END IF;
    INSERT INTO moved_in (source, kind, old_id, new_id) VALUES (store, 'person', old_number, existing);
    RETURN existing;
END
$$;

-- An article of the moved store with its tags, history and revisions, as one JSON object
-- (newsroom.store.NewsroomMoveIn writes it; people are the newsroom's ids already). It takes its
-- number from the sequence as a workstation would, through a reservation. Returns the new id.
CREATE FUNCTION move_in_article(store uuid, old_number bigint, a jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    existing   bigint;
    new_number bigint;
    section_id bigint;
BEGIN
    IF NOT newsroom_is('admin') THEN
        RAISE EXCEPTION 'only an admin moves a store in' USING ERRCODE = '42501';
    END IF;
    SELECT m.new_id INTO existing FROM moved_in m WHERE m.source = store AND m.kind = 'article' AND m.old_id = old_number;
    IF existing IS NOT NULL THEN
        RETURN existing;
    END IF;
    IF coalesce(a->>'section', '') <> '' THEN
        SELECT s.id INTO section_id FROM sections s WHERE s.name = a->>'section';
        IF section_id IS NULL THEN
            INSERT INTO sections (name, position)
                VALUES (a->>'section', coalesce((SELECT max(s.position) FROM sections s), 0) + 1)
                RETURNING id INTO section_id;
        END IF;
    END IF;
    INSERT INTO reserved_article_ids (id, workstation, person_id)
        VALUES (nextval(pg_get_serial_sequence('articles', 'id')), store, newsroom_me())
        RETURNING id INTO new_number;
    INSERT INTO articles (id, status, headline, subheadline, section_id, body, byline, reporter_id, created_at,
                          updated_at, registered_at, modified_at, submitted_at, embargo_until, return_note,
                          correction_note, status_before_spike)
    VALUES (new_number, a->>'status', a->>'headline', a->>'subheadline', section_id, a->>'body', a->>'byline',
            (a->>'reporter')::bigint, (a->>'createdAt')::timestamptz, (a->>'updatedAt')::timestamptz,
            (a->>'registeredAt')::timestamptz, (a->>'modifiedAt')::timestamptz, (a->>'submittedAt')::timestamptz,
            (a->>'embargoUntil')::timestamptz, coalesce(a->>'returnNote', ''), coalesce(a->>'correctionNote', ''),
            a->>'statusBeforeSpike');
    INSERT INTO article_tags (article_id, position, tag)
        SELECT new_number, t.ordinality - 1, t.value FROM jsonb_array_elements_text(a->'tags') WITH ORDINALITY t;
    INSERT INTO transitions (article_id, from_status, to_status, action, by_person_id, by_name, at, note)
        SELECT new_number, l->>'from', l->>'to', l->>'action', (l->>'by')::bigint, l->>'byName', (l->>'at')::timestamptz,
               coalesce(l->>'note', '')
          FROM jsonb_array_elements(a->'history') l;
    INSERT INTO revisions (article_id, number, kind, by_name, by_person_id, at, headline, subheadline, section,
                           tags, body, byline)
        SELECT new_number, (r->>'number')::int, r->>'kind', r->>'byName', (r->>'by')::bigint, (r->>'at')::timestamptz,
               r->>'headline', r->>'subheadline', r->>'section', r->>'tags', r->>'body', r->>'byline'
          FROM jsonb_array_elements(a->'revisions') r;
    INSERT INTO moved_in (source, kind, old_id, new_id) VALUES (store, 'article', old_number, new_number);
    RETURN new_number;
END
$$;

-- A person's password, set by an admin: the login's SCRAM verifier and the offline one, both
-- computed on the admin's workstation (the password never reaches the server).
CREATE FUNCTION set_person_password(person_name text, scram_verifier text, pbkdf2_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    person people%ROWTYPE;
BEGIN
    IF NOT newsroom_is('admin') THEN
        RAISE EXCEPTION 'only an admin sets passwords' USING ERRCODE = '42501';
    END IF;
    IF scram_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required, never a password' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO person FROM people WHERE name = person_name;
    IF person.id IS NULL THEN
        RAISE EXCEPTION 'no person %', person_name USING ERRCODE = 'P0002';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', person.db_role, scram_verifier);
    INSERT INTO person_verifiers (person_id, verifier) VALUES (person.id, pbkdf2_verifier)
        ON CONFLICT (person_id) DO UPDATE SET verifier = excluded.verifier;
END
$$;

REVOKE EXECUTE ON FUNCTION move_in_person(uuid, bigint, text, text, text), move_in_article(uuid, bigint, jsonb),
    set_person_password(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION move_in_person(uuid, bigint, text, text, text), move_in_article(uuid, bigint, jsonb),
    set_person_password(text, text, text) TO ${prefix}_admin;
