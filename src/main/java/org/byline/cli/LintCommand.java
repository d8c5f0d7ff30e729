package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Finding;
import org.byline.exchange.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "lint",
        description =
                "House style findings for an article (rules: style-rules.json in the data directory). Warns only.")
final class LintCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--json", description = "A JSON array of {rule, message, field, start, end, text}")
    boolean json;

    LintCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Article article = session.context().drafting().open(id);
        List<Finding> findings = session.context().style().check(article.content());
        PrintWriter out = out();
        if (json) {
            out.println(new ArticleJson().findings(findings));
        } else {
            findings.forEach(f ->
                    out.println(f.field() + ":" + f.start() + "-" + f.end() + "\t" + f.rule() + "\t" + f.message()));
        }
        return 0;
    }
}
