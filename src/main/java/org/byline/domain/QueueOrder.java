package org.byline.domain;

/** The columns the queue can be sorted by. */
public enum QueueOrder {
    HEADLINE, SECTION, STATUS, REPORTER, UPDATED
}
