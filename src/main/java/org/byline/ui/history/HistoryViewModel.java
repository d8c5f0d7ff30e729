package org.byline.ui.history;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Article;
import org.byline.domain.Person;
import org.byline.domain.Revision;
import org.byline.domain.RevisionDiff;
import org.byline.domain.Transition;
import org.byline.i18n.Messages;
import org.byline.newsroom.Desk;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Revisions;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The open article's past: who moved it where (history), the copies kept on submit, desk edit,
 * approval and by hand (revisions), a side-by-side comparison of any two, and bringing an old
 * copy back as the newest version (nothing is deleted).
 */
@ViewModel
public final class HistoryViewModel {
    private final ObservableList<Transition> history = FXCollections.observableArrayList();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionDiff> diff = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongProperty articleId;
    private final Desk desk;
    private final Revisions store;
    private final Drafting drafting;
    private final Tasks tasks;
    private final Messages messages;
    private final Person me;
    private final Consumer<Article> restored;
    private final Runnable saveFirst;

    public HistoryViewModel(
            ReadOnlyLongProperty articleId,
            Desk desk,
            Revisions revisions,
            Drafting drafting,
            Tasks tasks,
            Messages messages,
            Person me,
            Consumer<Article> restored,
            Runnable saveFirst) {
        this.articleId = articleId;
        this.desk = desk;
        this.store = revisions;
        this.drafting = drafting;
        this.tasks = tasks;
        this.messages = messages;
        this.me = me;
        this.restored = restored;
        this.saveFirst = saveFirst;
        articleId.addListener((o, a, b) -> reload());
    }

    public void reload() {
        long id = articleId.get();
        diff.set(null);
        problem.set("");
        if (id == 0) {
            history.clear();
            revisions.clear();
            return;
        }
        tasks.run(
                () -> new Past(desk.history(id), store.list(id)),
                past -> {
                    if (id == articleId.get()) {
                        history.setAll(past.history());
                        revisions.setAll(past.revisions());
                    }
                },
                e -> problem.set(messages.describe(e)));
    }

    /** Older on the left, newer on the right, whichever order they were picked in. */
    public void compare(Revision a, Revision b) {
        Revision older = a.number() <= b.number() ? a : b;
        Revision newer = older == a ? b : a;
        tasks.run(() -> store.diff(older.id(), newer.id()), diff::set, e -> problem.set(messages.describe(e)));
    }

    /** Keeps the text as it is now as a revision of its own (before a big rewrite, say). */
    public void keepNow() {
        long id = articleId.get();
        tasks.write(() -> store.record(id, Revision.MANUAL, me), r -> reload(), e -> problem.set(messages.describe(e)));
    }

    /** Makes {@code revision}'s text the newest version; the restore is itself kept as a revision. */
    public void restore(Revision revision) {
        long id = articleId.get();
        saveFirst.run(); // what is on screen reaches the store first (same writer thread) ...
        tasks.write(
                // ... and the restore keeps it as a revision first, so bringing an old copy back loses nothing
                () -> store.restore(id, revision.id(), drafting.open(id).version(), me),
                article -> {
                    restored.accept(article);
                    reload();
                },
                e -> problem.set(messages.describe(e)));
    }

    private record Past(List<Transition> history, List<Revision> revisions) {}

    public ObservableList<Transition> history() {
        return history;
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObjectProperty<RevisionDiff> diffProperty() {
        return diff;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
