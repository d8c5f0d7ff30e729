package org.byline.ui.preview;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Document;

/**
 * Replaces the body of the page on show with the body of a freshly rendered page, node by node.
 * The document itself stays, so the reader's scroll position stays too, and nothing flickers.
 * Text goes in as DOM text nodes: it is never parsed as HTML here.
 */
final class DomPatch {
    private DomPatch() {}

    static void replaceBody(Document shown, String html) {
        org.w3c.dom.Node body = shown.getElementsByTagName("body").item(0);
        if (body == null) {
            throw new IllegalStateException("page has no body");
        }
        while (body.getFirstChild() != null) {
            body.removeChild(body.getFirstChild());
        }
        Element fresh = Jsoup.parse(html).body();
        for (Node child : fresh.childNodes()) {
            org.w3c.dom.Node copy = copy(shown, child);
            if (copy != null) {
                body.appendChild(copy);
            }
        }
        String title = Jsoup.parse(html).title();
        org.w3c.dom.Node titleNode = shown.getElementsByTagName("title").item(0);
        if (titleNode != null) {
            titleNode.setTextContent(title);
        }
    }

    private static org.w3c.dom.Node copy(Document doc, Node node) {
        if (node instanceof TextNode text) {
            return doc.createTextNode(text.getWholeText());
        }
        if (node instanceof DataNode data) {
            return doc.createTextNode(data.getWholeData());
        }
        if (node instanceof Element element) {
            org.w3c.dom.Element copy = doc.createElement(element.tagName());
            for (Attribute attribute : element.attributes()) {
                copy.setAttribute(attribute.getKey(), attribute.getValue());
            }
            for (Node child : element.childNodes()) {
                org.w3c.dom.Node c = copy(doc, child);
                if (c != null) {
                    copy.appendChild(c);
                }
            }
            return copy;
        }
        return null; // comments and the like
    }
}
