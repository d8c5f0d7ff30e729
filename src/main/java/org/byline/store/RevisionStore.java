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
     * A restore, all or nothing: the text the article has now is kept first as a revision of kind
     * manual (unless the newest revision already holds exactly that), then {@code content} is saved
     * over {@code expectedVersion} and recorded as a revision of kind restore. A refused restore (a
     * stale version) leaves no stray copy behind.
     */
    Article restoreKeepingCurrent(
            long articleId, long expectedVersion, ArticleContent content, String byline, Person by);

    /** The article's revisions, newest first. */
    List<Revision> ofArticle(long articleId);

    Optional<Revision> find(long revisionId);

    Optional<Revision> find(long articleId, int number);
}
