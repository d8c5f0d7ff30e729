package org.byline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window cannot open, one line says why and what still works; nothing is touched. */
class BadEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplay_theWindowStartSaysSoInOneLine_exits1_andCreatesNothing() throws Exception {
        Path store = dir.resolve("store");
        ProcessBuilder start = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.byline.launch.Launcher",
                "--data-dir",
                store.toString(),
                "--lang",
                "ko");
        start.environment().remove("DISPLAY");
        start.environment().remove("WAYLAND_DISPLAY");
        start.redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        Process byline = start.start();
        assertThat(byline.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> err = Files.readAllLines(dir.resolve("err"), StandardCharsets.UTF_8);
        assertThat(byline.exitValue()).isEqualTo(1);
        assertThat(err).as("one line, no stack trace, no JavaFX warning").hasSize(1);
        assertThat(err.get(0)).startsWith("byline: 창을 열 화면이 없습니다").contains("명령줄", "byline --help");
        assertThat(Files.readString(dir.resolve("out"))).isEmpty();
        assertThat(store)
                .as("the data directory is not made for a window that never opened")
                .doesNotExist();
    }

    @Test
    void aMissingDisplay_isSeenBeforeJavaFxStarts_onX11Systems_only() {
        assertThat(DisplayCheck.beforeStart(Map.of(), "Linux", null)).contains("window.noDisplay");
        assertThat(DisplayCheck.beforeStart(Map.of("DISPLAY", " "), "Linux", null))
                .contains("window.noDisplay");
        assertThat(DisplayCheck.beforeStart(Map.of("DISPLAY", ":0"), "Linux", null))
                .isEmpty();
        assertThat(DisplayCheck.beforeStart(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null))
                .isEmpty();
        assertThat(DisplayCheck.beforeStart(Map.of(), "Windows 11", null)).isEmpty();
        assertThat(DisplayCheck.beforeStart(Map.of(), "Mac OS X", null)).isEmpty();
        assertThat(DisplayCheck.beforeStart(Map.of(), "Linux", "Monocle"))
                .as("headless tests")
                .isEmpty();
    }

    @Test
    void theToolkitsOwnRefusals_areNamed() {
        // the words JavaFX 21's GTK glass uses (seen under Xvfb without libgtk-3-0, and without X)
        assertThat(DisplayCheck.toolkitFailed(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .isEqualTo("window.noGtk");
        assertThat(DisplayCheck.toolkitFailed(new UnsupportedOperationException("Unable to open DISPLAY")))
                .isEqualTo("window.noDisplay");
        assertThat(DisplayCheck.toolkitFailed(new UnsatisfiedLinkError("libglassgtk3.so")))
                .isEqualTo("window.noGtk");
        assertThat(DisplayCheck.toolkitFailed(new RuntimeException("no suitable pipeline found")))
                .isEqualTo("window.noToolkit");
    }
}
