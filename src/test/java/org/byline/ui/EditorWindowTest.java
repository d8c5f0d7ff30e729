package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorWindowTest {
    @TempDir
    Path dir;

    @Test
    void koreanTypedIntoTheEditor_appearsInThePreview_andIsThereAfterARestart() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("구청장, 골목상권 현장 점검");
            byline.editor().typeBody("영등포구청장이 27일 골목시장을 찾았다.");
            byline.robot.type(KeyCode.ENTER, KeyCode.ENTER);
            byline.robot.write("상인들은 “손님이 늘었다”고 말했다.");

            waitUntil(() -> "구청장, 골목상권 현장 점검".equals(byline.preview().text("headline")));
            waitUntil(() -> byline.preview().text("body").contains("손님이 늘었다"));
            String firstParagraph = byline.preview()
                    .read(doc -> doc.getElementById("body")
                            .getElementsByTagName("p")
                            .item(0)
                            .getTextContent());
            assertThat(firstParagraph).isEqualTo("[TV서울=홍길동 기자] 영등포구청장이 27일 골목시장을 찾았다.");
            assertThat(byline.preview().text("body")).contains("“손님이 늘었다”");
            assertThat(byline.windowTitle()).isEqualTo("바이라인 — 구청장, 골목상권 현장 점검");

            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
            assertThat(byline.text("#counts")).contains("원고지");

            // further typing patches the page in place: same document, so the reader's scroll position stays
            Object page = byline.preview().read(doc -> doc);
            byline.robot.write(" 끝.");
            waitUntil(() -> byline.preview().text("body").contains("말했다. 끝."));
            assertThat(byline.<Object>fromPreview(doc -> doc)).isSameAs(page);
        }

        try (RunningByline again = RunningByline.open(dir)) {
            waitUntil(() -> "구청장, 골목상권 현장 점검".equals(again.editor().headline()));
            assertThat(again.editor().body()).isEqualTo("영등포구청장이 27일 골목시장을 찾았다.\n\n상인들은 “손님이 늘었다”고 말했다. 끝.");
            TableView<?> queue = again.node("#queue");
            waitUntil(() -> queue.getItems().size() == 1 && queue.getItems().get(0) != null);
        }
    }

    @Test
    void markupTypedByAReporter_isShownAsText_neverRun() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("<b>굵게</b>");
            byline.editor().typeBody("<script>document.title='x'</script><img src=x onerror=alert(1)>");
            waitUntil(() -> "<b>굵게</b>".equals(byline.preview().text("headline")));
            waitUntil(() -> byline.preview().text("body").contains("<img src=x onerror=alert(1)>"));
            int scripts = byline.preview()
                    .read(doc -> doc.getElementsByTagName("script").getLength());
            int images =
                    byline.preview().read(doc -> doc.getElementsByTagName("img").getLength());
            int bold =
                    byline.preview().read(doc -> doc.getElementsByTagName("b").getLength());
            assertThat(scripts).isZero();
            assertThat(images).isZero();
            assertThat(bold).isZero();
        }
    }

    @Test
    void aSaveOverSomebodyElsesNewerVersion_isRefused_andTheTypedTextCanBeKeptAsACopy() throws Exception {
        long id;
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
            Article a = c.drafting()
                    .create(
                            new ArticleContent("원래 제목", "", "사회", List.of(), "원래 본문"),
                            c.staff().named("홍길동"));
            c.workspace().rememberOpenArticle(a.id());
            id = a.id();
        }
        try (RunningByline byline = RunningByline.open(dir)) {
            waitUntil(() -> "원래 제목".equals(byline.editor().headline()));
            // another Byline process on the same store saves first
            try (Context other = new Context(dir, Locale.KOREAN)) {
                Article theirs = other.drafting().open(id);
                other.drafting().save(id, theirs.version(), theirs.content().withHeadline("데스크가 고친 제목"));
            }
            byline.editor().typeBody(" 내가 덧붙인 문장");
            waitUntil(() -> byline.<Node>node("#conflictBanner").isVisible());
            assertThat(byline.editor().body()).isEqualTo("원래 본문 내가 덧붙인 문장");

            byline.click("#keepCopy");
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().open(id).content().headline()).isEqualTo("데스크가 고친 제목");
            assertThat(c.search().find("덧붙인")).extracting(h -> h.headline()).containsExactly("원래 제목");
            assertThat(c.search().find("덧붙인").get(0).id()).isNotEqualTo(id);
        }
    }

    @Test
    void theSectionBox_narrowsAsOneTypes_andEnterTakesTheFirstLeft() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.type("#headline", "섹션 고르기");
            byline.click("#section");
            waitUntil(() -> Overlays.openListCells().equals(List.of("정치", "경제", "사회", "문화", "포토")));
            byline.robot.write("경");
            waitUntil(() -> Overlays.openListCells().equals(List.of("경제")));
            byline.robot.type(KeyCode.ENTER);
            ComboBox<String> section = byline.node("#section");
            waitUntil(() -> "경제".equals(section.getValue()));
            waitUntil(() -> Overlays.openListCells().isEmpty());
        }
    }

    @Test
    void theStatusBar_countsOnTheDesksSheet_andShowsTheSectionsTarget() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, c -> {
            RunningByline.reporterAtTvSeoul(c);
            c.settings().set("manuscript.sheet", "150", null);
            c.settings().set("manuscript.target.사회", "1", null);
        })) {
            byline.editor().typeHeadline("목표 매수");
            byline.robot.interact(
                    () -> byline.<ComboBox<String>>node("#section").setValue("사회"));
            byline.editor().typeBody("가".repeat(100));
            // the section's target is read off the FX thread, so it may follow the count by a moment
            String expected = "공백 포함 100자 · 공백 제외 100자 · 150자 원고지 0.7매 / 목표 1매";
            waitUntil(() -> byline.text("#counts").equals(expected));
            assertThat(byline.text("#counts")).isEqualTo(expected);
            assertThat(byline.node("#counts").getPseudoClassStates())
                    .extracting(Object::toString)
                    .doesNotContain("over-target");

            byline.robot.write("나".repeat(60));
            waitUntil(() -> byline.text("#counts").contains("160자")
                    && byline.text("#counts").endsWith("원고지 1.1매 / 목표 1매"));
            assertThat(byline.node("#counts").getPseudoClassStates())
                    .extracting(Object::toString)
                    .contains("over-target");

            byline.robot.interact(
                    () -> byline.<ComboBox<String>>node("#section").setValue("경제"));
            waitUntil(() -> !byline.text("#counts").contains("목표"));
        }
    }

    @Test
    void aJointBylineTypedInTheEditor_leadsThePage_andIsKept() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("공동 취재");
            byline.editor().typeBody("구청이 예산안을 확정했다.");
            assertThat(byline.text("#byline")).isEqualTo("홍길동");
            byline.robot.doubleClickOn("#byline").eraseText(3).write("홍길동, 김철수");

            waitUntil(() -> byline.preview().text("body").startsWith("[TV서울=홍길동·김철수 기자]"));
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
        }
        try (RunningByline again = RunningByline.open(dir)) {
            waitUntil(() -> "홍길동, 김철수".equals(again.text("#byline")));
            waitUntil(() -> again.preview().text("body") != null
                    && again.preview().text("body").startsWith("[TV서울=홍길동·김철수 기자]"));
        }
    }
}
