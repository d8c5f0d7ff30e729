package org.byline.publish;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a passing fault again: exponential backoff from {@code first}, capped at
 * {@code longest}, with jitter (between half and all of the delay) so that many jobs failing
 * together do not all come back in the same second. After {@code attempts} tries it is failed.
 * The command line waits in seconds (someone is watching), the window in minutes to hours (a site
 * down overnight is retried until the morning).
 */
public record RetryPolicy(Duration first, Duration longest, int attempts) {
    /** 1, 2, 4, 8, 8 ... s: eight tries fit in about a minute with the timeouts. */
    public static final RetryPolicy COMMAND_LINE = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), 8);
    /** 30 s doubling to an hour, 40 tries: well over a day offline before the desk has to retry. */
    public static final RetryPolicy WINDOW = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 40);

    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= attempts;
    }

    /** The wait after the {@code attemptsMade}-th try failed. */
    public Duration delayAfter(int attemptsMade, RandomGenerator random) {
        int doublings = Math.max(0, Math.min(attemptsMade - 1, 30));
        long full = Math.min(longest.toMillis(), first.toMillis() << Math.min(doublings, 20));
        long half = full / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
