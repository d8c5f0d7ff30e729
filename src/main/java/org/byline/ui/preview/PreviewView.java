package org.byline.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.byline.domain.Finding;
import org.byline.i18n.Messages;

/**
 * The article as the site shows it, in the one WebView (JavaScript off). A second tab shows the
 * teaser on the section front. Updates patch the page in place, so the scroll position holds.
 */
public final class PreviewView extends TabPane {
    private final WebView web = new WebView();
    private final Tab pageTab;
    private final Tab teaserTab;
    private final PreviewViewModel vm;
    private String shownKind = "";
    private final List<Tab> otherTabs = new ArrayList<>();
    private Consumer<Finding> onFinding = f -> {};

    public PreviewView(PreviewViewModel vm, Messages m) {
        this.vm = vm;
        setId("previewTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        web.setId("preview");
        web.setContextMenuEnabled(false);
        web.getEngine().setJavaScriptEnabled(false);
        web.setAccessibleText(m.get("preview.page"));
        pageTab = new Tab(m.get("preview.page"));
        pageTab.setId("pageTab");
        teaserTab = new Tab(m.get("preview.teaser"));
        teaserTab.setId("teaserTab");
        Tab styleTab = new Tab();
        styleTab.setId("styleTab");
        styleTab.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get("preview.style", vm.findings().size()), vm.findings()));
        styleTab.setContent(findingsPane(vm, m));
        getTabs().addAll(pageTab, teaserTab, styleTab);
        pageTab.setContent(web);
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == styleTab || otherTabs.contains(b)) {
                return; // the one WebView stays where it is
            }
            if (a != styleTab && !otherTabs.contains(a)) {
                a.setContent(null);
            }
            b.setContent(web);
            show();
        });
        vm.pageHtmlProperty().addListener((o, a, b) -> show());
        vm.teaserHtmlProperty().addListener((o, a, b) -> show());
    }

    /** F5: the article page. */
    public void showPage() {
        getSelectionModel().select(pageTab);
    }

    /** F7 (the spelling key of Word and 한글): the house style findings. */
    public void showStyle() {
        getTabs().stream().filter(t -> "styleTab".equals(t.getId())).findFirst().ifPresent(getSelectionModel()::select);
    }

    /** Adds a tab that is not a page (기록); the WebView stays in the page tabs. */
    public Tab addTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        otherTabs.add(tab);
        getTabs().add(tab);
        return tab;
    }

    /** Called with a finding the user picked, to show its place in the editor. */
    public void setOnFindingChosen(Consumer<Finding> action) {
        this.onFinding = action;
    }

    private Node findingsPane(PreviewViewModel vm, Messages m) {
        ListView<Finding> list = new ListView<>(vm.findings());
        list.setId("findings");
        list.setAccessibleText(m.get("preview.style.list"));
        list.setPlaceholder(new Label(m.get("style.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || f == null ? null : "[" + fieldName(f.field(), m) + "] " + f.message());
            }
        });
        list.setOnMouseClicked(e -> choose(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.styleProblemProperty());
        problem.visibleProperty().bind(vm.styleProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = new Label(m.get("style.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(6, problem, list, hint);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private static String fieldName(String field, Messages m) {
        return switch (field) {
            case "headline" -> m.get("style.field.headline");
            case "subheadline" -> m.get("style.field.subheadline");
            default -> m.get("style.field.body");
        };
    }

    private void choose(Finding f) {
        if (f != null) {
            onFinding.accept(f);
        }
    }

    public WebEngine engine() {
        return web.getEngine();
    }

    private void show() {
        boolean page = getSelectionModel().getSelectedItem() == pageTab;
        ObservableStringValue html = page ? vm.pageHtmlProperty() : vm.teaserHtmlProperty();
        String kind = page ? "page" : "teaser";
        if (html.get().isEmpty()) {
            return;
        }
        WebEngine engine = web.getEngine();
        boolean loaded = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED && engine.getDocument() != null;
        if (loaded && kind.equals(shownKind)) {
            DomPatch.replaceBody(engine.getDocument(), html.get());
        } else {
            shownKind = kind;
            String file = page ? vm.pageFile() : vm.teaserFile();
            if (file != null) {
                engine.load(file);
            } else {
                engine.loadContent(html.get(), "text/html");
            }
        }
    }
}
