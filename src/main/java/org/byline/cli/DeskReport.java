package org.byline.cli;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.Transition;
import picocli.CommandLine.Model.CommandSpec;

/** The one line a desk command leaves on stderr when it is done: 기사 12: 송고 → 승인 (판 4). */
final class DeskReport {
    private DeskReport() {}

    static void done(CommandSpec spec, Session session, Article article) {
        List<Transition> history = session.context().desk().history(article.id());
        Transition last = history.get(history.size() - 1);
        spec.commandLine()
                .getErr()
                .println(session.messages().get("cli.desk.done", article.id(), last.from(), last.to()));
    }
}
