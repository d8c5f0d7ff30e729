package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;

/**
 * What the stores share in reading and writing rows: times kept as epoch milliseconds (null where
 * the column is), the id a row was just given, and an article as {@link #SELECT_ARTICLE} reads it.
 */
final class Rows {
    /** An article with its reporter and section; the caller adds the WHERE (tags are read apart). */
    static final String SELECT_ARTICLE = """
            SELECT a.id, a.version, a.status, a.headline, a.subheadline, s.name AS section, a.body, a.byline,
                   a.created_at, a.updated_at, a.registered_at, a.modified_at,
                   a.submitted_at, a.embargo_until, a.return_note, a.correction_note, a.status_before_spike,
                   p.id AS person_id, p.name, p.email, p.role
              FROM articles a
              JOIN people p ON p.id = a.reporter_id
              LEFT JOIN sections s ON s.id = a.section_id
            """;

    private Rows() {}

    /** The id the connection's last INSERT gave its row. */
    static long lastId(Connection c) throws SQLException {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A time column, null where the column is NULL. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static void setNullableLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    /** A time as epoch milliseconds, or NULL. */
    static void setInstant(PreparedStatement st, int index, Instant value) throws SQLException {
        setNullableLong(st, index, value == null ? null : value.toEpochMilli());
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The article on the current row of a {@link #SELECT_ARTICLE} query. */
    static Article article(ResultSet rs, List<String> tags) throws SQLException {
        ArticleContent content = new ArticleContent(
                rs.getString("headline"),
                rs.getString("subheadline"),
                nullToEmpty(rs.getString("section")),
                tags,
                rs.getString("body"));
        Person reporter = new Person(
                rs.getLong("person_id"),
                rs.getString("name"),
                rs.getString("email"),
                Role.fromCode(rs.getString("role")));
        return new Article(
                rs.getLong("id"),
                rs.getLong("version"),
                Status.fromCode(rs.getString("status")),
                content,
                rs.getString("byline"),
                reporter,
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "registered_at"),
                instant(rs, "modified_at"),
                instant(rs, "submitted_at"),
                instant(rs, "embargo_until"),
                rs.getString("return_note"),
                rs.getString("correction_note"));
    }

    /**
     * Every row of {@code sql} as plain values, {@code columns} of them, times as {@link Instant}s:
     * what the newsroom exchange and move-in carry between a SQLite store and the server.
     */
    static List<Object[]> objects(Connection c, String sql, int columns) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = rs.getObject(i + 1);
                    row[i] = value instanceof Timestamp t ? t.toInstant() : value;
                }
                found.add(row);
            }
        }
        return found;
    }
}
