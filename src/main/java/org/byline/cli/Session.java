package org.byline.cli;

import java.util.function.Function;
import org.byline.newsroom.Newsroom;
import org.byline.domain.Person;
import org.byline.i18n.Messages;

/** What the commands of one run share: the store, opened when a command first needs it. */
public final class Session implements AutoCloseable {
    private final GlobalOptions options;
    private final Function<GlobalOptions, ? extends Newsroom> contexts;
    private Newsroom context;

    Session(GlobalOptions options, Function<GlobalOptions, ? extends Newsroom> contexts) {
        this.options = options;
        this.contexts = contexts;
    }

    public Newsroom context() {
        if (context == null) {
            context = contexts.apply(options);
        }
        return context;
    }

    public Messages messages() {
        return new Messages(options.locale());
    }

    public GlobalOptions options() {
        return options;
    }

    /** The profile named by {@code --as}; an unknown name is refused. */
    public Person as(String name) {
        return context().staff().named(name);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
