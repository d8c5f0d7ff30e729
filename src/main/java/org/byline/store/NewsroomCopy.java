package org.byline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A workstation's copy of a newsroom (V10), on its side: whether this store is one, what waits to
 * be sent, and the numbers the server lent it. {@link NewsroomExchange} moves changes between it
 * and the server.
 */
public final class NewsroomCopy {
    /** One change waiting to be sent, in the order it was made. */
    public record Waiting(long seq, String key, String kind, long articleId, String note, Instant madeAt) {}

    private final Database db;

    public NewsroomCopy(Database db) {
        this.db = db;
    }

    Database database() {
        return db;
    }

    /** Makes this (new, empty) store a copy of a newsroom, known to the server as {@code workstation}. */
    public void become(UUID workstation) {
        db.write(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("INSERT INTO sync_state (only_row, workstation) VALUES (1, ?)")) {
                st.setString(1, workstation.toString());
                st.executeUpdate();
            }
            return null;
        });
    }

    /** The workstation's id when this store is a newsroom copy; empty for a workstation's own store. */
    public Optional<UUID> workstation() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT workstation FROM sync_state")) {
                return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
            }
        });
    }

    public boolean isCopy() {
        return workstation().isPresent();
    }

    /** Changes made here that the server has not confirmed yet. */
    public int waitingCount() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM sync_outgoing")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** When a change made here last reached the server, or null. */
    public Instant lastSent() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT last_sent FROM sync_state")) {
                return rs.next() ? Rows.instant(rs, "last_sent") : null;
            }
        });
    }

    /** The oldest waiting changes, at most {@code limit}. */
    public List<Waiting> waiting(int limit) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT seq, key, kind, article_id, note, made_at FROM sync_outgoing ORDER BY seq LIMIT ?")) {
                st.setInt(1, limit);
                ResultSet rs = st.executeQuery();
                List<Waiting> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(new Waiting(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6))));
                }
                return found;
            }
        });
    }

    /** Whether article {@code articleId} has changes waiting here (then the server's copy is not written over it). */
    static boolean hasWaiting(Connection c, long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sync_outgoing WHERE article_id = ? LIMIT 1")) {
            st.setLong(1, articleId);
            return st.executeQuery().next();
        }
    }

    /** How many lent article numbers are left. */
    public int numbersLeft() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM reserved_article_ids")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Keeps numbers the server lent this workstation for articles started here. */
    public void lend(List<Long> numbers) {
        db.write(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("INSERT OR IGNORE INTO reserved_article_ids (id) VALUES (?)")) {
                for (long n : numbers) {
                    st.setLong(1, n);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    /** The server's version this copy of the article was made from; 0 when it has not reached the server. */
    public long serverVersion(long articleId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT server_version FROM articles WHERE id = ?")) {
                st.setLong(1, articleId);
                ResultSet rs = st.executeQuery();
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * The server took {@code change}: it leaves the queue, unless the article was changed again
     * here after {@code sentVersion} was read (a save while it was on its way), in which case it
     * stays with a fresh key to carry the newer text. The server's version is recorded either way.
     */
    void confirm(Waiting change, long sentVersion, Long serverVersion, Instant now) {
        db.write(c -> {
            if (serverVersion != null) {
                try (PreparedStatement st = c.prepareStatement("UPDATE articles SET server_version = ? WHERE id = ?")) {
                    st.setLong(1, serverVersion);
                    st.setLong(2, change.articleId());
                    st.executeUpdate();
                }
            }
            settleIn(c, change, sentVersion);
            try (PreparedStatement st = c.prepareStatement("UPDATE sync_state SET last_sent = ?")) {
                st.setLong(1, now.toEpochMilli());
                st.executeUpdate();
            }
            return null;
        });
    }

    /**
     * {@code change} has been answered (taken, kept as a revision, or refused): it leaves the queue,
     * unless it is a save and the article was saved again here after {@code sentVersion} was read;
     * then it stays, with a fresh key, to carry the newer text at the next round.
     */
    void settle(Waiting change, long sentVersion) {
        db.write(c -> {
            settleIn(c, change, sentVersion);
            return null;
        });
    }

    private static void settleIn(Connection c, Waiting change, long sentVersion) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                DELETE FROM sync_outgoing
                 WHERE seq = ? AND (kind <> 'save' OR (SELECT version FROM articles WHERE id = ?) = ?)""")) {
            st.setLong(1, change.seq());
            st.setLong(2, change.articleId());
            st.setLong(3, sentVersion);
            if (st.executeUpdate() == 0) {
                try (PreparedStatement fresh =
                        c.prepareStatement("UPDATE sync_outgoing SET key = lower(hex(randomblob(16))) WHERE seq = ?")) {
                    fresh.setLong(1, change.seq());
                    fresh.executeUpdate();
                }
            }
        }
    }

    /** The server refused {@code change} for good: it leaves the queue (the person is told why). */
    void drop(Waiting change) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM sync_outgoing WHERE seq = ?")) {
                st.setLong(1, change.seq());
                st.executeUpdate();
            }
            return null;
        });
    }

    /** The oldest server transaction that was still running when this copy last looked. */
    long lastXmin() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT last_xmin FROM sync_state")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }

    /** The newsroom's last change number this copy holds. */
    long lastChange() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT last_change FROM sync_state")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }

    /**
     * Runs {@code work} in one write transaction with the journal silenced: what the server sent
     * is written in, and must not be sent back as this workstation's change.
     */
    <T> T writeServerChanges(Database.SqlWork<T> work) {
        return db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE sync_state SET applying = 1");
                T result = work.run(c);
                st.execute("UPDATE sync_state SET applying = 0");
                return result;
            }
        });
    }

    /** A setting as this copy holds it now. */
    Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                st.setString(1, key);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /** A change of this copy reached the server at {@code now}. */
    void sentNow(Instant now) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE sync_state SET last_sent = ?")) {
                st.setLong(1, now.toEpochMilli());
                st.executeUpdate();
            }
            return null;
        });
    }

    /** The copy's photo files (originals brought from the server land here; renditions are made here). */
    MediaFiles media() {
        return new MediaFiles(db.file().getParent());
    }

    /** Articles passed over at an earlier round because changes of this copy to them waited. */
    Set<Long> toReadAgain() {
        return db.read(c -> {
            Set<Long> ids = new LinkedHashSet<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT article_id FROM sync_refetch")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}
