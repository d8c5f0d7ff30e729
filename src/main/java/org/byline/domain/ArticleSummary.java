package org.byline.domain;

import java.time.Instant;

/** One row of the queue: enough to find an article, not the article itself. */
public record ArticleSummary(long id, String headline, String section, Status status, String reporter, Instant updatedAt) {
}
