package org.byline.newsroom;

import java.util.Optional;
import org.byline.domain.ArticleLock;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.render.SiteTime;

/**
 * What every change to an article's text or photos goes through, from the window or the command
 * line alike: it waits while somebody else holds the article's lock (as the window opens it
 * read-only then).
 */
final class EditGuard {
    private final Locks locks;

    EditGuard(Locks locks) {
        this.locks = locks;
    }

    /** Refused, saying who holds it since when, while another person's lock is alive; a stale one does not block. */
    void requireUnlocked(long articleId, Person by) {
        Optional<ArticleLock> held = locks.holder(articleId);
        if (held.isPresent() && held.get().holderId() != by.id() && !locks.isStale(held.get())) {
            ArticleLock lock = held.get();
            throw new NewsroomException("error.lock.editing", articleId, lock.holder(), SiteTime.format(lock.since()),
                    SiteTime.format(lock.heartbeat()));
        }
    }
}
