package org.byline.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.byline.domain.NewsroomException;

/**
 * Where a newsroom's server is, as people write it: {@code postgresql://host:5432/newsroom?user=postgres},
 * optionally with libpq's {@code sslmode} (require, verify-full ...) for a server across a network.
 * Never holds a password: passwords come from the environment or a prompt and are used for one
 * connection, so an address can be printed, logged and kept in settings as it is.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** @param sslMode null for the driver's default (prefer) */
    public ServerAddress {
        if (host.isBlank() || database.isBlank() || user.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("incomplete server address");
        }
        if (sslMode != null && !SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("unknown sslmode");
        }
    }

    public ServerAddress(String host, int port, String database, String user) {
        this(host, port, database, user, null);
    }

    /**
     * Reads {@code text}; anything that is not a whole address (no database, no user, a password
     * written into it) is refused with one line showing the expected form.
     */
    public static ServerAddress parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads {@code text} as {@link #parse(String)} does, with {@code user} where the address names
     * none: a person joining a newsroom names the server, and Byline knows their login.
     */
    public static ServerAddress parse(String text, String user) {
        return read(text, user);
    }

    private static ServerAddress read(String text, String defaultUser) {
        String given = text == null ? "" : text.strip();
        String plain = given.startsWith("jdbc:") ? given.substring("jdbc:".length()) : given;
        try {
            URI uri = new URI(plain);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
                throw bad(given);
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw bad(given);
            }
            String user = null;
            String sslMode = null;
            if (uri.getRawUserInfo() != null) {
                // postgresql://user@host/db is libpq's form too; user:password@ is refused, since a
                // password in an address ends up in shell history and process lists
                if (uri.getRawUserInfo().contains(":")) {
                    throw new NewsroomException("error.server.passwordInAddress");
                }
                user = decode(uri.getRawUserInfo());
            }
            String query = uri.getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    if (key.equals("user")) {
                        user = value;
                    } else if (key.equals("sslmode")) {
                        sslMode = value;
                    } else if (key.equals("password")) {
                        throw new NewsroomException("error.server.passwordInAddress");
                    }
                }
            }
            if (user == null || user.isBlank()) {
                user = defaultUser;
            }
            if (user == null || user.isBlank()) {
                throw bad(given);
            }
            int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            return new ServerAddress(
                    uri.getHost(), port, decode(uri.getRawPath().substring(1)), user, sslMode);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw bad(given);
        }
    }

    private static NewsroomException bad(String given) {
        return new NewsroomException("error.server.badAddress", given);
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** The JDBC address of the same database, without user or password. */
    String jdbcUrl() {
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database;
    }

    /** The same server and database, signed in as {@code login}. */
    public ServerAddress withUser(String login) {
        return new ServerAddress(host, port, database, login, sslMode);
    }

    /** The address without a user: what a workstation that joined keeps and shows. */
    public String withoutUser() {
        return "postgresql://" + where() + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    /** host:port/database, as messages name the server. */
    public String where() {
        return host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + where() + "?user=" + user + (sslMode == null ? "" : "&sslmode=" + sslMode);
    }
}
