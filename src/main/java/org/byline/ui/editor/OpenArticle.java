package org.byline.ui.editor;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Status;
import org.byline.newsroom.Drafting;

/**
 * The open article as the store last had it (status, notes, embargo ...), whether this person
 * may change it, and whether it was changed since it was opened: the desk keeps a revision of
 * the edits when such an article is left.
 */
final class OpenArticle {
    /** The article as last read from or written to the store. */
    private final ReadOnlyObjectWrapper<Article> storedArticle = new ReadOnlyObjectWrapper<>();
    /** False when the article's state keeps this person from changing it (filed copy is the desk's). */
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(true);

    private final Person reporter;
    private Article stored; // the newest version of the open article known here; null for a new page
    private int savesThisVisit; // saves since the article was opened or reloaded
    private Consumer<Article> onLeftEdited = a -> {};

    OpenArticle(Person reporter) {
        this.reporter = reporter;
    }

    /** {@code article} (null: an empty page) is opened; the one left is reported if it was changed. */
    void show(Article article) {
        leaving(article == null ? 0 : article.id());
        stored = article;
        storedArticle.set(article);
        mayEdit.set(Drafting.mayEdit(article, reporter));
    }

    /** A save of it came back. */
    void saved(Article saved) {
        stored = saved;
        storedArticle.set(saved);
        mayEdit.set(Drafting.mayEdit(saved, reporter));
        savesThisVisit++;
    }

    /** The window closes: reported as for a switch. */
    void leave() {
        leaving(0);
    }

    private void leaving(long next) {
        if (stored != null && savesThisVisit > 0 && stored.id() != next) {
            onLeftEdited.accept(stored);
        }
        savesThisVisit = 0;
    }

    /** The article as it would be saved with {@code content} and {@code byline}: what the preview shows. */
    Article asTyped(ArticleContent content, String byline) {
        Instant now = Instant.now();
        String shown = byline.isBlank() ? reporter.name() : byline.strip();
        if (stored == null) {
            return new Article(0, 0, Status.DRAFT, content, shown, reporter, now, now, null, null, null, null, "", "");
        }
        return stored.withContent(content).withByline(shown);
    }

    void setOnLeftEdited(Consumer<Article> listener) {
        this.onLeftEdited = listener;
    }

    ReadOnlyObjectProperty<Article> storedArticleProperty() {
        return storedArticle.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }
}
