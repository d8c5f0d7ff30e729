package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.byline.app.Context;
import org.byline.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find and replace, undo over the whole article, and the editor's keys, in the real window. */
class FindUndoAndKeysTest {
    @TempDir
    Path dir;

    @Test
    void ctrlZ_takesBackTheLastChangeWhereverItWas_andCtrlY_bringsItBack() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("headline");
            byline.editor().typeBody("one two three");

            byline.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            assertThat(byline.editor().body()).isEqualTo("one two ");
            byline.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            byline.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            assertThat(byline.editor().body()).isEmpty();
            // the next undo reaches into the headline, though the caret is in the body
            byline.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            assertThat(byline.editor().headline()).isEmpty();
            assertThat(byline.robot.lookup("#headline").query().isFocused()).isTrue();

            byline.robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
            byline.robot
                    .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
                    .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
            assertThat(byline.editor().headline()).isEqualTo("headline");
            assertThat(byline.editor().body()).isEqualTo("one ");
            // what undo put back is saved like anything typed
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.search().find("headline")).hasSize(1);
            assertThat(c.drafting()
                            .open(c.search().find("headline").get(0).id())
                            .content()
                            .body())
                    .isEqualTo("one ");
        }
    }

    @Test
    void ctrlH_replacesEveryMatch_inOneStep_thatOneUndoTakesBack() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("Gangnam budget");
            byline.editor().typeBody("The budget grew.");
            byline.robot.type(KeyCode.ENTER, KeyCode.ENTER);
            byline.robot.write("BUDGET talks end.");

            byline.robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
            assertThat(byline.robot.lookup("#findBar").query().isVisible()).isTrue();
            byline.robot.write("budget");
            waitUntil(() -> byline.text("#findCount").equals("1/3"));
            byline.robot.type(KeyCode.ENTER);
            assertThat(byline.text("#findCount")).isEqualTo("2/3");
            assertThat(byline.<TextArea>node("#body").getSelectedText()).isEqualTo("budget");

            byline.click("#replaceText").write("plan");
            byline.click("#replaceAll");
            assertThat(byline.editor().headline()).isEqualTo("Gangnam plan");
            assertThat(byline.editor().body()).isEqualTo("The plan grew.\n\nplan talks end.");
            assertThat(byline.text("#findCount")).isEqualTo("3곳을 바꿨습니다");
            waitUntil(() -> byline.preview().text("headline").equals("Gangnam plan"));

            byline.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            assertThat(byline.editor().headline()).isEqualTo("Gangnam budget");
            assertThat(byline.editor().body()).isEqualTo("The budget grew.\n\nBUDGET talks end.");

            // Esc closes the bar and puts the caret back in the text
            byline.click("#findText").type(KeyCode.ESCAPE);
            assertThat(byline.robot.lookup("#findBar").query().isVisible()).isFalse();
        }
    }

    @Test
    void findingNothing_saysSo_andReplacesNothing() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeBody("some text");
            byline.robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
            byline.robot.write("absent");
            waitUntil(() -> byline.text("#findCount").equals("없음"));
            byline.click("#replaceText").write("x");
            byline.click("#replaceAll");
            assertThat(byline.editor().body()).isEqualTo("some text");
            assertThat(byline.text("#findCount")).isEqualTo("0곳을 바꿨습니다");
        }
    }

    @Test
    void keys_saveNow_showTheStylePanelAndThePage_andFileTheArticle() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("keys");
            byline.editor().typeBody("text");
            byline.robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            waitUntil(() -> byline.editor().saveState().startsWith("저장됨"));

            TabPane tabs = byline.node("#previewTabs");
            byline.robot.type(KeyCode.F7);
            assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("styleTab");
            byline.robot.type(KeyCode.F5);
            assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("pageTab");

            byline.click("#body");
            byline.robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            waitUntil(() -> byline.robot.lookup("#submit").tryQuery().isEmpty());
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            long id = c.search().find("keys").get(0).id();
            assertThat(c.drafting().open(id).status()).isEqualTo(Status.SUBMITTED);
        }
    }
}
