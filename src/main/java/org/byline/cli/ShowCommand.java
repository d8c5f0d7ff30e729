package org.byline.cli;

import java.util.concurrent.Callable;
import org.byline.newsroom.Newsroom;
import org.byline.domain.Article;
import org.byline.domain.RemotePost;
import org.byline.exchange.ArticleJson;
import org.byline.render.ArticleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Print one article: as Byline's JSON document, as the site's HTML page, or as text.")
final class ShowCommand implements Callable<Integer> {
    enum Format { json, html, text }

    private final Session session;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|html|text",
            description = "json, html or text (default ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    ShowCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Newsroom context = session.context();
        Article article = context.drafting().open(id);
        String shown = switch (format) {
            case json -> new ArticleJson().article(article, context.preview().counts(article.content().body()),
                    context.photos().photos(id), context.photos()::rendition);
            case html -> context.preview().page(article);
            case text -> ArticleText.render(article, context.outlet().outlet());
        };
        spec.commandLine().getOut().println(shown);
        if (format == Format.text) {
            // where the article can be read on each site it was pushed to, and when it last changed there
            for (RemotePost post : context.outbox().posts(id)) {
                spec.commandLine().getOut().println(session.messages().get("cli.show.pushed", post.siteName(), post.link(), post.updatedAt()));
            }
        }
        return 0;
    }
}
