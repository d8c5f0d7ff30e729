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

/** The outlet chooses how the byline opens the article; the closing line is the same in every style. */
class LeadStyleTest {
    private static Article article(String body) {
        Instant at = Instant.parse("2019-07-12T00:39:39Z");
        return new Article(
                1,
                1,
                Status.DRAFT,
                new ArticleContent("구청 예산안 확정", "", "사회", List.of(), body),
                "홍길동",
                new Person(1, "홍길동", "hong@tvseoul.kr"),
                at,
                at,
                at,
                null,
                null,
                null,
                "",
                "");
    }

    private static Outlet outlet(Outlet.LeadStyle style) {
        return new Outlet("TV서울", null, null, null, style);
    }

    @Test
    void eachStyle_opensTheFirstParagraphItsWay() {
        assertThat(Bylines.lead(outlet(Outlet.LeadStyle.BRACKET), "홍길동")).isEqualTo("[TV서울=홍길동 기자]");
        assertThat(Bylines.lead(outlet(Outlet.LeadStyle.PAREN), "홍길동·김철수")).isEqualTo("(TV서울=홍길동·김철수 기자)");
        assertThat(Bylines.lead(outlet(Outlet.LeadStyle.PAREN), "사진=김사진")).isEqualTo("(TV서울)");
        assertThat(Bylines.lead(outlet(Outlet.LeadStyle.NONE), "홍길동")).isEmpty();
        assertThat(new Outlet("TV서울", null, null, null).leadStyle()).isEqualTo(Outlet.LeadStyle.BRACKET);
    }

    @Test
    void withoutALead_thePageStartsWithTheText_andTheClosingLineNamesTheReporter() {
        String page = new ArticlePage().render(article("구청이 예산안을 확정했다."), outlet(Outlet.LeadStyle.NONE), List.of("사회"));
        Document doc = Jsoup.parse(page);

        assertThat(doc.selectFirst("#body p").text()).isEqualTo("구청이 예산안을 확정했다.");
        assertThat(doc.getElementById("reporter").text()).contains("홍길동 기자");
        assertThat(ArticleText.render(article("구청이 예산안을 확정했다."), outlet(Outlet.LeadStyle.NONE)))
                .contains("\n\n구청이 예산안을 확정했다.\n\n");
    }
}
