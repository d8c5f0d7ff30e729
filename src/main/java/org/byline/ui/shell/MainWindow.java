package org.byline.ui.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.byline.i18n.Messages;
import org.byline.ui.editor.EditorView;
import org.byline.ui.editor.EditorViewModel;
import org.byline.ui.editor.SaveState;
import org.byline.ui.preview.PreviewView;
import org.byline.ui.queue.QueueView;

/** The main window's layout: toolbar, queue | editor | preview, status bar. */
public final class MainWindow extends BorderPane {
    private static final PseudoClass OVER_TARGET = PseudoClass.getPseudoClass("over-target");
    private static final PseudoClass AWAY = PseudoClass.getPseudoClass("away");
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PAGE = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination STYLE = new KeyCodeCombination(KeyCode.F7);

    /**
     * Ctrl+Enter files the article: the same 송고 button the reporter sees, so the key does
     * exactly what the button does and nothing when the button is not offered.
     */
    private void submit() {
        if (lookup("#submit") instanceof Button b && b.isVisible() && !b.isDisabled()) {
            b.fire();
        }
    }

    public MainWindow(
            QueueView queue,
            EditorView editor,
            PreviewView preview,
            EditorViewModel editorVm,
            Messages m,
            Runnable onNew,
            Runnable onHelp,
            Runnable onSettings) {
        getStyleClass().add("main-window");

        Button newArticle = new Button(m.get("action.new"));
        newArticle.setId("newArticle");
        newArticle.setTooltip(new Tooltip(m.get("action.new.tip")));
        newArticle.setOnAction(e -> onNew.run());
        Button help = new Button(m.get("action.help"));
        help.setId("help");
        help.setOnAction(e -> onHelp.run());
        Button settings = new Button(m.get("action.settings"));
        settings.setId("settings");
        settings.setOnAction(e -> onSettings.run());
        Label who = new Label(m.get("shell.writingAs", editorVm.reporter().name()));
        who.setId("currentProfile");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setTop(new ToolBar(newArticle, spacer, who, settings, help));

        SplitPane split = new SplitPane(queue, editor, preview);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3, 0.63);
        SplitPane.setResizableWithParent(queue, false);
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                editorVm.saveNow();
            } else if (SUBMIT.match(e)) {
                submit();
            } else if (PAGE.match(e)) {
                preview.showPage();
            } else if (STYLE.match(e)) {
                preview.showStyle();
            } else {
                return;
            }
            e.consume();
        });

        Label saveState = new Label();
        saveState.setId("saveState");
        saveState
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> StatusLine.saveState(editorVm.saveStateProperty().get(), m),
                        editorVm.saveStateProperty()));
        Label counts = new Label();
        counts.setId("counts");
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> StatusLine.counts(
                                editorVm.countsProperty().get(),
                                editorVm.targetSheetsProperty().get(),
                                m),
                        editorVm.countsProperty(),
                        editorVm.targetSheetsProperty()));
        // Over the section's target the count turns amber: a warning, never a block
        InvalidationListener overTarget = o -> counts.pseudoClassStateChanged(
                OVER_TARGET,
                editorVm.targetSheetsProperty().get() > 0
                        && editorVm.countsProperty().get().manuscriptSheets()
                                > editorVm.targetSheetsProperty().get());
        editorVm.countsProperty().addListener(overTarget);
        editorVm.targetSheetsProperty().addListener(overTarget);
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId("saveNotice");
        notice.getStyleClass().add("problem");
        notice.textProperty().bind(editorVm.noticeProperty());
        HBox status = new HBox(12, saveState, notice, gap, counts);
        status.setId("statusBar");
        status.getStyleClass().add("status-bar");
        editorVm.saveStateProperty().addListener((o, a, b) -> {
            status.getStyleClass().removeAll("save-failed");
            if (b.kind() == SaveState.Kind.FAILED || b.kind() == SaveState.Kind.CONFLICT) {
                status.getStyleClass().add("save-failed");
            }
        });
        setBottom(status);
    }

    /**
     * On a workstation that joined a newsroom: the server's word in the status bar, amber while it
     * is away (the work is kept here meanwhile).
     */
    public void showNewsroom(NewsroomStatusViewModel newsroom) {
        Label line = new Label();
        line.setId("newsroomStatus");
        line.textProperty().bind(newsroom.textProperty());
        InvalidationListener away = o ->
                line.pseudoClassStateChanged(AWAY, !newsroom.onlineProperty().get());
        newsroom.onlineProperty().addListener(away);
        away.invalidated(null);
        if (getBottom() instanceof HBox status) {
            status.getChildren().add(status.getChildren().size() - 1, line);
        }
    }
}
