package org.byline.publish;

import java.time.Duration;

/**
 * How long Byline waits for a site: to connect, for an answer, and for an answer to a photo
 * upload (larger, slower). Tests shorten them so a slow answer costs a second, not a minute.
 */
public record PushTimeouts(Duration connect, Duration answer, Duration upload) {
    public static final PushTimeouts DEFAULT = new PushTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(120));
}
