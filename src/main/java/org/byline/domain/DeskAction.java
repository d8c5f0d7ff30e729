package org.byline.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to an article on its way through the desk, and from which statuses. The table
 * is here so the window can grey out a button without asking; {@code newsroom.Desk} enforces it
 * together with the rules about who may act.
 */
public enum DeskAction {
    SUBMIT("submit", Set.of(Status.DRAFT)),
    APPROVE("approve", Set.of(Status.SUBMITTED)),
    RETURN("return", Set.of(Status.SUBMITTED, Status.APPROVED)),
    SPIKE("spike", Set.of(Status.DRAFT, Status.SUBMITTED, Status.APPROVED)),
    UNSPIKE("unspike", Set.of(Status.SPIKED)),
    PUBLISH("publish", Set.of(Status.APPROVED)),
    EMBARGO("embargo", Set.of(Status.DRAFT, Status.SUBMITTED, Status.APPROVED)),
    CLEAR_EMBARGO("embargo-clear", EnumSet.allOf(Status.class)),
    /** Released although the embargo still held: recorded, never silent. */
    OVERRIDE_EMBARGO("embargo-override", EnumSet.allOf(Status.class)),
    /** A change to approved or published copy, with its 정정 note. */
    CORRECT("correct", Set.of(Status.APPROVED, Status.PUBLISHED)),
    /** The article came in from a file (the note names it); it begins the history and is never offered as a button. */
    IMPORT("import", Set.of()),
    /**
     * Someone other than its reporter changed the article's text or photos (the note names a
     * photo added or taken off); never offered as a button.
     */
    EDIT("edit", Set.of()),
    /** Sent to a site: the first push publishes an approved article, a later one updates the site's copy. */
    PUSH("push", Set.of(Status.APPROVED, Status.PUBLISHED));

    private final String code;
    private final Set<Status> from;

    DeskAction(String code, Set<Status> from) {
        this.code = code;
        this.from = from;
    }

    /** The stable name used in the store, on the command line and in JSON. */
    public String code() {
        return code;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    public static DeskAction fromCode(String code) {
        return Arrays.stream(values())
                .filter(a -> a.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no desk action " + code));
    }
}
