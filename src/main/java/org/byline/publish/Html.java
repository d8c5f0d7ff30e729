package org.byline.publish;

/**
 * Text for fields a site prints as HTML (WordPress titles, excerpts, captions, term names):
 * anything typed stays text, so a headline with "<b>" shows the angle brackets.
 */
final class Html {
    private Html() {
    }

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

    /** WordPress answers term names escaped ("A &amp; B"); compared with what was typed. */
    static String unescape(String s) {
        // every entity WordPress may send (&#8217; too), not only the five it sends most
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}
