package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.byline.domain.NewsroomException;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;

/** The push jobs in SQLite, as the desk sees and changes them. */
public final class SqlitePushJobStore implements PushJobStore {
    private final Database db;
    private final Clock clock;

    public SqlitePushJobStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long queue(long articleId, long siteId, long queuedBy, boolean overrideEmbargo) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id FROM push_jobs WHERE article_id = ? AND site_id = ? AND state = 'queued'")) {
                st.setLong(1, articleId);
                st.setLong(2, siteId);
                ResultSet rs = st.executeQuery();
                if (rs.next()) {
                    long existing = rs.getLong(1);
                    if (overrideEmbargo) {
                        try (PreparedStatement up =
                                c.prepareStatement("UPDATE push_jobs SET override_embargo = 1 WHERE id = ?")) {
                            up.setLong(1, existing);
                            up.executeUpdate();
                        }
                    }
                    return existing;
                }
            }
            long now = clock.millis();
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO push_jobs (article_id, site_id, state, next_attempt_at, override_embargo, queued_by, created_at, updated_at)
                    VALUES (?, ?, 'queued', ?, ?, ?, ?, ?)""")) {
                st.setLong(1, articleId);
                st.setLong(2, siteId);
                st.setLong(3, now);
                st.setInt(4, overrideEmbargo ? 1 : 0);
                st.setLong(5, queuedBy);
                st.setLong(6, now);
                st.setLong(7, now);
                st.executeUpdate();
            }
            return Rows.lastId(c);
        });
    }

    @Override
    public List<PushJob> jobs(int limit) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(OutboxRows.SELECT_JOB + " ORDER BY j.id DESC LIMIT ?")) {
                st.setInt(1, limit);
                return OutboxRows.jobs(st.executeQuery());
            }
        });
    }

    @Override
    public List<PushJob> jobs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return db.read(c -> {
            try (PreparedStatement st =
                    c.prepareStatement(OutboxRows.SELECT_JOB + " WHERE j.id IN (" + in + ") ORDER BY j.id")) {
                return OutboxRows.jobs(st.executeQuery());
            }
        });
    }

    @Override
    public PushJob job(long id) {
        List<PushJob> found = jobs(List.of(id));
        if (found.isEmpty()) {
            throw new NewsroomException("push.unknownJob", id);
        }
        return found.get(0);
    }

    @Override
    public PushJob retry(long jobId) {
        change(jobId, "push.state.retry", List.of(PushState.FAILED, PushState.CANCELLED), """
                UPDATE push_jobs SET state = 'queued', next_attempt_at = max(?, coalesce(lease_until, 0)), retried_at_attempt = attempts,
                       updated_at = ? WHERE id = ?""");
        return job(jobId);
    }

    @Override
    public PushJob cancel(long jobId) {
        change(jobId, "push.state.cancel", List.of(PushState.QUEUED, PushState.SENDING, PushState.FAILED), """
                UPDATE push_jobs SET state = 'cancelled', next_attempt_at = ?, updated_at = ? WHERE id = ?""");
        return job(jobId);
    }

    private void change(long jobId, String refusalKey, List<PushState> from, String update) {
        db.write(c -> {
            long t = clock.millis();
            OutboxRows.changeState(c, jobId, refusalKey, from, "", update, t, t);
            return null;
        });
    }
}
