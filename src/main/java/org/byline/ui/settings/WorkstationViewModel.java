package org.byline.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.byline.i18n.Messages;
import org.byline.newsroom.Workspace;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * This computer's part of the settings: the window's language (kept with the store, used from
 * the next start unless --lang says otherwise) and where the store lives.
 */
@ViewModel
public final class WorkstationViewModel {
    /** The choices: follow the system, Korean, English. */
    public enum Language {
        SYSTEM,
        KOREAN,
        ENGLISH
    }

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.SYSTEM);
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private final Workspace workspace;
    private final Path dataDirectory;
    private final Path backups;
    private final Tasks tasks;
    private final Messages messages;
    private final NewsroomLinkViewModel newsroom;
    private boolean loading;
    private boolean chosenHere; // a choice made before the stored one arrived is not overwritten by it

    public WorkstationViewModel(Workspace workspace, Path dataDirectory, Path backups, Tasks tasks, Messages messages) {
        this(workspace, dataDirectory, backups, tasks, messages, null);
    }

    /** @param newsroom the newsroom server part of the tab, or null where it is not offered */
    public WorkstationViewModel(
            Workspace workspace,
            Path dataDirectory,
            Path backups,
            Tasks tasks,
            Messages messages,
            NewsroomLinkViewModel newsroom) {
        this.newsroom = newsroom;
        this.workspace = workspace;
        this.dataDirectory = dataDirectory;
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        tasks.run(
                workspace::language,
                chosen -> {
                    if (chosenHere) {
                        return;
                    }
                    loading = true;
                    language.set(chosen.map(l -> l.getLanguage().equals("ko") ? Language.KOREAN : Language.ENGLISH)
                            .orElse(Language.SYSTEM));
                    loading = false;
                },
                e -> said.set(messages.describe(e)));
        language.addListener((o, a, b) -> {
            if (!loading && b != null) {
                chosenHere = true;
                choose(b);
            }
        });
    }

    private void choose(Language chosen) {
        Locale locale = switch (chosen) {
            case SYSTEM -> null;
            case KOREAN -> Locale.KOREAN;
            case ENGLISH -> Locale.ENGLISH;
        };
        tasks.write(
                () -> {
                    workspace.chooseLanguage(locale);
                    return chosen;
                },
                c -> said.set(messages.get("settings.workstation.languageSaved")),
                e -> said.set(messages.describe(e)));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public String dataDirectory() {
        return dataDirectory.toAbsolutePath().toString();
    }

    public String backupsFolder() {
        return backups.toAbsolutePath().toString();
    }

    /** The newsroom server part, or null. */
    public NewsroomLinkViewModel newsroom() {
        return newsroom;
    }

    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }
}
