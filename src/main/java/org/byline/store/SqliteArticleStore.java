package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Transition;

/**
 * Articles, their tags and their search index ({@link SqliteSearchIndex#index}) in SQLite, kept in
 * step in one transaction.
 */
public final class SqliteArticleStore implements ArticleStore {
    private final Database db;
    private final Clock clock;

    public SqliteArticleStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Article create(ArticleContent content, Person reporter) {
        return create(content, reporter, null);
    }

    @Override
    public Article create(ArticleContent content, Person reporter, String byline) {
        String named = byline == null || byline.isBlank() ? reporter.name() : byline.strip();
        long id = db.write(c -> insert(c, normal(content), reporter, named, clock.millis()));
        return find(id).orElseThrow();
    }

    @Override
    public void createAll(List<ArticleContent> contents, Person reporter) {
        db.write(c -> {
            long now = clock.millis();
            for (ArticleContent content : contents) {
                insert(c, normal(content), reporter, reporter.name(), now);
            }
            return null;
        });
    }

    @Override
    public Article save(long id, long expectedVersion, ArticleContent content) {
        return save(id, expectedVersion, content, null);
    }

    @Override
    public Article save(long id, long expectedVersion, ArticleContent content, String byline) {
        db.write(c -> {
            saveIn(c, id, expectedVersion, content, byline);
            return null;
        });
        return find(id).orElseThrow();
    }

    @Override
    public Article save(
            long id, long expectedVersion, ArticleContent content, String byline, Transition record, Person by) {
        db.write(c -> {
            saveIn(c, id, expectedVersion, content, byline);
            recordIn(c, record, by);
            return null;
        });
        return find(id).orElseThrow();
    }

    @Override
    public void recordEdit(Transition record, Person by) {
        db.write(c -> {
            recordIn(c, record, by);
            return null;
        });
    }

    private static void recordIn(Connection c, Transition record, Person by) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT action, by_person_id, note FROM transitions WHERE article_id = ? ORDER BY at DESC, id DESC LIMIT 1""")) {
            st.setLong(1, record.articleId());
            ResultSet rs = st.executeQuery();
            if (rs.next()
                    && rs.getString(1).equals(record.action().code())
                    && rs.getLong(2) == by.id()
                    && rs.getString(3).equals(Text.nfc(record.note()))) {
                return;
            }
        }
        SqliteDeskStore.insert(c, record, by);
    }

    /**
     * The save, inside a transaction another store began (a restore stores its revision in the
     * same one); a null byline keeps the stored one.
     */
    void saveIn(Connection c, long id, long expectedVersion, ArticleContent content, String byline)
            throws SQLException {
        ArticleContent clean = normal(content);
        Long sectionId = sectionId(c, clean.section(), id);
        long now = clock.millis();
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE articles
                   SET version = version + 1, headline = ?, subheadline = ?, section_id = ?, body = ?,
                       byline = coalesce(?, byline), updated_at = ?,
                       modified_at = CASE WHEN status IN ('approved', 'published') THEN ? ELSE modified_at END
                 WHERE id = ? AND version = ?""")) {
            st.setString(1, clean.headline());
            st.setString(2, clean.subheadline());
            Rows.setNullableLong(st, 3, sectionId);
            st.setString(4, clean.body());
            st.setString(5, byline == null ? null : Text.nfc(byline.strip()));
            st.setLong(6, now);
            st.setLong(7, now);
            st.setLong(8, id);
            st.setLong(9, expectedVersion);
            if (st.executeUpdate() == 0) {
                long stored = storedVersion(c, id);
                throw new StaleVersionException(id, expectedVersion, stored);
            }
        }
        writeTags(c, id, clean.tags());
        SqliteSearchIndex.index(c, id, clean);
    }

    @Override
    public Optional<Article> find(long id) {
        return db.read(c -> findIn(c, id));
    }

    /** The article as {@code c} sees it, inside that connection's transaction. */
    static Optional<Article> findIn(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(Rows.SELECT_ARTICLE + " WHERE a.id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(Rows.article(rs, tags(c, id)));
        }
    }

    /**
     * A newsroom copy numbers a new article with the smallest number the server lent it (V10);
     * any other store has none lent, and the NULL lets SQLite number it.
     */
    static long insert(Connection c, ArticleContent content, Person reporter, String byline, long now)
            throws SQLException {
        Long sectionId = sectionId(c, content.section(), 0);
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO articles (id, headline, subheadline, section_id, body, byline, reporter_id, created_at, updated_at)
                VALUES ((SELECT min(id) FROM reserved_article_ids), ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            st.setString(1, content.headline());
            st.setString(2, content.subheadline());
            Rows.setNullableLong(st, 3, sectionId);
            st.setString(4, content.body());
            st.setString(5, Text.nfc(byline));
            st.setLong(6, reporter.id());
            st.setLong(7, now);
            st.setLong(8, now);
            st.executeUpdate();
        }
        long id = Rows.lastId(c);
        writeTags(c, id, content.tags());
        SqliteSearchIndex.index(c, id, content);
        return id;
    }

    /**
     * The id of the section named {@code section}. A retired section is refused unless article
     * {@code articleId} already has it: old articles keep their section, new ones cannot take it.
     */
    static Long sectionId(Connection c, String section, long articleId) throws SQLException {
        if (section == null || section.isBlank()) {
            return null;
        }
        try (PreparedStatement st = c.prepareStatement("""
                SELECT s.id, s.retired, EXISTS (SELECT 1 FROM articles a WHERE a.id = ? AND a.section_id = s.id)
                  FROM sections s WHERE s.name = ?""")) {
            st.setLong(1, articleId);
            st.setString(2, section);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                throw new NewsroomException("error.unknownSection", section, SectionRows.activeNames(c));
            }
            if (rs.getInt(2) != 0 && rs.getInt(3) == 0) {
                throw new NewsroomException("error.retiredSection", section, SectionRows.activeNames(c));
            }
            return rs.getLong(1);
        }
    }

    private static long storedVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT version FROM articles WHERE id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                throw new NewsroomException("error.unknownArticle", id);
            }
            return rs.getLong(1);
        }
    }

    static void writeTags(Connection c, long id, List<String> tags) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_tags WHERE article_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)")) {
            for (int i = 0; i < tags.size(); i++) {
                st.setLong(1, id);
                st.setInt(2, i);
                st.setString(3, tags.get(i));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static List<String> tags(Connection c, long id) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            List<String> tags = new ArrayList<>();
            while (rs.next()) {
                tags.add(rs.getString(1));
            }
            return tags;
        }
    }

    static ArticleContent normal(ArticleContent c) {
        return new ArticleContent(
                Text.nfc(c.headline()),
                Text.nfc(c.subheadline()),
                Text.nfc(c.section()),
                c.tags().stream().map(Text::nfc).toList(),
                Text.nfc(c.body()));
    }
}
