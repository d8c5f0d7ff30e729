package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.domain.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            hong.signIn().as("홍길동");
            hong.desk().submit();
            assertThat(hong.editor().state()).startsWith("송고");
            assertThat(hong.desk().offers("approve"))
                    .as("no approving one's own article")
                    .isFalse();
        }
        try (RunningByline desk = RunningByline.open(dir)) {
            desk.signIn().as("김데스크", "틀린비밀번호");
            waitUntil(() -> !desk.signIn().problem().isEmpty());
            assertThat(desk.signIn().problem()).contains("비밀번호");
            desk.signIn().retryWith(DESK_PASSWORD);
            desk.editor().waitForArticle("구청장 기자회견");
            desk.desk().waitUntilOffered("return");
            desk.desk().returnWithNote("현장 사진과 구청장 발언을 더 넣으세요");
            assertThat(desk.editor().state()).startsWith("작성중");
        }
        try (RunningByline hong = RunningByline.open(dir)) {
            hong.signIn().as("홍길동");
            waitUntil(() -> !hong.desk().returnNote().isEmpty());
            assertThat(hong.desk().returnNote()).isEqualTo("반려됨: 현장 사진과 구청장 발언을 더 넣으세요");
            hong.desk().submit();
            assertThat(hong.editor().state()).startsWith("송고");
        }
        try (RunningByline desk = RunningByline.open(dir)) {
            desk.signIn().as("김데스크", DESK_PASSWORD);
            desk.desk().approve();
            assertThat(desk.editor().state()).startsWith("승인");

            // a later change to approved copy: 수정 time and a 정정 note, both on the page
            desk.desk().correct("구청장 발언 인용을 바로잡았습니다");
            desk.preview().waitUntilText("modified", t -> t.startsWith("수정 "));
            waitUntil(() -> desk.preview().text("body") != null
                    && desk.preview().pageText().contains("구청장 발언 인용을 바로잡았습니다"));
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
            hong.signIn().as("홍길동");
            hong.desk().waitUntilOffered("submit");
            assertThat(hong.desk().label("submit")).isEqualTo("Submit");
            hong.desk().submit();
        }
        try (RunningByline desk = RunningByline.open(dir, Locale.ENGLISH)) {
            desk.signIn().as("김데스크", DESK_PASSWORD);
            desk.desk().waitUntilOffered("approve");
            assertThat(desk.desk().label("approve")).isEqualTo("Approve");
            assertThat(desk.desk().label("return")).isEqualTo("Return");
        }
    }

    @Test
    void anArticleSomeoneElseHolds_opensReadOnly_andTheDeskCanTakeItOver() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            c.locks().open(id, c.staff().named("홍길동"));
            c.workspace().useProfile(c.staff().named("김데스크"));
        }
        try (RunningByline desk = RunningByline.open(dir)) {
            desk.signIn().as("김데스크", DESK_PASSWORD);
            waitUntil(() -> !desk.editor().lockMessage().isEmpty());
            assertThat(desk.editor().lockMessage()).startsWith("홍길동 님이");
            assertThat(desk.editor().bodyEditable()).isFalse();

            desk.editor().takeOverLock();
            waitUntil(() -> desk.editor().bodyEditable());
            desk.editor().typeBody(" 데스크가 덧붙임.");
            desk.editor().waitUntilSaved();
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().open(id).content().body()).endsWith("데스크가 덧붙임.");
            assertThat(c.locks().events(id)).singleElement().satisfies(e -> {
                assertThat(e.by()).isEqualTo("김데스크");
                assertThat(e.holder()).isEqualTo("홍길동");
            });
        }
    }
}
