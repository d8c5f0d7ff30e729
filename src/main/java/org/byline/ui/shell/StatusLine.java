package org.byline.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.byline.domain.TextCounts;
import org.byline.i18n.Messages;
import org.byline.ui.editor.SaveState;

/** The words of the status bar, from the editor's state. */
final class StatusLine {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private StatusLine() {
    }

    static String saveState(SaveState s, Messages m) {
        return switch (s.kind()) {
            case NOTHING_TO_SAVE -> m.get("save.nothing");
            case UNSAVED -> m.get("save.unsaved");
            case SAVING -> m.get("save.saving");
            case SAVED -> m.get("save.saved", CLOCK.format(s.at().atZone(ZoneId.systemDefault())));
            case FAILED -> m.get("save.failed", s.problem());
            case CONFLICT -> m.get("save.conflict");
        };
    }

    static String counts(TextCounts c, Messages m) {
        return m.get("status.counts", String.format("%,d", c.characters()), String.format("%,d", c.charactersWithoutSpaces()),
                String.format("%.1f", c.manuscriptSheets()));
    }
}
