package org.byline.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.byline.domain.ArticleLock;
import org.byline.domain.LockEvent;
import org.byline.domain.LockResult;
import org.byline.domain.Person;

/**
 * Edit locks, one per locked article. Every check-and-take is one transaction: two runs opening the
 * same article at the same moment cannot both get it.
 */
public interface LockStore {
    /** Takes the lock for {@code who} in run {@code process} unless somebody else holds it. */
    LockResult open(long articleId, Person who, String process);

    /** Renews the holder's sign of life; empty when {@code who} does not hold the lock (any more). */
    Optional<ArticleLock> heartbeat(long articleId, Person who);

    /** Gives the lock up; true when it is free now, false when somebody else holds it (left alone). */
    boolean release(long articleId, Person who);

    /**
     * Takes the lock from its holder for {@code by} and records that. {@code stale} and
     * {@code mayBreakFresh} are the newsroom's rules, asked inside the transaction so the lock
     * judged is the lock broken.
     *
     * @return the lock as it was before it was broken
     */
    ArticleLock breakLock(
            long articleId, Person by, String process, Predicate<ArticleLock> stale, boolean mayBreakFresh);

    Optional<ArticleLock> find(long articleId);

    /** Every lock on the store, oldest first. */
    List<ArticleLock> all();

    /** Broken locks of the article, oldest first. */
    List<LockEvent> events(long articleId);
}
