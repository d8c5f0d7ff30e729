package org.byline.domain;

import java.time.Instant;

/**
 * An article as stored. {@code version} grows by one with every save and every desk action; a
 * save must name the version it started from so that nobody's work is overwritten unseen.
 * {@code registeredAt} is the 등록 time the site shows, {@code modifiedAt} the 수정 time of a later
 * change, {@code correctionNote} the 정정 shown beside it. {@code submittedAt} is when it was last
 * sent to the desk (the desk queue's order), {@code returnNote} the desk's reason for sending it
 * back (cleared on the next submit), {@code embargoUntil} the moment before which it may not leave
 * the newsroom.
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
        Instant modifiedAt,
        Instant submittedAt,
        Instant embargoUntil,
        String returnNote,
        String correctionNote) {

    public Article {
        returnNote = returnNote == null ? "" : returnNote;
        correctionNote = correctionNote == null ? "" : correctionNote;
    }

    /** The time the site shows as 등록: the registration once there is one, else the draft's creation. */
    public Instant shownRegisteredAt() {
        return registeredAt != null ? registeredAt : createdAt;
    }

    /** True while the embargo holds: up to, not including, the embargo's instant. */
    public boolean isEmbargoedAt(Instant now) {
        return embargoUntil != null && now.isBefore(embargoUntil);
    }

    public Article withByline(String newByline) {
        return new Article(
                id,
                version,
                status,
                content,
                newByline,
                reporter,
                createdAt,
                updatedAt,
                registeredAt,
                modifiedAt,
                submittedAt,
                embargoUntil,
                returnNote,
                correctionNote);
    }

    public Article withContent(ArticleContent newContent) {
        return new Article(
                id,
                version,
                status,
                newContent,
                byline,
                reporter,
                createdAt,
                updatedAt,
                registeredAt,
                modifiedAt,
                submittedAt,
                embargoUntil,
                returnNote,
                correctionNote);
    }
}
