package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "submit", description = "Send your draft to the desk (송고).")
final class SubmitCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The reporter who wrote it")
    String as;

    SubmitCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().submit(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
