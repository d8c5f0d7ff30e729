package org.byline.domain;

import java.time.Instant;

/**
 * A website articles are pushed to: a WordPress site (REST API, application password) or an
 * endpoint that takes ninjs documents (bearer token). The secret is never part of this record.
 */
public record Site(long id, String name, SiteType type, String url, String user, Instant createdAt) {
    public Site {
        user = user == null ? "" : user;
    }
}
