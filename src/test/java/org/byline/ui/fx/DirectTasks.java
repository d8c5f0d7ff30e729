package org.byline.ui.fx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link Tasks} for ViewModel tests without a toolkit: work runs at once on the calling thread;
 * scheduled actions wait until the test lets time pass, all of it with {@link #elapse()} or some
 * of it with {@link #advance(Duration)}.
 */
public final class DirectTasks implements Tasks {
    private final List<Timer> scheduled = new ArrayList<>();
    private long now; // milliseconds of pretended time
    private final List<Runnable> heldWrites = new ArrayList<>();
    private boolean holdWrites;

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (holdWrites) {
            heldWrites.add(() -> run(work, onSuccess, onFailure));
        } else {
            run(work, onSuccess, onFailure);
        }
    }

    /** From now on writes wait, as if the writer thread were busy, until {@link #releaseWrites()}. */
    public void holdWrites() {
        holdWrites = true;
    }

    /** Runs the writes that waited, in the order they were asked for, as the one writer thread would. */
    public void releaseWrites() {
        holdWrites = false;
        List<Runnable> due = new ArrayList<>(heldWrites);
        heldWrites.clear();
        due.forEach(Runnable::run);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Timer timer = new Timer(now + delay.toMillis(), action);
        scheduled.add(timer);
        return () -> scheduled.remove(timer);
    }

    private record Timer(long dueAt, Runnable action) {}

    @Override
    public void awaitWrites(Duration timeout) {
        // writes already ran
    }

    /** Lets the pause pass: runs what was waiting (the autosave, a retry); what they schedule waits for the next call. */
    public void elapse() {
        List<Timer> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(t -> t.action().run());
    }

    /**
     * Lets {@code time} pass: runs, in the order they fall due, the actions whose delay ends
     * within it, including those scheduled meanwhile.
     */
    public void advance(Duration time) {
        long until = now + time.toMillis();
        while (true) {
            Timer next = scheduled.stream()
                    .filter(t -> t.dueAt() <= until)
                    .min(Comparator.comparingLong(Timer::dueAt))
                    .orElse(null);
            if (next == null) {
                break;
            }
            scheduled.remove(next);
            now = Math.max(now, next.dueAt());
            next.action().run();
        }
        now = until;
    }

    /** How many actions wait for the pause to pass. */
    public int scheduledCount() {
        return scheduled.size();
    }

    public boolean hasScheduled() {
        return !scheduled.isEmpty();
    }
}
