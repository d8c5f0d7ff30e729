package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.PushJob;
import org.byline.exchange.OutboxJson;
import org.byline.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "outbox",
        description = "Push jobs, newest first: job, article, site, state, attempts, link, last error.",
        subcommands = {OutboxCommand.Retry.class, OutboxCommand.Cancel.class, OutboxCommand.Run.class})
final class OutboxCommand extends SessionCommand {
    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description =
                    "Who is reading (needed on a workstation that joined a newsroom: its outbox is on the server)")
    String as;

    OutboxCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.asIfNamed(as);
        List<PushJob> jobs = session.context().outbox().jobs();
        Messages m = session.messages();
        if (json) {
            out().println(new OutboxJson().jobs(jobs, j -> error(j, m)));
        } else {
            print(out(), jobs, m);
        }
        return 0;
    }

    static void print(PrintWriter out, List<PushJob> jobs, Messages m) {
        for (PushJob j : jobs) {
            out.println(String.join(
                    "\t",
                    Long.toString(j.id()),
                    Long.toString(j.articleId()),
                    j.siteName(),
                    j.state().code(),
                    Integer.toString(j.attempts()),
                    j.remoteLink(),
                    error(j, m)));
        }
    }

    static String error(PushJob job, Messages m) {
        return m.pushError(job);
    }

    /** retry and cancel: one job, by a desk editor. */
    abstract static class OneJob extends SessionCommand {
        @Parameters(index = "0", paramLabel = "JOB")
        long job;

        @Option(names = "--as", required = true, paramLabel = "NAME")
        String as;

        OneJob(Session session) {
            super(session);
        }
    }

    @Command(name = "retry", description = "Try a failed or cancelled job again, now.")
    static final class Retry extends OneJob {
        Retry(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.context().outbox().retry(job, session.as(as));
            return 0;
        }
    }

    @Command(name = "cancel", description = "Call off a job that has not arrived.")
    static final class Cancel extends OneJob {
        Cancel(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.context().outbox().cancel(job, session.as(as));
            return 0;
        }
    }

    @Command(
            name = "run",
            description = "Send every job that is due now, once each, then exit; prints how many were tried.")
    static final class Run extends SessionCommand {
        @Option(
                names = "--as",
                paramLabel = "NAME",
                description = "The desk editor sending (needed on a workstation that joined a newsroom)")
        String as;

        Run(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            session.asIfNamed(as);
            int tried = session.context().outbox().runDue();
            out().println(tried);
            return 0;
        }
    }
}
