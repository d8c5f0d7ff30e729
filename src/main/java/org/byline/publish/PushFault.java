package org.byline.publish;

import java.time.Duration;
import java.util.Optional;
import org.byline.domain.NewsroomException;

/**
 * A push that did not arrive, said as a message key. {@code passing} faults (the site's server
 * errors, too many requests, a timeout, a connection lost) are tried again after a while;
 * the others (a refused password, an invalid field, a photo too large) fail until someone acts.
 */
public final class PushFault extends NewsroomException {
    private final boolean passing;
    private final Duration unsettled;

    public PushFault(boolean passing, String key, Object... args) {
        super(key, args);
        this.passing = passing;
        this.unsettled = null;
    }

    public PushFault(boolean passing, String key, Throwable cause, Object... args) {
        super(key, cause, args);
        this.passing = passing;
        this.unsettled = null;
    }

    private PushFault(Duration unsettled, String key, Object... args) {
        super(key, args);
        this.passing = true;
        this.unsettled = unsettled;
    }

    /**
     * The site may still be making what an unanswered request asked for: look again (not a failed
     * try: it does not count against giving up), for at most {@code remaining}, after which the
     * site has surely finished and the request may go again.
     */
    public static PushFault unsettled(Duration remaining, String key, Object... args) {
        return new PushFault(remaining, key, args);
    }

    public boolean passing() {
        return passing;
    }

    /** How long the site may still be making what was asked for, if that is why this failed. */
    public Optional<Duration> unsettled() {
        return Optional.ofNullable(unsettled);
    }
}
