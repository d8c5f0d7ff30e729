package org.byline.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.byline.domain.NewsroomException;

/**
 * The bringing half of {@link NewsroomExchange}: the newsroom's changes since the copy last
 * looked, written into it with its journal silenced, and the photo originals it lacks.
 */
final class NewsroomBringing {
    private static final Logger LOG = Logger.getLogger("org.byline.newsroom.Sync");

    private final Connection server;
    private final NewsroomCopy copy;
    private final String where;

    /** @param where the server as messages name it */
    NewsroomBringing(Connection server, NewsroomCopy copy, String where) {
        this.server = server;
        this.copy = copy;
        this.where = where;
    }

    /**
     * Writes the newsroom's changes since this copy last looked into it: people and sections
     * whole (they are short), and every article whose change number is above the last one seen,
     * with its tags, history and revisions. An article with changes of its own still waiting is
     * left as it is here: those changes go first, and the server's answer to them brings it back.
     *
     * @param also articles to read again whatever their number (one whose change was refused)
     * @return the ids of the articles written in
     */
    Set<Long> bring(Set<Long> also) {
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
                // the photos' originals first: the rows that name them are written only once they are here
                fetchOriginals(named);
                long upTo = last;
                written.addAll(copy.writeServerChanges(c -> NewsroomRows.articles(c, named, upTo)));
            }
            while (true) {
                List<NewsroomRows.ServerArticle> batch =
                        articles("a.change_seq > ?", Set.of(), last, NewsroomExchange.BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                long highest = batch.stream()
                        .mapToLong(NewsroomRows.ServerArticle::changeSeq)
                        .max()
                        .orElse(last);
                last = Math.max(last, highest);
                fetchOriginals(batch);
                long upTo = last;
                written.addAll(copy.writeServerChanges(c -> NewsroomRows.articles(c, batch, upTo)));
                if (batch.size() < NewsroomExchange.BATCH) {
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
            if (NewsroomExchange.isGone(e)) {
                throw new NewsroomExchange.ServerGone(e);
            }
            throw new NewsroomException("error.server", e, where, NewsroomExchange.firstLine(e));
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
    }

    /**
     * Originals of the batch's photos that this workstation does not have yet. One whose bytes are
     * not what its name says (the server checks that too, since V5) is left out, not the whole round.
     */
    private void fetchOriginals(List<NewsroomRows.ServerArticle> batch) throws SQLException {
        MediaFiles media = copy.media();
        for (NewsroomRows.ServerArticle article : batch) {
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
                        LOG.warning("the newsroom server's original " + sha + " of article " + article.id()
                                + " is not what its name says; left out");
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

    private void rollBack() {
        NewsroomExchange.rollBack(server);
    }
}
