package org.byline.store.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code byline bench --only newsroom} does to a server it does not own, as that server's
 * user (one who may create databases and roles): a database of its own under a random name, a
 * "restart" of that database alone (everyone thrown out, nobody let in for a while), the
 * newsroom's articles read whole for the final comparison, and the database and every role of its
 * newsroom dropped at the end. Nothing here touches any other database on the server.
 */
public final class BenchServer {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One article as the server holds it, with the texts kept beside it as 직접 보관 revisions. */
    public record Held(long id, String status, String headline, String body, List<Kept> kept) {}

    /** A text kept as a revision instead of saved over a newer one. */
    public record Kept(String headline, String body) {}

    private final ServerAddress maintenance;
    private final char[] password;

    /** @param maintenance the address given to the bench: the user's own database, e.g. postgres */
    public BenchServer(ServerAddress maintenance, char[] password) {
        this.maintenance = maintenance;
        this.password = password.clone();
    }

    /** A new, empty database; its name is random, so neither it nor its roles meet anybody's. */
    public ServerAddress createDatabase() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        String name = "byline_bench_" + HexFormat.of().formatHex(b);
        run("CREATE DATABASE " + name);
        return new ServerAddress(
                maintenance.host(), maintenance.port(), name, maintenance.user(), maintenance.sslMode());
    }

    /**
     * Throws everyone out of {@code database} and lets nobody in until {@link #letIn}: what a
     * server restart looks like to the workstations. Closed first, so nobody slips back in
     * between the two statements.
     */
    public void shutOut(ServerAddress database) {
        run("ALTER DATABASE " + checked(database) + " ALLOW_CONNECTIONS false");
        try (Connection c = ServerConnections.open(maintenance, password);
                PreparedStatement st = c.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            st.setString(1, database.database());
            st.executeQuery().close();
        } catch (SQLException e) {
            throw ServerConnections.translate(e, maintenance);
        }
    }

    public void letIn(ServerAddress database) {
        run("ALTER DATABASE " + checked(database) + " ALLOW_CONNECTIONS true");
    }

    /** Every article of the newsroom in {@code database}, read as the server's user (the tables' owner). */
    public List<Held> articles(ServerAddress database) {
        try (Connection c = ServerConnections.open(database, password);
                Statement st = c.createStatement()) {
            Map<Long, List<Kept>> kept = new LinkedHashMap<>();
            try (ResultSet rs =
                    st.executeQuery("SELECT article_id, headline, body FROM revisions WHERE kind = 'manual'")) {
                while (rs.next()) {
                    kept.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Kept(rs.getString(2), rs.getString(3)));
                }
            }
            List<Held> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, status, headline, body FROM articles ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    found.add(new Held(
                            id, rs.getString(2), rs.getString(3), rs.getString(4), kept.getOrDefault(id, List.of())));
                }
            }
            return found;
        } catch (SQLException e) {
            throw ServerConnections.translate(e, database);
        }
    }

    /** How many of the newsroom's push jobs are in each state (queued, sending, done, failed, cancelled). */
    public Map<String, Integer> pushJobs(ServerAddress database) {
        try (Connection c = ServerConnections.open(database, password);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT state, count(*) FROM push_jobs GROUP BY state")) {
            Map<String, Integer> states = new LinkedHashMap<>();
            while (rs.next()) {
                states.put(rs.getString(1), rs.getInt(2));
            }
            return states;
        } catch (SQLException e) {
            throw ServerConnections.translate(e, database);
        }
    }

    /**
     * Drops {@code database} (whoever is still connected) and every role of its newsroom: the
     * people's logins ({@code prefix.name}) before the groups ({@code prefix_reporter} ...) they
     * are members of. Roles belong to the whole server and would outlive the database; the prefix
     * comes from the random name, so no other newsroom's role starts with it.
     */
    public void dropDatabase(ServerAddress database) {
        String name = checked(database);
        String prefix = RolePrefix.of(name);
        try (Connection c = ServerConnections.open(maintenance, password);
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            List<String> roles = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT rolname FROM pg_roles
                     WHERE starts_with(rolname, ? || '_') OR starts_with(rolname, ? || '.')
                     ORDER BY position('.' in rolname) > 0 DESC, oid DESC""")) {
                for (int i = 1; i <= 2; i++) {
                    q.setString(i, prefix);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        roles.add(rs.getString(1));
                    }
                }
            }
            for (String role : roles) {
                st.execute("DROP ROLE \"" + role.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw ServerConnections.translate(e, maintenance);
        }
    }

    /** Only names this class made go into SQL text (identifiers cannot be bound). */
    private static String checked(ServerAddress database) {
        String name = database.database();
        if (!name.matches("byline_bench_[0-9a-f]{10}")) {
            throw new IllegalArgumentException("not a bench database: " + name);
        }
        return name;
    }

    /**
     * Fills {@code database}'s newsroom with {@code count} articles by its first person, as its
     * owner (one statement each for the articles, their tags and their history): a third filed
     * to the desk, a spread of times so the desk queue's order has work to do.
     */
    public void fill(ServerAddress database, int count) {
        try (Connection c = ServerConnections.open(database, password);
                Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO articles (headline, subheadline, body, byline, reporter_id, section_id, status,
                                          created_at, submitted_at)
                    SELECT '구청 소식 ' || g, '부제 ' || g, repeat('영등포구청이 예산을 설명했다. ', 60) || g, '',
                           (SELECT min(id) FROM people), 1 + g %% 5,
                           CASE WHEN g %% 3 = 0 THEN 'submitted' ELSE 'draft' END,
                           now() - (g || ' minutes')::interval,
                           CASE WHEN g %% 3 = 0 THEN now() - (g || ' minutes')::interval END
                      FROM generate_series(1, %d) g""".formatted(count));
            st.execute("INSERT INTO article_tags (article_id, position, tag) SELECT id, 0, '구청' FROM articles");
            st.execute("""
                    INSERT INTO transitions (article_id, from_status, to_status, action, by_person_id, by_name, at)
                    SELECT id, 'draft', 'submitted', 'submit', reporter_id, '', submitted_at
                      FROM articles WHERE status = 'submitted'""");
        } catch (SQLException e) {
            throw ServerConnections.translate(e, database);
        }
    }

    private void run(String sql) {
        try (Connection c = ServerConnections.open(maintenance, password);
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw ServerConnections.translate(e, maintenance);
        }
    }
}
