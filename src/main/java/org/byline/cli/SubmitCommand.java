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

@Command(name = "submit", description = "Send your draft to the desk (송고).")
final class SubmitCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The reporter who wrote it")
    String as;

    @Spec
    CommandSpec spec;

    SubmitCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().submit(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
