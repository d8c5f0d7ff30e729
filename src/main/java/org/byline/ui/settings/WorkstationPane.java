package org.byline.ui.settings;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.byline.i18n.Messages;

/** The 이 컴퓨터 tab: the window's language and where the store and its backups are. */
final class WorkstationPane {
    private WorkstationPane() {}

    static VBox of(WorkstationViewModel vm, Messages m) {
        ChoiceBox<WorkstationViewModel.Language> language = new ChoiceBox<>();
        language.setId("language");
        language.setAccessibleText(m.get("settings.workstation.language"));
        language.getItems().setAll(WorkstationViewModel.Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkstationViewModel.Language l) {
                return l == null
                        ? ""
                        : switch (l) {
                            case SYSTEM -> m.get("settings.workstation.system");
                            case KOREAN -> "한국어";
                            case ENGLISH -> "English";
                        };
            }

            @Override
            public WorkstationViewModel.Language fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("settings.workstation.language")), language);
        grid.addRow(
                1,
                new Label(m.get("settings.workstation.dataDirectory")),
                path("dataDirectoryPath", vm.dataDirectory(), m));
        grid.addRow(2, new Label(m.get("settings.workstation.backups")), path("backupsPath", vm.backupsFolder(), m));
        Label note = new Label(m.get("settings.workstation.note"));
        note.setWrapText(true);
        Label said = new Label();
        said.setId("workstationSaid");
        said.textProperty().bind(vm.saidProperty());
        VBox pane = new VBox(10, grid, note, said);
        // a bidirectional binding holds both sides weakly, and nothing else here held the view
        // model: after a garbage collection a language chosen in the box reached no one and was
        // silently not saved. The pane keeps its view model as long as it is shown.
        pane.getProperties().put(WorkstationViewModel.class, vm);
        return pane;
    }

    /** Read-only but selectable, so the path can be copied into a file manager. */
    private static TextField path(String id, String path, Messages m) {
        TextField field = new TextField(path);
        field.setId(id);
        field.setEditable(false);
        field.setAccessibleText(path);
        field.setPrefColumnCount(34);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
