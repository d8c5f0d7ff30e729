package org.byline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Revision;

/** {@link RevisionStore} in SQLite. */
public final class SqliteRevisionStore implements RevisionStore {
    private static final String SELECT_REVISION = """
            SELECT id, article_id, number, kind, by_name, at, headline, subheadline, section, tags, body, byline
              FROM revisions""";
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {};

    private final Database db;
    private final SqliteArticleStore articles;
    private final Clock clock;
    private static final ObjectMapper TAG_WRITER = new ObjectMapper();
    private final ObjectMapper json = new ObjectMapper();

    public SqliteRevisionStore(Database db, SqliteArticleStore articles, Clock clock) {
        this.db = db;
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public Revision record(long articleId, String kind, Person by) {
        return db.write(c -> insert(c, stored(c, articleId), kind, by));
    }

    @Override
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

    @Override
    public List<Revision> ofArticle(long articleId) {
        return db.read(c -> {
            try (PreparedStatement st =
                    c.prepareStatement(SELECT_REVISION + " WHERE article_id = ? ORDER BY number DESC")) {
                st.setLong(1, articleId);
                return revisions(st.executeQuery());
            }
        });
    }

    @Override
    public Optional<Revision> find(long revisionId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_REVISION + " WHERE id = ?")) {
                st.setLong(1, revisionId);
                return revisions(st.executeQuery()).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<Revision> find(long articleId, int number) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_REVISION + " WHERE article_id = ? AND number = ?")) {
                st.setLong(1, articleId);
                st.setInt(2, number);
                return revisions(st.executeQuery()).stream().findFirst();
            }
        });
    }

    private static Article stored(Connection c, long articleId) throws SQLException {
        return SqliteArticleStore.findIn(c, articleId)
                .orElseThrow(() -> new NewsroomException("error.unknownArticle", articleId));
    }

    private Revision insert(Connection c, Article article, String kind, Person by) throws SQLException {
        ArticleContent content = article.content();
        Instant at = Instant.ofEpochMilli(clock.millis());
        int number;
        try (PreparedStatement st =
                c.prepareStatement("SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE article_id = ?")) {
            st.setLong(1, article.id());
            ResultSet rs = st.executeQuery();
            rs.next();
            number = rs.getInt(1);
        }
        // validates the kind before the CHECK constraint would, with a message a person can read
        Revision revision = new Revision(0, article.id(), number, kind, by.name(), at, content, article.byline());
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO revisions (article_id, number, kind, by_name, by_person_id, at,
                                       headline, subheadline, section, tags, body, byline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            st.setLong(1, article.id());
            st.setInt(2, number);
            st.setString(3, kind);
            st.setString(4, by.name());
            st.setLong(5, by.id());
            st.setLong(6, at.toEpochMilli());
            st.setString(7, content.headline());
            st.setString(8, content.subheadline());
            st.setString(9, content.section());
            st.setString(10, tagsJson(content.tags()));
            st.setString(11, content.body());
            st.setString(12, article.byline());
            st.executeUpdate();
        }
        return new Revision(
                Rows.lastId(c), revision.articleId(), number, kind, by.name(), at, content, article.byline());
    }

    private List<Revision> revisions(ResultSet rs) throws SQLException {
        List<Revision> list = new ArrayList<>();
        while (rs.next()) {
            ArticleContent content = new ArticleContent(
                    rs.getString("headline"),
                    rs.getString("subheadline"),
                    rs.getString("section"),
                    tags(rs.getString("tags")),
                    rs.getString("body"));
            list.add(new Revision(
                    rs.getLong("id"),
                    rs.getLong("article_id"),
                    rs.getInt("number"),
                    rs.getString("kind"),
                    rs.getString("by_name"),
                    Instant.ofEpochMilli(rs.getLong("at")),
                    content,
                    rs.getString("byline")));
        }
        return list;
    }

    /** Tags as revisions keep them: a JSON array of strings, in order (the newsroom server's too). */
    static String tagsJson(List<String> tags) {
        try {
            return TAG_WRITER.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags as JSON", e);
        }
    }

    private List<String> tags(String stored) {
        try {
            return json.readValue(stored, TAGS);
        } catch (JsonProcessingException e) {
            throw new NewsroomException("error.databaseCorrupt", e);
        }
    }
}
