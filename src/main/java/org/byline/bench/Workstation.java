package org.byline.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.byline.domain.Article;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.NewsroomLine;
import org.byline.newsroom.ScratchNewsroom;
import org.byline.newsroom.Sync;

/**
 * One simulated workstation: a data folder of its own that joined the newsroom, so its own SQLite
 * copy, and the window's own line to the server (at most two connections: the person's and the
 * listening one). What the line tells the window, the bench counts and times instead.
 */
final class Workstation implements NewsroomLine.Listener, AutoCloseable {
    final int index;
    final String name;
    final Person person;
    final Newsroom store;

    private final Path folder;
    private final char[] password;
    private final Visibility visibility;
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean sawServerAway;
    private NewsroomLine line;

    private Workstation(int index, Path folder, String name, char[] password, Newsroom store, Visibility visibility) {
        this.index = index;
        this.folder = folder;
        this.name = name;
        this.password = password.clone();
        this.store = store;
        this.visibility = visibility;
        this.person = store.staff().named(name);
    }

    /** Joins the newsroom at {@code address} as {@code name} in {@code folder}, opens the copy as the window does, and starts its line. */
    static Workstation join(
            int index,
            Path folder,
            String address,
            String name,
            char[] password,
            Function<Path, Newsroom> openStore,
            Visibility visibility) {
        Joining.Member member = Joining.join(folder, address, name, password, Clock.systemUTC());
        Newsroom store = null;
        try {
            store = openStore.apply(folder);
            Workstation w = new Workstation(index, folder, name, password, store, visibility);
            w.line = NewsroomLine.start(folder, store, member, password, w);
            return w;
        } catch (RuntimeException e) {
            member.close();
            if (store != null) {
                store.close();
            }
            throw e;
        }
    }

    /** Something was saved or decided here: what the window does after each (MainWindowAssembly#sendNow). */
    void sendNow() {
        line.wake();
    }

    /** Stops the line (the window closing); what still waits stays in the copy for {@link #syncOnce}. */
    void stopLine() {
        if (line != null) {
            line.close();
            line = null;
        }
    }

    /** One round as {@code byline sync --as NAME} does it: sign in, send what waits, bring the rest. */
    Sync.Report syncOnce() {
        try (Joining.Member member = Joining.signIn(folder, store, name, password)) {
            if (!member.online()) {
                throw new NewsroomException("error.newsroom.needsServer", "sync");
            }
            Sync.Report round = member.signInRound();
            told(round);
            return round;
        }
    }

    /**
     * How many articles this copy holds otherwise than the server does ({@code server}, read after
     * the final sync): text or status, or not there at all. After a sync there should be none.
     */
    int behind(List<ScratchNewsroom.Held> server) {
        int behind = 0;
        for (ScratchNewsroom.Held h : server) {
            try {
                Article here = store.drafting().open(h.id());
                if (here.status() != h.status()
                        || !here.content().headline().equals(h.headline())
                        || !here.content().body().equals(h.body())) {
                    behind++;
                }
            } catch (NewsroomException missing) {
                behind++;
            }
        }
        return behind;
    }

    int waiting() {
        return store.sync().waiting();
    }

    int kept() {
        return kept.get();
    }

    int refused() {
        return refused.get();
    }

    boolean sawServerAway() {
        return sawServerAway;
    }

    @Override
    public void standing(boolean online, int waiting) {
        if (!online) {
            sawServerAway = true;
        }
    }

    @Override
    public void brought(Set<Long> articles) {
        visibility.brought(index, articles);
    }

    @Override
    public void told(Sync.Report report) {
        kept.addAndGet(report.kept().size());
        refused.addAndGet(report.refused().size());
    }

    @Override
    public void close() {
        stopLine();
        store.close();
    }
}
