package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.byline.publish.RetryPolicy;
import org.byline.store.PushClaimStore;

/**
 * The window's worker: looks for due jobs in the background, when the next one is due, at once
 * when something is queued or retried, and at least every so often, since another run (a command,
 * another window) may queue or release a job the window cannot hear about.
 */
final class OutboxWorker implements AutoCloseable {
    // the outbox's log, whatever class of it writes: the desk reads it, and the tests listen to it by this name
    private static final Logger LOG = Logger.getLogger("org.byline.newsroom.Outbox");

    private final Courier courier;
    private final PushClaimStore claims;
    private final Clock clock;

    private ScheduledExecutorService worker;
    private ScheduledFuture<?> nextRun;
    private long nextRunAt;
    private RetryPolicy policy;
    private Duration lookAgain;

    OutboxWorker(Courier courier, PushClaimStore claims, Clock clock) {
        this.courier = courier;
        this.claims = claims;
        this.clock = clock;
    }

    /** Starts once; a second start is ignored. */
    synchronized void start(RetryPolicy policy, Duration lookAgain) {
        if (worker != null) {
            return;
        }
        this.policy = policy;
        this.lookAgain = lookAgain;
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "byline-outbox");
            t.setDaemon(true);
            return t;
        });
        // the first look waits for the window to settle; a push from it wakes the worker at once
        schedule(Duration.ofSeconds(2));
    }

    /** Something was queued or retried: send now rather than at the next scheduled look (nothing when not started). */
    synchronized void wake() {
        if (worker != null) {
            schedule(Duration.ZERO);
        }
    }

    /** Plans the next look in {@code delay}, unless an earlier one is planned already. */
    private synchronized void schedule(Duration delay) {
        if (worker == null || worker.isShutdown()) {
            return;
        }
        long at = System.nanoTime() + delay.toNanos();
        if (nextRun != null && !nextRun.isDone() && nextRunAt - at <= 0) {
            return;
        }
        if (nextRun != null) {
            nextRun.cancel(false);
        }
        nextRunAt = at;
        nextRun = worker.schedule(this::work, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void running() {
        nextRun = null; // this look is under way: a wake meanwhile plans another
    }

    private void work() {
        running();
        Duration wait = lookAgain;
        try {
            courier.runDue(policy);
            // the next due job, but at least every lookAgain: another run may have queued or released one
            wait = claims.nextDue(Set.of())
                    .map(at -> Duration.between(clock.instant(), at))
                    .filter(d -> d.compareTo(lookAgain) < 0)
                    .orElse(lookAgain);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbox could not run", e);
        } finally {
            // whatever failed (the store busy, a disk gone for a moment), the worker looks again
            schedule(wait.isNegative() ? Duration.ofMillis(100) : wait);
        }
    }

    /** Stops the worker, waiting a little for a look under way to end. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = worker;
            worker = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
