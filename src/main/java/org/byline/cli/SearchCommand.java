package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.SearchHit;
import org.byline.exchange.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Find articles by any part of a word in headline or body; best first.")
final class SearchCommand extends SessionCommand {
    @Parameters(index = "0", arity = "1..*", paramLabel = "QUERY")
    List<String> query;

    @Option(names = "--json", description = "Print a JSON array of {id, headline}")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
    int limit;

    SearchCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<SearchHit> hits = session.context().search().find(String.join(" ", query), Math.max(1, limit));
        PrintWriter out = out();
        if (json) {
            out.println(new ArticleJson().hits(hits));
        } else {
            hits.forEach(h -> out.println(h.id() + "\t" + h.headline()));
        }
        return 0;
    }
}
