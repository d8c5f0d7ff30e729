package org.byline.store;

import java.util.List;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Transition;

/**
 * Articles and their tags. Every save names the version it started from; a save against an older
 * version is refused, never merged or overwritten.
 */
public interface ArticleStore {
    /** Stores a new draft by {@code reporter} and returns it at version 1. */
    Article create(ArticleContent content, Person reporter);

    /** A new draft with the byline as typed; null or blank is the reporter's own name. */
    Article create(ArticleContent content, Person reporter, String byline);

    /** Stores many new drafts in one transaction (demo data, imports, benchmarks). */
    void createAll(List<ArticleContent> contents, Person reporter);

    /**
     * Saves {@code content} over version {@code expectedVersion} of article {@code id}.
     *
     * @throws StaleVersionException when somebody saved a newer version in the meantime
     */
    Article save(long id, long expectedVersion, ArticleContent content);

    /** The same, with the byline as the reporter typed it; null keeps the stored one. */
    Article save(long id, long expectedVersion, ArticleContent content, String byline);

    /**
     * The same, by someone other than the article's reporter: {@code record} goes into the history
     * in the save's transaction, unless {@link #recordEdit} would leave it out.
     */
    Article save(long id, long expectedVersion, ArticleContent content, String byline, Transition record, Person by);

    /**
     * Writes a history line about a change made to the article, unless the article's last line is
     * the same action by the same person with the same note: a window saving every second of one
     * sitting is one line, not hundreds.
     */
    void recordEdit(Transition record, Person by);

    Optional<Article> find(long id);
}
