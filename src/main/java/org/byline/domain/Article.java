package org.byline.domain;

import java.time.Instant;

/**
 * An article as stored. {@code version} grows by one with every save; a save must name the version
 * it started from so that nobody's work is overwritten unseen. {@code registeredAt} is the 등록 time
 * the site shows, {@code modifiedAt} the 수정 time of a later change.
 */
public record Article(
        long id,
        long version,
        Status status,
        ArticleContent content,
        String byline,
        Person reporter,
        Instant createdAt,
        Instant updatedAt,
        Instant registeredAt,
        Instant modifiedAt) {

    /** The time the site shows as 등록: the registration once there is one, else the draft's creation. */
    public Instant shownRegisteredAt() {
        return registeredAt != null ? registeredAt : createdAt;
    }

    public Article withContent(ArticleContent newContent) {
        return new Article(id, version, status, newContent, byline, reporter, createdAt, updatedAt, registeredAt, modifiedAt);
    }
}
