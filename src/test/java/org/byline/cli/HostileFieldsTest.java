package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.byline.imaging.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or careless caller types: each is refused in one line, or stored harmless. */
class HostileFieldsTest {
    @TempDir
    Path dir;

    private CliRunner byline;

    @BeforeEach
    void runner() {
        byline = new CliRunner(dir);
    }

    @Test
    void aSiteAddressWithAPortNoServerHas_isRefusedAtSitesAdd() {
        for (String url :
                new String[] {"https://www.tvseoul.kr:99999", "https://www.tvseoul.kr:0/wp", "http://localhost:65536"
                }) {
            Run run = byline.withEnv(
                    Map.of("BYLINE_SITE_SECRET", "secret"), "sites", "add", "우리뉴스", "--type", "ninjs", "--url", url);

            assertThat(run.exit()).as(url).isEqualTo(1);
            assertThat(run.err())
                    .as(url)
                    .startsWith("byline: \"" + url + "\" 의 포트")
                    .contains("1부터 65535")
                    .hasLineCount(1);
        }
        assertThat(byline.at("sites", "list").out()).isEmpty();

        Run fine = byline.withEnv(
                Map.of("BYLINE_SITE_SECRET", "secret"),
                "sites",
                "add",
                "통신",
                "--type",
                "ninjs",
                "--url",
                "https://wire.example.com:8443/ingest");
        assertThat(fine.exit()).as(fine.err()).isZero();
    }

    @Test
    void terminalEscapesAndControlCharacters_typedIntoAnArticle_areNotStored_butLineBreaksAndTabsOfTheBodyAre() {
        byline.addHong();

        Run created = byline.at(
                "new",
                "--as",
                "홍길동",
                "--headline",
                "a\u001b[31mb\u0007",
                "--subheadline",
                "부\u009b제\r\n목",
                "--section",
                "사회\u0008",
                "--tag",
                "구\u202e의회",
                "--byline",
                "홍길동\u200b 특파원",
                "--body",
                "첫 줄\r\n둘째\u001b]0;title\u0007 줄\n\n\t들여쓴 문단\rCR");
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
        assertThat(refused.err())
                .contains("[31m누구")
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .hasLineCount(1);
    }

    @Test
    void anArticleBeyondItsLimits_isRefusedInOneLine_andTheStoredTextStays() throws Exception {
        byline.addHong();
        String id = byline.newArticle("구청장 기자회견");
        List<String> manyTags = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            manyTags.add("--tag");
            manyTags.add("태그" + i);
        }
        List<String> editTags = new ArrayList<>(List.of("edit", id, "--as", "홍길동"));
        editTags.addAll(manyTags);

        Run headline = byline.at("edit", id, "--as", "홍길동", "--headline", "가".repeat(40_000));
        Run subheadline = byline.at("edit", id, "--as", "홍길동", "--subheadline", "가".repeat(501));
        Run tag = byline.at("edit", id, "--as", "홍길동", "--tag", "가".repeat(51));
        Run tags = byline.at(editTags.toArray(String[]::new));
        Run body = byline.at("edit", id, "--as", "홍길동", "--body", "가".repeat(700_000));
        Run fresh = byline.at("new", "--as", "홍길동", "--headline", "가".repeat(301));

        assertThat(headline.err()).isEqualTo("byline: 제목은 300자까지 쓸 수 있습니다 (지금 40000자)." + System.lineSeparator());
        assertThat(subheadline.err()).contains("부제는 500자까지");
        assertThat(tag.err()).contains("태그 하나는 50자까지");
        assertThat(tags.err()).contains("태그는 한 기사에 50개까지입니다 (지금 51개)");
        assertThat(body.err()).contains("본문은 2 MB까지");
        for (Run run : List.of(headline, subheadline, tag, tags, body, fresh)) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).hasLineCount(1);
        }
        var json = byline.at("show", id, "--format", "json").json();
        assertThat(json.get("headline").asText()).isEqualTo("구청장 기자회견");
        assertThat(json.get("version").asLong()).isEqualTo(1);
        assertThat(byline.articleCount()).isEqualTo(1);

        Run atTheLimit = byline.at("edit", id, "--as", "홍길동", "--headline", "가".repeat(300));
        assertThat(atTheLimit.exit()).as(atTheLimit.err()).isZero();
    }

    @Test
    void aPhotoCaptionCreditOrAltBeyondItsLimit_isRefused_andNothingIsAttached() throws Exception {
        byline.addHong();
        String id = byline.newArticle("구청장 기자회견");
        Path photo = TestImages.write(dir.resolve("1.jpg"), TestImages.jpeg(640, 480));

        Run caption = byline.at("attach", id, photo.toString(), "--caption", "가".repeat(40_000), "--as", "홍길동");
        Run credit = byline.at("attach", id, photo.toString(), "--credit", "가".repeat(201), "--as", "홍길동");
        Run alt = byline.at("attach", id, photo.toString(), "--alt", "가".repeat(1_001), "--as", "홍길동");

        assertThat(caption.exit()).isEqualTo(1);
        assertThat(caption.err()).contains("사진 설명은 2000자까지").hasLineCount(1);
        assertThat(credit.err()).contains("200자까지");
        assertThat(alt.err()).contains("1000자까지");
        assertThat(byline.at("photos", id).out()).isEmpty();
    }

    @Test
    void aProfileNameWithInvisibleOrControlCharacters_orTooLong_orLikeAnother_isRefused() {
        byline.addHong();

        for (String name : new String[] {
            "홍\u200b길동", "\u202e홍길동", "홍길동\u2066", "홍\t길동", "홍길동\n", "홍\u001b[31m길동", "\u3164", "홍\u0085길동"
        }) {
            Run run = byline.at("people", "add", name);

            assertThat(run.exit()).as(name).isEqualTo(1);
            assertThat(run.err())
                    .as(name)
                    .isEqualTo("byline: 이름에 보이지 않는 문자(폭 없는 공백, 방향 바꿈 문자, 채움 문자), 탭, 줄바꿈이나 제어 문자가 "
                            + "들어 있습니다. 보이는 글자와 공백으로만 쓰세요." + System.lineSeparator());
        }
        Run huge = byline.at("people", "add", "가".repeat(10_000));
        assertThat(huge.exit()).isEqualTo(1);
        assertThat(huge.err()).contains("이름은 40자까지 쓸 수 있습니다 (지금 10000자)");
        for (String alike : new String[] {" 홍길동 ", "홍길동\u3000", "\u1112\u1169\u11bc길동"}) {
            Run run = byline.at("people", "add", alike);
            assertThat(run.exit()).as(alike).isEqualTo(1);
            assertThat(run.err()).as(alike).contains("‘홍길동’ 프로필이 이미 있습니다");
        }
        assertThat(byline.at("people", "add", "김  철수").exit()).isZero();
        assertThat(byline.at("people", "add", "김 철수").err()).contains("이미 있습니다");

        assertThat(byline.at("people", "list").out().lines()).hasSize(2).anyMatch(l -> l.startsWith("2\t김 철수\t"));
    }

    @Test
    void anEmailAddressThatIsNone_isRefused() {
        for (String email : new String[] {
            "hong",
            "hong@@tvseoul.kr",
            "ho ng@tvseoul.kr",
            "hong@tvseoulkr",
            "hong@tvseoul.kr\u0007",
            "@tvseoul.kr",
            "hong@.kr",
            "h@" + "a".repeat(250) + ".kr"
        }) {
            Run run = byline.at("people", "add", "홍길동", "--email", email);

            assertThat(run.exit()).as(email).isEqualTo(1);
            assertThat(run.err()).as(email).contains("이메일 주소가 아닙니다").hasLineCount(1);
        }
        assertThat(byline.at("people", "list").out()).isEmpty();
        assertThat(byline.at("people", "add", "홍길동", "--email", " hong.gd+desk@mail.tvseoul.kr ")
                        .exit())
                .isZero();
    }
}
