package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.util.PasswordUtil;

/**
 * Rights hold on the server itself: each role tried through plain JDBC with its own login, as
 * someone with psql and their Byline password could, no Byline code in between.
 */
class NewsroomServerRightsTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final char[] ADMIN_PASSWORD = "관리자-비밀번호-1".toCharArray();
    private static PostgresServer server;
    private static String database;
    private static String admin;
    private static Login desk;
    private static Login hong;
    private static Login kim;

    private final List<Connection> open = new ArrayList<>();

    /** A person's own login role and password. */
    record Login(long id, String role, char[] password) {}

    @BeforeAll
    static void newsroomWithFourPeople() throws SQLException {
        server = databases.server();
        database = databases.fresh();
        NewsroomServer.Created created =
                NewsroomServer.create(server.url(database), server.password(), "관리자", "", ADMIN_PASSWORD);
        admin = created.adminLogin();
        try (Connection c = server.connect(database, admin, ADMIN_PASSWORD)) {
            desk = add(c, "김데스크", "desk");
            hong = add(c, "홍길동", "reporter");
            kim = add(c, "김기자", "reporter");
        }
    }

    @AfterEach
    void closeConnections() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    @Test
    void admin_addsPeople_eachSigningInAsTheirOwnLoginInTheirGroup() throws SQLException {
        Connection c = as(hong);

        assertThat(one(c, "SELECT current_user")).isEqualTo(hong.role());
        assertThat(one(c, "SELECT newsroom_me()")).isEqualTo(String.valueOf(hong.id()));
        assertThat(one(c, "SELECT newsroom_is('reporter')")).isEqualTo("t");
        assertThat(one(c, "SELECT newsroom_is('desk')")).isEqualTo("f");
        assertThat(one(as(desk), "SELECT newsroom_is('desk')")).isEqualTo("t");
        assertThat(one(as(desk), "SELECT newsroom_is('admin')")).isEqualTo("f");
        assertThat(one(as(hong), "SELECT count(*) FROM people")).isEqualTo("4");
    }

    @Test
    void reporter_updatingStatus_isRefused() throws SQLException {
        long article = draft(hong, "시의회 예산 심사");

        assertThatThrownBy(() -> update(as(hong), "UPDATE articles SET status = 'approved' WHERE id = " + article))
                .isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("42501");
        assertThat(status(article)).isEqualTo("draft");
    }

    @Test
    void reporter_cannotApprove_throughTheFunction() throws SQLException {
        long article = draft(kim, "구청 인사");
        one(as(kim), "SELECT submit_article(" + article + ")");

        assertThatThrownBy(() -> one(as(hong), "SELECT approve_article(" + article + ")"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("only the desk");
        assertThat(status(article)).isEqualTo("submitted");
    }

    @Test
    void desk_approvesSomeoneElsesSubmittedArticle_andTheTransitionIsRecorded() throws SQLException {
        long article = draft(hong, "도서관 개관");
        one(as(hong), "SELECT submit_article(" + article + ")");

        String version = one(as(desk), "SELECT approve_article(" + article + ")");

        assertThat(status(article)).isEqualTo("approved");
        assertThat(version).isEqualTo("3"); // written, submitted, approved
        assertThat(one(
                        as(hong),
                        "SELECT string_agg(action || ':' || by_name, ',' ORDER BY id) FROM transitions"
                                + " WHERE article_id = " + article))
                .isEqualTo("submit:홍길동,approve:김데스크");
        assertThat(one(as(hong), "SELECT count(*) FROM revisions WHERE article_id = " + article))
                .isEqualTo("2");
    }

    @Test
    void desk_returnsWithANote_butNeverDecidesOnTheirOwnCopy() throws SQLException {
        long theirs = draft(kim, "버스 노선 개편");
        one(as(kim), "SELECT submit_article(" + theirs + ")");
        one(as(desk), "SELECT return_article(" + theirs + ", '출처를 보강하세요')");
        long own = draft(desk, "데스크 칼럼");
        one(as(desk), "SELECT submit_article(" + own + ")");

        assertThat(status(theirs)).isEqualTo("draft");
        assertThat(one(as(kim), "SELECT return_note FROM articles WHERE id = " + theirs))
                .isEqualTo("출처를 보강하세요");
        assertThatThrownBy(() -> one(as(desk), "SELECT approve_article(" + own + ")"))
                .hasMessageContaining("their own article");
    }

    @Test
    void reporter_cannotChangeFiledCopy_norSomeoneElsesDraft() throws SQLException {
        long filed = draft(hong, "송고한 기사");
        one(as(hong), "SELECT submit_article(" + filed + ")");
        long kims = draft(kim, "김기자의 초고");

        assertThat(update(as(hong), "UPDATE articles SET headline = '몰래 고침' WHERE id = " + filed))
                .isZero();
        assertThat(update(as(hong), "UPDATE articles SET headline = '남의 글' WHERE id = " + kims))
                .isZero();
        assertThatThrownBy(() -> one(as(hong), "SELECT submit_article(" + kims + ")"))
                .hasMessageContaining("only its reporter");
        long number = Long.parseLong(one(as(hong), "SELECT reserve_article_ids(gen_random_uuid(), 1)"));
        assertThatThrownBy(() -> update(
                        as(hong),
                        "INSERT INTO articles (id, headline, reporter_id) VALUES (" + number + ", '남의 이름으로', "
                                + kim.id() + ")"))
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> update(as(hong), "DELETE FROM articles WHERE id = " + kims))
                .hasMessageContaining("permission denied");
        assertThat(one(as(hong), "SELECT headline FROM articles WHERE id = " + filed))
                .isEqualTo("송고한 기사");
        // and the desk may still edit it
        assertThat(update(as(desk), "UPDATE articles SET headline = '데스크 수정' WHERE id = " + filed))
                .isEqualTo(1);
    }

    @Test
    void embargoes_areTheDesks() throws SQLException {
        long article = draft(hong, "엠바고 기사");

        assertThatThrownBy(() -> update(
                        as(hong), "UPDATE articles SET embargo_until = now() + interval '1 day' WHERE id = " + article))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> update(
                        as(hong),
                        "INSERT INTO articles (headline, reporter_id, embargo_until)"
                                + " VALUES ('엠바고', newsroom_me(), now())"))
                .hasMessageContaining("permission denied");
        assertThat(update(
                        as(desk), "UPDATE articles SET embargo_until = now() + interval '1 day' WHERE id = " + article))
                .isEqualTo(1);
    }

    @Test
    void reporter_readsOnlyTheirOwnPasswordVerifier_andNoneOfTheServers() throws SQLException {
        Connection c = as(hong);

        assertThat(one(c, "SELECT string_agg(person_id::text, ',') FROM person_verifiers"))
                .isEqualTo(String.valueOf(hong.id()));
        assertThatThrownBy(() -> one(c, "SELECT rolpassword FROM pg_authid LIMIT 1"))
                .hasMessageContaining("permission denied");
        assertThat(one(c, "SELECT count(*) FROM pg_roles WHERE rolpassword <> '********'"))
                .isEqualTo("0");
    }

    @Test
    void reporter_cannotTakeANumberNotGivenOut_norChangeTheVersion() throws SQLException {
        Connection c = as(hong);

        // the sequence's own next number, or any other, is not theirs to take
        assertThatThrownBy(() -> one(
                        c,
                        "INSERT INTO articles (headline, body, byline, reporter_id)"
                                + " VALUES ('x', '', '', newsroom_me()) RETURNING id"))
                .hasMessageContaining("not given out");
        assertThatThrownBy(() -> one(
                        c,
                        "INSERT INTO articles (id, headline, body, byline, reporter_id)"
                                + " VALUES (987654, 'x', '', '', newsroom_me()) RETURNING id"))
                .hasMessageContaining("not given out");
        long id = draft(hong, "내 초고");
        assertThatThrownBy(() -> update(c, "UPDATE articles SET version = 1000 WHERE id = " + id))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> update(c, "UPDATE articles SET change_seq = 0 WHERE id = " + id))
                .hasMessageContaining("permission denied");
    }

    @Test
    void onlyAnAdmin_movesAStoreIn_orSetsPasswords() throws SQLException {
        String verifier = PasswordUtil.encodeScramSha256("새-비밀번호-1".toCharArray());
        for (Login notAdmin : List.of(hong, desk)) {
            Connection c = as(notAdmin);
            assertThatThrownBy(() -> one(
                            c,
                            "SELECT move_in_article(gen_random_uuid(), 1, '{\"status\": \"approved\","
                                    + " \"headline\": \"몰래\", \"tags\": [], \"history\": [], \"revisions\": []}')"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> one(c, "SELECT move_in_person(gen_random_uuid(), 1, '아무개', '', 'admin')"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> one(c, "SELECT set_person_password('관리자', '" + verifier + "', NULL)"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void nobody_takesAnotherWorkstationsNumber_keepsTextBesideAnothersArticle_orForgesAnOriginal() throws SQLException {
        // a number lent to the desk's workstation is not the reporter's to use
        long lent = Long.parseLong(one(as(desk), "SELECT reserve_article_ids(gen_random_uuid(), 1)"));
        assertThatThrownBy(() -> one(
                        as(hong),
                        "INSERT INTO articles (id, headline, body, byline, reporter_id)" + " VALUES (" + lent
                                + ", 'x', '', '', newsroom_me()) RETURNING id"))
                .hasMessageContaining("not given out");
        // a text kept beside somebody else's article
        long kims = draft(kim, "김기자의 초고");
        assertThatThrownBy(
                        () -> one(as(hong), "SELECT keep_offline_copy(" + kims + ", '몰래', '', '', '[]', '몰래 쓴 글', '')"))
                .hasMessageContaining("only its reporter or the desk");
        // bytes under a name that is not theirs
        assertThatThrownBy(
                        () -> update(
                                as(hong),
                                "INSERT INTO photo_originals (sha256, bytes, media_type) VALUES (repeat('a', 64), 'x', 'image/png')"))
                .hasMessageContaining("check constraint");
    }

    @Test
    void reporter_cannotChangePeople() throws SQLException {
        Connection c = as(hong);
        String verifier = PasswordUtil.encodeScramSha256("아무개-비밀번호".toCharArray());

        assertThatThrownBy(() -> update(c, "UPDATE people SET role = 'admin' WHERE id = " + hong.id()))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> one(c, "SELECT * FROM add_person('아무개', '', 'admin', '" + verifier + "', NULL)"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(
                        () -> one(c, "SELECT * FROM newsroom_add_person('아무개', '', 'admin', '" + verifier + "', NULL)"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> update(c, "SET ROLE \"" + admin + "\"")).hasMessageContaining("permission denied");
        assertThat(one(c, "SELECT role FROM people WHERE id = " + hong.id())).isEqualTo("reporter");
    }

    @Test
    void desk_cannotAddPeople_onlyTheAdmin() {
        String verifier = PasswordUtil.encodeScramSha256("아무개-비밀번호".toCharArray());

        assertThatThrownBy(() ->
                        one(as(desk), "SELECT * FROM add_person('아무개', '', 'reporter', '" + verifier + "', NULL)"))
                .hasMessageContaining("permission denied");
    }

    @Test
    void addingAPerson_withAPasswordInsteadOfAVerifier_isRefused() {
        assertThatThrownBy(() -> one(
                        server.connect(database, admin, ADMIN_PASSWORD),
                        "SELECT * FROM add_person('평문', '', 'reporter', 'plain-password', NULL)"))
                .hasMessageContaining("SCRAM-SHA-256 verifier");
    }

    @Test
    void reporter_cannotQueueAPush_seeTheOutbox_norPublishByClaimingOne() throws SQLException {
        long article = draft(hong, "구청장 동정");
        one(as(hong), "SELECT submit_article(" + article + ")");
        one(as(desk), "SELECT approve_article(" + article + ")");
        String site = one(
                server.connect(database, admin, ADMIN_PASSWORD),
                "INSERT INTO sites (name, type, url) VALUES ('권한사이트', 'wordpress', 'https://news.example.kr') RETURNING id");

        assertThatThrownBy(() -> update(
                        as(hong),
                        "INSERT INTO push_jobs (article_id, site_id, state, queued_by) VALUES (" + article + ", " + site
                                + ", 'queued', " + hong.id() + ")"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> one(as(hong), "SELECT count(*) FROM push_jobs"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> one(as(hong), "SELECT record_push(" + article + ", 'x')"))
                .hasMessageContaining("permission denied");
        // the desk may record a push only for an article a site holds
        assertThatThrownBy(() -> one(as(desk), "SELECT record_push(" + article + ", 'x')"))
                .hasMessageContaining("has reached no site");
        assertThat(status(article)).isEqualTo("approved");
        // everyone reads the sites; only the admin keeps them
        assertThat(one(as(hong), "SELECT name FROM sites WHERE name = '권한사이트'")).isEqualTo("권한사이트");
        assertThatThrownBy(() -> update(
                        as(desk), "INSERT INTO sites (name, type, url) VALUES ('몰래', 'ninjs', 'https://x.example.kr')"))
                .hasMessageContaining("permission denied");
    }

    @Test
    void desk_cannotPushTheirOwnArticle_norQueueInAnothersName_norPublishItByRecordingAPush() throws SQLException {
        long own = draft(desk, "데스크가 쓴 기사");
        one(as(desk), "SELECT submit_article(" + own + ")");
        one(server.connect(database, admin, ADMIN_PASSWORD), "SELECT approve_article(" + own + ")");
        String site = one(
                server.connect(database, admin, ADMIN_PASSWORD),
                "INSERT INTO sites (name, type, url) VALUES ('네눈사이트', 'wordpress', 'https://four.example.kr') RETURNING id");
        long adminId = Long.parseLong(one(as(desk), "SELECT id FROM people WHERE name = '관리자'"));

        for (long queuedBy : new long[] {desk.id(), adminId}) {
            assertThatThrownBy(() -> update(
                            as(desk),
                            "INSERT INTO push_jobs (article_id, site_id, state, queued_by) VALUES (" + own + ", " + site
                                    + ", 'done', " + queuedBy + ")"))
                    .hasMessageContaining("row-level security");
        }
        // a post made up by hand is not a push that arrived
        update(
                as(desk),
                "INSERT INTO remote_posts (site_id, article_id, remote_id, link, pushed_at, updated_at)" + " VALUES ("
                        + site + ", " + own + ", '1', 'https://four.example.kr/1', 0, 0)");
        assertThatThrownBy(() -> one(as(desk), "SELECT record_push(" + own + ", 'forged')"))
                .hasMessageContaining("has reached no site");
        assertThat(status(own)).isEqualTo("approved");
    }

    // ------------------------------------------------------------------------------- helpers

    private static Login add(Connection admin, String name, String role) throws SQLException {
        char[] password = (name + "-비밀번호").toCharArray();
        try (PreparedStatement st = admin.prepareStatement("SELECT id, db_role FROM add_person(?, '', ?, ?, ?)")) {
            st.setString(1, name);
            st.setString(2, role);
            st.setString(3, PasswordUtil.encodeScramSha256(password.clone()));
            st.setString(4, "pbkdf2-sha256$1$c2FsdA==$aGFzaA==");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Login(rs.getLong(1), rs.getString(2), password);
            }
        }
    }

    private Connection as(Login login) throws SQLException {
        Connection c = server.connect(database, login.role(), login.password());
        open.add(c);
        return c;
    }

    /** A draft started as a workstation starts one: with a number the server gave out for it. */
    private long draft(Login reporter, String headline) throws SQLException {
        Connection c = as(reporter);
        long number = Long.parseLong(one(c, "SELECT reserve_article_ids(gen_random_uuid(), 1)"));
        try (PreparedStatement st = c.prepareStatement("INSERT INTO articles (id, headline, body, byline, reporter_id)"
                + " VALUES (?, ?, '본문이다.', '', newsroom_me()) RETURNING id")) {
            st.setLong(1, number);
            st.setString(2, headline);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String status(long article) throws SQLException {
        return one(as(desk), "SELECT status FROM articles WHERE id = " + article);
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }
}
