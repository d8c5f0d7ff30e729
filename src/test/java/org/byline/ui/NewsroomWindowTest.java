package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.byline.domain.Role;
import org.byline.newsroom.Joining;
import org.byline.newsroom.NewsroomServer;
import org.byline.store.postgres.NetworkCable;
import org.byline.store.postgres.PostgresServer;
import org.byline.store.postgres.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window on a workstation that joined a newsroom: everyone signs in with their password (a
 * reporter's too: it is their login on the server), a wrong one is refused in the dialog, and the
 * queue shows what the newsroom filed elsewhere.
 */
class NewsroomWindowTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String ADMIN = "admin-password-1";
    private static final String HONG = "hong-password-1";

    @TempDir
    Path temp;

    @Test
    void aReporterSignsInWithTheirNewsroomPassword_andSeesWhatWasFiledElsewhere() throws Exception {
        PostgresServer server = databases.server();
        String db = databases.fresh();
        String url = server.url(db);
        Path deskFolder = temp.resolve("admin");
        Path hongsFolder = temp.resolve("hong");
        NewsroomServer.create(url, server.password(), "관리자", "", ADMIN.toCharArray());
        try (Joining.Member admin = Joining.join(deskFolder, url, "관리자", ADMIN.toCharArray(), Clock.systemUTC())) {
            Joining.addPerson(admin, "홍길동", "", Role.REPORTER, HONG.toCharArray());
        }
        // filed on the admin's workstation, sent at its next sign-in
        try (Context desk = new Context(deskFolder, Locale.KOREAN)) {
            desk.drafting()
                    .create(
                            new ArticleContent("구의회 본회의 개회", "", "정치", List.of(), "본회의가 열렸다."),
                            desk.staff().named("관리자"));
            try (Joining.Member admin = Joining.signIn(deskFolder, desk, "관리자", ADMIN.toCharArray())) {
                assertThat(admin.online()).isTrue();
            }
        }
        Joining.join(hongsFolder, url, "홍길동", HONG.toCharArray(), Clock.systemUTC())
                .close();

        try (RunningByline byline = RunningByline.open(hongsFolder)) {
            byline.signIn().as("홍길동", "wrong-password");
            waitUntil(() -> !byline.signIn().problem().isEmpty());
            assertThat(byline.signIn().problem()).contains("비밀번호");

            byline.signIn().retryWith(HONG);
            byline.queue().waitUntilShown();
            waitUntil(() -> "구의회 본회의 개회".equals(byline.queue().headlineAt(0)));
        }
    }

    @Test
    void theWindowSeesTheNewsroomLive_andSaysWhenTheServerIsAway() throws Exception {
        PostgresServer server = databases.server();
        String db = databases.fresh();
        String url = server.url(db);
        Path deskFolder = temp.resolve("admin");
        Path hongsFolder = temp.resolve("hong");
        NewsroomServer.create(url, server.password(), "관리자", "", ADMIN.toCharArray());
        try (Joining.Member admin = Joining.join(deskFolder, url, "관리자", ADMIN.toCharArray(), Clock.systemUTC())) {
            Joining.addPerson(admin, "홍길동", "", Role.REPORTER, HONG.toCharArray());
        }
        try (NetworkCable cable = new NetworkCable(server.host(), server.port())) {
            Joining.join(hongsFolder, cable.url(db), "홍길동", HONG.toCharArray(), Clock.systemUTC())
                    .close();
            try (RunningByline byline = RunningByline.open(hongsFolder)) {
                byline.signIn().as("홍길동", HONG);
                byline.queue().waitUntilShown();
                waitUntil(() -> byline.text("#newsroomStatus").contains("연결됨"));

                // filed on another workstation while this window is open: it shows without a click
                try (Context desk = new Context(deskFolder, Locale.KOREAN)) {
                    desk.drafting()
                            .create(
                                    new ArticleContent("실시간으로 보인다", "", "사회", List.of(), "본문."),
                                    desk.staff().named("관리자"));
                    Joining.signIn(deskFolder, desk, "관리자", ADMIN.toCharArray()).close();
                }
                waitUntil(() -> "실시간으로 보인다".equals(byline.queue().headlineAt(0)));

                cable.pullOut();
                waitUntil(() -> byline.text("#newsroomStatus").contains("서버 연결 끊김 · 이 컴퓨터에 저장됨"));
                cable.plugIn();
                waitUntil(() -> byline.text("#newsroomStatus").equals("뉴스룸 서버 연결됨"));
            }
        }
    }

    @Test
    void aWorkstationJoinsFromTheSettings_afterAConnectionTest() throws Exception {
        PostgresServer server = databases.server();
        String db = databases.fresh();
        String url = server.url(db);
        NewsroomServer.create(url, server.password(), "관리자", "", ADMIN.toCharArray());
        try (Joining.Member admin =
                Joining.join(temp.resolve("admin"), url, "관리자", ADMIN.toCharArray(), Clock.systemUTC())) {
            Joining.addPerson(admin, "홍길동", "", Role.REPORTER, HONG.toCharArray());
        }
        Path own = temp.resolve("own");
        try (RunningByline byline = RunningByline.start(own, RunningByline::reporterAtTvSeoul)) {
            byline.settings().open();
            byline.settings().tab("newsroomTab");
            waitUntil(() -> byline.text("#newsroomStanding").contains("들어가 있지 않습니다"));
            byline.robot.clickOn("#newsroomAddress").write(url);
            byline.robot.clickOn("#newsroomPassword").write("wrong-password");
            byline.click("#newsroomTest");
            waitUntil(() -> byline.text("#newsroomSaid").contains("받아들이지 않았습니다"));

            byline.robot.doubleClickOn("#newsroomPassword").eraseText(20).write(HONG);
            byline.click("#newsroomTest");
            waitUntil(() -> byline.text("#newsroomSaid").contains("연결됨"));
            byline.click("#newsroomJoin");
            waitUntil(() -> byline.text("#newsroomSaid").contains("다시 시작하면"));
            waitUntil(() -> byline.text("#newsroomStanding").contains(db));
        }
        assertThat(Joining.server(own)).isPresent();
    }
}
