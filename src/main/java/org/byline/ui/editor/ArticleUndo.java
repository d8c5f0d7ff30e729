package org.byline.ui.editor;

import org.byline.domain.ArticleContent;

/**
 * Ctrl+Z and Ctrl+Y over the whole article: what each change on screen adds to the
 * {@link EditHistory}, and putting an older text back with the caret where it changed.
 */
final class ArticleUndo {
    /** What undo and redo step through: the article's text and the byline typed beside it. */
    record OnScreen(ArticleContent content, String byline) {}

    private final EditHistory<OnScreen> history = new EditHistory<>(new OnScreen(ArticleContent.EMPTY, ""));
    private final Page page;
    private boolean applying; // true while undo or redo puts an older text back

    ArticleUndo(Page page) {
        this.page = page;
    }

    /** A new article on screen, or the start: nothing to undo, and undo stops at what shows now. */
    void reset() {
        history.reset(page.now());
    }

    /** A change typed into one field: a step, or part of one. */
    void typed(String field, String before, String after) {
        if (applying) {
            return;
        }
        // one character in, out or replaced: a keystroke, or an input method turning ㅎ into 하 into 한
        boolean keystroke = before != null && after != null && Caret.isOneCharacterEdit(before, after);
        boolean wordEnd = keystroke
                && after.length() > before.length()
                && Character.isWhitespace(after.charAt(Caret.firstDifference(before, after)));
        history.changed(page.now(), field, keystroke, wordEnd, System.nanoTime() / 1_000_000);
    }

    /**
     * Takes back the last step wherever in the article it was made.
     *
     * @return where the caret belongs now, or null when there was nothing to undo
     */
    Caret undo() {
        return putBack(history.undo());
    }

    /** Makes the last undone step again. */
    Caret redo() {
        return putBack(history.redo());
    }

    /** Puts {@code after} on screen as one step of its own (a replace, 모두 바꾸기). */
    void replaceAsOneStep(ArticleContent after) {
        putBack(new OnScreen(after, page.now().byline()));
        history.changed(page.now(), "replace", false, false, System.nanoTime() / 1_000_000);
    }

    private Caret putBack(OnScreen older) {
        if (older == null) {
            return null;
        }
        OnScreen before = page.now();
        applying = true;
        try {
            page.putBack(older);
        } finally {
            applying = false;
        }
        return Caret.after(before.content(), before.byline(), older.content(), older.byline());
    }
}
