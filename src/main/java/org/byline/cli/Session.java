package org.byline.cli;

import java.util.function.Function;
import org.byline.domain.Person;
import org.byline.i18n.Messages;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.Staff;

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

    /**
     * The profile named by {@code --as}, once it has shown it is who it says: a desk or admin
     * profile's password comes from BYLINE_PASSWORD or a prompt. An unknown name is refused.
     */
    public Person as(String name) {
        Staff staff = context().staff();
        Person named = staff.named(name);
        if (!named.role().needsPassword()) {
            return named;
        }
        char[] password = passwords().of(named);
        try {
            return staff.authenticate(named.name(), password);
        } finally {
            Staff.forget(password);
        }
    }

    /** The profile named by {@code --as}, or nobody when the option was not given. */
    public Person asIfNamed(String name) {
        return name == null ? null : as(name);
    }

    PasswordSource passwords() {
        return new PasswordSource(options.env(), messages());
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
