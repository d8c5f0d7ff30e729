package org.byline.cli;

import org.byline.newsroom.Revisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "diff",
        description = "Show what changed between two revisions of an article: [-removed-]{+added+} characters, "
                + "then the body line by line (~ changed, - removed, + added).")
final class DiffCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Parameters(
            index = "1",
            paramLabel = "FROM_REV",
            description = "The older revision's number, as revisions ID lists it")
    int from;

    @Parameters(index = "2", paramLabel = "TO_REV", description = "The newer revision's number")
    int to;

    DiffCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Revisions revisions = session.context().revisions();
        long fromId = revisions.numbered(id, from).id();
        long toId = revisions.numbered(id, to).id();
        new RevisionText(session.messages()).diff(revisions.diff(fromId, toId)).forEach(out()::println);
        return 0;
    }
}
