package org.byline.ui.editor;

import java.util.Objects;
import org.byline.domain.ArticleContent;

/**
 * Where the caret goes after undo or redo: in the first field that changed, just after the text
 * that came back (or where the text that went was), so the reporter sees what happened.
 */
public record Caret(String field, int position) {

    /** As {@link #after(ArticleContent, ArticleContent)}, with the byline field beside the section. */
    static Caret after(ArticleContent before, String bylineBefore, ArticleContent now, String bylineNow) {
        if (before.equals(now) && !bylineBefore.equals(bylineNow)) {
            return in("byline", bylineBefore, bylineNow);
        }
        return after(before, now);
    }

    static Caret after(ArticleContent before, ArticleContent now) {
        if (!before.headline().equals(now.headline())) {
            return in("headline", before.headline(), now.headline());
        }
        if (!before.subheadline().equals(now.subheadline())) {
            return in("subheadline", before.subheadline(), now.subheadline());
        }
        if (!before.body().equals(now.body())) {
            return in("body", before.body(), now.body());
        }
        return new Caret(Objects.equals(before.section(), now.section()) ? "tags" : "section", 0);
    }

    private static Caret in(String field, String before, String now) {
        return new Caret(field, now.length() - sameEnd(before, now));
    }

    /** True when at most one character went and at most one came, in one place. */
    static boolean isOneCharacterEdit(String before, String after) {
        int start = firstDifference(before, after);
        int end = sameEnd(before, after);
        return before.length() - start - end <= 1 && after.length() - start - end <= 1;
    }

    /** How many characters at the end the two share, not reaching back past their first difference. */
    private static int sameEnd(String a, String b) {
        int start = firstDifference(a, b);
        int same = 0;
        while (same < a.length() - start
                && same < b.length() - start
                && a.charAt(a.length() - 1 - same) == b.charAt(b.length() - 1 - same)) {
            same++;
        }
        return same;
    }

    /** The index of the first character where the two differ (the shorter's length if one starts the other). */
    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
