package org.byline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.byline.domain.Person;
import org.byline.newsroom.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write approved articles as ninjs, NewsML-G2, an HTML folder or a package (.zip); "
        + "prints each path written.")
final class ExportCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids;

    @Option(names = "--format", required = true, paramLabel = "ninjs|newsml|html|package", description = "What to write")
    Exports.Format format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (made when missing)")
    Path out;

    @Option(names = "--draft", description = "Export articles that are not approved yet too (marked withheld)")
    boolean draft;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who exports")
    String as;

    @Spec
    CommandSpec spec;

    ExportCommand(Session session) {
        this.session = session;
    }

    /** Each article on its own: one refused is named on stderr, and the others are still written. */
    @Override
    public Integer call() {
        Person by = session.as(as);
        Exports exports = session.context().exports();
        int refused = 0;
        for (long id : ids) {
            try {
                spec.commandLine().getOut().println(exports.export(id, format, out, draft, by));
            } catch (RuntimeException e) {
                refused++;
                spec.commandLine().getErr().println("byline: " + session.messages().describe(e));
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return refused == 0 ? 0 : 1;
    }
}
