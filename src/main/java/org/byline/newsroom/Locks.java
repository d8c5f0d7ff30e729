package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.byline.domain.ArticleLock;
import org.byline.domain.LockEvent;
import org.byline.domain.LockResult;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.render.SiteTime;
import org.byline.store.LockStore;

/**
 * Who is editing which article. Opening an article for editing takes its lock; a second person
 * opens it read-only and is told who holds it since when. A window renews its lock every
 * {@link #HEARTBEAT_EVERY}; a lock silent for {@link #STALE_AFTER} belongs to a run that crashed
 * and anyone may break it. Locks only say who should type: the article version still refuses
 * any save made over somebody else's newer one.
 */
public final class Locks {
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(30);
    public static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final LockStore local;
    private final ServerPresence server;
    private final Clock clock;
    private final String run;
    private final Predicate<Person> mayBreakLocks;

    /**
     * @param run           names this Byline run (process, host), so the same person coming back
     *                      from another run is told they are resuming their own lock
     * @param mayBreakLocks who may break a lock that is still alive; a stale one anybody may break
     */
    public Locks(LockStore store, Clock clock, String run, Predicate<Person> mayBreakLocks) {
        this(store, clock, run, mayBreakLocks, new ServerPresence(false));
    }

    /**
     * @param server on a newsroom copy, locks are the server's while it answers, so they hold at
     *               every workstation; while it is away, this workstation's own
     */
    public Locks(LockStore store, Clock clock, String run, Predicate<Person> mayBreakLocks, ServerPresence server) {
        this.local = store;
        this.server = server;
        this.clock = clock;
        this.run = run;
        this.mayBreakLocks = mayBreakLocks;
    }

    /** Takes the lock when it is free or already {@code who}'s; otherwise says who holds it. */
    public LockResult open(long articleId, Person who) {
        return store().open(articleId, who, run);
    }

    /** The window's sign of life. Refused, saying why, when the lock was broken or given up meanwhile. */
    public void heartbeat(long articleId, Person who) {
        if (store().heartbeat(articleId, who).isEmpty()) {
            throw lost(articleId);
        }
    }

    /** Gives the lock up; nothing happens when the article is not locked. Somebody else's lock is refused. */
    public void release(long articleId, Person who) {
        if (!store().release(articleId, who)) {
            ArticleLock other = store().find(articleId).orElseThrow();
            throw new NewsroomException("error.lock.notYours", articleId, other.holder());
        }
    }

    public Optional<ArticleLock> holder(long articleId) {
        return store().find(articleId);
    }

    /** Every lock on the store, oldest first. */
    public List<ArticleLock> all() {
        return store().all();
    }

    /** No heartbeat for {@link #STALE_AFTER}: the holder's window crashed, hung or went to sleep. */
    public boolean isStale(ArticleLock lock) {
        return !lock.heartbeat().plus(STALE_AFTER).isAfter(clock.instant());
    }

    /**
     * Takes the article's lock from its holder for {@code by}, and records who broke whose lock.
     * A stale lock anybody may break; a living one only those {@code mayBreakLocks} allows.
     *
     * @return the lock as it was before it was broken
     */
    public ArticleLock breakLock(long articleId, Person by) {
        return store().breakLock(articleId, by, run, this::isStale, mayBreakLocks.test(by));
    }

    /** The article's broken locks, oldest first. */
    public List<LockEvent> events(long articleId) {
        return store().events(articleId);
    }

    private NewsroomException lost(long articleId) {
        return store().find(articleId)
                .map(other -> new NewsroomException(
                        "error.lock.lostTo", articleId, other.holder(), SiteTime.format(other.since())))
                .orElseGet(() -> new NewsroomException("error.lock.lost", articleId));
    }

    private LockStore store() {
        return server.locks().orElse(local);
    }
}
