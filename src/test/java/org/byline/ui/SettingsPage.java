package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

/** 설정: its tabs and what it says after a save. */
final class SettingsPage {
    private final RunningByline byline;

    SettingsPage(RunningByline byline) {
        this.byline = byline;
    }

    /** Opens the settings window and waits for it. */
    void open() throws Exception {
        byline.robot.clickOn("#settings");
        waitUntil(() -> byline.robot.lookup("#saveSettings").tryQuery().isPresent());
    }

    /** Opens a tab by its id (sectionsTab, sitesTab, styleTab, workstationTab). */
    void tab(String id) {
        byline.robot.clickOn("#" + id);
    }

    /** What the window says went wrong, or "". */
    String problem() {
        return byline.robot.lookup("#settingsProblem").tryQuery().isPresent() ? byline.text("#settingsProblem") : "";
    }

    String done() {
        return byline.robot.lookup("#settingsDone").tryQuery().isPresent() ? byline.text("#settingsDone") : "";
    }

    void save() {
        byline.robot.clickOn("#saveSettings");
    }
}
