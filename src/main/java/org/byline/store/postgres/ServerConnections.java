package org.byline.store.postgres;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.byline.domain.NewsroomException;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections to a newsroom server, and what its refusals mean to the person at the keyboard:
 * each SQLSTATE a setup or sign-in meets becomes one line in their language.
 */
public final class ServerConnections {
    /** A server that does not answer is named after this long, not after the driver's default. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** The longest a statement may wait for the server's answer (a first round brings thousands of articles well within it). */
    private static final int SOCKET_TIMEOUT_SECONDS = 60;

    private ServerConnections() {}

    /** A data source for {@code address} signed in as its user with {@code password}. */
    static PGSimpleDataSource dataSource(ServerAddress address, char[] password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(address.user());
        source.setPassword(new String(password));
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        // a network that swallows packets must not hold a lock keeper or a round for ever
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        source.setApplicationName("Byline");
        if (address.sslMode() != null) {
            source.setSslMode(address.sslMode());
        }
        return source;
    }

    /** One connection, or the reason there is none as a NewsroomException. */
    static Connection open(ServerAddress address, char[] password) {
        try {
            return dataSource(address, password).getConnection();
        } catch (SQLException e) {
            // a database closed to connections for a while (ALLOW_CONNECTIONS false, a restore)
            // or a server starting up or shutting down is away, as a dead one is: try again later
            String state = String.valueOf(e.getSQLState());
            if (state.equals("55000") || state.equals("57P03")) {
                throw new NewsroomException("error.server.unreachable", e, address.where());
            }
            throw translate(e, address);
        }
    }

    /** Connection properties for a plain JDBC DriverManager call (tests, psql-like tools). */
    public static Properties signIn(String user, char[] password) {
        Properties props = new Properties();
        PGProperty.USER.set(props, user);
        PGProperty.PASSWORD.set(props, new String(password));
        PGProperty.CONNECT_TIMEOUT.set(props, CONNECT_TIMEOUT_SECONDS);
        return props;
    }

    static NewsroomException translate(SQLException e, ServerAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 57P0x: the server shutting down or starting up, or the session ended by an admin; 53300: full
        if (state.startsWith("08")
                || state.startsWith("57P")
                || state.equals("53300")
                || causedBy(e, ConnectException.class)
                || causedBy(e, UnknownHostException.class)) {
            return new NewsroomException("error.server.unreachable", e, address.where());
        }
        return switch (state) {
            case "28P01" -> new NewsroomException("error.server.wrongPassword", e, address.where(), address.user());
            case "28000" -> new NewsroomException("error.server.notLetIn", e, address.where(), address.user());
            case "3D000" -> new NewsroomException("error.server.noDatabase", e, address.where(), address.database());
            case "42501" -> new NewsroomException("error.server.notAllowed", e, address.user(), firstLine(e));
            default -> new NewsroomException("error.server", e, address.where(), firstLine(e));
        };
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
