package org.byline.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Revision;
import org.byline.domain.RevisionDiff;
import org.byline.domain.RevisionDiff.Row;
import org.byline.domain.RevisionDiff.Span;
import org.byline.domain.Transition;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Labels;

/**
 * 기록: the article's history, its kept copies, and two of them side by side with the changed
 * characters marked (Korean compared syllable by syllable).
 */
public final class HistoryView extends VBox {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("MM.dd HH:mm").withZone(NewsroomTime.ZONE);

    private final GridPane diffGrid = new GridPane();

    /** @param readOnly true while someone else holds the article: nothing may be brought back then */
    public HistoryView(HistoryViewModel vm, Messages m, ObservableBooleanValue readOnly) {
        setId("historyPane");
        setSpacing(6);
        setPadding(new Insets(8));

        ListView<Transition> history = new ListView<>(vm.history());
        history.setId("history");
        history.setAccessibleText(m.get("history.title"));
        history.setPrefHeight(110);
        history.setPlaceholder(new Label(m.get("history.none")));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Transition t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                } else if (t.action() == DeskAction.IMPORT) {
                    setText(WHEN.format(t.at()) + "  " + t.by() + "  " + m.get("history.imported", t.note()));
                } else if (t.action() == DeskAction.EDIT) {
                    // the status did not change: what happened is the edit, and the photo the note names
                    setText(WHEN.format(t.at()) + "  " + t.by() + "  " + m.action(t.action())
                            + (t.note().isBlank() ? "" : "  " + t.note()));
                } else {
                    setText(WHEN.format(t.at()) + "  " + t.by() + "  " + Labels.status(t.from(), m) + " → "
                            + Labels.status(t.to(), m) + (t.note().isBlank() ? "" : "  “" + t.note() + "”"));
                }
            }
        });

        ListView<Revision> revisions = new ListView<>(vm.revisions());
        revisions.setId("revisions");
        revisions.setAccessibleText(m.get("history.revisions"));
        revisions.setPrefHeight(120);
        revisions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revisions.setPlaceholder(new Label(m.get("history.noRevisions")));
        revisions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(
                        empty || r == null
                                ? null
                                : m.get(
                                        "history.revision",
                                        r.number(),
                                        kind(r.kind(), m),
                                        r.by(),
                                        WHEN.format(r.at())));
            }
        });
        revisions.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Revision>) c -> {
            List<Revision> picked = List.copyOf(revisions.getSelectionModel().getSelectedItems());
            if (picked.size() == 2) {
                vm.compare(picked.get(0), picked.get(1));
            }
        });
        Button restore = new Button(m.get("history.restore"));
        restore.setId("restoreRevision");
        restore.disableProperty()
                .bind(Bindings.size(revisions.getSelectionModel().getSelectedItems())
                        .isNotEqualTo(1)
                        .or(Bindings.createBooleanBinding(readOnly::get, readOnly)));
        restore.setOnAction(e -> vm.restore(revisions.getSelectionModel().getSelectedItem()));
        Button keep = new Button(m.get("history.keep"));
        keep.setId("keepRevision");
        keep.setOnAction(e -> vm.keepNow());
        Label hint = new Label(m.get("history.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox actions = new HBox(6, keep, restore);

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        diffGrid.setId("revisionDiff");
        diffGrid.setHgap(10);
        diffGrid.setVgap(4);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        diffGrid.getColumnConstraints().addAll(half, half);
        ScrollPane diffScroll = new ScrollPane(diffGrid);
        diffScroll.setFitToWidth(true);
        VBox.setVgrow(diffScroll, Priority.ALWAYS);
        vm.diffProperty().addListener((o, a, b) -> show(b, m));

        getChildren()
                .addAll(
                        new Label(m.get("history.title")),
                        history,
                        new Label(m.get("history.revisions")),
                        revisions,
                        actions,
                        hint,
                        problem,
                        diffScroll);
    }

    private void show(RevisionDiff diff, Messages m) {
        diffGrid.getChildren().clear();
        if (diff == null) {
            return;
        }
        diffGrid.addRow(
                0,
                header(m.get("history.revisionShort", diff.from().number())),
                header(m.get("history.revisionShort", diff.to().number())));
        int row = 1;
        for (Row r : diff.rows()) {
            if (r.kind() == RevisionDiff.Kind.SAME && r.left().isEmpty()) {
                continue;
            }
            diffGrid.addRow(
                    row++,
                    side(r.left(), r.leftSpans(), r.kind(), true),
                    side(r.right(), r.rightSpans(), r.kind(), false));
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("diff-header");
        return l;
    }

    /** One side of a row: unchanged text plain, the changed characters marked. */
    private static TextFlow side(String text, List<Span> spans, RevisionDiff.Kind kind, boolean left) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-side");
        String mark = left ? "diff-removed" : "diff-added";
        if (kind == RevisionDiff.Kind.ADDED || kind == RevisionDiff.Kind.REMOVED) {
            Text t = new Text(text);
            t.getStyleClass().addAll("diff-text", mark);
            flow.getChildren().add(t);
            return flow;
        }
        int at = 0;
        for (Span span : spans) {
            if (span.start() > at) {
                flow.getChildren().add(plain(text.substring(at, span.start())));
            }
            if (!span.isEmpty()) {
                Text changed = new Text(text.substring(span.start(), span.end()));
                changed.getStyleClass().addAll("diff-text", mark);
                flow.getChildren().add(changed);
            }
            at = span.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        return flow;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("diff-text");
        return t;
    }

    private static String kind(String kind, Messages m) {
        return switch (kind) {
            case Revision.SUBMIT -> m.get("revision.kind.submit");
            case Revision.APPROVE -> m.get("revision.kind.approve");
            case Revision.DESK_EDIT -> m.get("revision.kind.deskEdit");
            case Revision.RESTORE -> m.get("revision.kind.restore");
            default -> m.get("revision.kind.manual");
        };
    }
}
