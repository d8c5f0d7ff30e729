package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or careless caller types: each is refused in one line, or stored harmless. */
class HostileInputTest {
    @TempDir
    Path dir;

    private CliRunner byline;

    @BeforeEach
    void runner() {
        byline = new CliRunner(dir);
    }

    @Test
    void aSiteAddressWithAPortNoServerHas_isRefusedAtSitesAdd() {
        for (String url : new String[] {"https://www.tvseoul.kr:99999", "https://www.tvseoul.kr:0/wp", "http://localhost:65536"}) {
            Run run = byline.withEnv(Map.of("BYLINE_SITE_SECRET", "secret"), "sites", "add", "우리뉴스", "--type", "ninjs", "--url", url);

            assertThat(run.exit()).as(url).isEqualTo(1);
            assertThat(run.err()).as(url).startsWith("byline: \"" + url + "\" 의 포트").contains("1부터 65535").hasLineCount(1);
        }
        assertThat(byline.at("sites", "list").out()).isEmpty();

        Run fine = byline.withEnv(Map.of("BYLINE_SITE_SECRET", "secret"), "sites", "add", "통신", "--type", "ninjs", "--url",
                "https://wire.example.com:8443/ingest");
        assertThat(fine.exit()).as(fine.err()).isZero();
    }

    @Test
    void terminalEscapesAndControlCharacters_typedIntoAnArticle_areNotStored_butLineBreaksAndTabsOfTheBodyAre() {
        byline.addHong();

        Run created = byline.at("new", "--as", "홍길동", "--headline", "a\u001b[31mb\u0007", "--subheadline", "부\u009b제\r\n목",
                "--section", "사회\u0008", "--tag", "구\u202e의회", "--byline", "홍길동\u200b 특파원",
                "--body", "첫 줄\r\n둘째\u001b]0;title\u0007 줄\n\n\t들여쓴 문단\rCR");
        assertThat(created.exit()).as(created.err()).isZero();
        String id = created.out().strip();

        var json = byline.at("show", id, "--format", "json").json();
        assertThat(json.get("headline").asText()).isEqualTo("a[31mb");
        assertThat(json.get("subheadline").asText()).isEqualTo("부제 목");
        assertThat(json.get("section").asText()).isEqualTo("사회");
        assertThat(json.get("tags").get(0).asText()).isEqualTo("구의회");
        assertThat(json.get("byline").asText()).isEqualTo("홍길동 특파원");
        assertThat(json.get("body").asText()).isEqualTo("첫 줄\n둘째]0;title 줄\n\n\t들여쓴 문단\nCR");

        Run edited = byline.at("edit", id, "--as", "홍길동", "--headline", "새\u001b[2J제목\u0000", "--body", "본문\u0085끝");
        assertThat(edited.exit()).as(edited.err()).isZero();
        json = byline.at("show", id, "--format", "json").json();
        assertThat(json.get("headline").asText()).isEqualTo("새[2J제목");
        assertThat(json.get("body").asText()).isEqualTo("본문끝");
        assertThat(byline.at("list").out()).doesNotContain("\u001b");

        Run refused = byline.at("new", "--as", "\u001b[31m누구\u0007", "--headline", "제목");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("[31m누구").doesNotContain("\u001b").doesNotContain("\u0007").hasLineCount(1);
    }
}
