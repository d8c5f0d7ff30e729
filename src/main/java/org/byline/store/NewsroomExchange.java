package org.byline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;

/**
 * Moves changes between a workstation's newsroom copy and the newsroom server, on a connection
 * signed in as the person at the keyboard, so the server's rights are theirs. Each change goes in
 * a transaction of its own with its idempotency key; the newsroom's changes come back in one
 * local transaction per batch. What a result means to the person is decided in newsroom.Sync.
 */
public final class NewsroomExchange {
    /** What became of one change sent. */
    public sealed interface Sent {
        NewsroomCopy.Waiting change();
    }

    /** Applied (or found applied already, when an answer had been lost). */
    public record Applied(NewsroomCopy.Waiting change) implements Sent {}

    /**
     * The server had a newer text than the one this was written on, or would not take the text
     * from this person: it was kept as revision {@code revision} of the article instead.
     */
    public record KeptAsRevision(NewsroomCopy.Waiting change, int revision) implements Sent {}

    /** Refused for good (a right the person lacks, a status that moved on); {@code reason} is the server's. */
    public record Refused(NewsroomCopy.Waiting change, String reason) implements Sent {}

    /** Thrown when the server stopped answering: what was not sent waits for the next try. */
    public static final class ServerGone extends RuntimeException {
        ServerGone(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Articles read from the server at a time (and changes sent between two looks at what waits). */
    private static final int BATCH = 500;

    private final Connection server;
    private final NewsroomCopy copy;
    private final SqliteArticleStore articles;
    private final Clock clock;

    /** @param server a connection to the newsroom server signed in as the person; autocommit is turned off */
    public NewsroomExchange(Connection server, NewsroomCopy copy, Clock clock) {
        this.server = server;
        this.copy = copy;
        this.articles = new SqliteArticleStore(copy.database(), clock);
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------
    // Sending

    /** Sends every waiting change in order; stops at the first sign the server has gone. */
    public List<Sent> sendWaiting() {
        List<Sent> results = new ArrayList<>();
        while (true) {
            List<NewsroomCopy.Waiting> batch = copy.waiting(BATCH);
            if (batch.isEmpty()) {
                return results;
            }
            int before = results.size();
            for (NewsroomCopy.Waiting change : batch) {
                results.add(send(change));
            }
            if (results.size() - before < BATCH) {
                return results;
            }
        }
    }

    private Sent send(NewsroomCopy.Waiting change) {
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
                return new Applied(change);
            }
            Long newVersion = apply(change, local.orElse(null), serverVersion);
            server.commit();
            copy.confirm(change, localVersion, newVersion, clock.instant());
            return new Applied(change);
        } catch (SQLException e) {
            rollBack();
            if (isGone(e)) {
                throw new ServerGone(e);
            }
            if (isStale(e) && local.isPresent()) {
                return keep(change, local.get());
            }
            copy.drop(change);
            return new Refused(change, firstLine(e));
        }
    }

    /** A newsroom setting as it is here now (or its removal): the admin's to change on the server. */
    private Sent sendSetting(NewsroomCopy.Waiting change) {
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
            return new Applied(change);
        } catch (SQLException e) {
            rollBack();
            if (isGone(e)) {
                throw new ServerGone(e);
            }
            copy.drop(change);
            return new Refused(change, firstLine(e));
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
            case "photos" -> photos(local);
            // history that stays on this workstation for now: imports, pushes
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

    /**
     * The article's photos as a whole set, as they are here now: originals the server lacks go
     * first (content-addressed, so each once), then the set replaces the server's. Returns null:
     * photos take the article a new change number, not a new version.
     */
    private Long photos(Article local) throws SQLException {
        List<Object[]> set = copy.database().read(c -> NewsroomRows.localPhotos(c, local.id()));
        MediaFiles media = copy.media();
        for (Object[] p : set) {
            String sha = (String) p[1];
            try (PreparedStatement has = server.prepareStatement("SELECT 1 FROM photo_originals WHERE sha256 = ?")) {
                has.setString(1, sha);
                if (has.executeQuery().next()) {
                    continue;
                }
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(media.original(sha));
            } catch (IOException e) {
                throw new SQLException(
                        "the original of a photo of article " + local.id() + " is gone here", "58P01", e);
            }
            try (PreparedStatement st = server.prepareStatement(
                    "INSERT INTO photo_originals (sha256, bytes, media_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                st.setString(1, sha);
                st.setBytes(2, bytes);
                st.setString(3, (String) p[3]);
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = server.prepareStatement("DELETE FROM photos WHERE article_id = ?")) {
            st.setLong(1, local.id());
            st.executeUpdate();
        }
        try (PreparedStatement st = server.prepareStatement("""
                INSERT INTO photos (article_id, position, sha256, original_name, media_type, width, height,
                                    orientation, caption, credit, alt, byline, copyright, captured_at, lead, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Object[] p : set) {
                st.setLong(1, local.id());
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
                st.setTimestamp(14, p[12] == null ? null : new Timestamp(((Number) p[12]).longValue()));
                st.setBoolean(15, ((Number) p[13]).intValue() == 1);
                st.setTimestamp(16, new Timestamp(((Number) p[14]).longValue()));
                st.addBatch();
            }
            st.executeBatch();
        }
        return null;
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
    private Sent keep(NewsroomCopy.Waiting change, Article local) {
        try {
            server.setAutoCommit(false);
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
            copy.drop(change);
            return new KeptAsRevision(change, number);
        } catch (SQLException e) {
            rollBack();
            if (isGone(e)) {
                throw new ServerGone(e);
            }
            copy.drop(change);
            return new Refused(change, firstLine(e));
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

    // ---------------------------------------------------------------------------------------------
    // Bringing

    /**
     * Writes the newsroom's changes since this copy last looked into it: people and sections
     * whole (they are short), and every article whose change number is above the last one seen,
     * with its tags, history and revisions. An article with changes of its own still waiting is
     * left as it is here: those changes go first, and the server's answer to them brings it back.
     *
     * @param also articles to read again whatever their number (one whose change was refused)
     * @return the ids of the articles written in
     */
    public Set<Long> bring(Set<Long> also) {
        try {
            server.setAutoCommit(false);
            Set<Long> written = new LinkedHashSet<>();
            List<Object[]> people = rows("SELECT id, name, email, role, created_at FROM people ORDER BY id", 5);
            List<Object[]> sections = rows("SELECT id, name, position, retired FROM sections ORDER BY id", 4);
            List<Object[]> settings = rows("SELECT key, value FROM settings ORDER BY key", 2);
            copy.writeServerChanges(c -> {
                NewsroomRows.people(c, people);
                NewsroomRows.sections(c, sections);
                NewsroomRows.settings(c, settings);
                return null;
            });
            long xminNow = oldestRunning();
            long last = copy.lastChange();
            Set<Long> again = new LinkedHashSet<>(also);
            again.addAll(copy.toReadAgain());
            again.addAll(changedByThenRunning(copy.lastXmin(), last));
            if (!again.isEmpty()) {
                List<NewsroomRows.ServerArticle> named = articles("a.id = ANY (?)", again, 0, Integer.MAX_VALUE);
                long upTo = last;
                Set<Long> now = copy.writeServerChanges(c -> NewsroomRows.articles(c, named, upTo));
                written.addAll(now);
                fetchOriginals(named, now);
            }
            while (true) {
                List<NewsroomRows.ServerArticle> batch = articles("a.change_seq > ?", Set.of(), last, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                long highest = batch.stream()
                        .mapToLong(NewsroomRows.ServerArticle::changeSeq)
                        .max()
                        .orElse(last);
                last = Math.max(last, highest);
                long upTo = last;
                Set<Long> now = copy.writeServerChanges(c -> NewsroomRows.articles(c, batch, upTo));
                written.addAll(now);
                fetchOriginals(batch, now);
                if (batch.size() < BATCH) {
                    break;
                }
            }
            copy.writeServerChanges(c -> {
                NewsroomRows.lookedAt(c, xminNow);
                return null;
            });
            // who is editing what, as the server has it now (the queue shows it)
            List<Object[]> locks =
                    rows("SELECT article_id, holder_person_id, holder_name, since, heartbeat, process FROM locks", 6);
            copy.writeServerChanges(c -> {
                NewsroomRows.locks(c, locks);
                return null;
            });
            server.commit();
            return written;
        } catch (SQLException e) {
            rollBack();
            if (isGone(e)) {
                throw new ServerGone(e);
            }
            throw Database.translate(e);
        }
    }

    /** Originals of the photos just written in that this workstation does not have yet. */
    private void fetchOriginals(List<NewsroomRows.ServerArticle> batch, Set<Long> written) throws SQLException {
        MediaFiles media = copy.media();
        for (NewsroomRows.ServerArticle article : batch) {
            if (!written.contains(article.id())) {
                continue;
            }
            for (Object[] photo : article.photos()) {
                String sha = (String) photo[1];
                if (Files.exists(media.original(sha))) {
                    continue;
                }
                try (PreparedStatement st =
                        server.prepareStatement("SELECT bytes FROM photo_originals WHERE sha256 = ?")) {
                    st.setString(1, sha);
                    ResultSet rs = st.executeQuery();
                    if (rs.next() && !media.keepBytes(sha, rs.getBytes(1))) {
                        throw new SQLException("the server's original " + sha + " is not what its name says", "XX001");
                    }
                }
            }
        }
    }

    /**
     * The oldest transaction still running on the server now: one that commits later may have
     * taken a change number below the highest seen meanwhile, so its rows are read again next time.
     */
    private long oldestRunning() throws SQLException {
        try (PreparedStatement st =
                        server.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Articles last changed by a transaction that was running when this copy last looked, up to {@code last}. */
    private Set<Long> changedByThenRunning(long xmin, long last) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement st = server.prepareStatement(
                "SELECT id FROM articles WHERE change_xid >= ?::text::xid8 AND change_seq <= ?")) {
            st.setString(1, Long.toString(xmin));
            st.setLong(2, last);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Articles matching {@code where} (bound to {@code ids} when it takes an array, else to {@code last}). */
    private List<NewsroomRows.ServerArticle> articles(String where, Set<Long> ids, long last, int limit)
            throws SQLException {
        List<NewsroomRows.ServerArticle> found = new ArrayList<>();
        try (PreparedStatement st = server.prepareStatement("""
                SELECT a.id, a.version, a.change_seq, a.status, a.headline, a.subheadline, a.section_id, a.body,
                       a.byline, a.reporter_id, a.created_at, a.updated_at, a.registered_at, a.modified_at,
                       a.submitted_at, a.embargo_until, a.return_note, a.correction_note, a.status_before_spike,
                       coalesce((SELECT json_agg(t.tag ORDER BY t.position)::text
                                   FROM article_tags t WHERE t.article_id = a.id), '[]')
                  FROM articles a
                 WHERE %s
                 ORDER BY a.change_seq
                 LIMIT ?""".formatted(where))) {
            if (where.contains("ANY")) {
                st.setArray(1, server.createArrayOf("bigint", ids.toArray()));
            } else {
                st.setLong(1, last);
            }
            st.setInt(2, limit);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                found.add(NewsroomRows.serverArticle(rs));
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        // three queries for the whole batch, not three per article: a first join brings thousands
        String batch = found.stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(","));
        Map<Long, List<Object[]>> history = byArticle("""
                SELECT article_id, from_status, to_status, action, by_person_id, by_name, at, note
                  FROM transitions WHERE article_id IN (%s) ORDER BY article_id, at, id""".formatted(batch), 7);
        Map<Long, List<Object[]>> photos = byArticle(NewsroomRows.SERVER_PHOTOS.formatted(batch), 15);
        Map<Long, List<Object[]>> revisions = byArticle("""
                SELECT article_id, number, kind, by_name, by_person_id, at, headline, subheadline, section, tags, body,
                       byline
                  FROM revisions WHERE article_id IN (%s) ORDER BY article_id, number""".formatted(batch), 11);
        for (NewsroomRows.ServerArticle article : found) {
            article.history().addAll(history.getOrDefault(article.id(), List.of()));
            article.photos().addAll(photos.getOrDefault(article.id(), List.of()));
            article.revisions().addAll(revisions.getOrDefault(article.id(), List.of()));
        }
        return found;
    }

    private List<Object[]> rows(String sql, int columns) throws SQLException {
        return Rows.objects(server, sql, columns);
    }

    /** Rows whose first column is an article id, grouped by it, each without that column. */
    private Map<Long, List<Object[]>> byArticle(String sql, int columns) throws SQLException {
        Map<Long, List<Object[]>> grouped = new HashMap<>();
        for (Object[] row : rows(sql, columns + 1)) {
            grouped.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(Arrays.copyOfRange(row, 1, row.length));
        }
        return grouped;
    }

    /** Takes numbers from the server for articles started here, up to {@code want} in hand. */
    public void topUpNumbers(UUID workstation, int want) {
        int missing = want - copy.numbersLeft();
        if (missing <= 0) {
            return;
        }
        List<Long> numbers = new ArrayList<>();
        try {
            server.setAutoCommit(false);
            try (PreparedStatement st = server.prepareStatement("SELECT reserve_article_ids(?::uuid, ?)")) {
                st.setString(1, workstation.toString());
                st.setInt(2, missing);
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    numbers.add(rs.getLong(1));
                }
            }
            server.commit();
        } catch (SQLException e) {
            rollBack();
            if (isGone(e)) {
                throw new ServerGone(e);
            }
            throw Database.translate(e);
        }
        copy.lend(numbers);
    }

    // ---------------------------------------------------------------------------------------------

    /** Our own SQLSTATE for "not over a newer version" (class 40: the transaction is rolled back). */
    private static final String STALE = "40B01";

    private static boolean isStale(SQLException e) {
        // a status that moved on (55000) or a right the person lacks (42501) on a save is met the
        // same way: the text is kept, never lost
        return STALE.equals(e.getSQLState());
    }

    /** Connection trouble, a server shutting down or a terminated session: try again later. */
    static boolean isGone(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
    }

    private void rollBack() {
        try {
            server.rollback();
        } catch (SQLException ignored) {
            // the connection is gone or the transaction already ended: nothing left to undo
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR: ", "");
    }

    static Instant at(Object value) {
        return (Instant) value;
    }
}
