package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.RemotePost;
import org.byline.exchange.ArticleJson;
import org.byline.newsroom.Newsroom;
import org.byline.render.ArticleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        description = "Print one article: as Byline's JSON document, as the site's HTML page, or as text.")
final class ShowCommand extends SessionCommand {
    enum Format {
        json,
        html,
        text
    }

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "json|html|text",
            description = "json, html or text (default ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description =
                    "Who is reading: on a workstation that joined a newsroom, signs in and brings the newsroom first,"
                            + " and the text names the sites the article went out to")
    String as;

    ShowCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.asIfNamed(as);
        Newsroom context = session.context();
        Article article = context.drafting().open(id);
        String shown = switch (format) {
            case json ->
                new ArticleJson()
                        .article(
                                article,
                                context.preview().counts(article.content().body()),
                                context.photos().photos(id),
                                context.photos()::rendition);
            case html -> context.preview().page(article);
            case text -> ArticleText.render(article, context.outlet().outlet());
        };
        out().println(shown);
        if (format == Format.text) {
            // where the article can be read on each site it was pushed to, and when it last changed there
            for (RemotePost post : context.outbox().posts(id)) {
                out().println(session.messages()
                        .get("cli.show.pushed", post.siteName(), post.link(), post.updatedAt()));
            }
        }
        return 0;
    }
}
