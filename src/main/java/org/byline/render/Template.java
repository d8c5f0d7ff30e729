package org.byline.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page of the site, read once from resources and cloned for every render. Values go in
 * by element id as text, so whatever a reporter typed is escaped by jsoup, never parsed as HTML.
 */
final class Template {
    private static final String STYLE = resource("site.css");
    private final Document parsed;

    Template(String name) {
        this.parsed = Jsoup.parse(resource(name));
        this.parsed.getElementById("site-style").appendChild(new DataNode(STYLE));
        this.parsed.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    }

    Document fresh() {
        return parsed.clone();
    }

    static Element byId(Document doc, String id) {
        Element e = doc.getElementById(id);
        if (e == null) {
            throw new IllegalStateException("template has no #" + id);
        }
        return e;
    }

    private static String resource(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
