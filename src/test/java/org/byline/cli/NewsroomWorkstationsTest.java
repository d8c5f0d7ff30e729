package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.byline.imaging.TestImages;
import org.byline.store.postgres.NetworkCable;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three workstations (three data folders) and one real newsroom server: the admin's, a reporter's
 * whose network a test can pull out, and the desk's. What one files the others see; what is done
 * offline is sent once, in order, when the network is back; a text written offline never goes
 * over a newer one.
 */
class NewsroomWorkstationsTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String ADMIN = "admin-password-1";
    private static final String HONG = "hong-password-1";
    private static final String DESK = "desk-password-1";

    @TempDir
    Path temp;

    private String db;
    private NetworkCable hongsCable;
    private CliRunner admin;
    private CliRunner hong;
    private CliRunner desk;

    @BeforeEach
    void newsroomWithThreeWorkstations() throws Exception {
        db = databases.fresh();
        admin = new CliRunner(temp.resolve("admin"));
        hong = new CliRunner(temp.resolve("hong"));
        desk = new CliRunner(temp.resolve("desk"));
        hongsCable = new NetworkCable(server().host(), server().port());

        Map<String, String> create = new HashMap<>(server().superuserEnv());
        create.put("BYLINE_NEW_PASSWORD", ADMIN);
        ok(admin.withEnv(create, "newsroom", "create", server().url(db), "--admin", "관리자"));
        ok(admin.withEnv(as(ADMIN, HONG), "people", "add", "홍길동", "--as", "관리자"));
        ok(admin.withEnv(as(ADMIN, DESK), "people", "add", "김데스크", "--role", "desk", "--as", "관리자"));
        ok(hong.withEnv(as(HONG), "newsroom", "join", hongsCable.url(db), "--as", "홍길동"));
        ok(desk.withEnv(as(DESK), "newsroom", "join", server().url(db), "--as", "김데스크"));
    }

    @AfterEach
    void unplug() {
        hongsCable.close();
    }

    @Test
    void filedOnOneWorkstation_approvedOnAnother_seenOnTheFirst() throws Exception {
        String id = ok(hong.withEnv(
                        as(HONG),
                        "new",
                        "--as",
                        "홍길동",
                        "--headline",
                        "구청장 예산 설명회",
                        "--section",
                        "사회",
                        "--body",
                        "[TV서울=홍길동 기자] 구청장이 예산을 설명했다."))
                .out()
                .strip();
        ok(hong.withEnv(as(HONG), "submit", id, "--as", "홍길동"));

        // the desk's workstation never saw the article before signing in
        ok(desk.withEnv(as(DESK), "approve", id, "--as", "김데스크"));

        assertThat(serverStatus(id)).isEqualTo("approved");
        ok(hong.withEnv(as(HONG), "sync", "--as", "홍길동"));
        Run shown = ok(hong.at("show", id, "--format", "json"));
        assertThat(shown.json().get("status").asText()).isEqualTo("approved");
        assertThat(shown.json().get("headline").asText()).isEqualTo("구청장 예산 설명회");
        // the same number everywhere: the newsroom's
        assertThat(ok(desk.at("show", id, "--format", "json")).json().get("id").asText())
                .isEqualTo(id);
        Run people = ok(hong.at("people", "list", "--json"));
        assertThat(people.out()).contains("\"dbRole\":\"" + db + ".홍길동\"");
    }

    @Test
    void offline_draftsAndFilingWait_andGoExactlyOnceWhenTheNetworkIsBack() throws Exception {
        hongsCable.pullOut();

        Run started = ok(hong.withEnv(
                as(HONG),
                "new",
                "--as",
                "홍길동",
                "--headline",
                "정전 속 기자실",
                "--section",
                "사회",
                "--body",
                "기자실 와이파이가 끊겼다."));
        assertThat(started.err()).contains("서버 연결 끊김 · 이 컴퓨터에 저장됨");
        String id = started.out().strip();
        ok(hong.withEnv(as(HONG), "submit", id, "--as", "홍길동"));
        Run status = ok(hong.at("newsroom", "status", "--json"));
        assertThat(status.json().get("reachable").asBoolean()).isFalse();
        assertThat(status.json().get("waiting").asInt()).isEqualTo(2);
        assertThat(status.json().get("server").asText()).doesNotContain("password");
        assertThat(serverCount("SELECT count(*) FROM articles")).isZero();

        // what only the server decides is refused offline, and nothing changes here
        Run wrong = hong.withEnv(as("wrong-password"), "new", "--as", "홍길동", "--headline", "x");
        assertThat(wrong.exit()).isEqualTo(1);

        hongsCable.plugIn();
        ok(hong.withEnv(as(HONG), "sync", "--as", "홍길동"));
        ok(hong.withEnv(as(HONG), "sync", "--as", "홍길동"));

        assertThat(serverStatus(id)).isEqualTo("submitted");
        assertThat(serverCount("SELECT count(*) FROM articles")).isEqualTo(1);
        assertThat(serverCount("SELECT count(*) FROM transitions WHERE action = 'submit'"))
                .isEqualTo(1);
        assertThat(ok(hong.at("newsroom", "status", "--json"))
                        .json()
                        .get("waiting")
                        .asInt())
                .isZero();
        // and the desk sees it in its queue
        ok(desk.withEnv(as(DESK), "approve", id, "--as", "김데스크"));
        assertThat(serverStatus(id)).isEqualTo("approved");
    }

    @Test
    void offlineText_neverOverwritesTheDesksNewerOne_itBecomesARevision() throws Exception {
        String id = ok(hong.withEnv(
                        as(HONG), "new", "--as", "홍길동", "--headline", "축제 개막", "--section", "문화", "--body", "첫 글."))
                .out()
                .strip();
        hongsCable.pullOut();
        ok(hong.withEnv(as(HONG), "edit", id, "--as", "홍길동", "--body", "기자실에서 고친 글."));
        ok(desk.withEnv(as(DESK), "edit", id, "--as", "김데스크", "--body", "데스크가 고친 글."));

        hongsCable.plugIn();
        Run sync = hong.withEnv(as(HONG), "sync", "--as", "홍길동");

        assertThat(sync.exit()).as(sync.err()).isEqualTo(1);
        assertThat(sync.err()).contains("덮어쓰지 않고");
        assertThat(serverBody(id)).isEqualTo("데스크가 고친 글.");
        assertThat(ok(hong.at("show", id, "--format", "json"))
                        .json()
                        .get("body")
                        .asText())
                .isEqualTo("데스크가 고친 글.");
        assertThat(ok(hong.at("revisions", id, "--json")).out()).contains("기자실에서 고친 글.");
    }

    @Test
    void offline_theDesksDecisionsNeedTheServer_andChangeNothing() throws Exception {
        CliRunner deskOnLaptop = new CliRunner(temp.resolve("laptop"));
        try (NetworkCable laptopCable = new NetworkCable(server().host(), server().port())) {
            ok(deskOnLaptop.withEnv(as(DESK), "newsroom", "join", laptopCable.url(db), "--as", "김데스크"));
            String id = ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "예산안 통과", "--body", "통과."))
                    .out()
                    .strip();
            ok(hong.withEnv(as(HONG), "submit", id, "--as", "홍길동"));
            ok(deskOnLaptop.withEnv(as(DESK), "sync", "--as", "김데스크"));
            laptopCable.pullOut();

            Run approve = deskOnLaptop.withEnv(as(DESK), "approve", id, "--as", "김데스크");

            assertThat(approve.exit()).isEqualTo(1);
            assertThat(approve.err()).contains("서버에 연결되어 있을 때만");
            assertThat(ok(deskOnLaptop.at("show", id, "--format", "json"))
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("submitted");
            assertThat(ok(deskOnLaptop.at("newsroom", "status", "--json"))
                            .json()
                            .get("waiting")
                            .asInt())
                    .isZero();
        }
    }

    @Test
    void leave_isRefusedWhileChangesWait_andReturnsToTheOwnStore() throws Exception {
        hongsCable.pullOut();
        ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "보낼 글"));

        Run refused = hong.at("newsroom", "leave");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("1건");

        hongsCable.plugIn();
        ok(hong.withEnv(as(HONG), "sync", "--as", "홍길동"));
        ok(hong.at("newsroom", "leave"));
        assertThat(ok(hong.at("newsroom", "status", "--json"))
                        .json()
                        .get("server")
                        .isNull())
                .isTrue();
        assertThat(hong.articleCount()).isZero();
    }

    @Test
    void moveIn_copiesAWorkstationsOwnStoreOnce_withItsHistory_andPrintsOldAndNewIds() throws Exception {
        // a workstation that worked alone until now: its own people and articles
        CliRunner old = new CliRunner(temp.resolve("old"));
        ok(old.at("people", "add", "홍길동"));
        ok(old.withEnv(Map.of("BYLINE_NEW_PASSWORD", "park-password-1"), "people", "add", "박데스크", "--role", "desk"));
        String first = ok(old.at(
                        "new",
                        "--as",
                        "홍길동",
                        "--headline",
                        "혼자 쓰던 기사",
                        "--section",
                        "경제",
                        "--tag",
                        "예산",
                        "--body",
                        "첫 기사."))
                .out()
                .strip();
        ok(old.at("new", "--as", "홍길동", "--headline", "두 번째 기사", "--body", "둘째."));
        ok(old.at("submit", first, "--as", "홍길동"));
        ok(old.withEnv(as("park-password-1"), "approve", first, "--as", "박데스크"));

        ok(old.withEnv(as(ADMIN), "newsroom", "join", server().url(db), "--as", "관리자"));
        Run moved = ok(old.withEnv(as(ADMIN), "newsroom", "move-in", "--as", "관리자"));

        assertThat(moved.out().lines().filter(l -> l.startsWith("article\t")))
                .hasSize(2)
                .anySatisfy(l ->
                        assertThat(l).startsWith("article\t" + first + "\t").endsWith("\t혼자 쓰던 기사"));
        String newId = moved.out()
                .lines()
                .filter(l -> l.startsWith("article\t" + first + "\t"))
                .findFirst()
                .orElseThrow()
                .split("\t")[2];
        assertThat(serverStatus(newId)).isEqualTo("approved");
        assertThat(serverText(
                        "SELECT p.name FROM articles a JOIN people p ON p.id = a.reporter_id WHERE a.id = " + newId))
                .isEqualTo("홍길동");
        assertThat(serverCount("SELECT count(*) FROM people WHERE name = '홍길동'"))
                .isEqualTo(1);
        assertThat(serverCount("SELECT count(*) FROM transitions WHERE article_id = " + newId))
                .isEqualTo(2);
        assertThat(serverCount("SELECT count(*) FROM revisions WHERE article_id = " + newId))
                .isEqualTo(2);
        assertThat(serverText("SELECT tag FROM article_tags WHERE article_id = " + newId))
                .isEqualTo("예산");
        // the joined copy has them too, under the newsroom's numbers
        assertThat(ok(old.at("show", newId, "--format", "json"))
                        .json()
                        .get("headline")
                        .asText())
                .isEqualTo("혼자 쓰던 기사");

        Run again = ok(old.withEnv(as(ADMIN), "newsroom", "move-in", "--as", "관리자"));
        assertThat(again.out()).isEqualTo(moved.out());
        assertThat(serverCount("SELECT count(*) FROM articles")).isEqualTo(2);

        // a person new to the newsroom signs in once the admin gives them a password
        Run noPassword = new CliRunner(temp.resolve("park"))
                .withEnv(as("park-password-1"), "newsroom", "join", server().url(db), "--as", "박데스크");
        assertThat(noPassword.exit()).isEqualTo(1);
        ok(old.withEnv(as(ADMIN, "park-newsroom-1"), "people", "password", "박데스크", "--as", "관리자"));
        ok(new CliRunner(temp.resolve("park"))
                .withEnv(as("park-newsroom-1"), "newsroom", "join", server().url(db), "--as", "박데스크"));
    }

    @Test
    void theNewsroomsSettings_areTheAdminsOnTheServer_andReachEveryWorkstation() throws Exception {
        ok(admin.withEnv(as(ADMIN), "settings", "set", "outlet.name", "TV서울", "--as", "관리자"));

        assertThat(serverText("SELECT value FROM settings WHERE key = 'outlet.name'"))
                .isEqualTo("TV서울");
        ok(hong.withEnv(as(HONG), "sync", "--as", "홍길동"));
        assertThat(ok(hong.at("settings", "get", "outlet.name")).out().strip()).isEqualTo("TV서울");
        // the reporter's workstation cannot change them, on the window's rules or the server's
        Run refused = hong.withEnv(as(HONG), "settings", "set", "outlet.name", "내 신문", "--as", "홍길동");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(serverText("SELECT value FROM settings WHERE key = 'outlet.name'"))
                .isEqualTo("TV서울");
    }

    @Test
    void aLockTakenAtOneWorkstation_holdsAtEveryOther_andTheDeskMayTakeItOver() throws Exception {
        String id = ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "잠긴 기사", "--body", "본문."))
                .out()
                .strip();
        ok(hong.withEnv(as(HONG), "lock", id, "--as", "홍길동"));

        // the desk's workstation sees who is editing it, in its queue
        ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
        assertThat(ok(desk.at("locks")).out()).contains("홍길동");
        Run held = desk.withEnv(as(DESK), "lock", id, "--as", "김데스크");
        assertThat(held.exit()).isEqualTo(1);
        assertThat(held.err()).contains("홍길동");

        ok(desk.withEnv(as(DESK), "lock", id, "--break", "--as", "김데스크"));
        assertThat(serverText("SELECT holder_name FROM locks WHERE article_id = " + id))
                .isEqualTo("김데스크");
        assertThat(serverText("SELECT by_name || '>' || holder_name FROM lock_events WHERE article_id = " + id))
                .isEqualTo("김데스크>홍길동");
        // a reporter may not take over a living lock, on the server's own rule
        Run refused = hong.withEnv(as(HONG), "lock", id, "--break", "--as", "홍길동");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(serverText("SELECT holder_name FROM locks WHERE article_id = " + id))
                .isEqualTo("김데스크");
    }

    @Test
    void aPhotoAttachedAtOneWorkstation_reachesTheOthers_originalOnceOnTheServer() throws Exception {
        String id = ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "사진 기사", "--body", "[[사진1]] 본문."))
                .out()
                .strip();
        Path photo = TestImages.write(temp.resolve("회견.jpg"), TestImages.jpeg(640, 480));
        ok(hong.withEnv(as(HONG), "attach", id, photo.toString(), "--caption", "구청장이 답하고 있다", "--as", "홍길동"));
        ok(hong.withEnv(as(HONG), "submit", id, "--as", "홍길동"));

        assertThat(serverCount("SELECT count(*) FROM photo_originals")).isEqualTo(1);
        assertThat(serverText("SELECT caption FROM photos WHERE article_id = " + id))
                .isEqualTo("구청장이 답하고 있다");
        ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
        Run photos = ok(desk.at("photos", id, "--json"));
        assertThat(photos.json()).hasSize(1);
        assertThat(photos.json().get(0).get("caption").asText()).isEqualTo("구청장이 답하고 있다");
        // the desk's workstation has the original and makes renditions of its own: the HTML export works
        ok(desk.withEnv(as(DESK), "approve", id, "--as", "김데스크"));
        Path page = temp.resolve("page");
        ok(desk.withEnv(as(DESK), "export", id, "--format", "html", "--out", page.toString(), "--as", "김데스크"));
        try (var files = Files.walk(page)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jpg"))).isNotEmpty();
        }
        assertThat(serverCount("SELECT count(*) FROM photo_originals")).isEqualTo(1);
    }

    @Test
    void aChangeCommittedAfterALaterOne_isStillBrought() throws Exception {
        String x = ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "먼저 시작한 변경", "--body", "처음."))
                .out()
                .strip();
        String y = ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "나중 변경", "--body", "처음."))
                .out()
                .strip();
        ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
        try (Connection slow = server().connect(db, "postgres", server().password())) {
            // a change takes its number now and commits only after a later one
            slow.setAutoCommit(false);
            try (Statement st = slow.createStatement()) {
                st.executeUpdate("UPDATE articles SET body = '늦게 커밋된 글.' WHERE id = " + Long.parseLong(x));
            }
            ok(hong.withEnv(as(HONG), "edit", y, "--as", "홍길동", "--body", "곧바로 커밋된 글."));
            ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
            assertThat(ok(desk.at("show", y, "--format", "json"))
                            .json()
                            .get("body")
                            .asText())
                    .isEqualTo("곧바로 커밋된 글.");
            slow.commit();
        }

        ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
        assertThat(ok(desk.at("show", x, "--format", "json")).json().get("body").asText())
                .isEqualTo("늦게 커밋된 글.");
    }

    @Test
    void aSectionAddedAtOneWorkstation_isTheSameSectionAtEveryOther_andWaitsForTheServer() throws Exception {
        ok(admin.withEnv(as(ADMIN), "sections", "add", "동정", "--as", "관리자"));
        ok(admin.withEnv(as(ADMIN), "sections", "move", "동정", "1", "--as", "관리자"));

        assertThat(serverText("SELECT name FROM sections ORDER BY position LIMIT 1"))
                .isEqualTo("동정");
        // the admin's own copy has it at once, under the server's id
        assertThat(ok(admin.at("sections")).out().lines().findFirst().orElseThrow())
                .isEqualTo("1\t동정");
        String id = ok(hong.withEnv(
                        as(HONG), "new", "--as", "홍길동", "--headline", "구청장 동정", "--section", "동정", "--body", "동정."))
                .out()
                .strip();
        assertThat(serverText(
                        "SELECT s.name FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = " + id))
                .isEqualTo("동정");
        ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
        assertThat(ok(desk.at("sections")).out()).contains("동정");

        // a section is the newsroom's decision: not made on a workstation whose server is away
        try (NetworkCable laptopsCable = new NetworkCable(server().host(), server().port())) {
            CliRunner laptop = new CliRunner(temp.resolve("laptop"));
            ok(laptop.withEnv(as(ADMIN), "newsroom", "join", laptopsCable.url(db), "--as", "관리자"));
            laptopsCable.pullOut();
            Run refused = laptop.withEnv(as(ADMIN), "sections", "add", "기획", "--as", "관리자");
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("서버");
            assertThat(ok(laptop.at("sections")).out()).doesNotContain("기획");
        }
        assertThat(serverCount("SELECT count(*) FROM sections WHERE name = '기획'"))
                .isZero();
    }

    // ------------------------------------------------------------------------------- helpers

    private static PostgresServer server() {
        return databases.server();
    }

    private static Map<String, String> as(String password) {
        return Map.of("BYLINE_PASSWORD", password);
    }

    private static Map<String, String> as(String password, String newPassword) {
        return Map.of("BYLINE_PASSWORD", password, "BYLINE_NEW_PASSWORD", newPassword);
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run;
    }

    private String serverStatus(String id) throws Exception {
        return serverText("SELECT status FROM articles WHERE id = " + Long.parseLong(id));
    }

    private String serverBody(String id) throws Exception {
        return serverText("SELECT body FROM articles WHERE id = " + Long.parseLong(id));
    }

    private String serverText(String sql) throws Exception {
        try (Connection c = server().connect(db, "postgres", server().password());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private long serverCount(String sql) throws Exception {
        return Long.parseLong(serverText(sql));
    }
}
