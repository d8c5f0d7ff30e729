package org.byline.cli;

import org.byline.domain.ArticleLock;
import org.byline.domain.LockResult;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.newsroom.Locks;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "lock",
        description =
                "Lock an article for editing, as opening it in the window does. Refused, naming the holder, "
                        + "when somebody else has it. A command line sends no heartbeat: unlock when done, or the lock goes stale in two minutes.")
final class LockCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is locking it")
    String as;

    @Option(names = "--break", description = "Take the lock from its holder (recorded): anybody may break a stale lock")
    boolean breakIt;

    LockCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person who = session.as(as);
        Locks locks = session.context().locks();
        if (breakIt) {
            ArticleLock broken = locks.breakLock(id, who);
            say(
                    broken.holderId() == who.id()
                            ? session.messages().get("cli.locked", id)
                            : session.messages()
                                    .get("cli.lockBroken", id, broken.holder(), SiteTime.format(broken.since())));
            return 0;
        }
        LockResult result = locks.open(id, who);
        ArticleLock lock = result.lock();
        switch (result.outcome()) {
            case TAKEN, ALREADY_YOURS -> say(session.messages().get("cli.locked", id));
            case RESUMED -> say(session.messages().get("cli.lockResumed", id));
            case HELD_BY_OTHER ->
                throw new NewsroomException(
                        "error.lock.heldBy",
                        id,
                        lock.holder(),
                        SiteTime.format(lock.since()),
                        SiteTime.format(lock.heartbeat()));
        }
        return 0;
    }

    private void say(String line) {
        err().println(line);
    }
}
