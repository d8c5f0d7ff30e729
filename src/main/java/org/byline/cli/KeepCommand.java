package org.byline.cli;

import org.byline.domain.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "keep",
        description = "Keep the article's text as it is now as a revision, to compare or restore later; "
                + "prints its number.")
final class KeepCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is keeping it")
    String as;

    KeepCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Revision kept = session.context().revisions().record(id, Revision.MANUAL, session.as(as));
        out().println(kept.number());
        return 0;
    }
}
