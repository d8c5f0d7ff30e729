package org.byline.domain;

import java.time.Instant;

/**
 * Which articles the queue shows and in what order. A null (or blank) status, section, reporter,
 * time bound or text means "all". {@code from} and {@code until} bound the last change;
 * {@code text} is a Korean substring search over headline and body, as the search command does.
 */
public record QueueFilter(
        Status status,
        String section,
        QueueOrder order,
        boolean ascending,
        String reporter,
        Instant from,
        Instant until,
        String text) {
    public static final QueueFilter NEWEST_FIRST = new QueueFilter(null, null, QueueOrder.UPDATED, false);
    /** The desk's queue: submitted articles, the one waiting longest first (송고 순). */
    public static final QueueFilter DESK_QUEUE = new QueueFilter(Status.SUBMITTED, null, QueueOrder.SUBMITTED, true);

    public QueueFilter {
        order = order == null ? QueueOrder.UPDATED : order;
        section = section == null || section.isBlank() ? null : section;
        reporter = reporter == null || reporter.isBlank() ? null : reporter.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public QueueFilter(Status status, String section, QueueOrder order, boolean ascending) {
        this(status, section, order, ascending, null, null, null, null);
    }

    public QueueFilter withStatus(Status value) {
        return new QueueFilter(value, section, order, ascending, reporter, from, until, text);
    }

    public QueueFilter withSection(String value) {
        return new QueueFilter(status, value, order, ascending, reporter, from, until, text);
    }

    public QueueFilter withReporter(String value) {
        return new QueueFilter(status, section, order, ascending, value, from, until, text);
    }

    public QueueFilter changedBetween(Instant fromValue, Instant untilValue) {
        return new QueueFilter(status, section, order, ascending, reporter, fromValue, untilValue, text);
    }

    public QueueFilter containing(String value) {
        return new QueueFilter(status, section, order, ascending, reporter, from, until, value);
    }

    public QueueFilter sortedBy(QueueOrder value, boolean asc) {
        return new QueueFilter(status, section, value, asc, reporter, from, until, text);
    }
}
