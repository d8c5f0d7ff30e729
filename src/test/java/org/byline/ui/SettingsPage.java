package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import javafx.scene.Node;

/** 설정: its tabs (the outlet, sections, people, sites, house style, this computer) and what it says. */
final class SettingsPage {
    private final RunningByline byline;

    SettingsPage(RunningByline byline) {
        this.byline = byline;
    }

    /** Opens the settings window from the main window and waits for its tabs. */
    void open() throws Exception {
        byline.click("#settings");
        waitUntil(() -> byline.robot.lookup("#saveSettings").tryQuery().isPresent());
    }

    /** Opens a tab by its id (sectionsTab, peopleTab, sitesTab, styleTab, workstationTab). */
    void tab(String id) throws Exception {
        waitUntil(() -> byline.robot.lookup("#" + id).tryQuery().isPresent());
        byline.robot.clickOn(
                byline.robot.lookup(".tab").match(n -> id.equals(n.getId())).<Node>query());
    }

    /** What the window says went wrong, or "". */
    String problem() {
        return byline.robot.lookup("#settingsProblem").tryQuery().isPresent() ? byline.text("#settingsProblem") : "";
    }

    /** What the window says it did, or "". */
    String done() {
        return byline.robot.lookup("#settingsDone").tryQuery().isPresent() ? byline.text("#settingsDone") : "";
    }

    /** 설정 저장. */
    void save() throws Exception {
        byline.click("#saveSettings");
    }
}
