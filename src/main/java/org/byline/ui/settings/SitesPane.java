package org.byline.ui.settings;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.byline.domain.Site;
import org.byline.domain.SiteType;
import org.byline.i18n.Messages;
import org.byline.newsroom.Sites;
import org.byline.ui.fx.FieldChecks;
import org.byline.ui.fx.NamedCell;
import org.controlsfx.validation.ValidationSupport;

/**
 * The settings window's sites tab: the sites articles are pushed to, as the command line's
 * {@code sites list} shows them (never the secret), and a form to add or remove one.
 */
final class SitesPane {
    private SitesPane() {}

    static VBox of(SettingsViewModel vm, Messages m) {
        ListView<Site> list = new ListView<>(vm.sites());
        list.setId("siteList");
        list.setAccessibleText(m.get("settings.sites.list"));
        list.setPrefHeight(120);
        list.setCellFactory(l -> new NamedCell<>(s -> s.name() + " · " + type(s.type(), m) + " · " + s.url()
                + (s.user().isEmpty() ? "" : " · " + s.user())));
        BooleanBinding locked = vm.mayChangeProperty().not();

        TextField name = field("siteName", m.get("settings.sites.name"), locked);
        name.textProperty().bindBidirectional(vm.siteName());
        ComboBox<SiteType> type = new ComboBox<>();
        type.setId("siteType");
        type.setAccessibleText(m.get("settings.sites.type"));
        type.getItems().setAll(SiteType.values());
        type.valueProperty().bindBidirectional(vm.siteType());
        type.setCellFactory(l -> new NamedCell<>(t -> type(t, m)));
        type.setButtonCell(new NamedCell<>(t -> type(t, m)));
        type.disableProperty().bind(locked);
        TextField url = field("siteUrl", m.get("settings.sites.url"), locked);
        url.textProperty().bindBidirectional(vm.siteUrl());
        HBox.setHgrow(url, Priority.ALWAYS);
        TextField user = field("siteUser", m.get("settings.sites.user"), locked);
        user.textProperty().bindBidirectional(vm.siteUser());
        PasswordField secret = new PasswordField();
        secret.setId("siteSecret");
        secret.setPromptText(m.get("settings.sites.secret"));
        secret.setAccessibleText(m.get("settings.sites.secret"));
        secret.editableProperty().bind(vm.mayChangeProperty());
        HBox.setHgrow(secret, Priority.ALWAYS);

        Button add = new Button(m.get("settings.sites.add"));
        add.setId("addSite");
        add.disableProperty().bind(locked);
        add.setOnAction(e -> {
            // the field's text is a String JavaFX keeps; the copy handed on is overwritten once used
            vm.addSite(secret.getText().toCharArray());
            secret.clear();
        });
        Button remove = new Button(m.get("settings.sites.remove"));
        remove.setId("removeSite");
        var selected = list.getSelectionModel().selectedItemProperty();
        remove.disableProperty().bind(locked.or(selected.isNull()));
        remove.setOnAction(e -> vm.removeSite(selected.get().name()));

        Label note = new Label(m.get("settings.sites.note"));
        note.setWrapText(true);
        // the address is checked as typed, by the rule that refuses it when the site is added
        ValidationSupport checks = new ValidationSupport();
        checks.registerValidator(url, false, FieldChecks.ofTyped(Sites::checkedUrl, m));
        return new VBox(
                6,
                list,
                new HBox(6, name, type, url),
                new HBox(6, user, secret, add),
                FieldChecks.summary(checks, "siteCheck", url),
                remove,
                note);
    }

    private static TextField field(String id, String label, BooleanBinding locked) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(label);
        field.setAccessibleText(label);
        field.editableProperty().bind(locked.not());
        return field;
    }

    private static String type(SiteType type, Messages m) {
        return switch (type) {
            case WORDPRESS -> m.get("settings.sites.type.wordpress");
            case NINJS -> m.get("settings.sites.type.ninjs");
        };
    }
}
