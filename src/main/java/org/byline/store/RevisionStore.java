package org.byline.store;

import java.util.List;
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

    /** The article's revisions, newest first. */
    List<Revision> ofArticle(long articleId);

    Optional<Revision> find(long revisionId);

    Optional<Revision> find(long articleId, int number);
}
