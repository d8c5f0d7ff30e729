package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.Person;
import org.byline.newsroom.Revisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "revert",
        description = "Make an old revision's text the article's newest version. Nothing is deleted; "
                + "the restore is kept as a revision too.")
final class RevertCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Parameters(index = "1", paramLabel = "REV_NUMBER", description = "The revision's number, as revisions ID lists it")
    int number;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is restoring")
    String as;

    @Option(
            names = "--expect-version",
            paramLabel = "V",
            description = "Restore only if the article is still at this version (as read by show --format json)")
    Long expectVersion;

    RevertCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person by = session.as(as);
        Revisions revisions = session.context().revisions();
        long revisionId = revisions.numbered(id, number).id();
        long version = expectVersion != null
                ? expectVersion
                : session.context().drafting().open(id).version();
        Article restored = revisions.restore(id, revisionId, version, by);
        int recordedAs = revisions.list(id).get(0).number();
        err().println(session.messages().get("cli.revisionRestored", id, number, restored.version(), recordedAs));
        return 0;
    }
}
