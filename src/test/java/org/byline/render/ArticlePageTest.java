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

/** The article page as a reader of the site sees it. */
class ArticlePageTest {
    private static final Outlet TV_SEOUL = Outlet.named("TV서울");
    private static final List<String> SECTIONS = List.of("정치", "경제", "사회", "문화", "포토");
    private static final Instant REGISTERED = Instant.parse("2019-07-12T00:39:39Z");
    private static final String TYPED_MARKUP = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"><b>";

    @Test
    void firstParagraph_opensWithTheOutletAndReporter() {
        Document doc = render(article("구청 예산안이 확정됐다.\n\n다음 달부터 집행된다.", null));

        Element first = doc.getElementById("body").selectFirst("p");
        assertThat(first.text()).startsWith("[TV서울=홍길동 기자] ").endsWith("구청 예산안이 확정됐다.");
        assertThat(doc.getElementById("body").select("p").get(1).text()).isEqualTo("다음 달부터 집행된다.");
    }

    @Test
    void registeredTime_isShownInKoreanStandardTime() {
        Document doc = render(article("본문", null));

        assertThat(doc.getElementById("registered").text()).isEqualTo("등록 2019.07.12 09:39:39");
    }

    @Test
    void modifiedTime_isShownOnlyOnceTheArticleWasChanged() {
        Document unchanged = render(article("본문", null));
        Document changed = render(article("본문", Instant.parse("2019-07-12T15:05:00Z")));

        assertThat(unchanged.getElementById("modified").text()).isEmpty();
        assertThat(changed.getElementById("modified").text()).isEqualTo("수정 2019.07.13 00:05:00");
    }

    @Test
    void blankLines_separateParagraphs_andASingleBreakStaysInsideTheParagraph() {
        Document doc = render(article("첫 줄이다.\n둘째 줄이다.\n\n\n새 문단이다.", null));

        var paragraphs = doc.getElementById("body").select("p");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).select("br")).hasSize(1);
        assertThat(paragraphs.get(0).text()).isEqualTo("[TV서울=홍길동 기자] 첫 줄이다. 둘째 줄이다.");
        assertThat(paragraphs.get(1).text()).isEqualTo("새 문단이다.");
    }

    @Test
    void linesOfNoBreakSpaces_copiedFromABrowser_separateParagraphs() {
        Document doc = render(article("시의회가 열렸다.\n\u00a0\u00a0\n\u00a0\n안건은 세 건이다.", null));

        var paragraphs = doc.getElementById("body").select("p");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1).text()).isEqualTo("안건은 세 건이다.");
    }

    @Test
    void aBodyOfOnlyNoBreakSpaces_showsJustTheByline() {
        Document doc = render(article("\u00a0\n\u00a0\u00a0\n\u00a0", null));

        var paragraphs = doc.getElementById("body").select("p");
        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0).text()).isEqualTo("[TV서울=홍길동 기자]");
    }

    @Test
    void triangleLines_becomeAMarkedList_keepingTheTriangle() {
        Document doc = render(article("주요 내용은 다음과 같다.\n△빈 점포 임대료 지원\n△공동 배송센터 설치", null));

        var list = doc.select("#body ul.marked");
        assertThat(list).hasSize(1);
        assertThat(list.select("li").eachText()).containsExactly("△빈 점포 임대료 지원", "△공동 배송센터 설치");
    }

    @Test
    void dashLines_becomeABulletList_withoutTheDash() {
        Document doc = render(article("품목별 가격\n- 배추(1포기): 3,180원\n- 무(1개): 1,950원", null));

        var list = doc.select("#body ul");
        assertThat(list).hasSize(1);
        assertThat(list.hasClass("marked")).isFalse();
        assertThat(list.select("li").eachText()).containsExactly("배추(1포기): 3,180원", "무(1개): 1,950원");
    }

    @Test
    void aNegativeFigure_staysParagraphText() {
        Document doc = render(article("코스피 마감\n\n-1.5% 내린 채 장을 마쳤다.", null));

        assertThat(doc.select("#body li")).isEmpty();
        assertThat(doc.select("#body p").eachText()).contains("-1.5% 내린 채 장을 마쳤다.");
    }

    @Test
    void doubleHashLine_becomesASubheading() {
        Document doc = render(article("첫 문단.\n\n## 소제목\n\n둘째 문단.", null));

        assertThat(doc.select("#body h3").outerHtml()).isEqualTo("<h3>소제목</h3>");
    }

    @Test
    void curlyQuotes_areKeptAsTyped() {
        Document doc = render(article("김 의원은 “골목이 살아야 한다”며 ‘마중물’을 강조했다.", null));

        assertThat(doc.selectFirst("#body p").text()).contains("“골목이 살아야 한다”며 ‘마중물’을");
    }

    @Test
    void reporterBox_namesTheReporterWithTitleAndEmail() {
        Document doc = render(article("본문", null));

        Element reporter = doc.getElementById("reporter");
        assertThat(reporter.text()).contains("홍길동 기자").contains("hong@tvseoul.kr");
        assertThat(reporter.selectFirst("a").attr("href")).isEqualTo("mailto:hong@tvseoul.kr");
    }

    @Test
    void footerAndMasthead_comeFromTheOutlet() {
        Document plain = render(article("본문", null));
        Document custom = Jsoup.parse(new ArticlePage()
                .render(article("본문", null), new Outlet("TV서울", "TV서울 뉴스", "https://www.tvseoul.kr", null), SECTIONS));

        assertThat(plain.getElementById("footer").text()).isEqualTo("저작권자 © TV서울 무단전재 및 재배포 금지");
        assertThat(plain.getElementById("masthead").text()).isEqualTo("TV서울");
        assertThat(plain.getElementById("masthead").attr("href")).isEqualTo(Outlet.DEFAULT_SITE);
        assertThat(custom.getElementById("masthead").text()).isEqualTo("TV서울 뉴스");
        assertThat(custom.getElementById("masthead").attr("href")).isEqualTo("https://www.tvseoul.kr");
        assertThat(custom.getElementById("footer").text()).isEqualTo("저작권자 © TV서울 무단전재 및 재배포 금지");
    }

    @Test
    void sectionMenu_listsTheSections_andMarksTheArticlesOwn() {
        Document doc = render(article("본문", null));

        assertThat(doc.select("#section-nav span").eachText()).containsExactlyElementsOf(SECTIONS);
        assertThat(doc.select("#section-nav .current").text()).isEqualTo("사회");
        assertThat(doc.getElementById("section").text()).isEqualTo("사회");
        assertThat(doc.title()).isEqualTo("구청 예산안 확정 - TV서울");
    }

    @Test
    void markupTypedAnywhere_isShownAsText_andNeverRuns() {
        ArticleContent typed = new ArticleContent(
                TYPED_MARKUP,
                TYPED_MARKUP,
                TYPED_MARKUP,
                List.of(TYPED_MARKUP),
                TYPED_MARKUP + "\n\n△" + TYPED_MARKUP + "\n\n## " + TYPED_MARKUP);
        Article article = new Article(
                7,
                1,
                Status.DRAFT,
                typed,
                TYPED_MARKUP,
                new Person(1, "홍길동", "\"><img src=x onerror=alert(1)>@tvseoul.kr"),
                REGISTERED,
                REGISTERED,
                null,
                null,
                null,
                null,
                "",
                "");

        Document doc = Jsoup.parse(new ArticlePage().render(article, Outlet.named("<b>TV서울</b>"), SECTIONS));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.getElementById("headline").text()).isEqualTo(TYPED_MARKUP);
        assertThat(doc.getElementById("subheadline").text()).isEqualTo(TYPED_MARKUP);
        assertThat(doc.getElementById("section").text()).isEqualTo(TYPED_MARKUP);
        assertThat(doc.select("#tags li").text()).isEqualTo("#" + TYPED_MARKUP);
        assertThat(doc.getElementById("reporter").text()).contains(TYPED_MARKUP + " 기자");
        assertThat(doc.selectFirst("#body p").text()).endsWith(TYPED_MARKUP);
        assertThat(doc.select("#body li").text()).isEqualTo("△" + TYPED_MARKUP);
        assertThat(doc.select("#body h3").text()).isEqualTo(TYPED_MARKUP);
        assertThat(doc.title()).startsWith(TYPED_MARKUP);
        assertThat(doc.getElementById("masthead").text()).isEqualTo("<b>TV서울</b>");
    }

    private static Document render(Article article) {
        return Jsoup.parse(new ArticlePage().render(article, TV_SEOUL, SECTIONS));
    }

    private static Article article(String body, Instant modifiedAt) {
        ArticleContent content = new ArticleContent("구청 예산안 확정", "내년 살림 1조 원 넘어", "사회", List.of("예산", "구청"), body);
        return new Article(
                1,
                1,
                Status.DRAFT,
                content,
                "홍길동",
                new Person(1, "홍길동", "hong@tvseoul.kr"),
                REGISTERED,
                REGISTERED,
                REGISTERED,
                modifiedAt,
                null,
                null,
                "",
                "");
    }
}
