package org.byline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Clipboard HTML in the shapes Word, 한글 and browsers put there (samples written for these tests). */
class PastedTextTest {
    /** Word: mso classes, inline styles, o:p, &nbsp; and a conditional comment. */
    private static final String WORD = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
            <body lang=KO style='tab-interval:40.0pt'>
            <!--StartFragment-->
            <p class=MsoNormal><span style='font-family:"맑은 고딕";color:#C00000'>한빛구의회가 26일 조례안을 가결했다.<o:p></o:p></span></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoNormal><b><span style='font-size:14.0pt'>“골목이 살아야 구가 산다”</span></b><span>고 말했다…<o:p></o:p></span></p>
            <!--EndFragment-->
            </body></html>""";

    /** 한글 (HWP): upper-case tags, HStyle classes, spans per run, a layout table. */
    private static final String HWP = """
            <HTML><BODY>
            <P CLASS=HStyle0 STYLE="text-align:justify;line-height:160%;"><SPAN STYLE="font-family:'함초롬바탕';font-size:10.0pt">보도자료</SPAN></P>
            <TABLE border=1 cellspacing=0><TR><TD><P CLASS=HStyle0>한빛구, 청년 창업 공간 연다</P></TD></TR>
            <TR><TD><P CLASS=HStyle0><SPAN>한빛구는 다음 달 1일 청년 창업 공간을 연다고 밝혔다.</SPAN></P>
            <P CLASS=HStyle0><SPAN>&nbsp;</SPAN></P>
            <P CLASS=HStyle0><SPAN>△입주 기업 20곳 △공유 회의실 4곳</SPAN></P></TD></TR></TABLE>
            </BODY></HTML>""";

    /** A web page: scripts, menus in lists, a heading, zero-width characters, an image. */
    private static final String WEB = """
            <div id="news"><h2>구청장 “예산 아끼겠다”</h2>
            <script>document.location='https://evil.example'</script>
            <div class="article">구청장은 27일 기자회견을 열었다.\u200b<br>질문은 20분 동안 이어졌다.<img src="x.jpg" onerror="alert(1)"></div>
            <ul><li>예산 3% 절감</li><li>공무원 출장 축소</li></ul>
            <p>문의: 02-123-4567\u00ad</p></div>""";

    @Test
    void word_keepsParagraphsAndQuotes_andDropsFontsColoursAndEmptyParagraphs() {
        assertThat(PastedText.fromHtml(WORD)).isEqualTo("""
                한빛구의회가 26일 조례안을 가결했다.

                “골목이 살아야 구가 산다”고 말했다…""");
    }

    @Test
    void hangul_readsTheLayoutTableAsParagraphs_andKeepsTheTriangleItems() {
        assertThat(PastedText.fromHtml(HWP)).isEqualTo("""
                보도자료

                한빛구, 청년 창업 공간 연다

                한빛구는 다음 달 1일 청년 창업 공간을 연다고 밝혔다.

                △입주 기업 20곳 △공유 회의실 4곳""");
    }

    @Test
    void aWebPage_losesItsScriptsImagesAndInvisibleCharacters_andKeepsHeadingLinesAndLists() {
        String body = PastedText.fromHtml(WEB);
        assertThat(body).isEqualTo("""
                ## 구청장 “예산 아끼겠다”

                구청장은 27일 기자회견을 열었다.
                질문은 20분 동안 이어졌다.

                - 예산 3% 절감
                - 공무원 출장 축소

                문의: 02-123-4567""");
        assertThat(body).doesNotContain("evil").doesNotContain("\u200b").doesNotContain("\u00ad");
    }

    @Test
    void plainText_isNfc_withoutControlCharacters_andOneLineFieldsJoinTheirLines() {
        String decomposed = Normalizer.normalize("한글", Normalizer.Form.NFD);
        assertThat(PastedText.fromPlain(decomposed + "\u0007 제목\r\n둘째 줄\u200d")).isEqualTo("한글 제목\n둘째 줄");
        assertThat(PastedText.oneLine("구청장\n 기자회견\t열어")).isEqualTo("구청장 기자회견 열어");
    }
}
