package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.byline.domain.NewsroomException;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.Status;
import org.byline.publish.PushFault;
import org.byline.publish.RetryPolicy;
import org.byline.store.PushClaimStore;
import org.byline.store.PushClaimStore.Claim;
import org.byline.store.PushJobStore;

/**
 * What one send came to, written on its job and in the outbox's log: done (and 출고 in Byline), a
 * later try for a passing fault, or failed with its reason until the desk retries. Kept apart from
 * the {@link Courier} so the rules of what happens next are read in one place.
 */
final class PushOutcomes {
    // the outbox's log, whatever class of it writes: the desk reads it, and the tests listen to it by this name
    private static final Logger LOG = Logger.getLogger("org.byline.newsroom.Outbox");

    private final PushJobStore store;
    private final PushClaimStore claims;
    private final Desk desk;
    private final Staff staff;
    private final Clock clock;

    PushOutcomes(PushJobStore store, PushClaimStore claims, Desk desk, Staff staff, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.desk = desk;
        this.staff = staff;
        this.clock = clock;
    }

    /** The site has the post: the job is done, unless another run took it over meanwhile. */
    void arrived(Claim claim, Dispatch.Sent sent) {
        if (claims.done(claim, sent.delivery().remoteId(), sent.delivery().link())) {
            LOG.info(() -> "push job " + claim.jobId() + " of article " + claim.articleId() + " to "
                    + sent.site().name() + ": done, " + sent.delivery().link());
            markPublished(claim, sent);
        } else if (stillOurs(claim)) {
            // called off while the request ran, but the site answered with the post: the article is live there
            LOG.warning(() -> "push job " + claim.jobId() + " was cancelled on its way, but "
                    + sent.site().name() + " has article " + claim.articleId() + " at "
                    + sent.delivery().link() + ": recorded as published");
            markPublished(claim, sent);
        }
    }

    /** The site or the way to it failed: try again later if the fault passes and the policy allows, else fail. */
    void faulted(Claim claim, PushFault fault, RetryPolicy policy) {
        List<String> args = strings(fault.args());
        if (fault.unsettled().isPresent()) {
            // the site may still be making it: look again at the policy's pace, but by the time it has surely
            // finished
            Duration remaining = fault.unsettled().get();
            Duration paced = policy.delayAfter(claim.attemptsSinceRetry(), ThreadLocalRandom.current());
            Duration wait = paced.compareTo(remaining) < 0 ? paced : remaining;
            claims.retryLater(claim, fault.key(), args, clock.instant().plus(wait));
            LOG.info(() -> "push job " + claim.jobId() + ": " + fault.key() + " " + args + ", looks again in "
                    + wait.toMillis() + " ms");
        } else if (fault.passing() && !policy.exhausted(claim.attemptsSinceRetry())) {
            Duration paced = policy.delayAfter(
                    claim.attemptsSinceRetry(),
                    // java.base's generator: RandomGenerator.getDefault() lives in jdk.random, which the
                    // packaged runtime does not hold (the app-image smoke test found it)
                    ThreadLocalRandom.current());
            // a site that said when to come back (Retry-After) is not asked sooner
            Duration wait =
                    fault.atLeast().filter(asked -> asked.compareTo(paced) > 0).orElse(paced);
            claims.retryLater(claim, fault.key(), args, clock.instant().plus(wait));
            LOG.info(() -> "push job " + claim.jobId() + ": " + fault.key() + ", again in " + wait.toMillis() + " ms");
        } else if (fault.passing()) {
            // the reason said "Byline tries again"; now it will not, until the desk retries
            List<String> gaveUp = new ArrayList<>(List.of(String.valueOf(claim.attemptsSinceRetry()), fault.key()));
            gaveUp.addAll(args);
            claims.fail(claim, "push.gaveUp", gaveUp);
            LOG.warning(() -> "push job " + claim.jobId() + " gave up after " + claim.attemptsSinceRetry() + " tries: "
                    + fault.key() + " " + args);
        } else {
            claims.fail(claim, fault.key(), args);
            LOG.warning(() -> "push job " + claim.jobId() + " failed: " + fault.key() + " " + args);
        }
    }

    /** Byline's own rules refused the send (a site gone, an article changed): failed until the desk retries. */
    void refused(Claim claim, NewsroomException refused) {
        claims.fail(claim, refused.key(), strings(refused.args()));
        LOG.warning(() -> "push job " + claim.jobId() + " refused: " + refused.key());
    }

    /** Something nobody foresaw: the job fails with the exception's class, so the desk sees it and may retry. */
    void broke(Claim claim, RuntimeException unexpected) {
        // an exception's message may quote what it was given (a header with the site's secret): name the class and
        // place only
        String what = unexpected.getClass().getName();
        StackTraceElement[] trace = unexpected.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        claims.fail(claim, "push.unexpected", List.of(what));
        LOG.warning(() -> "push job " + claim.jobId() + " failed unexpectedly: " + what + where);
    }

    /** Whether the job was left as this send found it, only cancelled or retried meanwhile (not taken over by another run). */
    private boolean stillOurs(Claim claim) {
        PushJob now = store.job(claim.jobId());
        return now.attempts() == claim.attempt() && now.state() != PushState.DONE;
    }

    /** 출고 in Byline once the site has it; the job stays done even if the desk changed the article meanwhile. */
    private void markPublished(Claim claim, Dispatch.Sent sent) {
        try {
            desk.pushed(
                    claim.articleId(),
                    staff.byId(claim.queuedBy()),
                    sent.site().name(),
                    sent.delivery().link(),
                    sent.releaseAt());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "article " + claim.articleId() + " reached " + sent.site().name() + " but was not marked published",
                    e);
        }
    }

    /** Arguments as the job keeps them: text, with a status as its stable name. */
    private static List<String> strings(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof Status s ? s.code() : String.valueOf(a))
                .toList();
    }
}
