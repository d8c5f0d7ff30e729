package org.byline.domain;

import java.time.Instant;

/** An article as a site holds it: the site's id for the post, its address, first and last push. */
public record RemotePost(
        long articleId, String siteName, String remoteId, String link, Instant pushedAt, Instant updatedAt) {}
