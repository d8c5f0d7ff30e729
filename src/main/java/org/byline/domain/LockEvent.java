package org.byline.domain;

import java.time.Instant;

/**
 * A lock somebody broke: who broke whose lock and when, what the lock looked like then, and
 * whether it had gone stale (no heartbeat) or was taken from a living editor.
 */
public record LockEvent(
        long articleId,
        Instant at,
        long byId,
        String by,
        long holderId,
        String holder,
        Instant holderSince,
        Instant holderHeartbeat,
        boolean stale) {}
