package org.byline.ui.fx;

import java.time.Duration;

/**
 * When typed text goes to the store: a pause after the last change, and never later than a
 * ceiling after the first change not yet saved, however steadily the typing goes on. A pause
 * alone saves nothing while a reporter types without stopping, and a crash then takes the whole
 * paragraph with it; the ceiling keeps every word within about a second of the disk.
 */
public final class Autosave {
    /** Typing stopped: save this long after the last change. */
    public static final Duration PAUSE = Duration.ofMillis(600);
    /**
     * Typing goes on: save this long after the first unsaved change anyway. It leaves the write
     * (a few milliseconds, a few hundred on a loaded machine) the rest of the second.
     */
    public static final Duration CEILING = Duration.ofMillis(700);

    private final Tasks tasks;
    private final Runnable save;
    private Tasks.Cancellable afterPause;
    private Tasks.Cancellable atCeiling;

    /** @param save runs on the FX thread when the time has come (it hands the write to the writer thread) */
    public Autosave(Tasks tasks, Runnable save) {
        this.tasks = tasks;
        this.save = save;
    }

    /** Something was typed. */
    public void changed() {
        if (afterPause != null) {
            afterPause.cancel();
        }
        afterPause = tasks.schedule(PAUSE, this::due);
        if (atCeiling == null) {
            atCeiling = tasks.schedule(CEILING, this::due);
        }
    }

    /** The change is being saved some other way (now, or not at all): nothing is due. */
    public void cancel() {
        if (afterPause != null) {
            afterPause.cancel();
            afterPause = null;
        }
        if (atCeiling != null) {
            atCeiling.cancel();
            atCeiling = null;
        }
    }

    /** Whether a change waits for its save. */
    public boolean pending() {
        return afterPause != null || atCeiling != null;
    }

    private void due() {
        if (!pending()) {
            return; // the other timer came first, or the save was made meanwhile
        }
        cancel();
        save.run();
    }
}
