package org.byline.newsroom;

import org.byline.publish.PushFault;

/**
 * Keeps a newsroom copy and the newsroom's outbox in step (nothing to do on a workstation's own
 * store, where jobs and articles are one store). A job lives on the server and may be sent by
 * any desk workstation: the one queueing it sends what waits here first (the approval, the last
 * edit), and the one sending it brings the article first if its copy is behind the server's.
 */
final class PushInStep {
    private final Sync sync;
    private final ServerPresence server;

    PushInStep(Sync sync, ServerPresence server) {
        this.sync = sync;
        this.server = server;
    }

    /** Before a push is queued: this workstation's waiting changes reach the server. */
    void sendWaiting() {
        if (sync.joined() && sync.waiting() > 0) {
            server.login().ifPresent(login -> sync.round(login));
        }
    }

    /**
     * Before a claimed job goes: the copy holds at least {@code version} of the article (0: the
     * job and the article share one store). A copy that cannot catch up now tries again later.
     */
    void atLeast(long articleId, long version) {
        if (version <= 0 || !sync.joined() || sync.hasAtLeast(articleId, version)) {
            return;
        }
        try {
            server.login().ifPresent(login -> sync.round(login));
        } catch (RuntimeException e) {
            // the server went away mid-round, or the copy's disk: a passing fault, tried again later
            throw new PushFault(true, "push.copyBehind", e, articleId);
        }
        if (!sync.hasAtLeast(articleId, version)) {
            // its own changes still wait here, or the server away: the article goes as the server has it, later
            throw new PushFault(true, "push.copyBehind", articleId);
        }
    }
}
