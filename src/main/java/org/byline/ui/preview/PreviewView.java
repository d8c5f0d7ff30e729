package org.byline.ui.preview;

import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
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
        getTabs().addAll(pageTab, teaserTab);
        pageTab.setContent(web);
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            a.setContent(null);
            b.setContent(web);
            show();
        });
        vm.pageHtmlProperty().addListener((o, a, b) -> show());
        vm.teaserHtmlProperty().addListener((o, a, b) -> show());
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
