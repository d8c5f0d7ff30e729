package org.byline.ui.editor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.Person;
import org.byline.domain.Status;
import org.byline.domain.TextCounts;
import org.byline.i18n.Messages;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Preview;
import org.byline.newsroom.Workspace;
import org.byline.ui.fx.Tasks;

/**
 * The article being written: its fields, what the status bar counts, and undo across them.
 * {@link DraftKeeper} gets every change into the store (and keeps it when it cannot go there);
 * {@link FindReplace} searches and replaces in it.
 */
public final class EditorViewModel {
    /** After a failed save (store locked, disk full) the text is tried again this often. */
    public static final Duration RETRY_DELAY = DraftKeeper.RETRY_DELAY;

    // Properties
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty subheadline = new SimpleStringProperty("");
    private final StringProperty section = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty body = new SimpleStringProperty("");
    /** "홍길동", "홍길동·김철수", "홍길동 특파원" or "사진=김사진": saved with the text, and undone with it. */
    private final StringProperty byline = new SimpleStringProperty("");

    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper articleId = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<TextCounts> counts = new ReadOnlyObjectWrapper<>(new TextCounts(0, 0, 0));
    /** The open section's length target in sheets; 0 when it has none. */
    private final ReadOnlyIntegerWrapper targetSheets = new ReadOnlyIntegerWrapper(0);
    /** The article as last read from or written to the store (status, notes, embargo ...). */
    private final ReadOnlyObjectWrapper<Article> storedArticle = new ReadOnlyObjectWrapper<>();
    /** False when the article's state keeps this person from changing it (filed copy is the desk's). */
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(true);
    /** The article as it would be saved now: what the preview shows. */
    private final ReadOnlyObjectWrapper<Article> draftArticle = new ReadOnlyObjectWrapper<>();

    private final Drafting drafting;
    private final Preview preview;
    private final Workspace workspace;
    private final Tasks tasks;
    private final Person reporter;
    private final DraftKeeper keeper;
    private final FindReplace find;

    private Article stored; // the newest version of the open article known here
    private boolean loading; // true while fields are filled from the store, not typed
    private Consumer<Article> onLeftEdited = a -> {};
    private int savesThisVisit; // saves since the article was opened or reloaded
    private ManuscriptRules manuscript = ManuscriptRules.STANDARD; // read off the FX thread, not per keystroke
    private final EditHistory<OnScreen> history = new EditHistory<>(new OnScreen(ArticleContent.EMPTY, ""));
    private boolean applyingHistory; // true while undo or redo puts an older text back

    public EditorViewModel(
            Drafting drafting, Preview preview, Workspace workspace, Tasks tasks, Messages messages, Person reporter) {
        this.drafting = drafting;
        this.preview = preview;
        this.workspace = workspace;
        this.tasks = tasks;
        this.reporter = reporter;
        this.keeper = new DraftKeeper(drafting, workspace, tasks, messages, reporter, new OnThePage());
        this.find = new FindReplace(new InTheText());
        this.byline.set(reporter.name());
        headline.addListener((o, a, b) -> typed("headline", a, b));
        subheadline.addListener((o, a, b) -> typed("subheadline", a, b));
        section.addListener((o, a, b) -> typed("section", null, null));
        body.addListener((o, a, b) -> typed("body", a, b));
        byline.addListener((o, a, b) -> typed("byline", a, b));
        tags.addListener((ListChangeListener<String>) c -> typed("tags", null, null));
        history.reset(onScreen()); // the reporter's own name is where undo stops, not an empty byline
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
        tasks.run(
                preview::manuscript,
                rules -> {
                    manuscript = rules;
                    refreshDerived();
                },
                e -> {});
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

    /**
     * Saves now instead of after the pause (switching articles, closing the window). Saves of one
     * article queue up on the writer thread, each over the version the one before it wrote.
     */
    public void saveNow() {
        keeper.saveNow();
    }

    /**
     * Hands {@code then} the id of the open article, storing it first when it is new (a photo
     * dropped on an empty page needs an article to belong to).
     */
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
        this.onLeftEdited = listener;
    }

    /** The window closes: what was typed is saved, and leaving is reported as for a switch. */
    public void leave() {
        keeper.saveOrRescue();
        leaving(0);
    }

    private void leaving(long next) {
        if (stored != null && savesThisVisit > 0 && stored.id() != next) {
            onLeftEdited.accept(stored);
        }
        savesThisVisit = 0;
    }

    // Reading

    public ArticleContent content() {
        return new ArticleContent(headline.get(), subheadline.get(), section.get(), List.copyOf(tags), body.get());
    }

    private void show(Article article) {
        leaving(article == null ? 0 : article.id());
        stored = article;
        storedArticle.set(article);
        mayEdit.set(Drafting.mayEdit(article, reporter));
        keeper.follow(article);
        ArticleContent c = article == null ? ArticleContent.EMPTY.withSection(section.get()) : article.content();
        loading = true;
        try {
            headline.set(c.headline());
            subheadline.set(c.subheadline());
            section.set(c.section());
            tags.setAll(c.tags());
            body.set(c.body());
            byline.set(article == null ? reporter.name() : article.byline());
        } finally {
            loading = false;
        }
        articleId.set(keeper.articleId());
        history.reset(onScreen());
        refreshDerived();
    }

    /** A change to one field: saved after the pause, and a step (or part of one) for undo. */
    private void typed(String field, String before, String after) {
        changed();
        if (loading || applyingHistory) {
            return;
        }
        // one character in, out or replaced: a keystroke, or an input method turning ㅎ into 하 into 한
        boolean keystroke = before != null && after != null && Caret.isOneCharacterEdit(before, after);
        boolean wordEnd = keystroke
                && after.length() > before.length()
                && Character.isWhitespace(after.charAt(Caret.firstDifference(before, after)));
        history.changed(onScreen(), field, keystroke, wordEnd, System.nanoTime() / 1_000_000);
    }

    /**
     * Ctrl+Z: takes back the last step wherever in the article it was made.
     *
     * @return where the caret belongs now, or null when there was nothing to undo
     */
    public Caret undo() {
        return putBack(history.undo());
    }

    /** Ctrl+Y: makes the last undone step again. */
    public Caret redo() {
        return putBack(history.redo());
    }

    private void replaceAsOneStep(ArticleContent after) {
        putBack(new OnScreen(after, byline.get()));
        history.changed(onScreen(), "replace", false, false, System.nanoTime() / 1_000_000);
    }

    private Caret putBack(OnScreen older) {
        if (older == null) {
            return null;
        }
        OnScreen before = onScreen();
        ArticleContent text = older.content();
        applyingHistory = true;
        try {
            headline.set(text.headline());
            subheadline.set(text.subheadline());
            section.set(text.section());
            if (!tags.equals(text.tags())) {
                tags.setAll(text.tags());
            }
            body.set(text.body());
            byline.set(older.byline());
        } finally {
            applyingHistory = false;
        }
        return Caret.after(before.content(), before.byline(), text, older.byline());
    }

    /** What undo and redo step through: the article's text and the byline typed beside it. */
    private record OnScreen(ArticleContent content, String byline) {}

    private OnScreen onScreen() {
        return new OnScreen(content(), byline.get());
    }

    private void changed() {
        if (loading) {
            return;
        }
        keeper.typed();
        refreshDerived();
    }

    private void refreshDerived() {
        counts.set(preview.counts(body.get(), manuscript));
        targetSheets.set(manuscript.target(section.get()));
        draftArticle.set(snapshotArticle());
    }

    private Article snapshotArticle() {
        Instant now = Instant.now();
        String shown = byline.get().isBlank() ? reporter.name() : byline.get().strip();
        if (stored == null) {
            return new Article(
                    0, 0, Status.DRAFT, content(), shown, reporter, now, now, null, null, null, null, "", "");
        }
        return stored.withContent(content()).withByline(shown);
    }

    // Properties, for binding

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty subheadlineProperty() {
        return subheadline;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty bylineProperty() {
        return byline;
    }

    public StringProperty bodyProperty() {
        return body;
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
        return targetSheets.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TextCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return keeper.noticeProperty();
    }

    public ReadOnlyObjectProperty<Article> storedArticleProperty() {
        return storedArticle.getReadOnlyProperty();
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
    private final class OnThePage implements DraftKeeper.Page {
        @Override
        public ArticleContent content() {
            return EditorViewModel.this.content();
        }

        @Override
        public String byline() {
            return byline.get();
        }

        @Override
        public void stored(Article saved) {
            stored = saved;
            storedArticle.set(saved);
            mayEdit.set(Drafting.mayEdit(saved, reporter));
            savesThisVisit++;
            articleId.set(saved.id());
            draftArticle.set(snapshotArticle());
        }

        @Override
        public void reopen(long id, Consumer<Throwable> onFailure) {
            open(id, onFailure);
        }
    }

    /** What find and replace search, and how a replace becomes one undo step. */
    private final class InTheText implements FindReplace.Text {
        @Override
        public ArticleContent content() {
            return EditorViewModel.this.content();
        }

        @Override
        public void replaceAsOneStep(ArticleContent after) {
            EditorViewModel.this.replaceAsOneStep(after);
        }
    }
}
