package org.byline.ui.editor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.ManuscriptRules;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.byline.domain.TextCounts;
import org.byline.i18n.Messages;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Preview;
import org.byline.newsroom.Workspace;
import org.byline.ui.fx.Autosave;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The article being written. Every change is saved about {@link Autosave#PAUSE} after typing
 * stops, and no later than {@link Autosave#CEILING} after it was typed while typing goes on, on
 * the writer thread, so typing never waits for the store. A save that finds somebody
 * else's newer version is refused by the store; the reporter's text then stays on screen and can
 * be kept as a copy, so nothing is lost silently.
 */
@ViewModel
public final class EditorViewModel {
    /** After a failed save (store locked, disk full) the text is tried again this often. */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(3);

    // Properties
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty subheadline = new SimpleStringProperty("");
    private final StringProperty section = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty body = new SimpleStringProperty("");
    /** "홍길동", "홍길동·김철수", "홍길동 특파원" or "사진=김사진": saved with the text, and undone with it. */
    private final StringProperty byline = new SimpleStringProperty("");

    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final LongProperty articleId = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NOTHING);
    private final ReadOnlyObjectWrapper<TextCounts> counts = new ReadOnlyObjectWrapper<>(new TextCounts(0, 0, 0));
    /** The open section's length target in sheets; 0 when it has none. */
    private final ReadOnlyIntegerWrapper targetSheets = new ReadOnlyIntegerWrapper(0);
    /** The article as last read from or written to the store (status, notes, embargo ...). */
    private final ReadOnlyObjectWrapper<Article> storedArticle = new ReadOnlyObjectWrapper<>();
    /** False when the article's state keeps this person from changing it (filed copy is the desk's). */
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(true);
    /** Something the reporter must know about text that is no longer on screen (kept as a copy ...). */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** The article as it would be saved now: what the preview shows. */
    private final ObjectProperty<Article> draftArticle = new SimpleObjectProperty<>();

    private final Drafting drafting;
    private final Preview preview;
    private final Workspace workspace;
    private final Tasks tasks;
    private final Messages messages;
    private final Person reporter;

    private Article stored; // the newest version of the open article known here
    private DraftTarget draft; // where saves of the open article go, on the writer thread
    private long edits; // grows with every change typed
    private long editsAtLastSave;
    private boolean loading; // true while fields are filled from the store, not typed
    private Tasks.Cancellable pendingSave; // a retry after a failed save
    private final Autosave autosave;
    private Consumer<Article> onSaved = a -> {};
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
        this.messages = messages;
        this.reporter = reporter;
        this.autosave = new Autosave(tasks, this::saveNow);
        this.draft = newDraft(0, 0);
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
        saveOrRescue();
        show(article, newDraft(article.id(), article.version()));
        saveState.set(SaveState.saved(article.updatedAt()));
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
        if (id != 0 && id == draft.id) {
            return;
        }
        tasks.write(() -> drafting.open(id), this::open, onFailure);
    }

    /** An empty page for a new article; it reaches the store with its first typed character. */
    public void startNew() {
        saveOrRescue();
        show(null, newDraft(0, 0));
        saveState.set(SaveState.NOTHING);
    }

    /**
     * Saves now instead of after the pause (switching articles, closing the window). Saves of one
     * article queue up on the writer thread, each over the version the one before it wrote.
     */
    public void saveNow() {
        autosave.cancel();
        if (pendingSave != null) {
            pendingSave.cancel();
            pendingSave = null;
        }
        if (edits == editsAtLastSave || saveState.get().kind() == SaveState.Kind.CONFLICT) {
            return;
        }
        ArticleContent content = content();
        if (draft.id == 0 && content.isEmpty()) {
            return;
        }
        long snapshot = edits;
        DraftTarget target = draft;
        saveState.set(SaveState.SAVING);
        String typedByline = byline.get();
        tasks.write(
                () -> target.save(content, typedByline),
                saved -> saved(target, saved, snapshot),
                e -> saveFailed(target, content, typedByline, e));
    }

    /**
     * Hands {@code then} the id of the open article, storing it first when it is new (a photo
     * dropped on an empty page needs an article to belong to).
     */
    public void whenStored(LongConsumer then, Consumer<Throwable> onFailure) {
        if (draft.id != 0) {
            then.accept(draft.id);
            return;
        }
        DraftTarget target = draft;
        long snapshot = edits;
        ArticleContent content = content();
        saveState.set(SaveState.SAVING);
        String typedByline = byline.get();
        tasks.write(
                () -> target.save(content, typedByline),
                saved -> {
                    saved(target, saved, snapshot);
                    then.accept(saved.id());
                },
                e -> {
                    saveFailed(target, content, typedByline, e);
                    onFailure.accept(e);
                });
    }

    /** After a conflict: keep what was typed as a new article of one's own. */
    public void keepAsCopy() {
        DraftTarget copy = newDraft(0, 0);
        draft = copy;
        long snapshot = edits;
        editsAtLastSave = -1; // everything on screen is unsaved again
        saveState.set(SaveState.SAVING);
        ArticleContent content = content();
        String typedByline = byline.get();
        tasks.write(
                () -> copy.save(content, typedByline),
                saved -> saved(copy, saved, snapshot),
                e -> saveFailed(copy, content, typedByline, e));
    }

    /** After a conflict: drop what was typed and show the version in the store. */
    public void reloadStored() {
        if (draft.id != 0) {
            edits = editsAtLastSave;
            saveState.set(SaveState.NOTHING);
            long id = draft.id;
            draft = newDraft(0, 0); // so the reload is not taken for the article already open
            open(id, e -> saveState.set(SaveState.failed(messages.describe(e))));
        }
    }

    public void setOnSaved(Consumer<Article> listener) {
        this.onSaved = listener;
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
        saveOrRescue();
        leaving(0);
    }

    /**
     * Before the text on screen is replaced: saves it, or, when it cannot go over the stored
     * version (someone else saved first), keeps it as a new article of the reporter's own. Typed
     * words never vanish with a switch.
     */
    private void saveOrRescue() {
        if (saveState.get().kind() == SaveState.Kind.CONFLICT && edits != editsAtLastSave) {
            rescue(content(), byline.get());
            return;
        }
        saveNow();
    }

    /** Keeps {@code content}, under the byline typed with it, as a new draft and says where it went. */
    private void rescue(ArticleContent content, String typedByline) {
        tasks.write(
                () -> drafting.create(content, reporter, typedByline),
                copy -> {
                    notice.set(messages.get(
                            "editor.rescued", copy.id(), copy.content().headline()));
                    onSaved.accept(copy);
                },
                e -> notice.set(messages.describe(e)));
    }

    private void leaving(long next) {
        if (stored != null && savesThisVisit > 0 && stored.id() != next) {
            onLeftEdited.accept(stored);
        }
        savesThisVisit = 0;
    }

    private DraftTarget newDraft(long id, long version) {
        return new DraftTarget(drafting, workspace, reporter, id, version);
    }

    // Reading

    public ArticleContent content() {
        return new ArticleContent(headline.get(), subheadline.get(), section.get(), List.copyOf(tags), body.get());
    }

    private void show(Article article, DraftTarget target) {
        leaving(article == null ? 0 : article.id());
        stored = article;
        storedArticle.set(article);
        mayEdit.set(Drafting.mayEdit(article, reporter));
        draft = target;
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
        articleId.set(target.id);
        history.reset(onScreen());
        edits = 0;
        editsAtLastSave = 0;
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

    /**
     * 모두 바꾸기: every occurrence in headline, subheadline and body, as one step that one
     * Ctrl+Z takes back.
     *
     * @return how many were replaced
     */
    public int replaceAll(String query, String replacement) {
        ArticleContent before = content();
        int count = TextSearch.count(before, query);
        if (count > 0) {
            replaceAsOneStep(before.withHeadline(TextSearch.replaceAll(before.headline(), query, replacement))
                    .withSubheadline(TextSearch.replaceAll(before.subheadline(), query, replacement))
                    .withBody(TextSearch.replaceAll(before.body(), query, replacement)));
        }
        return count;
    }

    /** 바꾸기: one match replaced, as one step. */
    public void replace(TextSearch.Match match, String replacement) {
        ArticleContent c = content();
        String text = TextSearch.text(c, match.field());
        String changed = text.substring(0, match.start()) + replacement + text.substring(match.end());
        replaceAsOneStep(
                switch (match.field()) {
                    case "headline" -> c.withHeadline(changed);
                    case "subheadline" -> c.withSubheadline(changed);
                    default -> c.withBody(changed);
                });
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
        edits++;
        if (saveState.get().kind() != SaveState.Kind.CONFLICT) {
            saveState.set(SaveState.UNSAVED);
        }
        refreshDerived();
        autosave.changed();
    }

    private void saved(DraftTarget target, Article saved, long snapshot) {
        onSaved.accept(saved);
        if (target != draft) {
            return; // an article no longer on screen; its text is safe, nothing to show
        }
        stored = saved;
        storedArticle.set(saved);
        mayEdit.set(Drafting.mayEdit(saved, reporter));
        savesThisVisit++;
        articleId.set(saved.id());
        editsAtLastSave = Math.max(editsAtLastSave, snapshot);
        if (edits == editsAtLastSave) {
            saveState.set(SaveState.saved(saved.updatedAt()));
        }
        draftArticle.set(snapshotArticle());
    }

    private void saveFailed(DraftTarget target, ArticleContent content, String typedByline, Throwable failure) {
        if (target != draft) {
            // the reporter has moved on, but these words were never stored: keep them anyway
            if (conflict(failure)) {
                rescue(content, typedByline);
            } else {
                notice.set(messages.get("editor.retrying", target.id, messages.describe(failure)));
                tasks.schedule(
                        RETRY_DELAY,
                        () -> tasks.write(
                                () -> target.save(content, typedByline),
                                ok -> {
                                    notice.set("");
                                    onSaved.accept(ok);
                                },
                                e -> saveFailed(target, content, typedByline, e)));
            }
            return;
        }
        if (conflict(failure)) {
            saveState.set(SaveState.conflict(messages.describe(failure)));
            return;
        }
        saveState.set(SaveState.failed(messages.describe(failure)));
        pendingSave = tasks.schedule(RETRY_DELAY, () -> {
            pendingSave = null;
            saveNow();
        });
    }

    /**
     * Somebody else's work stands in the way and no retry will pass it: a newer version saved
     * elsewhere, or the desk holding the article's lock (taken over while this window had it).
     * The text is offered as a copy of one's own, and rescued as one on leaving.
     */
    private static boolean conflict(Throwable failure) {
        return failure instanceof StaleVersionException
                || failure instanceof NewsroomException n && n.key().equals("error.lock.editing");
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

    public LongProperty articleIdProperty() {
        return articleId;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
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
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> storedArticleProperty() {
        return storedArticle.getReadOnlyProperty();
    }

    public ObjectProperty<Article> draftProperty() {
        return draftArticle;
    }

    public Person reporter() {
        return reporter;
    }
}
