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
    private final Duration atLeast;

    public PushFault(boolean passing, String key, Object... args) {
        this(passing, (Duration) null, (Duration) null, key, args);
    }

    public PushFault(boolean passing, String key, Throwable cause, Object... args) {
        super(key, cause, args);
        this.passing = passing;
        this.unsettled = null;
        this.atLeast = null;
    }

    private PushFault(boolean passing, Duration unsettled, Duration atLeast, String key, Object... args) {
        super(key, args);
        this.passing = passing;
        this.unsettled = unsettled;
        this.atLeast = atLeast;
    }

    /** A passing fault after which the site asked to be left alone for {@code atLeast} (its Retry-After). */
    public static PushFault later(Duration atLeast, String key, Object... args) {
        return new PushFault(true, null, atLeast, key, args);
    }

    /**
     * The site may still be making what an unanswered request asked for: look again (not a failed
     * try: it does not count against giving up), for at most {@code remaining}, after which the
     * site has surely finished and the request may go again.
     */
    public static PushFault unsettled(Duration remaining, String key, Object... args) {
        return new PushFault(true, remaining, null, key, args);
    }

    public boolean passing() {
        return passing;
    }

    /** How long the site asked Byline to wait before trying again, if it said. */
    public Optional<Duration> atLeast() {
        return Optional.ofNullable(atLeast);
    }

    /** How long the site may still be making what was asked for, if that is why this failed. */
    public Optional<Duration> unsettled() {
        return Optional.ofNullable(unsettled);
    }
}
