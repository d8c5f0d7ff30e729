package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.ArticleSummary;
import org.byline.domain.QueueFilter;
import org.byline.domain.Status;

/** The queue in SQLite: the filter becomes a WHERE clause, its order an ORDER BY. */
public final class SqliteQueueQuery implements QueueQuery {
    private final Database db;

    public SqliteQueueQuery(Database db) {
        this.db = db;
    }

    @Override
    public int count(QueueFilter filter) {
        return db.read(c -> {
            Where where = Where.of(filter);
            // the joins keep every row (every article has its reporter; sections are a left join),
            // so they are made only when a condition names them: with them SQLite counted the desk
            // queue of 100,000 articles through the reporter index in a third of a second
            String from = "SELECT count(*) FROM articles a"
                    + (where.sql.contains("p.name") ? " JOIN people p ON p.id = a.reporter_id" : "")
                    + (where.sql.contains("s.name") ? " LEFT JOIN sections s ON s.id = a.section_id" : "");
            try (PreparedStatement st = c.prepareStatement(from + where.sql)) {
                where.bind(st, 1);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<ArticleSummary> page(QueueFilter filter, int offset, int limit) {
        return db.read(c -> {
            Where where = Where.of(filter);
            String sql = """
                    SELECT a.id, a.headline, s.name AS section, a.status, p.name AS reporter, a.updated_at,
                           a.submitted_at, a.embargo_until, l.holder_name AS editor
                      FROM articles a
                      JOIN people p ON p.id = a.reporter_id
                      LEFT JOIN sections s ON s.id = a.section_id
                      LEFT JOIN locks l ON l.article_id = a.id""" + where.sql + " ORDER BY " + orderBy(filter) + " LIMIT ? OFFSET ?";
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
                            Rows.instant(rs, "embargo_until"),
                            rs.getString("editor")));
                }
                return rows;
            }
        });
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
                conditions.put("a.id IN (" + SqliteSearchIndex.MATCHING_IDS + ")", match);
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
