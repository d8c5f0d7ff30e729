package org.byline.ui.outbox;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.i18n.Messages;
import org.byline.newsroom.Outbox;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The desk's view of the outbox: every push job with its state, attempts, last error in the
 * reader's language and link; retry and cancel. The worker sends in the background; this only
 * reads and asks.
 */
@ViewModel
public final class OutboxViewModel {
    private final ObservableList<PushJob> jobs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Outbox outbox;
    private final Tasks tasks;
    private final Messages messages;
    private final Person me;
    private Tasks.Cancellable nextLook;

    public OutboxViewModel(Outbox outbox, Tasks tasks, Messages messages, Person me) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.messages = messages;
        this.me = me;
    }

    /**
     * While {@code shown} holds, the jobs are read again every {@code every}: the worker sends in the
     * background. One look is planned at a time; hiding the tab calls it off, so showing it again
     * soon after starts one chain of looks, not a second beside the first.
     */
    public void watch(ObservableBooleanValue shown, Duration every, BooleanSupplier stopped) {
        Runnable look = new Runnable() {
            @Override
            public void run() {
                nextLook = null;
                if (shown.get() && !stopped.getAsBoolean()) {
                    reload();
                    nextLook = tasks.schedule(every, this);
                }
            }
        };
        shown.addListener((o, was, is) -> {
            if (nextLook != null) {
                nextLook.cancel();
                nextLook = null;
            }
            if (is) {
                look.run();
            }
        });
    }

    public void reload() {
        tasks.run(outbox::jobs, this::show, e -> problem.set(messages.describe(e)));
    }

    private void show(List<PushJob> now) {
        if (!now.equals(jobs)) {
            jobs.setAll(now);
        }
    }

    public void retry(PushJob job) {
        act(() -> outbox.retry(job.id(), me));
    }

    public void cancel(PushJob job) {
        act(() -> outbox.cancel(job.id(), me));
    }

    private void act(Supplier<PushJob> action) {
        problem.set("");
        tasks.write(action, done -> reload(), e -> problem.set(messages.describe(e)));
    }

    /** The state as the desk reads it, with the reason of the last failure when there is one. */
    public String describe(PushJob job) {
        String state = messages.get(
                switch (job.state()) {
                    case QUEUED -> "outbox.state.queued";
                    case SENDING -> "outbox.state.sending";
                    case DONE -> "outbox.state.done";
                    case FAILED -> "outbox.state.failed";
                    case CANCELLED -> "outbox.state.cancelled";
                });
        return job.hasError() ? state + " · " + messages.pushError(job) : state;
    }

    public ObservableList<PushJob> jobs() {
        return jobs;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
