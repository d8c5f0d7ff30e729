package org.byline.ui.editor;

import java.util.Objects;
import org.byline.domain.ArticleContent;

/**
 * Where the caret goes after undo or redo: in the first field that changed, just after the text
 * that came back (or where the text that went was), so the reporter sees what happened.
 */
public record Caret(String field, int position) {

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
        int start = firstDifference(before, now);
        int sameEnd = 0;
        while (sameEnd < before.length() - start && sameEnd < now.length() - start
                && before.charAt(before.length() - 1 - sameEnd) == now.charAt(now.length() - 1 - sameEnd)) {
            sameEnd++;
        }
        return new Caret(field, now.length() - sameEnd);
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
