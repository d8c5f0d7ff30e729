package org.byline.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.byline.domain.ArticleContent;

/**
 * Find and replace over the open article, without the bar that shows it: the matches of the
 * query in headline, subheadline and body, which of them is current, and the replacing, each
 * replace one step that one Ctrl+Z takes back.
 */
public final class FindReplace {
    private final Supplier<ArticleContent> text;
    private final Consumer<ArticleContent> replaceAsOneStep;
    private String query = "";
    private List<TextSearch.Match> matches = List.of();
    private int current = -1;

    /**
     * @param text the article being searched, as it is now
     * @param replaceAsOneStep puts the text after a replace on screen as one undo step
     */
    FindReplace(Supplier<ArticleContent> text, Consumer<ArticleContent> replaceAsOneStep) {
        this.text = text;
        this.replaceAsOneStep = replaceAsOneStep;
    }

    /**
     * Counts the matches of {@code query} again; {@code jump} moves to the first one at or after
     * the caret, as does a current match that is gone.
     *
     * @return the match to show now, or null when there is none or the current one stays
     */
    public TextSearch.Match search(String query, boolean jump, Supplier<TextSearch.Match> caret) {
        this.query = query;
        matches = TextSearch.find(text.get(), query);
        if (matches.isEmpty()) {
            current = -1;
        } else if (jump || current < 0 || current >= matches.size()) {
            TextSearch.Match at = caret.get();
            current = TextSearch.nextFrom(matches, at.field(), at.start());
            return matches.get(current);
        }
        return null;
    }

    /**
     * The next match ({@code direction} 1) or the one before (-1), wrapping round.
     *
     * @return the match to show, or null when there are none
     */
    public TextSearch.Match step(int direction) {
        if (matches.isEmpty()) {
            return null;
        }
        current = Math.floorMod(current + direction, matches.size());
        return matches.get(current);
    }

    /**
     * 바꾸기: the current match replaced, as one step; the next match after it becomes current.
     *
     * @return the match to show now, or null when none is left
     */
    public TextSearch.Match replaceCurrent(String replacement) {
        if (matches.isEmpty()) {
            return null;
        }
        TextSearch.Match match = matches.get(current);
        replace(match, replacement);
        int at = match.start() + replacement.length();
        matches = TextSearch.find(text.get(), query);
        if (matches.isEmpty()) {
            current = -1;
            return null;
        }
        current = TextSearch.nextFrom(matches, match.field(), at);
        return matches.get(current);
    }

    /**
     * 모두 바꾸기: every occurrence in headline, subheadline and body, as one step that one
     * Ctrl+Z takes back.
     *
     * @return how many were replaced
     */
    public int replaceAll(String replacement) {
        ArticleContent before = text.get();
        int count = TextSearch.count(before, query);
        if (count > 0) {
            replaceAsOneStep.accept(before.withHeadline(TextSearch.replaceAll(before.headline(), query, replacement))
                    .withSubheadline(TextSearch.replaceAll(before.subheadline(), query, replacement))
                    .withBody(TextSearch.replaceAll(before.body(), query, replacement)));
        }
        return count;
    }

    private void replace(TextSearch.Match match, String replacement) {
        ArticleContent c = text.get();
        String field = TextSearch.text(c, match.field());
        String changed = field.substring(0, match.start()) + replacement + field.substring(match.end());
        replaceAsOneStep.accept(
                switch (match.field()) {
                    case "headline" -> c.withHeadline(changed);
                    case "subheadline" -> c.withSubheadline(changed);
                    default -> c.withBody(changed);
                });
    }

    /** The match the bar is at, or null. */
    public TextSearch.Match current() {
        return current >= 0 && current < matches.size() ? matches.get(current) : null;
    }

    /** 1 for the first match; 0 when there is none. */
    public int position() {
        return current + 1;
    }

    public int count() {
        return matches.size();
    }
}
