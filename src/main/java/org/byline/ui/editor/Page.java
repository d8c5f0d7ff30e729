package org.byline.ui.editor;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.byline.domain.ArticleContent;

/**
 * The page being written: headline, subheadline, section, tags, body and byline, each bound to
 * its field on screen.
 */
final class Page {
    final StringProperty headline = new SimpleStringProperty("");
    final StringProperty subheadline = new SimpleStringProperty("");
    final StringProperty section = new SimpleStringProperty("");
    final ObservableList<String> tags = FXCollections.observableArrayList();
    final StringProperty body = new SimpleStringProperty("");
    /** "홍길동", "홍길동·김철수", "홍길동 특파원" or "사진=김사진": saved with the text, and undone with it. */
    final StringProperty byline = new SimpleStringProperty("");

    /** Told of every change to one field; the text before and after, or nulls for a section or tag. */
    interface Edit {
        void changed(String field, String before, String after);
    }

    /** From now on {@code edit} hears of every change, typed or not. */
    void onEdit(Edit edit) {
        headline.addListener((o, a, b) -> edit.changed("headline", a, b));
        subheadline.addListener((o, a, b) -> edit.changed("subheadline", a, b));
        section.addListener((o, a, b) -> edit.changed("section", null, null));
        body.addListener((o, a, b) -> edit.changed("body", a, b));
        byline.addListener((o, a, b) -> edit.changed("byline", a, b));
        tags.addListener((ListChangeListener<String>) c -> edit.changed("tags", null, null));
    }

    ArticleContent content() {
        return new ArticleContent(headline.get(), subheadline.get(), section.get(), List.copyOf(tags), body.get());
    }

    ArticleUndo.OnScreen now() {
        return new ArticleUndo.OnScreen(content(), byline.get());
    }

    /** Fills every field with {@code text} (an article read from the store, or an empty page). */
    void show(ArticleContent text, String byline) {
        headline.set(text.headline());
        subheadline.set(text.subheadline());
        section.set(text.section());
        tags.setAll(text.tags());
        body.set(text.body());
        this.byline.set(byline);
    }

    /** Puts an older text back (undo, redo, a replace); the tags only when they differ. */
    void putBack(ArticleUndo.OnScreen older) {
        ArticleContent text = older.content();
        headline.set(text.headline());
        subheadline.set(text.subheadline());
        section.set(text.section());
        if (!tags.equals(text.tags())) {
            tags.setAll(text.tags());
        }
        body.set(text.body());
        byline.set(older.byline());
    }
}
