package org.byline.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.byline.ui.fx.OwnStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The tag field on its own: tags typed as a reporter types them, as chips, and taken away again. */
class TagFieldTest {
    private final FxRobot robot = new FxRobot();
    private final ObservableList<String> tags = FXCollections.observableArrayList("구청");

    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        stage = OwnStage.show(() -> new TagField(tags, "태그", "태그 빼기"), 600, 120);
    }

    @AfterEach
    void close() throws Exception {
        OwnStage.close(stage);
    }

    @Test
    void aCommaOrEnterMakesATag_andTheSameTagTwiceIsOne() {
        robot.clickOn("#tagInput").write("예산, 의회,");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tags).containsExactly("구청", "예산", "의회");

        robot.clickOn("#tagInput").write("예산").type(KeyCode.ENTER);
        robot.clickOn("#tagInput").write(" 주민 설명회 ").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tags).containsExactly("구청", "예산", "의회", "주민 설명회");
        assertThat(robot.lookup(".tag-chip").queryAll()).hasSize(4);
    }

    @Test
    void backspaceInTheEmptyField_takesTheLastTag_andTheCrossTakesItsOwn() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> tags.setAll("구청", "예산", "의회")).get();

        robot.clickOn("#tagInput").type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tags).containsExactly("구청", "예산");

        robot.clickOn(robot.lookup(".tag-remove")
                .match(n -> "태그 빼기 구청".equals(n.getAccessibleText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tags).containsExactly("예산");
        assertThat(robot.lookup("#tagInput").queryTextInputControl().getText()).isEmpty();
    }
}
