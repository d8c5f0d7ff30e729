-- A create sent to a site (a post, a photo upload) whose answer has not come: a site slower than
-- Byline's timeout may still be making it. Written before the request goes and removed when it is
-- answered, so that until the site has surely finished (PushTimeouts.siteFinishes) Byline only
-- looks for the thing by its slug and never creates it a second time. Keyed by the slug, which
-- names one post or one photo on one site.
CREATE TABLE unanswered_creates (
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    slug    TEXT    NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, slug)
);
