package org.byline.domain;

import java.time.Instant;
import java.util.List;

/**
 * One push of one article to one site, as the outbox holds it. {@code errorKey} and
 * {@code errorArgs} describe the last failure as a message key and its arguments (null key: none);
 * {@code remoteLink} is where the article can be read on the site once it arrived.
 */
public record PushJob(
        long id,
        long articleId,
        String headline,
        String siteName,
        PushState state,
        int attempts,
        Instant nextAttemptAt,
        String errorKey,
        List<String> errorArgs,
        String remoteId,
        String remoteLink,
        String queuedBy,
        boolean overrideEmbargo,
        Instant createdAt,
        Instant updatedAt) {

    public PushJob {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
        remoteLink = remoteLink == null ? "" : remoteLink;
    }

    public boolean hasError() {
        return errorKey != null && !errorKey.isEmpty();
    }
}
