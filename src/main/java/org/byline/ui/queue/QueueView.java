package org.byline.ui.queue;

import java.io.File;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomTime;
import org.byline.domain.QueueOrder;
import org.byline.domain.Status;
import org.byline.i18n.Messages;
import org.byline.ui.fx.Labels;
import org.byline.ui.fx.NamedCell;
import org.byline.ui.fx.Notices;
import org.byline.ui.fx.SearchFields;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.TextFields;

/** The queue on the left: filters on top, a virtualised table of articles below. */
public final class QueueView extends VBox {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("MM.dd HH:mm").withZone(NewsroomTime.ZONE);

    private final TableView<ArticleSummary> table = new TableView<>();
    private final QueueViewModel vm;
    private Consumer<List<Long>> onExport = ids -> {};

    public QueueView(QueueViewModel vm, Messages m, LongConsumer onOpen) {
        this.vm = vm;
        getStyleClass().add("queue");
        setSpacing(6);
        setPadding(new Insets(8));

        ComboBox<Status> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(vm.statuses());
        status.setId("statusFilter");
        status.setAccessibleText(m.get("queue.status"));
        StringConverter<Status> statusNames = new StringConverter<>() {
            @Override
            public String toString(Status s) {
                return Labels.status(s, m);
            }

            @Override
            public Status fromString(String s) {
                return null;
            }
        };
        status.setConverter(statusNames);
        status.setButtonCell(new NamedCell<>(s -> Labels.status(s, m)));
        status.setCellFactory(l -> new NamedCell<>(s -> Labels.status(s, m)));
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());

        // ControlsFX: the list narrows as one types (a newsroom has many reporters, and sections)
        SearchableComboBox<String> section = new SearchableComboBox<>();
        section.setId("sectionFilter");
        section.setAccessibleText(m.get("queue.section"));
        SearchFields.inWords(section, m.get("queue.filter.search"));
        section.getItems().add(null);
        vm.sections().addListener((ListChangeListener<String>) c -> {
            section.getItems().setAll((String) null);
            section.getItems().addAll(vm.sections());
        });
        // while the list is narrowed "all" is not in it: the prompt and the button cell still name it
        section.setPromptText(m.get("queue.allSections"));
        section.setButtonCell(SearchFields.valueCell(section, s -> s == null ? m.get("queue.allSections") : s));
        section.setCellFactory(l -> new NamedCell<>(s -> s == null ? m.get("queue.allSections") : s));
        section.valueProperty().bindBidirectional(vm.sectionFilterProperty());

        Label count = new Label();
        count.setId("queueCount");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                "queue.count",
                                String.format("%,d", vm.totalProperty().get()),
                                vm.totalProperty().get()),
                        vm.totalProperty()));
        HBox filters = new HBox(6, status, section, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        ToggleButton desk = new ToggleButton(m.get("queue.desk"));
        desk.setId("deskQueue");
        desk.setTooltip(new Tooltip(m.get("queue.desk.tip")));
        desk.selectedProperty().bindBidirectional(vm.deskQueueProperty());
        SearchableComboBox<String> reporter = new SearchableComboBox<>();
        reporter.setId("reporterFilter");
        reporter.setAccessibleText(m.get("queue.reporter"));
        SearchFields.inWords(reporter, m.get("queue.filter.search"));
        reporter.getItems().add(null);
        vm.reporters().addListener((ListChangeListener<String>) c -> {
            reporter.getItems().setAll((String) null);
            reporter.getItems().addAll(vm.reporters());
        });
        reporter.setPromptText(m.get("queue.allReporters"));
        reporter.setButtonCell(SearchFields.valueCell(reporter, r -> r == null ? m.get("queue.allReporters") : r));
        reporter.setCellFactory(l -> new NamedCell<>(r -> r == null ? m.get("queue.allReporters") : r));
        reporter.valueProperty().bindBidirectional(vm.reporterFilterProperty());
        Button export = new Button(m.get("export.action"));
        export.setId("exportArticles");
        export.setTooltip(new Tooltip(m.get("export.action.tip")));
        export.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        export.setOnAction(e -> onExport.accept(selectedIds()));
        HBox deskRow = new HBox(6, desk, reporter, export);
        deskRow.setAlignment(Pos.CENTER_LEFT);

        DatePicker from = new DatePicker();
        from.setId("fromDay");
        from.setPromptText(m.get("queue.from"));
        from.setAccessibleText(m.get("queue.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.fromDayProperty());
        DatePicker until = new DatePicker();
        until.setId("untilDay");
        until.setPromptText(m.get("queue.until"));
        until.setAccessibleText(m.get("queue.until"));
        until.setPrefWidth(130);
        until.valueProperty().bindBidirectional(vm.untilDayProperty());
        HBox days = new HBox(6, from, new Label("~"), until);
        days.setAlignment(Pos.CENTER_LEFT);

        // ControlsFX: a search field with a clear button
        TextField search = TextFields.createClearableTextField();
        search.setId("queueSearch");
        search.setPromptText(m.get("queue.search"));
        search.setAccessibleText(m.get("queue.search"));
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        typing.setOnFinished(e -> vm.textProperty().set(search.getText()));

        table.setId("queue");
        table.setAccessibleText(m.get("queue.title"));
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("queue.empty")));
        // several rows (Ctrl/Shift+click) for exporting; a plain click opens the row
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ArticleSummary, String> headline = column(
                m.get("queue.headline"),
                QueueOrder.HEADLINE,
                r -> r.headline().isBlank() ? m.get("queue.untitled") : r.headline(),
                120);
        table.getColumns().add(headline);
        table.getColumns().add(column(m.get("queue.section"), QueueOrder.SECTION, ArticleSummary::section, 52));
        table.getColumns()
                .add(column(m.get("queue.status"), QueueOrder.STATUS, r -> Waiting.status(r, m, Instant.now()), 60));
        TableColumn<ArticleSummary, String> waiting =
                column(m.get("queue.waiting"), QueueOrder.SUBMITTED, r -> Waiting.since(r, m, Instant.now()), 64);
        waiting.visibleProperty().bind(vm.deskQueueProperty()); // only the desk's view has waiting articles
        table.getColumns().add(waiting);
        table.getColumns().add(column(m.get("queue.reporter"), QueueOrder.REPORTER, ArticleSummary::reporter, 64));
        table.getColumns().add(column(m.get("queue.updated"), QueueOrder.UPDATED, r -> WHEN.format(r.updatedAt()), 96));
        // the headline takes whatever width the other columns leave
        headline.prefWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(
                                120,
                                table.getWidth()
                                        - 18
                                        - table.getColumns().stream()
                                                .skip(1)
                                                .filter(TableColumn::isVisible)
                                                .mapToDouble(TableColumn::getMinWidth)
                                                .sum()),
                        table.widthProperty(),
                        waiting.visibleProperty()));
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<ArticleSummary, ?> first = t.getSortOrder().get(0);
                vm.sortBy((QueueOrder) first.getUserData(), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true; // the store sorts; the table never reorders rows itself
        });
        table.setRowFactory(t -> {
            TableRow<ArticleSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && row.getItem() != null && !e.isShortcutDown() && !e.isShiftDown()) {
                    onOpen.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                ArticleSummary s = table.getSelectionModel().getSelectedItem();
                if (s != null) {
                    onOpen.accept(s.id());
                }
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        // countdowns (waiting, embargo) move on by themselves
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> table.refresh()));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
        getChildren().addAll(search, filters, deskRow, days, table);
    }

    /** What 내보내기 does with the ids of the selected rows. */
    public void setOnExport(Consumer<List<Long>> onExport) {
        this.onExport = onExport;
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull)
                .map(ArticleSummary::id)
                .toList();
    }

    /**
     * Files dropped anywhere on the queue are imported as new articles; what is happening and
     * what failed shows under the table.
     */
    public void acceptImports(ImportViewModel imports, Messages m) {
        Label busy = new Label();
        busy.setId("importBusy");
        busy.textProperty().bind(imports.busyProperty());
        busy.managedProperty().bind(busy.textProperty().isNotEmpty());
        Label problem = new Label();
        problem.setId("importProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(imports.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        getChildren().addAll(busy, problem);
        // the import runs on while one writes; when it ends a notice says so at the window's corner
        imports.setOnDone(o -> Notices.show(
                this,
                m.get("queue.import.noticeTitle"),
                o.problems().isEmpty()
                        ? m.get("queue.import.done", o.imported())
                        : m.get(
                                "queue.import.someFailed",
                                o.imported(),
                                o.problems().size()),
                !o.problems().isEmpty()));
        // said where the queue is empty, not as a tooltip that covers the rows at every hover
        Label empty = new Label(m.get("queue.empty") + "\n\n" + m.get("queue.import.tip"));
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setPadding(new Insets(12));
        table.setPlaceholder(empty);
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                imports.importFiles(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Marks the open article's row, when it is among the rows read so far. */
    public void select(long articleId) {
        int index = vm.indexOf(articleId);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
        }
    }

    private static TableColumn<ArticleSummary, String> column(
            String title, QueueOrder order, Function<ArticleSummary, String> value, double width) {
        TableColumn<ArticleSummary, String> column = new TableColumn<>(title);
        column.setUserData(order);
        // wide enough for its title in either language, plus the sort arrow
        double fit = Math.max(width, new Text(title).getLayoutBounds().getWidth() + 28);
        column.setPrefWidth(fit);
        column.setMinWidth(fit);
        column.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? "…" : value.apply(c.getValue())));
        return column;
    }
}
