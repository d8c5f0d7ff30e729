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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticlePagePhotosTest {
    private static final PagePhoto LEAD =
            new PagePhoto(1, "file:///media/1.jpg", 640, 427, "구청장이 시장을 둘러보고 있다", "사진=영등포구청", "", true);
    private static final PagePhoto SECOND =
            new PagePhoto(2, "file:///media/2.jpg", 640, 480, "상인회 간담회", "", "간담회 모습", false);
    private static final PagePhoto THIRD =
            new PagePhoto(3, "file:///media/3.jpg", 480, 640, "", "(사진=독자 제공)", "", false);

    private static Document page(String body, List<PagePhoto> photos) {
        Article article = new Article(
                1,
                1,
                Status.DRAFT,
                new ArticleContent("제목", "", "사회", List.of(), body),
                "홍길동",
                new Person(1, "홍길동", "hong@tvseoul.kr"),
                Instant.parse("2019-07-12T00:39:39Z"),
                Instant.parse("2019-07-12T00:39:39Z"),
                null,
                null,
                null,
                null,
                "",
                "");
        return Jsoup.parse(new ArticlePage().render(article, Outlet.named("TV서울"), List.of("사회"), photos));
    }

    @Test
    void theLeadPhoto_standsUnderTheHeadline_withCaptionAndCredit() {
        Document doc = page("첫 문단.", List.of(LEAD));
        Element figure = doc.getElementById("lead-photo").selectFirst("figure");
        assertThat(figure.selectFirst("img").attr("src")).isEqualTo("file:///media/1.jpg");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("구청장이 시장을 둘러보고 있다");
        assertThat(figure.selectFirst(".caption").text()).isEqualTo("구청장이 시장을 둘러보고 있다");
        assertThat(figure.selectFirst(".credit").text()).isEqualTo("(사진=영등포구청)");
        assertThat(doc.getElementById("body").select("figure")).isEmpty();
    }

    @Test
    void aPhotoTheBodyPlaces_appearsThere_andTheOthersAfterTheLastParagraph() {
        Document doc = page("첫 문단.\n\n[[사진2]]\n\n둘째 문단.\n\n셋째 문단.", List.of(LEAD, SECOND, THIRD));
        List<String> order = doc.getElementById("body").children().stream()
                .map(e -> e.tagName().equals("figure")
                        ? "사진" + e.attr("data-photo")
                        : e.text().replace("[TV서울=홍길동 기자] ", ""))
                .toList();
        assertThat(order).containsExactly("첫 문단.", "사진2", "둘째 문단.", "셋째 문단.", "사진3");
        assertThat(doc.getElementById("body")
                        .selectFirst("figure[data-photo=3] .credit")
                        .text())
                .isEqualTo("(사진=독자 제공)");
    }

    @Test
    void aPlaceForTheLeadOrAMissingPhoto_showsNothingTwice_andNoPlaceholderText() {
        Document doc = page("[[사진1]]\n\n본문.\n\n[[사진9]]", List.of(LEAD));
        assertThat(doc.select("figure")).hasSize(1);
        assertThat(doc.getElementById("body").text()).doesNotContain("[[사진");
    }

    @Test
    void captionsAreText_neverMarkup() {
        PagePhoto hostile = new PagePhoto(
                1,
                "file:///a.jpg\" onerror=\"alert(1)",
                10,
                10,
                "<script>alert(1)</script>",
                "<b>굵게</b>",
                "\"><img src=x>",
                true);
        Document doc = page("본문.", List.of(hostile));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("img")).hasSize(1);
        assertThat(doc.selectFirst("img").attributes().hasKey("onerror")).isFalse();
        assertThat(doc.selectFirst(".caption").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void photoPlaces_doNotCountAsText() {
        assertThat(ManuscriptCounter.count("가나다\n\n[[사진2]]").characters()).isEqualTo(3);
        assertThat(SectionFront.teaser("[[사진1]]\n\n가나다")).isEqualTo("가나다");
    }
}
