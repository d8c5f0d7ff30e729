package org.byline.cli;

import java.util.concurrent.Callable;
import org.byline.domain.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "keep", description = "Keep the article's text as it is now as a revision, to compare or restore later; "
        + "prints its number.")
final class KeepCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is keeping it")
    String as;

    @Spec
    CommandSpec spec;

    KeepCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Revision kept = session.context().revisions().record(id, Revision.MANUAL, session.as(as));
        spec.commandLine().getOut().println(kept.number());
        return 0;
    }
}
