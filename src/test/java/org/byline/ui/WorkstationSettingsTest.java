package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.byline.app.BylineApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 이 컴퓨터 tab: the window's language from the next start, and where the data lives. */
class WorkstationSettingsTest {
    @TempDir
    Path dir;

    @Test
    void englishChosenInTheSettings_speaksFromTheNextStart_unlessLangSaysOtherwise() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.settings().open();
            byline.settings().tab("workstationTab");
            TextField data = byline.node("#dataDirectoryPath");
            assertThat(data.getText()).isEqualTo(dir.toAbsolutePath().toString());
            assertThat(byline.<TextField>node("#backupsPath").getText())
                    .startsWith(dir.toAbsolutePath().toString());
            ChoiceBox<?> language = byline.node("#language");
            waitUntil(() -> language.getValue() != null
                    && language.getValue().toString().equals("SYSTEM"));

            // the window has been open a while: whatever only weak references hold is gone by now
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
            }
            WaitForAsyncUtils.asyncFx(() -> language.getSelectionModel().select(2))
                    .get(); // English
            // a loaded machine may take a while; a choice that reaches no one would wait forever
            try {
                WaitForAsyncUtils.waitFor(
                        30,
                        TimeUnit.SECONDS,
                        () -> byline.text("#workstationSaid").contains("다음에 바이라인을 시작할 때부터"));
            } catch (TimeoutException e) {
                throw new AssertionError(
                        "said '" + byline.text("#workstationSaid") + "', language " + language.getValue(), e);
            }
            byline.robot.type(KeyCode.ESCAPE);
            // this window keeps speaking Korean until the next start
            assertThat(byline.robot.lookup("#newArticle").queryButton().getText())
                    .isEqualTo("새 기사");
        }

        // the next start without --lang (the system says Korean): English, as chosen
        assertThat(newArticleButtonOnStart(false)).isEqualTo("New article");
        // with --lang ko: Korean, whatever was chosen
        assertThat(newArticleButtonOnStart(true)).isEqualTo("새 기사");
    }

    private String newArticleButtonOnStart(boolean langGiven) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        BylineApp app = (BylineApp)
                FxToolkit.setupApplication(() -> new BylineApp(new BylineApp.Options(dir, Locale.KOREAN, langGiven)));
        try {
            FxRobot robot = new FxRobot();
            waitUntil(() -> robot.lookup("#newArticle").tryQuery().isPresent());
            return robot.lookup("#newArticle").queryButton().getText();
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
