package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.newsroom.Outbox;
import org.byline.newsroom.Pasting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "push",
        description = {
            "Send approved (or published) articles to a site, and wait until each has arrived or failed for good.",
            "Prints one line per job: job, article, outcome, link. Exits 1 if any failed. An embargoed article goes to",
            "WordPress scheduled for the embargo's end; other sites need --override-embargo.",
            "All or nothing: if any of the articles is refused, none of them is queued."
        })
final class PushCommand extends SessionCommand {
    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids;

    @Option(names = "--site", paramLabel = "NAME", description = "The site (needed when there is more than one)")
    String site;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor pushing")
    String as;

    @Option(names = "--no-wait", description = "Only queue the jobs; the window or `outbox run` sends them")
    boolean noWait;

    @Option(
            names = "--override-embargo",
            description = "Release now although the embargo still holds; recorded in the history")
    boolean overrideEmbargo;

    PushCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Outbox outbox = session.context().outbox();
        if (!noWait) {
            outbox.requireSendingHere(site);
        }
        List<Long> jobs;
        try {
            jobs = outbox.queue(ids, site, by, overrideEmbargo);
        } catch (NewsroomException refused) {
            if (ids.size() < 2) {
                throw refused;
            }
            throw new NewsroomException(
                    "cli.pushNothingQueued", refused, session.messages().describe(refused));
        }
        PrintWriter out = out();
        if (noWait) {
            jobs.forEach(out::println);
            return 0;
        }
        List<PushJob> ended = outbox.sendUntilSettled(jobs);
        OutboxCommand.print(out, ended, session.messages());
        // the exit of 1 comes with one line per job that did not arrive, as every command names its problems
        for (PushJob job : ended) {
            if (job.state() != PushState.DONE) {
                err().println("byline: "
                        + Pasting.line(session.messages()
                                .get(
                                        "cli.pushFailed",
                                        job.id(),
                                        job.articleId(),
                                        OutboxCommand.error(job, session.messages()))));
            }
        }
        out.flush();
        err().flush();
        return ended.stream().allMatch(j -> j.state() == PushState.DONE) ? 0 : 1;
    }
}
