package org.byline.domain;

import java.time.Instant;

/**
 * One row of the queue: enough to find an article, not the article itself. {@code submittedAt}
 * (how long it has waited) and {@code embargoUntil} (the countdown) are null when there is none;
 * {@code editor} is who holds the article's edit lock now, or null.
 */
public record ArticleSummary(
        long id,
        String headline,
        String section,
        Status status,
        String reporter,
        Instant updatedAt,
        Instant submittedAt,
        Instant embargoUntil,
        String editor) {

    /** A row of an article that never went to the desk, has no embargo and nobody editing it. */
    public ArticleSummary(long id, String headline, String section, Status status, String reporter, Instant updatedAt) {
        this(id, headline, section, status, reporter, updatedAt, null, null, null);
    }
}
