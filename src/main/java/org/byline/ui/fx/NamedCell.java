package org.byline.ui.fx;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A list or combo box cell that shows its item by a name: a person with their role, a status in
 * the user's language, null as "all" in a filter.
 */
public final class NamedCell<T> extends ListCell<T> {
    private final Function<T, String> name;

    public NamedCell(Function<T, String> name) {
        this.name = name;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : name.apply(item));
    }
}
