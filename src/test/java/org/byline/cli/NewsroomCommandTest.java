package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code byline newsroom create} against a real PostgreSQL: what it makes, and the one line and
 * exit 1 each kind of bad input gets, in Korean (the default) and English.
 */
class NewsroomCommandTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String ADMIN_PASSWORD = "관리자-비밀번호-1";

    @Test
    void create_onAnEmptyDatabase_printsTheAdminsLogin() throws Exception {
        String db = databases.fresh();

        Run run = create(server().url(db), env());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(db + ".관리자");
        assertThat(run.err()).contains("뉴스룸을 만들었습니다").contains("관리자").doesNotContain(ADMIN_PASSWORD);
        // the admin signs in with their own password as their own login
        try (var c = server().connect(db, db + ".관리자", ADMIN_PASSWORD.toCharArray());
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT name, role FROM people")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + "/" + rs.getString(2)).isEqualTo("관리자/admin");
        }
    }

    @Test
    void create_needsNoSuperuser_anOwnerWhoMayCreateRolesWillDo() throws Exception {
        // docs/newsroom.md's least-privilege setup
        String db = databases.fresh();
        String owner = db + "_owner";
        server().superuser("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD 'owner-password-1'");
        server().superuser("ALTER DATABASE " + db + " OWNER TO " + owner);
        Map<String, String> env = env();
        env.put("BYLINE_DB_PASSWORD", "owner-password-1");

        Run run = create(server().url(db).replace("user=postgres", "user=" + owner), env);

        assertThat(run.exit()).as(run.err()).isZero();
        try (var c = server().connect(db, db + ".관리자", ADMIN_PASSWORD.toCharArray());
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT newsroom_is('admin'), (SELECT tableowner FROM pg_tables"
                        + " WHERE tablename = 'articles')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getString(2)).isEqualTo(owner);
        }
    }

    @Test
    void create_twice_isRefused() {
        String db = databases.fresh();
        assertThat(create(server().url(db), env()).exit()).isZero();

        Run again = create(server().url(db), env());

        assertOneLine(again, "이미 바이라인 뉴스룸입니다");
    }

    @Test
    void create_onADatabaseOfSomeoneElses_isRefusedInKorean_andChangesNothing() throws Exception {
        String db = databases.fresh();
        try (var c = server().connect(db, "postgres", server().password());
                var st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id int)");
        }

        Run run = create(server().url(db), env());

        assertOneLine(run, "비어 있지 않고 바이라인 뉴스룸도 아닙니다");
        assertThat(run.err()).contains("public.invoices");
        try (var c = server().connect(db, "postgres", server().password());
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname LIKE '" + db + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void create_onADatabaseWithTablesOfBylinesNames_butNotByline_isRefused() throws Exception {
        String db = databases.fresh();
        try (var c = server().connect(db, "postgres", server().password());
                var st = c.createStatement()) {
            st.execute("CREATE TABLE newsroom (id int)");
            st.execute("CREATE TABLE flyway_schema_history (x int)");
        }

        assertOneLine(create(server().url(db), env()), "비어 있지 않고 바이라인 뉴스룸도 아닙니다");
    }

    @Test
    void aCreateThatFailedInItsFirstMigration_doesNotLockTheDatabaseOut() throws Exception {
        // what Flyway leaves when the first migration fails: its history table, and no step done
        String db = databases.fresh();
        try (var c = server().connect(db, "postgres", server().password());
                var st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY,
                      version VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL,
                      script VARCHAR(1000) NOT NULL, checksum INTEGER, installed_by VARCHAR(100) NOT NULL,
                      installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT NULL,
                      success BOOLEAN NOT NULL)""");
            st.execute("CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success)");
        }

        Run run = create(server().url(db), env());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("뉴스룸을 만들었습니다");
    }

    @Test
    void create_onANewsroomOfANewerByline_saysToUpdate() throws Exception {
        String db = databases.fresh();
        assertThat(create(server().url(db), env()).exit()).isZero();
        try (var c = server().connect(db, "postgres", server().password());
                var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success)"
                    + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'postgres', 0, true)");
        }

        assertOneLine(create(server().url(db), env()), "바이라인을 업데이트하세요");
    }

    @Test
    void aWrongPassword_isOneLine() {
        Map<String, String> env = env();
        env.put("BYLINE_DB_PASSWORD", "틀린-비밀번호");

        assertOneLine(create(server().url(databases.fresh()), env), "비밀번호를 받아들이지 않았습니다");
    }

    @Test
    void aServerThatIsDown_isOneLine_inEitherLanguage() throws Exception {
        String closed = "postgresql://127.0.0.1:" + PostgresServer.freePort() + "/newsroom?user=postgres";

        assertOneLine(create(closed, env()), "연결할 수 없습니다");
        assertOneLine(create(closed, env(), "--lang", "en"), "Cannot reach the newsroom server");
    }

    @Test
    void aWrongAddress_isNamedBeforeAnyPasswordIsAsked() {
        assertOneLine(create("http://db.example.kr/newsroom", Map.of()), "뉴스룸 서버 주소가 아닙니다");
        assertOneLine(create("postgresql://db.example.kr:5432/newsroom", Map.of()), "주소가 아닙니다");
        assertOneLine(create("postgresql://u:pw@db.example.kr/newsroom", Map.of()), "비밀번호를 넣지 마세요");
    }

    @Test
    void withoutTheServersPassword_andNoTerminal_itIsRefused() {
        assertOneLine(create(server().url("newsroom"), Map.of()), "BYLINE_DB_PASSWORD");
    }

    @Test
    void aDatabaseThatDoesNotExist_isNamed() {
        assertOneLine(create(server().url("no_such_newsroom"), env()), "no_such_newsroom");
    }

    // ------------------------------------------------------------------------------- helpers

    private static PostgresServer server() {
        return databases.server();
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>(server().superuserEnv());
        env.put("BYLINE_NEW_PASSWORD", ADMIN_PASSWORD);
        // create joins the workstation it runs on: a folder of the test's, never the per-user one
        try {
            env.put(
                    "BYLINE_DATA_DIR",
                    Files.createTempDirectory("byline-newsroom-create").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    private static Run create(String url, Map<String, String> env, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "newsroom";
        args[1] = "create";
        args[2] = url;
        args[3] = "--admin=관리자";
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRunner.run(
                new GlobalOptions(env, Locale.KOREAN),
                o -> {
                    // making a server's newsroom leaves this workstation's store alone
                    throw new AssertionError("newsroom create opened the local store");
                },
                args);
    }

    private static void assertOneLine(Run run, String expected) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(expected);
        assertThat(run.out()).isEmpty();
    }
}
