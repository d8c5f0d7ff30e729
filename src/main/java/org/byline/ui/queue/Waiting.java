package org.byline.ui.queue;

import java.time.Duration;
import java.time.Instant;
import org.byline.domain.ArticleSummary;
import org.byline.domain.Status;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Labels;

/** How long a filed article has waited for the desk, and how long an embargo has to run. */
final class Waiting {
    private Waiting() {}

    /** "2시간 5분" since it was filed, for articles still waiting on the desk; empty otherwise. */
    static String since(ArticleSummary row, Messages m, Instant now) {
        if (row.status() != Status.SUBMITTED || row.submittedAt() == null) {
            return "";
        }
        return span(Duration.between(row.submittedAt(), now), m);
    }

    /** The status, and the countdown of an embargo that has not lifted yet. */
    static String status(ArticleSummary row, Messages m, Instant now) {
        String status = Labels.status(row.status(), m);
        if (row.embargoUntil() != null && row.embargoUntil().isAfter(now)) {
            status += " · " + m.get("queue.embargoLeft", span(Duration.between(now, row.embargoUntil()), m));
        }
        // who is editing it now (its lock), so the desk does not open what a colleague is changing
        if (row.editor() != null) {
            status += " · " + m.get("queue.editing", row.editor());
        }
        return status;
    }

    static String span(Duration d, Messages m) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return m.get("queue.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return m.get("queue.hoursMinutes", minutes / 60, minutes % 60);
        }
        return m.get("queue.daysHours", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }
}
