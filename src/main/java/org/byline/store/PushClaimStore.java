package org.byline.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.byline.domain.Sender;

/**
 * Sending push jobs: a run claims a due job under a lease and reports how its send went. Every
 * change to a claimed job names the claim (its attempt number) and only lands while that claim is
 * current, so the late answer of a send that was given up on cannot overwrite what came after it.
 */
public interface PushClaimStore {
    /**
     * A job taken for sending: {@code attempt} names this claim in every later change.
     * {@code articleVersion} is the article's version where the job is kept when it was claimed:
     * on a newsroom server, the version the sending workstation's copy must have caught up with
     * (0 where the job and the article share one store, so there is nothing to catch up with).
     */
    record Claim(
            long jobId,
            int attempt,
            int attemptsSinceRetry,
            long articleId,
            long siteId,
            long queuedBy,
            boolean overrideEmbargo,
            long articleVersion) {}

    /**
     * Takes the next job that is due (queued and its time has come, or left in 'sending' by a run
     * whose lease ran out or whose process {@code gone} says has died) and marks it sending under a
     * lease, by {@code me}, in one transaction, so two workers (the window and a command) never
     * send the same job at once.
     *
     * @param only the jobs to consider, or empty for all
     * @param gone whether the sender a job names has died (asked only of senders on {@code me}'s host)
     */
    Optional<Claim> claimDue(Duration lease, Collection<Long> only, Sender me, Predicate<Sender> gone);

    /** The earliest time one of these queued jobs is due (a job waiting behind another send: when that one's lease ends). */
    Optional<Instant> nextDue(Collection<Long> only);

    /** The senders of the jobs being sent from {@code host}, to ask whether one has died (a read, no transaction to wait for). */
    List<Sender> sendersOn(String host);

    /**
     * The send is still going: keeps others from taking the job over. A send the desk cancelled
     * (and perhaps retried) meanwhile keeps its lease too, and a retry waits for it, until
     * {@link #release}: the request still running must not meet a second one for the same job.
     * A job this send put back itself (its lease cleared) is left alone.
     */
    void renew(Claim claim, Duration lease);

    boolean done(Claim claim, String remoteId, String link);

    /** A passing fault: queued again for {@code next}, the reason kept for the desk to see. */
    void retryLater(Claim claim, String key, List<String> args, Instant next);

    /** Failed for good, until the desk retries it. */
    void fail(Claim claim, String key, List<String> args);

    /**
     * A send has ended, whatever came of it: if the desk cancelled (and perhaps retried) the job
     * meanwhile, the lease it kept for that send ends now and a retry is due at once.
     */
    void release(Claim claim);
}
