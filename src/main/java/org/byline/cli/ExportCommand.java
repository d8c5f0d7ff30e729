package org.byline.cli;

import java.nio.file.Path;
import java.util.List;
import org.byline.domain.Person;
import org.byline.newsroom.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        description = "Write approved articles as ninjs, NewsML-G2, an HTML folder or a package (.zip); "
                + "prints each path written.")
final class ExportCommand extends SessionCommand {
    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "ninjs|newsml|html|package",
            description = "What to write")
    Exports.Format format;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "The folder to write into (made when missing)")
    Path out;

    @Option(names = "--draft", description = "Export articles that are not approved yet too (marked withheld)")
    boolean draft;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who exports")
    String as;

    ExportCommand(Session session) {
        super(session);
    }

    /** Each article on its own: one refused is named on stderr, and the others are still written. */
    @Override
    public Integer call() {
        Person by = session.as(as);
        Exports exports = session.context().exports();
        int refused = 0;
        for (long id : ids) {
            try {
                out().println(exports.export(id, format, out, draft, by));
            } catch (RuntimeException e) {
                refused++;
                err().println("byline: " + session.messages().describe(e));
            }
        }
        out().flush();
        err().flush();
        return refused == 0 ? 0 : 1;
    }
}
