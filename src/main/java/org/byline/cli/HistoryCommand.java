package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.Transition;
import org.byline.exchange.ArticleJson;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "history",
        description = "What happened to an article, oldest first: time (KST), action, from, to, who, note.")
final class HistoryCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    HistoryCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<Transition> lines = session.context().desk().history(id);
        PrintWriter out = out();
        if (json) {
            out.println(new ArticleJson().history(lines));
            return 0;
        }
        for (Transition t : lines) {
            out.println(String.join(
                    "\t",
                    SiteTime.format(t.at()),
                    t.action().code(),
                    t.from().code(),
                    t.to().code(),
                    t.by(),
                    t.note()));
        }
        return 0;
    }
}
