package org.byline.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import org.byline.ui.fx.Theme;

/** The settings window (admin): the outlet's words on every page, the photo limit, the profiles. */
public final class SettingsView {
    private SettingsView() {
    }

    public static void show(Window owner, SettingsViewModel vm, Messages m) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.initOwner(owner);
        dialog.setTitle(m.get("app.title") + " - " + m.get("settings.title"));
        dialog.setHeaderText(m.get("settings.title"));
        Theme.apply(dialog.getDialogPane());

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        int row = 0;
        for (String key : vm.keys()) {
            TextField field = new TextField();
            field.setId("setting-" + key.replace('.', '-'));
            field.setAccessibleText(label(key, m));
            field.setPrefColumnCount(28);
            field.textProperty().bindBidirectional(vm.value(key));
            field.editableProperty().bind(vm.mayChangeProperty());
            fields.addRow(row++, new Label(label(key, m)), field);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        Button save = new Button(m.get("settings.save"));
        save.setId("saveSettings");
        save.disableProperty().bind(vm.mayChangeProperty().not());
        save.setOnAction(e -> vm.save());

        ListView<Person> people = new ListView<>(vm.people());
        people.setId("profiles");
        people.setPrefHeight(120);
        people.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + " · " + role(p.role(), m) + (p.email().isBlank() ? "" : " · " + p.email()));
            }
        });
        TextField name = new TextField();
        name.setId("newPersonName");
        name.setPromptText(m.get("welcome.name"));
        TextField email = new TextField();
        email.setId("newPersonEmail");
        email.setPromptText(m.get("welcome.email"));
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newPersonRole");
        role.getItems().setAll(Role.values());
        role.setValue(Role.REPORTER);
        role.setCellFactory(l -> new RoleCell(m));
        role.setButtonCell(new RoleCell(m));
        PasswordField password = new PasswordField();
        password.setId("newPersonPassword");
        password.setPromptText(m.get("profile.password"));
        password.visibleProperty().bind(role.valueProperty().isNotEqualTo(Role.REPORTER));
        Button add = new Button(m.get("settings.addPerson"));
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

        VBox content = new VBox(10, note, fields, save, new Label(m.get("settings.people")), people, newPerson, problem, done);
        content.setPadding(new Insets(8));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.show();
    }

    private static String label(String key, Messages m) {
        return switch (key) {
            case "outlet.name" -> m.get("settings.outlet.name");
            case "outlet.masthead" -> m.get("settings.outlet.masthead");
            case "outlet.site" -> m.get("settings.outlet.site");
            case "outlet.footer" -> m.get("settings.outlet.footer");
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

    private static final class RoleCell extends ListCell<Role> {
        private final Messages m;

        RoleCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Role r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : role(r, m));
        }
    }
}
