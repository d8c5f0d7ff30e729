package org.byline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.byline.domain.ArticleContent;

/**
 * The server's rows written into a newsroom copy, inside {@link NewsroomCopy#writeServerChanges}:
 * ids are the newsroom's, so the number a person sees is the same on every workstation.
 */
final class NewsroomRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {};

    private NewsroomRows() {}

    /** One article as the server holds it, with its history and revisions (rows as read). */
    record ServerArticle(
            long id,
            long version,
            long changeSeq,
            String status,
            ArticleContent content,
            Long sectionId,
            String byline,
            long reporterId,
            Instant createdAt,
            Instant updatedAt,
            Instant registeredAt,
            Instant modifiedAt,
            Instant submittedAt,
            Instant embargoUntil,
            String returnNote,
            String correctionNote,
            String statusBeforeSpike,
            List<Object[]> history,
            List<Object[]> revisions,
            List<Object[]> photos) {}

    static ServerArticle serverArticle(ResultSet rs) throws SQLException {
        long sectionId = rs.getLong("section_id");
        Long section = rs.wasNull() ? null : sectionId;
        ArticleContent content = new ArticleContent(
                rs.getString("headline"),
                rs.getString("subheadline"),
                "",
                tags(rs.getString(20)),
                rs.getString("body"));
        return new ServerArticle(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getLong("change_seq"),
                rs.getString("status"),
                content,
                section,
                rs.getString("byline"),
                rs.getLong("reporter_id"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "registered_at"),
                instant(rs, "modified_at"),
                instant(rs, "submitted_at"),
                instant(rs, "embargo_until"),
                rs.getString("return_note"),
                rs.getString("correction_note"),
                rs.getString("status_before_spike"),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> tags(String json) {
        try {
            return JSON.readValue(json, TAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the server's tags are not a JSON array: " + json, e);
        }
    }

    /** Rows of (id, name, email, role, created_at); passwords stay as they are here. */
    static void people(Connection c, List<Object[]> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO people (id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, role = excluded.role""")) {
            for (Object[] row : rows) {
                st.setLong(1, ((Number) row[0]).longValue());
                st.setString(2, (String) row[1]);
                st.setString(3, (String) row[2]);
                st.setString(4, (String) row[3]);
                st.setLong(5, NewsroomExchange.at(row[4]).toEpochMilli());
                st.executeUpdate();
            }
        }
    }

    /** Rows of (id, name, position, retired). */
    static void sections(Connection c, List<Object[]> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO sections (id, name, position, retired) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE
                   SET name = excluded.name, position = excluded.position, retired = excluded.retired""")) {
            for (Object[] row : rows) {
                st.setLong(1, ((Number) row[0]).longValue());
                st.setString(2, (String) row[1]);
                st.setInt(3, ((Number) row[2]).intValue());
                st.setInt(4, Boolean.TRUE.equals(row[3]) ? 1 : 0);
                st.executeUpdate();
            }
        }
    }

    /** Rows of (article_id, holder_person_id, holder_name, since, heartbeat, process): the server's locks, all of them. */
    static void locks(Connection c, List<Object[]> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM locks")) {
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO locks"
                + " (article_id, holder_person_id, holder_name, since, heartbeat, process)"
                + " SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)"
                + " AND EXISTS (SELECT 1 FROM people WHERE id = ?)")) {
            for (Object[] row : rows) {
                long article = ((Number) row[0]).longValue();
                long holder = ((Number) row[1]).longValue();
                st.setLong(1, article);
                st.setLong(2, holder);
                st.setString(3, (String) row[2]);
                st.setLong(4, NewsroomExchange.at(row[3]).toEpochMilli());
                st.setLong(5, NewsroomExchange.at(row[4]).toEpochMilli());
                st.setString(6, (String) row[5]);
                st.setLong(7, article);
                st.setLong(8, holder);
                st.executeUpdate();
            }
        }
    }

    /** Which settings are the newsroom's (V10's triggers send the same ones); the rest are this workstation's. */
    static final String SHARED_SETTINGS =
            "(key LIKE 'outlet.%' OR key LIKE 'manuscript.%' OR key LIKE 'photos.%' OR key LIKE 'houseStyle.%')";

    /**
     * Rows of (key, value): the newsroom's settings as the server has them, except a key whose
     * change made here still waits to be sent.
     */
    static void settings(Connection c, List<Object[]> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM settings WHERE " + SHARED_SETTINGS
                + " AND key NOT IN (SELECT note FROM sync_outgoing WHERE kind = 'setting')")) {
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO settings (key, value) SELECT ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM sync_outgoing WHERE kind = 'setting' AND note = ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            for (Object[] row : rows) {
                st.setString(1, (String) row[0]);
                st.setString(2, (String) row[1]);
                st.setString(3, (String) row[0]);
                st.executeUpdate();
            }
        }
    }

    /**
     * Writes {@code articles} in, except those with changes of their own still waiting here, and
     * records {@code upTo} as the last change seen. An article whose server version moved on takes
     * a new local version too, so a window still holding the old text is told, not overwritten.
     */
    /** Records {@code xmin} as the oldest server transaction to read again next time. */
    static void lookedAt(Connection c, long xmin) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE sync_state SET last_xmin = ?")) {
            st.setLong(1, xmin);
            st.executeUpdate();
        }
    }

    static Set<Long> articles(Connection c, List<ServerArticle> articles, long upTo) throws SQLException {
        Set<Long> written = new TreeSet<>();
        for (ServerArticle a : articles) {
            if (NewsroomCopy.hasWaiting(c, a.id())) {
                try (PreparedStatement st =
                        c.prepareStatement("INSERT OR IGNORE INTO sync_refetch (article_id) VALUES (?)")) {
                    st.setLong(1, a.id());
                    st.executeUpdate();
                }
                continue;
            }
            delete(c, "DELETE FROM sync_refetch WHERE article_id = ?", a.id());
            upsert(c, a);
            SqliteArticleStore.writeTags(c, a.id(), a.content().tags());
            SqliteSearchIndex.index(c, a.id(), a.content());
            history(c, a);
            revisions(c, a);
            photos(c, a);
            written.add(a.id());
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE sync_state SET last_change = max(last_change, ?)")) {
            st.setLong(1, upTo);
            st.executeUpdate();
        }
        return written;
    }

    private static void upsert(Connection c, ServerArticle a) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO articles (id, version, status, headline, subheadline, section_id, body, byline, reporter_id,
                                      created_at, updated_at, registered_at, modified_at, submitted_at, embargo_until,
                                      return_note, correction_note, status_before_spike, server_version)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    version = CASE WHEN articles.server_version IS excluded.server_version THEN articles.version
                                   ELSE articles.version + 1 END,
                    status = excluded.status, headline = excluded.headline, subheadline = excluded.subheadline,
                    section_id = excluded.section_id, body = excluded.body, byline = excluded.byline,
                    reporter_id = excluded.reporter_id, created_at = excluded.created_at,
                    updated_at = excluded.updated_at, registered_at = excluded.registered_at,
                    modified_at = excluded.modified_at, submitted_at = excluded.submitted_at,
                    embargo_until = excluded.embargo_until, return_note = excluded.return_note,
                    correction_note = excluded.correction_note, status_before_spike = excluded.status_before_spike,
                    server_version = excluded.server_version""")) {
            ArticleContent content = a.content();
            st.setLong(1, a.id());
            st.setString(2, a.status());
            st.setString(3, content.headline());
            st.setString(4, content.subheadline());
            Rows.setNullableLong(st, 5, a.sectionId());
            st.setString(6, content.body());
            st.setString(7, a.byline());
            st.setLong(8, a.reporterId());
            Rows.setInstant(st, 9, a.createdAt());
            Rows.setInstant(st, 10, a.updatedAt());
            Rows.setInstant(st, 11, a.registeredAt());
            Rows.setInstant(st, 12, a.modifiedAt());
            Rows.setInstant(st, 13, a.submittedAt());
            Rows.setInstant(st, 14, a.embargoUntil());
            st.setString(15, a.returnNote());
            st.setString(16, a.correctionNote());
            st.setString(17, a.statusBeforeSpike());
            st.setLong(18, a.version());
            st.executeUpdate();
        }
    }

    /** (from, to, action, by_person_id, by_name, at, note) */
    private static void history(Connection c, ServerArticle a) throws SQLException {
        delete(c, "DELETE FROM transitions WHERE article_id = ?", a.id());
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO transitions (article_id, from_status, to_status, action, by_person_id, by_name, at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Object[] row : a.history()) {
                st.setLong(1, a.id());
                st.setString(2, (String) row[0]);
                st.setString(3, (String) row[1]);
                st.setString(4, (String) row[2]);
                st.setLong(5, ((Number) row[3]).longValue());
                st.setString(6, (String) row[4]);
                st.setLong(7, NewsroomExchange.at(row[5]).toEpochMilli());
                st.setString(8, (String) row[6]);
                st.executeUpdate();
            }
        }
    }

    /** (number, kind, by_name, by_person_id, at, headline, subheadline, section, tags, body, byline) */
    private static void revisions(Connection c, ServerArticle a) throws SQLException {
        delete(c, "DELETE FROM revisions WHERE article_id = ?", a.id());
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO revisions (article_id, number, kind, by_name, by_person_id, at,
                                       headline, subheadline, section, tags, body, byline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Object[] row : a.revisions()) {
                st.setLong(1, a.id());
                st.setInt(2, ((Number) row[0]).intValue());
                st.setString(3, (String) row[1]);
                st.setString(4, (String) row[2]);
                Rows.setNullableLong(st, 5, row[3] == null ? null : ((Number) row[3]).longValue());
                st.setLong(6, NewsroomExchange.at(row[4]).toEpochMilli());
                for (int i = 5; i <= 10; i++) {
                    st.setString(i + 2, (String) row[i]);
                }
                st.executeUpdate();
            }
        }
    }

    /** The columns of an article's photos, in the order both sides read and write them. */
    private static final String PHOTO_COLUMNS =
            "position, sha256, original_name, media_type, width, height, orientation,"
                    + " caption, credit, alt, byline, copyright, captured_at, lead, created_at";

    /** The photos of some articles on the server (%s: their ids), each row led by its article's id. */
    static final String SERVER_PHOTOS = "SELECT article_id, " + PHOTO_COLUMNS
            + " FROM photos WHERE article_id IN (%s) ORDER BY article_id, position";

    /** An article's photos here, as {@link #SERVER_PHOTOS} reads them there (times as epoch ms, lead as 0/1). */
    static List<Object[]> localPhotos(Connection c, long articleId) throws SQLException {
        return Rows.objects(
                c,
                "SELECT " + PHOTO_COLUMNS + " FROM photos WHERE article_id = " + articleId + " ORDER BY position",
                15);
    }

    /** The server's photo set of the article, in place of this copy's. */
    private static void photos(Connection c, ServerArticle a) throws SQLException {
        delete(c, "DELETE FROM photos WHERE article_id = ?", a.id());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO photos (article_id, " + PHOTO_COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] p : a.photos()) {
                st.setLong(1, a.id());
                st.setInt(2, ((Number) p[0]).intValue());
                for (int i = 1; i <= 3; i++) {
                    st.setString(2 + i, (String) p[i]);
                }
                for (int i = 4; i <= 6; i++) {
                    st.setInt(2 + i, ((Number) p[i]).intValue());
                }
                for (int i = 7; i <= 11; i++) {
                    st.setString(2 + i, (String) p[i]);
                }
                Rows.setInstant(st, 14, p[12] == null ? null : NewsroomExchange.at(p[12]));
                st.setInt(15, Boolean.TRUE.equals(p[13]) ? 1 : 0);
                st.setLong(16, NewsroomExchange.at(p[14]).toEpochMilli());
                st.executeUpdate();
            }
        }
    }

    private static void delete(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }
}
