package org.byline.store;

import java.sql.PreparedStatement;
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
public final class ImportStore {
    private final Database db;

    public ImportStore(Database db) {
        this.db = db;
    }

    /** What one imported file becomes: a draft of {@code owner} with these photos, the one at {@code lead} the lead. */
    public record NewArticle(
            ArticleContent content, Person owner, String byline, Instant registeredAt, List<Photo> photos, int lead) {
        public NewArticle {
            photos = List.copyOf(photos);
        }
    }

    /**
     * @param history the line recording the import; its article id is filled in here
     * @return the stored article and its stored photos
     */
    public Stored create(NewArticle article, Transition history) {
        return db.write(c -> {
            long now = history.at().toEpochMilli();
            long id = SqliteArticleStore.insert(
                    c, SqliteArticleStore.normal(article.content()), article.owner(), article.byline(), now);
            if (article.registeredAt() != null) {
                try (PreparedStatement st = c.prepareStatement("UPDATE articles SET registered_at = ? WHERE id = ?")) {
                    st.setLong(1, article.registeredAt().toEpochMilli());
                    st.setLong(2, id);
                    st.executeUpdate();
                }
            }
            List<Photo> photos = PhotoStore.insertAll(c, id, 0, article.photos(), article.lead(), now);
            SqliteDeskStore.insert(
                    c,
                    new Transition(
                            id,
                            history.from(),
                            history.to(),
                            history.action(),
                            history.by(),
                            history.at(),
                            history.note()),
                    article.owner());
            return new Stored(SqliteArticleStore.findIn(c, id).orElseThrow(), photos);
        });
    }

    public record Stored(Article article, List<Photo> photos) {}
}
