package org.byline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.byline.domain.NewsroomException;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.Sender;
import org.byline.domain.Site;
import org.byline.domain.SiteType;

/**
 * The sites and the outbox of push jobs (what each site already holds: {@link SiteHoldingsStore}). Every change to a job that
 * was claimed names the claim (its attempt number) and only lands while that claim is current, so
 * the late answer of a send that was given up on cannot overwrite what came after it.
 */
public final class OutboxStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT_JOB = """
            SELECT j.id, j.article_id, a.headline, s.name AS site_name, j.state, j.attempts, j.next_attempt_at, j.error_key,
                   j.error_args, j.remote_id, j.remote_link, p.name AS queued_by, j.override_embargo, j.created_at, j.updated_at
              FROM push_jobs j JOIN articles a ON a.id = j.article_id JOIN sites s ON s.id = j.site_id
              JOIN people p ON p.id = j.queued_by""";

    private final Database db;
    private final Clock clock;
    private final SiteHoldingsStore holdings;

    public OutboxStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.holdings = new SiteHoldingsStore(db, clock);
    }

    /** What each site already holds (posts, photo originals, creates awaiting their answer). */
    public SiteHoldingsStore holdings() {
        return holdings;
    }

    // ---- sites

    public Site addSite(String name, SiteType type, String url, String user) {
        return db.write(c -> {
            if (siteNamed(c, name).isPresent()) {
                throw new NewsroomException("push.siteExists", name);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sites (name, type, url, user_name, created_at) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, Text.nfc(name));
                st.setString(2, type.code());
                st.setString(3, url);
                st.setString(4, Text.nfc(user == null ? "" : user));
                st.setLong(5, clock.millis());
                st.executeUpdate();
            }
            return siteById(c, Rows.lastId(c)).orElseThrow(); // as stored, in the same transaction
        });
    }

    public List<Site> sites() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites ORDER BY name")) {
                ResultSet rs = st.executeQuery();
                List<Site> sites = new ArrayList<>();
                while (rs.next()) {
                    sites.add(site(rs));
                }
                return sites;
            }
        });
    }

    public Optional<Site> site(String name) {
        return db.read(c -> siteNamed(c, name));
    }

    public Optional<Site> site(long id) {
        return db.read(c -> siteById(c, id));
    }

    /** Removes the site with its jobs and what it holds; refused while a job to it is still on its way. */
    public void removeSite(long siteId) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT count(*) FROM push_jobs WHERE site_id = ? AND state IN ('queued', 'sending')")) {
                st.setLong(1, siteId);
                ResultSet rs = st.executeQuery();
                rs.next();
                if (rs.getInt(1) > 0) {
                    Site site = siteById(c, siteId).orElseThrow();
                    throw new NewsroomException("push.siteBusy", site.name(), rs.getInt(1));
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM sites WHERE id = ?")) {
                st.setLong(1, siteId);
                st.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Site> siteNamed(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites WHERE name = ?")) {
            st.setString(1, Text.nfc(name == null ? "" : name.strip()));
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(site(rs)) : Optional.empty();
        }
    }

    private static Optional<Site> siteById(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM sites WHERE id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(site(rs)) : Optional.empty();
        }
    }

    private static Site site(ResultSet rs) throws SQLException {
        return new Site(
                rs.getLong("id"),
                rs.getString("name"),
                SiteType.fromCode(rs.getString("type")),
                rs.getString("url"),
                rs.getString("user_name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    // ---- jobs

    /**
     * A job pushing the article to the site, due now. A queued job for the same article and site
     * is reused rather than doubled: it will send the article as it is when it goes. One already
     * sending carries the text as it was when it left, so a new job follows it (see {@link #claimDue}).
     */
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

    /** The newest jobs first. */
    public List<PushJob> jobs(int limit) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_JOB + " ORDER BY j.id DESC LIMIT ?")) {
                st.setInt(1, limit);
                return jobs(st.executeQuery());
            }
        });
    }

    public List<PushJob> jobs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_JOB + " WHERE j.id IN (" + in + ") ORDER BY j.id")) {
                return jobs(st.executeQuery());
            }
        });
    }

    public PushJob job(long id) {
        List<PushJob> found = jobs(List.of(id));
        if (found.isEmpty()) {
            throw new NewsroomException("push.unknownJob", id);
        }
        return found.get(0);
    }

    private static List<PushJob> jobs(ResultSet rs) throws SQLException {
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
                    rs.getInt("override_embargo") == 1,
                    Rows.instant(rs, "created_at"),
                    Rows.instant(rs, "updated_at")));
        }
        return jobs;
    }

    /** A job taken for sending: {@code attempt} names this claim in every later change. */
    public record Claim(
            long jobId,
            int attempt,
            int attemptsSinceRetry,
            long articleId,
            long siteId,
            long queuedBy,
            boolean overrideEmbargo) {}

    /**
     * Takes the next job that is due (queued and its time has come, or left in 'sending' by a run
     * whose lease ran out or whose process {@code gone} says has died) and marks it sending under a
     * lease, by {@code me}, in one transaction, so two workers (the window and a command) never
     * send the same job at once.
     *
     * @param only the jobs to consider, or empty for all
     * @param gone whether the sender a job names has died (asked only of senders on {@code me}'s host)
     */
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
                    if (leased && !gone.test(sender(rs))) {
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
                            rs.getInt("override_embargo") == 1);
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

    private static Sender sender(ResultSet rs) throws SQLException {
        return new Sender(rs.getLong("sender_pid"), Rows.instant(rs, "sender_started"), rs.getString("sender_host"));
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

    /** The earliest time one of these queued jobs is due (a job waiting behind another send: when that one's lease ends). */
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

    /** The senders of the jobs being sent from {@code host}, to ask whether one has died (a read, no transaction to wait for). */
    public List<Sender> sendersOn(String host) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT sender_pid, sender_started, sender_host FROM push_jobs WHERE state = 'sending' AND sender_host = ?")) {
                st.setString(1, host);
                ResultSet rs = st.executeQuery();
                List<Sender> senders = new ArrayList<>();
                while (rs.next()) {
                    senders.add(sender(rs));
                }
                return senders;
            }
        });
    }

    /**
     * The send is still going: keeps others from taking the job over. A send the desk cancelled
     * (and perhaps retried) meanwhile keeps its lease too, and a retry waits for it, until
     * {@link #release}: the request still running must not meet a second one for the same job.
     * A job this send put back itself (its lease cleared) is left alone.
     */
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

    /** A passing fault: queued again for {@code next}, the reason kept for the desk to see. */
    public void retryLater(Claim claim, String key, List<String> args, Instant next) {
        failure(claim, "queued", key, args, next.toEpochMilli());
    }

    /** Failed for good, until the desk retries it. */
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
                st.setString(3, json(args));
                st.setLong(4, next);
                st.setLong(5, clock.millis());
                st.setLong(6, claim.jobId());
                st.setInt(7, claim.attempt());
                st.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The desk tries a failed or cancelled job again with a fresh run of attempts: now, or when
     * the request of a cancelled send still running has ended ({@link #release}) or its lease run out.
     */
    public PushJob retry(long jobId) {
        change(jobId, "push.state.retry", List.of(PushState.FAILED, PushState.CANCELLED), """
                UPDATE push_jobs SET state = 'queued', next_attempt_at = max(?, coalesce(lease_until, 0)), retried_at_attempt = attempts,
                       updated_at = ? WHERE id = ?""");
        return job(jobId);
    }

    /**
     * The desk calls a job off. One on its way finishes its request, but its answer is not recorded
     * as the job's; its lease stays until then, so a retry cannot send it a second time meanwhile.
     */
    public PushJob cancel(long jobId) {
        change(jobId, "push.state.cancel", List.of(PushState.QUEUED, PushState.SENDING, PushState.FAILED), """
                UPDATE push_jobs SET state = 'cancelled', next_attempt_at = ?, updated_at = ? WHERE id = ?""");
        return job(jobId);
    }

    /**
     * A send has ended, whatever came of it: if the desk cancelled (and perhaps retried) the job
     * meanwhile, the lease it kept for that send ends now and a retry is due at once.
     */
    public void release(Claim claim) {
        settle(claim, """
                UPDATE push_jobs SET lease_until = NULL, next_attempt_at = min(next_attempt_at, ?)
                 WHERE id = ? AND attempts = ? AND state IN ('queued', 'cancelled') AND lease_until IS NOT NULL""", clock.millis());
    }

    private void change(long jobId, String refusalKey, List<PushState> from, String update) {
        db.write(c -> {
            PushState now;
            try (PreparedStatement st = c.prepareStatement("SELECT state FROM push_jobs WHERE id = ?")) {
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
                long t = clock.millis();
                st.setLong(1, t);
                st.setLong(2, t);
                st.setLong(3, jobId);
                st.executeUpdate();
            }
            return null;
        });
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

    private static String json(List<String> args) {
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
