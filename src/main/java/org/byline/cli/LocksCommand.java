package org.byline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.byline.domain.ArticleLock;
import org.byline.newsroom.Locks;
import org.byline.newsroom.Newsroom;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "locks", description = "List locked articles, oldest lock first: id, holder, since, last heartbeat, "
        + "stale mark, headline.")
final class LocksCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    LocksCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Newsroom newsroom = session.context();
        Locks locks = newsroom.locks();
        String staleMark = session.messages().get("lock.stale");
        PrintWriter out = spec.commandLine().getOut();
        for (ArticleLock lock : locks.all()) {
            out.println(String.join("\t", Long.toString(lock.articleId()), lock.holder(), SiteTime.format(lock.since()),
                    SiteTime.format(lock.heartbeat()), locks.isStale(lock) ? staleMark : "",
                    newsroom.drafting().open(lock.articleId()).content().headline()));
        }
        return 0;
    }
}
