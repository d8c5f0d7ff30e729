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

@Command(name = "approve", description = "Approve a submitted article (승인); desk editors only, never their own.")
final class ApproveCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The desk editor approving it")
    String as;

    @Spec
    CommandSpec spec;

    ApproveCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Article article = session.context().desk().approve(id, by);
        DeskReport.done(spec, session, article);
        return 0;
    }
}
