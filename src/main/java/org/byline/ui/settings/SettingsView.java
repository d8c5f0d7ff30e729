package org.byline.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.byline.i18n.Messages;
import org.byline.ui.fx.FieldChecks;
import org.byline.ui.fx.Theme;
import org.controlsfx.validation.ValidationSupport;

/**
 * The settings window (admin; others read): the outlet's words on every page and the photo
 * limit, then a tab each for sections and 원고지, people, sites and this computer.
 */
public final class SettingsView {
    private SettingsView() {}

    public static void show(Window owner, SettingsViewModel vm, WorkstationViewModel workstation, Messages m) {
        Alert dialog = new Alert(
                Alert.AlertType.NONE, "", new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.initOwner(owner);
        dialog.setTitle(m.get("app.title") + " - " + m.get("settings.title"));
        dialog.setHeaderText(m.get("settings.title"));
        Theme.apply(dialog.getDialogPane());

        GridPane outletFields = grid();
        GridPane lengthFields = grid();
        // the keys arrive from the store, and change when a section is added or renamed
        // what each field holds is checked as typed, by the rule that refuses it on save; the
        // line under the save button says the first thing wrong, the mark at the field says why
        Label check = new Label();
        check.setId("settingsCheck");
        check.getStyleClass().add("problem");
        check.setWrapText(true);
        check.setMinHeight(Region.USE_PREF_SIZE);
        check.managedProperty().bind(check.textProperty().isNotEmpty());
        ListChangeListener<String> layout = c -> {
            outletFields.getChildren().clear();
            lengthFields.getChildren().clear();
            // the fields are made anew, and so are their checks: the old fields' marks go with them
            ValidationSupport checks = new ValidationSupport();
            List<Control> checked = new ArrayList<>();
            for (String key : vm.keys()) {
                GridPane into = key.startsWith("manuscript.") ? lengthFields : outletFields;
                Label label = new Label(label(key, m));
                label.setMinWidth(Label.USE_PREF_SIZE); // a label is read whole; the field takes what is left
                Control field = field(key, vm, m);
                if (field instanceof TextField text) {
                    checks.registerValidator(text, false, FieldChecks.ofTyped(v -> vm.check(key, v), m));
                    checked.add(text);
                }
                into.addRow(into.getRowCount(), label, field);
            }
            check.textProperty().bind(FieldChecks.firstError(checks, checked.toArray(Control[]::new)));
        };
        vm.keys().addListener(layout);
        layout.onChanged(null);
        Button save = new Button(m.get("settings.save"));
        save.setId("saveSettings");
        save.disableProperty().bind(vm.mayChangeProperty().not());
        save.setOnAction(e -> vm.save());

        Label note = new Label(m.get("settings.adminOnly"));
        note.setWrapText(true);
        note.visibleProperty().bind(vm.mayChangeProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        Label problem = new Label();
        problem.setId("settingsProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Label done = new Label();
        done.setId("settingsDone");
        done.textProperty().bind(vm.doneProperty());

        TabPane tabs = new TabPane(
                tab("outletTab", m.get("settings.tab.outlet"), outletFields),
                tab("sectionsTab", m.get("settings.tab.sections"), new VBox(10, SectionsPane.of(vm, m), lengthFields)),
                tab("peopleTab", m.get("settings.tab.people"), PeoplePane.of(vm, m)),
                tab("sitesTab", m.get("settings.tab.sites"), SitesPane.of(vm, m)),
                tab("workstationTab", m.get("settings.tab.workstation"), WorkstationPane.of(workstation, m)));
        if (workstation.newsroom() != null) {
            // this computer's link to a newsroom server: its own tab, beside 이 컴퓨터
            tabs.getTabs()
                    .add(tab(
                            "newsroomTab",
                            m.get("settings.newsroom.title"),
                            NewsroomLinkPane.of(workstation.newsroom(), m)));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(10, note, tabs, save, check, problem, done);
        content.setPadding(new Insets(8));
        content.setPrefWidth(680);
        dialog.getDialogPane().setContent(content);
        dialog.show();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 0, 0, 0));
        return grid;
    }

    private static Control field(String key, SettingsViewModel vm, Messages m) {
        if (key.equals("outlet.leadStyle")) {
            return leadStyle(vm, m);
        }
        TextField field = new TextField();
        field.setId("setting-" + key.replace('.', '-'));
        field.setAccessibleText(label(key, m));
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(vm.value(key));
        field.editableProperty().bind(vm.mayChangeProperty());
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** The byline lead's form, shown as it prints: [TV서울=홍길동 기자], (TV서울=홍길동 기자), none. */
    private static ComboBox<String> leadStyle(SettingsViewModel vm, Messages m) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("setting-outlet-leadStyle");
        box.setAccessibleText(m.get("settings.outlet.leadStyle"));
        box.getItems().setAll("bracket", "paren", "none");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null
                        ? ""
                        : switch (code) {
                            case "bracket" -> m.get("settings.outlet.leadStyle.bracket");
                            case "paren" -> m.get("settings.outlet.leadStyle.paren");
                            case "none" -> m.get("settings.outlet.leadStyle.none");
                            default -> code;
                        };
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(vm.value("outlet.leadStyle"));
        box.disableProperty().bind(vm.mayChangeProperty().not());
        return box;
    }

    private static Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    private static String label(String key, Messages m) {
        return switch (key) {
            case "outlet.name" -> m.get("settings.outlet.name");
            case "outlet.masthead" -> m.get("settings.outlet.masthead");
            case "outlet.site" -> m.get("settings.outlet.site");
            case "outlet.footer" -> m.get("settings.outlet.footer");
            case "outlet.leadStyle" -> m.get("settings.outlet.leadStyle");
            case "photos.maxMegabytes" -> m.get("settings.photos.maxMegabytes");
            case "manuscript.sheet" -> m.get("settings.manuscript.sheet");
            default ->
                key.startsWith("manuscript.target.")
                        ? m.get("settings.manuscript.target", key.substring("manuscript.target.".length()))
                        : key;
        };
    }
}
