package org.byline.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.byline.exchange.imports.ImportedArticle.Kind;
import org.byline.render.BodyFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Saved news pages in the shapes Korean sites publish, read as the desk would retype them. */
class SavedPagesTest {
    private static ImportReader reader;

    @BeforeAll
    static void reader() {
        reader = new ImportReader(new NinjsSchema());
    }

    @Test
    void ndsoftArticleView_givesHeadlineWithoutOutletTag_reporter_registeredTime_andOnlyTheArticlesParagraphs()
            throws IOException {
        ImportedArticle a = page("ndsoft-articleview.html");

        assertThat(a.kind()).isEqualTo(Kind.NEWS_PAGE);
        assertThat(a.headline()).isEqualTo("영등포구, 여의도 한강공원에 야간 도서관 연다");
        assertThat(a.subheadline()).isEqualTo("5월부터 금·토 밤 10시까지…책 2천 권 비치");
        assertThat(a.byline()).isEqualTo("홍길동 기자");
        assertThat(a.registeredAt()).isEqualTo(kst(2024, 5, 1, 10, 23, 0));
        assertThat(BodyFormat.paragraphs(a.body())).hasSize(5);
        assertThat(a.body())
                .startsWith("서울 영등포구가 여의도 한강공원에")
                .doesNotContain("[우리뉴스=")
                .contains("△운영 기간: 5월~10월\n△운영 시간: 금·토 오후 6~10시")
                .contains("<script>alert(\"x\")</script> 같은 글자는")
                .doesNotContain(
                        "조감도", "저작권자", "무단전재", "봄꽃 축제", "많이 본", "다른기사", "페이스북", "스크립트가 쓴", "18.2℃", "hong@woorinews");
    }

    @Test
    void articleWithItemprop_readsTheCornerBracketLead_dashedTimeWithSeconds_andDropsTeaserBoxes() throws IOException {
        ImportedArticle a = page("article-itemprop.html");

        assertThat(a.headline()).isEqualTo("한빛시, 버스 노선 12개 개편…7월 시행");
        assertThat(a.byline()).isEqualTo("김철수 기자");
        assertThat(a.registeredAt()).isEqualTo(kst(2024, 6, 3, 14, 5, 30));
        assertThat(BodyFormat.paragraphs(a.body()))
                .containsExactly(
                        "한빛시가 시내버스 노선 12개를 7월부터 바꾼다.",
                        "시는 3일 노선 개편안을 발표하고 신도시 구간에 급행버스 2개 노선을 새로 만든다고 밝혔다.",
                        "시민 의견은 6월 20일까지 시청 누리집에서 받는다. <b>는 태그가 아니라 글자다.",
                        "시 관계자는 \"출퇴근 시간이 15분가량 줄어들 것\"이라고 말했다.");
    }

    @Test
    void oldTableLayoutInEucKr_isDecodedByItsMetaCharset_andTheBreakSeparatedCellIsTheBody() throws IOException {
        ImportedArticle a = page("table-layout-euckr.html");

        assertThat(a.headline()).isEqualTo("구립 체육관 리모델링 마쳐…15일 다시 문 열어");
        assertThat(a.byline()).isEqualTo("이영희 기자");
        assertThat(a.registeredAt()).isEqualTo(kst(2009, 3, 5, 9, 12, 0));
        assertThat(BodyFormat.paragraphs(a.body()))
                .containsExactly(
                        "구립 체육관이 넉 달 동안의 리모델링을 마치고 오는 15일 다시 문을 연다.",
                        "새 체육관에는 배드민턴장 6면과 탁구대 10대가 들어섰고, 낡은 샤워실도 새로 꾸몄다.",
                        "이용료는 종전과 같이 1회 2천 원이며, 65세 이상 주민은 무료다.",
                        "구 관계자는 \"주민들이 더 쾌적하게 운동할 수 있게 됐다\"고 말했다.");
    }

    @Test
    void divParagraphs_withTheReporterOnlyInTheBylineBox() throws IOException {
        ImportedArticle a = page("div-paragraphs.html");

        assertThat(a.headline()).isEqualTo("문래동 예술촌 거리 축제 이번 주말 열린다");
        assertThat(a.byline()).isEqualTo("최지우 기자");
        assertThat(a.registeredAt()).isEqualTo(kst(2024, 9, 12, 8, 0, 0));
        assertThat(BodyFormat.paragraphs(a.body())).hasSize(3).first().isEqualTo("문래동 철공소 골목에서 이번 주말 예술촌 거리 축제가 열린다.");
        assertThat(a.body()).doesNotContain("관련기사", "철공소 골목의 변신", "골목신문");
    }

    @Test
    void textCopiedFromABrowser_countsNoBreakSpaceLinesAsBlank_andStopsAtTheCopyrightLine() throws IOException {
        ImportedArticle a = page("copied-from-browser.txt");

        assertThat(a.kind()).isEqualTo(Kind.COPIED_PAGE);
        assertThat(a.headline()).isEqualTo("당산동 초등학교 앞 통학로 넓힌다");
        assertThat(a.subheadline()).isEqualTo("보행로 폭 1.5m에서 3m로…9월 완공");
        assertThat(a.byline()).isEqualTo("박민수 기자");
        assertThat(a.registeredAt()).isEqualTo(kst(2024, 7, 8, 9, 30, 0));
        assertThat(BodyFormat.paragraphs(a.body()))
                .containsExactly(
                        "영등포구가 당산동 초등학교 앞 통학로를 넓힌다고 8일 밝혔다.",
                        "공사는 이달 22일 시작해 9월 완공 예정이다. 공사 기간에는 임시 보행로를 마련한다.",
                        "구는 \"아이들이 안전하게 걸을 수 있는 길을 만들겠다\"고 했다.");
        assertThat(a.body()).doesNotContain("\u00a0");
    }

    private static ImportedArticle page(String name) throws IOException {
        try (InputStream in = SavedPagesTest.class.getResourceAsStream(name)) {
            return reader.readText(in.readAllBytes(), name);
        }
    }

    static Instant kst(int y, int mo, int d, int h, int mi, int s) {
        return OffsetDateTime.of(y, mo, d, h, mi, s, 0, ZoneOffset.ofHours(9)).toInstant();
    }

    @Test
    void blocksWhoseNamesOnlyContainAd_likeLeadOrHead_keepTheirText_whileAnAdBoxGoes() {
        ImportedArticle a = reader.readText("""
                <html><head><meta charset="utf-8"><title>구청 예산 - TV서울</title></head><body>
                <h1 class="headline">구청 예산안 확정</h1>
                <div id="article-body">
                  <div class="lead_text">[TV서울=홍길동 기자] 영등포구가 내년 예산안을 확정했다고 1일 밝혔다.</div>
                  <div class="top_ad">광고 문구가 여기에 들어간다</div>
                  <p class="head_para">예산은 올해보다 5% 늘었다.</p>
                  <p>구는 복지 예산을 가장 많이 늘렸다고 설명했다.</p>
                </div></body></html>
                """.getBytes(StandardCharsets.UTF_8), "예산.html");

        assertThat(a.body())
                .isEqualTo("영등포구가 내년 예산안을 확정했다고 1일 밝혔다.\n\n예산은 올해보다 5% 늘었다.\n\n" + "구는 복지 예산을 가장 많이 늘렸다고 설명했다.");
        assertThat(a.byline()).isEqualTo("홍길동 기자");
    }
}
