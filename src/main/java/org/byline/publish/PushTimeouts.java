package org.byline.publish;

import java.time.Duration;

/**
 * How long Byline waits for a site: to connect, for an answer, and for an answer to a photo
 * upload (larger, slower). Tests shorten them so a slow answer costs a second, not a minute.
 *
 * @param siteFinishes how long after a create was sent the site has surely finished it or given it
 *                     up, answer or not: until then an unanswered create is only looked for, never
 *                     sent again. Longer than the upload timeout and than what hosts let a request
 *                     run (PHP's max_execution_time and the proxies' timeouts are 30 to 120 s).
 */
public record PushTimeouts(Duration connect, Duration answer, Duration upload, Duration siteFinishes) {
    public static final PushTimeouts DEFAULT = new PushTimeouts(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofMinutes(5));

    /** Short timeouts for tests: the site is taken to finish within twice the upload timeout. */
    public PushTimeouts(Duration connect, Duration answer, Duration upload) {
        this(connect, answer, upload, upload.multipliedBy(2));
    }
}
