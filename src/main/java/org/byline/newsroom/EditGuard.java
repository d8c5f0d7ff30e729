package org.byline.newsroom;

import java.time.Clock;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleLock;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Transition;
import org.byline.render.SiteTime;
import org.byline.store.ArticleStore;

/**
 * What every change to an article's text or photos goes through, from the window or the command
 * line alike: it waits while somebody else holds the article's lock (as the window opens it
 * read-only then), and a change by anyone but the article's reporter is written into its history.
 */
final class EditGuard {
    private final Locks locks;
    private final ArticleStore articles;
    private final Clock clock;

    EditGuard(Locks locks, ArticleStore articles, Clock clock) {
        this.locks = locks;
        this.articles = articles;
        this.clock = clock;
    }

    /** Refused, saying who holds it since when, while another person's lock is alive; a stale one does not block. */
    void requireUnlocked(long articleId, Person by) {
        Optional<ArticleLock> held = locks.holder(articleId);
        if (held.isPresent() && held.get().holderId() != by.id() && !locks.isStale(held.get())) {
            ArticleLock lock = held.get();
            throw new NewsroomException(
                    "error.lock.editing",
                    articleId,
                    lock.holder(),
                    SiteTime.format(lock.since()),
                    SiteTime.format(lock.heartbeat()));
        }
    }

    /** The history line a change by {@code by} needs, or null when {@code by} wrote the article. */
    Transition line(Article article, Person by, String note) {
        if (by.wrote(article)) {
            return null;
        }
        return new Transition(
                article.id(), article.status(), article.status(), DeskAction.EDIT, by.name(), clock.instant(), note);
    }

    /** Records a change already made (a photo added or taken off) when {@code by} is not the reporter. */
    void record(long articleId, Person by, String note) {
        Article article =
                articles.find(articleId).orElseThrow(() -> new NewsroomException("error.unknownArticle", articleId));
        Transition line = line(article, by, note);
        if (line != null) {
            articles.recordEdit(line, by);
        }
    }
}
