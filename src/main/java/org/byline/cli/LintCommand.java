package org.byline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.byline.domain.Article;
import org.byline.exchange.ArticleJson;
import org.byline.domain.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", description = "House style findings for an article (rules: style-rules.json in the data directory). Warns only.")
final class LintCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--json", description = "A JSON array of {rule, message, field, start, end, text}")
    boolean json;

    @Spec
    CommandSpec spec;

    LintCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Article article = session.context().drafting().open(id);
        List<Finding> findings = session.context().style().check(article.content());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ArticleJson().findings(findings));
        } else {
            findings.forEach(f -> out.println(f.field() + ":" + f.start() + "-" + f.end() + "\t" + f.rule() + "\t" + f.message()));
        }
        return 0;
    }
}
