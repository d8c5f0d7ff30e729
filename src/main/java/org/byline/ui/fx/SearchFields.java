package org.byline.ui.fx;

import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;

/**
 * ControlsFX's searchable combo box opens with a field to type in, which narrows the list as one
 * types. Its field says "Search..." in English whatever the window's language: this gives it the
 * window's words, and a name a screen reader reads.
 */
public final class SearchFields {
    private SearchFields() {}

    public static <T> SearchableComboBox<T> inWords(SearchableComboBox<T> box, String prompt) {
        Runnable name = () -> {
            if (box.lookup("#search") instanceof TextField field) {
                field.setPromptText(prompt);
                field.setAccessibleText(box.getAccessibleText() + " · " + prompt);
            }
        };
        box.skinProperty().addListener((o, a, b) -> name.run());
        name.run();
        return box;
    }
}
