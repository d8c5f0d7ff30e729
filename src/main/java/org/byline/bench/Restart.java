package org.byline.bench;

import java.util.concurrent.TimeUnit;
import org.byline.newsroom.ScratchNewsroom;

/**
 * The server "restarted" once, midway: the bench does not own the server, so it throws every
 * connection to its own database out and lets nobody back in for a few seconds, which is what the
 * workstations see of a restart. They keep working on their copies meanwhile; their lines try
 * again on their own.
 */
final class Restart {
    private final ScratchNewsroom newsroom;
    private final int afterSeconds;
    private final int awaySeconds;
    private final Thread thread;
    private volatile double atSeconds = Double.NaN;
    private volatile long shutAt;
    private volatile long reopenedAt;
    private volatile RuntimeException failed;

    Restart(ScratchNewsroom newsroom, int afterSeconds, int awaySeconds) {
        this.newsroom = newsroom;
        this.afterSeconds = afterSeconds;
        this.awaySeconds = awaySeconds;
        this.thread = new Thread(this::run, "newsroom restart");
    }

    void start() {
        thread.start();
    }

    void join() throws InterruptedException {
        thread.join();
    }

    private void run() {
        long start = System.nanoTime();
        if (!Pause.millis(TimeUnit.SECONDS.toMillis(afterSeconds))) {
            return;
        }
        try {
            shutAt = System.nanoTime();
            newsroom.shutOut();
            atSeconds = (shutAt - start) / 1e9;
            Pause.millis(TimeUnit.SECONDS.toMillis(awaySeconds));
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            try {
                newsroom.reopen();
                reopenedAt = System.nanoTime();
            } catch (RuntimeException e) {
                failed = e;
            }
        }
    }

    /** Seconds into the run when everyone was thrown out (NaN when it did not happen). */
    double atSeconds() {
        return failed == null ? atSeconds : Double.NaN;
    }

    /** Whether {@code nanoTime} fell while the server kept everyone out (the restart happened and was over). */
    boolean whileAway(long nanoTime) {
        return shutAt != 0 && reopenedAt != 0 && nanoTime >= shutAt && nanoTime <= reopenedAt;
    }

    /**
     * The same with a margin after it: a try to connect that began while the server kept
     * everyone out can fail a moment after it let them in again.
     */
    boolean whileAwayOrJustAfter(long nanoTime) {
        return shutAt != 0
                && reopenedAt != 0
                && nanoTime >= shutAt
                && nanoTime <= reopenedAt + TimeUnit.SECONDS.toNanos(2);
    }

    int awaySeconds() {
        return awaySeconds;
    }

    /** Why it did not happen, or null. */
    RuntimeException failed() {
        return failed;
    }
}
