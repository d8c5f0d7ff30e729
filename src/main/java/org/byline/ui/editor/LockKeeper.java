package org.byline.ui.editor;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.byline.domain.LockResult;
import org.byline.domain.NewsroomException;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.newsroom.Locks;
import org.byline.ui.fx.Tasks;

/**
 * The lock on the article being edited: taken when it opens, kept alive while it stays open,
 * given back when another opens or the window closes. When somebody else holds it the editor is
 * read-only and says who, since when; the desk may break it (recorded).
 */
public final class LockKeeper {
    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("HH:mm").withZone(NewsroomTime.ZONE);

    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heldBy = new ReadOnlyStringWrapper("");
    private final Locks locks;
    private final Tasks tasks;
    private final Person me;
    private final Messages messages;
    private long current;
    private boolean held;
    private Tasks.Cancellable beat;

    public LockKeeper(Locks locks, Tasks tasks, Person me, Messages messages, ReadOnlyLongProperty openArticle) {
        this.locks = locks;
        this.tasks = tasks;
        this.me = me;
        this.messages = messages;
        openArticle.addListener((o, a, b) -> follow(b.longValue()));
        follow(openArticle.get());
    }

    /** The desk takes over a lock someone left (or holds); the break is recorded with both names. */
    public void breakLock() {
        long id = current;
        tasks.write(
                () -> locks.breakLock(id, me),
                broken -> {
                    if (id == current) {
                        takeHold();
                    }
                },
                e -> heldBy.set(messages.describe(e)));
    }

    /** Gives the lock back (closing the window). */
    public void release() {
        stopBeating();
        if (held && current != 0) {
            long id = current;
            held = false;
            tasks.write(
                    () -> {
                        locks.release(id, me);
                        return id;
                    },
                    x -> {},
                    e -> {});
        }
    }

    public boolean mayBreak() {
        return me.role() != Role.REPORTER;
    }

    private void follow(long id) {
        release();
        current = id;
        readOnly.set(false);
        heldBy.set("");
        if (id == 0) {
            return;
        }
        tasks.write(
                () -> locks.open(id, me),
                result -> {
                    if (id != current) {
                        if (result.editable()) { // opened something else meanwhile: give this one back
                            tasks.write(
                                    () -> {
                                        locks.release(id, me);
                                        return id;
                                    },
                                    x -> {},
                                    e -> {});
                        }
                        return;
                    }
                    if (result.editable()) {
                        takeHold();
                    } else {
                        showHolder(result);
                    }
                },
                e -> heldBy.set(messages.describe(e)));
    }

    private void takeHold() {
        held = true;
        readOnly.set(false);
        heldBy.set("");
        scheduleBeat();
    }

    private void showHolder(LockResult result) {
        held = false;
        readOnly.set(true);
        heldBy.set(messages.get(
                "lock.heldBy",
                result.lock().holder(),
                SINCE.format(result.lock().since())));
    }

    private void scheduleBeat() {
        stopBeating();
        long id = current;
        beat = tasks.schedule(
                Locks.HEARTBEAT_EVERY,
                () -> tasks.write(
                        () -> {
                            locks.heartbeat(id, me);
                            return id;
                        },
                        ok -> {
                            if (id == current && held) {
                                scheduleBeat();
                            }
                        },
                        e -> {
                            if (id != current) {
                                return;
                            }
                            if (lockLost(e)) { // the desk took the lock over: stop editing, say so
                                held = false;
                                readOnly.set(true);
                                heldBy.set(messages.describe(e));
                            } else if (held) { // a busy store: the lock is still ours, try again at the next beat
                                scheduleBeat();
                            }
                        }));
    }

    private static boolean lockLost(Throwable e) {
        return e instanceof NewsroomException n && n.key().startsWith("error.lock.lost");
    }

    private void stopBeating() {
        if (beat != null) {
            beat.cancel();
            beat = null;
        }
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heldByProperty() {
        return heldBy.getReadOnlyProperty();
    }
}
