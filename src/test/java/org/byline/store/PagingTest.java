package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.byline.domain.QueueOrder;
import org.byline.domain.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue of a newsroom with 100,000 articles, read a page at a time. */
class PagingTest {
    private static final int OLDER = 99_900;
    private static final int LATEST = 100;
    private static final int TOTAL = OLDER + LATEST;
    private static final List<String> SECTIONS = List.of("정치", "경제", "사회", "문화", "포토");
    private static final Instant YESTERDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final Instant TODAY = Instant.parse("2024-03-05T00:00:00Z");

    @TempDir
    static Path dir;

    private static Database db;
    private static QueueQuery queue;

    @BeforeAll
    static void fillTheArchive() {
        db = Database.open(dir);
        Person hong = new SqlitePeopleStore(db, Clock.systemUTC()).add("홍길동", "hong@tvseoul.kr");
        new SqliteArticleStore(db, Clock.fixed(YESTERDAY, ZoneOffset.UTC)).createAll(contents(0, OLDER, "지난 기사"), hong);
        new SqliteArticleStore(db, Clock.fixed(TODAY, ZoneOffset.UTC)).createAll(contents(OLDER, TOTAL, "오늘 기사"), hong);
        queue = new SqliteQueueQuery(db);
    }

    @AfterAll
    static void closeStore() {
        db.close();
    }

    @Test
    void queue_countsEveryArticle() {
        assertThat(queue.count(QueueFilter.NEWEST_FIRST)).isEqualTo(TOTAL);
    }

    @Test
    void firstPage_holdsTheHundredNewest() {
        List<ArticleSummary> page = queue.page(QueueFilter.NEWEST_FIRST, 0, 100);

        assertThat(page).hasSize(100);
        assertThat(page).allSatisfy(row -> {
            assertThat(row.updatedAt()).isEqualTo(TODAY);
            assertThat(row.headline()).startsWith("오늘 기사");
            assertThat(row.reporter()).isEqualTo("홍길동");
        });
    }

    @Test
    void lastPage_holdsWhatIsLeft() {
        List<ArticleSummary> page = queue.page(QueueFilter.NEWEST_FIRST, 99_950, 100);

        assertThat(page).hasSize(50);
        assertThat(page).allSatisfy(row -> assertThat(row.headline()).startsWith("지난 기사"));
        assertThat(queue.page(QueueFilter.NEWEST_FIRST, TOTAL, 100)).isEmpty();
    }

    @Test
    void consecutivePages_doNotOverlap_andContinueTheOrder() {
        List<ArticleSummary> first = queue.page(QueueFilter.NEWEST_FIRST, 0, 100);
        List<ArticleSummary> second = queue.page(QueueFilter.NEWEST_FIRST, 100, 100);
        List<ArticleSummary> both = queue.page(QueueFilter.NEWEST_FIRST, 0, 200);

        List<ArticleSummary> joined = new ArrayList<>(first);
        joined.addAll(second);
        assertThat(joined).isEqualTo(both);
        assertThat(joined).extracting(ArticleSummary::id).doesNotHaveDuplicates();
        assertThat(second).allSatisfy(row -> assertThat(row.updatedAt()).isEqualTo(YESTERDAY));
    }

    @Test
    void walkingEveryPageOfASection_showsEachOfItsArticlesExactlyOnce() {
        QueueFilter politics = QueueFilter.NEWEST_FIRST.withSection("정치");
        int count = queue.count(politics);
        Set<Long> seen = new HashSet<>();
        for (int offset = 0; offset < count; offset += 500) {
            List<ArticleSummary> page = queue.page(politics, offset, 500);
            assertThat(page).allSatisfy(row -> assertThat(row.section()).isEqualTo("정치"));
            page.forEach(row -> assertThat(seen.add(row.id()))
                    .as("article %d shown twice", row.id())
                    .isTrue());
        }

        assertThat(count).isEqualTo(TOTAL / SECTIONS.size());
        assertThat(seen).hasSize(count);
    }

    @Test
    void filters_countBySectionAndStatus() {
        for (String section : SECTIONS) {
            assertThat(queue.count(QueueFilter.NEWEST_FIRST.withSection(section)))
                    .as(section)
                    .isEqualTo(20_000);
        }
        assertThat(queue.count(QueueFilter.NEWEST_FIRST.withStatus(Status.DRAFT)))
                .isEqualTo(TOTAL);
        assertThat(queue.count(QueueFilter.NEWEST_FIRST.withStatus(Status.PUBLISHED)))
                .isZero();
        assertThat(queue.count(QueueFilter.NEWEST_FIRST.withStatus(Status.DRAFT).withSection("포토")))
                .isEqualTo(20_000);
        assertThat(queue.page(QueueFilter.NEWEST_FIRST.withStatus(Status.SUBMITTED), 0, 100))
                .isEmpty();
    }

    @Test
    void sortingByHeadline_givesHeadlinesInOrder_forwardAndBackward() {
        List<String> all = new ArrayList<>();
        contents(0, OLDER, "지난 기사").forEach(c -> all.add(c.headline()));
        contents(OLDER, TOTAL, "오늘 기사").forEach(c -> all.add(c.headline()));
        all.sort(null);
        QueueFilter ascending = QueueFilter.NEWEST_FIRST.sortedBy(QueueOrder.HEADLINE, true);
        QueueFilter descending = QueueFilter.NEWEST_FIRST.sortedBy(QueueOrder.HEADLINE, false);

        List<String> first = headlines(queue.page(ascending, 0, 300));
        List<String> middle = headlines(queue.page(ascending, 50_000, 300));
        List<String> last = headlines(queue.page(descending, 0, 300));

        assertThat(first).isEqualTo(all.subList(0, 300));
        assertThat(middle).isEqualTo(all.subList(50_000, 50_300));
        List<String> highest = new ArrayList<>(all.subList(TOTAL - 300, TOTAL));
        Collections.reverse(highest);
        assertThat(last).isEqualTo(highest);
    }

    private static List<String> headlines(List<ArticleSummary> rows) {
        return rows.stream().map(ArticleSummary::headline).toList();
    }

    /** Short drafts; the number in the headline is scrambled so that headline order differs from id order. */
    private static List<ArticleContent> contents(int from, int to, String prefix) {
        List<ArticleContent> list = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String number = String.format("%06d", (i * 7_919L) % TOTAL);
            list.add(new ArticleContent(
                    prefix + " " + number, "", SECTIONS.get(i % SECTIONS.size()), List.of(), "구청 소식 " + i));
        }
        return list;
    }
}
