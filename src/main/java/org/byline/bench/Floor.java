package org.byline.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.byline.domain.NewsroomException;

/**
 * The newsroom floor the simulated people share: who handles what (a filed article falls to one
 * desk editor by its number, as sections split a real desk, so two editors never decide on the
 * same copy), what was done, how long it took to be seen elsewhere, and what each writer last left.
 */
final class Floor {
    final Visibility visibility;
    final LastWrites lastWrites = new LastWrites();
    /** What the people did, by kind: save, start, submit, approve, return, and what was refused here. */
    final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();

    private final List<Workstation> desks;
    private final Map<Long, Workstation> byPerson;
    private final long endsAt;
    private final AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();

    Floor(Visibility visibility, List<Workstation> reporters, List<Workstation> desks, long endsAt) {
        this.visibility = visibility;
        this.desks = desks;
        this.byPerson = reporters.stream().collect(Collectors.toMap(w -> w.person.id(), Function.identity()));
        this.endsAt = endsAt;
    }

    /** The desk editor article {@code id} falls to. */
    Workstation deskFor(long id) {
        return desks.get((int) (id % desks.size()));
    }

    /** The workstation of the reporter with person id {@code personId}. */
    Workstation reporter(long personId) {
        return byPerson.get(personId);
    }

    boolean open() {
        return System.nanoTime() < endsAt;
    }

    void count(String what) {
        done.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Something the workstation refused before anything changed in its copy: a desk decision
     * while the server was away ("waitedForServer", tried again at the next look), or anything else.
     */
    void refusedHere(NewsroomException e) {
        count(e.key().equals("error.newsroom.needsServer") ? "waitedForServer" : "refusedHere");
    }

    /** A step that failed otherwise than by a refusal; the first one is kept to be shown. */
    void failed(RuntimeException e) {
        count("failedHere");
        firstFailure.compareAndSet(null, e);
    }

    /** The first step that failed, or null. */
    RuntimeException firstFailure() {
        return firstFailure.get();
    }

    int counted(String what) {
        AtomicInteger n = done.get(what);
        return n == null ? 0 : n.get();
    }
}
