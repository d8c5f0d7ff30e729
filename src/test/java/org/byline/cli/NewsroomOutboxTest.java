package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.byline.app.Context;
import org.byline.cli.CliRunner.Run;
import org.byline.domain.Sender;
import org.byline.imaging.TestImages;
import org.byline.newsroom.Joining;
import org.byline.publish.PushTimeouts;
import org.byline.publish.WordPressStandIn;
import org.byline.store.PushClaimStore;
import org.byline.store.postgres.PersonLogin;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.ServerAddress;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom's outbox on its server, with a real WordPress stand-in: every desk workstation may
 * send, and each job goes from exactly one of them; a job whose sender died goes again from
 * another once its lease has run out; a post made before a move-in is updated, never made again.
 */
class NewsroomOutboxTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String ADMIN = "admin-password-1";
    private static final String HONG = "hong-password-1";
    private static final String DESK = "desk-password-1";
    private static final String SECRET = "abcd EFGH ijkl MNOP";

    @TempDir
    Path temp;

    private String db;
    private ServerRows rows;
    private WordPressStandIn site;
    private CliRunner admin;
    private CliRunner hong;
    private CliRunner desk;

    @BeforeEach
    void newsroomWithASite() throws Exception {
        site = new WordPressStandIn("editor", SECRET);
        db = databases.fresh();
        rows = new ServerRows(server(), db);
        admin = new CliRunner(temp.resolve("admin"));
        hong = new CliRunner(temp.resolve("hong"));
        desk = new CliRunner(temp.resolve("desk"));
        Map<String, String> create = new HashMap<>(server().superuserEnv());
        create.put("BYLINE_NEW_PASSWORD", ADMIN);
        ok(admin.withEnv(create, "newsroom", "create", server().url(db), "--admin", "관리자"));
        ok(admin.withEnv(
                Map.of("BYLINE_PASSWORD", ADMIN, "BYLINE_NEW_PASSWORD", HONG), "people", "add", "홍길동", "--as", "관리자"));
        ok(admin.withEnv(
                Map.of("BYLINE_PASSWORD", ADMIN, "BYLINE_NEW_PASSWORD", DESK),
                "people",
                "add",
                "김데스크",
                "--role",
                "desk",
                "--as",
                "관리자"));
        ok(hong.withEnv(as(HONG), "newsroom", "join", server().url(db), "--as", "홍길동"));
        ok(desk.withEnv(as(DESK), "newsroom", "join", server().url(db), "--as", "김데스크"));
        ok(admin.withEnv(
                Map.of("BYLINE_PASSWORD", ADMIN, "BYLINE_SITE_SECRET", SECRET),
                "sites",
                "add",
                "우리뉴스",
                "--type",
                "wordpress",
                "--url",
                site.url(),
                "--user",
                "editor",
                "--as",
                "관리자"));
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void twoDesksSendingAtOnce_sendEachJobExactlyOnce_andTheReporterSeesItPublished() throws Exception {
        ok(desk.withEnv(
                Map.of("BYLINE_PASSWORD", DESK, "BYLINE_SITE_SECRET", SECRET),
                "sites",
                "secret",
                "우리뉴스",
                "--as",
                "김데스크"));
        // the site lists on every workstation, from the server
        assertThat(ok(hong.withEnv(as(HONG), "sites", "list", "--as", "홍길동")).out())
                .contains("우리뉴스");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String id = ok(hong.withEnv(
                            as(HONG), "new", "--as", "홍길동", "--headline", "구정 소식 " + i, "--body", "본문 " + i + "."))
                    .out()
                    .strip();
            ok(hong.withEnv(as(HONG), "submit", id, "--as", "홍길동"));
            ids.add(id);
        }
        for (String id : ids) {
            ok(desk.withEnv(as(DESK), "approve", id, "--as", "김데스크"));
        }
        List<String> push = new ArrayList<>(List.of("push", "--no-wait", "--as", "김데스크"));
        push.addAll(ids);
        ok(desk.withEnv(as(DESK), push.toArray(String[]::new)));
        assertThat(rows.count("SELECT count(*) FROM push_jobs WHERE state = 'queued'"))
                .isEqualTo(12);
        // slow enough that both desks are sending at the same time
        for (int i = 0; i < 12; i++) {
            site.answerSlowly("POST", "/wp-json/wp/v2/posts", 150);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        Future<Run> fromAdmin = two.submit(() -> {
            start.await();
            return admin.withEnv(as(ADMIN), "outbox", "run", "--as", "관리자");
        });
        Future<Run> fromDesk = two.submit(() -> {
            start.await();
            return desk.withEnv(as(DESK), "outbox", "run", "--as", "김데스크");
        });
        start.countDown();
        int sentByAdmin = Integer.parseInt(ok(fromAdmin.get()).out().strip());
        int sentByDesk = Integer.parseInt(ok(fromDesk.get()).out().strip());
        two.shutdown();
        System.out.printf("outbox on the server: admin's workstation sent %d, desk's %d%n", sentByAdmin, sentByDesk);

        assertThat(sentByAdmin + sentByDesk).isEqualTo(12);
        assertThat(site.posts).hasSize(12);
        assertThat(site.posts.values().stream().map(p -> p.get("slug").asText()).distinct())
                .hasSize(12);
        assertThat(rows.count("SELECT count(*) FROM push_jobs WHERE state = 'done' AND attempts = 1"))
                .isEqualTo(12);
        assertThat(rows.count("SELECT count(*) FROM remote_posts")).isEqualTo(12);

        // the reporter's workstation sees where it went and that it is out
        ok(hong.withEnv(as(HONG), "sync", "--as", "홍길동"));
        assertThat(ok(hong.at("show", ids.get(0), "--format", "json"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("published");
        assertThat(ok(hong.withEnv(as(HONG), "show", ids.get(0), "--as", "홍길동")).out())
                .contains(site.url());
    }

    @Test
    void aJobWhoseSenderDied_goesAgainFromAnotherWorkstation_whenItsLeaseRunsOut() throws Exception {
        String id = filedAndApproved("정전된 송출 컴퓨터");
        ok(admin.withEnv(as(ADMIN), "push", id, "--no-wait", "--as", "관리자"));
        long siteId = rows.count("SELECT id FROM sites");

        // a workstation on another machine claims the job and dies: it never renews nor answers
        // long enough that signing in below (a round with the server) is surely over before it ends
        Duration lease = Duration.ofSeconds(6);
        try (PersonLogin dying =
                PersonLogin.signIn(ServerAddress.parse(server().url(db), "postgres"), "김데스크", DESK.toCharArray())) {
            Optional<PushClaimStore.Claim> claimed = dying.pushClaims(Clock.systemUTC(), () -> Set.of(siteId))
                    .claimDue(lease, Set.of(), new Sender(4242, Instant.EPOCH, "press-room-laptop"), s -> false);
            assertThat(claimed).isPresent();
        }
        Instant died = Instant.now();

        try (Context adminsStore =
                        new Context(temp.resolve("admin"), Locale.KOREAN, Clock.systemUTC(), PushTimeouts.DEFAULT);
                Joining.Member signedIn =
                        Joining.signIn(temp.resolve("admin"), adminsStore, "관리자", ADMIN.toCharArray())) {
            // while the lease lives the job is the dead sender's: nobody else sends it
            assertThat(adminsStore.outbox().runDue()).isZero();
            int tried = 0;
            while (tried == 0 && Duration.between(died, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
                Thread.sleep(100);
                tried = adminsStore.outbox().runDue();
            }
            long tookOver = Duration.between(died, Instant.now()).toMillis();
            System.out.printf("a dead sender's job went again after %d ms (lease %d ms)%n", tookOver, lease.toMillis());
            assertThat(tried).isEqualTo(1);
            assertThat(tookOver).isGreaterThanOrEqualTo(lease.toMillis() - 200);
            signedIn.round(adminsStore);
        }
        assertThat(site.posts).hasSize(1);
        assertThat(rows.text("SELECT state || ' ' || attempts FROM push_jobs")).isEqualTo("done 2");
        assertThat(rows.text("SELECT status FROM articles WHERE id = " + id)).isEqualTo("published");
    }

    @Test
    void aDeskWithoutTheSitesSecret_isToldBeforeAnythingIsQueued_andAReporterCannotPush() throws Exception {
        String id = filedAndApproved("비밀 없는 데스크");

        Run refused = desk.withEnv(as(DESK), "push", id, "--as", "김데스크");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("우리뉴스").contains("sites secret");
        assertThat(rows.count("SELECT count(*) FROM push_jobs")).isZero();

        // queued for a workstation that keeps the secret, it goes from there
        ok(desk.withEnv(as(DESK), "push", id, "--no-wait", "--as", "김데스크"));
        assertThat(ok(admin.withEnv(as(ADMIN), "outbox", "run", "--as", "관리자"))
                        .out()
                        .strip())
                .isEqualTo("1");
        assertThat(site.posts).hasSize(1);

        Run reporter = hong.withEnv(as(HONG), "push", id, "--no-wait", "--as", "홍길동");
        assertThat(reporter.exit()).isEqualTo(1);
        assertThat(reporter.err()).contains("데스크만");
        assertThat(rows.count("SELECT count(*) FROM push_jobs")).isEqualTo(1);
    }

    @Test
    void moveIn_bringsTheSitesWhatTheyHoldAndTheSecrets_soAPostIsUpdatedNotMadeAgain() throws Exception {
        // a workstation that pushed alone until now
        CliRunner old = new CliRunner(temp.resolve("old"));
        ok(old.at("people", "add", "홍길동"));
        ok(old.withEnv(Map.of("BYLINE_NEW_PASSWORD", "park-password-1"), "people", "add", "박데스크", "--role", "admin"));
        ok(old.withEnv(
                Map.of("BYLINE_PASSWORD", "park-password-1", "BYLINE_SITE_SECRET", SECRET),
                "sites",
                "add",
                "옛사이트",
                "--type",
                "wordpress",
                "--url",
                site.url(),
                "--user",
                "editor",
                "--as",
                "박데스크"));
        String first = ok(old.at("new", "--as", "홍길동", "--headline", "옮기기 전 기사", "--body", "옮기기 전."))
                .out()
                .strip();
        ok(old.at("submit", first, "--as", "홍길동"));
        ok(old.withEnv(as("park-password-1"), "approve", first, "--as", "박데스크"));
        Path photo = TestImages.write(temp.resolve("현판.jpg"), TestImages.jpeg(640, 480));
        ok(old.withEnv(as("park-password-1"), "attach", first, photo.toString(), "--caption", "새 현판", "--as", "박데스크"));
        ok(old.withEnv(as("park-password-1"), "push", first, "--site", "옛사이트", "--as", "박데스크"));
        assertThat(site.posts).hasSize(1);
        ok(old.withEnv(as("park-password-1"), "settings", "set", "outlet.name", "옛 구정신문", "--as", "박데스크"));
        // the store's own house style file, as the outlet edited it
        String rules = ok(old.at("style")).out().replace("\"max\": 30", "\"max\": 28");
        Files.writeString(temp.resolve("old").resolve("style-rules.json"), rules);

        ok(old.withEnv(as(ADMIN), "newsroom", "join", server().url(db), "--as", "관리자"));
        // a push of the old store still waiting for the site's answer: not moved, or it could go twice
        try (Connection c = DriverManager.getConnection(
                        "jdbc:sqlite:" + temp.resolve("old").resolve("byline.db"));
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO unanswered_creates (site_id, slug, sent_at) VALUES (1, 'byline-x-9', 0)");
            Run refused = old.withEnv(as(ADMIN), "newsroom", "move-in", "--as", "관리자");
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("byline outbox run");
            assertThat(rows.count("SELECT count(*) FROM sites")).isEqualTo(1);
            st.executeUpdate("DELETE FROM unanswered_creates");
        }
        Run moved = ok(old.withEnv(as(ADMIN), "newsroom", "move-in", "--as", "관리자"));
        assertThat(moved.out().lines().filter(l -> l.startsWith("site\t"))).hasSize(1);
        assertThat(moved.out().lines().filter(l -> l.startsWith("job\t"))).hasSize(1);
        String newId = moved.out()
                .lines()
                .filter(l -> l.startsWith("article\t" + first + "\t"))
                .findFirst()
                .orElseThrow()
                .split("\t")[2];
        // a second run moves nothing twice
        ok(old.withEnv(as(ADMIN), "newsroom", "move-in", "--as", "관리자"));
        assertThat(rows.count("SELECT count(*) FROM sites WHERE name = '옛사이트'")).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM push_jobs")).isEqualTo(1);
        assertThat(rows.text("SELECT caption FROM photos WHERE article_id = " + newId))
                .isEqualTo("새 현판");
        assertThat(rows.count("SELECT count(*) FROM photo_originals")).isEqualTo(1);
        assertThat(rows.text("SELECT value FROM settings WHERE key = 'outlet.name'"))
                .isEqualTo("옛 구정신문");
        assertThat(rows.text("SELECT value FROM settings WHERE key = 'houseStyle.rules'"))
                .contains("\"max\": 28");
        // every workstation works to the newsroom's rules now
        ok(desk.withEnv(as(DESK), "sync", "--as", "김데스크"));
        assertThat(ok(desk.at("style")).out()).contains("\"max\": 28");

        ok(old.withEnv(as(ADMIN), "edit", newId, "--as", "관리자", "--body", "옮긴 뒤 고친 본문."));
        ok(old.withEnv(as(ADMIN), "push", newId, "--site", "옛사이트", "--as", "관리자"));
        assertThat(site.posts).hasSize(1);
        assertThat(site.posts.values().iterator().next().get("content").toString())
                .contains("옮긴 뒤 고친 본문");
    }

    @Test
    void theNewsroomsHouseStyle_isSetByAnAdminAtOneWorkstation_andCheckedAtEveryOther() throws Exception {
        String rules = ok(admin.at("style")).out().replace("\"max\": 30", "\"max\": 10");
        Path file = temp.resolve("rules.json");
        Files.writeString(file, rules);

        Run reporter = hong.withEnv(as(HONG), "style", "set", file.toString(), "--as", "홍길동");
        assertThat(reporter.exit()).isEqualTo(1);
        Files.writeString(temp.resolve("broken.json"), "{\"rules\": [{\"id\": \"x\", \"kind\": \"nonsense\"}]}");
        assertThat(admin.withEnv(
                                as(ADMIN),
                                "style",
                                "set",
                                temp.resolve("broken.json").toString(),
                                "--as",
                                "관리자")
                        .exit())
                .isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM settings WHERE key = 'houseStyle.rules'"))
                .isZero();

        ok(admin.withEnv(as(ADMIN), "style", "set", file.toString(), "--as", "관리자"));
        assertThat(rows.text("SELECT value FROM settings WHERE key = 'houseStyle.rules'"))
                .contains("\"max\": 10");

        String id = ok(hong.withEnv(as(HONG), "new", "--as", "홍길동", "--headline", "한빛구 골목상권 조례 개정", "--body", "본문."))
                .out()
                .strip();
        assertThat(ok(hong.at("lint", id, "--json")).out()).contains("headline-length");
    }

    @Test
    void anAdminRemovesASite_onlyOnceNoPushToItIsOnItsWay() throws Exception {
        String id = filedAndApproved("사이트 정리");
        ok(admin.withEnv(as(ADMIN), "push", id, "--no-wait", "--as", "관리자"));

        Run busy = admin.withEnv(as(ADMIN), "sites", "remove", "우리뉴스", "--as", "관리자");
        assertThat(busy.exit()).isEqualTo(1);
        assertThat(busy.err()).contains("outbox cancel");
        ok(admin.withEnv(as(ADMIN), "outbox", "run", "--as", "관리자"));
        ok(admin.withEnv(as(ADMIN), "sites", "remove", "우리뉴스", "--as", "관리자"));

        assertThat(rows.count("SELECT count(*) FROM sites")).isZero();
        assertThat(ok(desk.withEnv(as(DESK), "sites", "list", "--as", "김데스크")).out())
                .isBlank();
    }

    @Test
    void upgrade_ofANewsroomAlreadyAtThisBylinesSchema_changesNothing_andSaysSo() {
        Run upgraded = ok(admin.withEnv(server().superuserEnv(), "newsroom", "upgrade", server().url(db)));
        assertThat(upgraded.err()).contains("이미 스키마");
        Run notOne = admin.withEnv(server().superuserEnv(), "newsroom", "upgrade", server().url(databases.fresh()));
        assertThat(notOne.exit()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------- helpers

    private String filedAndApproved(String headline) {
        String id = ok(hong.withEnv(
                        as(HONG), "new", "--as", "홍길동", "--headline", headline, "--body", headline + " 소식."))
                .out()
                .strip();
        ok(hong.withEnv(as(HONG), "submit", id, "--as", "홍길동"));
        ok(desk.withEnv(as(DESK), "approve", id, "--as", "김데스크"));
        return id;
    }

    private static PostgresServer server() {
        return databases.server();
    }

    private static Map<String, String> as(String password) {
        return Map.of("BYLINE_PASSWORD", password);
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run;
    }
}
