package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a Byline process right after typing and saving: the next start finds the text. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void killedRightAfterSaving_theNextStartReopensTheArticleWithItsText() throws Exception {
        try (Context c = new Context(dir, Locale.KOREAN)) {
            RunningByline.reporterAtTvSeoul(c);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32",
                "-Djava.awt.headless=true",
                CrashChild.class.getName(),
                dir.toString()));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("SAVED"));
            assertThat(line).as("child reported a save").isEqualTo("SAVED");
            Thread.sleep(300); // typing goes on for a moment
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }

        try (Context after = new Context(dir, Locale.KOREAN)) {
            long open = after.workspace().openArticle().orElseThrow();
            Article article = after.drafting().open(open);
            assertThat(article.content().headline()).isEqualTo("정전에도 살아남은 기사");
            assertThat(article.content().body()).startsWith("첫 문단은 저장된 뒤에 프로세스가 죽는다.");
        }
        try (RunningByline again = RunningByline.open(dir)) {
            RunningByline.waitUntil(() -> "정전에도 살아남은 기사".equals(again.editor().headline()));
        }
    }
}
