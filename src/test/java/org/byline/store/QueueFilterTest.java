package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Person;
import org.byline.domain.QueueFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's queue filters: reporter, a window of last changes, and Korean text, with the others. */
class QueueFilterTest {
    @TempDir
    Path dir;

    @Test
    void reporterDatesAndText_narrowTheQueue_andCombine() {
        Instant monday = Instant.parse("2026-11-23T01:00:00Z");
        try (Database db = Database.open(dir)) {
            PeopleStore people = new SqlitePeopleStore(db, Clock.systemUTC());
            Person hong = people.add("홍길동", "");
            Person kim = people.add("김철수", "");
            new SqliteArticleStore(db, Clock.fixed(monday, ZoneOffset.UTC))
                    .create(new ArticleContent("구청장회의 열려", "", "정치", List.of(), "예산 논의"), hong);
            new SqliteArticleStore(db, Clock.fixed(monday.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                    .create(new ArticleContent("시장 상인회 간담회", "", "경제", List.of(), "구청 지원"), kim);
            new SqliteArticleStore(db, Clock.fixed(monday.plus(Duration.ofDays(2)), ZoneOffset.UTC))
                    .create(new ArticleContent("도서관 개관", "", "문화", List.of(), "주민 회의 뒤 결정"), hong);
            QueueQuery queue = new SqliteQueueQuery(db);

            QueueFilter all = QueueFilter.NEWEST_FIRST;
            assertThat(headlines(queue, all.withReporter("홍길동"))).containsExactly("도서관 개관", "구청장회의 열려");
            assertThat(headlines(
                            queue,
                            all.changedBetween(monday.plus(Duration.ofHours(12)), monday.plus(Duration.ofDays(2)))))
                    .containsExactly("시장 상인회 간담회");
            assertThat(headlines(queue, all.containing("회의"))).containsExactly("도서관 개관", "구청장회의 열려");
            assertThat(headlines(queue, all.containing("회의").withReporter("홍길동").withSection("정치")))
                    .containsExactly("구청장회의 열려");
            assertThat(queue.count(all.containing("구청"))).isEqualTo(2);
            assertThat(queue.count(all.containing("!!"))).isZero();
        }
    }

    private static List<String> headlines(QueueQuery queue, QueueFilter filter) {
        return queue.page(filter, 0, 100).stream().map(ArticleSummary::headline).toList();
    }
}
