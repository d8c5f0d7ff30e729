package org.byline.ui.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Rendition;
import org.byline.i18n.Messages;
import org.byline.newsroom.Photos;
import org.byline.ui.fx.Autosave;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The photos of the open article: attach (one file at a time, off the FX thread, with progress),
 * caption and credit, lead, order, removal. A file that cannot be used is reported by name and
 * leaves the article and its other photos as they were.
 */
@ViewModel
public final class PhotoStripViewModel {
    /** A photo with the thumbnail file the strip shows. */
    public record Item(Photo photo, String thumbnailUrl) {}

    /** Asks for the open article's id, storing a new article first (see EditorViewModel.whenStored). */
    public interface ArticleSource {
        void whenStored(LongConsumer then, Consumer<Throwable> onFailure);
    }

    // Properties
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Grows whenever the photos change, so the preview renders again. */
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    private final LongProperty articleId = new SimpleLongProperty();

    private final Photos photos;
    private final Tasks tasks;
    private final Messages messages;
    private final ArticleSource article;
    /** Caption, credit and alt text are saved as they are typed, like the article's own text. */
    private final Autosave detailsSave;

    private Item typedFor; // the photo whose details wait for their save
    private PhotoDetails typedDetails;

    public PhotoStripViewModel(
            Photos photos, Tasks tasks, Messages messages, ArticleSource article, ReadOnlyLongProperty openArticle) {
        this.photos = photos;
        this.tasks = tasks;
        this.messages = messages;
        this.article = article;
        this.detailsSave = new Autosave(tasks, this::saveTyped);
        articleId.bind(openArticle);
        articleId.addListener((o, a, b) -> {
            saveTyped();
            reload();
        });
        reload();
    }

    // Commands

    /** Attaches {@code files} one by one; each one that fails is named in {@link #problemProperty()}. */
    public void attach(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        problem.set("");
        busy.set(true);
        progress.set(0);
        article.whenStored(id -> attachNext(id, List.copyOf(files), 0, new ArrayList<>()), this::failed);
    }

    /** A pasted picture: written as a PNG on a worker, then attached like a file. */
    void attachPicture(PastedPicture picture) {
        problem.set("");
        tasks.run(
                () -> {
                    try {
                        return picture.toPng();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                png -> attach(List.of(png)),
                e -> problem.set(messages.get("strip.pasteFailed")));
    }

    private void attachNext(long id, List<Path> files, int index, List<String> problems) {
        if (index == files.size()) {
            busy.set(false);
            progress.set(-1);
            problem.set(String.join("\n", problems));
            reload();
            return;
        }
        Path file = files.get(index);
        tasks.run(
                () -> photos.attach(id, List.of(file), PhotoDetails.NONE, false),
                added -> {
                    progress.set((index + 1) / (double) files.size());
                    reload();
                    attachNext(id, files, index + 1, problems);
                },
                e -> {
                    problems.add(messages.describe(e));
                    progress.set((index + 1) / (double) files.size());
                    attachNext(id, files, index + 1, problems);
                });
    }

    public void remove(Item item) {
        long id = articleId.get();
        tasks.write(
                () -> {
                    photos.detach(id, item.photo().id());
                    return id;
                },
                x -> reload(),
                this::failed);
    }

    public void makeLead(Item item) {
        tasks.write(
                () -> {
                    photos.makeLead(item.photo().id());
                    return item;
                },
                x -> reload(),
                this::failed);
    }

    /** Moves {@code item} to {@code index} in the strip (dragging). */
    public void move(Item item, int index) {
        List<Long> order =
                new ArrayList<>(items.stream().map(i -> i.photo().id()).toList());
        order.remove(item.photo().id());
        order.add(Math.max(0, Math.min(index, order.size())), item.photo().id());
        long id = articleId.get();
        tasks.write(
                () -> {
                    photos.reorder(id, order);
                    return order;
                },
                x -> reload(),
                this::failed);
    }

    /**
     * Caption, credit or alt text typed into {@code item}: saved within about a second however
     * steadily the typing goes on (see {@link Autosave}), so a crash takes none of it.
     */
    public void typed(Item item, PhotoDetails details) {
        if (typedFor != null && typedFor.photo().id() != item.photo().id()) {
            saveTyped(); // another photo's details still waited: they go first
        }
        typedFor = item;
        typedDetails = details;
        detailsSave.changed();
    }

    /** Saves now whatever details wait for the pause (another photo chosen, the window closing). */
    public void saveTyped() {
        detailsSave.cancel();
        if (typedFor != null) {
            // written whatever the item read back says: it may be older than the last save
            Item item = typedFor;
            PhotoDetails details = typedDetails;
            typedFor = null;
            typedDetails = null;
            write(item, details);
        }
    }

    /** Saves caption, credit and alt text of {@code item} when they changed. */
    public void describe(Item item, PhotoDetails details) {
        if (typedFor != null && typedFor.photo().id() == item.photo().id()) {
            detailsSave.cancel(); // saved now, with the newest text
            typedFor = null;
            typedDetails = null;
        }
        if (details.equals(item.photo().details())) {
            return;
        }
        write(item, details);
    }

    private void write(Item item, PhotoDetails details) {
        tasks.write(() -> photos.update(item.photo().id(), details), updated -> reload(), this::failed);
    }

    public void reload() {
        long id = articleId.get();
        if (id == 0) {
            items.clear();
            selected.set(null);
            revision.set(revision.get() + 1);
            return;
        }
        tasks.run(
                () -> photos.photos(id).stream()
                        .map(p -> new Item(
                                p,
                                photos.rendition(p, Rendition.THUMBNAIL).toUri().toString()))
                        .toList(),
                loaded -> {
                    if (id != articleId.get()) {
                        return; // another article was opened meanwhile
                    }
                    Long keep = selected.get() == null
                            ? null
                            : selected.get().photo().id();
                    items.setAll(loaded);
                    selected.set(loaded.stream()
                            .filter(i -> keep != null && i.photo().id() == keep)
                            .findFirst()
                            .orElse(loaded.isEmpty() ? null : loaded.get(0)));
                    revision.set(revision.get() + 1);
                },
                this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        progress.set(-1);
        problem.set(messages.describe(e));
    }

    // Properties, for binding

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
