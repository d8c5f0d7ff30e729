package org.byline.store;

import java.time.Instant;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.Transition;

/**
 * Imported articles, stored whole or not at all: the draft, its 등록 time, its photos and the
 * history line naming the file it came from are one transaction, so a failure part-way leaves no
 * article without its photos behind.
 */
public interface ImportStore {
    /** What one imported file becomes: a draft of {@code owner} with these photos, the one at {@code lead} the lead. */
    record NewArticle(
            ArticleContent content, Person owner, String byline, Instant registeredAt, List<Photo> photos, int lead) {
        public NewArticle {
            photos = List.copyOf(photos);
        }
    }

    record Stored(Article article, List<Photo> photos) {}

    /**
     * @param history the line recording the import; its article id is filled in here
     * @return the stored article and its stored photos
     */
    Stored create(NewArticle article, Transition history);
}
