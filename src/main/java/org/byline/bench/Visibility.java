package org.byline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.byline.domain.Article;
import org.byline.domain.NewsroomException;
import org.byline.newsroom.Drafting;

/**
 * Newsroom visibility: from the moment a change is in the copy of the workstation that made it
 * until the copy of one named other workstation holds it (the desk that handles a filed article,
 * the reporter whose article the desk decided on). Each workstation's line says which articles it
 * brought, as it tells the window; the article is then read from that copy and checked.
 */
final class Visibility {
    /** One change on its way: to which workstation, since when, and what that copy must show. */
    private record Watch(String what, int target, Drafting targetCopy, long since, Predicate<Article> holds) {}

    /** One change timed: when it was made (System.nanoTime) and how long until the other copy held it. */
    record Seen(long madeAt, double millis) {}

    private final Map<Long, Watch> watching = new ConcurrentHashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger superseded = new AtomicInteger();

    /**
     * Starts the clock for a change to article {@code id} just made: seen once {@code target}'s
     * copy holds an article for which {@code holds} is true. A change still unseen when the next
     * one to the same article comes is given up (counted, never timed).
     */
    void watch(long id, String what, int target, Drafting targetCopy, Predicate<Article> holds) {
        Watch w = new Watch(what, target, targetCopy, System.nanoTime(), holds);
        if (watching.put(id, w) != null) {
            superseded.incrementAndGet();
        }
        // the line may have sent it and the other copy brought it before the watch was set
        look(id, w);
    }

    /** What a workstation's line brought into its copy (on the line's thread). */
    void brought(int workstation, Set<Long> ids) {
        for (long id : ids) {
            Watch w = watching.get(id);
            if (w != null && w.target() == workstation) {
                look(id, w);
            }
        }
    }

    private void look(long id, Watch w) {
        Article held;
        try {
            held = w.targetCopy().open(id);
        } catch (NewsroomException notThereYet) {
            return;
        }
        if (w.holds().test(held) && watching.remove(id, w)) {
            seen.add(new Seen(w.since(), (System.nanoTime() - w.since()) / 1e6));
        }
    }

    List<Seen> seen() {
        synchronized (seen) {
            return new ArrayList<>(seen);
        }
    }

    /** Changes whose workstation never showed them (at the end of the run). */
    int unseen() {
        return watching.size();
    }

    /** The changes never seen, one line each: what, where it was awaited, how old, what that copy shows now. */
    List<String> unseenLines() {
        List<String> lines = new ArrayList<>();
        long now = System.nanoTime();
        watching.forEach((id, w) -> {
            String shows;
            try {
                Article a = w.targetCopy().open(id);
                shows = a.status().code() + (a.returnNote().isEmpty() ? "" : " (" + a.returnNote() + ")");
            } catch (NewsroomException e) {
                shows = "nothing";
            }
            lines.add(String.format(
                    "article %d %s, awaited on workstation %d for %.1f s; it shows %s",
                    id, w.what(), w.target(), (now - w.since()) / 1e9, shows));
        });
        return lines;
    }

    int superseded() {
        return superseded.get();
    }
}
