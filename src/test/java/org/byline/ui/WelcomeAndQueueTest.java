package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class WelcomeAndQueueTest {
    @TempDir
    Path dir;

    @Test
    void aNewStore_asksWhoIsWriting_andOffersTheTwoSampleArticles() throws Exception {
        try (RunningByline byline = RunningByline.open(dir)) {
            FxRobot robot = byline.robot;
            waitUntil(() -> robot.lookup("#welcomeName").tryQuery().isPresent());
            assertThat(Window.getWindows())
                    .anyMatch(w -> w instanceof Stage s
                            && s.getTitle() != null
                            && s.getTitle().startsWith("바이라인"));
            // our icon, in the sizes a title bar and a task switcher ask for, on the welcome too
            assertThat(Window.getWindows())
                    .filteredOn(w -> w instanceof Stage s
                            && s.getTitle() != null
                            && s.getTitle().startsWith("바이라인"))
                    .allSatisfy(w -> assertThat(((Stage) w).getIcons())
                            .extracting(i -> (int) i.getWidth())
                            .contains(16, 32, 256));
            byline.signIn().welcome("김철수", "kim@tvseoul.kr");

            byline.queue().waitUntilShown();
            byline.queue().waitForCount("2건");
            waitUntil(() -> !byline.editor().headline().isBlank());
            assertThat(byline.text("#currentProfile")).contains("김철수");
            byline.preview().waitUntilText("body", t -> t.startsWith("[바이라인뉴스=김철수 기자]"));
        }
    }

    @Test
    void theQueue_pagesThroughTwentyThousandArticles_andSortsInTheStore() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            // the articles go in through a second process on the same store while the window is open
            try (Context c = new Context(dir, Locale.KOREAN)) {
                List<ArticleContent> many = new ArrayList<>();
                for (int i = 0; i < 20_000; i++) {
                    many.add(new ArticleContent(
                            String.format("기사 %05d", i), "", i % 2 == 0 ? "정치" : "경제", List.of(), "본문 " + i));
                }
                c.drafting().createAll(many, c.staff().named("홍길동"));
            }
            TableView<ArticleSummary> queue = byline.queue().table();
            byline.queue().newArticle();
            byline.editor().typeHeadline("가장 새 기사");
            byline.queue().waitForCount("20,001건");
            waitUntil(() -> "가장 새 기사".equals(byline.queue().headlineAt(0)));

            // sorting by headline is done by SQLite, not by loading every row
            // looked up on the FX thread: rows are still being laid out, and lookupAll from here races with them
            Node headlineHeader = WaitForAsyncUtils.asyncFx(() -> queue.lookup(".column-header"))
                    .get();
            byline.robot.clickOn(headlineHeader); // ascending: 가 before 기
            waitUntil(() -> "기사 00000".equals(byline.queue().headlineAt(1)));
            byline.robot.clickOn(headlineHeader); // descending
            waitUntil(() -> "기사 19999".equals(byline.queue().headlineAt(0)));

            byline.click("#sectionFilter");
            byline.robot.type(KeyCode.DOWN, KeyCode.ENTER);
            byline.queue().waitForCount("10,000건");
        }
    }

    @Test
    void f1_explainsTheBodyFormat() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.click("#body");
            byline.robot.type(KeyCode.F1);
            waitUntil(() -> byline.robot.lookup("#helpText").tryQuery().isPresent());
            assertThat(byline.text("#helpText")).contains("△").contains("## ").contains("원고지");
            byline.robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            FxToolkit.cleanupStages();
        }
    }
}
