package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.byline.domain.NewsroomException;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.util.PasswordUtil;

/**
 * Makes a newsroom in an existing, empty database: the schema, the group roles and the first
 * admin. Everything that can be known beforehand is checked before anything is written, so a
 * refusal leaves the database as it was.
 */
public final class NewsroomSetup {
    /** The oldest server a newsroom runs on: Debian 12's. */
    static final int OLDEST_SERVER = 150000;

    private NewsroomSetup() {}

    /** The first admin, with their password already turned into the workstation's PBKDF2 verifier. */
    public record FirstAdmin(String name, String email, char[] password, String offlineVerifier) {}

    /** A newsroom made: its role prefix and the admin's own login role. */
    public record Created(ServerAddress address, String rolePrefix, String adminLogin) {}

    public static Created create(ServerAddress address, char[] password, FirstAdmin admin) {
        String prefix = RolePrefix.of(address.database());
        try (Connection c = ServerConnections.open(address, password)) {
            checkServer(c, address);
            if (!checkDatabase(c, address)) {
                checkRoles(c, prefix);
            }
        } catch (SQLException e) {
            throw ServerConnections.translate(e, address);
        }
        try {
            NewsroomSchema.migrate(address, password, prefix);
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            throw sql != null
                    ? ServerConnections.translate(sql, address)
                    : new NewsroomException("error.server", e, address.where(), e.getMessage());
        }
        try (Connection c = ServerConnections.open(address, password)) {
            return new Created(address, prefix, addFirstAdmin(c, admin));
        } catch (SQLException e) {
            throw ServerConnections.translate(e, address);
        }
    }

    /** A newsroom brought to this Byline's schema: the version it had and the one it has now. */
    public record Upgraded(int from, int to) {}

    /**
     * Brings the newsroom at {@code address} to this Byline's schema, as the owner of its tables
     * (the address's user). Refuses a database that is not a newsroom, or one newer than this Byline.
     */
    public static Upgraded upgrade(ServerAddress address, char[] password) {
        int from;
        String prefix;
        try (Connection c = ServerConnections.open(address, password)) {
            NewsroomSchema.Found found = NewsroomSchema.inspect(c);
            if (!(found instanceof NewsroomSchema.Newsroom newsroom)) {
                throw new NewsroomException("error.newsroom.notNewsroom", address.where());
            }
            if (newsroom.version() > NewsroomSchema.VERSION) {
                throw new NewsroomException(
                        "error.newsroom.newerSchema", address.where(), newsroom.version(), NewsroomSchema.VERSION);
            }
            from = newsroom.version();
            // what the upgrade makes (tables, SECURITY DEFINER functions) must have the newsroom's one owner
            try (PreparedStatement st = c.prepareStatement("SELECT pg_get_userbyid(relowner), current_user"
                            + " FROM pg_class WHERE oid = 'public.newsroom'::regclass");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                if (!rs.getString(1).equals(rs.getString(2))) {
                    throw new NewsroomException("error.newsroom.notOwner", rs.getString(2), rs.getString(1));
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT role_prefix FROM newsroom");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                prefix = rs.getString(1);
            }
        } catch (SQLException e) {
            throw ServerConnections.translate(e, address);
        }
        if (from < NewsroomSchema.VERSION) {
            try {
                // each migration is one transaction: one that fails leaves the newsroom at the one before
                NewsroomSchema.migrate(address, password, prefix);
            } catch (FlywayException e) {
                SQLException sql = sqlCause(e);
                throw sql != null
                        ? ServerConnections.translate(sql, address)
                        : new NewsroomException("error.server", e, address.where(), e.getMessage());
            }
        }
        return new Upgraded(from, NewsroomSchema.VERSION);
    }

    private static void checkServer(Connection c, ServerAddress address) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                        "SELECT current_setting('server_version_num')::int, current_setting('server_version'),"
                                + " (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            if (rs.getInt(1) < OLDEST_SERVER) {
                throw new NewsroomException("error.server.tooOld", address.where(), rs.getString(2));
            }
            if (!rs.getBoolean(3)) {
                // the group roles and each person's login are roles: made by this user
                throw new NewsroomException("error.newsroom.cannotCreateRoles", address.user());
            }
        }
    }

    /**
     * Refuses a database that is not empty, unless it is a newsroom whose making stopped before
     * its first admin (the schema is committed before the admin is added): then create finishes
     * it, and this returns true.
     */
    private static boolean checkDatabase(Connection c, ServerAddress address) throws SQLException {
        NewsroomSchema.Found found = NewsroomSchema.inspect(c);
        if (found instanceof NewsroomSchema.Newsroom newsroom) {
            if (newsroom.version() > NewsroomSchema.VERSION) {
                throw new NewsroomException(
                        "error.newsroom.newerSchema", address.where(), newsroom.version(), NewsroomSchema.VERSION);
            }
            if (!NewsroomSchema.hasPeople(c)) {
                return true;
            }
            throw new NewsroomException("error.newsroom.exists", address.where());
        }
        if (found instanceof NewsroomSchema.Foreign foreign) {
            throw new NewsroomException("error.newsroom.notEmpty", address.database(), foreign.example());
        }
        return false;
    }

    private static void checkRoles(Connection c, String prefix) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?) ORDER BY rolname LIMIT 1")) {
            st.setString(1, RolePrefix.group(prefix, "reporter"));
            st.setString(2, RolePrefix.group(prefix, "desk"));
            st.setString(3, RolePrefix.group(prefix, "admin"));
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    // another newsroom (or a dropped one's leftovers) of the same name: its people
                    // must not become members of this one
                    throw new NewsroomException("error.newsroom.rolesTaken", rs.getString(1));
                }
            }
        }
    }

    /**
     * The admin's login role is made with a SCRAM verifier: the password itself never reaches the
     * server. (The driver zeroes the array it is given, hence the copy.)
     */
    static String addFirstAdmin(Connection c, FirstAdmin admin) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT db_role FROM newsroom_add_person(?, ?, 'admin', ?, ?)")) {
            st.setString(1, admin.name());
            st.setString(2, admin.email());
            st.setString(3, PasswordUtil.encodeScramSha256(admin.password().clone()));
            st.setString(4, admin.offlineVerifier());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
