package org.byline.publish;

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

    record Media(String remoteId, String sourceUrl) {
    }
}
