package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.byline.domain.NewsroomException;
import org.byline.domain.PushJob;
import org.byline.domain.Sender;
import org.byline.publish.PushFault;
import org.byline.publish.RetryPolicy;
import org.byline.store.PushClaimStore;
import org.byline.store.PushClaimStore.Claim;
import org.byline.store.PushJobStore;

/**
 * Takes due jobs from the store and carries each to its site: a job is claimed under a lease, the
 * lease is renewed by a heartbeat while the {@link Dispatch} waits on the site, and what came of it
 * is written on the job by {@link PushOutcomes}. The claim is what keeps a push exactly-once across
 * runs: whoever holds a living lease sends, nobody else.
 */
final class Courier implements AutoCloseable {
    // the outbox's log, whatever class of it writes: the desk reads it, and the tests listen to it by this name
    private static final Logger LOG = Logger.getLogger("org.byline.newsroom.Outbox");
    /** The longest a waiting command sleeps before looking again (a job another run is sending). */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(500);

    private final PushJobStore store;
    private final PushClaimStore claims;
    private final Dispatch dispatch;
    private final PushOutcomes outcomes;
    private final Clock clock;
    private final Duration lease;
    private final Sender me = SendingProcesses.current();
    /** Renews the lease of each send on its way, apart from the send's own thread, which may wait long for a site. */
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "byline-outbox-heartbeat");
        t.setDaemon(true);
        return t;
    });

    Courier(
            PushJobStore store,
            PushClaimStore claims,
            Dispatch dispatch,
            PushOutcomes outcomes,
            Clock clock,
            Duration lease) {
        this.store = store;
        this.claims = claims;
        this.dispatch = dispatch;
        this.outcomes = outcomes;
        this.clock = clock;
        this.lease = lease;
    }

    /** Sends every job that is due now, each once; returns how many were tried. */
    int runDue(RetryPolicy policy) {
        if (claims.nextDue(Set.of()).filter(at -> !at.isAfter(clock.instant())).isEmpty()
                && claims.sendersOn(me.host()).stream().noneMatch(sender -> SendingProcesses.gone(sender, me))) {
            return 0; // nothing due, no sender here has died: reads, not a write transaction, every look
        }
        int tried = 0;
        for (Optional<Claim> claim = claim(Set.of()); claim.isPresent(); claim = claim(Set.of())) {
            send(claim.get(), policy);
            tried++;
        }
        return tried;
    }

    /**
     * Sends these jobs, waiting out the backoff of passing faults, until each is done, failed for
     * good or cancelled; returns them as they ended.
     */
    List<PushJob> sendUntilSettled(Collection<Long> jobIds, RetryPolicy policy) {
        Set<Long> mine = Set.copyOf(jobIds);
        while (true) {
            Optional<Claim> claim = claim(mine);
            if (claim.isPresent()) {
                send(claim.get(), policy);
                continue;
            }
            List<PushJob> now = store.jobs(mine);
            if (now.stream().allMatch(j -> j.state().isSettled())) {
                return now;
            }
            Instant next = claims.nextDue(mine).orElse(clock.instant());
            long wait = Math.max(
                    20,
                    Math.min(
                            LOOK_AGAIN.toMillis(),
                            Duration.between(clock.instant(), next).toMillis()));
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return store.jobs(mine);
            }
        }
    }

    /** The next job due, among {@code only} (all when empty); a job whose sender here has died is due at once. */
    private Optional<Claim> claim(Set<Long> only) {
        return claims.claimDue(lease, only, me, sender -> SendingProcesses.gone(sender, me));
    }

    /**
     * One claimed job sent, however long the site takes: the heartbeat renews the lease every
     * quarter of it. Whatever is thrown, even by the store while the outcome is written, ends as
     * an outcome on the job and the claim is let go.
     */
    private void send(Claim claim, RetryPolicy policy) {
        long every = Math.max(50, lease.toMillis() / 4);
        ScheduledFuture<?> beat =
                heartbeat.scheduleAtFixedRate(() -> renew(claim), every, every, TimeUnit.MILLISECONDS);
        try {
            outcomes.arrived(claim, dispatch.send(claim));
        } catch (PushFault fault) {
            outcomes.faulted(claim, fault, policy);
        } catch (NewsroomException refused) {
            outcomes.refused(claim, refused);
        } catch (RuntimeException unexpected) {
            outcomes.broke(claim, unexpected);
        } finally {
            beat.cancel(false);
            claims.release(claim);
        }
    }

    /** One heartbeat: a store busy for a moment must not end the beating (a scheduled task that throws runs no more). */
    private void renew(Claim claim) {
        try {
            claims.renew(claim, lease);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "push job " + claim.jobId() + ": lease not renewed this time", e);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
