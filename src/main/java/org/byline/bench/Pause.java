package org.byline.bench;

/** A simulated person's pause between two steps. */
final class Pause {
    private Pause() {}

    /** Sleeps; false when the bench interrupted the thread to end it. */
    static boolean millis(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
