package org.byline.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What is pasted from Word, 한글 (HWP) or a web page, turned into the body format: paragraphs
 * separated by blank lines, list items as "- ", headings as "## ". Fonts, colours, styles, scripts
 * and layout tables go; the words stay, with “ ” ‘ ’ … as they were. Zero-width and control
 * characters are removed and the text is NFC.
 */
public final class PastedText {
    private PastedText() {}

    /** Body text from clipboard HTML, or from the plain text when there is no HTML. */
    public static String fromHtml(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.select(
                        "script, style, head, title, meta, link, noscript, template, iframe, object, embed, svg, xml, o\\:p:empty")
                .remove();
        List<String> blocks = new ArrayList<>();
        collect(doc.body(), blocks);
        return clean(String.join(
                "\n\n",
                blocks.stream().map(String::strip).filter(b -> !b.isEmpty()).toList()));
    }

    /** Plain pasted text: line structure kept, invisible and control characters removed, NFC. */
    public static String fromPlain(String text) {
        String unified = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n');
        return clean(unified);
    }

    /** A single line (headline, subheadline): line breaks become spaces. */
    public static String oneLine(String text) {
        return fromPlain(text).replaceAll("\\s*\\n+\\s*", " ").strip();
    }

    private static void collect(Element element, List<String> blocks) {
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                inline.append(text.getWholeText().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "));
            } else if (child instanceof Element e) {
                String tag = e.tagName().toLowerCase();
                switch (tag) {
                    case "br" -> inline.append('\n');
                    case "p",
                            "div",
                            "section",
                            "article",
                            "blockquote",
                            "center",
                            "td",
                            "th",
                            "dd",
                            "dt",
                            "figcaption" -> {
                        flush(inline, blocks);
                        collect(e, blocks);
                    }
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        flush(inline, blocks);
                        String heading = e.text().strip();
                        if (!heading.isEmpty()) {
                            blocks.add("## " + heading);
                        }
                    }
                    case "ul", "ol" -> {
                        flush(inline, blocks);
                        List<String> items = new ArrayList<>();
                        for (Element li : e.children()) {
                            String item = li.text().strip();
                            if (!item.isEmpty()) {
                                items.add(item.startsWith("△") ? item : "- " + item);
                            }
                        }
                        if (!items.isEmpty()) {
                            blocks.add(String.join("\n", items));
                        }
                    }
                    case "table", "tbody", "thead", "tfoot", "tr" -> {
                        // layout tables: their cells are read as the paragraphs they hold
                        flush(inline, blocks);
                        collect(e, blocks);
                    }
                    case "img", "hr", "input", "button", "select", "textarea", "video", "audio", "canvas", "map" -> {
                        // nothing to keep: pictures come in as photos, not as pasted markup
                    }
                    default -> {
                        if (isBlockish(e)) {
                            flush(inline, blocks);
                            collect(e, blocks);
                        } else {
                            inline.append(inlineText(e));
                        }
                    }
                }
            }
        }
        flush(inline, blocks);
    }

    /** Inline elements (span, b, a, font, o:p ...) keep only their text, and line breaks. */
    private static String inlineText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "));
            } else if (child instanceof Element inner) {
                out.append(inner.tagName().equalsIgnoreCase("br") ? "\n" : inlineText(inner));
            }
        }
        return out.toString();
    }

    private static boolean isBlockish(Element e) {
        return e.isBlock() || e.tagName().equalsIgnoreCase("li");
    }

    private static void flush(StringBuilder inline, List<String> blocks) {
        String text = inline.toString()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
        if (!text.isBlank()) {
            blocks.add(text);
        }
        inline.setLength(0);
    }

    /**
     * The one rule of what never belongs in an article's text, pasted, imported or typed: control
     * characters (a terminal obeys ESC and BEL when the text is printed), zero-width spaces and
     * joiners, direction marks and overrides, the BOM and the soft hyphen.
     */
    public static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || cp == 0x00AD || cp == 0xFEFF;
    }

    /**
     * Typed text with the {@link #isInvisible invisible} characters taken out and nothing else
     * changed (the reporter's spaces are theirs). CR LF and a lone CR are line breaks; in a body
     * ({@code multiline}) line breaks and tabs stay, in a one-line field each becomes a space.
     */
    public static String typed(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                out.appendCodePoint(multiline ? cp : ' ');
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Drops zero-width, BOM, soft hyphen and control characters; no-break spaces become spaces; NFC. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                out.appendCodePoint(cp == '\t' ? ' ' : cp);
            } else if (cp == 0x00A0 || cp == 0x202F || cp == 0x2007) {
                out.append(' ');
            } else if (isInvisible(cp)) {
                // dropped
            } else {
                out.appendCodePoint(cp);
            }
        });
        String nfc = Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
        return nfc.replaceAll("[ ]{2,}", " ")
                .replaceAll("(?m)^ +| +$", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
