package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "unspike",
        description = "Restore a spiked article to the status it had (복원). Desk editors only, never their own.")
final class UnspikeCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor restoring it")
    String as;

    UnspikeCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().unspike(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
