package org.byline.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Person;
import org.byline.domain.QueueOrder;
import org.byline.domain.Status;
import org.byline.newsroom.AdjustableClock;
import org.byline.ui.fx.DirectTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue as the table reads it, on a real store: order, filters, search, and pages read as they scroll into view. */
class QueueViewModelTest {
    @TempDir
    Path dir;

    /** 14:00 KST on 3 December 2026. */
    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-12-03T05:00:00Z"));

    private Context newsroom;
    private Person hong;
    private Person kim;
    private final DirectTasks tasks = new DirectTasks();

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN, clock);
        hong = newsroom.staff().addReporter("홍길동", "hong@tvseoul.kr");
        kim = newsroom.staff().addReporter("김철수", "kim@tvseoul.kr");
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private QueueViewModel queue() {
        return new QueueViewModel(
                newsroom.drafting(),
                tasks,
                () -> newsroom.staff().all().stream().map(Person::name).toList());
    }

    private Article write(Person who, String headline, String section, String body) {
        clock.advance(Duration.ofMinutes(1));
        return newsroom.drafting().create(new ArticleContent(headline, "", section, List.of(), body), who);
    }

    private Article file(Article a) {
        clock.advance(Duration.ofMinutes(1));
        return newsroom.desk().submit(a.id(), a.reporter());
    }

    /**
     * The rows as the table shows them after scrolling over all of them: a row not read yet is
     * empty the first time it is shown, and its page comes in for the next look.
     */
    private static List<ArticleSummary> shown(QueueViewModel queue) {
        List<ArticleSummary> rows = new ArrayList<>();
        for (int i = 0; i < queue.rows().size(); i++) {
            ArticleSummary row = queue.rows().get(i);
            rows.add(row != null ? row : queue.rows().get(i));
        }
        return rows;
    }

    private static List<String> headlines(QueueViewModel queue) {
        return shown(queue).stream().map(ArticleSummary::headline).toList();
    }

    @Test
    void theQueueListsEveryArticleNewestFirst_andSortsByAnyColumn() {
        write(hong, "나 구청 예산안", "사회", "본문");
        write(kim, "가 시장 개막", "경제", "본문");
        write(hong, "다 체육대회", "문화", "본문");

        QueueViewModel queue = queue();

        assertThat(queue.totalProperty().get()).isEqualTo(3);
        assertThat(headlines(queue)).containsExactly("다 체육대회", "가 시장 개막", "나 구청 예산안");
        assertThat(queue.reporters()).containsExactlyInAnyOrder("홍길동", "김철수");
        assertThat(queue.sections()).contains("정치", "경제", "사회", "문화", "포토");

        queue.sortBy(QueueOrder.HEADLINE, true);
        assertThat(headlines(queue)).containsExactly("가 시장 개막", "나 구청 예산안", "다 체육대회");
        queue.sortBy(QueueOrder.HEADLINE, false);
        assertThat(headlines(queue)).containsExactly("다 체육대회", "나 구청 예산안", "가 시장 개막");
    }

    @Test
    void theDeskQueue_showsOnlyFiledArticles_theOneWaitingLongestFirst() {
        Article first = write(hong, "먼저 쓰고 나중에 송고", "사회", "본문");
        Article second = write(kim, "나중에 쓰고 먼저 송고", "사회", "본문");
        write(hong, "아직 작성중", "사회", "본문");
        file(second);
        file(first);
        QueueViewModel queue = queue();
        assertThat(queue.totalProperty().get()).isEqualTo(3);

        queue.deskQueueProperty().set(true);

        assertThat(queue.statusFilterProperty().get()).isEqualTo(Status.SUBMITTED);
        assertThat(shown(queue))
                .extracting(ArticleSummary::headline, ArticleSummary::status)
                .containsExactly(tuple("나중에 쓰고 먼저 송고", Status.SUBMITTED), tuple("먼저 쓰고 나중에 송고", Status.SUBMITTED));

        queue.deskQueueProperty().set(false);
        assertThat(queue.totalProperty().get()).as("back to every article").isEqualTo(3);
        assertThat(headlines(queue).get(0)).as("the last change first again").isEqualTo("먼저 쓰고 나중에 송고");
    }

    @Test
    void statusSectionAndReporterFilters_narrowTheQueue_andClearingThemWidensItAgain() {
        write(hong, "구청 예산안", "사회", "본문");
        write(kim, "시장 개막", "경제", "본문");
        file(write(hong, "체육대회", "경제", "본문"));
        QueueViewModel queue = queue();

        queue.sectionFilterProperty().set("경제");
        assertThat(headlines(queue)).containsExactlyInAnyOrder("시장 개막", "체육대회");

        queue.reporterFilterProperty().set("홍길동");
        assertThat(headlines(queue)).containsExactly("체육대회");

        queue.sectionFilterProperty().set(null);
        queue.statusFilterProperty().set(Status.DRAFT);
        assertThat(headlines(queue)).containsExactly("구청 예산안");

        queue.statusFilterProperty().set(null);
        queue.reporterFilterProperty().set(null);
        assertThat(queue.totalProperty().get()).isEqualTo(3);
        assertThat(shown(queue)).hasSize(3);
    }

    @Test
    void searchNarrowsTheQueueToArticlesContainingTheWords_andBlankTextShowsAll() {
        write(hong, "구청 예산안 발표", "사회", "내년 예산은 삼천억 원이다.");
        write(kim, "시장 개막", "경제", "전통시장이 문을 열었다.");
        write(hong, "체육대회", "문화", "구민 체육대회에 예산 일부가 쓰였다.");
        QueueViewModel queue = queue();

        queue.textProperty().set("예산");
        assertThat(queue.totalProperty().get()).isEqualTo(2);
        assertThat(headlines(queue)).containsExactlyInAnyOrder("구청 예산안 발표", "체육대회");

        queue.textProperty().set("시장");
        assertThat(headlines(queue)).containsExactly("시장 개막");

        queue.textProperty().set("   ");
        assertThat(queue.totalProperty().get()).as("blank text is no search").isEqualTo(3);
    }

    @Test
    void searchForOnlyPunctuation_findsNothing_ratherThanEverything() {
        write(hong, "구청 예산안 발표", "사회", "본문!");
        write(kim, "시장 개막", "경제", "본문?");
        QueueViewModel queue = queue();

        queue.textProperty().set("?!");

        assertThat(queue.totalProperty().get()).isZero();
        assertThat(queue.rows()).isEmpty();
    }

    @Test
    void theDayFilters_followKoreanDays() {
        clock.set(Instant.parse("2026-12-03T14:28:00Z")); // 23:29 KST on 3 December, once written
        write(hong, "밤늦은 기사", "사회", "본문");
        clock.set(Instant.parse("2026-12-03T15:29:00Z")); // 00:30 KST on 4 December
        write(hong, "자정 넘긴 기사", "사회", "본문");
        QueueViewModel queue = queue();

        queue.untilDayProperty().set(LocalDate.of(2026, 12, 3));
        assertThat(headlines(queue)).containsExactly("밤늦은 기사");

        queue.untilDayProperty().set(null);
        queue.fromDayProperty().set(LocalDate.of(2026, 12, 4));
        assertThat(headlines(queue)).containsExactly("자정 넘긴 기사");

        queue.untilDayProperty().set(LocalDate.of(2026, 12, 3));
        assertThat(queue.totalProperty().get()).as("from after until: nothing").isZero();
    }

    @Test
    void aLongQueueIsReadAPageAtATime_asTheRowsScrollIntoView() {
        List<ArticleContent> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new ArticleContent("기사 %03d".formatted(i), "", "사회", List.of(), "본문"));
        }
        newsroom.drafting().createAll(many, hong);
        QueueViewModel queue = queue();
        queue.sortBy(QueueOrder.HEADLINE, true);

        assertThat(queue.rows()).hasSize(250);
        assertThat(queue.rows().get(0)).as("not read before it is shown").isNull();
        assertThat(queue.rows().get(0).headline()).isEqualTo("기사 000");
        assertThat(queue.rows().get(99).headline()).as("the same page").isEqualTo("기사 099");
        assertThat(queue.rows().get(100))
                .as("the next page is read when it shows")
                .isNull();
        assertThat(queue.rows().get(100).headline()).isEqualTo("기사 100");
        assertThat(queue.rows().get(249)).isNull();
        assertThat(queue.rows().get(249).headline()).isEqualTo("기사 249");
        assertThat(queue.indexOf(queue.rows().get(180).id())).isEqualTo(180);
        assertThat(shown(queue)).extracting(ArticleSummary::id).doesNotHaveDuplicates();

        long revision = queue.revisionProperty().get();
        write(kim, "새 기사", "사회", "본문");
        queue.refresh();
        assertThat(queue.rows()).hasSize(251);
        assertThat(queue.revisionProperty().get()).as("the table redraws").isGreaterThan(revision);
        assertThat(queue.rows().get(0))
                .as("pages are read again after a refresh")
                .isNull();
    }
}
