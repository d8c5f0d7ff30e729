package org.byline.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.byline.domain.Article;
import org.byline.domain.Status;
import org.byline.newsroom.ScratchNewsroom;

/**
 * What the last writer of each article last had in their own copy after their last change (a
 * save, a 송고, a decision of the desk): once every workstation has synced, the server must hold
 * exactly that, or that text as a 직접 보관 revision beside a newer one. Anything else is a lost
 * update. In this newsroom one article has one writer at a time (its reporter until it is filed,
 * then the one desk editor it falls to, then its reporter again if returned), so "last" is plain.
 */
final class LastWrites {
    private record Written(String headline, String body, Status status) {}

    private final Map<Long, Written> last = new ConcurrentHashMap<>();
    /** Articles queued for a push after their last write: the outbox, not a writer, publishes them. */
    private final Set<Long> pushed = ConcurrentHashMap.newKeySet();

    /** {@code article} as the writer's copy holds it right after their change. */
    void wrote(Article article) {
        last.put(
                article.id(),
                new Written(article.content().headline(), article.content().body(), article.status()));
    }

    /** The desk queued a push of the article: on the server it may be 출고 (published) as well as approved. */
    void pushed(long id) {
        pushed.add(id);
    }

    int articles() {
        return last.size();
    }

    /** How many articles the server holds otherwise than their last writer left them. */
    int lost(List<ScratchNewsroom.Held> server) {
        Map<Long, ScratchNewsroom.Held> held = new ConcurrentHashMap<>();
        server.forEach(a -> held.put(a.id(), a));
        int lost = 0;
        for (Map.Entry<Long, Written> e : last.entrySet()) {
            Written w = e.getValue();
            ScratchNewsroom.Held h = held.get(e.getKey());
            if (h == null) {
                lost++;
                continue;
            }
            boolean sameText = h.headline().equals(w.headline()) && h.body().equals(w.body());
            boolean kept = h.kept().contains(new ScratchNewsroom.Text(w.headline(), w.body()));
            boolean status = h.status() == w.status()
                    || (pushed.contains(e.getKey()) && w.status() == Status.APPROVED && h.status() == Status.PUBLISHED);
            if (!(sameText || kept) || (sameText && !status)) {
                lost++;
            }
        }
        return lost;
    }
}
