package org.byline.domain;

import java.time.Instant;

/**
 * Who is editing an article now, and since when. {@code heartbeat} is the last sign of life of
 * the holder's window; a lock without one for a while belongs to a run that crashed or slept.
 */
public record ArticleLock(long articleId, long holderId, String holder, Instant since, Instant heartbeat) {}
