package org.byline.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.Person;
import org.byline.i18n.Messages;
import org.byline.newsroom.Exports;
import org.byline.newsroom.Exports.Format;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * Exporting the articles chosen in the queue: a format, a folder, whether unapproved copy goes
 * too. The articles are written one after another off the FX thread; each one's outcome (its
 * path, or why it was refused) is a line of {@link #results()}, and one refusal never stops the rest.
 */
@ViewModel
public final class ExportViewModel {
    private final Exports exports;
    private final Tasks tasks;
    private final Messages messages;
    private final Person me;
    private final List<Long> ids;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.NINJS);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty drafts = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private int written;
    private int refused;

    public ExportViewModel(Exports exports, Tasks tasks, Messages messages, Person me, List<Long> ids) {
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
        this.me = me;
        this.ids = List.copyOf(ids);
    }

    /** Writes every chosen article into the folder; does nothing while an export is running. */
    public void start() {
        if (busy.get()) {
            return;
        }
        results.clear();
        if (folder.get() == null) {
            summary.set(messages.get("export.noFolder"));
            return;
        }
        written = 0;
        refused = 0;
        summary.set("");
        progress.set(0);
        busy.set(true);
        next(0, format.get(), folder.get(), drafts.get());
    }

    private void next(int index, Format chosen, Path into, boolean withDrafts) {
        if (index == ids.size()) {
            busy.set(false);
            summary.set(messages.get("export.summary", written, refused));
            return;
        }
        long id = ids.get(index);
        tasks.run(
                () -> exports.export(id, chosen, into, withDrafts, me),
                path -> {
                    written++;
                    results.add(messages.get("export.done", id, path));
                    progress.set((index + 1) / (double) ids.size());
                    next(index + 1, chosen, into, withDrafts);
                },
                failure -> {
                    refused++;
                    results.add(messages.get("export.failed", id, messages.describe(failure)));
                    progress.set((index + 1) / (double) ids.size());
                    next(index + 1, chosen, into, withDrafts);
                });
    }

    public List<Long> ids() {
        return ids;
    }

    public List<Format> formats() {
        return List.of(Format.values());
    }

    /** A format as the window names it. */
    public String name(Format f) {
        return switch (f) {
            case NINJS -> messages.get("export.format.ninjs");
            case NEWSML -> messages.get("export.format.newsml");
            case HTML -> messages.get("export.format.html");
            case PACKAGE -> messages.get("export.format.package");
        };
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public BooleanProperty draftsProperty() {
        return drafts;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 before the first article, 1 when the last one is done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> results() {
        return results;
    }
}
