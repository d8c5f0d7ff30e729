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

/** The teaser a reader sees on the section front. */
class SectionFrontTest {
    private static final List<String> SECTIONS = List.of("정치", "경제", "사회", "문화", "포토");
    private static final String LONG_BODY = """
            한빛구가 내년부터 골목상권 빈 점포에 새로 들어오는 소상공인에게 임대료 일부를 지원한다. \
            구는 관련 조례 개정안이 구의회 상임위원회를 통과함에 따라 세부 지원 기준을 마련하고 있다고 밝혔다. \
            지원 대상은 1년 넘게 비어 있던 점포에 입주하는 업체로, 최대 2년 동안 임대료의 절반까지 받을 수 있다.

            구 관계자는 “상인들의 의견을 충분히 들어 기준을 정하겠다”고 말했다.""";

    @Test
    void teaser_showsTheHeadlineAndTheStartOfTheBody() {
        Document doc = render(article("빈 점포 임대료 지원", "짧은 본문이다.\n\n둘째 문단이다."));

        assertThat(doc.getElementById("teaser-headline").text()).isEqualTo("빈 점포 임대료 지원");
        assertThat(doc.getElementById("teaser-text").text()).isEqualTo("짧은 본문이다. 둘째 문단이다.");
        assertThat(doc.getElementById("teaser-reporter").text()).isEqualTo("홍길동 기자");
        assertThat(doc.getElementById("teaser-date").text()).isEqualTo("2019.07.12 09:39:39");
        assertThat(doc.getElementById("front-title").text()).isEqualTo("경제");
    }

    @Test
    void longBody_isCutToAtMost120Characters_andEndsWithAnEllipsis() {
        String teaser = SectionFront.teaser(LONG_BODY);

        assertThat(teaser).endsWith("…");
        String cut = teaser.substring(0, teaser.length() - 1);
        assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(120);
        assertThat(LONG_BODY).startsWith(cut);
    }

    @Test
    void bodyWithoutSpaces_isCutAtExactly120Characters() {
        String teaser = SectionFront.teaser("가".repeat(300));

        assertThat(teaser).isEqualTo("가".repeat(120) + "…");
    }

    @Test
    void bodyOf120Characters_isShownWhole() {
        assertThat(SectionFront.teaser("나".repeat(120))).isEqualTo("나".repeat(120));
    }

    @Test
    void teaser_leavesOutSubheadingAndListMarks() {
        String teaser = SectionFront.teaser("## 배추값 하락\n\n- 배추: 3,180원\n- 무: 1,950원");

        assertThat(teaser).isEqualTo("배추값 하락 배추: 3,180원 무: 1,950원");
    }

    @Test
    void markupInHeadlineAndBody_isShownAsText() {
        String typed = "<script>alert(1)</script><img src=x onerror=alert(1)>\"><b>";
        Document doc = render(article(typed, typed));

        assertThat(doc.select("script, img, b, [onerror]")).isEmpty();
        assertThat(doc.getElementById("teaser-headline").text()).isEqualTo(typed);
        assertThat(doc.getElementById("teaser-text").text()).isEqualTo(typed);
    }

    private static Document render(Article article) {
        return Jsoup.parse(new SectionFront().render(article, Outlet.named("TV서울"), SECTIONS));
    }

    private static Article article(String headline, String body) {
        Instant created = Instant.parse("2019-07-12T00:39:39Z");
        return new Article(
                3,
                1,
                Status.DRAFT,
                new ArticleContent(headline, "", "경제", List.of(), body),
                "홍길동",
                new Person(1, "홍길동", "hong@tvseoul.kr"),
                created,
                created,
                null,
                null,
                null,
                null,
                "",
                "");
    }
}
