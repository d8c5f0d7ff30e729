package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.byline.domain.ArticleLock;
import org.byline.domain.LockEvent;
import org.byline.domain.LockResult;
import org.byline.domain.LockResult.Outcome;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.store.LockStore;

/**
 * {@link LockStore} on the newsroom server (V4), so a lock taken at one workstation holds at every
 * other: each call is one of the server's lock functions, acting for the signed-in person's own
 * login. The server applies the rules itself (stale after two minutes by its clock; the desk may
 * take over a living lock), so a workstation's clock or a psql session cannot bend them.
 */
final class ServerLockStore implements LockStore {
    private static final String SELECT_LOCK =
            "SELECT article_id, holder_person_id, holder_name, since, heartbeat FROM locks";

    private final PersonLogin login;

    ServerLockStore(PersonLogin login) {
        this.login = login;
    }

    @Override
    public LockResult open(long articleId, Person who, String process) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM take_lock(?, ?)")) {
                st.setLong(1, articleId);
                st.setString(2, process);
                ResultSet rs = st.executeQuery();
                rs.next();
                Outcome outcome = switch (rs.getString("outcome")) {
                    case "taken" -> Outcome.TAKEN;
                    case "already-yours" -> Outcome.ALREADY_YOURS;
                    case "resumed" -> Outcome.RESUMED;
                    default -> Outcome.HELD_BY_OTHER;
                };
                return new LockResult(
                        outcome,
                        new ArticleLock(
                                articleId,
                                rs.getLong("holder_person_id"),
                                rs.getString("holder_name"),
                                instant(rs, "since"),
                                instant(rs, "heartbeat")));
            }
        });
    }

    @Override
    public Optional<ArticleLock> heartbeat(long articleId, Person who) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT heartbeat_lock(?, ?)")) {
                st.setLong(1, articleId);
                st.setString(2, "heartbeat");
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getTimestamp(1) == null ? Optional.empty() : find(c, articleId);
            }
        });
    }

    @Override
    public boolean release(long articleId, Person who) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT release_lock(?)")) {
                st.setLong(1, articleId);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /**
     * The server decides whether the lock may be broken; {@code stale} and {@code mayBreakFresh}
     * (the window's view of the same rules) only choose the message when it may not.
     */
    @Override
    public ArticleLock breakLock(
            long articleId, Person by, String process, Predicate<ArticleLock> stale, boolean mayBreakFresh) {
        return login.serially(c -> {
            Optional<ArticleLock> held = find(c, articleId);
            if (held.isEmpty()) {
                throw new NewsroomException("error.lock.notLocked", articleId);
            }
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM break_lock(?, ?)")) {
                st.setLong(1, articleId);
                st.setString(2, process);
                ResultSet rs = st.executeQuery();
                rs.next();
                return new ArticleLock(
                        articleId,
                        rs.getLong("holder_person_id"),
                        rs.getString("holder_name"),
                        instant(rs, "since"),
                        instant(rs, "heartbeat"));
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    throw new NewsroomException(
                            "error.lock.mayNotBreak", e, articleId, held.get().holder());
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<ArticleLock> find(long articleId) {
        return login.serially(c -> find(c, articleId));
    }

    private static Optional<ArticleLock> find(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT_LOCK + " WHERE article_id = ?")) {
            st.setLong(1, articleId);
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(lock(rs)) : Optional.empty();
        }
    }

    @Override
    public List<ArticleLock> all() {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_LOCK + " ORDER BY since, article_id")) {
                ResultSet rs = st.executeQuery();
                List<ArticleLock> locks = new ArrayList<>();
                while (rs.next()) {
                    locks.add(lock(rs));
                }
                return locks;
            }
        });
    }

    @Override
    public List<LockEvent> events(long articleId) {
        return login.serially(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT article_id, at, by_person_id, by_name, holder_person_id, holder_name,
                           holder_since, holder_heartbeat, stale
                      FROM lock_events WHERE article_id = ? ORDER BY at, id""")) {
                st.setLong(1, articleId);
                ResultSet rs = st.executeQuery();
                List<LockEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new LockEvent(
                            rs.getLong("article_id"),
                            instant(rs, "at"),
                            rs.getLong("by_person_id"),
                            rs.getString("by_name"),
                            rs.getLong("holder_person_id"),
                            rs.getString("holder_name"),
                            instant(rs, "holder_since"),
                            instant(rs, "holder_heartbeat"),
                            rs.getBoolean("stale")));
                }
                return events;
            }
        });
    }

    private static ArticleLock lock(ResultSet rs) throws SQLException {
        return new ArticleLock(
                rs.getLong("article_id"),
                rs.getLong("holder_person_id"),
                rs.getString("holder_name"),
                instant(rs, "since"),
                instant(rs, "heartbeat"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
