package org.byline.ui.fx;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** {@link Tasks} on real threads: a writer thread, two workers and a timer; results via Platform.runLater. */
public final class FxTasks implements Tasks, AutoCloseable {
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("byline-db-writer"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, named("byline-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("byline-timer"));
    /** After closing, callbacks still queued on the FX thread may ask for more work: it is dropped. */
    private volatile boolean closed;

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(workers, work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(writer, work, onSuccess, onFailure);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        if (closed) {
            return () -> {};
        }
        ScheduledFuture<?> f = timer.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void awaitWrites(Duration timeout) {
        try {
            writer.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            // nothing more can be done: the writer is stuck or already gone
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        workers.shutdownNow();
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> void submit(
            ExecutorService executor, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
