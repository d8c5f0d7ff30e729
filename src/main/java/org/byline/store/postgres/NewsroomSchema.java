package org.byline.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The newsroom server's schema: the PostgreSQL migrations in db/newsroom (beside the
 * workstation's SQLite set in db/migration), and what a database holds before they run.
 */
final class NewsroomSchema {
    /** The highest migration in db/newsroom; NewsroomSchemaTest fails when one is added without this. */
    static final int VERSION = 6;

    static final String LOCATION = "classpath:db/newsroom";

    /** What a database is, seen from Byline. */
    sealed interface Found {}

    /** Nothing of anyone's in it: a newsroom can be made here. */
    record Empty() implements Found {}

    /** Byline's newsroom, at this schema version. */
    record Newsroom(int version) implements Found {}

    /** Someone else's tables (or functions, or schemas). */
    record Foreign(String example) implements Found {}

    /** Whether Flyway's history table is there (Byline's, or someone's of the same name). */
    private static final String HAS_HISTORY =
            "SELECT 1 FROM pg_class WHERE oid = to_regclass('public.flyway_schema_history')";

    private NewsroomSchema() {}

    static Found inspect(Connection c) throws SQLException {
        if (exists(c, "SELECT 1 FROM pg_class WHERE oid = to_regclass('public.newsroom')") && exists(c, HAS_HISTORY)) {
            try (PreparedStatement st = c.prepareStatement(
                            "SELECT max(version::int), (SELECT role_prefix FROM newsroom) FROM flyway_schema_history"
                                    + " WHERE success AND version IS NOT NULL");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Newsroom(rs.getInt(1));
            } catch (SQLException e) {
                // tables of those names, but not ours (no such columns, versions that are no numbers)
                return new Foreign("public.newsroom");
            }
        }
        boolean failedStart = aFailedStartOnly(c);
        // anything a user made: relations, functions, types or schemas outside the system's own
        String foreign = first(c, """
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
                   AND NOT (%s AND n.nspname = 'public' AND c.relname LIKE 'flyway\\_schema\\_history%%')
                UNION ALL
                SELECT n.nspname || '.' || p.proname || '()' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
                UNION ALL
                SELECT nspname FROM pg_namespace
                 WHERE nspname NOT IN ('public', 'pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%%'
                LIMIT 1
                """.formatted(failedStart));
        return foreign == null ? new Empty() : new Foreign(foreign);
    }

    /**
     * A create that failed in its first migration leaves Flyway's history table behind with no
     * successful step (PostgreSQL rolled the rest back): that table is ours, and the database is
     * as good as empty, so the next create may go on there.
     */
    private static boolean aFailedStartOnly(Connection c) {
        try {
            return exists(c, HAS_HISTORY) && !exists(c, "SELECT 1 FROM flyway_schema_history WHERE success");
        } catch (SQLException e) {
            return false; // a table of that name without Flyway's columns: someone else's
        }
    }

    /** True once the newsroom has its first admin (or anyone). */
    static boolean hasPeople(Connection c) throws SQLException {
        return exists(c, "SELECT 1 FROM people");
    }

    /** Runs the migrations as the connection's user, who then owns everything they make. */
    static void migrate(ServerAddress address, char[] password, String prefix) {
        Flyway.configure()
                .dataSource(ServerConnections.dataSource(address, password))
                .locations(LOCATION)
                .placeholders(Map.of("prefix", prefix))
                .loggers("slf4j") // never Flyway's console logger: stdout belongs to the commands
                .load()
                .migrate();
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
