package org.byline.ui;

import java.util.List;
import javafx.scene.control.TableView;
import org.byline.domain.PushJob;

/** 출고함: the push jobs and where each stands. */
final class OutboxPage {
    private final RunningByline byline;

    OutboxPage(RunningByline byline) {
        this.byline = byline;
    }

    /** Opens the tab. */
    void open() throws Exception {
        byline.click("#outboxTab");
    }

    List<PushJob> jobs() {
        TableView<PushJob> jobs = byline.node("#outboxJobs");
        return List.copyOf(jobs.getItems());
    }
}
