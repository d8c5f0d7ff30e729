package org.byline.domain;

import java.time.Instant;

/**
 * The process that sends a push job: its id and start (a pid alone may be reused by a later
 * process) and the machine it runs on (a pid means nothing on another one).
 *
 * @param started null when the system does not tell
 */
public record Sender(long pid, Instant started, String host) {}
