package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "approve", description = "Approve a submitted article (승인); desk editors only, never their own.")
final class ApproveCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor approving it")
    String as;

    ApproveCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().approve(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
