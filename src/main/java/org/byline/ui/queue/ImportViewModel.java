package org.byline.ui.queue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.byline.domain.Person;
import org.byline.i18n.Messages;
import org.byline.newsroom.Imports;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * Files dropped on the queue become articles: imported one after another off the FX thread, the
 * queue refreshed after each, the last new article opened. A file that cannot be imported is named
 * with the reason, and the others still come in.
 */
@ViewModel
public final class ImportViewModel {
    private final Imports imports;
    private final Tasks tasks;
    private final Messages messages;
    private final Person profile;
    private final LongConsumer open;
    private final Runnable imported;
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Consumer<Outcome> onDone = o -> {};

    /** What a drop came to: how many files came in as articles, and the reasons of those that did not. */
    public record Outcome(int imported, List<String> problems) {}

    /**
     * @param open     opens an article in the editor (and so selects it in the queue)
     * @param imported called after each article that came in (the queue reads itself again)
     */
    public ImportViewModel(
            Imports imports, Tasks tasks, Messages messages, Person profile, LongConsumer open, Runnable imported) {
        this.imports = imports;
        this.tasks = tasks;
        this.messages = messages;
        this.profile = profile;
        this.open = open;
        this.imported = imported;
    }

    public void importFiles(List<Path> files) {
        problem.set("");
        importNext(List.copyOf(files), 0, new ArrayList<>(), 0);
    }

    /** Called once each drop has been imported, whatever came of it. */
    public void setOnDone(Consumer<Outcome> onDone) {
        this.onDone = onDone;
    }

    private void importNext(List<Path> files, int index, List<String> problems, long lastId) {
        if (index == files.size()) {
            busy.set("");
            problem.set(String.join("\n", problems));
            if (lastId > 0) {
                open.accept(lastId);
            }
            onDone.accept(new Outcome(files.size() - problems.size(), List.copyOf(problems)));
            return;
        }
        Path file = files.get(index);
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        busy.set(messages.get("queue.import.busy", name));
        tasks.run(
                () -> imports.importFile(file, profile),
                article -> {
                    imported.run();
                    importNext(files, index + 1, problems, article.id());
                },
                e -> {
                    problems.add(messages.get("queue.import.failed", name, messages.describe(e)));
                    importNext(files, index + 1, problems, lastId);
                });
    }

    /** "Importing 보도자료.txt…" while a file is read; empty otherwise. */
    public ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Each file that could not be imported, with why, one a line; empty when all came in. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
