package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk bar over the editor: 송고, 승인, 반려, 출고, 엠바고, 정정, 폐기. A button is there only when
 * the person signed in may take that step on the open article.
 */
final class DeskBarPage {
    private final RunningByline byline;

    DeskBarPage(RunningByline byline) {
        this.byline = byline;
    }

    /** Whether the bar offers {@code action} (its id: submit, approve, return, push, correct …). */
    boolean offers(String action) {
        return byline.robot.lookup("#" + action).tryQuery().isPresent();
    }

    void waitUntilOffered(String action) throws Exception {
        waitUntil(() -> offers(action));
    }

    /** The words on the button for {@code action}. */
    String label(String action) throws Exception {
        // read on the FX thread once the button is there: the bar is rebuilt whole when the
        // article changes, and a lookup from here can meet it half built
        waitUntilOffered(action);
        return WaitForAsyncUtils.asyncFx(() -> byline.robot
                        .lookup("#" + action)
                        .tryQuery()
                        .map(n -> ((Button) n).getText())
                        .orElse(""))
                .get();
    }

    /** Files the open article and waits until its state line no longer says what it said. */
    void submit() throws Exception {
        take("submit");
    }

    void approve() throws Exception {
        take("approve");
    }

    /** 반려 with {@code note} for the reporter. */
    void returnWithNote(String note) throws Exception {
        String before = byline.editor().state();
        byline.click("#return");
        byline.robot.clickOn("#returnNoteInput").write(note);
        byline.robot.clickOn("#sendReturn");
        waitUntil(() -> !byline.editor().state().equals(before));
    }

    /** 정정: a later change to approved copy, with the note the page shows. */
    void correct(String note) throws Exception {
        byline.click("#correct");
        byline.robot.clickOn("#correctionInput").eraseText(0).write(note);
        byline.robot.type(KeyCode.ENTER);
    }

    /** The note of the last 반려, as the reporter sees it over the text, or "" when none shows. */
    String returnNote() {
        return byline.robot
                .lookup("#returnNote")
                .tryQuery()
                .filter(n -> n.isVisible())
                .map(n -> ((Labeled) n).getText())
                .orElse("");
    }

    /** What the desk bar says went wrong, or "" while it says nothing. */
    String problem() {
        return byline.robot
                .lookup("#deskProblem")
                .tryQuery()
                .map(n -> ((Labeled) n).getText())
                .orElse("");
    }

    private void take(String action) throws Exception {
        waitUntilOffered(action);
        String before = byline.editor().state();
        byline.click("#" + action);
        waitUntil(() -> !byline.editor().state().equals(before));
    }
}
