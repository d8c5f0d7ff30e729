package org.byline.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.byline.domain.Section;
import org.byline.i18n.Messages;
import org.byline.ui.fx.NamedCell;

/**
 * The settings window's sections: the site's menu in order, to add, rename, move, retire or
 * restore one. A section is never deleted: old articles keep theirs.
 */
final class SectionsPane {
    private SectionsPane() {}

    /** The site's sections in menu order: add, rename, move up or down, retire or restore. */
    static VBox of(SettingsViewModel vm, Messages m) {
        ListView<Section> list = new ListView<>(vm.sections());
        list.setId("sectionList");
        list.setAccessibleText(m.get("settings.tab.sections"));
        list.setPrefHeight(150);
        list.setCellFactory(
                l -> new NamedCell<>(s -> s.retired() ? m.get("settings.sections.retiredName", s.name()) : s.name()));
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
        vm.sections().addListener((ListChangeListener<Section>) c -> vm.sections().stream()
                .filter(s -> s.name().equals(keep[0]))
                .findFirst()
                .ifPresent(s -> {
                    list.getSelectionModel().select(s);
                    list.scrollTo(s);
                }));
        var locked = vm.mayChangeProperty().not();
        var noneSelected = selected.isNull().or(locked);
        Button add = sectionButton(
                "addSection",
                m.get("settings.sections.add"),
                locked.or(name.textProperty().isEmpty()),
                () -> vm.changeSections(
                        SettingsViewModel.SectionChange.ADD,
                        keep[0] = name.getText().strip(),
                        null));
        Button rename = sectionButton(
                "renameSection",
                m.get("settings.sections.rename"),
                noneSelected.or(name.textProperty().isEmpty()),
                () -> vm.changeSections(
                        SettingsViewModel.SectionChange.RENAME,
                        selected.get().name(),
                        keep[0] = name.getText().strip()));
        Button up = sectionButton(
                "sectionUp",
                "▲",
                noneSelected,
                () -> vm.changeSections(
                        SettingsViewModel.SectionChange.UP,
                        keep[0] = selected.get().name(),
                        null));
        up.setAccessibleText(m.get("settings.sections.up"));
        Button down = sectionButton(
                "sectionDown",
                "▼",
                noneSelected,
                () -> vm.changeSections(
                        SettingsViewModel.SectionChange.DOWN,
                        keep[0] = selected.get().name(),
                        null));
        down.setAccessibleText(m.get("settings.sections.down"));
        Button retire = sectionButton(
                "retireSection",
                m.get("settings.sections.retire"),
                noneSelected,
                () -> vm.changeSections(
                        selected.get().retired()
                                ? SettingsViewModel.SectionChange.RESTORE
                                : SettingsViewModel.SectionChange.RETIRE,
                        keep[0] = selected.get().name(),
                        null));
        retire.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> selected.get() != null && selected.get().retired()
                                ? m.get("settings.sections.restore")
                                : m.get("settings.sections.retire"),
                        selected));
        HBox.setHgrow(name, Priority.ALWAYS);
        Label why = new Label(m.get("settings.sections.note"));
        why.setWrapText(true);
        return new VBox(6, list, new HBox(6, name, add, rename, up, down, retire), why);
    }

    private static Button sectionButton(String id, String text, ObservableBooleanValue disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }
}
