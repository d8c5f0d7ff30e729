package org.byline.newsroom;

import java.util.Optional;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.store.LockStore;
import org.byline.store.postgres.PersonLogin;

/**
 * Whether this workstation's store is a newsroom copy, and whether its server answers now. Work
 * that only the server may decide (approve, return, spike, publish, push) is refused while it is
 * away, before anything changes here; drafting and filing go on and are sent later.
 */
public final class ServerPresence {
    private final boolean joined;
    private volatile boolean online;
    private volatile PersonLogin login;

    public ServerPresence(boolean joined) {
        this.joined = joined;
    }

    public boolean joined() {
        return joined;
    }

    /** Whether the server answered the last time this workstation asked. */
    public boolean online() {
        return online;
    }

    public void online(boolean answers) {
        this.online = answers;
        if (!answers) {
            this.login = null;
        }
    }

    /** The person's login while the server answers: work that must hold at every workstation (locks) goes through it. */
    void attach(PersonLogin signedIn) {
        this.login = signedIn;
        this.online = true;
    }

    /** The login ended (closed, or its server went away). */
    void detach(PersonLogin ended) {
        if (login == ended) {
            login = null;
            online = false;
        }
    }

    /** The server's locks while a login is attached. */
    Optional<LockStore> locks() {
        PersonLogin now = login;
        return now == null ? Optional.empty() : Optional.of(now.locks());
    }

    /** The person's login while the server answers (work that lives on the server goes through it). */
    Optional<PersonLogin> login() {
        return Optional.ofNullable(login);
    }

    /** Refuses {@code action} on a newsroom copy whose server is away. */
    void require(DeskAction action) {
        if (joined && !online) {
            throw new NewsroomException("error.newsroom.needsServer", action.code());
        }
    }
}
