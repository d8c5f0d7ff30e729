package org.byline.ui;

import javafx.scene.layout.HBox;

/** The photo strip under the text: the tiles, the chosen photo's caption and credit, what went wrong. */
final class PhotosPage {
    private final RunningByline byline;

    PhotosPage(RunningByline byline) {
        this.byline = byline;
    }

    /** How many photos the strip shows. */
    int tiles() throws Exception {
        HBox tiles = byline.node("#photoTiles");
        return RunningByline.count(tiles, ".photo-tile");
    }

    /** Chooses photo {@code number} (1 is the first) and types its caption and credit. */
    void describe(int number, String caption, String credit) {
        byline.robot.clickOn("#photo-" + number);
        byline.robot.clickOn("#photoCaption").write(caption);
        byline.robot.clickOn("#photoCredit").write(credit);
    }

    /** What the strip says went wrong with a file, or "". */
    String problem() {
        return byline.text("#photoProblem");
    }
}
