package org.byline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Outlet;
import org.byline.domain.Person;
import org.byline.domain.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A 정정 is shown beside the 수정 time, as typed, and only when there is one. */
class ArticlePageCorrectionTest {
    private static final Instant REGISTERED = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant MODIFIED = Instant.parse("2026-11-30T02:30:00Z");

    @Test
    void theCorrectionNote_standsBesideTheModifiedTime() {
        Document page = page("예산 총액을 <b>바로잡았습니다</b>.");

        assertThat(page.select(".info span").eachText())
                .containsExactly("등록 2026.11.30 09:00:00", "수정 2026.11.30 11:30:00", "정정: 예산 총액을 <b>바로잡았습니다</b>.");
        assertThat(page.select(".info b")).isEmpty();
    }

    @Test
    void withoutANote_thereIsNoCorrection() {
        assertThat(page("").getElementById("correction").text()).isEmpty();
    }

    private static Document page(String correctionNote) {
        Article article = new Article(
                1,
                3,
                Status.PUBLISHED,
                new ArticleContent("구청 예산안 확정", "", "사회", List.of(), "본문"),
                "홍길동",
                new Person(1, "홍길동", ""),
                REGISTERED,
                MODIFIED,
                REGISTERED,
                MODIFIED,
                REGISTERED,
                null,
                "",
                correctionNote);
        return Jsoup.parse(new ArticlePage().render(article, Outlet.named("TV서울"), List.of("사회")));
    }
}
