package org.byline.newsroom;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.byline.domain.NewsroomException;
import org.byline.store.postgres.NewsroomChanges;
import org.byline.store.postgres.PersonLogin;

/**
 * The window's line to its newsroom server, on a thread of its own: what is saved here is sent
 * within moments, what changes elsewhere is brought as soon as the server notifies it, and while
 * the server is away the line tries again every few seconds and the window says the work is kept
 * here. Typing never waits for it: it reads and writes the newsroom copy like any other writer.
 */
public final class NewsroomLine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("org.byline.newsroom.Sync");

    /**
     * How long the line listens for the server before it looks at what waits here again: the
     * longest a save waits to be sent (a wake does not cut a listen short). Both looks are cheap.
     */
    private static final int LISTEN_MILLIS = 50;
    /** How long a line whose server is away waits before it tries again. */
    private static final int RETRY_MILLIS = 3000;

    /** What the window hears, on the line's thread. */
    public interface Listener {
        /** Whether the server answers, and how many changes made here wait; only when either changed. */
        void standing(boolean online, int waiting);

        /** Articles the newsroom changed elsewhere, now written into the copy. */
        void brought(Set<Long> articles);

        /** A round that kept a text as a revision or had a change refused: the person is told. */
        void told(Sync.Report report);
    }

    private final Path dataFolder;
    private final Newsroom store;
    private final String name;
    private final char[] password;
    private final Listener listener;
    private final Object bell = new Object();
    private final Thread thread;

    private volatile boolean running = true;
    private boolean rung;
    private PersonLogin login;
    private NewsroomChanges changes;
    private Boolean lastOnline;
    private int lastWaiting = -1;

    private NewsroomLine(Path dataFolder, Newsroom store, Joining.Member member, char[] password, Listener listener) {
        this.dataFolder = dataFolder;
        this.store = store;
        this.name = member.person().name();
        this.password = password.clone();
        this.listener = listener;
        this.login = member.login();
        this.thread = new Thread(this::run, "byline-newsroom");
        thread.setDaemon(true);
    }

    /**
     * Starts the line for {@code member}, who signed in at the window (online or not). The line
     * keeps a copy of {@code password} to sign in again after the server was away.
     */
    public static NewsroomLine start(
            Path dataFolder, Newsroom store, Joining.Member member, char[] password, Listener listener) {
        NewsroomLine line = new NewsroomLine(dataFolder, store, member, password, listener);
        line.thread.start();
        return line;
    }

    /** Something was saved here: send it now rather than at the next look. */
    public void wake() {
        synchronized (bell) {
            rung = true;
            bell.notifyAll();
        }
    }

    private void run() {
        boolean due = true;
        while (running) {
            try {
                if (login == null) {
                    login = Joining.onServer(dataFolder, name, password);
                    due = true;
                }
                if (changes == null) {
                    changes = login.listen(password);
                }
                store.server().attach(login);
                if (due || store.sync().waiting() > 0) {
                    Sync.Report report = store.sync().round(login);
                    if (!report.brought().isEmpty()) {
                        listener.brought(report.brought());
                    }
                    if (!report.clean()) {
                        listener.told(report);
                    }
                }
                tell(true);
                Set<String> changed = changes.await(LISTEN_MILLIS);
                if (changed.contains("push_jobs")) {
                    store.outbox().wake(); // a push queued or put back elsewhere: this desk may send it
                }
                // a push job's state is the outbox's news alone: no round for it (its 출고 comes as an article's change)
                due = changed.stream().anyMatch(table -> !table.equals("push_jobs")) || takeBell(0);
            } catch (NewsroomException e) {
                if (!isAway(e)) {
                    LOG.log(Level.WARNING, "the newsroom line could not keep in step", e);
                }
                hangUp();
                store.server().online(false);
                tell(false);
                takeBell(RETRY_MILLIS);
                due = true;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the newsroom line could not keep in step", e);
                takeBell(RETRY_MILLIS);
            }
        }
        hangUp();
    }

    private static boolean isAway(NewsroomException e) {
        return e.key().equals("error.server.unreachable") || e.key().equals("error.newsroom.serverGone");
    }

    private void tell(boolean online) {
        int waiting = store.sync().waiting();
        if (!Objects.equals(lastOnline, online) || waiting != lastWaiting) {
            lastOnline = online;
            lastWaiting = waiting;
            listener.standing(online, waiting);
        }
    }

    /** Waits up to {@code millis} for {@link #wake}; true when it rang. */
    private boolean takeBell(long millis) {
        synchronized (bell) {
            if (!rung && millis > 0 && running) {
                try {
                    bell.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            boolean was = rung;
            rung = false;
            return was;
        }
    }

    private void hangUp() {
        store.server().detach(login);
        if (changes != null) {
            changes.close();
            changes = null;
        }
        if (login != null) {
            login.close();
            login = null;
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Arrays.fill(password, '\0');
    }
}
