package org.byline.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over the whole article (headline, subheadline, section, tags, body and byline together),
 * so Ctrl+Z takes back the last change wherever it was made, not only in the field that has the
 * focus. Typing is grouped into steps the way a reporter thinks of them: a step ends at a word's
 * end (a space or line break typed), a pause, a switch to another field, or any change larger
 * than one keystroke (a paste, 모두 바꾸기, a tag).
 *
 * @param <S> what is on screen at one moment: an immutable value, compared with equals
 */
final class EditHistory<S> {
    /** A pause this long between keystrokes starts a new step. */
    static final long PAUSE_MILLIS = 1_000;
    /** Beyond this the oldest steps go; an article's whole text is a few tens of kilobytes. */
    static final int LIMIT = 300;

    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private S current;
    private String lastField;
    private long lastAt;
    private boolean stepEnded = true;

    EditHistory(S start) {
        reset(start);
    }

    /** A new article on screen: nothing to undo. */
    void reset(S start) {
        undo.clear();
        redo.clear();
        current = start;
        stepEnded = true;
    }

    /**
     * The content after a change in {@code field}.
     *
     * @param keystroke true when the change inserted or removed a single character
     * @param wordEnd   true when that character was a space or line break
     */
    void changed(S now, String field, boolean keystroke, boolean wordEnd, long atMillis) {
        if (Objects.equals(now, current)) {
            return;
        }
        boolean continues = keystroke && !stepEnded && field.equals(lastField) && atMillis - lastAt < PAUSE_MILLIS;
        if (!continues) {
            undo.push(current);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        current = now;
        redo.clear();
        lastField = field;
        lastAt = atMillis;
        stepEnded = !keystroke || wordEnd;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The content before the last step, or null when there is none. */
    S undo() {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        current = undo.pop();
        stepEnded = true;
        return current;
    }

    S redo() {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        current = redo.pop();
        stepEnded = true;
        return current;
    }
}
