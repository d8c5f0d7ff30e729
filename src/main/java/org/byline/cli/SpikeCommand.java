package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "spike",
        description = "Spike an article (폐기); unspike brings it back. Desk editors only, never their own.")
final class SpikeCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor spiking it")
    String as;

    SpikeCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().spike(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
