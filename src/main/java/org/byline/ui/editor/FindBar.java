package org.byline.ui.editor;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.byline.i18n.Messages;

/**
 * Ctrl+F / Ctrl+H: a bar over the body that finds text in headline, subheadline and body and
 * replaces it. Enter goes to the next match, Shift+Enter to the one before, Esc closes and puts
 * the caret back in the text at the match.
 */
final class FindBar extends VBox {
    interface Fields {
        /** Shows a match: selected in its field, without taking the focus from the bar. */
        void show(TextSearch.Match match);

        /** The field and caret position the search starts from. */
        TextSearch.Match caret();

        void focus(TextSearch.Match match);

        boolean editable();
    }

    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final Label count = new Label();
    private final HBox replaceRow;
    private final FindReplace find;
    private final Messages m;
    private final Fields fields;

    FindBar(EditorViewModel vm, Messages m, Fields fields) {
        this.find = vm.findReplace();
        this.m = m;
        this.fields = fields;
        setId("findBar");
        getStyleClass().add("find-bar");
        setSpacing(6);

        query.setId("findText");
        query.setPromptText(m.get("editor.find.prompt"));
        query.setAccessibleText(m.get("editor.find.prompt"));
        query.setPrefColumnCount(10);
        HBox.setHgrow(query, Priority.ALWAYS);
        query.textProperty().addListener((o, a, b) -> search(true));
        count.setId("findCount");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = button("findPrevious", "▲", m.get("editor.find.previous"), () -> step(-1));
        Button next = button("findNext", "▼", m.get("editor.find.next"), () -> step(1));

        replacement.setId("replaceText");
        replacement.setPromptText(m.get("editor.find.replace.prompt"));
        replacement.setAccessibleText(m.get("editor.find.replace.prompt"));
        replacement.setPrefColumnCount(10);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        Button replaceOne =
                button("replaceOne", m.get("editor.find.replace"), m.get("editor.find.replace"), this::replaceCurrent);
        Button replaceAll = button(
                "replaceAll",
                m.get("editor.find.replaceAll"),
                m.get("editor.find.replaceAll"),
                this::replaceEverywhere);
        // two rows, so both fields stay wide enough to read in a narrow editor pane
        replaceRow = new HBox(6, replacement, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());
        Button close = button("closeFind", "✕", m.get("editor.find.close"), this::close);
        HBox findRow = new HBox(6, query, count, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);

        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        replacement.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceCurrent();
                e.consume();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
        // the text may change under the bar (typing, autosave reload, undo): count again
        vm.bodyProperty().addListener((o, a, b) -> refreshIfOpen());
        vm.headlineProperty().addListener((o, a, b) -> refreshIfOpen());
        vm.subheadlineProperty().addListener((o, a, b) -> refreshIfOpen());
    }

    /** Opens the bar, with the replace field when {@code replace}; the selected text becomes the query. */
    void open(boolean replace, String selected) {
        setVisible(true);
        replaceRow.setVisible(replace && fields.editable());
        if (selected != null && !selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        search(true);
        query.requestFocus();
        query.selectAll();
    }

    private void close() {
        setVisible(false);
        fields.focus(find.current());
    }

    private void refreshIfOpen() {
        if (isVisible()) {
            search(false);
        }
    }

    /** Counts the matches again; {@code jump} moves to the first one after the caret. */
    private void search(boolean jump) {
        show(find.search(query.getText(), jump, fields::caret));
    }

    private void step(int direction) {
        TextSearch.Match match = find.step(direction);
        if (match != null) {
            show(match);
        }
    }

    private void replaceCurrent() {
        if (find.count() == 0 || !fields.editable()) {
            return;
        }
        show(find.replaceCurrent(replacement.getText()));
    }

    private void replaceEverywhere() {
        if (!fields.editable()) {
            return;
        }
        int replaced = find.replaceAll(replacement.getText());
        search(false);
        count.setText(m.get("editor.find.replaced", replaced));
    }

    /** Selects {@code match} in its field, when there is one, and says where the bar is. */
    private void show(TextSearch.Match match) {
        if (match != null) {
            fields.show(match);
        }
        showCount();
    }

    private void showCount() {
        count.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("none"),
                find.count() == 0 && !query.getText().isEmpty());
        if (query.getText().isEmpty()) {
            count.setText("");
        } else if (find.count() == 0) {
            count.setText(m.get("editor.find.none"));
        } else {
            count.setText(m.get("editor.find.count", find.position(), find.count()));
        }
    }

    private static Button button(String id, String text, String accessible, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setTooltip(new Tooltip(accessible));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
