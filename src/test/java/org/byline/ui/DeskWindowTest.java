package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A reporter files, the desk decides, in the real window: who is working, 송고, 반려 with a note, 승인, locks. */
class DeskWindowTest {
    private static final String DESK_PASSWORD = "데스크비밀번호2026";

    @TempDir
    Path dir;

    private long id;

    @BeforeEach
    void aDraftByHong() {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            c.staff().add("김데스크", "desk@tvseoul.kr", Role.DESK, DESK_PASSWORD.toCharArray(), null);
            Person hong = c.staff().named("홍길동");
            Article a = c.drafting()
                    .create(new ArticleContent("구청장 기자회견", "", "사회", List.of(), "구청장이 27일 기자회견을 열었다."), hong);
            c.workspace().useProfile(hong);
            c.workspace().rememberOpenArticle(a.id());
            id = a.id();
        }
    }

    @Test
    void theReporterSubmits_theDeskReturnsWithANote_theReporterSeesIt_thenTheDeskApproves() throws Exception {
        try (RunningByline hong = RunningByline.open(dir)) {
            signIn(hong, "홍길동", null);
            waitUntil(() -> hong.robot.lookup("#submit").tryQuery().isPresent());
            hong.robot.clickOn("#submit");
            waitUntil(() -> hong.text("#articleState").startsWith("송고"));
            assertThat(hong.robot.lookup("#approve").tryQuery())
                    .as("no approving one's own article")
                    .isEmpty();
        }
        try (RunningByline desk = RunningByline.open(dir)) {
            signIn(desk, "김데스크", "틀린비밀번호");
            waitUntil(() -> !desk.text("#profileProblem").isEmpty());
            assertThat(desk.text("#profileProblem")).contains("비밀번호");
            desk.robot.clickOn("#profilePassword").write(DESK_PASSWORD);
            desk.robot.clickOn("#profileStart");
            waitUntil(() -> "구청장 기자회견".equals(desk.text("#headline")));
            waitUntil(() -> desk.robot.lookup("#return").tryQuery().isPresent());
            desk.robot.clickOn("#return");
            desk.robot.clickOn("#returnNoteInput").write("현장 사진과 구청장 발언을 더 넣으세요");
            desk.robot.clickOn("#sendReturn");
            waitUntil(() -> desk.text("#articleState").startsWith("작성중"));
        }
        try (RunningByline hong = RunningByline.open(dir)) {
            signIn(hong, "홍길동", null);
            waitUntil(() -> hong.robot
                    .lookup("#returnNote")
                    .tryQuery()
                    .map(n -> n.isVisible())
                    .orElse(false));
            assertThat(hong.text("#returnNote")).isEqualTo("반려됨: 현장 사진과 구청장 발언을 더 넣으세요");
            hong.robot.clickOn("#submit");
            waitUntil(() -> hong.text("#articleState").startsWith("송고"));
        }
        try (RunningByline desk = RunningByline.open(dir)) {
            signIn(desk, "김데스크", DESK_PASSWORD);
            waitUntil(() -> desk.robot.lookup("#approve").tryQuery().isPresent());
            desk.robot.clickOn("#approve");
            waitUntil(() -> desk.text("#articleState").startsWith("승인"));

            // a later change to approved copy: 수정 time and a 정정 note, both on the page
            desk.robot.clickOn("#correct");
            desk.robot.clickOn("#correctionInput").eraseText(0).write("구청장 발언 인용을 바로잡았습니다");
            desk.robot.type(KeyCode.ENTER);
            waitUntil(() -> desk.previewText("modified") != null
                    && desk.previewText("modified").startsWith("수정 "));
            waitUntil(() -> desk.previewText("body") != null
                    && desk.fromPreview(doc -> doc.getDocumentElement().getTextContent())
                            .contains("구청장 발언 인용을 바로잡았습니다"));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().open(id).status()).isEqualTo(Status.APPROVED);
            assertThat(c.desk().history(id))
                    .extracting(t -> t.by())
                    .containsExactly("홍길동", "김데스크", "홍길동", "김데스크", "김데스크");
            assertThat(c.revisions().list(id)).hasSize(3); // two submissions and the approval
        }
    }

    @Test
    void inEnglish_theDeskButtonsAreVerbs() throws Exception {
        // the desk.action.* words are phrases for messages ("… while approving"); a button says what it does
        try (RunningByline hong = RunningByline.open(dir, Locale.ENGLISH)) {
            signIn(hong, "홍길동", null);
            waitUntil(() -> hong.robot.lookup("#submit").tryQuery().isPresent());
            assertThat(hong.robot.lookup("#submit").queryButton().getText()).isEqualTo("Submit");
            String draft = hong.text("#articleState");
            hong.robot.clickOn("#submit");
            waitUntil(() -> !hong.text("#articleState").equals(draft));
        }
        try (RunningByline desk = RunningByline.open(dir, Locale.ENGLISH)) {
            signIn(desk, "김데스크", DESK_PASSWORD);
            waitUntil(() -> desk.robot.lookup("#approve").tryQuery().isPresent());
            assertThat(desk.robot.lookup("#approve").queryButton().getText()).isEqualTo("Approve");
            assertThat(desk.robot.lookup("#return").queryButton().getText()).isEqualTo("Return");
        }
    }

    @Test
    void anArticleSomeoneElseHolds_opensReadOnly_andTheDeskCanTakeItOver() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            c.locks().open(id, c.staff().named("홍길동"));
            c.workspace().useProfile(c.staff().named("김데스크"));
        }
        try (RunningByline desk = RunningByline.open(dir)) {
            signIn(desk, "김데스크", DESK_PASSWORD);
            waitUntil(() -> desk.robot
                    .lookup("#lockBanner")
                    .tryQuery()
                    .map(n -> n.isVisible())
                    .orElse(false));
            assertThat(desk.text("#lockMessage")).startsWith("홍길동 님이");
            TextArea body = desk.node("#body");
            assertThat(body.isEditable()).isFalse();

            desk.robot.clickOn("#breakLock");
            waitUntil(body::isEditable);
            desk.type("#body", " 데스크가 덧붙임.");
            waitUntil(() -> desk.text("#saveState").startsWith("저장됨"));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().open(id).content().body()).endsWith("데스크가 덧붙임.");
            assertThat(c.locks().events(id)).singleElement().satisfies(e -> {
                assertThat(e.by()).isEqualTo("김데스크");
                assertThat(e.holder()).isEqualTo("홍길동");
            });
        }
    }

    private static void signIn(RunningByline byline, String name, String password) throws Exception {
        waitUntil(() -> byline.robot.lookup("#profileChoice").tryQuery().isPresent());
        ComboBox<Person> who = byline.node("#profileChoice");
        WaitForAsyncUtils.asyncFx(() -> who.getItems().stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .ifPresent(who::setValue))
                .get();
        if (password != null) {
            byline.robot.clickOn("#profilePassword").write(password);
        }
        byline.robot.clickOn("#profileStart");
    }
}
