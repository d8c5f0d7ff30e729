package org.byline.store;

import java.sql.PreparedStatement;
import java.util.List;
import org.byline.domain.Photo;
import org.byline.domain.Transition;

/** {@link ImportStore} in SQLite. */
public final class SqliteImportStore implements ImportStore {
    private final Database db;

    public SqliteImportStore(Database db) {
        this.db = db;
    }

    @Override
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
            List<Photo> photos = SqlitePhotoStore.insertAll(c, id, 0, article.photos(), article.lead(), now);
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
}
