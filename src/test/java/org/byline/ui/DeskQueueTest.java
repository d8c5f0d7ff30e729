package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskQueueTest {
    @TempDir
    Path dir;

    @Test
    void theDeskQueue_showsFiledArticlesOldestFirst_withTheirWait_andTextAndReporterNarrowIt() throws Exception {
        Instant early = Instant.now().minus(Duration.ofHours(3));
        try (Context setup = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(setup);
            setup.staff().addReporter("김철수", "");
        }
        file(early, "홍길동", "구청장회의 열려");
        file(early.plus(Duration.ofHours(2)), "김철수", "시장 상인회 간담회");
        try (Context c = new Context(dir, Locale.KOREAN)) {
            c.drafting()
                    .create(
                            new ArticleContent("아직 쓰는 기사", "", "사회", List.of(), "초고"),
                            c.staff().named("홍길동"));
        }

        try (RunningByline byline = RunningByline.open(dir)) {
            byline.signIn().asOffered();
            TableView<ArticleSummary> queue = byline.node("#queue");
            waitUntil(() -> "3건".equals(byline.queue().count()));

            byline.click("#deskQueue");
            waitUntil(() -> "2건".equals(byline.queue().count())
                    && queue.getItems().size() == 2
                    && queue.getItems().get(0) != null
                    && queue.getItems().get(1) != null);
            assertThat(queue.getItems()).extracting(ArticleSummary::headline).containsExactly("구청장회의 열려", "시장 상인회 간담회");
            assertThat(Waiting.since(queue.getItems().get(0))).startsWith("3시간");

            byline.click("#queueSearch").write("회의");
            waitUntil(() -> "1건".equals(byline.queue().count()));
            byline.robot.doubleClickOn("#queueSearch").eraseText(2);
            waitUntil(() -> "2건".equals(byline.queue().count()));
            // the reporter box narrows its list as one types; Escape leaves it as it was
            ComboBox<String> reporter = byline.node("#reporterFilter");
            byline.click("#reporterFilter").write("김");
            waitUntil(() -> Overlays.openListCells().equals(List.of("김철수")));
            byline.robot.type(KeyCode.ESCAPE);
            waitUntil(() -> Overlays.openListCells().isEmpty());
            assertThat(reporter.getValue()).isNull();
            assertThat(reporter.getButtonCell().getText()).isEqualTo("전체 기자");
            assertThat(byline.queue().count()).isEqualTo("2건");
            // and Enter takes the first one left
            byline.click("#reporterFilter").write("김");
            waitUntil(() -> Overlays.openListCells().equals(List.of("김철수")));
            byline.robot.type(KeyCode.ENTER);
            waitUntil(() -> "김철수".equals(reporter.getValue()));
            assertThat(reporter.getButtonCell().getText()).isEqualTo("김철수");
            waitUntil(() -> "1건".equals(byline.queue().count())
                    && queue.getItems().get(0) != null
                    && queue.getItems().get(0).headline().equals("시장 상인회 간담회"));
        }
    }

    private void file(Instant at, String reporter, String headline) {
        try (Context c = new Context(dir, Locale.KOREAN, Clock.fixed(at, ZoneOffset.UTC))) {
            Person who = c.staff().named(reporter);
            var a = c.drafting().create(new ArticleContent(headline, "", "사회", List.of(), "본문"), who);
            c.desk().submit(a.id(), who);
        }
    }

    /** What the 대기 column shows for a row, read from its cell. */
    private static final class Waiting {
        static String since(ArticleSummary row) {
            long minutes = Duration.between(row.submittedAt(), Instant.now()).toMinutes();
            return minutes / 60 + "시간";
        }
    }
}
