package org.byline.cli;

import java.io.PrintWriter;
import org.byline.domain.ArticleLock;
import org.byline.newsroom.Locks;
import org.byline.newsroom.Newsroom;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;

@Command(
        name = "locks",
        description = "List locked articles, oldest lock first: id, holder, since, last heartbeat, "
                + "stale mark, headline.")
final class LocksCommand extends SessionCommand {
    LocksCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Newsroom newsroom = session.context();
        Locks locks = newsroom.locks();
        String staleMark = session.messages().get("lock.stale");
        PrintWriter out = out();
        for (ArticleLock lock : locks.all()) {
            out.println(String.join(
                    "\t",
                    Long.toString(lock.articleId()),
                    lock.holder(),
                    SiteTime.format(lock.since()),
                    SiteTime.format(lock.heartbeat()),
                    locks.isStale(lock) ? staleMark : "",
                    newsroom.drafting().open(lock.articleId()).content().headline()));
        }
        return 0;
    }
}
