package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.byline.app.Context;
import org.byline.cli.CliRunner.Run;
import org.byline.imaging.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line respects the window's edit locks, and a change by someone else is in the history. */
class EditLocksCommandsTest {
    @TempDir
    Path dir;

    private CliRunner byline;
    private String id;
    private Path photo;

    @BeforeEach
    void article() {
        byline = new CliRunner(dir);
        byline.addHong();
        ok(byline.at("people", "add", "김기자"));
        id = byline.newArticle("구청장 기자회견");
        photo = TestImages.write(dir.resolve("회견.jpg"), TestImages.jpeg(640, 480));
    }

    @Test
    void whileTheReporterHoldsTheLock_anotherCannotEditAttachOrDetach_andIsToldWhoSinceWhen() {
        String photoId = ok(byline.at("attach", id, photo.toString(), "--as", "홍길동"))
                .out()
                .strip();
        ok(byline.at("lock", id, "--as", "홍길동"));

        Run edit = byline.at("edit", id, "--headline", "남의 제목", "--as", "김기자");
        Run attach = byline.at("attach", id, photo.toString(), "--as", "김기자");
        Run detach = byline.at("detach", id, photoId, "--as", "김기자");

        for (Run run : new Run[] {edit, attach, detach}) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .matches("byline: 기사 " + id
                            + " 은\\(는\\) 홍길동 님이 \\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d(:\\d\\d)? 부터 편집 중이라 "
                            + "고칠 수 없습니다 \\(마지막 신호 .*\\)\\. .*lock " + id + " --break 로 가져오세요\\.\\R");
        }
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("headline")
                        .asText())
                .isEqualTo("구청장 기자회견");
        assertThat(byline.at("photos", id).out().lines()).hasSize(1);
        assertThat(byline.at("history", id).out()).isEmpty();

        ok(byline.at("edit", id, "--headline", "홍길동의 새 제목", "--as", "홍길동")); // the holder edits as ever
    }

    @Test
    void whileTheReporterHoldsTheLock_anotherCannotBringBackAnOldCopy() {
        ok(byline.at("keep", id, "--as", "홍길동"));
        ok(byline.at("edit", id, "--headline", "둘째 제목", "--as", "홍길동"));
        ok(byline.at("lock", id, "--as", "홍길동"));

        Run revert = byline.at("revert", id, "1", "--as", "김기자");

        assertThat(revert.exit()).isEqualTo(1);
        assertThat(revert.err()).contains("홍길동 님이").contains("편집 중이라 고칠 수 없습니다").hasLineCount(1);
        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("headline")
                        .asText())
                .isEqualTo("둘째 제목");
    }

    @Test
    void aStaleLock_doesNotBlock() {
        // a window that took the lock five minutes ago and then fell silent
        Clock earlier = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5));
        ok(CliRunner.run(
                new GlobalOptions(Map.of(), Locale.KOREAN),
                o -> new Context(dir, o.locale(), earlier),
                "lock",
                id,
                "--as",
                "홍길동",
                "--data-dir",
                dir.toString()));

        ok(byline.at("edit", id, "--headline", "새 제목", "--as", "김기자"));

        assertThat(byline.at("show", id, "--format", "json")
                        .json()
                        .get("headline")
                        .asText())
                .isEqualTo("새 제목");
    }

    @Test
    void changesBySomeoneOtherThanTheReporter_areInTheHistory_oneLineForARunOfEdits() {
        ok(byline.at("edit", id, "--headline", "고친 제목", "--as", "김기자"));
        ok(byline.at("edit", id, "--body", "고친 본문", "--as", "김기자"));
        String photoId = ok(byline.at("attach", id, photo.toString(), "--as", "김기자"))
                .out()
                .strip();
        ok(byline.at("detach", id, photoId, "--as", "김기자"));
        ok(byline.at("edit", id, "--headline", "기자가 다시 고친 제목", "--as", "홍길동"));

        var lines = byline.at("history", id)
                .out()
                .lines()
                .map(l -> l.substring(l.indexOf('\t') + 1))
                .toList();

        assertThat(lines)
                .containsExactly(
                        "edit\tdraft\tdraft\t김기자\t",
                        "edit\tdraft\tdraft\t김기자\t+ 회견.jpg",
                        "edit\tdraft\tdraft\t김기자\t- 회견.jpg");
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }
}
