package org.byline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.byline.domain.Sender;

/** Sending push jobs in SQLite: a claim is taken in one write transaction, so two runs never take the same job. */
public final class SqlitePushClaimStore implements PushClaimStore {
    private final Database db;
    private final Clock clock;

    public SqlitePushClaimStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Claim> claimDue(Duration lease, Collection<Long> only, Sender me, Predicate<Sender> gone) {
        return db.write(c -> {
            long now = clock.millis();
            Claim claim = null;
            try (PreparedStatement st =
                    c.prepareStatement("""
                    SELECT id, state, lease_until, attempts, retried_at_attempt, article_id, site_id, queued_by, override_embargo,
                           sender_pid, sender_started, sender_host FROM push_jobs j
                     WHERE ((state = 'queued' AND next_attempt_at <= ? AND NOT EXISTS (""" + ON_ITS_WAY + """
                    )) OR (state = 'sending' AND (lease_until <= ? OR sender_host = ?)))""" + restrict(only) + " ORDER BY next_attempt_at, id")) {
                st.setLong(1, now);
                st.setLong(2, now);
                st.setLong(3, now);
                st.setString(4, me.host());
                ResultSet rs = st.executeQuery();
                while (claim == null && rs.next()) {
                    boolean leased = rs.getString("state").equals("sending") && rs.getLong("lease_until") > now;
                    if (leased && !gone.test(OutboxRows.sender(rs))) {
                        continue; // a living run on this machine is still sending it
                    }
                    int attempt = rs.getInt("attempts") + 1;
                    claim = new Claim(
                            rs.getLong("id"),
                            attempt,
                            attempt - rs.getInt("retried_at_attempt"),
                            rs.getLong("article_id"),
                            rs.getLong("site_id"),
                            rs.getLong("queued_by"),
                            rs.getInt("override_embargo") == 1,
                            0);
                }
            }
            if (claim == null) {
                return Optional.<Claim>empty();
            }
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE push_jobs SET state = 'sending', attempts = ?, lease_until = ?, updated_at = ?,
                           sender_pid = ?, sender_started = ?, sender_host = ? WHERE id = ?""")) {
                st.setInt(1, claim.attempt());
                st.setLong(2, now + lease.toMillis());
                st.setLong(3, now);
                st.setLong(4, me.pid());
                Rows.setInstant(st, 5, me.started());
                st.setString(6, me.host());
                st.setLong(7, claim.jobId());
                st.executeUpdate();
            }
            return Optional.of(claim);
        });
    }

    /**
     * Another send of the same article to the same site still under its lease (sending, or
     * cancelled while its request runs): a queued job waits for it, so two sends never race to
     * create the post, and the newer text is the one that lands last. {@code ?} is now.
     */
    private static final String ON_ITS_WAY = """
            SELECT 1 FROM push_jobs o WHERE o.article_id = j.article_id AND o.site_id = j.site_id AND o.id <> j.id
               AND o.state IN ('sending', 'cancelled') AND o.lease_until > ?""";

    private static String restrict(Collection<Long> only) {
        return only.isEmpty()
                ? ""
                : " AND j.id IN (" + only.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }

    @Override
    public Optional<Instant> nextDue(Collection<Long> only) {
        return db.read(c -> {
            long now = clock.millis();
            try (PreparedStatement st = c.prepareStatement(
                    """
                    SELECT min(CASE state WHEN 'queued' THEN max(next_attempt_at, coalesce((""" + ON_ITS_WAY.replace("SELECT 1", "SELECT max(o.lease_until)") + """
                    ), 0)) ELSE lease_until END) FROM push_jobs j WHERE state IN ('queued', 'sending')""" + restrict(only))) {
                st.setLong(1, now);
                ResultSet rs = st.executeQuery();
                rs.next();
                long at = rs.getLong(1);
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
            }
        });
    }

    @Override
    public List<Sender> sendersOn(String host) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT sender_pid, sender_started, sender_host FROM push_jobs WHERE state = 'sending' AND sender_host = ?")) {
                st.setString(1, host);
                ResultSet rs = st.executeQuery();
                List<Sender> senders = new ArrayList<>();
                while (rs.next()) {
                    senders.add(OutboxRows.sender(rs));
                }
                return senders;
            }
        });
    }

    @Override
    public void renew(Claim claim, Duration lease) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE push_jobs SET lease_until = ?,
                           next_attempt_at = CASE state WHEN 'queued' THEN max(next_attempt_at, ?) ELSE next_attempt_at END
                     WHERE id = ? AND attempts = ? AND lease_until IS NOT NULL AND state IN ('sending', 'cancelled', 'queued')""")) {
                long until = clock.millis() + lease.toMillis();
                st.setLong(1, until);
                st.setLong(2, until);
                st.setLong(3, claim.jobId());
                st.setInt(4, claim.attempt());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean done(Claim claim, String remoteId, String link) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE push_jobs SET state = 'done', remote_id = ?, remote_link = ?, error_key = NULL, error_args = NULL,
                           lease_until = NULL, updated_at = ?
                     WHERE id = ? AND attempts = ? AND state = 'sending'""")) {
                st.setString(1, remoteId);
                st.setString(2, link);
                st.setLong(3, clock.millis());
                st.setLong(4, claim.jobId());
                st.setInt(5, claim.attempt());
                return st.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void retryLater(Claim claim, String key, List<String> args, Instant next) {
        failure(claim, "queued", key, args, next.toEpochMilli());
    }

    @Override
    public void fail(Claim claim, String key, List<String> args) {
        failure(claim, "failed", key, args, clock.millis());
    }

    private void failure(Claim claim, String state, String key, List<String> args, long next) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE push_jobs SET state = ?, error_key = ?, error_args = ?, next_attempt_at = ?, lease_until = NULL, updated_at = ?
                     WHERE id = ? AND attempts = ? AND state = 'sending'""")) {
                st.setString(1, state);
                st.setString(2, key);
                st.setString(3, OutboxRows.json(args));
                st.setLong(4, next);
                st.setLong(5, clock.millis());
                st.setLong(6, claim.jobId());
                st.setInt(7, claim.attempt());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void release(Claim claim) {
        settle(claim, """
                UPDATE push_jobs SET lease_until = NULL, next_attempt_at = min(next_attempt_at, ?)
                 WHERE id = ? AND attempts = ? AND state IN ('queued', 'cancelled') AND lease_until IS NOT NULL""", clock.millis());
    }

    private void settle(Claim claim, String sql, long value) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, value);
                st.setLong(2, claim.jobId());
                st.setInt(3, claim.attempt());
                st.executeUpdate();
            }
            return null;
        });
    }
}
