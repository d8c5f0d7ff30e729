package org.byline.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Revision;

/**
 * Revisions of articles: copies of the stored text, numbered per article. The number is taken
 * inside the write transaction, so two processes recording at once get 3 and 4, never 3 twice.
 */
public interface RevisionStore {
    /** Keeps the article's stored text, as it is at this moment, as its next revision. */
    Revision record(long articleId, String kind, Person by);

    /**
     * Saves {@code content} as the article's newest version over {@code expectedVersion} and
     * records it as a revision of kind {@code kind}, both or neither.
     *
     * @throws org.byline.domain.StaleVersionException when somebody saved in the meantime
     */
    Article saveAsRevision(
            long articleId, long expectedVersion, ArticleContent content, String byline, String kind, Person by);

    /**
     * A restore, all or nothing: the text the article has now is kept first as a revision of kind
     * manual (unless the newest revision already holds exactly that), then {@code content} is saved
     * over {@code expectedVersion} and recorded as a revision of kind restore. A refused restore (a
     * stale version) leaves no stray copy behind.
     */
    public Article restoreKeepingCurrent(
            long articleId, long expectedVersion, ArticleContent content, String byline, Person by) {
        return db.write(c -> {
            Article current = stored(c, articleId);
            if (!newestHolds(c, current)) {
                insert(c, current, Revision.MANUAL, by);
            }
            articles.saveIn(c, articleId, expectedVersion, content, byline);
            Article saved = stored(c, articleId);
            insert(c, saved, Revision.RESTORE, by);
            return saved;
        });
    }

    private boolean newestHolds(Connection c, Article article) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement(SELECT_REVISION + " WHERE article_id = ? ORDER BY number DESC LIMIT 1")) {
            st.setLong(1, article.id());
            return revisions(st.executeQuery()).stream()
                    .findFirst()
                    .filter(newest -> newest.content().equals(article.content())
                            && Objects.equals(newest.byline(), article.byline()))
                    .isPresent();
        }
    }

    /** The article's revisions, newest first. */
    List<Revision> ofArticle(long articleId);

    Optional<Revision> find(long revisionId);

    Optional<Revision> find(long articleId, int number);
}
