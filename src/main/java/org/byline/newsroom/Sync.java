package org.byline.newsroom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.byline.domain.NewsroomException;
import org.byline.store.NewsroomCopy;
import org.byline.store.NewsroomExchange;
import org.byline.store.postgres.PersonLogin;

/**
 * One round between a workstation's newsroom copy and the server: what waits here is sent in
 * order, then the newsroom's changes are brought. The server decides: a text written on an older
 * version is never saved over a newer one; it becomes a revision, and the round says so.
 */
public final class Sync {
    /**
     * Article numbers a workstation keeps in hand for articles started while the server is away:
     * a week's drafts of one reporter. Each round tops them up; numbers never used stay gaps.
     */
    static final int NUMBERS_IN_HAND = 20;

    /** What one round did. */
    public record Report(int sent, List<Kept> kept, List<Refused> refused, Set<Long> brought) {
        public boolean clean() {
            return kept.isEmpty() && refused.isEmpty();
        }
    }

    /** An offline text the server did not take over its newer one: kept as revision {@code revision}. */
    public record Kept(long articleId, int revision) {}

    /** A change the server refused for good, and its reason as the server gave it. */
    public record Refused(long articleId, String action, String reason) {}

    private final NewsroomCopy copy;
    private final Clock clock;

    public Sync(NewsroomCopy copy, Clock clock) {
        this.copy = copy;
        this.clock = clock;
    }

    /** Whether this store is a newsroom copy at all (a workstation that joined no newsroom has nothing to sync). */
    public boolean joined() {
        return copy.isCopy();
    }

    /** Changes made here that have not reached the server yet. */
    public int waiting() {
        return copy.waitingCount();
    }

    /** Whether this copy has the article at {@code version} of the server's or later (nothing to bring for it). */
    boolean hasAtLeast(long articleId, long version) {
        return copy.serverVersion(articleId) >= version;
    }

    /**
     * Sends, then brings, as the person signed in on {@code login}.
     *
     * @throws NewsroomException "error.newsroom.serverGone" when the server stopped answering:
     *         what was not sent still waits, in order
     */
    public Report round(PersonLogin login) {
        UUID workstation = copy.workstation().orElseThrow(() -> new NewsroomException("error.newsroom.notJoined"));
        // the window's lock keeper uses the same connection: one at a time
        return login.whileHolding(() -> roundHeld(login, workstation));
    }

    private Report roundHeld(PersonLogin login, UUID workstation) {
        NewsroomExchange exchange = login.exchange(copy, clock);
        try {
            int sent = 0;
            List<Kept> kept = new ArrayList<>();
            List<Refused> refused = new ArrayList<>();
            Set<Long> again = new LinkedHashSet<>();
            for (NewsroomExchange.Sent result : exchange.sendWaiting()) {
                long id = result.change().articleId();
                if (result instanceof NewsroomExchange.KeptAsRevision k) {
                    kept.add(new Kept(id, k.revision()));
                    again.add(id);
                } else if (result instanceof NewsroomExchange.Refused r) {
                    refused.add(new Refused(id, r.change().kind(), r.reason()));
                    again.add(id);
                } else {
                    sent++;
                }
            }
            Set<Long> brought = exchange.bring(again);
            exchange.topUpNumbers(workstation, NUMBERS_IN_HAND);
            return new Report(sent, kept, refused, brought);
        } catch (NewsroomExchange.ServerGone e) {
            throw new NewsroomException(
                    "error.newsroom.serverGone", e, login.address().where());
        }
    }
}
