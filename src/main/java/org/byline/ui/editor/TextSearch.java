package org.byline.ui.editor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.ArticleContent;

/**
 * Find and replace over the article: headline, subheadline and body, in reading order. Matching
 * is literal (a reporter searches for words, not patterns) and ignores case in Latin letters;
 * the query is normalised to NFC like everything the store keeps, so a decomposed 한 finds 한.
 */
public final class TextSearch {
    static final List<String> FIELDS = List.of("headline", "subheadline", "body");

    private TextSearch() {}

    public record Match(String field, int start, int end) {}

    public static List<Match> find(ArticleContent content, String query) {
        List<Match> matches = new ArrayList<>();
        String q = normal(query);
        if (q.isEmpty()) {
            return matches;
        }
        for (String field : FIELDS) {
            for (int start : positions(text(content, field), q)) {
                matches.add(new Match(field, start, start + q.length()));
            }
        }
        return matches;
    }

    /** The first match at or after {@code position} in {@code field} (reading order), wrapping round. */
    public static int nextFrom(List<Match> matches, String field, int position) {
        int fieldOrder = FIELDS.indexOf(field);
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            int order = FIELDS.indexOf(m.field());
            if (order > fieldOrder || (order == fieldOrder && m.start() >= position)) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    /** Every occurrence replaced, left to right; replacements are never searched again. */
    public static String replaceAll(String text, String query, String replacement) {
        String q = normal(query);
        if (q.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int start : positions(text, q)) {
            out.append(text, from, start).append(replacement);
            from = start + q.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    public static int count(ArticleContent content, String query) {
        return find(content, query).size();
    }

    static String text(ArticleContent content, String field) {
        return switch (field) {
            case "headline" -> content.headline();
            case "subheadline" -> content.subheadline();
            default -> content.body();
        };
    }

    private static List<Integer> positions(String text, String q) {
        List<Integer> found = new ArrayList<>();
        int i = 0;
        while (i + q.length() <= text.length()) {
            if (text.regionMatches(true, i, q, 0, q.length())) {
                found.add(i);
                i += q.length(); // matches do not overlap, as in every editor
            } else {
                i++;
            }
        }
        return found;
    }

    private static String normal(String query) {
        return query == null ? "" : Normalizer.normalize(query, Normalizer.Form.NFC);
    }
}
