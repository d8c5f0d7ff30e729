package org.byline.publish;

import java.time.Duration;
import java.util.Optional;

/**
 * What one site already holds, kept by the outbox: asked before anything is created, told the
 * moment the site names something, so nothing is created twice even when an answer is lost.
 */
public interface RemoteMemory {
    Optional<String> post();

    void rememberPost(String remoteId, String link);

    /** The site's id and address for a photo original, by its SHA-256. */
    Optional<Media> media(String sha256);

    void rememberMedia(String sha256, String remoteId, String sourceUrl);

    /** How long ago a create of the thing with this slug was sent without an answer, if one was. */
    Optional<Duration> unansweredCreate(String slug);

    /** Told before a create is sent, so that even a kill during the request leaves it known. */
    void creating(String slug);

    /** The create was answered: the thing was made (and remembered), or refused and not made. */
    void createAnswered(String slug);

    record Media(String remoteId, String sourceUrl) {}
}
