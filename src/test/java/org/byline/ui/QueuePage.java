package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import javafx.scene.control.TableView;
import org.byline.domain.ArticleSummary;

/** The list of articles on the left: its count, its rows, new article. */
final class QueuePage {
    private final RunningByline byline;

    QueuePage(RunningByline byline) {
        this.byline = byline;
    }

    void waitUntilShown() throws Exception {
        waitUntil(() -> byline.robot.lookup("#queue").tryQuery().isPresent());
    }

    /** What the count under the list says ("2건", "20,001건"). */
    String count() {
        return byline.text("#queueCount");
    }

    void waitForCount(String shown) throws Exception {
        waitUntil(() -> shown.equals(count()));
    }

    TableView<ArticleSummary> table() {
        return byline.node("#queue");
    }

    /** The headline of row {@code index}, or null while that row is not loaded. */
    String headlineAt(int index) {
        TableView<ArticleSummary> table = table();
        if (table.getItems().size() <= index) {
            return null;
        }
        ArticleSummary row = table.getItems().get(index);
        return row == null ? null : row.headline();
    }

    /** 새 기사. */
    void newArticle() {
        byline.robot.clickOn("#newArticle");
    }
}
