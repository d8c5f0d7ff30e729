package org.byline.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.ui.fx.NamedCell;
import org.byline.ui.fx.Theme;

/** The settings window (admin): the outlet's words on every page, the photo limit, the profiles, the sites. */
public final class SettingsView {
    private SettingsView() {
    }

    public static void show(Window owner, SettingsViewModel vm, WorkstationViewModel workstation, Messages m) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.initOwner(owner);
        dialog.setTitle(m.get("app.title") + " - " + m.get("settings.title"));
        dialog.setHeaderText(m.get("settings.title"));
        Theme.apply(dialog.getDialogPane());

        GridPane outletFields = grid();
        GridPane lengthFields = grid();
        // the keys arrive from the store, and change when a section is added or renamed
        javafx.collections.ListChangeListener<String> layout = c -> {
            outletFields.getChildren().clear();
            lengthFields.getChildren().clear();
            for (String key : vm.keys()) {
                GridPane into = key.startsWith("manuscript.") ? lengthFields : outletFields;
                Label label = new Label(label(key, m));
                label.setMinWidth(Label.USE_PREF_SIZE); // a label is read whole; the field takes what is left
                into.addRow(into.getRowCount(), label, field(key, vm, m));
            }
        };
        vm.keys().addListener(layout);
        layout.onChanged(null);
        Button save = new Button(m.get("settings.save"));
        save.setId("saveSettings");
        save.disableProperty().bind(vm.mayChangeProperty().not());
        save.setOnAction(e -> vm.save());

        ListView<Person> people = new ListView<>(vm.people());
        people.setId("profiles");
        people.setAccessibleText(m.get("settings.tab.people"));
        people.setPrefHeight(120);
        people.setCellFactory(l -> new NamedCell<>(p -> p.name() + " · " + role(p.role(), m) + (p.email().isBlank() ? "" : " · " + p.email())));
        TextField name = new TextField();
        name.setId("newPersonName");
        name.setPromptText(m.get("welcome.name"));
        name.setAccessibleText(m.get("welcome.name"));
        TextField email = new TextField();
        email.setId("newPersonEmail");
        email.setPromptText(m.get("welcome.email"));
        email.setAccessibleText(m.get("welcome.email"));
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newPersonRole");
        role.setAccessibleText(m.get("settings.role"));
        role.getItems().setAll(Role.values());
        // the cells first: a button cell given after the value shows nothing until the value changes
        role.setCellFactory(l -> new NamedCell<>(r -> role(r, m)));
        role.setButtonCell(new NamedCell<>(r -> role(r, m)));
        role.setValue(Role.REPORTER);
        PasswordField password = new PasswordField();
        password.setId("newPersonPassword");
        password.setPromptText(m.get("profile.password"));
        password.setAccessibleText(m.get("profile.password"));
        password.visibleProperty().bind(role.valueProperty().isNotEqualTo(Role.REPORTER));
        password.managedProperty().bind(password.visibleProperty()); // hidden, it leaves its room to the others
        Button add = new Button(m.get("settings.addPerson"));
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setId("addPerson");
        add.disableProperty().bind(vm.mayChangeProperty().not().or(name.textProperty().isEmpty()));
        add.setOnAction(e -> {
            vm.addPerson(name.getText(), email.getText(), role.getValue(), password.getText().toCharArray());
            name.clear();
            email.clear();
            password.clear();
        });
        HBox newPerson = new HBox(6, name, email, role, password, add);

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

        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                tab("outletTab", m.get("settings.tab.outlet"), outletFields),
                tab("sectionsTab", m.get("settings.tab.sections"), new VBox(10, sectionsPane(vm, m), lengthFields)),
                tab("peopleTab", m.get("settings.tab.people"), new VBox(10, people, newPerson)),
                tab("sitesTab", m.get("settings.tab.sites"), SitesPane.of(vm, m)),
                tab("workstationTab", m.get("settings.tab.workstation"), WorkstationPane.of(workstation, m)));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(10, note, tabs, save, problem, done);
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

    private static javafx.scene.control.Control field(String key, SettingsViewModel vm, Messages m) {
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
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : switch (code) {
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

    private static javafx.scene.control.Tab tab(String id, String title, javafx.scene.Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    /** The site's sections in menu order: add, rename, move up or down, retire or restore. */
    private static VBox sectionsPane(SettingsViewModel vm, Messages m) {
        ListView<org.byline.domain.Section> list = new ListView<>(vm.sections());
        list.setId("sectionList");
        list.setAccessibleText(m.get("settings.tab.sections"));
        list.setPrefHeight(150);
        list.setCellFactory(l -> new NamedCell<>(s -> s.retired() ? m.get("settings.sections.retiredName", s.name()) : s.name()));
        TextField name = new TextField();
        name.setId("sectionName");
        name.setPromptText(m.get("settings.sections.name"));
        name.setAccessibleText(m.get("settings.sections.name"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                name.setText(b.name());
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        // the list is read again after each change: the section just changed stays selected
        String[] keep = {null};
        vm.sections().addListener((javafx.collections.ListChangeListener<org.byline.domain.Section>) c ->
                vm.sections().stream().filter(s -> s.name().equals(keep[0])).findFirst().ifPresent(s -> {
                    list.getSelectionModel().select(s);
                    list.scrollTo(s);
                }));
        var locked = vm.mayChangeProperty().not();
        var noneSelected = selected.isNull().or(locked);
        Button add = sectionButton("addSection", m.get("settings.sections.add"), locked.or(name.textProperty().isEmpty()),
                () -> vm.changeSections(SettingsViewModel.SectionChange.ADD, keep[0] = name.getText().strip(), null));
        Button rename = sectionButton("renameSection", m.get("settings.sections.rename"), noneSelected.or(name.textProperty().isEmpty()),
                () -> vm.changeSections(SettingsViewModel.SectionChange.RENAME, selected.get().name(), keep[0] = name.getText().strip()));
        Button up = sectionButton("sectionUp", "▲", noneSelected,
                () -> vm.changeSections(SettingsViewModel.SectionChange.UP, keep[0] = selected.get().name(), null));
        up.setAccessibleText(m.get("settings.sections.up"));
        Button down = sectionButton("sectionDown", "▼", noneSelected,
                () -> vm.changeSections(SettingsViewModel.SectionChange.DOWN, keep[0] = selected.get().name(), null));
        down.setAccessibleText(m.get("settings.sections.down"));
        Button retire = sectionButton("retireSection", m.get("settings.sections.retire"), noneSelected,
                () -> vm.changeSections(selected.get().retired() ? SettingsViewModel.SectionChange.RESTORE
                        : SettingsViewModel.SectionChange.RETIRE, keep[0] = selected.get().name(), null));
        retire.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> selected.get() != null && selected.get().retired()
                ? m.get("settings.sections.restore") : m.get("settings.sections.retire"), selected));
        HBox.setHgrow(name, Priority.ALWAYS);
        Label why = new Label(m.get("settings.sections.note"));
        why.setWrapText(true);
        return new VBox(6, list, new HBox(6, name, add, rename, up, down, retire), why);
    }

    private static Button sectionButton(String id, String text, javafx.beans.value.ObservableBooleanValue disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
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
            default -> key.startsWith("manuscript.target.")
                    ? m.get("settings.manuscript.target", key.substring("manuscript.target.".length()))
                    : key;
        };
    }

    private static String role(Role role, Messages m) {
        return switch (role) {
            case REPORTER -> m.get("role.reporter");
            case DESK -> m.get("role.desk");
            case ADMIN -> m.get("role.admin");
        };
    }
}
