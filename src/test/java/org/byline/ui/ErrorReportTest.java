package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReportTest {
    @TempDir
    Path dir;

    @Test
    void anUnexpectedFailure_showsACopyableReport_andIsLogged_andTheTextStays() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("쓰던 제목");
            Platform.runLater(() -> {
                throw new IllegalStateException("시험으로 일으킨 오류");
            });
            waitUntil(() -> byline.robot.lookup("#errorReport").tryQuery().isPresent());
            TextArea report = byline.node("#errorReport");
            assertThat(report.getText()).contains("IllegalStateException").contains("시험으로 일으킨 오류");
            assertThat(byline.editor().headline()).isEqualTo("쓰던 제목");
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
            byline.robot.type(KeyCode.ESCAPE);
        }
        Path log = dir.resolve("logs/byline-0.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("시험으로 일으킨 오류");
    }
}
