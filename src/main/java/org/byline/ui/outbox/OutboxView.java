package org.byline.ui.outbox;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.i18n.Messages;

/** The outbox tab: a table of push jobs, with 다시 보내기 and 취소 for the selected one. */
public final class OutboxView extends VBox {
    public OutboxView(OutboxViewModel vm, Messages m) {
        setId("outbox");
        setSpacing(6);
        setPadding(new Insets(6));
        TableView<PushJob> table = new TableView<>(vm.jobs());
        table.setId("outboxJobs");
        table.setAccessibleText(m.get("preview.outbox"));
        table.setPlaceholder(new Label(m.get("outbox.none")));
        table.getColumns().add(column(m.get("outbox.article"), j -> j.articleId() + " " + j.headline(), 200));
        table.getColumns().add(column(m.get("outbox.site"), PushJob::siteName, 80));
        table.getColumns().add(column(m.get("outbox.state"), vm::describe, 220));
        table.getColumns().add(column(m.get("outbox.attempts"), j -> Integer.toString(j.attempts()), 50));
        table.getColumns().add(column(m.get("outbox.link"), PushJob::remoteLink, 200));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button retry = new Button(m.get("outbox.retry"));
        retry.setId("outboxRetry");
        Button cancel = new Button(m.get("outbox.cancel"));
        cancel.setId("outboxCancel");
        Button reload = new Button(m.get("outbox.reload"));
        reload.setId("outboxReload");
        var selected = table.getSelectionModel().selectedItemProperty();
        retry.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> selected.get() == null
                                || !(selected.get().state() == PushState.FAILED
                                        || selected.get().state() == PushState.CANCELLED),
                        selected));
        cancel.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> selected.get() == null
                                || selected.get().state() == PushState.DONE
                                || selected.get().state() == PushState.CANCELLED,
                        selected));
        retry.setOnAction(e -> vm.retry(selected.get()));
        cancel.setOnAction(e -> vm.cancel(selected.get()));
        reload.setOnAction(e -> vm.reload());
        Label problem = new Label();
        problem.setId("outboxProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        getChildren().addAll(table, new HBox(6, retry, cancel, reload), problem);
    }

    private static TableColumn<PushJob, String> column(String title, Function<PushJob, String> value, double width) {
        TableColumn<PushJob, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
