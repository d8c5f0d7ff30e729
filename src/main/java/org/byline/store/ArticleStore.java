package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.SearchHit;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.byline.domain.Transition;

/**
 * Articles, their tags and their search index, kept in step in one transaction. Every save names
 * the version it started from; a save against an older version is refused, never merged or
 * overwritten.
 */
public final class ArticleStore {
    private final Database db;
    private final Clock clock;

    public ArticleStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores a new draft by {@code reporter} and returns it at version 1. */
    public Article create(ArticleContent content, Person reporter) {
        return create(content, reporter, null);
    }

    /** A new draft with the byline as typed; null or blank is the reporter's own name. */
    public Article create(ArticleContent content, Person reporter, String byline) {
        String named = byline == null || byline.isBlank() ? reporter.name() : byline.strip();
        long id = db.write(c -> insert(c, normal(content), reporter, named, clock.millis()));
        return find(id).orElseThrow();
    }

    /** Stores many new drafts in one transaction (demo data, imports, benchmarks). */
    public void createAll(List<ArticleContent> contents, Person reporter) {
        db.write(c -> {
            long now = clock.millis();
            for (ArticleContent content : contents) {
                insert(c, normal(content), reporter, reporter.name(), now);
            }
            return null;
        });
    }

    /**
     * Saves {@code content} over version {@code expectedVersion} of article {@code id}.
     *
     * @throws StaleVersionException when somebody saved a newer version in the meantime
     */
    public Article save(long id, long expectedVersion, ArticleContent content) {
        return save(id, expectedVersion, content, null);
    }

    /** The same, with the byline as the reporter typed it; null keeps the stored one. */
    public Article save(long id, long expectedVersion, ArticleContent content, String byline) {
        db.write(c -> {
            saveIn(c, id, expectedVersion, content, byline);
            return null;
        });
        return find(id).orElseThrow();
    }

    /**
     * The same, by someone other than the article's reporter: {@code record} goes into the history
     * in the save's transaction, unless {@link #recordEdit} would leave it out.
     */
    public Article save(
            long id, long expectedVersion, ArticleContent content, String byline, Transition record, Person by) {
        db.write(c -> {
            saveIn(c, id, expectedVersion, content, byline);
            recordIn(c, record, by);
            return null;
        });
        return find(id).orElseThrow();
    }

    /**
     * Writes a history line about a change made to the article, unless the article's last line is
     * the same action by the same person with the same note: a window saving every second of one
     * sitting is one line, not hundreds.
     */
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
        DeskStore.insert(c, record, by);
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
        index(c, id, clean);
    }

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

    public int count(QueueFilter filter) {
        return db.read(c -> {
            Where where = Where.of(filter);
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT count(*) FROM articles a JOIN people p ON p.id = a.reporter_id LEFT JOIN sections s ON s.id = a.section_id"
                            + where.sql)) {
                where.bind(st, 1);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** One page of the queue: rows {@code offset} to {@code offset + limit - 1} in the filter's order. */
    public List<ArticleSummary> page(QueueFilter filter, int offset, int limit) {
        return db.read(c -> {
            Where where = Where.of(filter);
            String sql = """
                    SELECT a.id, a.headline, s.name AS section, a.status, p.name AS reporter, a.updated_at,
                           a.submitted_at, a.embargo_until
                      FROM articles a
                      JOIN people p ON p.id = a.reporter_id
                      LEFT JOIN sections s ON s.id = a.section_id""" + where.sql + " ORDER BY " + orderBy(filter) + " LIMIT ? OFFSET ?";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int next = where.bind(st, 1);
                st.setInt(next, limit);
                st.setInt(next + 1, offset);
                ResultSet rs = st.executeQuery();
                List<ArticleSummary> rows = new ArrayList<>(limit);
                while (rs.next()) {
                    rows.add(new ArticleSummary(
                            rs.getLong("id"),
                            rs.getString("headline"),
                            Rows.nullToEmpty(rs.getString("section")),
                            Status.fromCode(rs.getString("status")),
                            rs.getString("reporter"),
                            Instant.ofEpochMilli(rs.getLong("updated_at")),
                            Rows.instant(rs, "submitted_at"),
                            Rows.instant(rs, "embargo_until")));
                }
                return rows;
            }
        });
    }

    /** Articles whose headline or body contains every word of {@code typed}, best first. */
    public List<SearchHit> search(String typed, int limit) {
        String match = SearchGrams.query(typed);
        if (match == null) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT a.id, a.headline
                      FROM article_search
                      JOIN articles a ON a.id = article_search.rowid
                     WHERE article_search MATCH ?
                     ORDER BY bm25(article_search, 4.0, 1.0), a.updated_at DESC
                     LIMIT ?""")) {
                st.setString(1, match);
                st.setInt(2, limit);
                ResultSet rs = st.executeQuery();
                List<SearchHit> hits = new ArrayList<>();
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getLong(1), rs.getString(2)));
                }
                return hits;
            }
        });
    }

    /** The plain scan that search replaces; kept as the benchmark's baseline. */
    public int countContainingByScan(String typed) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT count(*) FROM articles WHERE instr(headline, ?) > 0 OR instr(body, ?) > 0")) {
                String term = Text.nfc(typed);
                st.setString(1, term);
                st.setString(2, term);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    static long insert(Connection c, ArticleContent content, Person reporter, String byline, long now)
            throws SQLException {
        Long sectionId = sectionId(c, content.section(), 0);
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO articles (headline, subheadline, section_id, body, byline, reporter_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
        index(c, id, content);
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
                throw new NewsroomException("error.unknownSection", section, SectionStore.activeNames(c));
            }
            if (rs.getInt(2) != 0 && rs.getInt(3) == 0) {
                throw new NewsroomException("error.retiredSection", section, SectionStore.activeNames(c));
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

    static void index(Connection c, long id, ArticleContent content) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_search WHERE rowid = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO article_search (rowid, headline, body) VALUES (?, ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, SearchGrams.index(content.headline() + " " + content.subheadline()));
            st.setString(3, SearchGrams.index(content.body() + " " + String.join(" ", content.tags())));
            st.executeUpdate();
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

    private static String orderBy(QueueFilter filter) {
        String dir = filter.ascending() ? " ASC" : " DESC";
        return switch (filter.order()) {
            case HEADLINE -> "a.headline" + dir + ", a.id" + dir;
            case SECTION -> "s.name" + dir + ", a.updated_at DESC, a.id DESC";
            case STATUS -> "a.status" + dir + ", a.updated_at DESC, a.id DESC";
            case REPORTER -> "p.name" + dir + ", a.updated_at DESC, a.id DESC";
            case UPDATED -> "a.updated_at" + dir + ", a.id" + dir;
            // never-submitted drafts last either way: they are not waiting for the desk
            case SUBMITTED -> "a.submitted_at IS NULL, a.submitted_at" + dir + ", a.id" + dir;
        };
    }

    /** The WHERE clause of a queue filter and its parameters, in order. */
    private record Where(String sql, List<Object> params) {
        static Where of(QueueFilter filter) {
            Map<String, Object> conditions = new LinkedHashMap<>();
            if (filter.status() != null) {
                conditions.put("a.status = ?", filter.status().code());
            }
            if (filter.section() != null) {
                conditions.put("s.name = ?", Text.nfc(filter.section()));
            }
            if (filter.reporter() != null) {
                conditions.put("p.name = ?", Text.nfc(filter.reporter()));
            }
            if (filter.from() != null) {
                conditions.put("a.updated_at >= ?", filter.from().toEpochMilli());
            }
            if (filter.until() != null) {
                conditions.put("a.updated_at < ?", filter.until().toEpochMilli());
            }
            String match = filter.text() == null ? null : SearchGrams.query(filter.text());
            if (match != null) {
                conditions.put("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)", match);
            } else if (filter.text() != null) {
                conditions.put("? = 1", 0); // only punctuation typed: nothing matches, rather than everything
            }
            String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions.keySet());
            return new Where(sql, new ArrayList<>(conditions.values()));
        }

        int bind(PreparedStatement st, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                st.setObject(i++, p);
            }
            return i;
        }
    }
}
