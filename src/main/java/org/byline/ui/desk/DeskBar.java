package org.byline.ui.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.byline.domain.Article;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Status;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Labels;
import org.byline.ui.fx.Theme;

/**
 * Above the editor: the article's state (작성중, 송고 ...), its embargo, the note of a 반려 shown
 * prominently to the reporter, and the actions this person may take.
 */
public final class DeskBar extends VBox {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("MM.dd HH:mm").withZone(NewsroomTime.ZONE);

    private final DeskBarViewModel vm;
    private final Messages m;
    private final Label state = new Label();
    private final HBox buttons = new HBox(6);
    private final Label returnNote = new Label();

    public DeskBar(DeskBarViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("deskBar");
        vm.setSiteChooser(this::askSite);
        getStyleClass().add("desk-bar");
        setSpacing(6);
        state.setId("articleState");
        state.getStyleClass().add("article-state");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, state, gap, buttons);
        row.setAlignment(Pos.CENTER_LEFT);

        returnNote.setId("returnNote");
        returnNote.getStyleClass().add("return-note");
        returnNote.setWrapText(true);
        returnNote.setMaxWidth(Double.MAX_VALUE);
        returnNote.managedProperty().bind(returnNote.visibleProperty());
        Label problem = new Label();
        problem.setId("deskProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(row, returnNote, problem);

        vm.articleProperty().addListener((o, a, b) -> refresh(b));
        refresh(vm.articleProperty().get());
    }

    private void refresh(Article article) {
        buttons.getChildren().clear();
        if (article == null || article.id() == 0) {
            state.setText(Labels.status(Status.DRAFT, m));
            returnNote.setVisible(false);
            return;
        }
        String text = Labels.status(article.status(), m);
        if (article.embargoUntil() != null && article.isEmbargoedAt(Instant.now())) {
            text += " · " + m.get("desk.embargoUntil", SHOWN.format(article.embargoUntil()));
        }
        state.setText(text);
        returnNote.setText(m.get("desk.returnedWith", article.returnNote()));
        returnNote.setVisible(
                article.status() == Status.DRAFT && !article.returnNote().isBlank());

        add(DeskAction.SUBMIT, "submit", "desk.button.submit", vm::submit);
        add(DeskAction.APPROVE, "approve", "desk.button.approve", vm::approve);
        add(DeskAction.RETURN, "return", "desk.button.return", () -> askNote().ifPresent(vm::returnToReporter));
        add(DeskAction.PUBLISH, "publish", "desk.button.publish", vm::publish);
        add(DeskAction.PUSH, "push", "desk.action.pushButton", vm::push);
        add(
                DeskAction.EMBARGO,
                "embargo",
                "desk.button.embargo",
                () -> askEmbargo().ifPresent(vm::embargo));
        add(DeskAction.CLEAR_EMBARGO, "clearEmbargo", "desk.button.clearEmbargo", vm::clearEmbargo);
        add(
                DeskAction.CORRECT,
                "correct",
                "desk.button.correct",
                () -> askCorrection().ifPresent(vm::correct));
        add(DeskAction.SPIKE, "spike", "desk.button.spike", vm::spike);
        add(DeskAction.UNSPIKE, "unspike", "desk.button.unspike", vm::unspike);
    }

    private void add(DeskAction action, String id, String key, Runnable command) {
        if (vm.offers(action)) {
            Button b = new Button(m.get(key));
            b.setId(id);
            b.setOnAction(e -> command.run());
            if (action == DeskAction.SUBMIT || action == DeskAction.APPROVE) {
                b.setDefaultButton(false);
                b.getStyleClass().add("accent");
            }
            buttons.getChildren().add(b);
        }
    }

    private Optional<String> askNote() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(m.get("app.title") + " - " + m.get("desk.button.return"));
        dialog.setHeaderText(m.get("desk.returnHeader"));
        ButtonType send = new ButtonType(m.get("desk.button.return"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(send, new ButtonType(m.get("welcome.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextArea note = new TextArea();
        note.setId("returnNoteInput");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        dialog.getDialogPane().setContent(note);
        dialog.getDialogPane().lookupButton(send).setId("sendReturn");
        dialog.getDialogPane()
                .lookupButton(send)
                .disableProperty()
                .bind(note.textProperty().isEmpty());
        Theme.apply(dialog.getDialogPane());
        dialog.setResultConverter(b -> b == send ? note.getText() : null);
        return dialog.showAndWait();
    }

    /** Which site 출고(전송) goes to, when there are several. */
    private Optional<String> askSite(List<String> sites) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(sites.get(0), sites);
        dialog.setTitle(m.get("app.title") + " - " + m.get("desk.action.pushButton"));
        dialog.setHeaderText(m.get("desk.pushSiteHeader"));
        dialog.setContentText(m.get("desk.pushSite"));
        ButtonType send = new ButtonType(m.get("desk.action.pushButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(send, new ButtonType(m.get("welcome.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("pushSiteDialog");
        dialog.getDialogPane().lookupButton(send).setId("pushToSite");
        Node choice = dialog.getDialogPane().lookup(".combo-box");
        if (choice != null) {
            choice.setId("pushSiteChoice");
            choice.setAccessibleText(m.get("desk.pushSite"));
        }
        Theme.apply(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    private Optional<String> askCorrection() {
        TextInputDialog dialog = new TextInputDialog(vm.articleProperty().get().correctionNote());
        dialog.setTitle(m.get("app.title") + " - " + m.get("desk.button.correct"));
        dialog.setHeaderText(m.get("desk.correctHeader"));
        dialog.getEditor().setId("correctionInput");
        Theme.apply(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    private Optional<Instant> askEmbargo() {
        Dialog<Instant> dialog = new Dialog<>();
        dialog.setTitle(m.get("app.title") + " - " + m.get("desk.button.embargo"));
        dialog.setHeaderText(m.get("desk.embargoHeader"));
        ButtonType set = new ButtonType(m.get("desk.button.embargo"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(set, new ButtonType(m.get("welcome.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        DatePicker day = new DatePicker(LocalDate.now(NewsroomTime.ZONE).plusDays(1));
        day.setId("embargoDay");
        TextField time = new TextField("09:00");
        time.setId("embargoTime");
        time.setPrefColumnCount(5);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, day, time, new Label("KST"));
        dialog.getDialogPane().setContent(grid);
        Theme.apply(dialog.getDialogPane());
        dialog.setResultConverter(b -> {
            if (b != set || day.getValue() == null) {
                return null;
            }
            try {
                return day.getValue()
                        .atTime(LocalTime.parse(time.getText().strip()))
                        .atZone(NewsroomTime.ZONE)
                        .toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        });
        return dialog.showAndWait();
    }
}
