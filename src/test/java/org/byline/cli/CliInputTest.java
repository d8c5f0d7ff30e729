package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.byline.app.Context;
import org.byline.cli.CliRunner.Run;
import org.byline.newsroom.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line reads besides its arguments: body files, the language, the environment, settings. */
class CliInputTest {
    @TempDir
    Path dir;

    private CliRunner byline;

    @BeforeEach
    void runner() {
        byline = new CliRunner(dir);
    }

    @Test
    void bodyFile_thatIsMissing_aFolder_orNotUtf8_isRefusedInOneLine_andNothingIsCreated() throws Exception {
        byline.addHong();
        Path missing = dir.resolve("없는파일.txt");
        Path folder = Files.createDirectory(dir.resolve("원고"));
        Path eucKr = Files.write(dir.resolve("euc-kr.txt"), "구청장회의에서 예산안을 다뤘다.".getBytes(Charset.forName("EUC-KR")));

        for (Path body : new Path[] {missing, folder, eucKr}) {
            Run run = byline.at("new", "--as", "홍길동", "--headline", "제목", "--body-file", body.toString());

            assertThat(run.exit()).as(body.toString()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).as(body.toString()).hasSize(1);
            assertThat(run.err()).contains(body.toString()).doesNotContain("Exception");
        }
        assertThat(byline.at("new", "--as", "홍길동", "--body-file", missing.toString())
                        .err())
                .contains("읽을 수 없습니다");
        assertThat(byline.at("new", "--as", "홍길동", "--body-file", folder.toString())
                        .err())
                .contains("폴더");
        assertThat(byline.at("new", "--as", "홍길동", "--body-file", eucKr.toString())
                        .err())
                .contains("UTF-8");
        assertThat(byline.articleCount()).isZero();
    }

    @Test
    void bodyFile_tooLargeForAnArticle_isRefused() throws Exception {
        byline.addHong();
        Path huge = Files.write(dir.resolve("huge.txt"), new byte[(int) ContentOptions.MAX_BODY_BYTES + 1]);

        Run run = byline.at("new", "--as", "홍길동", "--body-file", huge.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("2 MB");
        assertThat(byline.articleCount()).isZero();
    }

    @Test
    void bodyFile_inUtf8_becomesTheBody_withoutItsByteOrderMark() throws Exception {
        byline.addHong();
        Path file = Files.writeString(dir.resolve("원고.txt"), "\uFEFF첫 문단.\n\n둘째 문단.");

        String id = byline.at("new", "--as", "홍길동", "--body-file", file.toString())
                .out()
                .strip();

        assertThat(byline.at("show", id, "--format", "json").json().get("body").asText())
                .isEqualTo("첫 문단.\n\n둘째 문단.");
    }

    @Test
    void messages_areKoreanByDefault_andEnglishWithLangEn_beforeOrAfterTheCommand() {
        byline.addHong();

        Run korean = byline.at("show", "404");
        Run englishAfter = byline.at("show", "404", "--lang", "en");
        Run englishBefore = byline.byline("--lang", "en", "--data-dir", dir.toString(), "show", "404");

        assertThat(korean.err())
                .isEqualTo("byline: 기사 404 이(가) 없습니다. 번호를 확인하세요 (list 로 목록을 볼 수 있습니다)." + System.lineSeparator());
        assertThat(englishAfter.err()).contains("There is no article 404");
        assertThat(englishBefore.err()).contains("There is no article 404");
    }

    @Test
    void anEnglishSystem_getsEnglish_andLangKoOverridesIt() {
        byline.addHong();
        GlobalOptions english = new GlobalOptions(Map.of(), Locale.US);
        GlobalOptions englishAskingKorean = new GlobalOptions(Map.of(), Locale.US);

        Run run = CliRunner.run(
                english, o -> new Context(o.dataDir(), o.locale()), "show", "404", "--data-dir", dir.toString());
        Run ko = CliRunner.run(
                englishAskingKorean,
                o -> new Context(o.dataDir(), o.locale()),
                "--lang",
                "ko",
                "show",
                "404",
                "--data-dir",
                dir.toString());

        assertThat(run.err()).contains("There is no article 404");
        assertThat(ko.err()).contains("기사 404 이(가) 없습니다");
    }

    @Test
    void dataDirectory_canComeFromTheEnvironment() {
        GlobalOptions options = new GlobalOptions(Map.of(DataDirectory.ENV, dir.toString()), Locale.KOREAN);

        Run add = CliRunner.run(
                options,
                o -> new Context(DataDirectory.resolve(o.dataDir(), o.env()), o.locale()),
                "people",
                "add",
                "홍길동");

        assertThat(add.exit()).isZero();
        assertThat(Files.exists(dir.resolve("byline.db"))).isTrue();
        assertThat(byline.at("people", "list").out()).contains("홍길동");
    }

    @Test
    void dataDirectoryOption_winsOverTheEnvironment() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        GlobalOptions options = new GlobalOptions(Map.of(DataDirectory.ENV, elsewhere.toString()), Locale.KOREAN);

        CliRunner.run(
                options,
                o -> new Context(DataDirectory.resolve(o.dataDir(), o.env()), o.locale()),
                "people",
                "add",
                "홍길동",
                "--data-dir",
                dir.toString());

        assertThat(Files.exists(dir.resolve("byline.db"))).isTrue();
        assertThat(Files.exists(elsewhere.resolve("byline.db"))).isFalse();
    }

    @Test
    void settings_changeTheOutlet_andShowUpInThePage() {
        byline.addHong();
        String id = byline.newArticle("구청장회의 열려");

        assertThat(byline.at("settings", "set", "outlet.name", "TV서울").exit()).isZero();

        assertThat(byline.at("settings").out())
                .contains("outlet.name\tTV서울")
                .contains("outlet.footer\t저작권자 © TV서울 무단전재 및 재배포 금지");
        assertThat(byline.at("show", id, "--format", "html").out()).contains("[TV서울=홍길동 기자]");
        Run bad = byline.at("settings", "set", "outlet.colour", "빨강");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err())
                .contains("outlet.colour")
                .contains("outlet.name, outlet.masthead, outlet.site, outlet.footer");
    }
}
