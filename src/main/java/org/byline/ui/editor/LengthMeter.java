package org.byline.ui.editor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.TextCounts;
import org.byline.newsroom.Preview;
import org.byline.ui.fx.Tasks;

/** How long the story runs, for the status bar: characters and 원고지 sheets, against the section's target. */
final class LengthMeter {
    private final ReadOnlyObjectWrapper<TextCounts> counts = new ReadOnlyObjectWrapper<>(new TextCounts(0, 0, 0));
    /** The open section's length target in sheets; 0 when it has none. */
    private final ReadOnlyIntegerWrapper targetSheets = new ReadOnlyIntegerWrapper(0);

    private final Preview preview;
    private ManuscriptRules manuscript = ManuscriptRules.STANDARD; // read off the FX thread, not per keystroke

    LengthMeter(Preview preview) {
        this.preview = preview;
    }

    /** Reads the sheet size and the section targets again, off the FX thread; {@code then} runs once they are in. */
    void readRules(Tasks tasks, Runnable then) {
        tasks.run(
                preview::manuscript,
                rules -> {
                    manuscript = rules;
                    then.run();
                },
                e -> {});
    }

    void measure(String body, String section) {
        counts.set(preview.counts(body, manuscript));
        targetSheets.set(manuscript.target(section));
    }

    ReadOnlyObjectProperty<TextCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty targetSheetsProperty() {
        return targetSheets.getReadOnlyProperty();
    }
}
