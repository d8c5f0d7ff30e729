package org.byline.publish;

import org.jsoup.parser.Parser;

/**
 * Text for fields a site prints as HTML (WordPress titles, excerpts, captions, term names):
 * anything typed stays text, so a headline with "<b>" shows the angle brackets.
 */
final class Html {
    private Html() {}

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text WordPress must not read as a shortcode: it expands {@code [gallery]}, {@code [embed]...[/embed]}
     * or any {@code [name ...]} a plugin registered wherever it finds one, in the content and, with
     * some themes and plugins, in titles, excerpts and captions too. Every opening square bracket
     * becomes {@code &#91;}, which no shortcode matches and every browser shows as "[". Brackets that
     * start no shortcode (the byline lead [TV서울=홍길동 기자]) go the same way: which names are
     * shortcodes depends on the site's plugins, so only no bracket at all is safe. Valid in HTML
     * text and attribute values alike, so it applies to markup built by the renderer as well.
     */
    static String inert(String s) {
        return s == null ? "" : s.replace("[", "&#91;");
    }

    /** WordPress answers term names escaped ("A &amp; B"); compared with what was typed. */
    static String unescape(String s) {
        // every entity WordPress may send (&#8217; too), not only the five it sends most
        return Parser.unescapeEntities(s, false);
    }
}
