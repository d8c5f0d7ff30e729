package org.byline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.byline.domain.Person;
import org.byline.i18n.Messages;

/**
 * The store as the window finds it, opened (and migrated) off the FX thread: the language to
 * speak, the profiles, who worked here last and the article open last; or why it would not open.
 */
final class OpenedStore {
    private static final Logger LOG = Logger.getLogger("org.byline.app");

    private Context context;
    private Messages messages;
    private List<Person> people = List.of();
    private Person profile;
    private Optional<Long> lastArticle = Optional.empty();
    private RuntimeException failure;
    private Path dataFolder;

    private OpenedStore() {}

    /** Never throws: a store that does not open is kept as {@link #failure()}, for the window to show. */
    static OpenedStore open(BylineApp.Options options) {
        OpenedStore opened = new OpenedStore();
        opened.dataFolder = options.dataDirectory();
        // JavaFX's own words (OK, Cancel, Copy) follow the default locale: make it the one chosen
        Locale.setDefault(options.locale());
        opened.messages = new Messages(options.locale());
        try {
            opened.context = new Context(options.dataDirectory(), options.locale());
            if (!options.languageGiven()) {
                opened.context.workspace().language().ifPresent(chosen -> {
                    Locale.setDefault(chosen);
                    opened.messages = new Messages(chosen);
                });
            }
            opened.people = opened.context.staff().all();
            opened.profile = opened.context
                    .workspace()
                    .currentProfile()
                    .or(() -> opened.people.stream().findFirst())
                    .orElse(null);
            opened.lastArticle = opened.context.workspace().openArticle();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot open the store", e);
            opened.failure = e;
        }
        return opened;
    }

    /** The object graph on the store; null when it did not open, and kept when it opened but failed after. */
    Context context() {
        return context;
    }

    /** In the language chosen by --lang, else in the settings window, else the system's. */
    Messages messages() {
        return messages;
    }

    List<Person> people() {
        return people;
    }

    /** Who worked here last, else the first profile; null in a new store. */
    Person profile() {
        return profile;
    }

    Optional<Long> lastArticle() {
        return lastArticle;
    }

    /** Why the store did not open (locked, read-only, damaged), or null. */
    RuntimeException failure() {
        return failure;
    }

    /** The data folder as given (a joined workstation's store is its newsroom copy inside it). */
    Path dataFolder() {
        return dataFolder;
    }

    /** Whether this workstation joined a newsroom server: then everyone signs in with a password. */
    boolean inNewsroom() {
        return context != null && context.server().joined();
    }
}
