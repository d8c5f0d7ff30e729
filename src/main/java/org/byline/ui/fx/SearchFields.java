package org.byline.ui.fx;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
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
                // the box is as wide as its longest item, as a plain combo box is; the field's own
                // twelve columns would widen it and squeeze the buttons beside it
                field.setPrefColumnCount(1);
                field.setAccessibleText(box.getAccessibleText() + " · " + prompt);
            }
        };
        box.skinProperty().addListener((o, a, b) -> name.run());
        name.run();
        return box;
    }

    /**
     * The box's button, naming the box's value. While the list is narrowed the value may not be in
     * it, and the button would go blank; this one names the value all the same (null as "all").
     */
    public static <T> ListCell<T> valueCell(ComboBox<T> box, Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(name.apply(empty ? box.getValue() : item));
            }
        };
    }
}
