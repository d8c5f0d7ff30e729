package org.byline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.RemotePost;
import org.byline.domain.Sender;
import org.byline.domain.Site;
import org.byline.domain.SiteType;

/**
 * The outbox's rows as both stores keep them (a workstation's SQLite and the newsroom server's
 * PostgreSQL have the same columns, times in epoch milliseconds): jobs, sites, posts, senders, and
 * a reason's arguments as a JSON array.
 */
public final class OutboxRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A job with its article's headline, its site's name and who queued it; the caller adds the rest. */
    public static final String SELECT_JOB = """
            SELECT j.id, j.article_id, a.headline, s.name AS site_name, j.state, j.attempts, j.next_attempt_at, j.error_key,
                   j.error_args, j.remote_id, j.remote_link, p.name AS queued_by, j.override_embargo, j.created_at, j.updated_at
              FROM push_jobs j JOIN articles a ON a.id = j.article_id JOIN sites s ON s.id = j.site_id
              JOIN people p ON p.id = j.queued_by""";

    private OutboxRows() {}

    /** Every job of a {@link #SELECT_JOB} query. */
    public static List<PushJob> jobs(ResultSet rs) throws SQLException {
        List<PushJob> jobs = new ArrayList<>();
        while (rs.next()) {
            jobs.add(new PushJob(
                    rs.getLong("id"),
                    rs.getLong("article_id"),
                    rs.getString("headline"),
                    rs.getString("site_name"),
                    PushState.fromCode(rs.getString("state")),
                    rs.getInt("attempts"),
                    Rows.instant(rs, "next_attempt_at"),
                    rs.getString("error_key"),
                    args(rs.getString("error_args")),
                    rs.getString("remote_id"),
                    rs.getString("remote_link"),
                    rs.getString("queued_by"),
                    rs.getBoolean("override_embargo"),
                    Rows.instant(rs, "created_at"),
                    Rows.instant(rs, "updated_at")));
        }
        return jobs;
    }

    public static Site site(ResultSet rs) throws SQLException {
        return new Site(
                rs.getLong("id"),
                rs.getString("name"),
                SiteType.fromCode(rs.getString("type")),
                rs.getString("url"),
                rs.getString("user_name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    /** A post with its site's name as {@code site_name}. */
    public static RemotePost post(ResultSet rs) throws SQLException {
        return new RemotePost(
                rs.getLong("article_id"),
                rs.getString("site_name"),
                rs.getString("remote_id"),
                rs.getString("link"),
                Instant.ofEpochMilli(rs.getLong("pushed_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    /** The run sending a job, as its row names it. */
    public static Sender sender(ResultSet rs) throws SQLException {
        return new Sender(rs.getLong("sender_pid"), Rows.instant(rs, "sender_started"), rs.getString("sender_host"));
    }

    /**
     * The desk's change of a job (a retry, a call-off), on a connection its caller holds in one
     * transaction: refused unless the job is in one of the states {@code from}; then {@code update}
     * runs with {@code values} and the job's id last. {@code lockRow} is appended to the read of
     * the state (the server's FOR UPDATE; nothing where the store has one writer).
     */
    public static void changeState(
            Connection c,
            long jobId,
            String refusalKey,
            List<PushState> from,
            String lockRow,
            String update,
            Object... values)
            throws SQLException {
        PushState now;
        try (PreparedStatement st = c.prepareStatement("SELECT state FROM push_jobs WHERE id = ?" + lockRow)) {
            st.setLong(1, jobId);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                throw new NewsroomException("push.unknownJob", jobId);
            }
            now = PushState.fromCode(rs.getString(1));
        }
        if (!from.contains(now)) {
            throw new NewsroomException(refusalKey, jobId, now.code());
        }
        try (PreparedStatement st = c.prepareStatement(update)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.setLong(values.length + 1, jobId);
            st.executeUpdate();
        }
    }

    /** A reason's arguments as the job keeps them. */
    public static String json(List<String> args) {
        try {
            return JSON.writeValueAsString(args == null ? List.of() : args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> args(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }
}
