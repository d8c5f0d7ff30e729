package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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

/**
 * {@link LockStore} in SQLite, one row per locked article. Every check-and-take runs in one write
 * transaction, which SQLite serialises across processes (BEGIN IMMEDIATE).
 */
public final class SqliteLockStore implements LockStore {
    private static final String SELECT_LOCK =
            "SELECT article_id, holder_person_id, holder_name, since, heartbeat, process FROM locks";

    private final Database db;
    private final Clock clock;

    public SqliteLockStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public LockResult open(long articleId, Person who, String process) {
        return db.write(c -> {
            requireArticle(c, articleId);
            Optional<Held> held = held(c, articleId);
            long now = clock.millis();
            if (held.isEmpty()) {
                insert(c, articleId, who, now, process);
                return new LockResult(Outcome.TAKEN, lock(articleId, who, now, now));
            }
            Held h = held.get();
            if (h.lock.holderId() != who.id()) {
                return new LockResult(Outcome.HELD_BY_OTHER, h.lock);
            }
            touch(c, articleId, now, process);
            ArticleLock renewed =
                    new ArticleLock(articleId, who.id(), h.lock.holder(), h.lock.since(), Instant.ofEpochMilli(now));
            return new LockResult(h.process.equals(process) ? Outcome.ALREADY_YOURS : Outcome.RESUMED, renewed);
        });
    }

    @Override
    public Optional<ArticleLock> heartbeat(long articleId, Person who) {
        return db.write(c -> {
            Optional<Held> held = held(c, articleId);
            if (held.isEmpty() || held.get().lock.holderId() != who.id()) {
                return Optional.empty();
            }
            ArticleLock lock = held.get().lock;
            long now = clock.millis();
            try (PreparedStatement st = c.prepareStatement("UPDATE locks SET heartbeat = ? WHERE article_id = ?")) {
                st.setLong(1, now);
                st.setLong(2, articleId);
                st.executeUpdate();
            }
            return Optional.of(new ArticleLock(
                    articleId, lock.holderId(), lock.holder(), lock.since(), Instant.ofEpochMilli(now)));
        });
    }

    @Override
    public boolean release(long articleId, Person who) {
        return db.write(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("DELETE FROM locks WHERE article_id = ? AND holder_person_id = ?")) {
                st.setLong(1, articleId);
                st.setLong(2, who.id());
                st.executeUpdate();
            }
            return held(c, articleId).isEmpty();
        });
    }

    @Override
    public ArticleLock breakLock(
            long articleId, Person by, String process, Predicate<ArticleLock> stale, boolean mayBreakFresh) {
        return db.write(c -> {
            requireArticle(c, articleId);
            Held held = held(c, articleId).orElseThrow(() -> new NewsroomException("error.lock.notLocked", articleId));
            ArticleLock broken = held.lock;
            long now = clock.millis();
            if (broken.holderId() == by.id()) {
                touch(c, articleId, now, process); // one's own lock: nothing to break, nothing to record
                return broken;
            }
            boolean wasStale = stale.test(broken);
            if (!wasStale && !mayBreakFresh) {
                throw new NewsroomException("error.lock.mayNotBreak", articleId, broken.holder());
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM locks WHERE article_id = ?")) {
                st.setLong(1, articleId);
                st.executeUpdate();
            }
            insert(c, articleId, by, now, process);
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO lock_events (article_id, at, by_person_id, by_name, holder_person_id, holder_name,
                                             holder_since, holder_heartbeat, stale)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                st.setLong(1, articleId);
                st.setLong(2, now);
                st.setLong(3, by.id());
                st.setString(4, by.name());
                st.setLong(5, broken.holderId());
                st.setString(6, broken.holder());
                st.setLong(7, broken.since().toEpochMilli());
                st.setLong(8, broken.heartbeat().toEpochMilli());
                st.setInt(9, wasStale ? 1 : 0);
                st.executeUpdate();
            }
            return broken;
        });
    }

    @Override
    public Optional<ArticleLock> find(long articleId) {
        return db.read(c -> held(c, articleId).map(Held::lock));
    }

    @Override
    public List<ArticleLock> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_LOCK + " ORDER BY since, article_id")) {
                ResultSet rs = st.executeQuery();
                List<ArticleLock> locks = new ArrayList<>();
                while (rs.next()) {
                    locks.add(held(rs).lock);
                }
                return locks;
            }
        });
    }

    @Override
    public List<LockEvent> events(long articleId) {
        return db.read(c -> {
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
                            Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getLong("by_person_id"),
                            rs.getString("by_name"),
                            rs.getLong("holder_person_id"),
                            rs.getString("holder_name"),
                            Instant.ofEpochMilli(rs.getLong("holder_since")),
                            Instant.ofEpochMilli(rs.getLong("holder_heartbeat")),
                            rs.getInt("stale") == 1));
                }
                return events;
            }
        });
    }

    private static void requireArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            st.setLong(1, articleId);
            if (!st.executeQuery().next()) {
                throw new NewsroomException("error.unknownArticle", articleId);
            }
        }
    }

    private static Optional<Held> held(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT_LOCK + " WHERE article_id = ?")) {
            st.setLong(1, articleId);
            ResultSet rs = st.executeQuery();
            return rs.next() ? Optional.of(held(rs)) : Optional.empty();
        }
    }

    private static Held held(ResultSet rs) throws SQLException {
        ArticleLock lock = new ArticleLock(
                rs.getLong("article_id"),
                rs.getLong("holder_person_id"),
                rs.getString("holder_name"),
                Instant.ofEpochMilli(rs.getLong("since")),
                Instant.ofEpochMilli(rs.getLong("heartbeat")));
        return new Held(lock, rs.getString("process"));
    }

    private static void insert(Connection c, long articleId, Person who, long now, String process) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO locks (article_id, holder_person_id, holder_name, since, heartbeat, process)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            st.setLong(1, articleId);
            st.setLong(2, who.id());
            st.setString(3, who.name());
            st.setLong(4, now);
            st.setLong(5, now);
            st.setString(6, process);
            st.executeUpdate();
        }
    }

    private static void touch(Connection c, long articleId, long now, String process) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("UPDATE locks SET heartbeat = ?, process = ? WHERE article_id = ?")) {
            st.setLong(1, now);
            st.setString(2, process);
            st.setLong(3, articleId);
            st.executeUpdate();
        }
    }

    private static ArticleLock lock(long articleId, Person who, long since, long heartbeat) {
        return new ArticleLock(
                articleId, who.id(), who.name(), Instant.ofEpochMilli(since), Instant.ofEpochMilli(heartbeat));
    }

    /** A lock with the run that holds it, which only the store needs to know. */
    private record Held(ArticleLock lock, String process) {}
}
