package org.byline.cli;

import java.util.concurrent.Callable;
import org.byline.domain.Article;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "spike", description = "Spike an article (폐기); unspike brings it back. Desk editors only, never their own.")
final class SpikeCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor spiking it")
    String as;

    @Spec
    CommandSpec spec;

    SpikeCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().spike(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
