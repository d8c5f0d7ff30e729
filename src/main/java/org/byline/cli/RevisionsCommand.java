package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.Revision;
import org.byline.exchange.RevisionJson;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "revisions",
        description = "List an article's revisions, newest first: number, kind, who, when, headline.")
final class RevisionsCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article")
    long id;

    @Option(names = "--json", description = "Print a JSON array of revisions with their text")
    boolean json;

    RevisionsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<Revision> revisions = session.context().revisions().list(id);
        PrintWriter out = out();
        if (json) {
            out.println(new RevisionJson().revisions(revisions));
            return 0;
        }
        RevisionText text = new RevisionText(session.messages());
        for (Revision r : revisions) {
            out.println(String.join(
                    "\t",
                    Integer.toString(r.number()),
                    text.kind(r.kind()),
                    r.by(),
                    SiteTime.format(r.at()),
                    r.content().headline()));
        }
        return 0;
    }
}
