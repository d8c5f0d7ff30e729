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

@Command(name = "publish", description = "Mark an approved article published (출고). Refused under embargo unless overridden.")
final class PublishCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor publishing it")
    String as;

    @Option(names = "--override-embargo", description = "Publish although the embargo still holds; recorded in the history")
    boolean overrideEmbargo;

    @Spec
    CommandSpec spec;

    PublishCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().publish(id, by, overrideEmbargo);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
