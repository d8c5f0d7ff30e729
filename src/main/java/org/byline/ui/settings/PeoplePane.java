package org.byline.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.byline.newsroom.Staff;
import org.byline.ui.fx.FieldChecks;
import org.byline.ui.fx.NamedCell;
import org.controlsfx.validation.ValidationSupport;

/** The settings window's people: every profile with its role, and a form to add one. */
final class PeoplePane {
    private PeoplePane() {}

    static VBox of(SettingsViewModel vm, Messages m) {
        ListView<Person> people = new ListView<>(vm.people());
        people.setId("profiles");
        people.setAccessibleText(m.get("settings.tab.people"));
        people.setPrefHeight(120);
        people.setCellFactory(l -> new NamedCell<>(
                p -> p.name() + " · " + m.role(p.role()) + (p.email().isBlank() ? "" : " · " + p.email())));
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
        role.setCellFactory(l -> new NamedCell<>(r -> m.role(r)));
        role.setButtonCell(new NamedCell<>(r -> m.role(r)));
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
        add.disableProperty()
                .bind(vm.mayChangeProperty().not().or(name.textProperty().isEmpty()));
        add.setOnAction(e -> {
            vm.addPerson(
                    name.getText(),
                    email.getText(),
                    role.getValue(),
                    password.getText().toCharArray());
            name.clear();
            email.clear();
            password.clear();
        });
        // what is typed is checked as typed, by the rules that refuse it when the profile is added
        ValidationSupport checks = new ValidationSupport();
        checks.registerValidator(name, false, FieldChecks.ofTyped(Staff::checkName, m));
        checks.registerValidator(email, false, FieldChecks.ofTyped(Staff::checkEmail, m));
        return new VBox(
                10,
                people,
                new HBox(6, name, email, role, password, add),
                FieldChecks.summary(checks, "personCheck", name, email));
    }
}
