package org.byline.ui.editor;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.i18n.Messages;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Workspace;
import org.byline.ui.fx.Autosave;
import org.byline.ui.fx.Tasks;

/**
 * Gets what the reporter types into the store. Every change is saved about {@link Autosave#PAUSE}
 * after typing stops, and no later than {@link Autosave#CEILING} after it was typed while typing
 * goes on, on the writer thread, so typing never waits for the store. A save that finds somebody
 * else's newer version is refused by the store; the text then stays on screen and can be kept as
 * a copy, and is rescued as one when the reporter moves on, so nothing is lost silently. A save
 * that fails for any other reason (store locked, disk full) is tried again.
 */
final class DraftKeeper {
    /** After a failed save (store locked, disk full) the text is tried again this often. */
    static final Duration RETRY_DELAY = Duration.ofSeconds(3);

    /** The editor the keeper saves for: what is on screen, and what it shows when a save comes back. */
    interface Editor {
        ArticleContent content();

        /** As typed beside the text, saved with it. */
        String byline();

        /** A save of the article on screen came back: {@code saved} is its newest stored version. */
        void stored(Article saved);

        /** Shows article {@code id} again as the store has it. */
        void reopen(long id, Consumer<Throwable> onFailure);
    }

    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NOTHING);
    /** Something the reporter must know about text that is no longer on screen (kept as a copy ...). */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final Drafting drafting;
    private final Workspace workspace;
    private final Tasks tasks;
    private final Messages messages;
    private final Person reporter;
    private final Editor page;
    private final Autosave autosave;

    private DraftTarget draft; // where saves of the open article go, on the writer thread
    private long edits; // grows with every change typed
    private long editsAtLastSave;
    private Tasks.Cancellable pendingSave; // a retry after a failed save
    private Consumer<Article> onSaved = a -> {};

    DraftKeeper(Drafting drafting, Workspace workspace, Tasks tasks, Messages messages, Person reporter, Editor page) {
        this.drafting = drafting;
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.reporter = reporter;
        this.page = page;
        this.autosave = new Autosave(tasks, this::saveNow);
        this.draft = newDraft(0, 0);
    }

    /**
     * Another article, or an empty page when {@code article} is null, is now on screen: its saves
     * go over the version shown, and nothing of it is typed yet.
     */
    void follow(Article article) {
        draft = article == null ? newDraft(0, 0) : newDraft(article.id(), article.version());
        edits = 0;
        editsAtLastSave = 0;
        saveState.set(article == null ? SaveState.NOTHING : SaveState.saved(article.updatedAt()));
    }

    /** The id saves go to: 0 while the page on screen has not reached the store. */
    long articleId() {
        return draft.id;
    }

    /** Something was typed: it is saved after the pause, or at the ceiling. */
    void typed() {
        edits++;
        if (saveState.get().kind() != SaveState.Kind.CONFLICT) {
            saveState.set(SaveState.UNSAVED);
        }
        autosave.changed();
    }

    /**
     * Saves now instead of after the pause (switching articles, closing the window). Saves of one
     * article queue up on the writer thread, each over the version the one before it wrote.
     */
    void saveNow() {
        autosave.cancel();
        if (pendingSave != null) {
            pendingSave.cancel();
            pendingSave = null;
        }
        if (edits == editsAtLastSave || saveState.get().kind() == SaveState.Kind.CONFLICT) {
            return;
        }
        ArticleContent content = page.content();
        if (draft.id == 0 && content.isEmpty()) {
            return;
        }
        save(draft, content, saved -> {}, e -> {});
    }

    /**
     * Hands {@code then} the id of the open article, storing it first when it is new (a photo
     * dropped on an empty page needs an article to belong to).
     */
    void whenStored(LongConsumer then, Consumer<Throwable> onFailure) {
        if (draft.id != 0) {
            then.accept(draft.id);
            return;
        }
        save(draft, page.content(), saved -> then.accept(saved.id()), onFailure);
    }

    /** After a conflict: keep what was typed as a new article of one's own. */
    void keepAsCopy() {
        draft = newDraft(0, 0);
        editsAtLastSave = -1; // everything on screen is unsaved again
        save(draft, page.content(), saved -> {}, e -> {});
    }

    /** After a conflict: drop what was typed and show the version in the store. */
    void reloadStored() {
        if (draft.id != 0) {
            edits = editsAtLastSave;
            saveState.set(SaveState.NOTHING);
            long id = draft.id;
            draft = newDraft(0, 0); // so the reload is not taken for the article already open
            page.reopen(id, e -> saveState.set(SaveState.failed(messages.describe(e))));
        }
    }

    /**
     * Before the text on screen is replaced: saves it, or, when it cannot go over the stored
     * version (someone else saved first), keeps it as a new article of the reporter's own. Typed
     * words never vanish with a switch.
     */
    void saveOrRescue() {
        if (saveState.get().kind() == SaveState.Kind.CONFLICT && edits != editsAtLastSave) {
            rescue(page.content(), page.byline());
            return;
        }
        saveNow();
    }

    void setOnSaved(Consumer<Article> listener) {
        this.onSaved = listener;
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Writes what is on screen now to {@code target}, on the writer thread. */
    private void save(
            DraftTarget target, ArticleContent content, Consumer<Article> then, Consumer<Throwable> onFailure) {
        long snapshot = edits;
        saveState.set(SaveState.SAVING);
        String typedByline = page.byline();
        tasks.write(
                () -> target.save(content, typedByline),
                saved -> {
                    saved(target, saved, snapshot);
                    then.accept(saved);
                },
                e -> {
                    saveFailed(target, content, typedByline, e);
                    onFailure.accept(e);
                });
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

    private void saved(DraftTarget target, Article saved, long snapshot) {
        onSaved.accept(saved);
        if (target != draft) {
            return; // an article no longer on screen; its text is safe, nothing to show
        }
        page.stored(saved);
        editsAtLastSave = Math.max(editsAtLastSave, snapshot);
        if (edits == editsAtLastSave) {
            saveState.set(SaveState.saved(saved.updatedAt()));
        }
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

    private DraftTarget newDraft(long id, long version) {
        return new DraftTarget(drafting, workspace, reporter, id, version);
    }
}
