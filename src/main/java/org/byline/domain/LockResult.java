package org.byline.domain;

/** What opening an article for editing found: the lock is now yours, or who holds it instead. */
public record LockResult(Outcome outcome, ArticleLock lock) {
    public enum Outcome {
        /** The article was free; the lock is yours. */
        TAKEN,
        /** You already held it in this run (a second window, or opening it again). */
        ALREADY_YOURS,
        /** You held it from another run, most likely one that crashed or was closed; it moved here. */
        RESUMED,
        /** Someone else holds it: open the article read-only. */
        HELD_BY_OTHER
    }

    /** True when the caller may edit; otherwise {@link #lock()} says who holds the article. */
    public boolean editable() {
        return outcome != Outcome.HELD_BY_OTHER;
    }
}
