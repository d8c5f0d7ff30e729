package org.byline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
        return decide(store -> store.open(articleId, who, run));
    }

    /** The window's sign of life. Refused, saying why, when the lock was broken or given up meanwhile. */
    public void heartbeat(long articleId, Person who) {
        if (decide(store -> store.heartbeat(articleId, who)).isEmpty()) {
            throw lost(articleId);
        }
    }

    /** Gives the lock up; nothing happens when the article is not locked. Somebody else's lock is refused. */
    public void release(long articleId, Person who) {
        if (!decide(store -> store.release(articleId, who))) {
            // who holds it, as this workstation last heard (on a newsroom copy, the last round)
            String other = local.find(articleId).map(ArticleLock::holder).orElse("?");
            throw new NewsroomException("error.lock.notYours", articleId, other);
        }
    }

    public Optional<ArticleLock> holder(long articleId) {
        return local.find(articleId);
    }

    /** Every lock on the store, oldest first. */
    public List<ArticleLock> all() {
        return local.all();
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
        return decide(store -> store.breakLock(articleId, by, run, this::isStale, mayBreakLocks.test(by)));
    }

    /** The article's broken locks, oldest first. */
    public List<LockEvent> events(long articleId) {
        return decide(store -> store.events(articleId));
    }

    private NewsroomException lost(long articleId) {
        return local.find(articleId)
                .map(other -> new NewsroomException(
                        "error.lock.lostTo", articleId, other.holder(), SiteTime.format(other.since())))
                .orElseGet(() -> new NewsroomException("error.lock.lost", articleId));
    }

    /**
     * Taking, renewing, giving up and taking over go to the server while it answers, so they hold
     * at every workstation; while it is away, to this workstation's own locks. Who holds what is
     * read here, from the copy each round brings up to date, so a save never waits on the network
     * to ask.
     */
    private <T> T decide(Function<LockStore, T> change) {
        Optional<LockStore> there = server.locks();
        if (there.isPresent()) {
            try {
                return change.apply(there.get());
            } catch (NewsroomException e) {
                if (!e.key().equals("error.server.unreachable")) {
                    throw e;
                }
                server.online(false); // the line signs in again once the server answers
            }
        }
        return change.apply(local);
    }
}
