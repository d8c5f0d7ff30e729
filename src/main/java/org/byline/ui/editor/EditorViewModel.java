package org.byline.ui.editor;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.TextCounts;
import org.byline.i18n.Messages;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Preview;
import org.byline.newsroom.Workspace;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The article being written, as the editor pane and the status bar show it: which article is
 * open and what switching to another does. Its parts each do one thing: {@link Page} holds the
 * fields, {@link OpenArticle} what the store has of the article, {@link DraftKeeper} gets every change into the store (and keeps it when it cannot go
 * there), {@link ArticleUndo} takes changes back, {@link FindReplace} searches and replaces,
 * {@link LengthMeter} counts.
 */
@ViewModel
public final class EditorViewModel {
    private final Page page = new Page();
    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper articleId = new ReadOnlyLongWrapper(0);
    /** The article as it would be saved now: what the preview shows. */
    private final ReadOnlyObjectWrapper<Article> draftArticle = new ReadOnlyObjectWrapper<>();

    private final Drafting drafting;
    private final Workspace workspace;
    private final Tasks tasks;
    private final Person reporter;
    private final DraftKeeper keeper;
    private final FindReplace find;
    private final LengthMeter meter;

    private final OpenArticle current;
    private boolean loading; // true while fields are filled from the store, not typed
    private final ArticleUndo undo = new ArticleUndo(page);

    public EditorViewModel(
            Drafting drafting, Preview preview, Workspace workspace, Tasks tasks, Messages messages, Person reporter) {
        this.drafting = drafting;
        this.workspace = workspace;
        this.tasks = tasks;
        this.reporter = reporter;
        this.current = new OpenArticle(reporter);
        this.meter = new LengthMeter(preview);
        this.keeper = new DraftKeeper(drafting, workspace, tasks, messages, reporter, new ForTheKeeper());
        this.find = new FindReplace(this::content, undo::replaceAsOneStep);
        page.byline.set(reporter.name());
        page.onEdit(this::typed);
        undo.reset(); // the reporter's own name is where undo stops, not an empty byline
        readSettings();
        this.draftArticle.set(snapshotArticle());
    }

    /** Reads the sections, the sheet size and the section targets again (after the settings changed). */
    public void readSettings() {
        tasks.run(
                drafting::sectionNames,
                names -> {
                    if (!sections.equals(names)) {
                        sections.setAll(names);
                    }
                },
                e -> {});
        meter.readRules(tasks, this::refreshDerived);
    }

    // Commands

    /** Shows {@code article} for editing, after saving whatever was typed into the previous one. */
    public void open(Article article) {
        keeper.saveOrRescue();
        show(article);
        readSettings();
        long id = article.id();
        tasks.write(
                () -> {
                    workspace.rememberOpenArticle(id);
                    return id;
                },
                x -> {},
                e -> {});
    }

    /**
     * Opens article {@code id} from the store. Read on the writer thread, after every save queued
     * so far, so the text shown is never older than what was just typed; the open article itself
     * is not read again over the text on screen.
     */
    public void open(long id, Consumer<Throwable> onFailure) {
        if (id != 0 && id == keeper.articleId()) {
            return;
        }
        tasks.write(() -> drafting.open(id), this::open, onFailure);
    }

    /** An empty page for a new article; it reaches the store with its first typed character. */
    public void startNew() {
        keeper.saveOrRescue();
        show(null);
    }

    /** Saves now instead of after the pause (switching articles, closing the window). */
    public void saveNow() {
        keeper.saveNow();
    }

    /** Hands {@code then} the id of the open article, storing it first when it is new. */
    public void whenStored(LongConsumer then, Consumer<Throwable> onFailure) {
        keeper.whenStored(then, onFailure);
    }

    /** After a conflict: keep what was typed as a new article of one's own. */
    public void keepAsCopy() {
        keeper.keepAsCopy();
    }

    /** After a conflict: drop what was typed and show the version in the store. */
    public void reloadStored() {
        keeper.reloadStored();
    }

    /** Told of every article saved from here, the rescued copies too (the queue shows them). */
    public void setOnSaved(Consumer<Article> listener) {
        keeper.setOnSaved(listener);
    }

    /**
     * Told the article's last stored state when one is left (another opened, the window closed)
     * after it was changed here: the desk keeps a revision of its edits then.
     */
    public void setOnLeftEdited(Consumer<Article> listener) {
        current.setOnLeftEdited(listener);
    }

    /** The window closes: what was typed is saved, and leaving is reported as for a switch. */
    public void leave() {
        keeper.saveOrRescue();
        current.leave();
    }

    // Reading

    public ArticleContent content() {
        return page.content();
    }

    private void show(Article article) {
        current.show(article);
        keeper.follow(article);
        loading = true;
        try {
            if (article == null) {
                page.show(ArticleContent.EMPTY.withSection(page.section.get()), reporter.name());
            } else {
                page.show(article.content(), article.byline());
            }
        } finally {
            loading = false;
        }
        articleId.set(keeper.articleId());
        undo.reset();
        refreshDerived();
    }

    /** A change to one field: saved after the pause, and a step (or part of one) for undo. */
    private void typed(String field, String before, String after) {
        if (loading) {
            return;
        }
        keeper.typed();
        refreshDerived();
        undo.typed(field, before, after);
    }

    /**
     * Ctrl+Z: takes back the last step wherever in the article it was made.
     *
     * @return where the caret belongs now, or null when there was nothing to undo
     */
    public Caret undo() {
        return undo.undo();
    }

    /** Ctrl+Y: makes the last undone step again. */
    public Caret redo() {
        return undo.redo();
    }

    private void refreshDerived() {
        meter.measure(page.body.get(), page.section.get());
        draftArticle.set(snapshotArticle());
    }

    private Article snapshotArticle() {
        return current.asTyped(content(), page.byline.get());
    }

    // Properties, for binding

    public StringProperty headlineProperty() {
        return page.headline;
    }

    public StringProperty subheadlineProperty() {
        return page.subheadline;
    }

    public StringProperty sectionProperty() {
        return page.section;
    }

    public ObservableList<String> tags() {
        return page.tags;
    }

    public StringProperty bylineProperty() {
        return page.byline;
    }

    public StringProperty bodyProperty() {
        return page.body;
    }

    public ObservableList<String> sections() {
        return sections;
    }

    public ReadOnlyLongProperty articleIdProperty() {
        return articleId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return keeper.saveStateProperty();
    }

    public ReadOnlyIntegerProperty targetSheetsProperty() {
        return meter.targetSheetsProperty();
    }

    public ReadOnlyObjectProperty<TextCounts> countsProperty() {
        return meter.countsProperty();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return current.mayEditProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return keeper.noticeProperty();
    }

    public ReadOnlyObjectProperty<Article> storedArticleProperty() {
        return current.storedArticleProperty();
    }

    public ReadOnlyObjectProperty<Article> draftProperty() {
        return draftArticle.getReadOnlyProperty();
    }

    /** Find and replace in this article. */
    public FindReplace findReplace() {
        return find;
    }

    public Person reporter() {
        return reporter;
    }

    /** What the keeper saves, and what changes here when a save comes back. */
    private final class ForTheKeeper implements DraftKeeper.Editor {
        @Override
        public ArticleContent content() {
            return EditorViewModel.this.content();
        }

        @Override
        public String byline() {
            return page.byline.get();
        }

        @Override
        public void stored(Article saved) {
            current.saved(saved);
            articleId.set(saved.id());
            draftArticle.set(snapshotArticle());
        }

        @Override
        public void reopen(long id, Consumer<Throwable> onFailure) {
            open(id, onFailure);
        }
    }
}
