package org.byline.ui.editor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;
import org.byline.domain.TextCounts;
import org.byline.i18n.Messages;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Preview;
import org.byline.newsroom.Workspace;
import org.byline.ui.fx.Tasks;

/**
 * The article being written. Every change is saved about {@link #AUTOSAVE_DELAY} after typing
 * stops, on the writer thread, so typing never waits for the store. A save that finds somebody
 * else's newer version is refused by the store; the reporter's text then stays on screen and can
 * be kept as a copy, so nothing is lost silently.
 */
public final class EditorViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(600);
    /** After a failed save (store locked, disk full) the text is tried again this often. */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(3);

    // Properties
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty subheadline = new SimpleStringProperty("");
    private final StringProperty section = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final LongProperty articleId = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NOTHING);
    private final ReadOnlyObjectWrapper<TextCounts> counts = new ReadOnlyObjectWrapper<>(new TextCounts(0, 0, 0));
    /** The article as it would be saved now: what the preview shows. */
    private final ObjectProperty<Article> draft = new SimpleObjectProperty<>();

    private final Drafting drafting;
    private final Preview preview;
    private final Workspace workspace;
    private final Tasks tasks;
    private final Messages messages;
    private final Person reporter;

    private Article stored;           // the last version read from or written to the store
    private long edits;               // grows with every change typed
    private long editsAtLastSave;
    private boolean saving;
    private boolean loading;          // true while fields are filled from the store, not typed
    private Tasks.Cancellable pendingSave;
    private Consumer<Article> onSaved = a -> { };

    public EditorViewModel(Drafting drafting, Preview preview, Workspace workspace, Tasks tasks, Messages messages, Person reporter) {
        this.drafting = drafting;
        this.preview = preview;
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.reporter = reporter;
        headline.addListener((o, a, b) -> changed());
        subheadline.addListener((o, a, b) -> changed());
        section.addListener((o, a, b) -> changed());
        body.addListener((o, a, b) -> changed());
        tags.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
        tasks.run(drafting::sectionNames, sections::setAll, e -> { });
        draft.set(snapshotArticle());
    }

    // Commands

    /** Shows {@code article} for editing, after saving whatever was typed into the previous one. */
    public void open(Article article) {
        saveNow();
        stored = article;
        loading = true;
        try {
            headline.set(article.content().headline());
            subheadline.set(article.content().subheadline());
            section.set(article.content().section());
            tags.setAll(article.content().tags());
            body.set(article.content().body());
        } finally {
            loading = false;
        }
        articleId.set(article.id());
        edits = 0;
        editsAtLastSave = 0;
        saveState.set(SaveState.saved(article.updatedAt()));
        refreshDerived();
        long id = article.id();
        tasks.write(() -> {
            workspace.rememberOpenArticle(id);
            return id;
        }, x -> { }, e -> { });
    }

    /** Opens article {@code id} from the store. */
    public void open(long id, Consumer<Throwable> onFailure) {
        tasks.run(() -> drafting.open(id), this::open, onFailure);
    }

    /** An empty page for a new article; it reaches the store with its first typed character. */
    public void startNew() {
        saveNow();
        stored = null;
        loading = true;
        try {
            headline.set("");
            subheadline.set("");
            tags.clear();
            body.set("");
        } finally {
            loading = false;
        }
        articleId.set(0);
        edits = 0;
        editsAtLastSave = 0;
        saveState.set(SaveState.NOTHING);
        refreshDerived();
    }

    /** Saves now instead of after the pause (switching articles, closing the window). */
    public void saveNow() {
        if (pendingSave != null) {
            pendingSave.cancel();
            pendingSave = null;
        }
        if (edits == editsAtLastSave || saving || saveState.get().kind() == SaveState.Kind.CONFLICT) {
            return;
        }
        ArticleContent content = content();
        if (stored == null && content.isEmpty()) {
            return;
        }
        saving = true;
        long snapshot = edits;
        Article base = stored;
        saveState.set(SaveState.SAVING);
        tasks.write(() -> base == null
                        ? rememberNew(drafting.create(content, reporter))
                        : drafting.save(base.id(), base.version(), content),
                saved -> saved(saved, snapshot),
                this::saveFailed);
    }

    /** After a conflict: keep what was typed as a new article of one's own. */
    public void keepAsCopy() {
        ArticleContent content = content();
        saving = true;
        saveState.set(SaveState.SAVING);
        tasks.write(() -> rememberNew(drafting.create(content, reporter)), copy -> {
            saving = false;
            stored = copy;
            articleId.set(copy.id());
            editsAtLastSave = edits;
            saveState.set(SaveState.saved(copy.updatedAt()));
            onSaved.accept(copy);
            refreshDerived();
            saveNow();
        }, this::saveFailed);
    }

    /** After a conflict: drop what was typed and show the version in the store. */
    public void reloadStored() {
        if (stored != null) {
            saveState.set(SaveState.NOTHING);
            edits = editsAtLastSave;
            open(stored.id(), this::saveFailed);
        }
    }

    public void setOnSaved(Consumer<Article> listener) {
        this.onSaved = listener;
    }

    // Reading

    public ArticleContent content() {
        return new ArticleContent(headline.get(), subheadline.get(), section.get(), List.copyOf(tags), body.get());
    }

    public boolean hasUnsavedChanges() {
        return edits != editsAtLastSave;
    }

    private Article rememberNew(Article created) {
        workspace.rememberOpenArticle(created.id());
        return created;
    }

    private void changed() {
        if (loading) {
            return;
        }
        edits++;
        if (saveState.get().kind() != SaveState.Kind.CONFLICT) {
            saveState.set(saving ? SaveState.SAVING : SaveState.UNSAVED);
        }
        refreshDerived();
        if (pendingSave != null) {
            pendingSave.cancel();
        }
        pendingSave = tasks.schedule(AUTOSAVE_DELAY, () -> {
            pendingSave = null;
            saveNow();
        });
    }

    private void saved(Article saved, long snapshot) {
        saving = false;
        stored = saved;
        articleId.set(saved.id());
        editsAtLastSave = snapshot;
        onSaved.accept(saved);
        if (edits != snapshot) {
            saveState.set(SaveState.UNSAVED);
            saveNow(); // typed on while the save ran
        } else {
            saveState.set(SaveState.saved(saved.updatedAt()));
        }
        draft.set(snapshotArticle());
    }

    private void saveFailed(Throwable failure) {
        saving = false;
        if (failure instanceof StaleVersionException) {
            saveState.set(SaveState.conflict(messages.describe(failure)));
        } else {
            saveState.set(SaveState.failed(messages.describe(failure)));
            pendingSave = tasks.schedule(RETRY_DELAY, () -> {
                pendingSave = null;
                saveNow();
            });
        }
    }

    private void refreshDerived() {
        counts.set(preview.counts(body.get()));
        draft.set(snapshotArticle());
    }

    private Article snapshotArticle() {
        Instant now = Instant.now();
        if (stored == null) {
            return new Article(0, 0, Status.DRAFT, content(), reporter.name(), reporter, now, now, null, null);
        }
        return stored.withContent(content());
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

    public ReadOnlyObjectProperty<TextCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObjectProperty<Article> draftProperty() {
        return draft;
    }

    public Person reporter() {
        return reporter;
    }
}
