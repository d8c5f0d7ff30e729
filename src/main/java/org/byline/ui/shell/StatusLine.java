package org.byline.ui.shell;

import java.time.format.DateTimeFormatter;
import org.byline.domain.NewsroomTime;
import org.byline.domain.TextCounts;
import org.byline.i18n.Messages;
import org.byline.ui.editor.SaveState;

/** The words of the status bar, from the editor's state. */
final class StatusLine {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private StatusLine() {}

    static String saveState(SaveState s, Messages m) {
        return switch (s.kind()) {
            case NOTHING_TO_SAVE -> m.get("save.nothing");
            case UNSAVED -> m.get("save.unsaved");
            case SAVING -> m.get("save.saving");
            case SAVED -> m.get("save.saved", CLOCK.format(s.at().atZone(NewsroomTime.ZONE)));
            case FAILED -> m.get("save.failed", s.problem());
            case CONFLICT -> m.get("save.conflict");
        };
    }

    /** @param targetSheets the section's length target, 0 for none */
    static String counts(TextCounts c, int targetSheets, Messages m) {
        String counts = m.get(
                "status.counts",
                String.format("%,d", c.characters()),
                String.format("%,d", c.charactersWithoutSpaces()),
                String.format("%.1f", c.manuscriptSheets()),
                c.sheetSize());
        return targetSheets > 0 ? m.get("status.target", counts, targetSheets) : counts;
    }
}
