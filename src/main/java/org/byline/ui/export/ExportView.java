package org.byline.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.byline.i18n.Messages;
import org.byline.newsroom.Exports.Format;
import org.byline.ui.fx.NamedCell;
import org.byline.ui.fx.Theme;

/** The 내보내기 window: format, folder, unapproved too, then a progress bar and one line per article. */
public final class ExportView extends VBox {
    /**
     * Asks where to export. The window's own chooser cannot be driven headless, so tests hand in
     * a folder through this instead; everything after the choice is the same code.
     */
    @FunctionalInterface
    public interface FolderChoice {
        Optional<Path> choose(Window owner, Path current);
    }

    /** The system's folder dialog. */
    public static FolderChoice systemChooser(Messages m) {
        return (owner, current) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("app.title") + " - " + m.get("export.chooseFolder"));
            if (current != null && current.toFile().isDirectory()) {
                chooser.setInitialDirectory(current.toFile());
            }
            File chosen = chooser.showDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    public ExportView(ExportViewModel vm, Messages m, FolderChoice folders, Runnable close) {
        setId("exportView");
        setSpacing(10);
        setPadding(new Insets(14));
        setPrefWidth(560);

        Label header = new Label(m.get("export.header", vm.ids().size()));
        header.getStyleClass().add("title-4");

        ComboBox<Format> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(vm.formats());
        format.setCellFactory(l -> new NamedCell<>(vm::name));
        format.setButtonCell(new NamedCell<>(vm::name));
        format.valueProperty().bindBidirectional(vm.formatProperty());

        TextField folder = new TextField();
        folder.setId("exportFolder");
        folder.setEditable(false);
        folder.setPrefColumnCount(28);
        folder.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.folderProperty().get() == null
                                ? ""
                                : vm.folderProperty().get().toString(),
                        vm.folderProperty()));
        Button choose = new Button(m.get("export.chooseFolder"));
        choose.setId("chooseExportFolder");
        choose.setOnAction(
                e -> folders.choose(getScene().getWindow(), vm.folderProperty().get())
                        .ifPresent(vm.folderProperty()::set));
        HBox.setHgrow(folder, Priority.ALWAYS);

        CheckBox drafts = new CheckBox(m.get("export.drafts"));
        drafts.setId("exportDrafts");
        drafts.selectedProperty().bindBidirectional(vm.draftsProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("export.format")), format);
        form.addRow(1, new Label(m.get("export.folder")), new HBox(6, folder, choose));
        form.add(drafts, 1, 2);

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());

        ListView<String> results = new ListView<>(vm.results());
        results.setId("exportResults");
        results.setPrefHeight(160);
        results.setPlaceholder(new Label(""));
        VBox.setVgrow(results, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        Button start = new Button(m.get("export.start"));
        start.setId("startExport");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.busyProperty());
        start.setOnAction(e -> vm.start());
        Button done = new Button(m.get("export.close"));
        done.setId("closeExport");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        HBox buttons = new HBox(8, summary, new HBox(), start, done);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        format.disableProperty().bind(vm.busyProperty());
        choose.disableProperty().bind(vm.busyProperty());
        drafts.disableProperty().bind(vm.busyProperty());
        getChildren().addAll(header, form, progress, results, buttons);
    }

    /** Opens the window over {@code owner}; it stays open to show the outcome until closed. */
    public static Stage show(Window owner, ExportViewModel vm, Messages m, FolderChoice folders) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("app.title") + " - " + m.get("export.title"));
        ExportView view = new ExportView(vm, m, folders, stage::close);
        Theme.apply(view);
        Theme.apply(stage);
        stage.setScene(new Scene(view));
        stage.show();
        return stage;
    }
}
