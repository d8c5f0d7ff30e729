package org.byline.publish;

import org.byline.domain.NewsroomException;

/**
 * A push that did not arrive, said as a message key. {@code passing} faults (the site's server
 * errors, too many requests, a timeout, a connection lost) are tried again after a while;
 * the others (a refused password, an invalid field, a photo too large) fail until someone acts.
 */
public final class PushFault extends NewsroomException {
    private final boolean passing;

    public PushFault(boolean passing, String key, Object... args) {
        super(key, args);
        this.passing = passing;
    }

    public PushFault(boolean passing, String key, Throwable cause, Object... args) {
        super(key, cause, args);
        this.passing = passing;
    }

    public boolean passing() {
        return passing;
    }
}
