package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "return", description = "Return an article to its reporter as a draft, with a note they will see (반려).")
final class ReturnCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why, for the reporter")
    String note;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor returning it")
    String as;

    ReturnCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().returnToReporter(id, by, note);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
