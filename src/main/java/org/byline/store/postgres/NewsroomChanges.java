package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.byline.domain.NewsroomException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The newsroom's changes as they happen: a connection of its own, as the same person, listening
 * on {@code byline_changes} (server V2 notifies it whenever an article, a person, a section or a
 * setting changes), so a window learns within moments that there is something to bring.
 */
public final class NewsroomChanges implements AutoCloseable {
    private final Connection connection;
    private final ServerAddress address;

    private NewsroomChanges(Connection connection, ServerAddress address) {
        this.connection = connection;
        this.address = address;
    }

    static NewsroomChanges listen(ServerAddress address, char[] password) {
        Connection c = ServerConnections.open(address, password);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN byline_changes");
            return new NewsroomChanges(c, address);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first failure is the one to tell
            }
            throw ServerConnections.translate(e, address);
        }
    }

    /**
     * Waits up to {@code millis} for a change; returns the tables that changed (their names are
     * the notifications' payloads), empty when none did.
     *
     * @throws NewsroomException "error.server.unreachable" when the connection was lost
     */
    public Set<String> await(int millis) {
        try {
            PGNotification[] got = connection.unwrap(PGConnection.class).getNotifications(Math.max(1, millis));
            if (got == null || got.length == 0) {
                return Set.of();
            }
            Set<String> tables = new HashSet<>();
            for (PGNotification n : got) {
                tables.add(n.getParameter());
            }
            return tables;
        } catch (SQLException e) {
            throw new NewsroomException("error.server.unreachable", e, address.where());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a lost connection has nothing left to do
        }
    }
}
