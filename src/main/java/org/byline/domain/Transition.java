package org.byline.domain;

import java.time.Instant;

/**
 * One line of an article's history: who did what, when, and why. {@code by} is the profile's
 * name at the time. Actions that leave the status alone (an embargo, a correction) have
 * {@code from == to}.
 */
public record Transition(
        long articleId, Status from, Status to, DeskAction action, String by, Instant at, String note) {
    public Transition {
        note = note == null ? "" : note;
    }
}
