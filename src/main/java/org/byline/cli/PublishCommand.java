package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "publish",
        description = "Mark an approved article published (출고). Refused under embargo unless overridden.")
final class PublishCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor publishing it")
    String as;

    @Option(
            names = "--override-embargo",
            description = "Publish although the embargo still holds; recorded in the history")
    boolean overrideEmbargo;

    PublishCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().publish(id, by, overrideEmbargo);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
