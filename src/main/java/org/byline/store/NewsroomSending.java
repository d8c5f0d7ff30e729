package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;

/**
 * The sending half of {@link NewsroomExchange}: what waits in the copy goes to the server in
 * order, each change in a transaction of its own with its idempotency key. A save names the server
 * version it was written on; one that meets a newer version is kept there as a revision.
 */
final class NewsroomSending {
    /** Our own SQLSTATE for "not over a newer version" (class 40: the transaction is rolled back). */
    private static final String STALE = "40B01";

    private final Connection server;
    private final NewsroomCopy copy;
    private final SqliteArticleStore articles;
    private final Clock clock;

    NewsroomSending(Connection server, NewsroomCopy copy, Clock clock) {
        this.server = server;
        this.copy = copy;
        this.articles = new SqliteArticleStore(copy.database(), clock);
        this.clock = clock;
    }

    /** Sends every waiting change in order; stops at the first sign the server has gone. */
    List<NewsroomExchange.Sent> sendWaiting() {
        List<NewsroomExchange.Sent> results = new ArrayList<>();
        while (true) {
            List<NewsroomCopy.Waiting> batch = copy.waiting(NewsroomExchange.BATCH);
            if (batch.isEmpty()) {
                return results;
            }
            int before = results.size();
            for (NewsroomCopy.Waiting change : batch) {
                results.add(send(change));
            }
            if (results.size() - before < NewsroomExchange.BATCH) {
                return results;
            }
        }
    }

    private NewsroomExchange.Sent send(NewsroomCopy.Waiting change) {
        if (change.kind().equals("setting")) {
            return sendSetting(change);
        }
        Optional<Article> local = articles.find(change.articleId());
        long localVersion = local.map(Article::version).orElse(0L);
        Long serverVersion = local.isPresent() ? serverVersionHere(change.articleId()) : null;
        try {
            server.setAutoCommit(false);
            if (!firstTime(change.key())) {
                // sent before, and its answer lost on the way back: the server's version now is
                // the one this text made (unless someone changed it in the moment between), so the
                // next save here goes over it instead of meeting its own change as a newer one
                Long there = change.kind().equals("save") ? versionThere(change.articleId()) : null;
                server.commit();
                copy.confirm(change, localVersion, there, clock.instant());
                return new NewsroomExchange.Applied(change);
            }
            Long newVersion = apply(change, local.orElse(null), serverVersion);
            server.commit();
            copy.confirm(change, localVersion, newVersion, clock.instant());
            return new NewsroomExchange.Applied(change);
        } catch (SQLException e) {
            rollBack();
            if (NewsroomExchange.isGone(e)) {
                throw new NewsroomExchange.ServerGone(e);
            }
            if (isStale(e) && local.isPresent()) {
                return keep(change, local.get());
            }
            copy.settle(change, localVersion);
            return new NewsroomExchange.Refused(change, NewsroomExchange.firstLine(e));
        } catch (RuntimeException e) {
            // the key must not be committed without its change (the next use of the connection
            // would commit what is open)
            rollBack();
            throw e;
        }
    }

    /** A newsroom setting as it is here now (or its removal): the admin's to change on the server. */
    private NewsroomExchange.Sent sendSetting(NewsroomCopy.Waiting change) {
        Optional<String> value = copy.setting(change.note());
        try {
            server.setAutoCommit(false);
            if (firstTime(change.key())) {
                if (value.isPresent()) {
                    try (PreparedStatement st =
                            server.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                        st.setString(1, change.note());
                        st.setString(2, value.get());
                        st.executeUpdate();
                    }
                } else {
                    try (PreparedStatement st = server.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                        st.setString(1, change.note());
                        st.executeUpdate();
                    }
                }
            }
            server.commit();
            copy.drop(change);
            copy.sentNow(clock.instant());
            return new NewsroomExchange.Applied(change);
        } catch (SQLException e) {
            rollBack();
            if (NewsroomExchange.isGone(e)) {
                throw new NewsroomExchange.ServerGone(e);
            }
            copy.drop(change);
            return new NewsroomExchange.Refused(change, NewsroomExchange.firstLine(e));
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
    }

    private Long versionThere(long id) throws SQLException {
        try (PreparedStatement st = server.prepareStatement("SELECT version FROM articles WHERE id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** Marks the change's key as applied; false when the server already holds it. */
    private boolean firstTime(String key) throws SQLException {
        try (PreparedStatement st =
                server.prepareStatement("INSERT INTO applied_changes (key) VALUES (?::uuid) ON CONFLICT DO NOTHING")) {
            st.setString(1, key);
            return st.executeUpdate() == 1;
        }
    }

    /** The server's version after the change, or null where the change does not tell it. */
    private Long apply(NewsroomCopy.Waiting change, Article local, Long serverVersion) throws SQLException {
        if (local == null) {
            return null; // nothing here to send any more
        }
        return switch (change.kind()) {
            case "save" -> serverVersion == null ? create(local) : save(local, serverVersion);
            case "submit" -> call("SELECT submit_article(?)", local.id());
            case "approve" -> call("SELECT approve_article(?)", local.id());
            case "publish" -> call("SELECT publish_article(?)", local.id());
            case "unspike" -> call("SELECT unspike_article(?)", local.id());
            case "return" -> call("SELECT return_article(?, ?)", local.id(), change.note());
            case "spike" -> call("SELECT spike_article(?, ?)", local.id(), change.note());
            case "embargo", "embargo-clear", "correct" -> deskMarks(local, change);
            case "edit", "embargo-override" -> deskLine(local.id(), change);
            case "photos" -> PhotoSets.send(server, copy, local);
            // a push that reached its site (server V6 checks the site holds it)
            case "push" -> call("SELECT record_push(?, ?)", local.id(), change.note());
            // history that stays on this workstation: imports
            default -> null;
        };
    }

    private Long create(Article local) throws SQLException {
        long version;
        try (PreparedStatement st = server.prepareStatement("""
                INSERT INTO articles (id, headline, subheadline, section_id, body, byline, reporter_id)
                VALUES (?, ?, ?, (SELECT id FROM sections WHERE name = ?), ?, ?, ?)
                RETURNING version""")) {
            ArticleContent content = local.content();
            st.setLong(1, local.id());
            st.setString(2, content.headline());
            st.setString(3, content.subheadline());
            st.setString(4, content.section());
            st.setString(5, content.body());
            st.setString(6, local.byline());
            st.setLong(7, local.reporter().id());
            ResultSet rs = st.executeQuery();
            rs.next();
            version = rs.getLong(1);
        }
        writeTags(local);
        return version;
    }

    private Long save(Article local, long serverVersion) throws SQLException {
        ArticleContent content = local.content();
        try (PreparedStatement st = server.prepareStatement("""
                UPDATE articles
                   SET headline = ?, subheadline = ?, section_id = (SELECT id FROM sections WHERE name = ?),
                       body = ?, byline = ?,
                       modified_at = CASE WHEN status IN ('approved', 'published') THEN now() ELSE modified_at END
                 WHERE id = ? AND version = ?
                RETURNING version""")) {
            st.setString(1, content.headline());
            st.setString(2, content.subheadline());
            st.setString(3, content.section());
            st.setString(4, content.body());
            st.setString(5, local.byline());
            st.setLong(6, local.id());
            st.setLong(7, serverVersion);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                // a newer version there, or a row this person may not change: either way not over it
                throw new SQLException("the server's copy of article " + local.id() + " is newer", STALE);
            }
            long version = rs.getLong(1);
            writeTags(local);
            Long now = versionThere(local.id());
            return now == null ? version : now;
        }
    }

    private void writeTags(Article local) throws SQLException {
        try (PreparedStatement del = server.prepareStatement("DELETE FROM article_tags WHERE article_id = ?")) {
            del.setLong(1, local.id());
            del.executeUpdate();
        }
        try (PreparedStatement ins =
                server.prepareStatement("INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)")) {
            List<String> tags = local.content().tags();
            for (int i = 0; i < tags.size(); i++) {
                ins.setLong(1, local.id());
                ins.setInt(2, i);
                ins.setString(3, tags.get(i));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private Long call(String sql, long id, String... notes) throws SQLException {
        try (PreparedStatement st = server.prepareStatement(sql)) {
            st.setLong(1, id);
            for (int i = 0; i < notes.length; i++) {
                st.setString(2 + i, notes[i]);
            }
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An embargo or a 정정 note: the desk's columns as they are here now, and the history line. */
    private Long deskMarks(Article local, NewsroomCopy.Waiting change) throws SQLException {
        try (PreparedStatement st = server.prepareStatement(
                "UPDATE articles SET embargo_until = ?, correction_note = ? WHERE id = ? RETURNING version")) {
            st.setTimestamp(1, local.embargoUntil() == null ? null : Timestamp.from(local.embargoUntil()));
            st.setString(2, local.correctionNote());
            st.setLong(3, local.id());
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                throw new SQLException("only the desk sets embargoes and corrections", "42501");
            }
        }
        return deskLine(local.id(), change);
    }

    private Long deskLine(long id, NewsroomCopy.Waiting change) throws SQLException {
        try (PreparedStatement st = server.prepareStatement("SELECT record_desk_line(?, ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, change.kind());
            st.setString(3, change.note());
            st.executeQuery();
        }
        return versionThere(id);
    }

    /** The text that could not go over the server's is kept there as a revision by its writer. */
    private NewsroomExchange.Sent keep(NewsroomCopy.Waiting change, Article local) {
        try {
            server.setAutoCommit(false);
            // kept before, and the answer lost: not kept twice
            if (!firstTime(change.key())) {
                server.commit();
                copy.settle(change, local.version());
                return new NewsroomExchange.Applied(change);
            }
            int number;
            try (PreparedStatement st = server.prepareStatement("SELECT keep_offline_copy(?, ?, ?, ?, ?, ?, ?)")) {
                ArticleContent content = local.content();
                st.setLong(1, local.id());
                st.setString(2, content.headline());
                st.setString(3, content.subheadline());
                st.setString(4, content.section());
                st.setString(5, SqliteRevisionStore.tagsJson(content.tags()));
                st.setString(6, content.body());
                st.setString(7, local.byline());
                ResultSet rs = st.executeQuery();
                rs.next();
                number = rs.getInt(1);
            }
            server.commit();
            // text typed here while this was on its way stays queued: it is not lost with the row
            copy.settle(change, local.version());
            return new NewsroomExchange.KeptAsRevision(change, number);
        } catch (SQLException e) {
            rollBack();
            if (NewsroomExchange.isGone(e)) {
                throw new NewsroomExchange.ServerGone(e);
            }
            copy.settle(change, local.version());
            return new NewsroomExchange.Refused(change, NewsroomExchange.firstLine(e));
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
    }

    private Long serverVersionHere(long id) {
        return copy.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT server_version FROM articles WHERE id = ?")) {
                st.setLong(1, id);
                ResultSet rs = st.executeQuery();
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        });
    }

    private static boolean isStale(SQLException e) {
        // a status that moved on (55000) or a right the person lacks (42501) on a save is met the
        // same way: the text is kept, never lost
        return STALE.equals(e.getSQLState());
    }

    private void rollBack() {
        NewsroomExchange.rollBack(server);
    }
}
