package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import java.util.function.Function;
import java.util.function.Predicate;
import org.w3c.dom.Document;

/** The article's page as the site will show it, read from the preview's DOM. */
final class PreviewPage {
    private final RunningByline byline;

    PreviewPage(RunningByline byline) {
        this.byline = byline;
    }

    /** The text of the page's element with this id (headline, body, byline, modified …), or null. */
    String text(String id) throws Exception {
        return byline.previewText(id);
    }

    <T> T read(Function<Document, T> read) throws Exception {
        return byline.fromPreview(read);
    }

    /** The whole page's text. */
    String pageText() throws Exception {
        return read(doc -> doc.getDocumentElement().getTextContent());
    }

    /** Waits until the element {@code id} is on the page and its text passes {@code test}. */
    void waitUntilText(String id, Predicate<String> test) throws Exception {
        waitUntil(() -> {
            String text = text(id);
            return text != null && test.test(text);
        });
    }

    /** How many pictures the element {@code id} holds (lead-photo, body). */
    int imagesIn(String id) throws Exception {
        Integer n = read(doc -> doc.getElementById(id) == null
                ? null
                : doc.getElementById(id).getElementsByTagName("img").getLength());
        return n == null ? 0 : n;
    }
}
