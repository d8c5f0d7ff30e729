package org.byline.ui.fx;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How views and ViewModels get work off the FX thread. Results and failures come back on the FX
 * thread. Production runs database writes on one writer thread (SQLite has one writer) and the
 * rest on a small pool; tests run everything at once on the calling thread.
 */
public interface Tasks {
    /** Reading, rendering, counting: anything that must not hold up typing. */
    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A change to the store, in submission order, on the one writer thread. */
    <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the FX thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Waits until every write submitted so far has finished (closing the window, tests). */
    void awaitWrites(Duration timeout);

    /** A scheduled action that may still be called off. */
    interface Cancellable {
        void cancel();
    }
}
