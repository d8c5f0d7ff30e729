package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.byline.domain.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylePanelTest {
    @TempDir
    Path dir;

    @Test
    void findingsFollowTheTyping_andClickingOneSelectsItsTextInTheBody() throws Exception {
        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            byline.editor().typeHeadline("구청 예산 발표");
            byline.editor().typeBody("구청은 예산을 발표하였다. 총액은 12000원이다.");
            byline.click("#styleTab");
            ListView<Finding> findings = byline.node("#findings");
            waitUntil(() -> findings.getItems().size() == 2);
            assertThat(findings.getItems()).extracting(Finding::rule).containsExactly("hayeotda", "number-comma");
            assertThat(findingsTab(byline)).isEqualTo("교열 (2)");

            waitUntil(() -> RunningByline.showing(findings, ".list-cell", 1) != null);
            byline.robot.clickOn(RunningByline.showing(findings, ".list-cell", 1));
            TextArea body = byline.node("#body");
            waitUntil(() -> "12000".equals(body.getSelectedText()));

            byline.robot.write("12,000");
            waitUntil(() -> findings.getItems().size() == 1);
        }
    }

    private static String findingsTab(RunningByline byline) {
        TabPane tabs = byline.node("#previewTabs");
        return tabs.getTabs().get(2).getText();
    }
}
