package org.byline.ui.editor;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Tags as chips: type a tag and press Enter or a comma to add it; ✕ or Backspace in the empty
 * field removes one. The chips mirror the ViewModel's list.
 */
final class TagField extends FlowPane {
    private final ObservableList<String> tags;
    private final TextField input = new TextField();

    TagField(ObservableList<String> tags, String prompt, String removeText) {
        this.tags = tags;
        getStyleClass().add("tag-field");
        setHgap(4);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        input.setId("tagInput");
        input.setPromptText(prompt);
        input.setAccessibleText(prompt);
        input.setPrefColumnCount(10);
        input.getStyleClass().add("tag-input");
        input.setOnAction(e -> commit());
        input.textProperty().addListener((o, a, b) -> {
            if (b.contains(",")) {
                // after the keystroke is done: clearing the field while it is still inserting the
                // comma throws inside TextInputControl ("the start must be <= the end")
                Platform.runLater(this::commit);
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !tags.isEmpty()) {
                tags.remove(tags.size() - 1);
            }
        });
        input.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        tags.addListener((ListChangeListener<String>) c -> rebuild(removeText));
        rebuild(removeText);
    }

    TextField input() {
        return input;
    }

    private void commit() {
        for (String part : input.getText().split(",")) {
            String tag = part.strip();
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        if (!input.getText().isEmpty()) {
            input.clear();
        }
    }

    private void rebuild(String removeText) {
        getChildren().clear();
        for (String tag : tags) {
            Label label = new Label("#" + tag);
            Button remove = new Button("✕");
            remove.getStyleClass().add("tag-remove");
            remove.setAccessibleText(removeText + " " + tag);
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> tags.remove(tag));
            HBox chip = new HBox(2, label, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag-chip");
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
