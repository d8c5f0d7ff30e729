package org.byline.newsroom;

import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;

/**
 * Whether this workstation's store is a newsroom copy, and whether its server answers now. Work
 * that only the server may decide (approve, return, spike, publish, push) is refused while it is
 * away, before anything changes here; drafting and filing go on and are sent later.
 */
public final class ServerPresence {
    private final boolean joined;
    private volatile boolean online;

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
    }

    /** Refuses {@code action} on a newsroom copy whose server is away. */
    void require(DeskAction action) {
        if (joined && !online) {
            throw new NewsroomException("error.newsroom.needsServer", action.code());
        }
    }
}
