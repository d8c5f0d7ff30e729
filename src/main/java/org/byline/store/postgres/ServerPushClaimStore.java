package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.byline.domain.Sender;
import org.byline.store.OutboxRows;
import org.byline.store.PushClaimStore;

/**
 * Sending the newsroom's push jobs from any of its workstations, each job by exactly one (V6).
 * A claim locks the due rows it looks at with {@code FOR UPDATE SKIP LOCKED}, so workstations
 * claiming at once pass each other by instead of waiting or taking the same job, and takes an
 * advisory lock on the job's article and site, so two jobs of one article to one site are never
 * sent at once from two workstations (the second would create the post again). A job is taken
 * from its sender only when its lease ran out. Leases and due
 * times run on the server's clock: a workstation's own clock only turns them into waits.
 */
final class ServerPushClaimStore implements PushClaimStore {
    /** How many due jobs one claim looks at: the first one free of other senders is taken. */
    private static final int LOOK_AT = 20;

    /**
     * Another send of the same article to the same site still under its lease (sending, or
     * cancelled while its request runs): a queued job waits for it.
     */
    private static final String ON_ITS_WAY = """
            SELECT 1 FROM push_jobs o WHERE o.article_id = j.article_id AND o.site_id = j.site_id AND o.id <> j.id
               AND o.state IN ('sending', 'cancelled') AND o.lease_until > byline_now_ms()""";

    private final PersonLogin login;
    private final Clock clock;
    private final Supplier<Collection<Long>> sendable;

    /** @param sendable the sites this workstation can send to (it holds their secret): jobs to others are left to others */
    ServerPushClaimStore(PersonLogin login, Clock clock, Supplier<Collection<Long>> sendable) {
        this.login = login;
        this.clock = clock;
        this.sendable = sendable;
    }

    @Override
    public Optional<Claim> claimDue(Duration lease, Collection<Long> only, Sender me, Predicate<Sender> gone) {
        Collection<Long> sites = sendable.get();
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        return login.transactionally(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("""
                    SELECT id, attempts, retried_at_attempt, article_id, site_id, queued_by, override_embargo,
                           (SELECT a.version FROM articles a WHERE a.id = j.article_id) AS article_version
                      FROM push_jobs j
                     WHERE ((state = 'queued' AND next_attempt_at <= byline_now_ms() AND NOT EXISTS (""" + ON_ITS_WAY + """
                    )) OR (state = 'sending' AND lease_until <= byline_now_ms()))
                       AND site_id = ANY (?) AND (cardinality(?::bigint[]) = 0 OR id = ANY (?))
                     ORDER BY next_attempt_at, id LIMIT""" + " " + LOOK_AT + " FOR UPDATE SKIP LOCKED")) {
                st.setArray(1, c.createArrayOf("bigint", sites.toArray()));
                st.setArray(2, c.createArrayOf("bigint", only.toArray()));
                st.setArray(3, c.createArrayOf("bigint", only.toArray()));
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    if (!aloneOnItsWay(c, rs.getLong("id"), rs.getLong("article_id"), rs.getLong("site_id"))) {
                        continue;
                    }
                    int attempt = rs.getInt("attempts") + 1;
                    Claim claim = new Claim(
                            rs.getLong("id"),
                            attempt,
                            attempt - rs.getInt("retried_at_attempt"),
                            rs.getLong("article_id"),
                            rs.getLong("site_id"),
                            rs.getLong("queued_by"),
                            rs.getBoolean("override_embargo"),
                            rs.getLong("article_version"));
                    take(c, claim, lease, me);
                    return Optional.of(claim);
                }
                return Optional.<Claim>empty();
            }
        });
    }

    /**
     * Whether this job may go now: no other workstation is claiming a job of the same article and
     * site in this moment (the advisory lock, held to the end of the transaction), and none has
     * claimed one since the candidates were read.
     */
    private static boolean aloneOnItsWay(Connection c, long jobId, long articleId, long siteId) throws SQLException {
        // keyed (1, a hash of article and site): ids of any size, apart from the queue's one-number keys
        try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_xact_lock(1, hashtext(? || '/' || ?))"
                + " AND NOT EXISTS ("
                + ON_ITS_WAY
                        .replace("j.article_id", "?")
                        .replace("j.site_id", "?")
                        .replace("j.id", "?") + ")")) {
            st.setString(1, Long.toString(articleId));
            st.setString(2, Long.toString(siteId));
            st.setLong(3, articleId);
            st.setLong(4, siteId);
            st.setLong(5, jobId);
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void take(Connection c, Claim claim, Duration lease, Sender me) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE push_jobs SET state = 'sending', attempts = ?, lease_until = byline_now_ms() + ?,
                       updated_at = byline_now_ms(), sender_pid = ?, sender_started = ?, sender_host = ? WHERE id = ?""")) {
            st.setInt(1, claim.attempt());
            st.setLong(2, lease.toMillis());
            st.setLong(3, me.pid());
            if (me.started() == null) {
                st.setNull(4, java.sql.Types.BIGINT);
            } else {
                st.setLong(4, me.started().toEpochMilli());
            }
            st.setString(5, me.host());
            st.setLong(6, claim.jobId());
            st.executeUpdate();
        }
    }

    @Override
    public Optional<Instant> nextDue(Collection<Long> only) {
        Collection<Long> sites = sendable.get();
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        return login.serially(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("""
                    SELECT min(CASE state WHEN 'queued' THEN greatest(next_attempt_at, coalesce((""" + ON_ITS_WAY.replace("SELECT 1", "SELECT max(o.lease_until)") + """
                    ), 0)) ELSE lease_until END) - byline_now_ms()
                      FROM push_jobs j WHERE state IN ('queued', 'sending')
                       AND site_id = ANY (?) AND (cardinality(?::bigint[]) = 0 OR id = ANY (?))""")) {
                st.setArray(1, c.createArrayOf("bigint", sites.toArray()));
                st.setArray(2, c.createArrayOf("bigint", only.toArray()));
                st.setArray(3, c.createArrayOf("bigint", only.toArray()));
                ResultSet rs = st.executeQuery();
                rs.next();
                long wait = rs.getLong(1);
                // the server's due time as this workstation's clock reads it
                return rs.wasNull()
                        ? Optional.<Instant>empty()
                        : Optional.of(clock.instant().plusMillis(wait));
            }
        });
    }

    /**
     * None: on the newsroom server a job is taken from its sender only when its lease ran out. A
     * machine's name and a process number say nothing across machines (two laptops may share a
     * name), so the quicker take-over of a dead sender on the same machine is a workstation's own
     * store's only.
     */
    @Override
    public List<Sender> sendersOn(String host) {
        return List.of();
    }

    @Override
    public void renew(Claim claim, Duration lease) {
        settle(claim, """
                UPDATE push_jobs SET lease_until = byline_now_ms() + ?,
                       next_attempt_at = CASE state WHEN 'queued' THEN greatest(next_attempt_at, byline_now_ms() + ?)
                                         ELSE next_attempt_at END
                 WHERE id = ? AND attempts = ? AND lease_until IS NOT NULL AND state IN ('sending', 'cancelled', 'queued')""", lease.toMillis(), lease.toMillis());
    }

    @Override
    public boolean done(Claim claim, String remoteId, String link) {
        return settle(claim, """
                UPDATE push_jobs SET state = 'done', remote_id = ?, remote_link = ?, error_key = NULL, error_args = NULL,
                       lease_until = NULL, updated_at = byline_now_ms()
                 WHERE id = ? AND attempts = ? AND state = 'sending'""", remoteId, link) == 1;
    }

    @Override
    public void retryLater(Claim claim, String key, List<String> args, Instant next) {
        failure(
                claim,
                "queued",
                key,
                args,
                Math.max(0, Duration.between(clock.instant(), next).toMillis()));
    }

    @Override
    public void fail(Claim claim, String key, List<String> args) {
        failure(claim, "failed", key, args, 0);
    }

    /** @param inMillis when it is due again, from now */
    private void failure(Claim claim, String state, String key, List<String> args, long inMillis) {
        settle(claim, """
                UPDATE push_jobs SET state = ?, error_key = ?, error_args = ?, next_attempt_at = byline_now_ms() + ?,
                       lease_until = NULL, updated_at = byline_now_ms()
                 WHERE id = ? AND attempts = ? AND state = 'sending'""", state, key, OutboxRows.json(args), inMillis);
    }

    @Override
    public void release(Claim claim) {
        settle(claim, """
                UPDATE push_jobs SET lease_until = NULL, next_attempt_at = least(next_attempt_at, byline_now_ms())
                 WHERE id = ? AND attempts = ? AND state IN ('queued', 'cancelled') AND lease_until IS NOT NULL""");
    }

    /** An update of the claimed job: {@code values}, then the job's id and the claim's attempt; only while the claim is current. */
    private int settle(Claim claim, String sql, Object... values) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                for (Object value : values) {
                    st.setObject(i++, value);
                }
                st.setLong(i++, claim.jobId());
                st.setInt(i, claim.attempt());
                return st.executeUpdate();
            }
        });
    }
}
