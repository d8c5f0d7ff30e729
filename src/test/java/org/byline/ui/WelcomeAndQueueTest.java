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
            robot.clickOn("#welcomeName").write("김철수");
            robot.clickOn("#welcomeEmail").write("kim@tvseoul.kr");
            robot.clickOn("#welcomeStart");

            waitUntil(() -> robot.lookup("#queue").tryQuery().isPresent());
            waitUntil(() -> "2건".equals(byline.text("#queueCount")));
            waitUntil(() -> !byline.text("#headline").isBlank());
            assertThat(byline.text("#currentProfile")).contains("김철수");
            waitUntil(() -> byline.previewText("body") != null
                    && byline.previewText("body").startsWith("[바이라인뉴스=김철수 기자]"));
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
            TableView<ArticleSummary> queue = byline.node("#queue");
            byline.robot.clickOn("#newArticle");
            byline.type("#headline", "가장 새 기사");
            waitUntil(() -> "20,001건".equals(byline.text("#queueCount")));
            waitUntil(() -> queue.getItems().get(0) != null
                    && "가장 새 기사".equals(queue.getItems().get(0).headline()));

            // sorting by headline is done by SQLite, not by loading every row
            // looked up on the FX thread: rows are still being laid out, and lookupAll from here races with them
            Node headlineHeader = WaitForAsyncUtils.asyncFx(() -> queue.lookup(".column-header"))
                    .get();
            byline.robot.clickOn(headlineHeader); // ascending: 가 before 기
            waitUntil(() -> queue.getItems().get(1) != null
                    && "기사 00000".equals(queue.getItems().get(1).headline()));
            byline.robot.clickOn(headlineHeader); // descending
            waitUntil(() -> queue.getItems().get(0) != null
                    && "기사 19999".equals(queue.getItems().get(0).headline()));

            byline.robot.clickOn("#sectionFilter");
            byline.robot.type(KeyCode.DOWN, KeyCode.ENTER);
            waitUntil(() -> "10,000건".equals(byline.text("#queueCount")));
        }
    }

    @Test
    void f1_explainsTheBodyFormat() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.robot.clickOn("#body");
            byline.robot.type(KeyCode.F1);
            waitUntil(() -> byline.robot.lookup("#helpText").tryQuery().isPresent());
            assertThat(byline.text("#helpText")).contains("△").contains("## ").contains("원고지");
            byline.robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            FxToolkit.cleanupStages();
        }
    }
}
