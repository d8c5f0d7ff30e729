package org.byline.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Korean substring search the way Lucene's CJK analyzer does it: every word is cut into
 * overlapping two-character grams ("정부혁신" -> "정부 부혁 혁신 신"). The last character of each
 * word stands alone as well, so that a one-character query can match any position as a prefix.
 * A query word then becomes a phrase of its grams: adjacent grams mean an exact substring, which
 * is what FTS5's trigram tokenizer gives for three or more characters but not for the
 * two-syllable nouns (회의, 구청) that Korean is full of.
 */
final class SearchGrams {
    private SearchGrams() {}

    /** The text to store in the index for {@code text}. */
    static String index(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : words(text)) {
            int[] cps = word.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(cps[i]);
                if (i + 1 < cps.length) {
                    out.appendCodePoint(cps[i + 1]);
                }
            }
        }
        return out.toString();
    }

    /**
     * An FTS5 MATCH expression for what a user typed, or null when it holds nothing searchable.
     * Every word must occur (AND); within a word the grams must be adjacent.
     */
    static String query(String typed) {
        List<String> parts = new ArrayList<>();
        for (String word : words(typed)) {
            int[] cps = word.codePoints().toArray();
            if (cps.length == 1) {
                parts.add("\"" + word + "\"*");
                continue;
            }
            List<String> grams = new ArrayList<>();
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
            parts.add("\"" + String.join(" ", grams) + "\"");
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** Runs of letters and digits, NFC and lower-cased; everything else separates words. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        normal.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        });
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }
}
