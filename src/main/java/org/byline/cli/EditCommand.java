package org.byline.cli;

import org.byline.domain.Article;
import org.byline.newsroom.Drafting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", description = "Change an article's fields. Refused if it changed since --expect-version.")
final class EditCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Mixin
    ContentOptions content;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who is editing")
    String as;

    @Option(
            names = "--expect-version",
            paramLabel = "V",
            description = "Save only if the article is still at this version (as read by show --format json)")
    Long expectVersion;

    @Option(
            names = "--byline",
            paramLabel = "BYLINE",
            description = "홍길동, joint 홍길동·김철수, with a title 홍길동 특파원, or a photo credit 사진=김사진 (default: the reporter)")
    String byline;

    EditCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        var by = session.as(as);
        Drafting drafting = session.context().drafting();
        Article current = drafting.open(id);
        long version = expectVersion != null ? expectVersion : current.version();
        Article saved = drafting.save(id, version, content.applyTo(current.content()), byline, by);
        // the edit is done, as when the window moves on: the desk's change to filed copy is kept
        session.context().revisions().deskEdited(saved, by);
        err().println(session.messages().get("cli.saved", saved.id(), saved.version()));
        return 0;
    }
}
