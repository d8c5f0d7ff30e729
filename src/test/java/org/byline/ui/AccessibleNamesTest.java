package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader names each control by its accessible text, or by the words on it. Every
 * control a reporter can reach in the main window and the settings window must have one.
 */
class AccessibleNamesTest {
    @TempDir
    Path dir;

    @Test
    void everyControlInTheMainAndSettingsWindows_hasAnAccessibleName() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("접근성");
            assertThat(unnamed()).isEmpty();
            // the find and replace bar, and each tab beside the preview
            byline.robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
            waitUntil(() -> byline.robot.lookup("#findBar").query().isVisible());
            assertThat(unnamed()).as("find bar").isEmpty();
            for (String tab : List.of("teaserTab", "styleTab", "historyTab", "outboxTab", "pageTab")) {
                byline.robot.clickOn(byline.robot
                        .lookup(".tab")
                        .match(n -> tab.equals(n.getId()))
                        .<Node>query());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(unnamed()).as(tab).isEmpty();
            }

            byline.click("#settings");
            waitUntil(() -> byline.robot.lookup("#sectionList").tryQuery().isPresent());
            assertThat(unnamed()).isEmpty();
            // a tab's controls are reachable only while it is showing: look at each
            for (String tab : List.of("sectionsTab", "peopleTab", "sitesTab", "workstationTab", "newsroomTab")) {
                byline.robot.clickOn(byline.robot
                        .lookup(".tab")
                        .match(n -> tab.equals(n.getId()))
                        .<Node>query());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(unnamed()).as(tab).isEmpty();
            }
            byline.robot.type(KeyCode.ESCAPE);
        }
    }

    /** The controls without a name, as "Type#id", in every window that is showing. */
    private static List<String> unnamed() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    List<String> missing = new ArrayList<>();
                    for (Window w : Window.getWindows()) {
                        if (w.isShowing() && w.getScene() != null) {
                            walk(w.getScene().getRoot(), missing);
                        }
                    }
                    return missing;
                })
                .get();
    }

    private static void walk(Node node, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        boolean reachable = node instanceof ButtonBase
                || node instanceof TextInputControl
                || node instanceof ComboBoxBase
                || node instanceof ListView
                || node instanceof TableView
                || node instanceof ChoiceBox;
        // the inner parts of a control (a combo box's editor, a spinner's field) are the control's
        boolean inner =
                node.getParent() != null && node.getStyleClass().stream().anyMatch(c -> c.equals("arrow-button"));
        if (reachable && !inner && !named(node)) {
            missing.add(node.getClass().getSimpleName() + "#" + node.getId());
        }
        if (node instanceof Parent p
                && !(node instanceof ComboBoxBase)
                && !(node instanceof TextInputControl)
                && !(node instanceof ChoiceBox)) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, missing));
        }
    }

    private static boolean named(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        return node instanceof Labeled l
                && l.getText() != null
                && !l.getText().isBlank()
                && !l.getText().matches("[▲▼✕×]+");
    }
}
