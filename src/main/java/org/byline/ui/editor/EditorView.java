package org.byline.ui.editor;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.byline.i18n.Messages;
import org.byline.newsroom.Pasting;
import org.byline.ui.fx.SearchFields;
import org.byline.ui.photos.PhotoStripView;
import org.controlsfx.control.SearchableComboBox;

/** The writing pane: headline, subheadline, section, tags and body, bound to the ViewModel. */
public final class EditorView extends VBox {
    private static final KeyCombination PASTE = shortcut(KeyCode.V);
    private static final KeyCombination UNDO = shortcut(KeyCode.Z);
    private static final KeyCombination REDO = shortcut(KeyCode.Y);
    private static final KeyCombination REDO_SHIFTED =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FIND = shortcut(KeyCode.F);
    private static final KeyCombination REPLACE = shortcut(KeyCode.H);

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private final TextField headline = new TextField();
    private final TextArea body = new TextArea();
    /** Who the lead names; undo can put an older one back, and the caret with it. */
    private final TextField byline = new TextField();

    private final TextField subheadline;
    private final EditorViewModel vm;
    private FindBar find;
    /** The text field the reporter was last in: where find starts and undo's caret goes. */
    private TextInputControl lastText = body;

    /**
     * @param photos the photo strip, shown under the body; a paste into the body that holds
     *               pictures and no text goes to it
     */
    public EditorView(EditorViewModel vm, Messages m, PhotoStripView photos, Node deskBar, LockKeeper lock) {
        this.vm = vm;
        getStyleClass().add("editor");
        setSpacing(8);
        setPadding(new Insets(12));

        headline.setId("headline");
        headline.getStyleClass().add("headline-field");
        headline.setPromptText(m.get("editor.headline.prompt"));
        headline.setAccessibleText(m.get("editor.headline"));
        headline.textProperty().bindBidirectional(vm.headlineProperty());

        subheadline = new TextField();
        subheadline.setId("subheadline");
        subheadline.setPromptText(m.get("editor.subheadline.prompt"));
        subheadline.setAccessibleText(m.get("editor.subheadline"));
        subheadline.textProperty().bindBidirectional(vm.subheadlineProperty());

        // ControlsFX: typing narrows the list (경 → 경제), Enter takes the first that is left
        SearchableComboBox<String> section = new SearchableComboBox<>(vm.sections());
        section.setId("section");
        section.setPromptText(m.get("editor.section"));
        section.setAccessibleText(m.get("editor.section"));
        SearchFields.inWords(section, m.get("queue.filter.search"));
        // no section yet is null in the combo box (so its prompt shows) and "" in the article
        section.setValue(
                vm.sectionProperty().get().isEmpty()
                        ? null
                        : vm.sectionProperty().get());
        section.valueProperty().addListener((o, a, b) -> vm.sectionProperty().set(b == null ? "" : b));
        vm.sectionProperty().addListener((o, a, b) -> section.setValue(b == null || b.isEmpty() ? null : b));
        section.setMinWidth(110);

        byline.setId("byline");
        byline.setPromptText(m.get("editor.byline.prompt"));
        byline.setAccessibleText(m.get("editor.byline"));
        byline.setTooltip(new Tooltip(m.get("editor.byline.prompt")));
        byline.setPrefColumnCount(9);
        byline.setMinWidth(120);
        byline.textProperty().bindBidirectional(vm.bylineProperty());

        TagField tags = new TagField(vm.tags(), m.get("editor.tags.prompt"), m.get("editor.tags.remove"));
        tags.setId("tags");
        HBox.setHgrow(tags, Priority.ALWAYS);
        HBox meta = new HBox(8, section, byline, tags);
        meta.setAlignment(Pos.CENTER_LEFT);

        body.setId("body");
        body.setWrapText(true);
        body.setPromptText(m.get("editor.body.prompt"));
        body.setAccessibleText(m.get("editor.body"));
        body.textProperty().bindBidirectional(vm.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);

        body.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && pasteIntoBody(photos)) {
                e.consume();
            }
        });
        for (TextField line : new TextField[] {headline, subheadline}) {
            line.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                Clipboard clipboard = Clipboard.getSystemClipboard();
                if (PASTE.match(e) && clipboard.hasString()) {
                    line.replaceSelection(Pasting.line(clipboard.getString()));
                    e.consume();
                }
            });
        }
        // someone else holds the article: read-only, and the desk may take it over
        BooleanBinding readOnly =
                lock.readOnlyProperty().or(vm.mayEditProperty().not());
        for (TextInputControl field : new TextInputControl[] {headline, subheadline, body, byline}) {
            field.editableProperty().bind(readOnly.not());
        }
        section.disableProperty().bind(readOnly);
        tags.disableProperty().bind(readOnly);
        photos.disableProperty().bind(readOnly);
        for (TextInputControl field : new TextInputControl[] {headline, subheadline, body}) {
            field.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    lastText = field;
                }
            });
        }
        find = new FindBar(vm, m, new FindBar.Fields() {
            @Override
            public void show(TextSearch.Match match) {
                TextInputControl target = field(match.field());
                target.selectRange(match.start(), match.end());
                lastText = target;
            }

            @Override
            public TextSearch.Match caret() {
                return new TextSearch.Match(
                        name(lastText),
                        lastText.getSelection().getStart(),
                        lastText.getSelection().getStart());
            }

            @Override
            public void focus(TextSearch.Match match) {
                if (match != null) {
                    select(match.field(), match.start(), match.end());
                } else {
                    lastText.requestFocus();
                }
            }

            @Override
            public boolean editable() {
                return body.isEditable();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        getChildren()
                .addAll(
                        deskBar,
                        lockBanner(lock, m),
                        conflictBanner(vm, m),
                        headline,
                        subheadline,
                        meta,
                        find,
                        body,
                        photos);
    }

    /**
     * The editor's own keys. Undo and redo act on the whole article, so the fields' own
     * one-field undo never runs; find and replace open the bar over the body.
     */
    private void shortcut(KeyEvent e) {
        if (UNDO.match(e) || REDO.match(e) || REDO_SHIFTED.match(e)) {
            e.consume();
            if (body.isEditable()) {
                Caret caret = UNDO.match(e) ? vm.undo() : vm.redo();
                if (caret != null) {
                    putCaret(caret);
                }
            }
        } else if (FIND.match(e) || REPLACE.match(e)) {
            e.consume();
            find.open(REPLACE.match(e), lastText.getSelectedText());
        }
    }

    private void putCaret(Caret caret) {
        switch (caret.field()) {
            case "headline", "subheadline", "body", "byline" -> {
                TextInputControl target = field(caret.field());
                target.requestFocus();
                target.positionCaret(Math.min(caret.position(), target.getLength()));
            }
            default -> {} // a tag or the section came back: the chips and the box show it
        }
    }

    private TextInputControl field(String name) {
        return switch (name) {
            case "headline" -> headline;
            case "subheadline" -> subheadline;
            case "byline" -> byline;
            default -> body;
        };
    }

    private String name(TextInputControl field) {
        return field == headline ? "headline" : field == subheadline ? "subheadline" : "body";
    }

    private static HBox lockBanner(LockKeeper lock, Messages m) {
        Label message = new Label();
        message.setId("lockMessage");
        message.setWrapText(true);
        message.textProperty().bind(lock.heldByProperty());
        Button take = new Button(m.get("editor.lock.break"));
        take.setId("breakLock");
        take.setOnAction(e -> lock.breakLock());
        take.setVisible(lock.mayBreak());
        take.managedProperty().bind(take.visibleProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox banner = new HBox(8, message, take);
        banner.setId("lockBanner");
        banner.getStyleClass().add("lock-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8));
        banner.visibleProperty().bind(lock.heldByProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Shown when someone else saved this article first: the reporter decides what happens to their text. */
    private static HBox conflictBanner(EditorViewModel vm, Messages m) {
        Label message = new Label();
        message.setWrapText(true);
        message.setId("conflictMessage");
        Button keep = new Button(m.get("editor.conflict.keepCopy"));
        keep.setId("keepCopy");
        keep.setOnAction(e -> vm.keepAsCopy());
        Button reload = new Button(m.get("editor.conflict.reload"));
        reload.setId("reloadStored");
        reload.setOnAction(e -> vm.reloadStored());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox banner = new HBox(8, message, keep, reload);
        banner.setId("conflictBanner");
        banner.getStyleClass().add("conflict-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8));
        banner.managedProperty().bind(banner.visibleProperty());
        Runnable update = () -> {
            SaveState s = vm.saveStateProperty().get();
            boolean conflict = s.kind() == SaveState.Kind.CONFLICT;
            banner.setVisible(conflict);
            message.setText(conflict ? s.problem() : "");
        };
        vm.saveStateProperty().addListener((o, a, b) -> update.run());
        update.run();
        return banner;
    }

    /**
     * Text goes in cleaned (Word, 한글 and web pages bring styles, tables and invisible
     * characters); pictures without text go to the photo strip. False when there was nothing.
     */
    private boolean pasteIntoBody(PhotoStripView photos) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasHtml() || clipboard.hasString()) {
            body.replaceSelection(Pasting.body(clipboard.getHtml(), clipboard.getString()));
            return true;
        }
        return photos.paste();
    }

    /** Shows a house style finding: selects its text in the field it was found in. */
    public void select(String field, int start, int end) {
        TextInputControl target = field(field);
        int length = target.getLength();
        target.requestFocus();
        target.selectRange(Math.min(start, length), Math.min(end, length));
    }

    public void focusHeadline() {
        headline.requestFocus();
    }

    public void focusBody() {
        body.requestFocus();
    }
}
