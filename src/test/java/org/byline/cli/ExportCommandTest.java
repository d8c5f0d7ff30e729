package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.byline.exchange.Ninjs32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export on the command line: one path per line on stdout, one line per refusal on stderr. */
class ExportCommandTest {
    private static final Map<String, String> LEE = Map.of("BYLINE_PASSWORD", "lee-desk-2026");

    @TempDir
    Path dir;

    @TempDir
    Path out;

    private CliRunner byline;
    private String approved;
    private String draft;

    @BeforeEach
    void anApprovedArticleAndADraft() {
        byline = new CliRunner(dir);
        byline.addHong();
        ok(byline.withEnv(Map.of("BYLINE_NEW_PASSWORD", "lee-desk-2026"), "people", "add", "이데스크", "--role", "desk"));
        approved = byline.newArticle("구청 예산안 확정");
        draft = byline.newArticle("아직 쓰는 기사");
        ok(byline.at("submit", approved, "--as", "홍길동"));
        ok(byline.withEnv(LEE, "approve", approved, "--as", "이데스크"));
    }

    @Test
    void eachFormat_printsThePathItWrote_andNothingElse() throws Exception {
        for (String format : new String[] {"ninjs", "newsml", "html", "package"}) {
            Run run = byline.withEnv(
                    LEE, "export", approved, "--format", format, "--out", out.toString(), "--as", "이데스크");
            ok(run);
            assertThat(run.out().lines()).hasSize(1);
            assertThat(Path.of(run.out().strip())).exists().startsWith(out);
        }
        assertThat(Ninjs32.problems(Files.readString(out.resolve("article-" + approved + ".json"))))
                .isEmpty();
        assertThat(out.resolve("article-" + approved).resolve("index.html")).isRegularFile();
        assertThat(out.resolve("article-" + approved + ".zip")).isRegularFile();
    }

    @Test
    void oneUnknownAndOneDraft_areNamedOnStderr_theApprovedOneIsStillWritten_andTheExitIsOne() throws Exception {
        Run run = byline.at(
                "export", "9999", approved, draft, "--format", "ninjs", "--out", out.toString(), "--as", "홍길동");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(out.resolve("article-" + approved + ".json") + "\n");
        assertThat(run.err().lines())
                .containsExactly(
                        "byline: 기사 9999 이(가) 없습니다. 번호를 확인하세요 (list 로 목록을 볼 수 있습니다).",
                        "byline: 기사 " + draft
                                + ": 승인되었거나 출고된 기사만 내보냅니다 (지금: 작성중). 승인 전 기사도 내보내려면 --draft 를 붙이세요 (창에서는 ‘승인 전 기사도’).");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }

        Run withDraft =
                byline.at("export", draft, "--format", "ninjs", "--out", out.toString(), "--draft", "--as", "홍길동");
        ok(withDraft);
        assertThat(Files.readString(Path.of(withDraft.out().strip()))).contains("\"pubStatus\" : \"withheld\"");
    }

    @Test
    void anEmbargoedArticle_isRefusedWithTheDesksReason() {
        ok(byline.withEnv(LEE, "embargo", approved, "--until", "2099-12-01T09:00+09:00", "--as", "이데스크"));

        Run run =
                byline.withEnv(LEE, "export", approved, "--format", "package", "--out", out.toString(), "--as", "이데스크");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("byline: 기사 " + approved + ": 2099.12.01 09:00")
                .contains("엠바고");
    }

    @Test
    void anOutFolderThatIsAFile_andAnUnknownFormat_areRefusedInOneLine() throws Exception {
        Path aFile = Files.writeString(out.resolve("a-file"), "x");

        Run unwritable = byline.at("export", approved, "--format", "html", "--out", aFile.toString(), "--as", "홍길동");
        assertThat(unwritable.exit()).isEqualTo(1);
        assertThat(unwritable.err())
                .startsWith("byline: " + aFile + " 에 쓸 수 없습니다")
                .endsWith("\n")
                .hasLineCount(1);

        Run unknown = byline.at("export", approved, "--format", "pdf", "--out", out.toString(), "--as", "홍길동");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("pdf");
    }

    private static void ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
