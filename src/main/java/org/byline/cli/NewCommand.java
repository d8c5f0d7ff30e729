package org.byline.cli;

import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "new", description = "Start an article; prints its id and nothing else.")
final class NewCommand extends SessionCommand {
    @Mixin
    ContentOptions content;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The reporter writing it")
    String as;

    @Option(
            names = "--byline",
            paramLabel = "BYLINE",
            description = "홍길동, joint 홍길동·김철수, with a title 홍길동 특파원, or a photo credit 사진=김사진 (default: the reporter)")
    String byline;

    NewCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Person reporter = session.as(as);
        ArticleContent filled = content.applyTo(ArticleContent.EMPTY);
        // the byline is checked before the article exists: a refused one leaves nothing behind
        Article article = session.context().drafting().create(filled, reporter, byline);
        out().println(article.id());
        return 0;
    }
}
