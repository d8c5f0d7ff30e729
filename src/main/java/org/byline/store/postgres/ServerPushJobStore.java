package org.byline.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.store.OutboxRows;
import org.byline.store.PushJobStore;

/**
 * The newsroom's push jobs on its server (V6), as every desk sees them: a job queued at one
 * workstation is in the outbox of all. The server lets only the desk's logins queue or change one.
 */
final class ServerPushJobStore implements PushJobStore {
    private final PersonLogin login;

    ServerPushJobStore(PersonLogin login) {
        this.login = login;
    }

    @Override
    public long queue(long articleId, long siteId, long queuedBy, boolean overrideEmbargo) {
        return login.transactionally(c -> {
            // one desk at a time queues this article: two queueing it at once make one job, not two
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT pg_advisory_xact_lock(?), EXISTS (SELECT 1 FROM articles WHERE id = ?)")) {
                st.setLong(1, articleId);
                st.setLong(2, articleId);
                ResultSet rs = st.executeQuery();
                rs.next();
                if (!rs.getBoolean(2)) {
                    throw new NewsroomException("error.unknownArticle", articleId);
                }
            }
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT id FROM push_jobs WHERE article_id = ? AND site_id = ? AND state = 'queued' """)) {
                st.setLong(1, articleId);
                st.setLong(2, siteId);
                ResultSet rs = st.executeQuery();
                if (rs.next()) {
                    long existing = rs.getLong(1);
                    if (overrideEmbargo) {
                        try (PreparedStatement up =
                                c.prepareStatement("UPDATE push_jobs SET override_embargo = true WHERE id = ?")) {
                            up.setLong(1, existing);
                            up.executeUpdate();
                        }
                    }
                    return existing;
                }
            }
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO push_jobs (article_id, site_id, state, override_embargo, queued_by)
                    VALUES (?, ?, 'queued', ?, ?) RETURNING id""")) {
                st.setLong(1, articleId);
                st.setLong(2, siteId);
                st.setBoolean(3, overrideEmbargo);
                st.setLong(4, queuedBy);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<PushJob> jobs(int limit) {
        return login.serially(c -> {
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
        return login.serially(c -> {
            try (PreparedStatement st =
                    c.prepareStatement(OutboxRows.SELECT_JOB + " WHERE j.id = ANY (?) ORDER BY j.id")) {
                st.setArray(1, c.createArrayOf("bigint", ids.toArray()));
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
                UPDATE push_jobs SET state = 'queued', next_attempt_at = greatest(byline_now_ms(), coalesce(lease_until, 0)),
                       retried_at_attempt = attempts, updated_at = byline_now_ms() WHERE id = ?""");
        return job(jobId);
    }

    @Override
    public PushJob cancel(long jobId) {
        change(jobId, "push.state.cancel", List.of(PushState.QUEUED, PushState.SENDING, PushState.FAILED), """
                UPDATE push_jobs SET state = 'cancelled', next_attempt_at = byline_now_ms(), updated_at = byline_now_ms()
                 WHERE id = ?""");
        return job(jobId);
    }

    private void change(long jobId, String refusalKey, List<PushState> from, String update) {
        login.transactionally(c -> {
            OutboxRows.changeState(c, jobId, refusalKey, from, " FOR UPDATE", update);
            return null;
        });
    }
}
