package org.byline.ui.editor;

import java.time.Instant;

/** What the status bar says about saving: "저장됨 09:41:07", "저장 중…", or why it failed. */
public record SaveState(Kind kind, Instant at, String problem) {
    public enum Kind {
        NOTHING_TO_SAVE,
        UNSAVED,
        SAVING,
        SAVED,
        FAILED,
        CONFLICT
    }

    public static final SaveState NOTHING = new SaveState(Kind.NOTHING_TO_SAVE, null, null);
    public static final SaveState UNSAVED = new SaveState(Kind.UNSAVED, null, null);
    public static final SaveState SAVING = new SaveState(Kind.SAVING, null, null);

    public static SaveState saved(Instant at) {
        return new SaveState(Kind.SAVED, at, null);
    }

    public static SaveState failed(String problem) {
        return new SaveState(Kind.FAILED, null, problem);
    }

    public static SaveState conflict(String problem) {
        return new SaveState(Kind.CONFLICT, null, problem);
    }
}
