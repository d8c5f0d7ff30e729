package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.byline.app.Main;
import org.byline.cli.CliRunner.Run;
import org.byline.exchange.Ninjs32;
import org.byline.publish.PushNewsroom;
import org.byline.publish.WordPressStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sites, push and outbox on the command line, against a WordPress site and a ninjs endpoint in the test. */
class PushCommandsTest {
    private static final String SECRET = "Zq7x PLmN 4rTy 9sWb";
    private static final Map<String, String> LEE = Map.of("BYLINE_PASSWORD", "lee-desk-2026");

    @TempDir
    Path dir;

    private CliRunner byline;
    private WordPressStandIn site;
    private String id;

    @BeforeEach
    void newsroom() throws IOException {
        site = new WordPressStandIn("editor", SECRET);
        byline = new CliRunner(dir);
        byline.addHong();
        ok(byline.withEnv(Map.of("BYLINE_NEW_PASSWORD", "lee-desk-2026"), "people", "add", "이데스크", "--role", "desk"));
        id = byline.newArticle("구청 예산안 확정");
        ok(byline.at("submit", id, "--as", "홍길동"));
        ok(byline.withEnv(LEE, "approve", id, "--as", "이데스크"));
    }

    @AfterEach
    void close() {
        site.close();
    }

    private Run addSite(String url) {
        return byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", SECRET),
                "sites",
                "add",
                "우리뉴스",
                "--type",
                "wordpress",
                "--url",
                url,
                "--user",
                "editor");
    }

    /** A run whose pushes wait a second for an answer, not half a minute. */
    private Run quick(Map<String, String> env, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return CliRunner.run(
                new GlobalOptions(env, Locale.KOREAN),
                o -> PushNewsroom.open(dir, Clock.systemUTC(), PushNewsroom.QUICK),
                all);
    }

    @Test
    void theSecret_isKeptForTheOwnerOnly_neverInTheStore_norInTheLogs() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        FileHandler log = new FileHandler(logs.resolve("byline-%g.log").toString());
        log.setFormatter(new SimpleFormatter());
        Logger outbox = Logger.getLogger("org.byline.newsroom.Outbox");
        Level was = outbox.getLevel();
        outbox.setLevel(Level.INFO); // as the window's log runs
        outbox.addHandler(log);
        try {
            ok(addSite(site.url()));
            site.failNext("POST", "/wp-json/wp/v2/posts", 500, "internal_server_error");
            ok(quick(LEE, "push", id, "--as", "이데스크"));
        } finally {
            outbox.removeHandler(log);
            outbox.setLevel(was);
            log.close();
        }

        Path secrets = dir.resolve("secrets");
        try (Stream<Path> files = Files.list(secrets)) {
            Path file = files.findFirst().orElseThrow();
            assertThat(Files.readString(file)).isEqualTo(SECRET);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rwx------");
        for (Path stored : List.of(dir.resolve("byline.db"), dir.resolve("byline.db-wal"))) {
            if (Files.exists(stored)) {
                assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1))
                        .doesNotContain(SECRET)
                        .doesNotContain("Zq7x");
            }
        }
        String logged;
        try (Stream<Path> files = Files.list(logs)) {
            logged = files.map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat);
        }
        assertThat(logged).contains("push job 1").doesNotContain(SECRET).doesNotContain("Zq7x");
        assertThat(byline.at("sites", "list").out()).isEqualTo("우리뉴스\twordpress\t" + site.url() + "\teditor\n");
    }

    @Test
    void aSecretEndingInALineBreak_isKeptWithoutIt_andPushes() throws Exception {
        ok(byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", SECRET + "\r\n"),
                "sites",
                "add",
                "우리뉴스",
                "--type",
                "wordpress",
                "--url",
                site.url(),
                "--user",
                "editor"));

        ok(quick(LEE, "push", id, "--as", "이데스크"));

        try (Stream<Path> files = Files.list(dir.resolve("secrets"))) {
            assertThat(Files.readString(files.findFirst().orElseThrow())).isEqualTo(SECRET);
        }
        assertThat(site.posts).hasSize(1);
    }

    @Test
    void aSecretWithAControlCharacterInside_isRefused_andNothingIsKept() {
        Run run = byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "Zq7x\u0007PLmN"),
                "sites",
                "add",
                "우리뉴스",
                "--type",
                "wordpress",
                "--url",
                site.url(),
                "--user",
                "editor");
        Run hangul = byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "비밀번호"), "sites", "add", "통신", "--type", "ninjs", "--url", site.url());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("제어 문자").doesNotContain("Zq7x");
        assertThat(hangul.exit()).isEqualTo(1);
        assertThat(byline.at("sites", "list").out()).isEmpty();
        assertThat(dir.resolve("secrets")).doesNotExist();
    }

    @Test
    void aTokenThatCannotTravelInAHeader_failsThePush_withoutTheTokenInTheStoreTheLogOrTheOutbox() throws Exception {
        ok(byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "tok-s3cr3t"),
                "sites",
                "add",
                "통신",
                "--type",
                "ninjs",
                "--url",
                "http://localhost:1/ingest"));
        // kept before Byline checked secrets, or edited by hand: a carriage return inside
        try (Stream<Path> files = Files.list(dir.resolve("secrets"))) {
            Files.writeString(files.findFirst().orElseThrow(), "tok-s3cr3t\r\nX");
        }
        String logged = logged(() -> {
            Run push = quick(LEE, "push", id, "--as", "이데스크");
            assertThat(push.exit()).isEqualTo(1);
            assertThat(push.out()).contains("요청에 실을 수 없는 글자").doesNotContain("s3cr3t");
        });

        JsonNode jobs = byline.at("outbox", "--json").json();
        assertThat(jobs.get(0).get("error").get("key").asText()).isEqualTo("push.secretUnusable");
        assertThat(jobs.toString()).doesNotContain("s3cr3t");
        assertThat(logged).contains("push job 1").doesNotContain("s3cr3t");
        assertNotInTheStore("s3cr3t");
    }

    /** What the outbox logs while {@code work} runs, as the window's log file would hold it. */
    private String logged(Runnable work) throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        FileHandler log = new FileHandler(logs.resolve("byline-%g.log").toString());
        log.setFormatter(new SimpleFormatter());
        Logger outbox = Logger.getLogger("org.byline.newsroom.Outbox");
        Level was = outbox.getLevel();
        outbox.setLevel(Level.INFO);
        outbox.addHandler(log);
        try {
            work.run();
        } finally {
            outbox.removeHandler(log);
            outbox.setLevel(was);
            log.close();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat);
        }
    }

    private void assertNotInTheStore(String secret) throws IOException {
        for (Path stored : List.of(dir.resolve("byline.db"), dir.resolve("byline.db-wal"))) {
            if (Files.exists(stored)) {
                assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1))
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    void plainHttp_isRefusedExceptOnThisMachine() {
        Run refused = addSite("http://www.tvseoul.kr");
        Run notAnAddress = addSite("www.tvseoul.kr");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .startsWith("byline: http://www.tvseoul.kr 은(는) HTTPS 가 아닙니다")
                .contains("localhost");
        assertThat(notAnAddress.exit()).isEqualTo(1);
        assertThat(notAnAddress.err()).contains("웹 주소가 아닙니다");
        assertThat(byline.at("sites", "list").out()).isEmpty();
        assertThat(dir.resolve("secrets")).doesNotExist();
        ok(addSite("http://localhost:" + 1));
    }

    @Test
    void aSiteWithoutItsSecret_isRefused_withWhereToGiveIt() {
        Run run = byline.at("sites", "add", "우리뉴스", "--type", "wordpress", "--url", site.url(), "--user", "editor");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("BYLINE_SITE_SECRET");
        assertThat(byline.at("sites", "list").out()).isEmpty();
    }

    @Test
    void push_waitsThroughFaults_printsTheLink_andShowNamesIt() {
        ok(addSite(site.url()));
        site.failNext("POST", "/wp-json/wp/v2/posts", 503, "unavailable");
        site.closeAfterWork("POST", "/wp-json/wp/v2/posts");

        Run push = quick(LEE, "push", id, "--as", "이데스크");

        ok(push);
        String link = site.posts.values().iterator().next().path("link").asText();
        assertThat(site.posts).hasSize(1);
        assertThat(push.out()).isEqualTo("1\t" + id + "\t우리뉴스\tdone\t3\t" + link + "\t\n");
        assertThat(byline.at("show", id).out()).contains("우리뉴스: " + link);
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("published");
    }

    @Test
    void aPushThatFailsForGood_exits1_andTheOutboxSaysWhy() {
        ok(byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "not the password"),
                "sites",
                "add",
                "우리뉴스",
                "--type",
                "wordpress",
                "--url",
                site.url(),
                "--user",
                "editor"));

        Run push = quick(LEE, "push", id, "--as", "이데스크");

        assertThat(push.exit()).isEqualTo(1);
        assertThat(push.out()).startsWith("1\t" + id + "\t우리뉴스\tfailed\t1\t\t\"우리뉴스\" 사이트가 비밀번호를 거부했습니다 (HTTP 401");
        assertThat(push.err())
                .startsWith("byline: 작업 1(기사 " + id + ")이(가) 도착하지 못했습니다: \"우리뉴스\" 사이트가 비밀번호를 거부")
                .hasLineCount(1);
        JsonNode jobs = byline.at("outbox", "--json").json();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).get("state").asText()).isEqualTo("failed");
        assertThat(jobs.get(0).get("error").get("key").asText()).isEqualTo("push.passwordRefused");
        assertThat(jobs.get(0).get("error").get("message").asText()).contains("비밀번호를 거부");
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("approved");
    }

    @Test
    void aFailedPush_asAProcessRunsIt_saysNothingOnStderrButByline_andLogsTheFailureInTheDataDirectory()
            throws Exception {
        ok(byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "not the password"),
                "sites",
                "add",
                "우리뉴스",
                "--type",
                "wordpress",
                "--url",
                site.url(),
                "--user",
                "editor"));
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8",
                Main.class.getName(),
                "push",
                id,
                "--as",
                "이데스크",
                "--lang",
                "ko",
                "--data-dir",
                dir.toString());
        command.environment().put("BYLINE_PASSWORD", "lee-desk-2026");
        command.redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile());

        Process push = command.start();

        assertThat(push.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(push.exitValue()).as(err).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("stdout.txt"))).startsWith("1\t" + id + "\t우리뉴스\tfailed\t1\t");
        assertThat(err)
                .isEqualTo("byline: 작업 1(기사 " + id + ")이(가) 도착하지 못했습니다: \"우리뉴스\" 사이트가 비밀번호를 거부했습니다 (HTTP 401 "
                        + "incorrect_password). 사용자와 애플리케이션 비밀번호를 확인하고 사이트를 다시 추가하세요.\n");
        String logged;
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            logged = files.filter(f -> f.toString().endsWith(".log"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat);
        }
        assertThat(logged).contains("push job 1 failed: push.passwordRefused");
    }

    @Test
    void noWait_onlyQueues_outboxRunSends_andRetryAndCancelFollowTheRules() {
        ok(addSite(site.url()));

        Run queued = quick(LEE, "push", id, "--no-wait", "--as", "이데스크");

        ok(queued);
        assertThat(queued.out()).isEqualTo("1\n");
        assertThat(site.posts).isEmpty();
        assertThat(byline.at("outbox").out()).startsWith("1\t" + id + "\t우리뉴스\tqueued\t0\t");

        Run retryQueued = byline.withEnv(LEE, "outbox", "retry", "1", "--as", "이데스크");
        Run reporterCancels = byline.at("outbox", "cancel", "1", "--as", "홍길동");
        assertThat(retryQueued.exit()).isEqualTo(1);
        assertThat(retryQueued.err()).contains("실패했거나 취소된 작업만");
        assertThat(reporterCancels.exit()).isEqualTo(1);
        assertThat(reporterCancels.err()).contains("데스크만");

        Run run = quick(Map.of(), "outbox", "run");
        ok(run);
        assertThat(run.out()).isEqualTo("1\n");
        assertThat(site.posts).hasSize(1);
        assertThat(byline.at("outbox").out()).startsWith("1\t" + id + "\t우리뉴스\tdone\t1\t" + site.url());
        Run cancelDone = byline.withEnv(LEE, "outbox", "cancel", "1", "--as", "이데스크");
        assertThat(cancelDone.exit()).isEqualTo(1);
        assertThat(cancelDone.err()).contains("이미 도착했거나");
    }

    @Test
    void push_isForTheDesk_onApprovedArticles() {
        ok(addSite(site.url()));
        String draft = byline.newArticle("아직 초안");

        Run reporter = quick(Map.of(), "push", id, "--as", "홍길동");
        Run aDraft = quick(LEE, "push", draft, "--as", "이데스크");
        Run unknownSite = quick(LEE, "push", id, "--site", "없는사이트", "--as", "이데스크");

        assertThat(reporter.exit()).isEqualTo(1);
        assertThat(aDraft.exit()).isEqualTo(1);
        assertThat(aDraft.err()).contains("승인되었거나 출고된 기사만");
        assertThat(unknownSite.exit()).isEqualTo(1);
        assertThat(unknownSite.err()).contains("없는사이트");
        assertThat(site.posts).isEmpty();
        assertThat(byline.at("outbox").out()).isEmpty();
    }

    @Test
    void pushingSeveralArticles_whenOneIsRefused_queuesNoneOfThem_andSaysSo() {
        ok(addSite(site.url()));
        String second = byline.newArticle("구청장 기자회견");
        ok(byline.at("submit", second, "--as", "홍길동"));
        ok(byline.withEnv(LEE, "approve", second, "--as", "이데스크"));
        String draft = byline.newArticle("아직 초안");

        Run push = quick(LEE, "push", id, second, draft, "--as", "이데스크");

        assertThat(push.exit()).isEqualTo(1);
        assertThat(push.err())
                .contains("아무 기사도 보내지 않았습니다")
                .contains("기사 " + draft + ":")
                .contains("승인되었거나 출고된 기사만");
        assertThat(byline.at("outbox").out()).isEmpty();
        ok(quick(Map.of(), "outbox", "run"));
        assertThat(site.posts).isEmpty();
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("approved");
    }

    @Test
    void aNinjsEndpoint_getsTheDocumentWithTheBearerToken_POSTedFirst_thenPUTToWhereItSaid() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> documents = Collections.synchronizedMap(new HashMap<>());
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                seen.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                        + ex.getRequestHeaders().getFirst("Authorization"));
                if (ex.getRequestMethod().equals("POST")) {
                    documents.put("/articles/7", body);
                    ex.getResponseHeaders().set("Location", "/articles/7");
                    ex.sendResponseHeaders(201, -1);
                } else {
                    documents.put(ex.getRequestURI().getPath(), body);
                    ex.sendResponseHeaders(200, -1);
                }
            }
        });
        endpoint.start();
        try {
            String url = "http://localhost:" + endpoint.getAddress().getPort() + "/ingest";
            ok(byline.withEnv(
                    Map.of("BYLINE_SITE_SECRET", "token-123"), "sites", "add", "통신", "--type", "ninjs", "--url", url));

            Run first = quick(LEE, "push", id, "--as", "이데스크");
            Run again = quick(LEE, "push", id, "--as", "이데스크");

            ok(first);
            ok(again);
            assertThat(seen).containsExactly("POST /ingest Bearer token-123", "PUT /articles/7 Bearer token-123");
            String expectedLink = "http://localhost:" + endpoint.getAddress().getPort() + "/articles/7";
            assertThat(first.out()).isEqualTo("1\t" + id + "\t통신\tdone\t1\t" + expectedLink + "\t\n");
            // the endpoint receives the ninjs 3.2 document the export writes, valid against IPTC's schema
            String received = documents.get("/articles/7");
            assertThat(Ninjs32.problems(received)).isEmpty();
            assertThat(CliRunner.JSON
                            .readTree(received)
                            .at("/headlines/0/value")
                            .asText())
                    .isEqualTo("구청 예산안 확정");
        } finally {
            endpoint.stop(0);
        }
    }

    @Test
    void anEmbargoedArticle_isRefusedForANinjsEndpoint_unlessTheDeskOverridesIt_whichIsRecorded() {
        ok(byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "token-123"),
                "sites",
                "add",
                "통신",
                "--type",
                "ninjs",
                "--url",
                "https://wire.example.com/ingest"));
        ok(byline.withEnv(LEE, "embargo", id, "--until", "2099-12-01T09:00+09:00", "--as", "이데스크"));

        Run refused = quick(LEE, "push", id, "--no-wait", "--as", "이데스크");
        Run overridden = quick(LEE, "push", id, "--no-wait", "--override-embargo", "--as", "이데스크");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("엠바고");
        ok(overridden);
        assertThat(byline.at("history", id).out()).contains("\tembargo-override\t");
        assertThat(byline.at("outbox").out()).startsWith("1\t" + id + "\t통신\tqueued\t");
    }

    private static void ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
