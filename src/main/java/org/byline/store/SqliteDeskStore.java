package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.byline.domain.Transition;

/** The desk's changes and the history in SQLite: the rule is asked inside the write transaction. */
public final class SqliteDeskStore implements DeskStore {
    private final Database db;

    public SqliteDeskStore(Database db) {
        this.db = db;
    }

    @Override
    public Article apply(long id, Long expectedVersion, Person by, Rule rule) {
        db.write(c -> {
            Loaded current = load(c, id);
            if (expectedVersion != null && expectedVersion != current.article.version()) {
                throw new StaleVersionException(id, expectedVersion, current.article.version());
            }
            Step step = rule.decide(current.article, current.statusBeforeSpike);
            if (step.after() != null) {
                update(c, current.article, step.after(), step.statusBeforeSpike());
            }
            for (Transition t : step.record()) {
                insert(c, t, by);
            }
            return null;
        });
        return db.read(c -> load(c, id).article);
    }

    @Override
    public List<Transition> history(long id) {
        return db.read(c -> {
            load(c, id); // an unknown article is an error, not an empty history
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT article_id, from_status, to_status, action, by_name, at, note
                      FROM transitions WHERE article_id = ? ORDER BY at, id""")) {
                st.setLong(1, id);
                ResultSet rs = st.executeQuery();
                List<Transition> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(new Transition(
                            rs.getLong(1),
                            Status.fromCode(rs.getString(2)),
                            Status.fromCode(rs.getString(3)),
                            DeskAction.fromCode(rs.getString(4)),
                            rs.getString(5),
                            Rows.instant(rs, "at"),
                            rs.getString(7)));
                }
                return lines;
            }
        });
    }

    private record Loaded(Article article, Status statusBeforeSpike) {}

    private static Loaded load(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(Rows.SELECT_ARTICLE + " WHERE a.id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                throw new NewsroomException("error.unknownArticle", id);
            }
            String before = rs.getString("status_before_spike");
            Article article = Rows.article(rs, SqliteArticleStore.tags(c, id));
            return new Loaded(article, before == null ? null : Status.fromCode(before));
        }
    }

    private static void update(Connection c, Article before, Article after, Status statusBeforeSpike)
            throws SQLException {
        ArticleContent content = SqliteArticleStore.normal(after.content());
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE articles
                   SET version = version + 1, status = ?, submitted_at = ?, registered_at = ?, embargo_until = ?,
                       return_note = ?, correction_note = ?, status_before_spike = ?, updated_at = ?, modified_at = ?,
                       headline = ?, subheadline = ?, section_id = ?, body = ?
                 WHERE id = ? AND version = ?""")) {
            st.setString(1, after.status().code());
            Rows.setInstant(st, 2, after.submittedAt());
            Rows.setInstant(st, 3, after.registeredAt());
            Rows.setInstant(st, 4, after.embargoUntil());
            st.setString(5, Text.nfc(after.returnNote()));
            st.setString(6, Text.nfc(after.correctionNote()));
            st.setString(7, statusBeforeSpike == null ? null : statusBeforeSpike.code());
            st.setLong(8, after.updatedAt().toEpochMilli());
            Rows.setInstant(st, 9, after.modifiedAt());
            st.setString(10, content.headline());
            st.setString(11, content.subheadline());
            Rows.setNullableLong(st, 12, SqliteArticleStore.sectionId(c, content.section(), before.id()));
            st.setString(13, content.body());
            st.setLong(14, before.id());
            st.setLong(15, before.version());
            if (st.executeUpdate() == 0) {
                throw new IllegalStateException("article " + before.id() + " changed inside its own write transaction");
            }
        }
        if (!content.equals(SqliteArticleStore.normal(before.content()))) {
            SqliteArticleStore.writeTags(c, before.id(), content.tags());
            SqliteSearchIndex.index(c, before.id(), content);
        }
    }

    static void insert(Connection c, Transition t, Person by) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO transitions (article_id, from_status, to_status, action, by_person_id, by_name, at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            st.setLong(1, t.articleId());
            st.setString(2, t.from().code());
            st.setString(3, t.to().code());
            st.setString(4, t.action().code());
            st.setLong(5, by.id());
            st.setString(6, Text.nfc(by.name()));
            st.setLong(7, t.at().toEpochMilli());
            st.setString(8, Text.nfc(t.note()));
            st.executeUpdate();
        }
    }
}
