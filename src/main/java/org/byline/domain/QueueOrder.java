package org.byline.domain;

/** The columns the queue can be sorted by. SUBMITTED is the desk's 송고 순: who has waited longest. */
public enum QueueOrder {
    HEADLINE,
    SECTION,
    STATUS,
    REPORTER,
    UPDATED,
    SUBMITTED
}
