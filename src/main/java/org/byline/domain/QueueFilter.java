package org.byline.domain;

/**
 * Which articles the queue shows and in what order. A null status or section means "all".
 */
public record QueueFilter(Status status, String section, QueueOrder order, boolean ascending) {
    public static final QueueFilter NEWEST_FIRST = new QueueFilter(null, null, QueueOrder.UPDATED, false);
    /** The desk's queue: submitted articles, the one waiting longest first (송고 순). */
    public static final QueueFilter DESK_QUEUE = new QueueFilter(Status.SUBMITTED, null, QueueOrder.SUBMITTED, true);

    public QueueFilter {
        order = order == null ? QueueOrder.UPDATED : order;
        section = section == null || section.isBlank() ? null : section;
    }

    public QueueFilter withStatus(Status value) {
        return new QueueFilter(value, section, order, ascending);
    }

    public QueueFilter withSection(String value) {
        return new QueueFilter(status, value, order, ascending);
    }

    public QueueFilter sortedBy(QueueOrder value, boolean asc) {
        return new QueueFilter(status, section, value, asc);
    }
}
