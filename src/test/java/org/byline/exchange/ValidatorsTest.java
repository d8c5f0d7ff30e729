package org.byline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks the export tests lean on do refuse what a strict reader refuses, so a pass means something. */
class ValidatorsTest {
    @Test
    void ninjs_refusesRawHangulInAUri_aTimeWithoutSeconds_andOldPropertyNames() {
        assertThat(
                        Ninjs32.problems(
                                "{\"uri\":\"https://www.tvseoul.kr/articles/1\",\"versionCreated\":\"2026-11-30T09:00:07+09:00\"}"))
                .isEmpty();

        assertThat(Ninjs32.problems("{\"uri\":\"https://www.tvseoul.kr/tags/구의회\"}"))
                .isNotEmpty();
        assertThat(Ninjs32.problems("{\"uri\":\"기사 1\"}")).isNotEmpty();
        assertThat(
                        Ninjs32.problems(
                                "{\"uri\":\"https://www.tvseoul.kr/articles/1\",\"versionCreated\":\"2026-11-30T09:00+09:00\"}"))
                .isNotEmpty();
        assertThat(Ninjs32.problems("{\"uri\":\"https://www.tvseoul.kr/articles/1\",\"headline\":\"제목\"}"))
                .isNotEmpty();
    }

    @Test
    void newsml_refusesAnItemWithoutItsClass_andNitfMediaWithoutItsType() {
        String item = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.35">
                  <itemMeta>%s<provider literal="x"/><versionCreated>2026-11-30T09:00:07+09:00</versionCreated></itemMeta>
                  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
                    <media %s><media-reference source="https://x/a.jpg"/></media></body.content></body></nitf></inlineXML></contentSet>
                </newsItem>""";

        assertThat(NewsmlG2.problems(item.formatted("<itemClass qcode=\"ninat:text\"/>", "media-type=\"image\"")))
                .isEmpty();
        assertThat(NewsmlG2.problems(item.formatted("", "media-type=\"image\"")))
                .isNotEmpty();
        assertThat(NewsmlG2.problems(item.formatted("<itemClass qcode=\"ninat:text\"/>", "")))
                .isNotEmpty();
    }

    @Test
    void aSegment_isPercentEncodedUtf8_keepingOnlyUnreservedCharacters() {
        assertThat(SiteAddress.segment("정치")).isEqualTo("%EC%A0%95%EC%B9%98");
        assertThat(SiteAddress.segment("a/b?c#d e~f")).isEqualTo("a%2Fb%3Fc%23d%20e~f");
        assertThat(new SiteAddress("ftp://x").base()).isEqualTo("https://www.example.com");
        assertThat(new SiteAddress("HTTPS://WWW.TVSeoul.kr/news/?page=1#top").base())
                .isEqualTo("https://www.tvseoul.kr/news");
    }
}
