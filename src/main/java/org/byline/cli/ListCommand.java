package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.ArticleSummary;
import org.byline.domain.QueueFilter;
import org.byline.domain.QueueOrder;
import org.byline.domain.Status;
import org.byline.exchange.ArticleJson;
import org.byline.render.SiteTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List articles, newest change first.")
final class ListCommand extends SessionCommand {
    @Option(names = "--status", paramLabel = "S", description = "draft, submitted, approved, published or spiked")
    String status;

    @Option(names = "--section", paramLabel = "S")
    String section;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "100",
            description = "At most N articles (default ${DEFAULT-VALUE})")
    int limit;

    @Option(
            names = "--oldest-first",
            description = "In the desk's order: the article submitted longest ago first (송고 순)")
    boolean oldestFirst;

    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    ListCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        QueueFilter filter = QueueFilter.NEWEST_FIRST
                .withSection(section)
                .withStatus(status == null ? null : Status.fromCode(status));
        if (oldestFirst) {
            filter = filter.sortedBy(QueueOrder.SUBMITTED, true);
        }
        List<ArticleSummary> rows = session.context().drafting().page(filter, 0, Math.max(0, limit));
        PrintWriter out = out();
        if (json) {
            out.println(new ArticleJson().summaries(rows));
            return 0;
        }
        for (ArticleSummary r : rows) {
            out.println(String.join(
                    "\t",
                    Long.toString(r.id()),
                    r.status().code(),
                    r.section(),
                    r.reporter(),
                    SiteTime.format(r.updatedAt()),
                    r.headline()));
        }
        return 0;
    }
}
